import { Body } from '@react-email/body';
import { Container } from '@react-email/container';
import { Head } from '@react-email/head';
import { Hr } from '@react-email/hr';
import { Html } from '@react-email/html';
import { Link } from '@react-email/link';
import { Preview } from '@react-email/preview';
import { Text } from '@react-email/text';
import type { ReactNode } from 'react';
import type { Locale } from '../i18n.ts';

export const PRODUCT_NAME = 'Naboskab';

const footer = {
  da: { because: 'Du får denne e-mail, fordi', tagline: 'samarbejde mod ensomhed' },
  en: { because: 'You are receiving this e-mail because', tagline: 'working together against loneliness' },
} as const;

interface LayoutProps {
  locale: Locale;
  preview: string;
  reason: string;
  homeUrl: string;
  children: ReactNode;
}

/** The frame of every e-mail: product name on top, the reason and a link home in the footer. */
export function MailLayout({ locale, preview, reason, homeUrl, children }: LayoutProps) {
  const words = footer[locale];
  return (
    <Html lang={locale}>
      <Head />
      <Preview>{preview}</Preview>
      <Body
        style={{ backgroundColor: '#f4f1ea', fontFamily: 'Helvetica, Arial, sans-serif', color: '#1d2b24' }}
      >
        <Container style={{ maxWidth: 560, margin: '0 auto', padding: '24px 16px' }}>
          <Text style={{ fontSize: 20, fontWeight: 700, color: '#1f5c3f', margin: '0 0 16px' }}>
            {PRODUCT_NAME}
          </Text>
          <Container style={{ backgroundColor: '#ffffff', borderRadius: 8, padding: '8px 24px' }}>
            {children}
          </Container>
          <Hr style={{ borderColor: '#d9d3c7', margin: '24px 0 12px' }} />
          <Text style={{ fontSize: 12, color: '#5b6660', margin: 0 }}>
            {words.because} {reason}
          </Text>
          <Text style={{ fontSize: 12, color: '#5b6660', margin: '4px 0 0' }}>
            <Link href={homeUrl} style={{ color: '#1f5c3f' }}>
              {PRODUCT_NAME}
            </Link>{' '}
            · {words.tagline}
          </Text>
        </Container>
      </Body>
    </Html>
  );
}
