'use client';

import Link from 'next/link';
import { graphql } from '../gql';
import type { PartnershipHeaderFragment } from '../gql/graphql';
import { useLocale, useT } from '../lib/i18n/client';
import { formatDate } from '../lib/i18n/format';

export const PartnershipHeaderFragmentDoc = graphql(`
  fragment PartnershipHeader on Partnership {
    id
    slug
    name
    description
    status
    arenas
    targetGroups
    startsOn
    endsOn
    viewerCanCoordinate
  }
`);

export function PartnershipHeader({ partnership: p }: { partnership: PartnershipHeaderFragment }) {
  const t = useT();
  const locale = useLocale();
  const start = formatDate(locale, p.startsOn);
  return (
    <header className="partnership-header">
      <p className={`status-badge status-badge--${p.status.toLowerCase()}`}>
        {t(`partnershipStatus.${p.status}`)}
      </p>
      <h1>{p.name}</h1>
      {p.description && <p className="partnership-header__description">{p.description}</p>}
      <dl className="facts">
        <dt>{t('partnership.period')}</dt>
        <dd>
          {p.endsOn ? `${start} – ${formatDate(locale, p.endsOn)}` : t('partnership.periodOpen', { start })}
        </dd>
        <dt>{t('partnership.arenas')}</dt>
        <dd>{p.arenas.map((a) => t(`arena.${a}`)).join(', ') || '–'}</dd>
        <dt>{t('partnership.targetGroups')}</dt>
        <dd>{p.targetGroups.map((g) => t(`targetGroup.${g}`)).join(', ') || '–'}</dd>
      </dl>
      {p.viewerCanCoordinate && (
        <p>
          <Link className="button" href={`/partnerskaber/${p.slug}/rediger`}>
            {t('partnership.edit')}
          </Link>
        </p>
      )}
    </header>
  );
}
