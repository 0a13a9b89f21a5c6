import 'server-only';

/** The API's base URL, read when the server runs (not when it is built). */
export function apiBaseUrl(): string {
  return (process.env.API_URL ?? 'http://127.0.0.1:4000').replace(/\/(graphql\/?)?$/, '');
}
