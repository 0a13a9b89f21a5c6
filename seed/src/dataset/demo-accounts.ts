import type { Role } from '@naboskab/db';

export const DEMO_PASSWORD = 'Naboskab-demo-2026';

export interface DemoAccount {
  email: string;
  password: string;
  role: Role;
  name: string;
  description: string;
}

/** Stable demo accounts, one per role (plus a second coordinator and a guide); all use DEMO_PASSWORD. */
export const demoAccounts = {
  admin: {
    email: 'admin@naboskab.dk',
    password: DEMO_PASSWORD,
    role: 'ADMIN',
    name: 'Sara Lund',
    description: 'Administrator: organisationer, brugere og roller',
  },
  coordinator: {
    email: 'koordinator@naboskab.dk',
    password: DEMO_PASSWORD,
    role: 'COORDINATOR',
    name: 'Mette Holm',
    description: 'Koordinator i FrivilligCenter Aarhus for "Fællesskaber i Gellerup, Toveshøj og Bispehaven"',
  },
  coordinatorOdense: {
    email: 'koordinator.odense@naboskab.dk',
    password: DEMO_PASSWORD,
    role: 'COORDINATOR',
    name: 'Ahmed Hassan',
    description: 'Koordinator i Frivilligcenter Odense for "Vollsmose sammen"',
  },
  guide: {
    email: 'guide@naboskab.dk',
    password: DEMO_PASSWORD,
    role: 'COORDINATOR',
    name: 'Lene Brobygger',
    description:
      'Fællesskabsguide (member staff) i "Fællesskaber i Gellerup, Toveshøj og Bispehaven" med henvisninger',
  },
  volunteer: {
    email: 'frivillig@naboskab.dk',
    password: DEMO_PASSWORD,
    role: 'VOLUNTEER',
    name: 'Emil Madsen',
    description: 'Frivillig i Aarhus Vest med tilmeldinger og timer',
  },
  ministry: {
    email: 'ministerium@naboskab.dk',
    password: DEMO_PASSWORD,
    role: 'MINISTRY',
    name: 'Birgitte Dahl',
    description: 'Læseadgang for Social- og Boligstyrelsen',
  },
} as const satisfies Record<string, DemoAccount>;
