import type { Metadata } from 'next';
import Link from 'next/link';
import { OidcButton } from '../../components/account/oidc-button';
import { SignInForm } from '../../components/sign-in-form';
import { graphql } from '../../gql';
import type { MessageKey } from '../../lib/i18n/messages';
import { getTranslator } from '../../lib/i18n/server';
import { safeNextPath } from '../../lib/safe-next';
import { serverQuery } from '../../lib/server/graphql';

const SignInOptions = graphql(`
  query SignInOptions {
    oidcSignInAvailable
  }
`);

const oidcProblems = ['failed', 'unavailable', 'unverified', 'no-account', 'domain', 'disabled'] as const;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t('signIn.title') };
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string | string[]; oidc?: string | string[] }>;
}) {
  const [{ t }, options] = await Promise.all([getTranslator(), serverQuery(SignInOptions)]);
  const { next, oidc } = await searchParams;
  const nextPath = typeof next === 'string' ? next : undefined;
  const problem = oidcProblems.find((p) => p === oidc);
  return (
    <>
      <h1>{t('signIn.title')}</h1>
      {problem && (
        <p role="alert" className="form-alert">
          {t(`account.oidc.${problem}` as MessageKey)}
        </p>
      )}
      {options?.oidcSignInAvailable && (
        <>
          <OidcButton t={t} next={nextPath && safeNextPath(nextPath)} />
          <p>{t('account.oidc.or')}</p>
        </>
      )}
      <SignInForm next={nextPath} />
      <p>
        <Link href="/glemt-adgangskode">{t('account.forgotLink')}</Link>
      </p>
      <p>
        <Link href="/bliv-frivillig">{t('signIn.noAccount')}</Link>
      </p>
      <p>
        <Link href="/privatlivspolitik">{t('account.privacyLink')}</Link>
      </p>
    </>
  );
}
