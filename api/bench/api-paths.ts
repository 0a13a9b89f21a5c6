// The main API paths of the benchmark: each a GraphQL request (as the web asks it, trimmed to the
// fields the page shows) and a hand-written SQL statement returning the same JSON, ids encoded as
// the API encodes them. `$1` of a statement is the request's page size or its one argument.
import { mapBaselineSql } from './map-data-baseline.ts';

export type Account = 'ministry' | 'coordinator' | 'volunteer' | 'admin';

export interface ApiPath {
  name: string;
  account: Account;
  query: string;
  variables: Record<string, unknown>;
  /** The variable holding the page size, to check statements per request do not grow with it. */
  pageVariable?: string;
  sql: string;
  params: unknown[];
  /** Reference rows: not a main path, so not held to the throughput goal. */
  reference?: boolean;
  /** Served with the ministry map's response cache on (every other row: off, as the goal asks). */
  cached?: boolean;
}

/** Pothos' global id: base64 of "Type:id". */
const gid = (type: string, column: string) => `encode(convert_to('${type}:' || ${column}, 'UTF8'), 'base64')`;
const list = (expr: string, from: string, order: string) =>
  `coalesce((SELECT json_agg(${expr} ORDER BY ${order}) ${from}), '[]')`;

const MAP = `query Map($filter: MinistryFilter) {
  ministryMap(filter: $filter, detail: LOW) {
    partnerships { id name slug status arenas granted paid associations participantsReached activitiesHeld volunteersActive
      areas { id municipalityName geometry } }
    totals { partnerships granted paid associations participantsReached activitiesHeld approvedHours }
  }
}`;

const PARTNERSHIP_LIST = `query PartnershipList($first: Int!) {
  partnerships(first: $first) {
    totalCount
    edges { node { id slug name status arenas voluntaryAssociationCount members { totalCount }
      areas { id name municipality { id name } } } }
  }
  municipalities(first: 100) { edges { node { code name } } }
  regions { code name }
}`;

const partnershipListSql = `
SELECT json_build_object(
  'partnerships', json_build_object(
    'totalCount', (SELECT count(*) FROM "Partnership"),
    'edges', ${list(
      `json_build_object('node', json_build_object('id', ${gid('Partnership', 'p.id')}, 'slug', p.slug, 'name', p.name,
        'status', p.status, 'arenas', p.arenas,
        'voluntaryAssociationCount', (SELECT count(*) FROM "PartnershipMember" m WHERE m."partnershipId" = p.id AND m.role = 'VOLUNTARY_ASSOCIATION'),
        'members', json_build_object('totalCount', (SELECT count(*) FROM "PartnershipMember" m WHERE m."partnershipId" = p.id)),
        'areas', ${list(
          `json_build_object('id', ${gid('Area', 'a.id')}, 'name', a.name, 'municipality', json_build_object('id', ${gid('Municipality', 'mu.code')}, 'name', mu.name))`,
          `FROM "PartnershipArea" pa JOIN "Area" a ON a.id = pa."areaId" JOIN "Municipality" mu ON mu.code = a."municipalityCode" WHERE pa."partnershipId" = p.id`,
          'a.name',
        )}))`,
      `FROM (SELECT * FROM "Partnership" ORDER BY name, id LIMIT $1) p`,
      'p.name, p.id',
    )}),
  'municipalities', json_build_object('edges', ${list(
    `json_build_object('node', json_build_object('code', m.code, 'name', m.name))`,
    `FROM (SELECT code, name FROM "Municipality" ORDER BY name LIMIT 100) m`,
    'm.name',
  )}),
  'regions', ${list(`json_build_object('code', r.code, 'name', r.name)`, `FROM "Region" r`, 'r.code')}
) AS result`;

const PARTNERSHIP_PAGE = `query PartnershipPage($slug: String!) {
  partnership(slug: $slug) {
    id slug name description status arenas targetGroups startsOn endsOn viewerCanCoordinate
    areas { id name municipality { id name } }
    members(first: 100) { totalCount edges { node { id role organisation { id name } } } }
  }
}`;

