'use client';

import { useT } from '../lib/i18n/client';

/**
 * A lazily loaded map until its code arrives (next/dynamic's `loading`, also the server render):
 * the map's own frame, so nothing moves when the map takes its place, saying what the map says
 * while its library loads. Without JavaScript it never arrives: the <noscript> says so instead
 * (explorer.css hides the loading text when the browser has parsed that note as elements).
 */
export function MapPlaceholder({ className = 'map-frame' }: { className?: string }) {
  const t = useT();
  return (
    <div className={className}>
      <p className="map-frame__status" role="status">
        {t('map.loading')}
      </p>
      <noscript>
        <p className="map-frame__status map-frame__no-script">{t('map.noScript')}</p>
      </noscript>
    </div>
  );
}
