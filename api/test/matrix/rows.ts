import type { Kind, Objects, Role, Side } from './world.ts';

// HOW TO ADD A ROW (one per root query field and mutation; the test fails for any without one):
//   myOperation: { doc: `mutation ($input: MyInput!) { myOperation(input: $input) { __typename } }`,
//                  on: 'Activity', vars: (id) => ({ input: { activityId: id } }), allow: owner },
// - `on`: the kind of object the operation takes an id of (world.ts picks one of partnership A
//   and one of B); its global id reaches `vars` as `id`, in canonical and non-canonical spellings.
//   Without `on`, the operation runs once per role.
// - `allow(role, side)`: who may. Allowed cells must answer data (a success or a typed error
//   result, never FORBIDDEN/UNAUTHENTICATED); refused cells must answer UNAUTHENTICATED
//   (anonymous) or FORBIDDEN, or `refused: 'null'` for reads that answer null, and write nothing.
// - Allowed calls should be harmless (send a value that fails validation, e.g. an empty title).
//   Rows that change or remove their object go in rows-destructive.ts: they run after the others,
//   and their allowed cells once per role and side, in canonical form.

export type Allow = (role: Role, side: Side) => boolean;
export interface Row {
  doc: string;
  on?: Kind;
  vars?: (id: string, o: Objects & { gid: (kind: Kind) => string }) => Record<string, unknown>;
  allow: Allow;
  refused?: 'error' | 'null';
}

export const anyone: Allow = () => true;
export const signedIn: Allow = (role) => role !== 'anonymous';
export const admin: Allow = (role) => role === 'admin';
export const ministryOrAdmin: Allow = (role) => role === 'ministry' || role === 'admin';
export const volunteers: Allow = (role) => role === 'volunteer' || role === 'volunteer2';
/** Users with the coordinator role (memberA has it too, coordinating nothing) and admins. */
export const coordinatorRole: Allow = (role) =>
  role.startsWith('coordinator') || role === 'memberA' || role === 'admin';
/** The partnership's own coordinators (and admins). */
export const owner: Allow = (role, side) => role === 'admin' || role === `coordinator${side}`;
/** Its coordinators and the people of its member organisations (and admins). */
export const member: Allow = (role, side) => owner(role, side) || (role === 'memberA' && side === 'A');

export const result = (field: string, input: string) =>
  `mutation ($input: ${input}!) { ${field}(input: $input) { __typename } }`;
export const byId = (field: string, selection = '__typename') =>
  `query ($id: ID!) { ${field}(id: $id) { ${selection} } }`;
