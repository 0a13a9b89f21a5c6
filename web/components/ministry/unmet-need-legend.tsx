'use client';

import { useCallback } from 'react';
import { useLocale, useT } from '../../lib/i18n/client';
import { figureText } from '../referrals/figure-text';
import { type UnmetNeedPoint, unmetNeedColours } from './unmet-need-point';

/** One cell of unmet need in words, as the map's popup shows it. */
export function useDescribeUnmetNeed() {
  const t = useT();
  const locale = useLocale();
  return useCallback(
    (cell: UnmetNeedPoint) =>
      `${cell.areaName ?? t('bridge.noArea')} · ${t(`arena.${cell.arena}`)}: ${figureText(locale, cell.count, t('bridge.hidden'))}`,
    [t, locale],
  );
}

/** The layer's switch and legend entry beside the map: a checkbox, so the keyboard reaches it. */
export function UnmetNeedLegend({
  checked,
  onChange,
}: {
  checked: boolean;
  onChange: (on: boolean) => void;
}) {
  const t = useT();
  return (
    <div className="unmet-legend">
      <h3>{t('ministry.unmet.layer')}</h3>
      <label className="checkbox">
        <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
        <span>{t('ministry.unmet.toggle')}</span>
      </label>
      {checked && (
        <p className="hint">
          <span
            className="swatch swatch--ring"
            style={{ background: unmetNeedColours.fill, borderColor: unmetNeedColours.ring }}
            aria-hidden="true"
          />
          {t('ministry.unmet.legend')}
        </p>
      )}
    </div>
  );
}
