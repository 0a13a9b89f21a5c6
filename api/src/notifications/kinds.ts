import type { NotificationFrequency, Role } from '@naboskab/db';
import type { Locale } from '../i18n.ts';

/**
 * Every kind of notification, by name (stored in rows: never rename one). A kind's texts take
 * only `SafeFields` (activity, time, place), so nothing sensitive can reach an e-mail or SMS:
 * no minutes text, health or loneliness data, or other people's contact details.
 */
export type SafeFields = {
  /** The activity, meeting or resource the event concerns, by its name. */
  activity: string;
  /** ISO instant, when the event has one. */
  startsAt: string | null;
  place: string | null;
};

export interface NotificationKind {
  /** What the person chooses about on Min side, e.g. "Invitationer til møder". */
  label: Record<Locale, string>;
  /** Who can receive it: the kinds shown in a person's preferences. */
  roles: Role[];
  /** One line, e.g. "Du er godkendt som frivillig: Kok til fællesspisning". */
  title: Record<Locale, (activity: string) => string>;
  /** The app path the notification links to, from its object's id. */
  link: (objectId: string) => string;
  /** How often it is e-mailed when the person has not chosen: by role, else `other`. */
  defaultEmail: Partial<Record<Role, NotificationFrequency>> & { other: NotificationFrequency };
}

const meeting = (objectId: string) => `/moeder/${objectId}`;
const meetingRoles: Role[] = ['ADMIN', 'COORDINATOR', 'VOLUNTEER'];
const bookerRoles: Role[] = ['ADMIN', 'COORDINATOR', 'VOLUNTEER'];
const resource = (objectId: string) => `/ressourcer/${objectId}`;
const immediately = { other: 'IMMEDIATELY' } as const;

