import type { ExportData } from './ministry-export-rows.ts';
import { slugify } from './slugify.ts';

// 360Giving identifiers: grants get the publisher prefix "360G-naboskab-"; organisations their
// org-id.guide identifier, DK-CVR-<CVR number> (Danish Central Business Register), or a
// 360G-naboskab-org- identifier when no CVR is known. Amounts are in kr. (the standard's unit is
// the currency's main unit), dates are ISO 8601 days.
const PREFIX = '360G-naboskab';

const orgId = (cvr: string | null | undefined, fallback: string) =>
  cvr ? `DK-CVR-${cvr}` : `${PREFIX}-org-${fallback}`;
const day = (d: Date) => d.toISOString().slice(0, 10);
// Codes keep Danish letters readable: æ → ae, ø → oe, å → aa ("faellesskaber", not "f-llesskaber").
const slug = (text: string) => slugify(text);

function months(start: Date, end: Date): number {
  return Math.max(
    1,
    (end.getUTCFullYear() - start.getUTCFullYear()) * 12 +
      end.getUTCMonth() -
      start.getUTCMonth() +
      (end.getUTCDate() >= start.getUTCDate() ? 1 : 0),
  );
}

/** A 360Giving JSON package ({ grants: [...] }) of the funded grants behind the filtered map. */
export function writeGrants360Giving({ map, grants, funderCvr }: ExportData) {
  const partnerships = new Map(map.partnerships.map((p) => [p.id, p]));
  return {
    grants: grants.map((g) => {
      const p = partnerships.get(g.partnershipId);
      const pool = g.round.pool;
      return {
        id: `${PREFIX}-${g.caseNumber}`,
        title: p?.name ?? g.caseNumber,
        description: g.partnership.description || (p?.name ?? ''),
        currency: 'DKK',
        amountAwarded: Number(g.amountOre) / 100,
        amountDisbursed: Number(g.paidOre) / 100,
        awardDate: day(g.awardedOn ?? g.createdAt),
        dateModified: g.updatedAt.toISOString(),
        plannedDates: [
          { startDate: day(g.startsOn), endDate: day(g.endsOn), duration: months(g.startsOn, g.endsOn) },
        ],
        recipientOrganization: [
          {
            id: orgId(g.recipientOrganisation.cvr, g.recipientOrganisation.id),
            name: g.recipientOrganisation.name,
            ...(g.recipientOrganisation.cvr ? { companyNumber: g.recipientOrganisation.cvr } : {}),
          },
        ],
        fundingOrganization: [
          { id: orgId(funderCvr.get(pool.funderName), slug(pool.funderName)), name: pool.funderName },
        ],
        grantProgramme: [
          { code: `${slug(pool.name)}-${g.round.year}`, title: `${pool.name}: ${g.round.name}` },
        ],
        beneficiaryLocation: (p?.areas ?? []).map((a) => ({
          name: `${a.name}, ${a.municipalityName}`,
          countryCode: 'DK',
          geoCode: a.municipalityCode,
          geoCodeType: 'DK-KOMMUNEKODE',
          latitude: a.centre.lat,
          longitude: a.centre.lon,
        })),
        ...(pool.financeAccount
          ? { classifications: [{ vocabulary: 'DK-FINANSLOV', code: pool.financeAccount, title: pool.name }] }
          : {}),
      };
    }),
  };
}
