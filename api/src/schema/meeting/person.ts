import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../../builder.ts';

// A person as the meeting pages show them: a name and an organisation, nothing more. A variant,
// so it never clashes with a full Person type another module may define.
export const MeetingPersonRef = builder.prismaObject('Person', {
  variant: 'MeetingPerson',
  // Only the asked columns (exposed fields add theirs), as for every type on a list path.
  select: { id: true },
  description: 'A person taking part in a meeting (name and organisation only).',
  fields: (t) => ({
    // Encoded by hand: no output type is named Person (this is a variant), yet inputs take
    // Person global IDs, as they will from any module.
    id: t.id({ resolve: (person) => encodeGlobalID('Person', person.id) }),
    name: t.exposeString('name'),
    organisation: t.relation('organisation', { nullable: true }),
  }),
});
