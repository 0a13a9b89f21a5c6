import type { Metadata } from 'next';
import { RegisterForm } from '../../components/register-form';
import { getTranslator } from '../../lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t('register.title') };
}

export default async function RegisterPage() {
  const { t } = await getTranslator();
  return (
    <>
      <h1>{t('register.title')}</h1>
      <p>{t('register.intro')}</p>
      <RegisterForm />
    </>
  );
}
