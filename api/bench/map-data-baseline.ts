// The raw-SQL baseline of the benchmark: the map's unfiltered result (partnerships with areas and
// per-partnership figures, and the totals) as one JSON value from one statement; `inRegion`: only
// partnerships with an area in the region `$1`, as the map's regionCode filter.
export const mapBaselineSql = (inRegion: boolean) => `
WITH p AS (
  SELECT p.* FROM "Partnership" p
  WHERE EXISTS (SELECT 1 FROM "Grant" g WHERE g."partnershipId" = p.id AND g.status IN ('GRANTED', 'PAID', 'REPORTED'))
  ${inRegion ? `AND EXISTS (SELECT 1 FROM "PartnershipArea" pa JOIN "Area" a ON a.id = pa."areaId" JOIN "Municipality" mu ON mu.code = a."municipalityCode" WHERE pa."partnershipId" = p.id AND mu."regionCode" = $1)` : ''}
),
rows AS (
  SELECT p.id, p.name, p.slug, p.status, p.arenas,
    (SELECT sum(g."amountOre") FROM "Grant" g WHERE g."partnershipId" = p.id AND g.status IN ('GRANTED', 'PAID', 'REPORTED')) AS granted,
    (SELECT sum(g."paidOre") FROM "Grant" g WHERE g."partnershipId" = p.id AND g.status IN ('GRANTED', 'PAID', 'REPORTED')) AS paid,
    (SELECT count(*) FROM "PartnershipMember" m WHERE m."partnershipId" = p.id AND m.role = 'VOLUNTARY_ASSOCIATION') AS associations,
    (SELECT coalesce(sum(r."participantsReached"), 0) FROM "OutcomeReport" r WHERE r."partnershipId" = p.id) AS "participantsReached",
    (SELECT coalesce(sum(r."activitiesHeld"), 0) FROM "OutcomeReport" r WHERE r."partnershipId" = p.id) AS "activitiesHeld",
    (SELECT count(DISTINCT coalesce(s."personId", s.id)) FROM "VolunteerSignUp" s
      JOIN "VolunteerOpportunity" o ON o.id = s."opportunityId" JOIN "Activity" a ON a.id = o."activityId"
      WHERE a."partnershipId" = p.id AND s.status = 'APPROVED') AS "volunteersActive",
    (SELECT json_agg(json_build_object('id', a.id, 'municipalityName', mu.name, 'geometry', a.boundary) ORDER BY a.name)
      FROM "PartnershipArea" pa JOIN "Area" a ON a.id = pa."areaId" JOIN "Municipality" mu ON mu.code = a."municipalityCode"
      WHERE pa."partnershipId" = p.id) AS areas
  FROM p
)
SELECT json_build_object(
  'partnerships', (SELECT json_agg(rows ORDER BY name, id) FROM rows),
  'totals', json_build_object(
    'partnerships', (SELECT count(*) FROM rows),
    'granted', (SELECT sum(granted) FROM rows),
    'paid', (SELECT sum(paid) FROM rows),
    'associations', (SELECT count(DISTINCT m."organisationId") FROM "PartnershipMember" m JOIN p ON p.id = m."partnershipId" WHERE m.role = 'VOLUNTARY_ASSOCIATION'),
    'signOnFees', (SELECT sum(f."amountOre") FROM "SignOnFee" f JOIN p ON p.id = f."partnershipId"),
    'participantsReached', (SELECT sum("participantsReached") FROM rows),
    'activitiesHeld', (SELECT sum("activitiesHeld") FROM rows),
    'approvedHours', (SELECT sum(h.hours) FROM "VolunteerHours" h JOIN "Activity" a ON a.id = h."activityId" JOIN p ON p.id = a."partnershipId" WHERE h.status = 'APPROVED')
  )
) AS result`;

export const baselineSql = mapBaselineSql(false);
