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
import './meeting/index.ts';
import './outcome-report.ts';
import './ministry/index.ts';
import './partnership/index.ts';
import './partnership-member.ts';
import './funding/index.ts';
import './sign-on-fee.ts';
import './sign-on-fee-correction.ts';
import './partnership-coordinator.ts';
import './audit-entry.ts';
import './user.ts';
import './outbox-message.ts';
import './resource/index.ts';
import './booking/index.ts';
import './volunteer/index.ts';
import './referral/index.ts';

export const schema = builder.toSchema({ sortSchema: true });
