import type { HousingDepartment, Organisation, Prisma, PrismaClient } from '@naboskab/db';
import { uuidv7 } from '../ids.ts';
import { cvrFor, nextSeq } from './sequence.ts';

export type OrganisationInput = Partial<Prisma.OrganisationCreateManyInput>;
export type HousingDepartmentInput = Partial<Prisma.HousingDepartmentCreateManyInput>;

/** Row data for an organisation (a voluntary association unless told otherwise), not inserted. */
export function buildOrganisation(
  input: OrganisationInput = {},
): Prisma.OrganisationCreateManyInput & { id: string } {
  const n = input.name === undefined || input.cvr === undefined ? nextSeq() : 0;
  return {
    id: uuidv7(),
    kind: 'VOLUNTARY_ASSOCIATION',
    ...input,
    name: input.name ?? `Testforeningen ${n}`,
    cvr: input.cvr === undefined ? cvrFor(n) : input.cvr,
  };
}

export function createOrganisation(
  prisma: PrismaClient,
  input: OrganisationInput = {},
): Promise<Organisation> {
  return prisma.organisation.create({ data: buildOrganisation(input) });
}

export function buildHousingDepartment(
  input: HousingDepartmentInput & { organisationId: string },
): Prisma.HousingDepartmentCreateManyInput & { id: string } {
  const n = input.number === undefined || input.name === undefined ? nextSeq() : 0;
  return {
    id: uuidv7(),
    homes: 120,
    ...input,
    number: input.number ?? String(n),
    name: input.name ?? `Afdeling ${n}`,
  };
}

/** A housing department (boligafdeling); creates its housing organisation when none is given. */
export async function createHousingDepartment(
  prisma: PrismaClient,
  input: HousingDepartmentInput = {},
): Promise<HousingDepartment> {
  const organisationId =
    input.organisationId ?? (await createOrganisation(prisma, { kind: 'HOUSING_ORGANISATION' })).id;
  return prisma.housingDepartment.create({ data: buildHousingDepartment({ ...input, organisationId }) });
}
