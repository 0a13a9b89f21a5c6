import { t } from '../../i18n.ts';
import { decimal } from '../danish-csv.ts';
import type { Figures } from './figures.ts';
import { type Cell, cellText } from './suppression.ts';

/** The bridge-building figures of the exports, in column order, with their CSV headers. */
export const BRIDGE_COLUMNS: [keyof Figures, string][] = [
  ['referred', 'Henvist'],
  ['contactedWithinTarget', 'Kontaktet inden for 14 dage'],
  ['connected', 'Koblet'],
  ['firstAttendance', 'Første deltagelse bekræftet'],
  ['stillTakingPart', 'Deltager efter 3 måneder'],
  ['medianDaysToFirstAttendance', 'Mediandage til første deltagelse'],
  ['tilsBaselineMean', 'T-ILS før (3-9)'],
  ['tilsLaterMean', 'T-ILS efter (3-9)'],
  ['who5BaselinePercent', 'WHO-5 før (0-100)'],
  ['who5LaterPercent', 'WHO-5 efter (0-100)'],
];

export const BRIDGE_HEADERS = BRIDGE_COLUMNS.map(([, header]) => header);

/** A figure as a CSV cell: "<5", "skjult", a number with a decimal comma, or empty when unknown. */
const csvCell = (cell: Cell) =>
  cell.suppression || cell.value === null ? cellText(cell, t('da', 'referral.hidden')) : decimal(cell.value);

/** Per partnership: its figures' CSV cells in BRIDGE_COLUMNS order. */
export function bridgeCsvCells(figures: Figures | undefined): string[] {
  return BRIDGE_COLUMNS.map(([name]) => (figures ? csvCell(figures[name]) : ''));
}
