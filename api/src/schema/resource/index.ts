// Shared resources: the Resource type, search, and offering/editing (see domain/resource/).
import './type.ts';
import './queries.ts';
import './mutations.ts';
import './offer-options.ts';
