import { builder } from '../builder.ts';
import {
  ConflictError,
  DomainError,
  InputValidationError,
  NotAllowedError,
  NotFoundError,
} from '../errors.ts';
import { translateIssue } from '../i18n.ts';

// Expected failures are data: every mutation's result union includes the errors it can return.
export const ErrorInterface = builder.interfaceRef<Error>('Error').implement({
  fields: (t) => ({
    message: t.string({
      resolve: (error, _args, ctx) =>
        error instanceof DomainError
          ? error.localised(ctx.locale)
          : translateIssue(error.message, ctx.locale),
    }),
  }),
});

const FieldIssueRef = builder.objectRef<{ path: string[]; message: string }>('FieldIssue').implement({
  description: 'One input field that is not valid, and why.',
  fields: (t) => ({
    path: t.exposeStringList('path'),
    message: t.string({ resolve: (issue, _args, ctx) => translateIssue(issue.message, ctx.locale) }),
  }),
});

builder.objectType(InputValidationError, {
  name: 'ValidationError',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof InputValidationError,
  fields: (t) => ({ issues: t.field({ type: [FieldIssueRef], resolve: (error) => error.issues }) }),
});

for (const [ErrorClass, name] of [
  [NotFoundError, 'NotFoundError'],
  [ConflictError, 'ConflictError'],
  [NotAllowedError, 'NotAllowedError'],
] as const) {
  builder.objectType(ErrorClass, {
    name,
    interfaces: [ErrorInterface],
    isTypeOf: (value) => value instanceof ErrorClass,
    fields: () => ({}),
  });
}
