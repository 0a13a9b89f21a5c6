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
  searchParams: Promise<{ token?: string; done?: string }>;
}) {
  const { t } = await getTranslator();
  const { token, done } = await searchParams;
  const valid = typeof token === 'string' && /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(token);
  return (
    <>
      <h1>{t('unsubscribe.title')}</h1>
      {!valid ? (
        <p>{t('unsubscribe.noToken')}</p>
      ) : done ? (
        <p role="status">{t('unsubscribe.done')}</p>
      ) : (
        <form method="post" action={`/unsubscribe/${token}`} className="form">
          <p>{t('unsubscribe.question')}</p>
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
