import type { DocumentNode } from '@apollo/client';
import { graphql } from '../../gql';
import type { InvitationItemFragment } from '../../gql/graphql';
import { formatDateTime } from '../../lib/i18n/format';
import type { Locale, Translate } from '../../lib/i18n/messages';
import { InvitationActions } from './user-actions';

export const InvitationItemFields = graphql(`
  fragment InvitationItem on Invitation {
    id
    name
    email
    role
    expiresAt
    partnership {
      name
    }
    organisation {
      name
    }
  }
`);

/** One pending invitation with resend and revoke; rendered on the server or in the browser. */
export function InvitationItem({
  invitation: i,
  t,
  locale,
  refetch,
}: {
  invitation: InvitationItemFragment;
  t: Translate;
  locale: Locale;
  refetch?: readonly DocumentNode[];
}) {
  return (
    <li className="card">
      <strong>{i.name}</strong> · {i.email}
      <br />
      {t(`role.${i.role}`)} · {[i.partnership?.name, i.organisation?.name].filter(Boolean).join(' · ') || '–'}{' '}
      · {t('account.invitations.expires', { date: formatDateTime(locale, i.expiresAt) })}
      <div>
        <InvitationActions id={i.id} email={i.email} refetch={refetch} />
      </div>
    </li>
  );
}
