import type { SignUpStatus } from '../../gql/graphql';
import type { Translate } from '../../lib/i18n/messages';

/** A sign-up's status for people: a waiting one says its place in line ("På venteliste (nr. 2)"). */
export function statusText(t: Translate, s: { status: SignUpStatus; waitlistPosition?: number | null }) {
  return s.status === 'WAITLISTED' && s.waitlistPosition
    ? t('volunteers.waitlisted', { position: s.waitlistPosition })
    : t(`volunteers.status.${s.status}`);
}
