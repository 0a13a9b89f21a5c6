import { Button } from '@react-email/button';
import { Heading } from '@react-email/heading';
import { Text } from '@react-email/text';
import { TIME_ZONE } from '../../domain/resource/copenhagen-time.ts';
import type { Locale } from '../../i18n.ts';
import { notificationKind, type SafeFields } from '../../notifications/kinds.ts';
import { defineMailKind } from '../kind.ts';

const words = {
  da: { when: 'Tidspunkt', where: 'Sted', open: 'Se det i Naboskab', intl: 'da-DK' },
  en: { when: 'Time', where: 'Place', open: 'See it in Naboskab', intl: 'en-GB' },
} as const;

/** The notification's one line, in the recipient's language. */
export function notificationTitle(data: { kind: string; activity: string }, locale: Locale): string {
  return notificationKind(data.kind)?.title[locale](data.activity) ?? data.activity;
}

export function formatWhen(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(words[locale].intl, {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  }).format(new Date(iso));
}

/**
 * One notification by e-mail (api/src/notifications/notify.ts). Its data is the kind's safe
 * fields only (activity, time, place) and a link into the app, where the rest is shown.
 */
export const notificationEvent = defineMailKind<SafeFields & { kind: string; path: string; userId: string }>({
  sensitive: false,
  unsubscribe: ({ userId, kind }) => ({ userId, kind }),
  subject: notificationTitle,
  reason: {
    da: 'du har valgt at få besked om dette i Naboskab. Du kan ændre det under Min side.',
    en: 'you chose to be told about this in Naboskab. You can change that on My page.',
  },
  sms: ({ data, locale, url }) =>
    [
      notificationTitle(data, locale),
      data.startsAt ? formatWhen(data.startsAt, locale) : null,
      data.place,
      url(data.path),
    ]
      .filter(Boolean)
      .join('\n'),
  Body: ({ data, locale, url }) => (
    <>
      <Heading as="h1" style={{ fontSize: 22 }}>
        {notificationTitle(data, locale)}
      </Heading>
      {data.startsAt ? (
        <Text>
          {words[locale].when}: {formatWhen(data.startsAt, locale)}
        </Text>
      ) : null}
      {data.place ? (
        <Text>
          {words[locale].where}: {data.place}
        </Text>
      ) : null}
      <Button
        href={url(data.path)}
        style={{ backgroundColor: '#1f5c3f', color: '#ffffff', padding: '12px 20px', borderRadius: 6 }}
      >
        {words[locale].open}
      </Button>
    </>
  ),
});
