import type { Metadata } from 'next';
import { AcceptInvitationForm } from '../../components/account/accept-invitation-form';
import { OidcButton } from '../../components/account/oidc-button';
import { graphql } from '../../gql';
import { getTranslator } from '../../lib/i18n/server';
import { serverQuery } from '../../lib/server/graphql';

const InvitationQuery = graphql(`
  query InvitationByToken($token: String!) {
    oidcSignInAvailable
    invitationByToken(token: $token) {
      name
      email
      role
      organisationName
      partnershipName
    }
  }
`);

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t('account.invitation.title'), referrer: 'no-referrer' };
}

export default async function InvitationPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string }>;
}) {
  const { t } = await getTranslator();
  const { token } = await searchParams;
  const data = typeof token === 'string' && token ? await serverQuery(InvitationQuery, { token }) : null;
  const invitation = data?.invitationByToken;
  if (!token || !invitation) {
    return (
      <>
        <h1>{t('account.invitation.title')}</h1>
        <p role="alert">{t('account.invitation.invalid')}</p>
      </>
    );
  }
  return (
    <>
      <h1>{t('account.invitation.title')}</h1>
      <p>{t('account.invitation.intro', { name: invitation.name, role: t(`role.${invitation.role}`) })}</p>
      {invitation.partnershipName && (
        <p>{t('account.invitation.where', { partnership: invitation.partnershipName })}</p>
      )}
      {invitation.organisationName && (
        <p>{t('account.invitation.organisation', { organisation: invitation.organisationName })}</p>
      )}
      {data.oidcSignInAvailable && (
        <>
          <OidcButton t={t} />
          <p>{t('account.oidc.or')}</p>
        </>
      )}
      <p>{t('account.invitation.choosePassword', { email: invitation.email })}</p>
      <AcceptInvitationForm token={token} />
    </>
  );
}
