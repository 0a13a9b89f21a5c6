import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import type { MessageKey } from '../i18n.ts';

// NIST SP 800-63B § 3.1.1.2: refuse passwords found in breach corpuses, dictionary words,
// repetitive or sequential characters and context-specific words (the person's own name and
// e-mail). zxcvbn-ts ships its lists (about 40,000 common and leaked passwords), so nothing
// is looked up over the network.

let checker: ZxcvbnFactory | undefined;
const zxcvbn = () =>
  (checker ??= new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs }));

/** zxcvbn's score 3: at least 10^8 guesses, with slow hashing and sign-in delays on top. */
const MIN_SCORE = 3;

type Match = { pattern: string; dictionaryName?: string; token: string };

function reasonOf(match: Match): MessageKey {
  if (match.pattern === 'dictionary' && match.dictionaryName === 'userInputs') return 'password.personal';
  if (match.pattern === 'dictionary') return 'password.common';
  if (match.pattern === 'repeat') return 'password.repeated';
  if (match.pattern === 'sequence' || match.pattern === 'spatial') return 'password.sequential';
  return 'password.guessable';
}

/** The parts of a name and e-mail a password must not be built from (4 characters or more). */
function personalWords(personal: (string | null | undefined)[]): string[] {
  const words = personal.flatMap((text) => (text ? [text, ...text.split(/[^\p{L}\p{N}]+/u)] : []));
  return [...new Set(words.map((w) => w.toLowerCase()).filter((w) => w.length >= 4))];
}

/**
 * Why a password is refused (a message key), or null when it is good enough. `personal` holds
 * the person's name and e-mail when known.
 */
export function weakPasswordReason(
  password: string,
  personal: (string | null | undefined)[] = [],
): MessageKey | null {
  const result = zxcvbn().check(password.slice(0, 100), personalWords(personal));
  const matches = result.sequence as Match[];
  const personalLength = matches
    .filter((m) => m.dictionaryName === 'userInputs')
    .reduce((sum, m) => sum + m.token.length, 0);
  // Mostly one's own name or e-mail is guessable by anyone who knows them, whatever the score.
  if (personalLength * 2 >= password.length) return 'password.personal';
  if (result.score >= MIN_SCORE) return null;
  const weakest = matches.reduce<Match | undefined>(
    (longest, m) =>
      m.pattern !== 'bruteforce' && m.token.length > (longest?.token.length ?? 0) ? m : longest,
    undefined,
  );
  return weakest ? reasonOf(weakest) : 'password.guessable';
}
