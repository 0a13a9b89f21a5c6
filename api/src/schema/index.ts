// Imports every schema module for its side effect of registering types on the builder.
import { builder } from '../builder.ts';
import './error.ts';
import './viewer.ts';
import './session.ts';
import './account.ts';
import './region.ts';
import './municipality.ts';
import './area.ts';
import './organisation.ts';
import './partnership.ts';

export const schema = builder.toSchema({ sortSchema: true });
