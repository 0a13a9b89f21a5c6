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
];

const signedInCommon: NavItem[] = [
  { href: '/', label: 'nav.map' },
  { href: '/min-side', label: 'nav.myPage' },
];

const byRole: Record<Role, NavItem[]> = {
  COORDINATOR: [],
  VOLUNTEER: [],
  MINISTRY: [],
  ADMIN: [],
};

export function navigationFor(role: Role | null): NavItem[] {
  return role ? [...signedInCommon, ...byRole[role]] : signedOut;
}
