import type { MemberRole, Prisma, PrismaClient } from '@naboskab/db';
import { uuidv7 } from '../ids.ts';
import { day } from '../time.ts';
import { createOrganisation } from './organisation.ts';
import { nextSeq } from './sequence.ts';

export type PartnershipInput = Partial<Prisma.PartnershipCreateManyInput>;

export interface MemberInput {
  organisationId: string;
  role?: MemberRole;
  contactPersonId?: string | null;
  joinedAt?: Date;
}

export interface CreatePartnershipOptions extends PartnershipInput {
  areaIds?: string[];
  /** User ids of the coordinators. */
  coordinators?: string[];
  /** Member organisations: an id (a voluntary association) or { organisationId, role, … }. */
  members?: (MemberInput | string)[];
}

const partnershipInclude = { areas: true, members: true, coordinators: true } as const;
export type PartnershipWithRelations = Prisma.PartnershipGetPayload<{ include: typeof partnershipInclude }>;

export function buildPartnership(
  input: PartnershipInput = {},
): Prisma.PartnershipCreateManyInput & { id: string } {
  const n = input.name === undefined || input.slug === undefined ? nextSeq() : 0;
  return {
    id: uuidv7(),
    status: 'ACTIVE',
    arenas: ['LEISURE_AND_COMMUNITIES'],
    targetGroups: ['SOCIALLY_VULNERABLE'],
    startsOn: day('2024-01-01'),
    endsOn: day('2027-12-31'),
    description: 'Et lokalt partnerskab om flere fællesskaber.',
    ...input,
    name: input.name ?? `Testpartnerskab ${n}`,
    slug: input.slug ?? `testpartnerskab-${n}`,
  };
}

export function buildPartnershipMember(
  input: MemberInput & { partnershipId: string },
): Prisma.PartnershipMemberCreateManyInput & { id: string } {
  return { id: uuidv7(), role: 'VOLUNTARY_ASSOCIATION', ...input };
}

/**
 * A partnership with its areas, coordinators (user ids) and members (organisation ids).
 * Returns the partnership with `areas`, `members` and `coordinators` included.
 */
export async function createPartnership(
  prisma: PrismaClient,
  options: CreatePartnershipOptions = {},
): Promise<PartnershipWithRelations> {
  const { areaIds = [], coordinators = [], members = [], ...input } = options;
  const row = buildPartnership(input);
  await prisma.partnership.create({ data: row });
  if (areaIds.length) {
    await prisma.partnershipArea.createMany({
      data: areaIds.map((areaId) => ({ partnershipId: row.id, areaId })),
    });
  }
  if (coordinators.length) {
    await prisma.partnershipCoordinator.createMany({
      data: coordinators.map((userId) => ({ partnershipId: row.id, userId })),
    });
  }
  if (members.length) {
    await prisma.partnershipMember.createMany({
      data: members.map((m) =>
        buildPartnershipMember({
          ...(typeof m === 'string' ? { organisationId: m } : m),
          partnershipId: row.id,
        }),
      ),
    });
  }
  return prisma.partnership.findUniqueOrThrow({ where: { id: row.id }, include: partnershipInclude });
}

/** Adds a member; creates a voluntary association when no organisation is given. */
export async function addPartnershipMember(
  prisma: PrismaClient,
  input: Partial<MemberInput> & { partnershipId: string },
) {
  const organisationId = input.organisationId ?? (await createOrganisation(prisma)).id;
  return prisma.partnershipMember.create({ data: buildPartnershipMember({ ...input, organisationId }) });
}

export function addCoordinator(prisma: PrismaClient, partnershipId: string, userId: string) {
  return prisma.partnershipCoordinator.create({ data: { partnershipId, userId } });
}

/** A partnership created only when no id is given: lets child factories stand alone. */
export async function partnershipIdOr(
  prisma: PrismaClient,
  partnershipId: string | undefined,
): Promise<string> {
  return partnershipId ?? (await createPartnership(prisma)).id;
}
