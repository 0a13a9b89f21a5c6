import type { Prisma } from '@naboskab/db';

/** Every row of the dataset, per table, built in memory and inserted with createMany. */
export interface Rows {
  region: Prisma.RegionCreateManyInput[];
  municipality: Prisma.MunicipalityCreateManyInput[];
  area: Prisma.AreaCreateManyInput[];
  organisation: Prisma.OrganisationCreateManyInput[];
  housingDepartment: Prisma.HousingDepartmentCreateManyInput[];
  person: Prisma.PersonCreateManyInput[];
  user: Prisma.UserCreateManyInput[];
  consent: Prisma.ConsentCreateManyInput[];
  partnership: Prisma.PartnershipCreateManyInput[];
  partnershipArea: Prisma.PartnershipAreaCreateManyInput[];
  partnershipMember: Prisma.PartnershipMemberCreateManyInput[];
  partnershipCoordinator: Prisma.PartnershipCoordinatorCreateManyInput[];
  fundingPool: Prisma.FundingPoolCreateManyInput[];
  fundingRound: Prisma.FundingRoundCreateManyInput[];
  grant: Prisma.GrantCreateManyInput[];
  signOnFee: Prisma.SignOnFeeCreateManyInput[];
  resource: Prisma.ResourceCreateManyInput[];
  resourceOpeningHours: Prisma.ResourceOpeningHoursCreateManyInput[];
  resourceException: Prisma.ResourceExceptionCreateManyInput[];
  booking: Prisma.BookingCreateManyInput[];
  meeting: Prisma.MeetingCreateManyInput[];
  agendaItem: Prisma.AgendaItemCreateManyInput[];
  meetingInvitation: Prisma.MeetingInvitationCreateManyInput[];
  attendance: Prisma.AttendanceCreateManyInput[];
  minutes: Prisma.MinutesCreateManyInput[];
  decision: Prisma.DecisionCreateManyInput[];
  actionItem: Prisma.ActionItemCreateManyInput[];
  activity: Prisma.ActivityCreateManyInput[];
  volunteerOpportunity: Prisma.VolunteerOpportunityCreateManyInput[];
  shift: Prisma.ShiftCreateManyInput[];
  volunteerSignUp: Prisma.VolunteerSignUpCreateManyInput[];
  volunteerHours: Prisma.VolunteerHoursCreateManyInput[];
  outcomeReport: Prisma.OutcomeReportCreateManyInput[];
  lonelinessCount: Prisma.LonelinessCountCreateManyInput[];
  auditEntry: Prisma.AuditEntryCreateManyInput[];
  partnershipGuide: Prisma.PartnershipGuideCreateManyInput[];
  referral: Prisma.ReferralCreateManyInput[];
  referralStateChange: Prisma.ReferralStateChangeCreateManyInput[];
  referralMeasure: Prisma.ReferralMeasureCreateManyInput[];
  referralMeasureTotal: Prisma.ReferralMeasureTotalCreateManyInput[];
}

export type Table = keyof Rows;

/** Tables in foreign-key order: parents before children. */
export const tables: Table[] = [
  'region',
  'municipality',
  'area',
  'organisation',
  'housingDepartment',
  'person',
  'user',
  'consent',
  'partnership',
  'partnershipArea',
  'partnershipMember',
  'partnershipCoordinator',
  'fundingPool',
  'fundingRound',
  'grant',
  'signOnFee',
  'resource',
  'resourceOpeningHours',
  'resourceException',
  'booking',
  'meeting',
  'agendaItem',
  'meetingInvitation',
  'attendance',
  'minutes',
  'decision',
  'actionItem',
  'activity',
  'volunteerOpportunity',
  'shift',
  'volunteerSignUp',
  'volunteerHours',
  'outcomeReport',
  'lonelinessCount',
  'auditEntry',
  'partnershipGuide',
  'referral',
  'referralStateChange',
  'referralMeasure',
  'referralMeasureTotal',
];

export function emptyRows(): Rows {
  return Object.fromEntries(tables.map((t) => [t, []])) as unknown as Rows;
}

// Models whose updatedAt is set by Prisma (no database default): raw inserts must set it.
const withUpdatedAt = new Set<Table>([
  'area',
  'organisation',
  'user',
  'partnership',
  'grant',
  'meeting',
  'minutes',
  'resource',
  'activity',
  'volunteerOpportunity',
  'outcomeReport',
]);

const ROWS_PER_STATEMENT = 5_000;

type Raw = { $executeRawUnsafe(sql: string, ...values: unknown[]): Promise<number> };

// JSON for json_populate_recordset: BigInt as text (Postgres casts it to bigint), Dates via toJSON.
const toJson = (rows: unknown[]) =>
  JSON.stringify(rows, (_key, value) => (typeof value === 'bigint' ? value.toString() : value));

/**
 * Inserts all rows table by table. createMany through Prisma costs ~0.2 ms of CPU per row, so
 * bulk rows go in as one JSON parameter per statement through json_populate_recordset (the
 * table's own row type does the casting). Rows with the same columns share a statement; columns
 * a row leaves out get their database defaults. Geography rows already present are skipped.
 */
export async function insertRows(
  prisma: Raw,
  rows: Rows,
  onTable?: (table: Table, count: number, ms: number) => void,
): Promise<void> {
  const insertedAt = new Date();
  for (const table of tables) {
    const started = performance.now();
    const model = `"${table[0]?.toUpperCase()}${table.slice(1)}"`;
    const groups = new Map<string, Record<string, unknown>[]>();
    for (const row of rows[table] as Record<string, unknown>[]) {
      if (withUpdatedAt.has(table) && row.updatedAt === undefined)
        row.updatedAt = row.createdAt ?? insertedAt;
      const columns = Object.keys(row)
        .filter((k) => row[k] !== undefined)
        .sort()
        .join(',');
      groups.get(columns)?.push(row) ?? groups.set(columns, [row]);
    }
    const conflict = table === 'region' || table === 'municipality' ? ' ON CONFLICT DO NOTHING' : '';
    for (const [key, group] of groups) {
      const columns = key
        .split(',')
        .map((c) => `"${c}"`)
        .join(', ');
      const sql = `INSERT INTO ${model} (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::${model}, $1::json)${conflict}`;
      for (let i = 0; i < group.length; i += ROWS_PER_STATEMENT) {
        await prisma.$executeRawUnsafe(sql, toJson(group.slice(i, i + ROWS_PER_STATEMENT)));
      }
    }
    onTable?.(table, rows[table].length, performance.now() - started);
  }
}
