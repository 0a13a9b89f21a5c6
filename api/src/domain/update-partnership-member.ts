import type { MemberRole } from '@naboskab/db';
import type { Context } from '../context.ts';
import { fieldIssue, NotFoundError } from '../errors.ts';
import { audit } from './audit.ts';

export interface UpdateMemberInput {
  id: string;
  role?: MemberRole | null;
  contactName?: string;
  contactEmail?: string;
  contactPhone?: string;
}

/** Changes a member's role and, when a contact name is given, gives it a new contact person. */
export async function updatePartnershipMember(ctx: Context, input: UpdateMemberInput) {
  return ctx.prisma.$transaction(async (tx) => {
    const before = await tx.partnershipMember.findUnique({
      where: { id: input.id },
      include: {
        organisation: { select: { kind: true } },
        contactPerson: { select: { name: true } },
        signOnFees: { select: { id: true } },
      },
    });
    if (!before) throw new NotFoundError();
    const role = input.role ?? before.role;
    if (role === 'VOLUNTARY_ASSOCIATION' && before.organisation.kind !== 'VOLUNTARY_ASSOCIATION')
      throw fieldIssue(['input', 'role'], 'member.roleNeedsAssociation');
    // A sign-on fee is paid to an association: it keeps that role while the fee stands.
    if (before.signOnFees.length && role !== 'VOLUNTARY_ASSOCIATION')
      throw fieldIssue(['input', 'role'], 'member.hasSignOnFee');
    const changes: Record<string, [unknown, unknown]> = {};
    if (role !== before.role) changes.role = [before.role, role];
    let contactPersonId = before.contactPersonId;
    if (input.contactName) {
      const person = await tx.person.create({
        data: {
          name: input.contactName,
          email: input.contactEmail ?? null,
          phone: input.contactPhone ?? null,
          organisationId: before.organisationId,
        },
      });
      contactPersonId = person.id;
      changes.contactName = [before.contactPerson?.name ?? null, person.name];
    }
    const member = await tx.partnershipMember.update({
      where: { id: input.id },
      data: { role, contactPersonId },
    });
    if (Object.keys(changes).length)
      await audit(tx, ctx, {
        action: 'update',
        entityType: 'PartnershipMember',
        entityId: member.id,
        partnershipId: member.partnershipId,
        changes,
      });
    return member;
  });
}
