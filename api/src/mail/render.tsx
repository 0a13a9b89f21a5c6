import { render } from '@react-email/render';
import type { Locale } from '../i18n.ts';
import type { MailData, MailKind } from './kind.ts';
import { MailLayout } from './layout.tsx';

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}

/** HTML and plain text from the one template of a kind, framed by the shared layout. */
export async function renderMail<Data extends MailData>(
  kind: MailKind<Data>,
  data: Data,
  locale: Locale,
  publicUrl: string,
): Promise<RenderedMail> {
  const url = (path: string) => new URL(path, publicUrl).toString();
  const subject = kind.subject(data, locale);
  const element = (
    <MailLayout locale={locale} preview={subject} reason={kind.reason[locale]} homeUrl={url('/')}>
      <kind.Body data={data} locale={locale} url={url} />
    </MailLayout>
  );
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { subject, html, text };
}
