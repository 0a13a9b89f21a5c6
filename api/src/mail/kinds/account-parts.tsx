import { Button } from '@react-email/button';
import { Heading } from '@react-email/heading';
import { Text } from '@react-email/text';
import type { Locale } from '../../i18n.ts';

// The shape every account e-mail shares: a greeting, a few paragraphs and at most one button.

export type Words = Record<Locale, { subject: string; paragraphs: string[]; action?: string }>;

export function AccountMessage({
  name,
  locale,
  paragraphs,
  action,
}: {
  name: string;
  locale: Locale;
  paragraphs: string[];
  action?: { label: string; href: string };
}) {
  return (
    <>
      <Heading as="h1" style={{ fontSize: 22 }}>
        {locale === 'da' ? `Hej ${name}` : `Hello ${name}`}
      </Heading>
      {paragraphs.map((paragraph) => (
        <Text key={paragraph}>{paragraph}</Text>
      ))}
      {action ? (
        <>
          <Button
            href={action.href}
            style={{ backgroundColor: '#1f5c3f', color: '#ffffff', padding: '12px 20px', borderRadius: 6 }}
          >
            {action.label}
          </Button>
          <Text style={{ fontSize: 13, color: '#555555' }}>
            {locale === 'da'
              ? 'Virker knappen ikke, så kopiér dette link:'
              : 'If the button does not work, copy this link:'}{' '}
            {action.href}
          </Text>
        </>
      ) : null}
    </>
  );
}

/** Fills {placeholders} in a sentence. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
}
