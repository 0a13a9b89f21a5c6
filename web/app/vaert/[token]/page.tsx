import type { Metadata } from 'next';
import { HostConfirm } from '../../../components/referrals/host-confirm';
import { getTranslator } from '../../../lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  // The token is a secret: keep the page out of search engines and referrer headers.
  return {
    title: (await getTranslator()).t('host.title'),
    robots: { index: false },
    referrer: 'no-referrer',
  };
}

export default async function HostPage({ params }: { params: Promise<{ token: string }> }) {
  const [{ token }, { t }] = await Promise.all([params, getTranslator()]);
  return (
    <>
      <h1>{t('host.title')}</h1>
      <HostConfirm token={decodeURIComponent(token)} />
    </>
  );
}
