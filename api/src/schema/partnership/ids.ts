import { decodeGlobalID } from '@pothos/plugin-relay';
import { z } from 'zod';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The database id inside a Relay global id of `typename`, or null when it is malformed or of another type. */
export function decodeId(value: unknown, typename: string): string | null {
  if (typeof value !== 'string') return null;
  try {
    const decoded = decodeGlobalID(value);
    return decoded.typename === typename && UUID.test(decoded.id) ? decoded.id : null;
  } catch {
    return null;
  }
}

// Input ids are GraphQL IDs decoded here rather than by `t.globalID()`: a malformed or wrong-typed
// id then becomes a ValidationError naming the field ('id.invalid') instead of a masked error.
export const globalId = (typename: string) =>
  z.string().transform((value, ctx) => {
    const id = decodeId(value, typename);
    if (id === null) {
      ctx.addIssue({ code: 'custom', message: 'id.invalid' });
      return z.NEVER;
    }
    return id;
  });

/** A calendar day as 'YYYY-MM-DD' (the Date scalar) or a Date, normalised to UTC midnight. */
export const dayField = z.unknown().transform((value, ctx) => {
  const date = value instanceof Date ? value : typeof value === 'string' && value ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) {
    ctx.addIssue({ code: 'custom', message: 'field.required' });
    return z.NEVER;
  }
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
});
