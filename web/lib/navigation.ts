import type { MessageKey } from './i18n/messages';

export type Role = 'ADMIN' | 'COORDINATOR' | 'VOLUNTEER' | 'MINISTRY';
export type NavItem = { href: string; label: MessageKey };

// The single place that decides which links each audience sees. Only routes that exist are
// listed; when a page lands, add it here. Planned (no route yet):
//   COORDINATOR: Mine partnerskaber, Møder, Ressourcer · VOLUNTEER: Find frivilligopgaver,
//   Mine aftaler · MINISTRY: Ministeriets kort · ADMIN: Administration
const signedOut: NavItem[] = [
  { href: '/', label: 'nav.map' },
  { href: '/log-ind', label: 'nav.signIn' },
  { href: '/bliv-frivillig', label: 'nav.register' },
  { href: '/frivillig', label: 'volunteers.nav.find' },
];

const signedInCommon: NavItem[] = [
  { href: '/', label: 'nav.map' },
  { href: '/partnerskaber', label: 'nav.partnerships' },
  { href: '/organisationer', label: 'nav.organisations' },
  { href: '/min-side', label: 'nav.myPage' },
];

const byRole: Record<Role, NavItem[]> = {
  COORDINATOR: [
    { href: '/koordinator', label: 'nav.coordinatorHome' },
    { href: '/mine-opgaver', label: 'nav.meetingTasks' },
    { href: '/min-side/kalender', label: 'nav.calendarFeeds' },
    { href: '/ressourcer', label: 'nav.resources' },
    { href: '/mine-bookinger', label: 'nav.myBookings' },
    { href: '/koordinator/frivillige', label: 'volunteers.nav.coordinate' },
    { href: '/henvisninger', label: 'nav.referrals' },
  ],
  VOLUNTEER: [
    { href: '/ressourcer', label: 'nav.resources' },
    { href: '/frivillig', label: 'volunteers.nav.find' },
    { href: '/mine-aftaler', label: 'volunteers.nav.mine' },
    { href: '/mine-data', label: 'volunteers.nav.data' },
  ],
  MINISTRY: [{ href: '/ministeriet', label: 'nav.ministryMap' }],
  ADMIN: [
    { href: '/admin', label: 'nav.admin' },
    { href: '/ministeriet', label: 'nav.ministryMap' },
    { href: '/mine-opgaver', label: 'nav.meetingTasks' },
    { href: '/min-side/kalender', label: 'nav.calendarFeeds' },
    { href: '/ressourcer', label: 'nav.resources' },
    { href: '/mine-bookinger', label: 'nav.myBookings' },
  ],
};

export function navigationFor(role: Role | null): NavItem[] {
  return role ? [...signedInCommon, ...byRole[role]] : signedOut;
}
