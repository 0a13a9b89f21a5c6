import type { FundingStream } from '@naboskab/db';

/**
 * The "Flere ind i fællesskaber" pool (stream LOCAL_PARTNERSHIPS) asks every partnership it
 * funds to mobilise at least 30 voluntary associations. The rule is the pool's, not every
 * partnership's: one funded only by other pools (e.g. a boligsocial helhedsplan) has no bar.
 */
export const ASSOCIATION_BAR = 30;

/** The bar that applies to a partnership funded from pools of these streams, or null for none. */
export function associationBarOf(streams: readonly FundingStream[]): number | null {
  return streams.includes('LOCAL_PARTNERSHIPS') ? ASSOCIATION_BAR : null;
}

/** True or false where a bar applies; null where none does (so it is neither met nor missed). */
export function meetsBar(associations: number, bar: number | null): boolean | null {
  return bar === null ? null : associations >= bar;
}
