import type { Metadata } from 'next';
import { AnswerLink } from '../../../../components/meetings/answer-link';
import { getTranslator } from '../../../../lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  // The token is a secret: keep the page out of search engines and referrer headers.
  return {
    title: (await getTranslator()).t('meetings.answerLinkTitle'),
    robots: { index: false },
    referrer: 'no-referrer',
  };
}

export default async function AnswerLinkPage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ svar?: string | string[] }>;
}) {
  const [{ token }, { svar }, { t }] = await Promise.all([params, searchParams, getTranslator()]);
  return (
    <>
      <h1>{t('meetings.answerLinkTitle')}</h1>
      <AnswerLink
        token={decodeURIComponent(token)}
        suggestion={typeof svar === 'string' ? svar : undefined}
      />
    </>
  );
}
