import { Text } from '@react-email/text';
import { defineMailKind } from '../kind.ts';

const words = {
  da: {
    subject: 'Din kode til Naboskab',
    text: (code: string) =>
      `Din kode til at bekræfte dit mobilnummer i Naboskab er ${code}. Den gælder i 10 minutter. Har du ikke bedt om den, så se bort fra denne SMS.`,
  },
  en: {
    subject: 'Your Naboskab code',
    text: (code: string) =>
      `Your code to confirm your mobile number in Naboskab is ${code}. It is valid for 10 minutes. If you did not ask for it, ignore this message.`,
  },
} as const;

/**
 * The code that proves a phone number (domain/account/phone-verification.ts). Sent by SMS only;
 * sensitive, so the outbox erases the code once sent and administrators never see it.
 */
export const accountPhoneCode = defineMailKind<{ code: string }>({
  sensitive: true,
  subject: (_data, locale) => words[locale].subject,
  reason: {
    da: 'nogen bad om at bekræfte dette nummer i Naboskab.',
    en: 'someone asked to confirm this number in Naboskab.',
  },
  sms: ({ data, locale }) => words[locale].text(data.code),
  Body: ({ data, locale }) => <Text>{words[locale].text(data.code)}</Text>,
});
