'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../gql';
import { useT } from '../../lib/i18n/client';
import { PartnershipBridgeQuery } from '../partnership-documents';
import { StatusMessage } from '../status-message';
import { BridgeFiguresTable } from './bridge-figures';
import { UnmetNeedList } from './unmet-need';

const SetGuideMutation = graphql(`
  mutation SetPartnershipGuide($input: SetPartnershipGuideInput!) {
    setPartnershipGuide(input: $input) {
      __typename
      ... on SetPartnershipGuideSuccess { partnership { id } }
      ... on Error { message }
    }
  }
`);

const AgendaMutation = graphql(`
  mutation AddUnmetNeedToAgenda($input: AddUnmetNeedToAgendaInput!) {
    addUnmetNeedToAgenda(input: $input) {
      __typename
      ... on AddUnmetNeedToAgendaSuccess { agendaItem { id } }
      ... on Error { message }
    }
  }
`);

type Message = { text: string; error: boolean } | null;

/** The coordinators' view of bridge-building: counts only, unmet need, and who the guides are. */
export function PartnershipBridgeSection({
  partnershipId,
  canCoordinate,
}: {
  partnershipId: string;
  canCoordinate: boolean;
}) {
  const t = useT();
  const { data, loading, error } = useQuery(PartnershipBridgeQuery, {
    variables: { id: partnershipId },
    skip: !canCoordinate,
  });
  const [setGuide, guideState] = useMutation(SetGuideMutation, {
    refetchQueries: ['PartnershipBridge'],
    awaitRefetchQueries: true,
  });
  const [toAgenda, agendaState] = useMutation(AgendaMutation);
  const [message, setMessage] = useState<Message>(null);
  if (!canCoordinate) return null;
  const p = data?.node && 'bridgeFigures' in data.node ? data.node : null;

  async function run(promise: Promise<{ data?: unknown }>, success: string) {
    setMessage(null);
    try {
      const payload = Object.values((await promise).data ?? {})[0] as
        | { __typename?: string; message?: string }
        | undefined;
      setMessage(
        payload?.__typename?.endsWith('Success')
          ? { text: success, error: false }
          : { text: payload?.message ?? t('form.networkError'), error: true },
      );
    } catch {
      setMessage({ text: t('form.networkError'), error: true });
    }
  }

  return (
    <section className="partnership-section referral-section" aria-labelledby="bridge-heading">
      <h2 id="bridge-heading">{t('bridge.title')}</h2>
      <p className="hint">{t('bridge.intro')}</p>
      {loading && !data && <p aria-live="polite">{t('bridge.loading')}</p>}
      {error && !data && <p role="alert">{t('bridge.error')}</p>}
      <StatusMessage message={message} />
      {p && (
        <>
          <BridgeFiguresTable figures={p.bridgeFigures} caption={t('bridge.title')} />
          <h3>{t('bridge.byState')}</h3>
          <ul>
            {p.referralStates.map((s) => (
              <li key={s.state}>
                {t(`referrals.state.${s.state}`)}: {s.suppressed ? '<5' : s.count}
              </li>
            ))}
          </ul>
          <h3>{t('bridge.unmet')}</h3>
          <UnmetNeedList cells={p.unmetNeed} />
          <button
            type="button"
            className="button button--secondary"
            disabled={agendaState.loading}
            onClick={() =>
              run(toAgenda({ variables: { input: { partnershipId } } }), t('bridge.addedToAgenda'))
            }
          >
            {t('bridge.toAgenda')}
          </button>
          <h3>{t('bridge.guides')}</h3>
          <p className="hint">{t('bridge.guidesIntro')}</p>
          <ul className="plain-list">
            {p.guideCandidates.map((g) => (
              <li key={g.userId} className="field">
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={g.isGuide}
                    disabled={guideState.loading}
                    onChange={(e) =>
                      run(
                        setGuide({
                          variables: { input: { partnershipId, userId: g.userId, guide: e.target.checked } },
                        }),
                        t('bridge.saved'),
                      )
                    }
                  />
                  <span>
                    {t('bridge.isGuide', { name: g.name })}
                    {g.isCoordinator ? ` (${t('bridge.coordinator')})` : ''}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
