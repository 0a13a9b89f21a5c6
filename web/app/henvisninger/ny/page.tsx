import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { ReferralForm } from '../../../components/referrals/referral-form';
import { getTranslator } from '../../../lib/i18n/server';
import { getViewer } from '../../../lib/server/viewer';
import '../../styles/referrals.css';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t('referrals.new') };
}

export default async function NewReferralPage() {
  const [{ t }, viewer] = await Promise.all([getTranslator(), getViewer()]);
  if (!viewer) redirect('/log-ind?next=/henvisninger/ny');
  return (
    <>
      <p>
        <Link href="/henvisninger">{t('referrals.back')}</Link>
      </p>
      <h1>{t('referrals.new')}</h1>
      <ReferralForm />
    </>
  );
}
