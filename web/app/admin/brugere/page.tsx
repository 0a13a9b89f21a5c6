import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { InviteForm } from '../../../components/account/invite-form';
import { PendingInvitations } from '../../../components/account/pending-invitations';
import { UserStatusButton } from '../../../components/account/user-actions';
import { UserFilters } from '../../../components/account/user-filters';
import { graphql } from '../../../gql';
import type { UserRole, UserStatus } from '../../../gql/graphql';
import { getTranslator } from '../../../lib/i18n/server';
import { serverQuery } from '../../../lib/server/graphql';
import { getViewer } from '../../../lib/server/viewer';
import '../../styles/partnerships.css';

const UsersPage = graphql(`
  query AdminUserList($role: UserRole, $status: UserStatus, $organisationId: ID, $search: String) {
    users(role: $role, status: $status, organisationId: $organisationId, search: $search, first: 100) {
      totalCount
      edges {
        node {
          id
          name
          email
          role
          status
          organisation {
            name
          }
        }
      }
    }
    organisations(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
    partnerships(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

type Params = { role?: string; status?: string; organisation?: string; q?: string };
const roles = ['ADMIN', 'COORDINATOR', 'VOLUNTEER', 'MINISTRY'] as const;
const statuses = ['ACTIVE', 'DEACTIVATED'] as const;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t('account.users.title') };
}

export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<Params> }) {
  const [{ t, locale }, viewer, params] = await Promise.all([getTranslator(), getViewer(), searchParams]);
  if (!viewer) redirect('/log-ind?next=/admin/brugere');
  if (viewer.role !== 'ADMIN') notFound();
  const role = roles.find((r) => r === params.role) as UserRole | undefined;
  const status = statuses.find((s) => s === params.status) as UserStatus | undefined;
  const data = await serverQuery(UsersPage, {
    role: role ?? null,
    status: status ?? null,
    organisationId: params.organisation || null,
    search: params.q?.trim() || null,
  });
  const organisations = data?.organisations.edges.map((e) => e.node) ?? [];
  const partnerships = data?.partnerships.edges.map((e) => e.node) ?? [];
  const users = data?.users.edges.map((e) => e.node) ?? [];
  return (
    <>
      <h1>{t('account.users.title')}</h1>
      <section aria-labelledby="invite-title">
        <h2 id="invite-title">{t('account.invite.title')}</h2>
        <InviteForm organisations={organisations} partnerships={partnerships} />
      </section>
      <PendingInvitations t={t} locale={locale} />
      <section aria-labelledby="users-title">
        <h2 id="users-title">{t('account.users.count', { count: data?.users.totalCount ?? 0 })}</h2>
        <UserFilters t={t} params={params} organisations={organisations} />
        {users.length === 0 ? (
          <p>{t('account.users.empty')}</p>
        ) : (
          <ul className="card-list">
            {users.map((u) => (
              <li key={u.id} className="card">
                <strong>{u.name}</strong> · {u.email}
                <br />
                {t(`role.${u.role}`)} · {u.organisation?.name ?? '–'} · {t(`account.users.${u.status}`)}
                <div>
                  <UserStatusButton id={u.id} name={u.name} active={u.status === 'ACTIVE'} />
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
