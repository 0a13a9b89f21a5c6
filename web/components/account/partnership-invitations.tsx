'use client';

import { useAppQuery } from '../../lib/apollo/use-app-query';
import { useLocale, useT } from '../../lib/i18n/client';
import { ListBody } from '../list-body';
import { PartnershipInvitationsQuery, PartnershipMembersQuery } from '../partnership-documents';
import { InvitationItem } from './invitation-item';
import { type Contact, InviteForm } from './invite-form';

const refetch = [PartnershipInvitationsQuery];

/**
 * A coordinator invites the contact people of the member organisations to the partnership, and
 * sees, resends or revokes the pending invitations. Self-contained (its own queries), so it can sit
 * in the members section however that section is rendered.
 */
export function PartnershipInvitations({ partnershipId, slug }: { partnershipId: string; slug: string }) {
  const t = useT();
  const locale = useLocale();
  // The members section's own query (shared cache): a member added there is offered here at once.
  const memberQuery = useAppQuery(PartnershipMembersQuery, { variables: { slug } });
  const { data, loading, error } = useAppQuery(PartnershipInvitationsQuery, { variables: { partnershipId } });
  const members = memberQuery.data?.partnership?.members.edges.map((e) => e.node) ?? [];
  const invitations = data?.invitations.edges.map((e) => e.node) ?? [];
  const contacts: Record<string, Contact> = Object.fromEntries(
    members.map((m) => [m.organisation.id, { name: m.contactName ?? null, email: m.contactEmail ?? null }]),
  );

  return (
    <section aria-labelledby="partnership-invitations" className="partnership-invitations">
      <h3 id="partnership-invitations">{t('account.invite.memberTitle')}</h3>
      <p className="hint">{t('account.invite.memberHint')}</p>
      {memberQuery.data?.partnership && (
        <InviteForm
          organisations={members.map((m) => m.organisation)}
          partnerships={[]}
          fixedPartnershipId={partnershipId}
          contacts={contacts}
          refetch={refetch}
        />
      )}
      <h4>{t('account.invitations.title')}</h4>
      <ListBody
        loaded={!!data}
        loading={loading}
        error={error}
        empty={invitations.length === 0}
        errorText={t('failure.load')}
        loadingText={t('account.loading')}
        emptyText={t('account.invitations.empty')}
      >
        <ul className="card-list">
          {invitations.map((i) => (
            <InvitationItem key={i.id} invitation={i} t={t} locale={locale} refetch={refetch} />
          ))}
        </ul>
      </ListBody>
    </section>
  );
}
