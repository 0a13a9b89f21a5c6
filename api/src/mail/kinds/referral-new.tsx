import { Button } from '@react-email/button';
import { Text } from '@react-email/text';
import { defineMailKind } from '../kind.ts';

// No case details (Datatilsynet): not the citizen's name, not why; only that there is one.
const words = {
  da: {
    subject: 'Du har en ny henvisning',
    body: 'Du har en ny henvisning i Naboskab.',
    action: 'Log ind og se den',
  },
  en: {
    subject: 'You have a new referral',
    body: 'You have a new referral in Naboskab.',
    action: 'Sign in to see it',
  },
} as const;

/** To a fællesskabsguide when someone hands them a referral (domain/referral/notify-guide.ts). */
export const referralNew = defineMailKind<{ path: string }>({
  sensitive: false,
  subject: (_data, locale) => words[locale].subject,
  reason: {
    da: 'du er fællesskabsguide i et partnerskab i Naboskab.',
    en: 'you are a community guide in a partnership in Naboskab.',
  },
  Body: ({ data, locale, url }) => (
    <>
      <Text>{words[locale].body}</Text>
      <Button
        href={url(data.path)}
        style={{ backgroundColor: '#1f5c3f', color: '#ffffff', padding: '12px 20px', borderRadius: 6 }}
      >
        {words[locale].action}
      </Button>
    </>
  ),
});
