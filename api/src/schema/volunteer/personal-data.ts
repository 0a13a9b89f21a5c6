import { z } from 'zod';
import { SESSION_COOKIE } from '../../auth/session.ts';
import { builder } from '../../builder.ts';
import { erasePerson } from '../../domain/erase-person.ts';
import { exportPersonalData } from '../../domain/export-personal-data.ts';
import { fieldIssue, InputValidationError, parseInput } from '../../errors.ts';
import { emailField } from '../fields.ts';

builder.queryField('myPersonalData', (t) =>
  t.field({
    type: 'JSON',
    description:
      'Everything held about the signed-in person, as JSON (also at /exports/personal-data.json, and as CSV per table at /exports/personal-data/<table>.csv).',
    authScopes: { signedIn: true },
    resolve: (_root, _args, ctx) => exportPersonalData(ctx.prisma, ctx.viewer?.personId as string),
  }),
);

const DeleteMyAccountInput = builder.inputType('DeleteMyAccountInput', {
  fields: (t) => ({
    confirmEmail: t.string({ required: true, description: "The viewer's own e-mail, typed to confirm." }),
  }),
});

const deleteInput = z.object({ confirmEmail: emailField });

builder.mutationField('deleteMyAccount', (t) =>
  t.boolean({
    description:
      "Deletes the volunteer's account and personal data in one transaction; sign-ups and hours stay, anonymised, so totals stay correct.",
    authScopes: { volunteer: true },
    args: { input: t.arg({ type: DeleteMyAccountInput, required: true }) },
    errors: {
      types: [InputValidationError],
      union: { name: 'DeleteMyAccountResult' },
      result: { name: 'DeleteMyAccountSuccess' },
      dataField: { name: 'deleted' },
    },
    resolve: async (_root, args, ctx) => {
      const viewer = ctx.viewer;
      if (!viewer) return false;
      const { confirmEmail } = parseInput(deleteInput, args.input);
      if (confirmEmail !== viewer.email.toLowerCase())
        throw fieldIssue(['input', 'confirmEmail'], 'volunteer.confirmEmail');
      await ctx.prisma.$transaction((tx) => erasePerson(tx, viewer.personId, 'deleted by the person'));
      await ctx.cookies.store.delete({ name: SESSION_COOKIE, path: '/' });
      ctx.viewer = null;
      return true;
    },
  }),
);
