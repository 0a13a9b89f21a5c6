import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { ReferralDetail } from '../../../components/referrals/referral-detail';
import { getTranslator } from '../../../lib/i18n/server';
import { getViewer } from '../../../lib/server/viewer';
import '../../styles/referrals.css';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t('referrals.details') };
}

// Personal data: rendered in the browser only for the signed-in guide (each read is logged).
export default async function ReferralPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, viewer] = await Promise.all([params, getViewer()]);
  if (!viewer) redirect(`/log-ind?next=/henvisninger/${id}`);
  return <ReferralDetail id={decodeURIComponent(id)} />;
}
