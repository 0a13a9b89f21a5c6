'use client';

import Link from 'next/link';
import { graphql } from '../../gql';
import type { ResourceCardFragment } from '../../gql/graphql';
import { useLocale, useT } from '../../lib/i18n/client';
import { formatNumber } from '../../lib/i18n/format';
import { resourcePath } from './resource-ids';

export const ResourceCard = graphql(`
  fragment ResourceCard on Resource {
    id
    kind
    title
    capacity
    address
    audience
    requiresApproval
    location {
      lat
      lon
    }
    owner {
      id
      name
    }
    partnership {
      id
      name
    }
    area {
      id
      name
    }
  }
`);

export function ResourceCardView({ resource }: { resource: ResourceCardFragment }) {
  const t = useT();
  const locale = useLocale();
  return (
    <article className="resource-card">
      <h3>
        <Link href={resourcePath(resource.id)}>{resource.title}</Link>
      </h3>
      <p className="meta">
        {t(`res.kind.${resource.kind}`)}
        {resource.capacity != null &&
          ` · ${t('res.capacity', { count: formatNumber(locale, resource.capacity) })}`}
        {resource.area && ` · ${resource.area.name}`}
      </p>
      <p className="meta">
        {resource.owner.name} · {resource.partnership.name}
      </p>
      {resource.address && <p className="meta">{resource.address}</p>}
      <p className="meta">
        {resource.requiresApproval ? t('res.requiresApproval') : t('res.confirmsAtOnce')}
      </p>
    </article>
  );
}
