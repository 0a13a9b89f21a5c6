import { createHash } from 'node:crypto';

/**
 * SHA-256 in hex: what is stored in place of a secret or a personal key (session and feed tokens,
 * rate-limit and sign-in counter keys), so a leaked table gives neither away.
 */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
