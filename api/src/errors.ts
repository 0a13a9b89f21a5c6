import { Prisma } from '@naboskab/db';
import { GraphQLError } from 'graphql';
import type { z } from 'zod';
import { type Locale, type MessageKey, t, translateIssue } from './i18n.ts';

/** An expected failure, returned to the client as a typed result (see schema/error.ts). */
export class DomainError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: Record<string, string | number> = {},
  ) {
    super(key);
  }
  localised(locale: Locale): string {
    return t(locale, this.key, this.params);
  }
}

export class NotFoundError extends DomainError {
  constructor() {
    super('notFound');
  }
}

export class ConflictError extends DomainError {}

export class NotAllowedError extends DomainError {}

export interface FieldIssue {
  path: string[];
  /** A catalogue key, or a zod issue encoded by i18n.ts; rendered in the request's locale. */
  message: string;
}

export class InputValidationError extends Error {
  constructor(readonly issues: FieldIssue[]) {
    super('input.invalid');
  }
}

type IssuePath = readonly (PropertyKey | { key: PropertyKey })[] | undefined;

export function toFieldIssues(
  issues: readonly { path?: IssuePath; message: string }[],
  prefix: string[] = [],
) {
  return issues.map((issue) => ({
    path: [...prefix, ...(issue.path ?? []).map((s) => String(typeof s === 'object' ? s.key : s))],
    message: issue.message,
  }));
}

/** Parses a mutation's input; failures become a ValidationError result naming each field. */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.output<Schema> {
  const result = schema.safeParse(input);
  if (!result.success) throw new InputValidationError(toFieldIssues(result.error.issues, ['input']));
  return result.data;
}

export function badUserInput(locale: Locale, issues: FieldIssue[]): GraphQLError {
  return new GraphQLError(t(locale, 'input.invalid'), {
    extensions: {
      code: 'BAD_USER_INPUT',
      issues: issues.map((issue) => ({ ...issue, message: translateIssue(issue.message, locale) })),
    },
  });
}

export function fieldIssue(path: string | string[], message: MessageKey): InputValidationError {
  return new InputValidationError([{ path: Array.isArray(path) ? path : [path], message }]);
}

/** Not allowed or malformed: a GraphQL error with a code, shown to the client (not masked). */
export function requestError(locale: Locale, key: MessageKey, code: string): GraphQLError {
  return new GraphQLError(t(locale, key), { extensions: { code } });
}

/**
 * Runs `work` (a check for a clash, then the write) and answers a unique index's refusal as the
 * check's own field issue: two saves of one value at once both pass the check, and the later one
 * meets the index.
 */
export async function clashAsIssue<T>(
  path: string[],
  message: MessageKey,
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (mapPrismaError(error) instanceof ConflictError) throw fieldIssue(path, message);
    throw error;
  }
}

/** Prisma's known request errors mapped to domain errors in one place; anything else is a bug. */
export function mapPrismaError(error: unknown): unknown {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return error;
  switch (error.code) {
    case 'P2002': {
      const target = (error.meta?.target ?? error.meta?.modelName ?? '') as string | string[];
      const fields = Array.isArray(target) ? target.join(', ') : String(target);
      return new ConflictError('conflict.unique', { fields });
    }
    case 'P2025':
    case 'P2001':
      return new NotFoundError();
    default:
      return error;
  }
}
