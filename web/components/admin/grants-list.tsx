'use client';

import { graphql } from '../../gql';
import { useLocale, useT } from '../../lib/i18n/client';
import { formatKroner } from '../../lib/i18n/format';
import { ConfirmAction } from '../ui/confirm-action';
import { LoadMore } from '../ui/load-more';
import { MutationAlert } from '../ui/mutation-alert';
import { TableScroll } from '../ui/table-scroll';
import { useMutationResult } from '../ui/use-mutation-result';
import { EditButton } from './admin-list';
import type { Grant } from './funding-types';
import { statuses, type useSaveGrant } from './use-save-grant';

const DeleteGrant = graphql(`
  mutation AdminDeleteGrant($input: DeleteGrantInput!) {
    deleteGrant(input: $input) {
      __typename
      ...MutationFailure
    }
  }
`);

/**
 * The grants, each with "Rediger", a button that moves it to its next status and, while nothing
 * of it is paid, "Slet" (after confirming; the history keeps it).
 */
export function GrantsList({
  grants,
  onEdit,
  onSave,
  onDeleted,
  onMore,
}: {
  grants: Grant[];
  onEdit: (grant: Grant) => void;
  onSave: ReturnType<typeof useSaveGrant>['submit'];
  onDeleted: () => Promise<unknown>;
  /** The next page of grants, when there is one. */
  onMore?: () => Promise<unknown>;
}) {
  const t = useT();
  const locale = useLocale();
  const removal = useMutationResult();
  async function remove(grant: Grant) {
    const { ok } = await removal.run(
      DeleteGrant,
      { input: { id: grant.id } },
      t('admin.grant.deleted', { caseNumber: grant.caseNumber }),
    );
    if (ok) await onDeleted();
    return ok;
  }
  return (
    <section aria-labelledby="admin-grants" className="admin-grid__wide">
      <h3 id="admin-grants">{t('admin.grant.list')}</h3>
      <MutationAlert result={removal} />
      <TableScroll label={t('a11y.wideTable')}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('admin.grant.caseNumber')}</th>
              <th scope="col">{t('admin.grant.partnership')}</th>
              <th scope="col">{t('partnership.grant.amount')}</th>
              <th scope="col">{t('admin.grant.status')}</th>
              <td />
            </tr>
          </thead>
          <tbody>
            {grants.map((g) => {
              const next = statuses[statuses.indexOf(g.status) + 1];
              return (
                <tr key={g.id}>
                  <th scope="row">{g.caseNumber}</th>
                  <td>{g.partnership.name}</td>
                  <td>{formatKroner(locale, Number(g.amount) / 100)}</td>
                  <td>{t(`grantStatus.${g.status}`)}</td>
                  <td>
                    <EditButton name={g.caseNumber} onClick={() => onEdit(g)} />{' '}
                    {next && (
                      <button
                        type="button"
                        className="link-button"
                        onClick={() =>
                          onSave({
                            id: g.id,
                            roundId: g.round.id,
                            partnershipId: g.partnership.id,
                            recipientOrganisationId: g.recipientOrganisation.id,
                            caseNumber: g.caseNumber,
                            amount: g.amount,
                            paid: next === 'PAID' ? g.amount : g.paid,
                            status: next,
                            startsOn: g.startsOn,
                            endsOn: g.endsOn,
                            awardedOn:
                              g.awardedOn ??
                              (next === 'GRANTED' ? new Date().toISOString().slice(0, 10) : null),
                          })
                        }
                      >
                        {t('admin.grant.advance', {
                          caseNumber: g.caseNumber,
                          status: t(`grantStatus.${next}`),
                        })}
                      </button>
                    )}{' '}
                    {Number(g.paid) === 0 && (g.status === 'APPLIED' || g.status === 'GRANTED') && (
                      <ConfirmAction
                        label={t('admin.grant.delete', { caseNumber: g.caseNumber })}
                        question={t('admin.grant.confirmDelete', { caseNumber: g.caseNumber })}
                        yes={t('admin.grant.confirmDeleteYes')}
                        busy={removal.busy}
                        onConfirm={() => remove(g)}
                      />
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      {onMore && <LoadMore label={t('meetings.loadMore')} load={onMore} />}
    </section>
  );
}
