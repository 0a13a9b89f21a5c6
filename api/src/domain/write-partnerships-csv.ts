import { t } from '../i18n.ts';
import { ASSOCIATION_BAR, type MapData } from './load-map-data.ts';
import { BRIDGE_HEADERS } from './referral/bridge-columns.ts';

// For Danish Excel: UTF-8 with a byte-order mark (else Excel guesses Windows-1252), `;` between
// fields (Danish Excel's list separator, since `,` is the decimal mark), CRLF line ends, decimal
// comma without thousands separators, dates as ISO 8601 (Excel reads them as dates).
const BOM = '\uFEFF';
const SEPARATOR = ';';
const EOL = '\r\n';

const headers = [
  'Partnerskab',
  'Status',
  'Livsarenaer',
  'Målgrupper',
  'Boligområder',
  'Kommuner',
  'Regioner',
  'Startdato',
  'Slutdato',
  'Bevilget (kr.)',
  'Udbetalt (kr.)',
  'Frivillige foreninger',
  `Mindst ${ASSOCIATION_BAR} foreninger`,
  'Tilslutningsbidrag (kr.)',
  'Antal tilslutningsbidrag',
  'Deltagere nået',
  'Nye deltagere i fællesskaber',
  'Aktiviteter afholdt',
  'Aktive frivillige',
  'Godkendte frivillige timer',
  ...BRIDGE_HEADERS,
] as const;

const kr = (ore: bigint) => {
  const negative = ore < 0n;
  const abs = negative ? -ore : ore;
  return `${negative ? '-' : ''}${abs / 100n},${String(abs % 100n).padStart(2, '0')}`;
};
const decimal = (n: number) => String(Math.round(n * 100) / 100).replace('.', ',');
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : '');
const unique = (values: string[]) => [...new Set(values)].join(', ');

/** Quotes when needed and defuses formula injection (a leading = + - @ would run in Excel). */
function cell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** `bridge`: the suppressed referral counts per partnership (domain/referral/bridge-columns.ts). */
export function writePartnershipsCsv(data: MapData, bridge: Map<string, string[]> = new Map()): string {
  const rows = data.partnerships.map((p) => [
    p.name,
    t('da', `ministry.status.${p.status}`),
    p.arenas.map((a) => t('da', `ministry.arena.${a}`)).join(', '),
    p.targetGroups.map((g) => t('da', `ministry.targetGroup.${g}`)).join(', '),
    p.areas.map((a) => a.name).join(', '),
    unique(p.areas.map((a) => a.municipalityName)),
    unique(p.areas.map((a) => a.regionName)),
    day(p.startsOn),
    day(p.endsOn),
    kr(p.grantedOre),
    kr(p.paidOre),
    p.associations,
    t('da', p.associations >= ASSOCIATION_BAR ? 'ministry.yes' : 'ministry.no'),
    kr(p.signOnFeesOre),
    p.signOnFeeCount,
    p.participantsReached,
    p.newParticipantsBridged,
    p.activitiesHeld,
    p.volunteersActive,
    decimal(p.approvedHours),
    ...(bridge.get(p.id) ?? BRIDGE_HEADERS.map(() => '')),
  ]);
  const lines = [headers.map(cell), ...rows.map((row) => row.map(cell))].map((row) => row.join(SEPARATOR));
  return BOM + lines.join(EOL) + EOL;
}
