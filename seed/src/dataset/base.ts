import { buildGeographyRows } from '../factories/area.ts';
import { buildFundingPool, buildFundingRound } from '../factories/funding.ts';
import { day } from '../time.ts';
import type { SeedContext } from './context.ts';
import { demoAccounts } from './demo-accounts.ts';
import { housingOrganisations, nationalOrganisations } from './organisations.ts';
import type { FundingKey } from './partnerships.ts';

export type RoundIds = Record<FundingKey, string>;

/** Rows that exist once whatever the scale: geography, national organisations, pools, admin, ministry. */
export function buildBase(ctx: SeedContext): RoundIds {
  const geography = buildGeographyRows();
  ctx.rows.region.push(...geography.regions);
  ctx.rows.municipality.push(...geography.municipalities);
  for (const spec of [...housingOrganisations, ...nationalOrganisations]) ctx.organisation(spec.name, spec);

  const localPartnerships = buildFundingPool({
    name: 'Flere ind i fællesskaber gennem lokale partnerskaber',
    stream: 'LOCAL_PARTNERSHIPS',
    financeAccount: '§ 15.71.11.10',
    funderName: 'Social- og Boligstyrelsen',
    description:
      'Pulje under SSA-reserven 2022-2025 og civilsamfundsstrategien. Lokale partnerskaber med mindst 30 frivillige foreninger skal få flere mennesker i udsatte positioner ind i fællesskaber. Tilslutningsbidrag på højst 30.000 kr. pr. forening.',
  });
  const housingPlans = buildFundingPool({
    name: 'Boligsociale helhedsplaner',
    stream: 'HOUSING_SOCIAL_PLAN',
    financeAccount: null,
    funderName: 'Landsbyggefonden',
    description:
      'Fireårige, lokalt forankrede boligsociale indsatser efter almenboligloven § 91a med en samarbejdsaftale mellem boligorganisation og kommune. Indsatsområder: uddannelse og livschancer, beskæftigelse, kriminalitetsforebyggelse samt sammenhængskraft og medborgerskab.',
  });
  ctx.rows.fundingPool.push(localPartnerships, housingPlans);
  const round = (poolId: string, name: string, year: number, budgetKr: number) => {
    const row = buildFundingRound({ poolId, name, year, budgetOre: BigInt(budgetKr) * 100n });
    ctx.rows.fundingRound.push(row);
    return row.id;
  };
  const rounds: RoundIds = {
    LP2022: round(localPartnerships.id, 'Ansøgningsrunde 2022', 2022, 9_600_000),
    LP2024: round(localPartnerships.id, 'Ansøgningsrunde 2024', 2024, 14_600_000),
    HP2022: round(housingPlans.id, 'Helhedsplaner med start 2023', 2022, 380_000_000),
    HP2024: round(housingPlans.id, 'Helhedsplaner med start 2025', 2024, 380_000_000),
  };

  const since = day('2024-01-15');
  const { admin, ministry } = demoAccounts;
  for (const [account, organisation] of [
    [admin, 'Naboskab'],
    [ministry, 'Social- og Boligstyrelsen'],
  ] as const) {
    const organisationId = ctx.existingOrganisation(organisation);
    ctx.user({
      name: account.name,
      email: account.email,
      role: account.role,
      organisationId,
      createdAt: since,
    });
  }
  return rounds;
}
