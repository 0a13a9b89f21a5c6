import type { Metadata } from 'next';
import Link from 'next/link';
import { ResetPasswordForm } from '../../components/account/password-forms';
import { getTranslator } from '../../lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t('account.reset.title'), referrer: 'no-referrer' };
}

export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string }>;
}) {
  const { t } = await getTranslator();
  const { token } = await searchParams;
  return (
    <>
      <h1>{t('account.reset.title')}</h1>
      {typeof token === 'string' && token ? (
        <ResetPasswordForm token={token} />
      ) : (
        <p>
          {t('account.reset.noToken')} <Link href="/glemt-adgangskode">{t('account.forgotLink')}</Link>
        </p>
      )}
    </>
  );
}
