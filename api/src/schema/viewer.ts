import { Role } from '@naboskab/db';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../builder.ts';
import type { Viewer } from '../context.ts';

export const RoleEnum = builder.enumType(Role, { name: 'Role' });

export const ViewerRef = builder.objectRef<Viewer>('Viewer').implement({
  description: 'The signed-in user.',
  fields: (t) => ({
    id: t.id({ resolve: (viewer) => encodeGlobalID('User', viewer.userId) }),
    name: t.exposeString('name'),
    email: t.exposeString('email'),
    role: t.expose('role', { type: RoleEnum }),
    locale: t.exposeString('locale'),
    coordinatorOfCount: t.int({ resolve: (viewer) => viewer.coordinatorOf.size }),
  }),
});

builder.queryField('viewer', (t) =>
  t.field({ type: ViewerRef, nullable: true, resolve: (_root, _args, ctx) => ctx.viewer }),
);
