'use client';

import { graphql } from '../../gql';
import type { BridgeFiguresTableFragment } from '../../gql/graphql';
import { useLocale, useT } from '../../lib/i18n/client';
import { figureText } from './figure-text';

export const BridgeFiguresFragment = graphql(`
  fragment BridgeFiguresTable on BridgeFigures {
    referred { value suppression }
    contactedWithinTarget { value suppression }
    connected { value suppression }
    firstAttendance { value suppression }
    stillTakingPart { value suppression }
    medianDaysToFirstAttendance { value suppression }
    pairs { value suppression }
    tilsBaselineMean { value suppression }
    tilsLaterMean { value suppression }
    who5BaselinePercent { value suppression }
    who5LaterPercent { value suppression }
  }
`);

const ROWS = [
  'referred',
  'contactedWithinTarget',
  'connected',
  'firstAttendance',
  'stillTakingPart',
  'medianDaysToFirstAttendance',
  'pairs',
] as const;

/** The handover, counted: one table shared by the partnership page and the ministry. */
export function BridgeFiguresTable({
  figures: f,
  caption,
}: {
  figures: BridgeFiguresTableFragment;
  caption: string;
}) {
  const t = useT();
  const locale = useLocale();
  const text = (cell: Parameters<typeof figureText>[1]) => figureText(locale, cell, t('bridge.hidden'));
  return (
    <table className="figure-table">
      <caption className="hint">{caption}</caption>
      <tbody>
        {ROWS.map((row) => (
          <tr key={row}>
            <th scope="row">{t(`bridge.${row}`)}</th>
            <td>{text(f[row])}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">{t('bridge.tils')}</th>
          <td>
            {text(f.tilsBaselineMean)} → {text(f.tilsLaterMean)}
          </td>
        </tr>
        <tr>
          <th scope="row">{t('bridge.who5')}</th>
          <td>
            {text(f.who5BaselinePercent)} → {text(f.who5LaterPercent)}
          </td>
        </tr>
      </tbody>
    </table>
  );
}
