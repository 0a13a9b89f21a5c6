'use client';

import { useState } from 'react';
import { graphql } from '../../gql';
import { useAppQuery } from '../../lib/apollo/use-app-query';
import { useT } from '../../lib/i18n/client';
import { MutationAlert } from '../ui/mutation-alert';
import { useMutationResult } from '../ui/use-mutation-result';

const HostLinkQuery = graphql(`
  query HostLink($token: String!) { hostLink(token: $token) { purpose firstName placeName } }
`);

const ConfirmMutation = graphql(`
  mutation ConfirmHostLink($input: ConfirmHostLinkInput!) {
    confirmHostLink(input: $input) {
      __typename
      ... on ConfirmHostLinkSuccess { confirmation { purpose takingPart } }
      ...MutationFailure
    }
  }
`);

/** The host's page: the first name and the place only, and one answer. No account needed. */
export function HostConfirm({ token }: { token: string }) {
  const t = useT();
  const { data, loading, error } = useAppQuery(HostLinkQuery, {
    variables: { token },
    fetchPolicy: 'network-only',
  });
  const result = useMutationResult();
  const saving = result.busy;
  const [answered, setAnswered] = useState(false);
  if (loading && !data) return <p aria-live="polite">{t('referrals.loading')}</p>;
  const view = data?.hostLink;
  if (error && !data) return <p role="alert">{t('failure.unreachable')}</p>;
  if (!view && !answered) return <p role="alert">{t('host.invalid')}</p>;
  const vars = { name: view?.firstName ?? '', place: view?.placeName ?? '' };

  async function answer(takingPart: boolean) {
    const outcome = await result.run(ConfirmMutation, { input: { token, takingPart } }, (saved) => {
      const kept = saved.confirmation.purpose === 'FIRST_ATTENDANCE' && !takingPart;
      return kept ? t('host.keep', vars) : t('host.thanks');
    });
    if (outcome.ok) setAnswered(!(outcome.data.confirmation.purpose === 'FIRST_ATTENDANCE' && !takingPart));
  }

  const first = view?.purpose === 'FIRST_ATTENDANCE';
  return (
    <>
      <MutationAlert result={result} />
      {!answered && view && (
        <>
          <p>{first ? t('host.firstIntro', vars) : t('host.followIntro', vars)}</p>
          <div className="button-row">
            <button type="button" className="button" disabled={saving} onClick={() => answer(true)}>
              {first ? t('host.firstYes', vars) : t('host.followYes')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              disabled={saving}
              onClick={() => answer(false)}
            >
              {first ? t('host.firstNotYet') : t('host.followNo')}
            </button>
          </div>
        </>
      )}
    </>
  );
}
