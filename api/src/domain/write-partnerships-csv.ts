import { t } from '../i18n.ts';
import { ASSOCIATION_BAR, meetsBar } from './association-bar.ts';
import { danishCsv, decimal, list } from './danish-csv.ts';
import type { MapData } from './load-map-data.ts';
import { BRIDGE_HEADERS, bridgeCsvCells } from './referral/bridge-columns.ts';
import type { Figures } from './referral/figures.ts';

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
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : '');
const unique = (values: string[]) => list([...new Set(values)]);
/** Whether the pool's association bar is met: Ja, Nej, or – where no pool of it sets one. */
const barCell = (met: boolean | null) => (met === null ? '–' : t('da', met ? 'ministry.yes' : 'ministry.no'));

/** `bridge`: the suppressed bridge-building figures per partnership (domain/referral/figures.ts). */
export function writePartnershipsCsv(data: MapData, bridge: Map<string, Figures> = new Map()): string {
  const rows = data.partnerships.map((p) => [
    p.name,
    t('da', `ministry.status.${p.status}`),
    list(p.arenas.map((a) => t('da', `ministry.arena.${a}`))),
    list(p.targetGroups.map((g) => t('da', `ministry.targetGroup.${g}`))),
    list(p.areas.map((a) => a.name)),
    unique(p.areas.map((a) => a.municipalityName)),
    unique(p.areas.map((a) => a.regionName)),
    day(p.startsOn),
    day(p.endsOn),
    kr(p.grantedOre),
    kr(p.paidOre),
    p.associations,
    barCell(meetsBar(p.associations, p.associationBar)),
    kr(p.signOnFeesOre),
    p.signOnFeeCount,
    p.participantsReached,
    p.newParticipantsBridged ?? t('da', 'referral.hidden'),
    p.activitiesHeld,
    p.volunteersActive,
    decimal(p.approvedHours),
    ...bridgeCsvCells(bridge.get(p.id)),
  ]);
  return danishCsv(headers, rows);
}
