import { buildAuditEntry } from '../factories/audit.ts';
import { buildGrant, buildSignOnFee } from '../factories/funding.ts';
import { addDays, REFERENCE_DATE } from '../time.ts';
import type { RoundIds } from './base.ts';
import type { BuiltPartnership } from './build-partnership.ts';
import type { SeedContext } from './context.ts';

/** Paid share of each round's grants by the reference date, in per cent. */
const paidShare = { LP2022: 100n, LP2024: 50n, HP2022: 85n, HP2024: 40n };

/**
 * The partnership's grant (to the lead organisation) and, for the local-partnership pool, sign-on
 * fees of 10,000-30,000 kr. to most member associations: far below the grant in total.
 */
export function buildFunding(ctx: SeedContext, p: BuiltPartnership, rounds: RoundIds): void {
  const { spec, rng } = p;
  const caseNumber = String(ctx.next(`case:${spec.funding}`)).padStart(4, '0');
  const amountOre = BigInt(spec.grantKr) * 100n;
  const share = paidShare[spec.funding];
  ctx.rows.grant.push(
    buildGrant({
      roundId: rounds[spec.funding],
      partnershipId: p.id,
      recipientOrganisationId: p.leadOrganisationId,
      caseNumber: `${p.local ? 'SBST' : 'LBF'}-${spec.funding.slice(2)}-${caseNumber}`,
      amountOre,
      paidOre: (amountOre * share) / 100n,
      status: share === 100n ? 'PAID' : 'GRANTED',
      startsOn: p.startsOn,
      endsOn: p.endsOn,
      awardedOn: addDays(p.startsOn, -rng.int(60, 90)),
    }),
  );
  if (!p.local) return;
  for (const member of p.members.filter((m) => m.role === 'VOLUNTARY_ASSOCIATION')) {
    if (rng.chance(0.12)) continue;
    ctx.rows.signOnFee.push(
      buildSignOnFee({
        partnershipId: p.id,
        memberId: member.id,
        amountOre: BigInt(rng.pick([10_000, 15_000, 20_000, 25_000, 30_000])) * 100n,
        paidOn: addDays(p.startsOn, rng.int(30, 400)),
        note: 'Tilslutningsbidrag efter puljens regler (højst 30.000 kr.)',
      }),
    );
  }
}

/** Audit entries for creating the partnership, its first members and activating it. */
export function buildPartnershipAudit(ctx: SeedContext, p: BuiltPartnership): void {
  const actorUserId = p.coordinators[0]?.userId ?? null;
  const entry = (at: Date, action: string, entityType: string, entityId: string, changes: object) =>
    buildAuditEntry({
      at,
      actorUserId,
      action,
      entityType,
      entityId,
      partnershipId: p.id,
      changes: changes as never,
    });
  ctx.rows.auditEntry.push(
    entry(p.startsOn, 'create', 'Partnership', p.id, { name: [null, p.spec.name] }),
    ...p.members
      .slice(0, 3)
      .map((m) =>
        entry(addDays(p.startsOn, 1), 'create', 'PartnershipMember', m.id, { role: [null, m.role] }),
      ),
  );
  if (REFERENCE_DATE > p.startsOn) {
    ctx.rows.auditEntry.push(
      entry(addDays(p.startsOn, 14), 'update', 'Partnership', p.id, { status: ['PLANNED', 'ACTIVE'] }),
    );
  }
}
