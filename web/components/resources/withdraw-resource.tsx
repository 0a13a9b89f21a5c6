'use client';

import { graphql } from '../../gql';
import { useT } from '../../lib/i18n/client';
import { ConfirmAction } from '../ui/confirm-action';
import { MutationAlert } from '../ui/mutation-alert';
import { useMutationResult } from '../ui/use-mutation-result';

const WithdrawResourceMutation = graphql(`
  mutation WithdrawResource($input: WithdrawResourceInput!) {
    withdrawResource(input: $input) {
      __typename
      ...MutationFailure
    }
  }
`);

/**
 * Withdraws a resource offered by mistake, after saying what happens to its bookings. Stays
 * mounted once withdrawn (the page refreshes), so the announcement is not lost.
 */
export function WithdrawResource({
  resourceId,
  title,
  withdrawn,
}: {
  resourceId: string;
  title: string;
  withdrawn: boolean;
}) {
  const t = useT();
  const withdrawal = useMutationResult({ refresh: true });
  return (
    <div className="resource-withdraw">
      <MutationAlert result={withdrawal} />
      {!withdrawn && (
        <ConfirmAction
          label={t('res.withdraw')}
          question={t('res.confirmWithdraw', { title })}
          yes={t('res.confirmWithdrawYes')}
          busy={withdrawal.busy}
          onConfirm={async () =>
            (await withdrawal.run(WithdrawResourceMutation, { input: { resourceId } }, t('res.withdrawn'))).ok
          }
        />
      )}
    </div>
  );
}
