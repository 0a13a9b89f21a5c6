'use client';

import { graphql } from '../../gql';
import { useAppQuery } from '../../lib/apollo/use-app-query';
import { useT } from '../../lib/i18n/client';
import { PartnershipBridgeQuery } from '../partnership-documents';
import { MutationAlert } from '../ui/mutation-alert';
import { useMutationResult } from '../ui/use-mutation-result';
import { PartnershipBridgeFigures } from './partnership-bridge-figures';
import { UnmetNeedList } from './unmet-need';

const SetGuideMutation = graphql(`
  mutation SetPartnershipGuide($input: SetPartnershipGuideInput!) {
    setPartnershipGuide(input: $input) {
      __typename
      ... on SetPartnershipGuideSuccess { partnership { id } }
      ...MutationFailure
    }
  }
`);

const AgendaMutation = graphql(`
  mutation AddUnmetNeedToAgenda($input: AddUnmetNeedToAgendaInput!) {
    addUnmetNeedToAgenda(input: $input) {
      __typename
      ... on AddUnmetNeedToAgendaSuccess { agendaItem { id } }
      ...MutationFailure
    }
  }
`);

/** The coordinators' view of bridge-building: counts only, unmet need, and who the guides are. */
export function PartnershipBridgeSection({
  partnershipId,
  slug,
  canCoordinate,
}: {
  partnershipId: string;
  slug: string;
  canCoordinate: boolean;
}) {
  const t = useT();
  const { data, loading, error } = useAppQuery(PartnershipBridgeQuery, {
    variables: { id: partnershipId },
    skip: !canCoordinate,
  });
  const guide = useMutationResult({ refetch: [PartnershipBridgeQuery] });
  const agenda = useMutationResult();
  if (!canCoordinate) return null;
  const p = data?.node && 'referralStates' in data.node ? data.node : null;

  return (
    <section className="partnership-section referral-section" aria-labelledby="bridge-heading">
      <h2 id="bridge-heading">{t('bridge.title')}</h2>
      <p className="hint">{t('bridge.intro')}</p>
      {loading && !data && <p aria-live="polite">{t('bridge.loading')}</p>}
      {error && !data && <p role="alert">{t('bridge.error')}</p>}
      <PartnershipBridgeFigures partnershipId={partnershipId} slug={slug} />
      {p && (
        <>
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
            disabled={agenda.busy}
            onClick={() =>
              agenda.run(AgendaMutation, { input: { partnershipId } }, t('bridge.addedToAgenda'))
            }
          >
            {t('bridge.toAgenda')}
          </button>
          <MutationAlert result={agenda} />
          <h3>{t('bridge.guides')}</h3>
          <p className="hint">{t('bridge.guidesIntro')}</p>
          <ul className="plain-list">
            {p.guideCandidates.map((g) => (
              <li key={g.userId} className="field">
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={g.isGuide}
                    disabled={guide.busy}
                    onChange={(e) =>
                      guide.run(
                        SetGuideMutation,
                        { input: { partnershipId, userId: g.userId, guide: e.target.checked } },
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
          <MutationAlert result={guide} />
        </>
      )}
    </section>
  );
}
