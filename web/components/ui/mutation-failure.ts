import { graphql } from '../../gql';
import type { MutationFailureFragment } from '../../gql/graphql';
import { isGraphQLErrors } from '../../lib/apollo/browser-client';
import type { MessageKey, Translate } from '../../lib/i18n/messages';

// What a mutation's result union carries when it is one of the API's typed errors: every mutation
// spreads `...MutationFailure`, forms and action buttons alike, so a ValidationError's issues are
// shown (at the form's fields, or in the alert). Codegen adds the definition to each document.
export const MutationFailureFragmentDoc = graphql(`
  fragment MutationFailure on Error {
    message
    ... on ValidationError {
      issues {
        path
        message
      }
    }
  }
`);

export type Issue = { readonly path: readonly string[]; readonly message: string };

/**
 * Why a mutation did not succeed, told apart so each reads for what it is:
 * - `result`: the API refused a well-formed request (ValidationError, ConflictError, …);
 * - `signedOut`: the session expired (UNAUTHENTICATED) — the person must sign in again;
 * - `forbidden`: signed in, but not allowed (FORBIDDEN);
 * - `invalid`: the request itself was malformed (BAD_USER_INPUT, or variables the schema refused);
 * - `server`: an unexpected error on the server (masked);
 * - `network`: no answer at all — worth a retry.
 */
export type FailureKind = 'result' | 'signedOut' | 'forbidden' | 'invalid' | 'server' | 'network';

export interface Failure {
  kind: FailureKind;
  /** Messages for the alert (field errors are shown at their fields instead). */
  messages: string[];
  /** Field name (last path segment) → message, for the fields the form knows. */
  fieldErrors: Record<string, string>;
}

/** The result union's member when it is one of the API's typed errors, else null: told by name,
 *  as the hook's types tell them apart (every `…Error` type of the schema implements `Error`, and
 *  only those); the generated possibleTypes would put ~1.3 KiB gzip into every route's first JS. */
export function errorPayload(payload: unknown): MutationFailureFragment | null {
  const typename = (payload as { __typename?: unknown } | null)?.__typename;
  return typeof typename === 'string' && typename.endsWith('Error')
    ? (payload as MutationFailureFragment)
    : null;
}

// ValidationError.issues (and BAD_USER_INPUT's extensions.issues) name the input field by path,
// e.g. ['input', 'title'] or ['input', 'items', '0', 'title']: the form matches on the last segment,
// or on the path after `input` joined by dots for nested fields ('openingHours.0.opensAt').
export function splitIssues(issues: readonly Issue[], fields: readonly string[]) {
  const fieldErrors: Record<string, string> = {};
  const other: string[] = [];
  for (const issue of issues) {
    const segments = issue.path.slice(issue.path[0] === 'input' ? 1 : 0);
    // The longest known prefix ('openingHours.0.opensAt', else 'personIds' for 'personIds.0'),
    // else the last segment ('title' of ['input', 'item', 'title']).
    const candidates = [
      ...segments.map((_, i) => segments.slice(0, segments.length - i).join('.')),
      segments.at(-1),
    ];
    const field = candidates.find((c) => c !== undefined && fields.includes(c)) ?? null;
    if (field && !fieldErrors[field]) fieldErrors[field] = issue.message;
    else if (!field) other.push(issue.message);
  }
  return { fieldErrors, other };
}

const unique = (messages: string[]) => [...new Set(messages.filter(Boolean))];

/**
 * The alert's lines: the summary ("Nogle felter er ikke udfyldt korrekt.") points to the fields
 * marked with their issue; when no issue has a field here (an action button has none), the issues
 * alone say what was wrong.
 */
function alertMessages(summary: string, { fieldErrors, other }: ReturnType<typeof splitIssues>) {
  return unique(other.length && !Object.keys(fieldErrors).length ? other : [summary, ...other]);
}

/** A typed error result from a mutation's union. */
export function failureOfPayload(payload: MutationFailureFragment, fields: readonly string[]): Failure {
  const split = splitIssues('issues' in payload ? payload.issues : [], fields);
  // `?? ''`: a document that does not spread the fragment gets no message.
  return {
    kind: 'result',
    messages: alertMessages(payload.message ?? '', split),
    fieldErrors: split.fieldErrors,
  };
}

const codeKinds: Record<string, { kind: FailureKind; key: MessageKey }> = {
  UNAUTHENTICATED: { kind: 'signedOut', key: 'failure.signedOut' },
  FORBIDDEN: { kind: 'forbidden', key: 'failure.forbidden' },
  BAD_USER_INPUT: { kind: 'invalid', key: 'failure.invalid' },
};

/** A thrown error from Apollo: GraphQL errors by their code, anything else a network failure. */
export function failureOfError(error: unknown, fields: readonly string[], t: Translate): Failure {
  if (!isGraphQLErrors(error)) {
    return { kind: 'network', messages: [t('failure.network')], fieldErrors: {} };
  }
  const first = error.errors[0];
  const code = String(first?.extensions?.code ?? '');
  const known = codeKinds[code];
  if (known?.kind === 'invalid') {
    const split = splitIssues((first?.extensions?.issues ?? []) as Issue[], fields);
    return { kind: 'invalid', messages: alertMessages(t(known.key), split), fieldErrors: split.fieldErrors };
  }
  if (known) return { kind: known.kind, messages: [t(known.key)], fieldErrors: {} };
  // No code: variables the schema refused (e.g. 1.5 for an Int) are the form's fault, shown as
  // invalid input; the masked "Unexpected error." is the server's.
  const kind = first?.message.startsWith('Variable "') ? 'invalid' : 'server';
  return { kind, messages: [t(kind === 'invalid' ? 'failure.invalid' : 'failure.server')], fieldErrors: {} };
}

/** Fields the form could not send as written (caught before the request): field → message. */
export function fieldFailure(fieldErrors: Record<string, string>, t: Translate): Failure {
  return { kind: 'invalid', messages: [t('failure.invalid')], fieldErrors };
}
