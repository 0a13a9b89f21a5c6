import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslator } from '../../lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t('unsubscribe.title'), referrer: 'no-referrer' };
}

// The confirm page of an e-mail's unsubscribe link (a GET never unsubscribes: link scanners open
// links). The button posts to the same link, which the API answers by sending the person back here.
export default async function UnsubscribePage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string; done?: string; invalid?: string }>;
}) {
  const { t } = await getTranslator();
  const { token, done, invalid } = await searchParams;
  const valid = typeof token === 'string' && /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(token);
  const digest = valid ? digestOf(token) : null;
  const text = digest
    ? {
        question: t('unsubscribe.digestQuestion', { digest: t(`unsubscribe.digest.${digest}`) }),
        done: t('unsubscribe.digestDone', { digest: t(`unsubscribe.digest.${digest}`) }),
      }
    : { question: t('unsubscribe.question'), done: t('unsubscribe.done') };
  return (
    <>
      <h1>{t('unsubscribe.title')}</h1>
      {invalid ? (
        <p role="alert">{t('unsubscribe.invalid')}</p>
      ) : !valid ? (
        <p>{t('unsubscribe.noToken')}</p>
      ) : done ? (
        <p role="status">{text.done}</p>
      ) : (
        <form method="post" action={`/unsubscribe/${token}`} className="form">
          <p>{text.question}</p>
          <input type="hidden" name="List-Unsubscribe" value="One-Click" />
          <button type="submit">{t('unsubscribe.confirm')}</button>
        </form>
      )}
      <p>
        <Link href="/min-side">{t('unsubscribe.myPage')}</Link>
      </p>
    </>
  );
}

// The token's readable part names the person and the kind (api/src/notifications/unsubscribe.ts);
// only its wording is taken from it here: the API checks the signature when the form is posted.
function digestOf(token: string): 'DAILY' | 'WEEKLY' | null {
  const kind = Buffer.from(token.split('.')[0] ?? '', 'base64url')
    .toString('utf8')
    .split(' ')[1];
  return kind === 'digest.DAILY' ? 'DAILY' : kind === 'digest.WEEKLY' ? 'WEEKLY' : null;
}
