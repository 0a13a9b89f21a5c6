/**
 * Empties the browser's Apollo cache after the viewer changes (sign-in, sign-out, account
 * deleted): nothing cached for one person may reach the next. The client is loaded only here,
 * so a page whose forms only mutate ships no Apollo up front.
 */
export async function clearBrowserCache() {
  await (await import('./client')).browserApolloClient().clearStore();
}
