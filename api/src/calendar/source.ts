import type { PrismaClient } from '@naboskab/db';

/**
 * Pluggable event sources of the iCalendar feeds. A source turns its own rows (meetings, bookings,
 * shifts…) into events for one feed; the writer (ical.ts) only formats them. To add a source,
 * write sources/<noun>.ts exporting a `CalendarSource` and add it to the list in sources/index.ts.
 */

/** Whose feed is being built. */
export type FeedScope =
  | { kind: 'partnership'; partnershipId: string }
  | { kind: 'personal'; userId: string; personId: string };

export interface CalendarEvent {
  /** Stable across updates, globally unique, e.g. `meeting-<uuid>@naboskab.dk`. */
  uid: string;
  /** RFC 5545 SEQUENCE: bump it whenever the event moves or is cancelled. */
  sequence: number;
  status: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
  summary: string;
  description?: string;
  location?: string;
  /** UTC instants. */
  start: Date;
  end: Date;
  /** Absolute URL of the event's page in the web app (built from env PUBLIC_URL). */
  url: string;
  /** Last change of the row (LAST-MODIFIED). */
  updatedAt: Date;
  /** iTIP invitations (RFC 5546) only: who sends it, and the one person it asks to answer. */
  organizer?: CalendarPerson;
  attendee?: CalendarPerson;
}

export interface CalendarPerson {
  name: string;
  email: string;
}

export interface SourceContext {
  prisma: PrismaClient;
  /** env.PUBLIC_URL without a trailing slash. */
  publicUrl: string;
  /** Events ending before this instant are left out (keeps feeds small). */
  since: Date;
}

export interface CalendarSource {
  /** Short name, for logs. */
  name: string;
  events(scope: FeedScope, ctx: SourceContext): Promise<CalendarEvent[]>;
}
