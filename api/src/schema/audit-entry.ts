import { builder } from '../builder.ts';

// The history of changes. Only a partnership's coordinators and admins may read its entries;
// entries without a partnership (organisations, areas, funding, roles) only admins.
export const AuditEntryRef = builder.prismaNode('AuditEntry', {
  id: { field: 'id' },
  nullable: true,
  description: 'One change: who, when, what (changes: { field: [before, after] }).',
  authScopes: (entry) => (entry.partnershipId ? { coordinatorOf: entry.partnershipId } : { admin: true }),
  fields: (t) => ({
    at: t.expose('at', { type: 'DateTime' }),
    action: t.exposeString('action', { description: 'create, update or delete.' }),
    entityType: t.exposeString('entityType'),
    changes: t.expose('changes', { type: 'JSON' }),
    actorName: t.string({
      nullable: true,
      select: { actor: { select: { person: { select: { name: true } } } } },
      resolve: (entry) => entry.actor?.person.name ?? null,
    }),
  }),
});

builder.prismaObjectField('Partnership', 'history', (t) =>
  t.relatedConnection('auditEntries', {
    cursor: 'id',
    totalCount: true,
    description: "The partnership's changes, newest first. Its coordinators and admins only.",
    authScopes: (partnership) => ({ coordinatorOf: partnership.id }),
    query: { orderBy: [{ at: 'desc' }, { id: 'desc' }] },
  }),
);
