import type { Translate } from '../../lib/i18n/messages';
import { parseKroner } from '../../lib/kroner';
import { type Failure, fieldFailure } from './mutation-failure';

/**
 * The kroner fields of a form in øre, or the failure that names each field that is empty or not
 * an amount (an empty amount must read "enter the amount", not "cannot be negative").
 */
export function kronerFields<K extends string>(
  texts: Record<K, string>,
  t: Translate,
): { ore: Record<K, number>; failure: null } | { ore: null; failure: Failure } {
  const ore = {} as Record<K, number>;
  const problems: Record<string, string> = {};
  for (const [field, text] of Object.entries(texts) as [K, string][]) {
    const parsed = parseKroner(text);
    if (parsed.problem) problems[field] = t(parsed.problem);
    else ore[field] = parsed.ore;
  }
  return Object.keys(problems).length
    ? { ore: null, failure: fieldFailure(problems, t) }
    : { ore, failure: null };
}
