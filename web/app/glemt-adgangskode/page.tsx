import type { Metadata } from 'next';
import { ForgotPasswordForm } from '../../components/account/password-forms';
import { getTranslator } from '../../lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t('account.forgot.title') };
}

export default async function ForgotPasswordPage() {
  const { t } = await getTranslator();
  return (
    <>
      <h1>{t('account.forgot.title')}</h1>
      <p>{t('account.forgot.intro')}</p>
      <ForgotPasswordForm />
    </>
  );
}
