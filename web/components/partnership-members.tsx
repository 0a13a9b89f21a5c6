'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { graphql } from '../gql';
import { useLocale, useT } from '../lib/i18n/client';
import { formatKroner, formatNumber } from '../lib/i18n/format';
import { AddMemberForm, type EditedMember } from './add-member-form';
import { appendPartnershipPage, ListBody } from './list-body';
import { StatusMessage } from './status-message';

export const PartnershipMembersQuery = graphql(`
  query PartnershipMembers($slug: String!, $after: String) {
    partnership(slug: $slug) {
      id
      voluntaryAssociationCount
      associationTarget
      members(first: 100, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            role
            contactName
            contactEmail
            contactPhone
            organisation {
              id
              name
            }
            signOnFee {
              id
              amount
            }
          }
        }
      }
    }
  }
`);

const RemoveMemberMutation = graphql(`
  mutation RemovePartnershipMember($input: RemovePartnershipMemberInput!) {
    removePartnershipMember(input: $input) {
      __typename
      ... on Error {
        message
      }
    }
  }
`);

type Props = { partnershipId: string; slug: string; canCoordinate: boolean };

export function PartnershipMembers({ partnershipId, slug, canCoordinate }: Props) {
  const t = useT();
  const locale = useLocale();
  const router = useRouter();
  const { data, loading, error, refetch, fetchMore } = useQuery(PartnershipMembersQuery, {
    variables: { slug },
  });
  const [remove] = useMutation(RemoveMemberMutation);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [editing, setEditing] = useState<EditedMember | null>(null);
  const p = data?.partnership;
  const members = p?.members.edges.map((e) => e.node) ?? [];

  async function onRemove(id: string, name: string) {
    const result = await remove({ variables: { input: { id } } }).catch(() => null);
    const payload = result?.data?.removePartnershipMember;
    if (payload?.__typename === 'RemovePartnershipMemberSuccess') {
      setMessage({ text: t('partnership.member.removed', { name }), error: false });
      await refetch();
      router.refresh();
    } else {
      setMessage({
        text: payload && 'message' in payload ? payload.message : t('form.networkError'),
        error: true,
      });
    }
  }

  async function onAdded(name: string) {
    setMessage({
      text: editing ? t('partnership.member.updated', { name }) : t('partnership.member.added', { name }),
      error: false,
    });
    setEditing(null);
    await refetch();
    router.refresh();
  }

  return (
    <section aria-labelledby="partnership-members" className="partnership-section" aria-busy={loading}>
      <h2 id="partnership-members">{t('partnership.membersTitle')}</h2>
      {p && (
        <div className="counter" aria-live="polite">
          <p data-testid="association-counter">
            {t('partnership.counter', {
              count: formatNumber(locale, p.voluntaryAssociationCount),
              target: formatNumber(locale, p.associationTarget),
            })}
          </p>
          <progress
            max={p.associationTarget}
            value={Math.min(p.voluntaryAssociationCount, p.associationTarget)}
            aria-hidden="true"
          />
          {p.voluntaryAssociationCount >= p.associationTarget && (
            <p>{t('partnership.counterReached', { target: p.associationTarget })}</p>
          )}
        </div>
      )}
      <StatusMessage message={message} />
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
      </ListBody>
      {p?.members.pageInfo.hasNextPage && (
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            fetchMore({
              variables: { after: p.members.pageInfo.endCursor },
              updateQuery: appendPartnershipPage('members'),
            }).catch(() => {})
          }
        >
          {t('partnership.member.showMore')}
        </button>
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
    </section>
  );
}
