import { completeCvr } from '@naboskab/db';

// A module-level counter keeps unique fields (e-mails, slugs, CVRs, case numbers) from colliding
// across factory calls in one process. Processes that share one database (e.g. Playwright
// workers) should start at different offsets: setFactorySequence(workerIndex * 100_000).
let sequence = 0;

export function nextSeq(): number {
  sequence += 1;
  return sequence;
}

export function setFactorySequence(start: number): void {
  sequence = start;
}

/**
 * A valid CVR number for a sequence number. Factory CVRs start with 4; the seed dataset's start
 * with 2 or 3, so factory rows never collide with seeded ones.
 */
export function cvrFor(n: number, prefix = 4): string {
  // 2n and 2n + 1 differ only in the last digit (weight 2), so at most one lacks a check digit.
  const base = (n * 2) % 1_000_000;
  const first = completeCvr(`${prefix}${String(base).padStart(6, '0')}`);
  return first ?? (completeCvr(`${prefix}${String(base + 1).padStart(6, '0')}`) as string);
}
