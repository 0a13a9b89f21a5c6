'use client';

import { graphql } from '../../gql';
import { useAppQuery } from '../../lib/apollo/use-app-query';
import { useLocale, useT } from '../../lib/i18n/client';
import { formatDateTime } from '../../lib/i18n/format';
import { SelectField } from '../select-field';

// The rooms a meeting can use: the coordinator's own confirmed, upcoming bookings for this
// partnership (book one under Ressourcer first). The API checks that it covers the meeting time.
const MeetingRoomsQuery = graphql(`
  query MeetingRooms {
    myBookings(first: 100) {
      edges {
        node {
          id
          status
          startsAt
          endsAt
          resource { id title }
          partnership { id }
        }
      }
    }
  }
`);

export function RoomField({
  partnershipId,
  defaultValue,
  error,
}: {
  partnershipId: string;
  defaultValue?: string | null;
  error?: string;
}) {
  const t = useT();
  const locale = useLocale();
  const { data, loading } = useAppQuery(MeetingRoomsQuery, { fetchPolicy: 'cache-and-network' });
  const rooms = (data?.myBookings.edges ?? [])
    .map((edge) => edge.node)
    .filter((booking) => booking.status === 'CONFIRMED' && booking.partnership?.id === partnershipId);
  return (
    <SelectField
      name="bookingId"
      label={t('meetings.fieldRoom')}
      defaultValue={defaultValue ?? ''}
      error={error}
      aria-busy={loading}
    >
      <option value="">{rooms.length ? t('meetings.noRoom') : t('meetings.noRoomsBooked')}</option>
      {rooms.map((booking) => (
        <option key={booking.id} value={booking.id}>
          {`${booking.resource.title} · ${formatDateTime(locale, booking.startsAt)}–${formatDateTime(locale, booking.endsAt)}`}
        </option>
      ))}
    </SelectField>
  );
}
