'use client';

import { useState } from 'react';
import { type DocumentType, graphql } from '../../gql';
import { loadBrowserClient } from '../../lib/apollo/browser-client';
import { useT } from '../../lib/i18n/client';
import { MutationAlert } from '../ui/mutation-alert';
import { failureOfError } from '../ui/mutation-failure';
import { useReferralAction } from './use-referral-action';

const EraseMutation = graphql(`
  mutation EraseReferral($input: EraseReferralInput!) {
    eraseReferral(input: $input) {
      __typename
      ... on EraseReferralSuccess { referral { id } }
      ...MutationFailure
    }
  }
`);

const ExportQuery = graphql(`
  query ReferralExport($id: ID!) { node(id: $id) { ... on Referral { personalDataExport } } }
`);

/** The citizen's rights: a copy of everything held, and erasure (withdrawal of consent). */
export function ReferralErase({ id }: { id: string }) {
  const t = useT();
  const erase = useReferralAction(EraseMutation);
  const [confirming, setConfirming] = useState(false);

  async function download() {
    erase.clear();
    let data: DocumentType<typeof ExportQuery> | undefined;
    try {
      const client = await loadBrowserClient();
      ({ data } = await client.query({ query: ExportQuery, variables: { id }, fetchPolicy: 'network-only' }));
    } catch (error) {
      erase.fail(failureOfError(error, [], t)); // signed out, not allowed or unreachable: say which
      return;
    }
    const node = data?.node as { personalDataExport?: unknown } | null | undefined;
    const blob = new Blob([JSON.stringify(node?.personalDataExport ?? null, null, 2)], {
      type: 'application/json',
    });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = 'henvisning.json';
    a.click();
    URL.revokeObjectURL(url);
  }

  return (
    <section className="referral-section" aria-labelledby="erase-heading">
      <h2 id="erase-heading">{t('referrals.erase')}</h2>
      <p>{t('referrals.eraseIntro')}</p>
      <MutationAlert result={erase} showStatus={false} />
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={download}>
          {t('referrals.export')}
        </button>
        {confirming ? (
          <button
            type="button"
            className="button"
            disabled={erase.busy}
            onClick={() => erase.run({ referralId: id })}
          >
            {t('referrals.eraseConfirm')}
          </button>
        ) : (
          <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
            {t('referrals.erase')}
          </button>
        )}
      </div>
    </section>
  );
}
