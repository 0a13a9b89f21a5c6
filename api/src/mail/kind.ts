import type { ReactNode } from 'react';
import type { Locale } from '../i18n.ts';

/** What a template may hold in `data`: it is stored as JSON in the outbox row. */
export type MailData = { [key: string]: string | number | boolean | null | MailData | MailData[] };

export interface MailBodyProps<Data> {
  data: Data;
  locale: Locale;
  /** Makes an app path ("/log-ind") absolute with PUBLIC_URL: pass paths in `data`, never hosts. */
  url: (path: string) => string;
}

/** One message kind: its subject, body and footer, in Danish and English. */
export interface MailKind<Data extends MailData> {
  /**
   * True when the body carries something that must not be read by others: a link that signs in,
   * resets a password or accepts an invitation. Administrators then see kind, recipient and
   * subject only, and `data` is erased once the message is sent.
   */
  sensitive: boolean;
  subject: (data: Data, locale: Locale) => string;
  /** The footer's "why you get this": completes "Du får denne e-mail, fordi …". */
  reason: Record<Locale, string>;
  /** The body, as React Email components; the layout adds the product name and the footer. */
  Body: (props: MailBodyProps<Data>) => ReactNode;
  /**
   * The kind's text as an SMS, when it can go by SMS (sms/outbox.ts): activity, time, place and a
   * link only, never anything sensitive (the Danish data protection authority's SMS guidance).
   */
  sms?: (props: MailBodyProps<Data>) => string;
  /** Whose choice about which notification kind the e-mail's one-click unsubscribe turns off. */
  unsubscribe?: (data: Data) => { userId: string; kind: string };
  /**
   * An iCalendar invitation sent with the message (iTIP: a text/calendar part with its method,
   * and the same as an .ics attachment). `from` is the sender (MAIL_FROM), its ORGANIZER.
   */
  calendar?: (data: Data, from: string, url: (path: string) => string) => MailCalendar;
}

export interface MailCalendar {
  method: 'REQUEST' | 'CANCEL';
  content: string;
}

/** Declares a kind with its data type inferred from the template. */
export function defineMailKind<Data extends MailData>(kind: MailKind<Data>): MailKind<Data> {
  return kind;
}