const partnershipPageSql = `
SELECT json_build_object('partnership', json_build_object('id', ${gid('Partnership', 'p.id')}, 'slug', p.slug,
  'name', p.name, 'description', p.description, 'status', p.status, 'arenas', p.arenas, 'targetGroups', p."targetGroups",
  'startsOn', p."startsOn", 'endsOn', p."endsOn", 'viewerCanCoordinate', false,
  'areas', ${list(
    `json_build_object('id', ${gid('Area', 'a.id')}, 'name', a.name, 'municipality', json_build_object('id', ${gid('Municipality', 'mu.code')}, 'name', mu.name))`,
    `FROM "PartnershipArea" pa JOIN "Area" a ON a.id = pa."areaId" JOIN "Municipality" mu ON mu.code = a."municipalityCode" WHERE pa."partnershipId" = p.id`,
    'a.name',
  )},
  'members', json_build_object(
    'totalCount', (SELECT count(*) FROM "PartnershipMember" m WHERE m."partnershipId" = p.id),
    'edges', ${list(
      `json_build_object('node', json_build_object('id', ${gid('PartnershipMember', 'm.id')}, 'role', m.role, 'organisation', json_build_object('id', ${gid('Organisation', 'o.id')}, 'name', o.name)))`,
      `FROM (SELECT m.* FROM "PartnershipMember" m JOIN "Organisation" o ON o.id = m."organisationId" WHERE m."partnershipId" = p.id
        ORDER BY m.role, o.name, m.id LIMIT 100) m JOIN "Organisation" o ON o.id = m."organisationId"`,
      'm.role, o.name, m.id',
    )})))
  AS result FROM "Partnership" p WHERE p.slug = $1`;

const RESOURCES = `query ResourceSearch($first: Int!, $search: String) {
  resources(first: $first, search: $search) {
    totalCount
    edges { node { id title kind audience capacity address area { id name } owner { id name } } }
  }
}`;

const resourceMatch = `r.audience = 'SIGNED_IN' AND (r.title ILIKE '%' || $2 || '%' OR r.description ILIKE '%' || $2 || '%' OR r.address ILIKE '%' || $2 || '%')`;
const resourcesSql = `
SELECT json_build_object('resources', json_build_object(
  'totalCount', (SELECT count(*) FROM "Resource" r WHERE ${resourceMatch}),
  'edges', ${list(
    `json_build_object('node', json_build_object('id', ${gid('Resource', 'r.id')}, 'title', r.title, 'kind', r.kind,
      'audience', r.audience, 'capacity', r.capacity, 'address', r.address,
      'area', (SELECT json_build_object('id', ${gid('Area', 'a.id')}, 'name', a.name) FROM "Area" a WHERE a.id = r."areaId"),
      'owner', json_build_object('id', ${gid('Organisation', 'o.id')}, 'name', o.name)))`,
    `FROM (SELECT r.* FROM "Resource" r WHERE ${resourceMatch} ORDER BY r.title, r.id LIMIT $1) r JOIN "Organisation" o ON o.id = r."ownerOrganisationId"`,
    'r.title, r.id',
  )})) AS result`;

const ACTIVITIES = `query VolunteerExplorer($first: Int!) {
  activities(first: $first) {
    totalCount
    edges { node { id title partnershipName scheduleText arenas targetGroups address location { lat lon }
      area { id name municipality { id name } }
      opportunities(first: 3) { edges { node { id title volunteersNeeded contactOrganisation { name } } } } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const activitiesSql = `
