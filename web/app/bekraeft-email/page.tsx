import type { Metadata } from 'next';
import { ConfirmEmail } from '../../components/account/email-forms';
import { getTranslator } from '../../lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t('account.confirm.title'), referrer: 'no-referrer' };
}

export default async function ConfirmEmailPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string }>;
}) {
  const { t } = await getTranslator();
  const { token } = await searchParams;
  return (
    <>
      <h1>{t('account.confirm.title')}</h1>
      {typeof token === 'string' && token ? (
        <ConfirmEmail token={token} />
      ) : (
        <p>{t('account.reset.noToken')}</p>
      )}
    </>
  );
}
