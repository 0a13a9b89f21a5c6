import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { BookingRequests } from '../../components/resources/booking-requests';
import { MyBookings } from '../../components/resources/my-bookings';
import { getTranslator } from '../../lib/i18n/server';
import { getViewer } from '../../lib/server/viewer';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t('res.mine.title') };
}

export default async function MyBookingsPage() {
  const [{ t }, viewer] = await Promise.all([getTranslator(), getViewer()]);
  if (!viewer) redirect('/log-ind?next=/mine-bookinger');
  if (viewer.role !== 'COORDINATOR' && viewer.role !== 'ADMIN') redirect('/ressourcer');
  return (
    <>
      <h1>{t('res.mine.title')}</h1>
      <MyBookings />
      <BookingRequests />
    </>
  );
}
