import type { Metadata } from 'next';
import Link from 'next/link';
import { SignInForm } from '../../components/sign-in-form';
import { getTranslator } from '../../lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t('signIn.title') };
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string | string[] }>;
}) {
  const { t } = await getTranslator();
  const { next } = await searchParams;
  return (
    <>
      <h1>{t('signIn.title')}</h1>
      <SignInForm next={typeof next === 'string' ? next : undefined} />
      <p>
        <Link href="/bliv-frivillig">{t('signIn.noAccount')}</Link>
      </p>
    </>
  );
}
