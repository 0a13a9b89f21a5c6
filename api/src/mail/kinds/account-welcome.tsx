import { Button } from '@react-email/button';
import { Heading } from '@react-email/heading';
import { Text } from '@react-email/text';
import { defineMailKind } from '../kind.ts';

const words = {
  da: {
    subject: 'Velkommen til Naboskab',
    hello: (name: string) => `Hej ${name}`,
    body: 'Din konto som frivillig er oprettet. Du kan nu finde aktiviteter i dit område, melde dig til og registrere dine timer.',
    action: 'Find frivilligopgaver',
  },
  en: {
    subject: 'Welcome to Naboskab',
    hello: (name: string) => `Hello ${name}`,
    body: 'Your volunteer account has been created. You can now find activities near you, sign up and log your hours.',
    action: 'Find volunteer opportunities',
  },
} as const;

/** Sent when a volunteer registers (domain/register-volunteer.ts). */
export const accountWelcome = defineMailKind<{ name: string }>({
  sensitive: false,
  subject: (_data, locale) => words[locale].subject,
  reason: {
    da: 'du har oprettet en konto som frivillig i Naboskab.',
    en: 'you created a volunteer account in Naboskab.',
  },
  Body: ({ data, locale, url }) => (
    <>
      <Heading as="h1" style={{ fontSize: 22 }}>
        {words[locale].hello(data.name)}
      </Heading>
      <Text>{words[locale].body}</Text>
      <Button
        href={url('/frivillig')}
        style={{ backgroundColor: '#1f5c3f', color: '#ffffff', padding: '12px 20px', borderRadius: 6 }}
      >
        {words[locale].action}
      </Button>
    </>
  ),
});
