import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { ChangeEmailForm, UnverifiedNotice } from '../../components/account/email-forms';
import { ChangePasswordForm } from '../../components/account/password-forms';
import { NotificationPreferences } from '../../components/notifications/notification-preferences';
import { ViewerCardView } from '../../components/viewer-card';
import { graphql } from '../../gql';
import { getTranslator } from '../../lib/i18n/server';
import { serverQuery } from '../../lib/server/graphql';
import { getViewer } from '../../lib/server/viewer';

const MyAccount = graphql(`
  query MyAccount {
    viewer {
      id
      emailVerified
    }
  }
`);

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t('myPage.title') };
}

export default async function MyPage() {
  const [{ t }, viewer, account] = await Promise.all([getTranslator(), getViewer(), serverQuery(MyAccount)]);
  // Relative target: the visitor stays on whatever host they came in on (see offline notes).
  if (!viewer) redirect('/log-ind?next=/min-side');
  return (
    <>
      <h1>{t('myPage.title')}</h1>
      {account?.viewer?.emailVerified === false && <UnverifiedNotice />}
      <ViewerCardView viewer={viewer} t={t} />
      <section aria-labelledby="change-password">
        <h2 id="change-password">{t('account.password.title')}</h2>
        <ChangePasswordForm />
      </section>
      <section aria-labelledby="change-email">
        <h2 id="change-email">{t('account.email.title')}</h2>
        <ChangeEmailForm />
      </section>
      <NotificationPreferences />
    </>
  );
}
