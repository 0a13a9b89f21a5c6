import type { GrantStatus } from '@naboskab/db';
import type { Context } from '../context.ts';
import { ConflictError, fieldIssue, mapPrismaError, NotFoundError } from '../errors.ts';
import { audit, changedFields } from './audit.ts';
import { lockPartnershipFunds } from './lock-partnership-funds.ts';

export interface GrantFields {
  roundId: string;
  partnershipId: string;
  recipientOrganisationId: string;
  caseNumber: string;
  amountOre: bigint;
  paidOre: bigint;
  status: GrantStatus;
  startsOn: Date;
  endsOn: Date;
  awardedOn: Date | null;
}

const order: GrantStatus[] = ['APPLIED', 'GRANTED', 'PAID', 'REPORTED'];

/**
 * Records a new grant (id null) or changes one. The status moves one step forward at a time
 * (APPLIED → GRANTED → PAID → REPORTED); a new grant starts APPLIED or GRANTED. The partnership's
 * sign-on fees may never exceed its awarded grants, so the partnership row is locked first.
 */
export async function saveGrant(ctx: Context, id: string | null, fields: GrantFields) {
  try {
    return await ctx.prisma.$transaction(async (tx) => {
      const before = id ? await tx.grant.findUnique({ where: { id } }) : null;
      if (id && !before) throw new NotFoundError();
      const from = before ? order.indexOf(before.status) : -1;
      const to = order.indexOf(fields.status);
      const allowed = before ? to === from || to === from + 1 : to <= 1;
      if (!allowed) throw fieldIssue(['input', 'status'], 'grant.statusOrder');
      if (fields.paidOre > fields.amountOre) throw fieldIssue(['input', 'paid'], 'grant.paidAboveAmount');
      const refs = [
        [
          'roundId',
          await tx.fundingRound.findUnique({ where: { id: fields.roundId }, select: { id: true } }),
        ],
        [
          'partnershipId',
          await tx.partnership.findUnique({ where: { id: fields.partnershipId }, select: { id: true } }),
        ],
        [
          'recipientOrganisationId',
          await tx.organisation.findUnique({
            where: { id: fields.recipientOrganisationId },
            select: { id: true },
          }),
        ],
      ] as const;
      for (const [field, row] of refs) if (!row) throw fieldIssue(['input', field], 'id.invalid');
      const clash = await tx.grant.findFirst({
        where: { caseNumber: fields.caseNumber, ...(id ? { NOT: { id } } : {}) },
        select: { id: true },
      });
      if (clash) throw fieldIssue(['input', 'caseNumber'], 'grant.caseNumberTaken');
      for (const partnershipId of new Set(
        [fields.partnershipId, before?.partnershipId].filter(Boolean) as string[],
      ))
        await lockPartnershipFunds(tx, partnershipId);
      const grant = id
        ? await tx.grant.update({ where: { id }, data: fields })
        : await tx.grant.create({ data: fields });
      // After the change: no partnership may have paid more in sign-on fees than it is granted.
      for (const partnershipId of new Set(
        [fields.partnershipId, before?.partnershipId].filter(Boolean) as string[],
      )) {
        const funds = await lockPartnershipFunds(tx, partnershipId);
        if (funds && funds.feesOre > funds.grantedOre)
          throw new ConflictError('signOnFee.overGrant', {
            granted: (funds.grantedOre / 100n).toString(),
            paid: (funds.feesOre / 100n).toString(),
          });
      }
      await audit(tx, ctx, {
        action: id ? 'update' : 'create',
        entityType: 'Grant',
        entityId: grant.id,
        partnershipId: grant.partnershipId,
        changes: before ? changedFields(before, fields) : changedFields({}, fields),
      });
      return grant;
    });
  } catch (error) {
    throw mapPrismaError(error);
  }
}
