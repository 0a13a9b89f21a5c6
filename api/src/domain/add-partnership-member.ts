import type { MemberRole } from '@naboskab/db';
import type { Context } from '../context.ts';
import { fieldIssue, mapPrismaError, NotFoundError } from '../errors.ts';
import { audit } from './audit.ts';

export interface AddMemberInput {
  partnershipId: string;
  organisationId: string;
  role: MemberRole;
  contactName?: string;
  contactEmail?: string;
  contactPhone?: string;
}

/** Adds an organisation to a partnership; a contact name creates the contact person in that organisation. */
export async function addPartnershipMember(ctx: Context, input: AddMemberInput) {
  try {
    return await ctx.prisma.$transaction(async (tx) => {
      const partnership = await tx.partnership.findUnique({
        where: { id: input.partnershipId },
        select: { id: true },
      });
      if (!partnership) throw new NotFoundError();
      const organisation = await tx.organisation.findUnique({
        where: { id: input.organisationId },
        select: { kind: true, name: true },
      });
      if (!organisation) throw fieldIssue(['input', 'organisationId'], 'member.organisationUnknown');
      if (input.role === 'VOLUNTARY_ASSOCIATION' && organisation.kind !== 'VOLUNTARY_ASSOCIATION')
        throw fieldIssue(['input', 'role'], 'member.roleNeedsAssociation');
      const existing = await tx.partnershipMember.findUnique({
        where: {
          partnershipId_organisationId: {
            partnershipId: input.partnershipId,
            organisationId: input.organisationId,
          },
        },
        select: { id: true },
      });
      if (existing) throw fieldIssue(['input', 'organisationId'], 'member.alreadyMember');
      const contact = input.contactName
        ? await tx.person.create({
            data: {
              name: input.contactName,
              email: input.contactEmail ?? null,
              phone: input.contactPhone ?? null,
              organisationId: input.organisationId,
            },
          })
        : null;
      const member = await tx.partnershipMember.create({
        data: {
          partnershipId: input.partnershipId,
          organisationId: input.organisationId,
          role: input.role,
          contactPersonId: contact?.id ?? null,
        },
      });
      await audit(tx, ctx, {
        action: 'create',
        entityType: 'PartnershipMember',
        entityId: member.id,
        partnershipId: input.partnershipId,
        changes: {
          organisation: [null, organisation.name],
          role: [null, input.role],
          ...(contact ? { contactName: [null, contact.name] } : {}),
        },
      });
      return member;
    });
  } catch (error) {
    throw mapPrismaError(error);
  }
}
