import { Button } from '@react-email/button';
import { Heading } from '@react-email/heading';
import { Link } from '@react-email/link';
import { Section } from '@react-email/section';
import { Text } from '@react-email/text';
import type { Locale } from '../../i18n.ts';
import type { SafeFields } from '../../notifications/kinds.ts';
import { digestKind } from '../../notifications/unsubscribe.ts';
import { defineMailKind } from '../kind.ts';
import { formatWhen, notificationTitle } from './notification-event.tsx';

const words = {
  da: {
    DAILY: (n: number) => `Naboskab i dag: ${n} ${n === 1 ? 'nyt varsel' : 'nye varsler'}`,
    WEEKLY: (n: number) => `Naboskab i denne uge: ${n} ${n === 1 ? 'nyt varsel' : 'nye varsler'}`,
    all: 'Se alle varsler',
  },
  en: {
    DAILY: (n: number) => `Naboskab today: ${n} new ${n === 1 ? 'notification' : 'notifications'}`,
    WEEKLY: (n: number) => `Naboskab this week: ${n} new ${n === 1 ? 'notification' : 'notifications'}`,
    all: 'See all notifications',
  },
} as const;

type Data = {
  /** The recipient, whose digest the one-click unsubscribe turns off. */
  userId: string;
  frequency: 'DAILY' | 'WEEKLY';
  items: (SafeFields & { kind: string; path: string })[];
};

const subject = (data: Data, locale: Locale) => words[locale][data.frequency](data.items.length);

/** A daily or weekly bundle of notifications (api/src/notifications/send-digest.ts): safe fields only. */
export const notificationDigest = defineMailKind<Data>({
  sensitive: false,
  unsubscribe: ({ userId, frequency }) => ({ userId, kind: digestKind(frequency) }),
  subject,
  reason: {
    da: 'du har valgt at få disse varsler samlet i én e-mail. Du kan ændre det under Min side.',
    en: 'you chose to get these notifications bundled in one e-mail. You can change that on My page.',
  },
  Body: ({ data, locale, url }) => (
    <>
      <Heading as="h1" style={{ fontSize: 22 }}>
        {subject(data, locale)}
      </Heading>
      {data.items.map((item, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list rendered once
        <Section key={index} style={{ borderTop: '1px solid #d9d3c7', padding: '8px 0' }}>
          <Text style={{ margin: 0, fontWeight: 700 }}>
            <Link href={url(item.path)} style={{ color: '#1f5c3f' }}>
              {notificationTitle(item, locale)}
            </Link>
          </Text>
          <Text style={{ margin: 0 }}>
            {[item.startsAt ? formatWhen(item.startsAt, locale) : null, item.place]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </Section>
      ))}
      <Button
        href={url('/varsler')}
        style={{ backgroundColor: '#1f5c3f', color: '#ffffff', padding: '12px 20px', borderRadius: 6 }}
      >
        {words[locale].all}
      </Button>
    </>
  ),
});
