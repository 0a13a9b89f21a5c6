// The partnership noun beyond its base type (../partnership.ts, which other modules import):
// the list with filters, and the create/update mutations.
import './list.ts';
import './write.ts';
