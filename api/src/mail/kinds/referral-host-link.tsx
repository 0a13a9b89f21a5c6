import { Button } from '@react-email/button';
import { Text } from '@react-email/text';
import { defineMailKind } from '../kind.ts';

// The host's single-use link. The e-mail names nobody and says nothing about why the newcomer
// comes: the page behind the link shows the first name and the activity.
const words = {
  da: {
    subject: 'Bekræft en ny deltager',
    FIRST_ATTENDANCE:
      'En fællesskabsguide har fulgt en ny deltager til jer. Tryk på knappen, når deltageren er kommet første gang.',
    FOLLOW_UP: 'Fællesskabsguiden følger op. Tryk på knappen og fortæl, om deltageren stadig kommer.',
    action: 'Åbn og bekræft',
  },
  en: {
    subject: 'Confirm a new participant',
    FIRST_ATTENDANCE:
      'A community guide has referred a new participant to you. Press the button when they have come the first time.',
    FOLLOW_UP:
      'The community guide is following up. Press the button and tell whether the participant still comes.',
    action: 'Open and confirm',
  },
} as const;

/** To the host (værten) with their single-use link (domain/referral/host-link.ts). */
export const referralHostLink = defineMailKind<{ path: string; purpose: 'FIRST_ATTENDANCE' | 'FOLLOW_UP' }>({
  sensitive: true,
  subject: (_data, locale) => words[locale].subject,
  reason: {
    da: 'en fællesskabsguide har angivet dig som vært for en ny deltager.',
    en: 'a community guide named you as the host of a new participant.',
  },
  sms: ({ data, locale, url }) => `Naboskab: ${words[locale].subject}\n${url(data.path)}`,
  Body: ({ data, locale, url }) => (
    <>
      <Text>{words[locale][data.purpose]}</Text>
      <Button
        href={url(data.path)}
        style={{ backgroundColor: '#1f5c3f', color: '#ffffff', padding: '12px 20px', borderRadius: 6 }}
      >
        {words[locale].action}
      </Button>
    </>
  ),
});
