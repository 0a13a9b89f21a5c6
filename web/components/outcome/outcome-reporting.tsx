'use client';

import Link from 'next/link';
import { useState } from 'react';
import { graphql } from '../../gql';
import { useAppQuery } from '../../lib/apollo/use-app-query';
import { appendPage } from '../../lib/append-page';
import { useLocale, useT } from '../../lib/i18n/client';
import { formatDate, formatNumber } from '../../lib/i18n/format';
import { ConfirmAction } from '../ui/confirm-action';
import { LoadMore } from '../ui/load-more';
import { MutationAlert } from '../ui/mutation-alert';
import { PageState } from '../ui/page-state';
import { TableScroll } from '../ui/table-scroll';
import { useMutationResult } from '../ui/use-mutation-result';
import { OutcomeReportForm } from './outcome-report-form';

const OutcomeReportingQuery = graphql(`
  query OutcomeReporting($slug: String!, $after: String) {
    partnership(slug: $slug) {
      id
      name
      slug
      viewerCanCoordinate
      countsBridgedParticipants
      outcomeReports(first: 20, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            ...OutcomeReportFields
          }
        }
      }
    }
  }
`);

const DeleteOutcomeReport = graphql(`
  mutation DeleteOutcomeReport($input: DeleteOutcomeReportInput!) {
    deleteOutcomeReport(input: $input) {
      __typename
      ...MutationFailure
    }
  }
`);

/** A partnership's outcome reports; its coordinators add, correct and delete them. */
export function OutcomeReporting({ slug }: { slug: string }) {
  const t = useT();
  const locale = useLocale();
  const { data, loading, error, fetchMore } = useAppQuery(OutcomeReportingQuery, {
    variables: { slug },
    errorPolicy: 'all',
  });
  const [editing, setEditing] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [savedNew, setSavedNew] = useState(false);
  const removal = useMutationResult({ refetch: [OutcomeReportingQuery] });
  const partnership = data?.partnership;
  // A missing (or hidden) partnership answers null; any other failure is not "not found".
  if (!partnership?.outcomeReports)
    return (
      <PageState
        title={t('outcome.section')}
        loading={loading && !data}
        error={data ? null : error}
        texts={{
          loading: t('ministry.loading'),
          notFound: t('outcome.notFound'),
          failed: t('outcome.loadError'),
        }}
      />
    );
  const { pageInfo } = partnership.outcomeReports;
  const reports = partnership.outcomeReports.edges.map((e) => e.node);
  const editingReport = reports.find((r) => r.id === editing) ?? null;
  const n = (value: number) => formatNumber(locale, value);
  const periodOf = (r: (typeof reports)[number]) => ({
    from: formatDate(locale, r.periodStart),
    to: formatDate(locale, r.periodEnd),
  });
  async function remove(r: (typeof reports)[number]) {
    const { ok } = await removal.run(
      DeleteOutcomeReport,
      { input: { reportId: r.id } },
      t('outcome.deleted', periodOf(r)),
    );
    if (ok && editing === r.id) setEditing(null);
    return ok;
  }

  return (
    <>
      <h1>{t('outcome.title', { name: partnership.name })}</h1>
      <p>{t('outcome.intro')}</p>
      <p>
        <Link href={`/partnerskaber/${partnership.slug}`}>{t('outcome.back')}</Link>
      </p>
      <section aria-labelledby="outcome-list-heading">
        <h2 id="outcome-list-heading">{t('outcome.list')}</h2>
        <MutationAlert result={removal} />
        {reports.length === 0 ? (
          <p>{t('outcome.none')}</p>
        ) : (
          <TableScroll label={t('a11y.wideTable')}>
            <table className="outcome-reports">
              <thead>
                <tr>
                  <th scope="col">{t('outcome.period')}</th>
                  <th scope="col">{t('outcome.participantsReached')}</th>
                  <th scope="col">{t('outcome.newParticipantsBridged')}</th>
                  <th scope="col">{t('outcome.activitiesHeld')}</th>
                  <th scope="col">{t('outcome.volunteersActive')}</th>
                  {partnership.viewerCanCoordinate && <td />}
                </tr>
              </thead>
              <tbody>
                {reports.map((r) => (
                  <tr key={r.id}>
                    <th scope="row">
                      {formatDate(locale, r.periodStart)} – {formatDate(locale, r.periodEnd)}
                    </th>
                    <td>{n(r.participantsReached)}</td>
                    <td>
                      {partnership.countsBridgedParticipants
                        ? t('outcome.bridgedCounted')
                        : n(r.newParticipantsBridged)}
                    </td>
                    <td>{n(r.activitiesHeld)}</td>
                    <td>{n(r.volunteersActive)}</td>
                    {partnership.viewerCanCoordinate && (
                      <td>
                        <button
                          type="button"
                          className="button"
                          onClick={() => {
                            setSavedNew(false);
                            setEditing(r.id);
                          }}
                          aria-label={t('outcome.edit', periodOf(r))}
                        >
                          {t('outcome.editButton')}
                        </button>{' '}
                        <ConfirmAction
                          label={t('outcome.deleteButton')}
                          name={t('outcome.delete', periodOf(r))}
                          question={t('outcome.confirmDelete', periodOf(r))}
                          yes={t('outcome.confirmDeleteYes')}
                          busy={removal.busy}
                          onConfirm={() => remove(r)}
                        />
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
        {pageInfo.hasNextPage && (
          <LoadMore
            label={t('outcome.more')}
            load={() =>
              fetchMore({
                variables: { after: pageInfo.endCursor },
                updateQuery: appendPage(['partnership', 'outcomeReports']),
              })
            }
          />
        )}
      </section>
      {partnership.viewerCanCoordinate ? (
        <OutcomeReportForm
          key={`${editing ?? 'new'}-${formKey}`}
          partnershipId={partnership.id}
          countsBridged={partnership.countsBridgedParticipants}
          report={editingReport}
          justSaved={!editing && savedNew}
          refetch={[OutcomeReportingQuery]}
          onSaved={() => {
            if (!editing) {
              setSavedNew(true);
              setFormKey((k) => k + 1);
            }
          }}
          onCancel={editing ? () => setEditing(null) : undefined}
        />
      ) : (
        <p>{t('outcome.readOnly')}</p>
      )}
    </>
  );
}