export const notificationKinds = {
  'meeting.planned': {
    label: { da: 'Invitationer til møder', en: 'Meeting invitations' },
    roles: meetingRoles,
    title: { da: (a) => `Du er inviteret til mødet ${a}`, en: (a) => `You are invited to the meeting ${a}` },
    link: meeting,
    defaultEmail: immediately,
  },
  'meeting.moved': {
    label: { da: 'Møder, der flyttes', en: 'Meetings that move' },
    roles: meetingRoles,
    title: { da: (a) => `Mødet ${a} er flyttet`, en: (a) => `The meeting ${a} has moved` },
    link: meeting,
    defaultEmail: immediately,
  },
  'meeting.cancelled': {
    label: { da: 'Møder, der aflyses', en: 'Meetings that are cancelled' },
    roles: meetingRoles,
    title: { da: (a) => `Mødet ${a} er aflyst`, en: (a) => `The meeting ${a} is cancelled` },
    link: meeting,
    defaultEmail: immediately,
  },
  'meeting.agenda': {
    label: { da: 'Dagsordener til møder', en: 'Meeting agendas' },
    roles: meetingRoles,
    title: {
      da: (a) => `Dagsordenen til mødet ${a} er klar`,
      en: (a) => `The agenda for the meeting ${a} is ready`,
    },
    link: meeting,
    defaultEmail: immediately,
  },
  'meeting.minutes': {
    label: { da: 'Referater af møder', en: 'Meeting minutes' },
    roles: meetingRoles,
    title: {
      da: (a) => `Referatet af mødet ${a} er klar`,
      en: (a) => `The minutes of the meeting ${a} are ready`,
    },
    link: meeting,
    defaultEmail: immediately,
  },
  'meeting.reminder': {
    label: { da: 'Påmindelser dagen før møder', en: 'Reminders the day before meetings' },
    roles: meetingRoles,
    title: { da: (a) => `Påmindelse: mødet ${a} i morgen`, en: (a) => `Reminder: the meeting ${a} tomorrow` },
    link: meeting,
    defaultEmail: immediately,
  },
  'signUp.received': {
    label: { da: 'Nye tilmeldinger fra frivillige', en: 'New volunteer sign-ups' },
    roles: ['ADMIN', 'COORDINATOR'],
    title: {
      da: (a) => `Ny frivillig har meldt sig til ${a}`,
      en: (a) => `A new volunteer signed up for ${a}`,
    },
    link: () => '/koordinator/frivillige',
    // Coordinators of busy partnerships get many: one e-mail a day unless they choose otherwise.
    defaultEmail: { other: 'DAILY' },
  },
  'signUp.approved': {
    label: { da: 'Godkendte tilmeldinger', en: 'Approved sign-ups' },
    roles: ['VOLUNTEER'],
    title: {
      da: (a) => `Du er godkendt som frivillig: ${a}`,
      en: (a) => `You are approved as a volunteer: ${a}`,
    },
    link: () => '/mine-opgaver',
    defaultEmail: immediately,
  },
  'signUp.declined': {
    label: { da: 'Afviste tilmeldinger', en: 'Declined sign-ups' },
    roles: ['VOLUNTEER'],
    title: {
      da: (a) => `Din tilmelding til ${a} blev ikke godkendt`,
      en: (a) => `Your sign-up for ${a} was not approved`,
    },
    link: () => '/mine-opgaver',
    defaultEmail: immediately,
  },
  'actionItem.assigned': {
    label: { da: 'Opgaver, du får fra møder', en: 'Action items given to you at meetings' },
    roles: meetingRoles,
    title: {
      da: (a) => `Du har fået en opgave fra mødet ${a}`,
      en: (a) => `You have an action item from the meeting ${a}`,
    },
    link: () => '/mine-opgaver',
    defaultEmail: immediately,
  },
  'actionItem.dueTomorrow': {
    label: { da: 'Opgaver med frist i morgen', en: 'Action items due tomorrow' },
    roles: meetingRoles,
    title: {
      da: (a) => `Din opgave fra mødet ${a} har frist i morgen`,
      en: (a) => `Your action item from the meeting ${a} is due tomorrow`,
    },
    link: () => '/mine-opgaver',
    defaultEmail: immediately,
  },
  'actionItem.overdue': {
    label: { da: 'Opgaver over fristen', en: 'Overdue action items' },
    roles: meetingRoles,
    title: {
      da: (a) => `Din opgave fra mødet ${a} er over fristen`,
      en: (a) => `Your action item from the meeting ${a} is overdue`,
    },
    link: () => '/mine-opgaver',
    defaultEmail: immediately,
  },
  'booking.requested': {
    label: { da: 'Anmodninger om at booke jeres ressourcer', en: 'Requests to book your resources' },
    roles: ['ADMIN', 'COORDINATOR'],
    title: { da: (a) => `Ny anmodning om at booke ${a}`, en: (a) => `New request to book ${a}` },
    link: resource,
    defaultEmail: immediately,
  },
  'booking.cancelled': {
    label: { da: 'Aflyste bookinger af jeres ressourcer', en: 'Cancelled bookings of your resources' },
    roles: ['ADMIN', 'COORDINATOR'],
    title: { da: (a) => `En booking af ${a} er aflyst`, en: (a) => `A booking of ${a} is cancelled` },
    link: resource,
    defaultEmail: { other: 'DAILY' },
  },
  'booking.approved': {
    label: { da: 'Godkendte bookinger', en: 'Approved bookings' },
    roles: bookerRoles,
    title: { da: (a) => `Din booking af ${a} er godkendt`, en: (a) => `Your booking of ${a} is approved` },
    link: () => '/mine-bookinger',
    defaultEmail: immediately,
  },
  'booking.declined': {
    label: { da: 'Afviste bookinger', en: 'Declined bookings' },
    roles: bookerRoles,
    title: { da: (a) => `Din booking af ${a} blev afvist`, en: (a) => `Your booking of ${a} was declined` },
    link: () => '/mine-bookinger',
    defaultEmail: immediately,
  },
  // The resource was withdrawn (offered by mistake): the requester's booking is cancelled.
  'booking.withdrawn': {
    label: { da: 'Bookinger, der aflyses af ejeren', en: 'Bookings cancelled by the owner' },
    roles: bookerRoles,
    title: {
      da: (a) => `${a} er trukket tilbage, og din booking er aflyst`,
      en: (a) => `${a} was withdrawn and your booking is cancelled`,
    },
    link: () => '/mine-bookinger',
    defaultEmail: immediately,
  },
  'shift.reminder': {
    label: { da: 'Påmindelser dagen før vagter', en: 'Reminders the day before shifts' },
    roles: ['VOLUNTEER'],
    title: {
      da: (a) => `Påmindelse: din vagt i morgen: ${a}`,
      en: (a) => `Reminder: your shift tomorrow: ${a}`,
    },
    link: () => '/mine-opgaver',
    defaultEmail: immediately,
  },
  'hours.approved': {
    label: { da: 'Godkendte timer', en: 'Approved hours' },
    roles: ['VOLUNTEER'],
    title: { da: (a) => `Dine timer for ${a} er godkendt`, en: (a) => `Your hours for ${a} are approved` },
    link: () => '/mine-aftaler',
    defaultEmail: { other: 'WEEKLY' },
  },
  'hours.returned': {
    label: { da: 'Timer, der sendes tilbage', en: 'Hours sent back' },
    roles: ['VOLUNTEER'],
    title: {
      da: (a) => `Dine timer for ${a} er sendt tilbage`,
      en: (a) => `Your hours for ${a} were sent back`,
    },
    link: () => '/mine-aftaler',
    defaultEmail: immediately,
  },
  'shift.moved': {
    label: { da: 'Vagter, der flyttes', en: 'Shifts that move' },
    roles: ['VOLUNTEER'],
    title: { da: (a) => `Din vagt er flyttet: ${a}`, en: (a) => `Your shift has moved: ${a}` },
    link: () => '/mine-aftaler',
    defaultEmail: immediately,
  },
  'shift.cancelled': {
    label: { da: 'Vagter, der aflyses', en: 'Shifts that are cancelled' },
    roles: ['VOLUNTEER'],
    title: { da: (a) => `Din vagt er aflyst: ${a}`, en: (a) => `Your shift is cancelled: ${a}` },
    link: () => '/mine-aftaler',
    defaultEmail: immediately,
  },
  'signUp.promoted': {
    label: { da: 'Pladser fra ventelisten', en: 'Places from the waiting list' },
    roles: ['VOLUNTEER'],
    title: {
      da: (a) => `Du har fået en plads fra ventelisten: ${a}`,
      en: (a) => `You got a place from the waiting list: ${a}`,
    },
    link: () => '/mine-opgaver',
    defaultEmail: immediately,
  },
} satisfies Record<string, NotificationKind>;

export type NotificationKindName = keyof typeof notificationKinds;

export function notificationKind(name: string): NotificationKind | undefined {
  return Object.hasOwn(notificationKinds, name) ? notificationKinds[name as NotificationKindName] : undefined;
}

/** The frequency a person with `role` gets when they have not chosen one. */
export function defaultEmailFrequency(kind: NotificationKind, role: Role): NotificationFrequency {
  return kind.defaultEmail[role] ?? kind.defaultEmail.other;
}

/** The kinds a person with `role` can receive, by name. */
export function kindsFor(role: Role): [NotificationKindName, NotificationKind][] {
  return (Object.entries(notificationKinds) as [NotificationKindName, NotificationKind][]).filter(
    ([, kind]) => kind.roles.includes(role),
  );
}
