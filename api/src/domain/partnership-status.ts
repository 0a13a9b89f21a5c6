import type { PartnershipStatus } from '@naboskab/db';

// A partnership only moves forward: PLANNED → ACTIVE → ENDED. PLANNED → ENDED is allowed too, so a
// partnership that never started can be closed; going back (ACTIVE → PLANNED, ENDED → anything) is not.
const rank: Record<PartnershipStatus, number> = { PLANNED: 0, ACTIVE: 1, ENDED: 2 };

/** True when the status may change from `from` to `to` (staying the same is allowed). */
export function canMovePartnershipStatus(from: PartnershipStatus, to: PartnershipStatus): boolean {
  return rank[to] >= rank[from];
}
