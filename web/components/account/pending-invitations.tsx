import { graphql } from '../../gql';
import type { Locale, Translate } from '../../lib/i18n/messages';
import { serverQuery } from '../../lib/server/graphql';
import { InvitationItem } from './invitation-item';

const Pending = graphql(`
  query PendingInvitations {
    invitations(pendingOnly: true, first: 100) {
      edges {
        node {
          ...InvitationItem
        }
      }
    }
  }
`);

/** Pending invitations the viewer may see (administrators: all; coordinators: their partnerships'). */
export async function PendingInvitations({ t, locale }: { t: Translate; locale: Locale }) {
  const data = await serverQuery(Pending);
  const invitations = data?.invitations.edges.map((e) => e.node) ?? [];
  return (
    <section aria-labelledby="invitations-title">
      <h2 id="invitations-title">{t('account.invitations.title')}</h2>
      {invitations.length === 0 ? (
        <p>{t('account.invitations.empty')}</p>
      ) : (
        <ul className="card-list">
          {invitations.map((i) => (
            <InvitationItem key={i.id} invitation={i} t={t} locale={locale} />
          ))}
        </ul>
      )}
    </section>
  );
}
