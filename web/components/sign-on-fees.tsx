'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { graphql } from '../gql';
import { useAppQuery } from '../lib/apollo/use-app-query';
import { appendPage } from '../lib/append-page';
import { useLocale, useT } from '../lib/i18n/client';
import { formatDate, formatKroner } from '../lib/i18n/format';
import { ListBody } from './list-body';
import { memberAndFeeDocuments, PartnershipSignOnFeesQuery } from './partnership-documents';
import { type CorrectedFee, SignOnFeeCorrectionForm } from './sign-on-fee-correction-form';
import { StatusMessage } from './status-message';
import { ConfirmAction } from './ui/confirm-action';
import { LoadMore } from './ui/load-more';
import { MutationAlert } from './ui/mutation-alert';
import { TableScroll } from './ui/table-scroll';
import { useMutationResult } from './ui/use-mutation-result';

const DeleteSignOnFeeMutation = graphql(`
  mutation DeleteSignOnFee($input: DeleteSignOnFeeInput!) {
    deleteSignOnFee(input: $input) {
      __typename
      ...MutationFailure
    }
  }
`);

type Message = { text: string; error: boolean };

/** The recorded sign-on fees; coordinators correct one or delete it (after confirming). */
export function SignOnFees({ slug, canCoordinate }: { slug: string; canCoordinate: boolean }) {
  const t = useT();
  const router = useRouter();
  const { data, loading, error, fetchMore } = useAppQuery(PartnershipSignOnFeesQuery, {
    variables: { slug },
  });
  const [message, setMessage] = useState<Message | null>(null);
  const removal = useMutationResult({ refetch: memberAndFeeDocuments, refresh: true });
  const [editing, setEditing] = useState<CorrectedFee | null>(null);
  const connection = data?.partnership?.signOnFees;
  const fees = connection?.edges.map((e) => e.node) ?? [];

  // Back to the row's edit button when the form closes, so keyboard users keep their place.
  function closeForm(id: string) {
    setEditing(null);
    requestAnimationFrame(() => document.getElementById(`fee-edit-${id}`)?.focus());
  }

  return (
    <div className="sign-on-fees" aria-busy={loading}>
      <h3 id="sign-on-fees-title" tabIndex={-1}>
        {t('partnership.fees.title')}
      </h3>
      <StatusMessage message={message} />
      <MutationAlert result={removal} showStatus={false} />
      <ListBody
        loaded={!!connection}
        loading={loading}
        error={error}
        empty={fees.length === 0}
        errorText={t('partnership.fees.error')}
        loadingText={t('partnership.fees.loading')}
        loadingClassName="status"
        emptyText={t('partnership.fees.empty')}
      >
        <TableScroll label={t('a11y.wideTable')}>
          <table className="data-table" aria-labelledby="sign-on-fees-title">
            <thead>
              <tr>
                <th scope="col">{t('partnership.fee.member')}</th>
                <th scope="col">{t('partnership.grant.amount')}</th>
                <th scope="col">{t('partnership.fee.paidOn')}</th>
                <th scope="col">{t('partnership.fees.note')}</th>
                {canCoordinate && <td />}
              </tr>
            </thead>
            <tbody>
              {fees.map((fee) => (
                <SignOnFeeRow
                  key={fee.id}
                  fee={fee}
                  canCoordinate={canCoordinate}
                  onEdit={() => {
                    setMessage(null);
                    setEditing(fee);
                  }}
                  busy={removal.busy}
                  onDelete={async () => {
                    setMessage(null);
                    const deleted = await removal.run(DeleteSignOnFeeMutation, { input: { id: fee.id } });
                    if (!deleted.ok) return false;
                    if (editing?.id === fee.id) setEditing(null);
                    setMessage({
                      text: t('partnership.fee.deleted', { name: fee.member.organisation.name }),
                      error: false,
                    });
                    // The row is gone: focus goes to the list's heading, next to the status.
                    document.getElementById('sign-on-fees-title')?.focus();
                    return true;
                  }}
                />
              ))}
            </tbody>
          </table>
        </TableScroll>
      </ListBody>
      {connection?.pageInfo.hasNextPage && (
        <LoadMore
          label={t('partnership.member.showMore')}
          load={() =>
            fetchMore({
              variables: { after: connection.pageInfo.endCursor },
              updateQuery: appendPage(['partnership', 'signOnFees']),
            })
          }
        />
      )}
      {canCoordinate && editing && (
        <SignOnFeeCorrectionForm
          key={editing.id}
          fee={editing}
          onSaved={(name) => {
            setMessage({ text: t('partnership.fee.corrected', { name }), error: false });
            closeForm(editing.id);
            router.refresh();
          }}
          onCancel={() => closeForm(editing.id)}
        />
      )}
    </div>
  );
}

function SignOnFeeRow({
  fee,
  canCoordinate,
  onEdit,
  busy,
  onDelete,
}: {
  fee: CorrectedFee;
  canCoordinate: boolean;
  onEdit: () => void;
  busy: boolean;
  /** Resolves to whether the fee was deleted (the list shows the outcome). */
  onDelete: () => Promise<boolean>;
}) {
  const t = useT();
  const locale = useLocale();
  const name = fee.member.organisation.name;
  return (
    <tr>
      <th scope="row">{name}</th>
      <td>{formatKroner(locale, Number(fee.amount) / 100)}</td>
      <td>{formatDate(locale, fee.paidOn, { dateStyle: 'medium' })}</td>
      <td>{fee.note || '–'}</td>
      {canCoordinate && (
        <td>
          <button type="button" className="link-button" id={`fee-edit-${fee.id}`} onClick={onEdit}>
            {t('partnership.fee.correct')}
            <span className="visually-hidden"> {name}</span>
          </button>{' '}
          <ConfirmAction
            label={t('partnership.fee.delete')}
            name={`${t('partnership.fee.delete')} ${name}`}
            question={t('partnership.fee.confirmDelete', { name })}
            yes={t('partnership.fee.confirmYes')}
            busy={busy}
            onConfirm={onDelete}
          />
        </td>
      )}
    </tr>
  );
}