SELECT json_build_object('activities', json_build_object(
  'totalCount', (SELECT count(*) FROM "Activity" WHERE published),
  'edges', ${list(
    `json_build_object('node', json_build_object('id', ${gid('Activity', 'x.id')}, 'title', x.title, 'partnershipName', p.name,
      'scheduleText', x."scheduleText", 'arenas', x.arenas, 'targetGroups', x."targetGroups", 'address', x.address,
      'location', CASE WHEN x.lat IS NOT NULL THEN json_build_object('lat', x.lat, 'lon', x.lon)
        WHEN a.id IS NOT NULL THEN json_build_object('lat', a."centreLat", 'lon', a."centreLon") END,
      'area', CASE WHEN a.id IS NOT NULL THEN json_build_object('id', ${gid('Area', 'a.id')}, 'name', a.name,
        'municipality', json_build_object('id', ${gid('Municipality', 'mu.code')}, 'name', mu.name)) END,
      'opportunities', json_build_object('edges', ${list(
        `json_build_object('node', json_build_object('id', ${gid('VolunteerOpportunity', 'o.id')}, 'title', o.title,
          'volunteersNeeded', o."volunteersNeeded", 'contactOrganisation', (SELECT json_build_object('name', org.name) FROM "Organisation" org WHERE org.id = o."contactOrganisationId")))`,
        `FROM (SELECT * FROM "VolunteerOpportunity" o WHERE o."activityId" = x.id AND o.published ORDER BY o."createdAt", o.id LIMIT 3) o`,
        'o."createdAt", o.id',
      )})))`,
    `FROM (SELECT * FROM "Activity" WHERE published ORDER BY title, id LIMIT $1) x JOIN "Partnership" p ON p.id = x."partnershipId"
      LEFT JOIN "Area" a ON a.id = x."areaId" LEFT JOIN "Municipality" mu ON mu.code = a."municipalityCode"`,
    'x.title, x.id',
  )},
  'pageInfo', json_build_object('hasNextPage', (SELECT count(*) FROM "Activity" WHERE published) > $1)
)) AS result`;

const MEETING = `query MeetingPage($id: ID!) {
  meeting(id: $id) {
    id title status startsAt endsAt timeZone address onlineUrl
    partnership { id name slug }
    agendaItems(first: 100) { edges { node { id position title description durationMinutes owner { id name } } } }
    attendances(first: 100) { edges { node { id person { id name } onBehalfOf { id name } } } }
  }
}`;

const meetingSql = `
SELECT json_build_object('meeting', json_build_object('id', ${gid('Meeting', 'm.id')}, 'title', m.title, 'status', m.status,
  'startsAt', m."startsAt", 'endsAt', m."endsAt", 'timeZone', m."timeZone", 'address', m.address,
  'onlineUrl', m."onlineUrl",
  'partnership', (SELECT json_build_object('id', ${gid('Partnership', 'p.id')}, 'name', p.name, 'slug', p.slug) FROM "Partnership" p WHERE p.id = m."partnershipId"),
  'agendaItems', json_build_object('edges', ${list(
    `json_build_object('node', json_build_object('id', ${gid('AgendaItem', 'i.id')}, 'position', i.position, 'title', i.title,
      'description', i.description, 'durationMinutes', i."durationMinutes",
      'owner', (SELECT json_build_object('id', ${gid('Person', 'pe.id')}, 'name', pe.name) FROM "Person" pe WHERE pe.id = i."ownerPersonId")))`,
    `FROM (SELECT * FROM "AgendaItem" i WHERE i."meetingId" = m.id ORDER BY i.position, i.id LIMIT 100) i`,
    'i.position, i.id',
  )}),
  'attendances', json_build_object('edges', ${list(
    `json_build_object('node', json_build_object('id', ${gid('Attendance', 'at.id')},
      'person', (SELECT json_build_object('id', ${gid('Person', 'pe.id')}, 'name', pe.name) FROM "Person" pe WHERE pe.id = at."personId"),
      'onBehalfOf', (SELECT json_build_object('id', ${gid('Organisation', 'o.id')}, 'name', o.name) FROM "Organisation" o WHERE o.id = at."onBehalfOfOrganisationId")))`,
    `FROM (SELECT * FROM "Attendance" at WHERE at."meetingId" = m.id ORDER BY at.id LIMIT 100) at`,
    'at.id',
  )})))
  AS result FROM "Meeting" m WHERE m.id = $1::uuid`;

/** The paths, given a partnership slug, a meeting id and a resource search term from the data. */
export function apiPaths(sample: {
  slug: string;
  meetingId: string;
  search: string;
  regionCode: string;
}): ApiPath[] {
  const map = (name: string, filter: Record<string, unknown> | null, params: unknown[], cached = false) => ({
    name,
    account: 'ministry' as const,
    query: MAP,
    variables: { filter },
    sql: mapBaselineSql(filter !== null),
    params,
    reference: cached,
    cached,
  });
  return [
    map('ministry map, unfiltered', null, []),
    map('ministry map, one region', { regionCode: sample.regionCode }, [sample.regionCode]),
    map('ministry map, unfiltered, cached', null, [], true),
    map('ministry map, one region, cached', { regionCode: sample.regionCode }, [sample.regionCode], true),
    ...[20, 100].map((first) => ({
      name: `partnership list, first ${first}`,
      account: 'coordinator' as const,
      query: PARTNERSHIP_LIST,
      variables: { first },
      pageVariable: 'first',
      sql: partnershipListSql,
      params: [first],
    })),
    {
      name: "a partnership's page",
      account: 'coordinator',
      query: PARTNERSHIP_PAGE,
      variables: { slug: sample.slug },
      sql: partnershipPageSql,
      params: [sample.slug],
    },
    {
      name: 'resource search, first 20',
      account: 'volunteer',
      query: RESOURCES,
      variables: { first: 20, search: sample.search },
      pageVariable: 'first',
      sql: resourcesSql,
      params: [20, sample.search],
    },
    {
      name: 'volunteer explorer, first 100',
      account: 'volunteer',
      query: ACTIVITIES,
      variables: { first: 100 },
      pageVariable: 'first',
      sql: activitiesSql,
      params: [100],
    },
    {
      name: "a meeting's page",
      account: 'admin',
      query: MEETING,
      variables: { id: Buffer.from(`Meeting:${sample.meetingId}`).toString('base64') },
      sql: meetingSql,
      params: [sample.meetingId],
    },
    {
      name: 'signed-in { __typename }',
      account: 'coordinator',
      query: '{ __typename }',
      variables: {},
      sql: `SELECT json_build_object('__typename', 'Query') AS result`,
      params: [],
      reference: true,
    },
  ];
}
