'use client';

import { useState } from 'react';
import { graphql } from '../../gql';
import type { UserRole } from '../../gql/graphql';
import { useAppQuery } from '../../lib/apollo/use-app-query';
import { useT } from '../../lib/i18n/client';
import { FormField } from '../form-field';
import { MutationAlert } from '../ui/mutation-alert';
import { TableScroll } from '../ui/table-scroll';
import { useMutationResult } from '../ui/use-mutation-result';

const AdminUsersQuery = graphql(`
  query AdminUsers($search: String, $after: String) {
    users(first: 50, search: $search, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          email
          role
          organisationName
        }
      }
    }
  }
`);

const SetUserRole = graphql(`
  mutation SetUserRole($input: SetUserRoleInput!) {
    setUserRole(input: $input) {
      __typename
      ... on SetUserRoleSuccess {
        user {
          id
          role
        }
      }
      ...MutationFailure
    }
  }
`);

const roles: UserRole[] = ['ADMIN', 'COORDINATOR', 'VOLUNTEER', 'MINISTRY'];

export function AdminUsers() {
  const t = useT();
  const [search, setSearch] = useState('');
  const [after, setAfter] = useState<string | null>(null);
  const { data, loading } = useAppQuery(AdminUsersQuery, {
    variables: { search: search.trim() || null, after },
  });
  const result = useMutationResult();
  const users = data?.users.edges.map((e) => e.node) ?? [];

  async function onRole(id: string, name: string, role: UserRole) {
    await result.run(SetUserRole, { input: { userId: id, role } }, t('admin.user.saved', { name }));
  }

  return (
    <div aria-busy={loading}>
      <MutationAlert result={result} />
      <FormField
        name="userSearch"
        type="search"
        label={t('orgs.search').replace('CVR', 'e-mail')}
        value={search}
        onChange={(e) => {
          setSearch(e.target.value);
          setAfter(null);
        }}
      />
      <TableScroll label={t('a11y.wideTable')}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('pform.name')}</th>
              <th scope="col">{t('admin.user.email')}</th>
              <th scope="col">{t('partnership.member.organisation')}</th>
              <th scope="col">{t('myPage.role')}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <th scope="row">{u.name}</th>
                <td>{u.email}</td>
                <td>{u.organisationName ?? '–'}</td>
                <td>
                  <select
                    aria-label={t('admin.user.role', { name: u.name })}
                    defaultValue={u.role}
                    onChange={(e) => onRole(u.id, u.name, e.target.value as UserRole)}
                  >
                    {roles.map((r) => (
                      <option key={r} value={r}>
                        {t(`role.${r}`)}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {data?.users.pageInfo.hasNextPage && (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setAfter(data.users.pageInfo.endCursor ?? null)}
        >
          {t('partnerships.next')}
        </button>
      )}
    </div>
  );
}
