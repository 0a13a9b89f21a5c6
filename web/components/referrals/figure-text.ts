import { formatNumber } from '../../lib/i18n/format';
import type { Locale } from '../../lib/i18n/messages';

type Cell = { value?: number | null; suppression?: 'SMALL' | 'COMPLEMENT' | null } | null | undefined;

/** A suppressed figure as people read it: "<5" for 1-4, the hidden word for a complement, or the number. */
export function figureText(locale: Locale, cell: Cell, hidden: string): string {
  if (cell?.suppression === 'SMALL') return '<5';
  if (cell?.suppression === 'COMPLEMENT') return hidden;
  return cell?.value == null ? '–' : formatNumber(locale, cell.value, { maximumFractionDigits: 1 });
}
