import { NotificationFrequency } from '@naboskab/db';
import { builder } from '../builder.ts';
import { fieldIssue, InputValidationError } from '../errors.ts';
import { defaultEmailFrequency, kindsFor, notificationKind } from '../notifications/kinds.ts';

export const NotificationFrequencyEnum = builder.enumType(NotificationFrequency, {
  name: 'NotificationFrequency',
  description: 'How often a kind of notification is e-mailed; in the app it is always shown.',
});

interface Preference {
  kind: string;
  label: string;
  email: NotificationFrequency;
  sms: boolean;
  isDefault: boolean;
}

const PreferenceRef = builder.objectRef<Preference>('NotificationPreference').implement({
  description: "The viewer's choice for one kind of notification (or their role's default).",
  fields: (t) => ({
    kind: t.exposeString('kind'),
    label: t.exposeString('label', { description: "In the request's language." }),
    email: t.expose('email', { type: NotificationFrequencyEnum }),
    sms: t.exposeBoolean('sms', { description: 'Also sent by SMS, immediately, to the phone on Min side.' }),
    isDefault: t.exposeBoolean('isDefault', { description: 'True while the person has not chosen.' }),
  }),
});

builder.queryField('notificationPreferences', (t) =>
  t.field({
    type: [PreferenceRef],
    description: 'Every kind of notification the viewer can receive, with how it is e-mailed.',
    authScopes: { signedIn: true },
    resolve: async (_root, _args, ctx) => {
      const viewer = ctx.viewer;
      if (!viewer) return [];
      const chosen = await ctx.prisma.notificationPreference.findMany({ where: { userId: viewer.userId } });
      const byKind = new Map(chosen.map((p) => [p.kind, p]));
      return kindsFor(viewer.role).map(([name, kind]) => ({
        kind: name,
        label: kind.label[ctx.locale],
        email: byKind.get(name)?.email ?? defaultEmailFrequency(kind, viewer.role),
        sms: byKind.get(name)?.sms ?? false,
        isDefault: !byKind.has(name),
      }));
    },
  }),
);

const SetPreferenceInput = builder.inputType('SetNotificationPreferenceInput', {
  fields: (t) => ({
    kind: t.string({ required: true }),
    email: t.field({ type: NotificationFrequencyEnum, required: true }),
    sms: t.boolean({ required: false, description: 'Also by SMS; left out: unchanged (default off).' }),
  }),
});

builder.mutationField('setNotificationPreference', (t) =>
  t.field({
    type: PreferenceRef,
    description: 'Sets how the viewer is e-mailed (and whether sent an SMS) about one kind of notification.',
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: SetPreferenceInput, required: true }) },
    errors: {
      types: [InputValidationError],
      union: { name: 'SetNotificationPreferenceResult' },
      result: { name: 'SetNotificationPreferenceSuccess' },
      dataField: { name: 'preference' },
    },
    resolve: async (_root, args, ctx) => {
      const viewer = ctx.viewer;
      const kind = notificationKind(args.input.kind);
      if (!viewer || !kind?.roles.includes(viewer.role))
        throw fieldIssue(['input', 'kind'], 'notification.unknownKind');
      const { email } = args.input;
      const sms = args.input.sms ?? undefined;
      const saved = await ctx.prisma.notificationPreference.upsert({
        where: { userId_kind: { userId: viewer.userId, kind: args.input.kind } },
        create: { userId: viewer.userId, kind: args.input.kind, email, sms },
        update: { email, sms },
      });
      return {
        kind: args.input.kind,
        label: kind.label[ctx.locale],
        email,
        sms: saved.sms,
        isDefault: false,
      };
    },
  }),
);
