'use client';

import { useLocale, useT } from '../../lib/i18n/client';
import { formatKroner } from '../../lib/i18n/format';
import { TableScroll } from '../ui/table-scroll';
import { EditButton } from './admin-list';
import type { Grant } from './funding-types';
import { statuses, type useSaveGrant } from './use-save-grant';

/** The grants, each with "Rediger" and a button that moves it to its next status. */
export function GrantsList({
  grants,
  onEdit,
  onSave,
}: {
  grants: Grant[];
  onEdit: (grant: Grant) => void;
  onSave: ReturnType<typeof useSaveGrant>['submit'];
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <section aria-labelledby="admin-grants" className="admin-grid__wide">
      <h3 id="admin-grants">{t('admin.grant.list')}</h3>
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
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
