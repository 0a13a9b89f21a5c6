import { render } from '@react-email/render';
import type { Locale } from '../i18n.ts';
import type { MailData, MailKind } from './kind.ts';
import { MailLayout } from './layout.tsx';

// Headings as written, not in capitals (html-to-text's default).
const htmlToTextOptions = {
  selectors: ['h1', 'h2', 'h3'].map((selector) => ({ selector, options: { uppercase: false } })),
};

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
  const [html, text] = await Promise.all([
    render(element),
    render(element, { plainText: true, htmlToTextOptions }),
  ]);
  return { subject, html, text };
}
