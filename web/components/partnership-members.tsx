'use client';

import { useState } from 'react';
import { graphql } from '../gql';
import { useAppQuery } from '../lib/apollo/use-app-query';
import { appendPage } from '../lib/append-page';
import { useLocale, useT } from '../lib/i18n/client';
import { formatKroner, formatNumber } from '../lib/i18n/format';
import { PartnershipInvitations } from './account/partnership-invitations';
import { AddMemberForm, type EditedMember } from './add-member-form';
import { ListBody } from './list-body';
import { memberAndFeeDocuments, PartnershipMembersQuery } from './partnership-documents';
import { StatusMessage } from './status-message';
import { LoadMore } from './ui/load-more';
import { MutationAlert } from './ui/mutation-alert';
import { TableScroll } from './ui/table-scroll';
import { useMutationResult } from './ui/use-mutation-result';

const RemoveMemberMutation = graphql(`
  mutation RemovePartnershipMember($input: RemovePartnershipMemberInput!) {
    removePartnershipMember(input: $input) {
      __typename
      ...MutationFailure
    }
  }
`);

type Props = { partnershipId: string; slug: string; canCoordinate: boolean };

export function PartnershipMembers({ partnershipId, slug, canCoordinate }: Props) {
  const t = useT();
  const locale = useLocale();
  const { data, loading, error, fetchMore } = useAppQuery(PartnershipMembersQuery, {
    variables: { slug },
  });
  const removal = useMutationResult({ refetch: memberAndFeeDocuments, refresh: true });
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [editing, setEditing] = useState<EditedMember | null>(null);
  const p = data?.partnership;
  const members = p?.members.edges.map((e) => e.node) ?? [];

  async function onRemove(id: string, name: string) {
    setMessage(null);
    await removal.run(RemoveMemberMutation, { input: { id } }, t('partnership.member.removed', { name }));
  }

  async function onAdded(name: string) {
    setMessage({
      text: editing ? t('partnership.member.updated', { name }) : t('partnership.member.added', { name }),
      error: false,
    });
    setEditing(null);
  }

  return (
    <section aria-labelledby="partnership-members" className="partnership-section" aria-busy={loading}>
      <h2 id="partnership-members">{t('partnership.membersTitle')}</h2>
      {p && <AssociationCounter count={p.voluntaryAssociationCount} target={p.associationTarget ?? null} />}
      <StatusMessage message={message} />
      <MutationAlert result={removal} />
      <ListBody
        loaded={!!p}
        loading={loading}
        error={error}
        empty={members.length === 0}
        errorText={t('partnership.membersError')}
        loadingText={t('partnership.membersLoading')}
        loadingClassName="status"
        emptyText={t('partnership.membersEmpty')}
      >
        <TableScroll label={t('a11y.wideTable')}>
          <table className="data-table">
            <caption className="visually-hidden">
              {t('partnerships.members', { count: p?.members.totalCount ?? 0 })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('partnership.member.organisation')}</th>
                <th scope="col">{t('partnership.member.role')}</th>
                <th scope="col">{t('partnership.member.contact')}</th>
                <th scope="col">{t('partnership.member.fee')}</th>
                {canCoordinate && <td />}
              </tr>
            </thead>
            <tbody>
              {members.map((m) => (
                <tr key={m.id}>
                  <th scope="row">{m.organisation.name}</th>
                  <td>{t(`memberRole.${m.role}`)}</td>
                  <td>{[m.contactName, m.contactEmail, m.contactPhone].filter(Boolean).join(', ') || '–'}</td>
                  <td>{m.signOnFee ? formatKroner(locale, Number(m.signOnFee.amount) / 100) : '–'}</td>
                  {canCoordinate && (
                    <td>
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => {
                          setEditing(m);
                          requestAnimationFrame(() =>
                            document.querySelector<HTMLElement>('form [name="role"]')?.focus(),
                          );
                        }}
                      >
                        {t('partnership.member.edit')}
                        <span className="visually-hidden"> {m.organisation.name}</span>
                      </button>{' '}
                      {!m.signOnFee && (
                        <button
                          type="button"
                          className="link-button"
                          onClick={() => onRemove(m.id, m.organisation.name)}
                        >
                          {t('partnership.member.remove', { name: m.organisation.name })}
                        </button>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </ListBody>
      {p?.members.pageInfo.hasNextPage && (
        <LoadMore
          label={t('partnership.member.showMore')}
          load={() =>
            fetchMore({
              variables: { after: p.members.pageInfo.endCursor },
              updateQuery: appendPage(['partnership', 'members']),
            })
          }
        />
      )}
      {canCoordinate && (
        <AddMemberForm
          key={editing?.id ?? 'new'}
          partnershipId={partnershipId}
          onAdded={onAdded}
          member={editing}
          onCancel={() => setEditing(null)}
        />
      )}
      {canCoordinate && <PartnershipInvitations partnershipId={partnershipId} slug={slug} />}
    </section>
  );
}

/** The associations mobilised, against the pool's bar where its pool sets one (none for a helhedsplan). */
function AssociationCounter({ count, target }: { count: number; target: number | null }) {
  const t = useT();
  const locale = useLocale();
  if (target === null) {
    return (
      <div className="counter" aria-live="polite">
        <p data-testid="association-counter">
          {t('partnership.counterNoBar', { count: formatNumber(locale, count) })}
        </p>
      </div>
    );
  }
  return (
    <div className="counter" aria-live="polite">
      <p data-testid="association-counter">
        {t('partnership.counter', {
          count: formatNumber(locale, count),
          target: formatNumber(locale, target),
        })}
      </p>
      <progress max={target} value={Math.min(count, target)} aria-hidden="true" />
      {count >= target && <p>{t('partnership.counterReached', { target })}</p>}
    </div>
  );
}
