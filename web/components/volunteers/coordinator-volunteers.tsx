'use client';

import { useState } from 'react';
import { graphql } from '../../gql';
import { useAppQuery } from '../../lib/apollo/use-app-query';
import { useT } from '../../lib/i18n/client';
import { ActivityManager } from './activity-manager';
import { HoursReview } from './hours-review';
import { SignUpReview } from './sign-up-review';

const CoordinatedPartnershipsQuery = graphql(`
  query CoordinatedPartnerships {
    partnerships(first: 100, coordinatedByMe: true) {
      edges {
        node {
          id
          name
          slug
        }
      }
    }
  }
`);

/** The coordinator's volunteer screens for one partnership at a time. */
export function CoordinatorVolunteers({ initialSlug }: { initialSlug?: string }) {
  const t = useT();
  const { data, error } = useAppQuery(CoordinatedPartnershipsQuery);
  const partnerships = data?.partnerships.edges.map((e) => e.node) ?? [];
  const [chosen, setChosen] = useState<string | null>(null);
  const current =
    partnerships.find((p) => p.id === chosen) ??
    partnerships.find((p) => p.slug === initialSlug) ??
    partnerships[0];

  if (error) {
    return (
      <div className="alert" role="alert">
        <p>{t('volunteers.error')}</p>
      </div>
    );
  }
  if (!data) {
    return (
      <p className="status" role="status">
        {t('volunteers.loading')}
      </p>
    );
  }
  if (!current) return <p className="status">{t('volunteers.coord.noPartnerships')}</p>;
  return (
    <>
      {partnerships.length > 1 && (
        <div className="field">
          <label htmlFor="coord-partnership">{t('volunteers.coord.partnership')}</label>
          <select id="coord-partnership" value={current.id} onChange={(e) => setChosen(e.target.value)}>
            {partnerships.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <h2>{current.name}</h2>
      <SignUpReview partnershipId={current.id} />
      <HoursReview partnershipId={current.id} />
      <ActivityManager partnershipId={current.id} />
    </>
  );
}
