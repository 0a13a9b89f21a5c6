import { type DocumentNode, GraphQLError, visit } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from './context.ts';
import { t } from './i18n.ts';

// PostgreSQL cannot store U+0000 in text or jsonb: a NUL in any string the client sends would
// reach the database as a masked server error. It is refused as bad input before execution: by
// useNulRefusal for GraphQL, by the routes plugin (routes/plugin.ts) for the plain routes.

/** The path of the first string holding a NUL (e.g. `$input.firstName`), or null. */
function nulIn(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\0') ? path : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = nulIn(item, `${path}[${index}]`);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = nulIn(item, `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

function nulInDocument(document: DocumentNode): string | null {
  // Only a query text with an escape (or a raw NUL) can hold one: most need no walk.
  const source = document.loc?.source.body;
  if (source !== undefined && !source.includes('\\u') && !source.includes('\0')) return null;
  let found: string | null = null;
  visit(document, {
    StringValue(node, _key, parent) {
      if (found || !node.value.includes('\0')) return;
      // The argument or input field it is given to, when it is not inside a list.
      found = parent && 'name' in parent && parent.name ? parent.name.value : 'query';
    },
  });
  return found;
}

export function useNulRefusal(): Plugin<Context> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const variables = args.variableValues ?? {};
      const where =
        Object.entries(variables)
          .map(([name, value]) => nulIn(value, `$${name}`))
          .find(Boolean) ?? nulInDocument(args.document);
      if (!where) return;
      setResultAndStopExecution({
        errors: [
          new GraphQLError(t(args.contextValue.locale, 'input.nul', { path: where }), {
            extensions: { code: 'BAD_USER_INPUT' },
          }),
        ],
      });
    },
  };
}

/** A NUL in a plain route's input; the routes plugin answers it with 400 and `input.nul`. */
export class NulInputError extends Error {
  constructor(readonly path: string) {
    super(`NUL character in ${path}`);
  }
}

/**
 * Throws NulInputError when `value` holds a NUL anywhere. The routes plugin checks each query
 * string; a route calls it on text it decodes from elsewhere (a signed header, a provider's token).
 */
export function refuseNul(value: unknown, path: string): void {
  const where = nulIn(value, path);
  if (where) throw new NulInputError(where);
}

/** As refuseNul, for a query string: names the parameter (`?name`), or `?` when the name holds it. */
export function refuseNulInQuery(params: URLSearchParams): void {
  for (const [name, value] of params) {
    if (name.includes('\0')) throw new NulInputError('?');
    refuseNul(value, `?${name}`);
  }
}
