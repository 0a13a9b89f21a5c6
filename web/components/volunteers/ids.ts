// Pages use the database uuid in their address (short, URL-safe); the API takes Relay global IDs.
export function uuidOf(globalId: string): string {
  const decoded = typeof atob === 'function' ? atob(globalId) : Buffer.from(globalId, 'base64').toString();
  return decoded.slice(decoded.indexOf(':') + 1);
}

export function globalIdOf(typename: string, uuid: string): string {
  const text = `${typename}:${uuid}`;
  return typeof btoa === 'function' ? btoa(text) : Buffer.from(text).toString('base64');
}

export const opportunityPath = (opportunityId: string) => `/frivillig/${uuidOf(opportunityId)}`;

/** Whether an address segment can be a row's uuid (the web's only pattern; the API decodes ids). */
export const looksLikeUuid = (value: string) => /^[0-9a-f-]{36}$/i.test(value);

/** Whether an address value can be a Relay global ID of `typename` (a stale link's is not). */
export function isGlobalIdOf(typename: string, value: string): boolean {
  try {
    const text = atob(value);
    const colon = text.indexOf(':');
    return text.slice(0, colon) === typename && looksLikeUuid(text.slice(colon + 1));
  } catch {
    return false;
  }
}
