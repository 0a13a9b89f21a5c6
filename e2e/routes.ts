import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import type { AccountName } from './accounts.ts';
import { expect } from './fixtures.ts';

// Every route of the app, with the role that sees it and how a dynamic route finds a seeded row:
// the page-by-page sweeps (phone width, accessibility) walk this one table.

const slug = 'faellesskaber-gellerup-toveshoej-bispehaven';

export type Ids = { meeting: string; opportunity: string; resource: string; referral: string };
export type Entry = {
  role: AccountName | null;
  path: (ids: Ids) => string;
  /** Signed-in roles the page refuses with 403 and forbidden.tsx's "Du har ikke adgang". */
  refused?: AccountName[];
};

export const routes: Record<string, Entry> = {
  '/': { role: null, path: () => '/' },
  '/log-ind': { role: null, path: () => '/log-ind' },
  '/bliv-frivillig': { role: null, path: () => '/bliv-frivillig' },
  '/glemt-adgangskode': { role: null, path: () => '/glemt-adgangskode' },
  // Without a token these pages explain that the link is missing or no longer valid.
  '/nulstil-adgangskode': { role: null, path: () => '/nulstil-adgangskode' },
  '/invitation': { role: null, path: () => '/invitation' },
  '/bekraeft-email': { role: null, path: () => '/bekraeft-email' },
  '/afmeld': { role: null, path: () => '/afmeld?token=aaaaaaaaaa.bbbbbbbbbb' },
  '/privatlivspolitik': { role: null, path: () => '/privatlivspolitik' },
  '/tilgaengelighed': { role: null, path: () => '/tilgaengelighed' },
  '/admin': { role: 'admin', path: () => '/admin' },
  '/admin/brugere': { role: 'admin', path: () => '/admin/brugere' },
  '/admin/udsendelser': { role: 'admin', path: () => '/admin/udsendelser' },
  '/admin/laesninger': { role: 'admin', path: () => '/admin/laesninger' },
  // A host's link that is not valid (any more) explains itself on the same page.
  '/vaert/[token]': { role: null, path: () => '/vaert/ikke-et-gyldigt-link' },
  '/varsler': { role: 'coordinator', path: () => '/varsler' },
  '/henvisninger': { role: 'guide', path: () => '/henvisninger' },
  '/henvisninger/ny': { role: 'guide', path: () => '/henvisninger/ny' },
  '/henvisninger/[id]': { role: 'guide', path: (ids) => `/henvisninger/${encodeURIComponent(ids.referral)}` },
  '/organisationer': { role: 'admin', path: () => '/organisationer' },
  '/ministeriet': { role: 'ministry', path: () => '/ministeriet' },
  '/frivillig': { role: 'volunteer', path: () => '/frivillig' },
  '/frivillig/[id]': { role: 'volunteer', path: (ids) => `/frivillig/${ids.opportunity}` },
  '/min-side': { role: 'volunteer', path: () => '/min-side' },
  '/mine-aftaler': { role: 'volunteer', path: () => '/mine-aftaler' },
  '/mine-data': { role: 'volunteer', path: () => '/mine-data' },
  '/min-side/kalender': { role: 'coordinator', path: () => '/min-side/kalender' },
  '/mine-bookinger': { role: 'coordinator', path: () => '/mine-bookinger' },
  '/mine-opgaver': { role: 'coordinator', path: () => '/mine-opgaver' },
  '/koordinator': { role: 'coordinator', path: () => '/koordinator' },
  '/koordinator/frivillige': { role: 'coordinator', path: () => '/koordinator/frivillige' },
  '/partnerskaber': { role: 'coordinator', path: () => '/partnerskaber' },
  '/partnerskaber/ny': { role: 'coordinator', path: () => '/partnerskaber/ny' },
  '/partnerskaber/[slug]': { role: 'coordinator', path: () => `/partnerskaber/${slug}` },
  '/partnerskaber/[slug]/moeder': { role: 'coordinator', path: () => `/partnerskaber/${slug}/moeder` },
  '/partnerskaber/[slug]/rediger': { role: 'coordinator', path: () => `/partnerskaber/${slug}/rediger` },
  '/partnerskaber/[slug]/resultater': {
    role: 'coordinator',
    path: () => `/partnerskaber/${slug}/resultater`,
  },
  '/moeder/[id]': { role: 'coordinator', path: (ids) => `/moeder/${ids.meeting}` },
  // A meeting invitation's answer link that is not valid explains itself on the same page.
  '/moeder/svar/[token]': { role: null, path: () => '/moeder/svar/ikke-et-gyldigt-link' },
  '/moeder/[id]/referat': { role: 'coordinator', path: (ids) => `/moeder/${ids.meeting}/referat` },
  // The ministry sees no resources.
  '/ressourcer': { role: 'coordinator', path: () => '/ressourcer', refused: ['ministry'] },
  '/ressourcer/ny': { role: 'coordinator', path: () => '/ressourcer/ny' },
  '/ressourcer/[id]': {
    role: 'coordinator',
    path: (ids) => `/ressourcer/${ids.resource}`,
    refused: ['ministry'],
  },
  '/ressourcer/[id]/rediger': {
    role: 'coordinator',
    path: (ids) => `/ressourcer/${ids.resource}/rediger`,
    refused: ['ministry'],
  },
};

/** The app's routes as Next.js sees them: page.tsx folders, route groups `(x)` left out. */
export function appRoutes(): string[] {
  const app = join(import.meta.dirname, '..', 'web', 'app');
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else if (entry.name === 'page.tsx') {
        const segments = relative(app, dir)
          .split(sep)
          .filter((s) => s && !/^\(.*\)$/.test(s));
        found.push(`/${segments.join('/')}`);
      }
    }
  };
  walk(app);
  return found.sort();
}

const uuidOf = (globalId: string) => {
  const decoded = Buffer.from(globalId, 'base64').toString();
  return decoded.slice(decoded.indexOf(':') + 1);
};

async function graphql(request: APIRequestContext, query: string) {
  const response = await request.post('/graphql', {
    headers: { 'x-graphql-yoga-csrf': '1' },
    data: { query },
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

// Seeded rows for the dynamic routes, found through the API as the route's own role sees them.
const lookups: Record<keyof Ids, { query: string; id: (data: any) => string | undefined }> = {
  meeting: {
    query: `{ partnership(slug: "${slug}") { meetings(first: 1, when: PAST) { edges { node { id } } } } }`,
    id: (data) => data.partnership.meetings.edges[0]?.node.id,
  },
  resource: {
    query: '{ resources(first: 1) { edges { node { id } } } }',
    id: (data) => data.resources.edges[0]?.node.id,
  },
  referral: {
    query: '{ myReferrals(first: 1) { edges { node { id } } } }',
    id: (data) => data.myReferrals.edges[0]?.node.id,
  },
  opportunity: {
    query:
      '{ activities(first: 20) { edges { node { opportunities(first: 1) { edges { node { id } } } } } } }',
    id: (data) => data.activities.edges.flatMap((a: any) => a.node.opportunities.edges).at(0)?.node.id,
  },
};

export async function seededIds(request: APIRequestContext, route: string): Promise<Ids> {
  const key = route.startsWith('/moeder')
    ? 'meeting'
    : route.startsWith('/ressourcer')
      ? 'resource'
      : route.startsWith('/henvisninger')
        ? 'referral'
        : 'opportunity';
  const id = lookups[key].id(await graphql(request, lookups[key].query));
  if (!id) throw new Error(`no seeded ${key} for ${route}`);
  // Referral pages take the global id, as the caseload links them; the others a bare UUID.
  return {
    meeting: '',
    resource: '',
    opportunity: '',
    referral: '',
    [key]: key === 'referral' ? id : uuidOf(id),
  };
}

/** The route's address, a dynamic one with a seeded row as `request`'s account sees it. */
export async function routePath(request: APIRequestContext, route: string, entry: Entry) {
  return entry.path(route.includes('[id]') ? await seededIds(request, route) : ({} as Ids));
}

export const roles = [null, 'admin', 'ministry', 'volunteer', 'coordinator', 'guide'] as const;

/** Opens the route as its entry says and waits until it has settled: requests done, maps drawn. */
export async function openRoute(page: Page, route: string, entry: Entry) {
  const response = await page.goto(await routePath(page.request, route, entry));
  expect(response?.status(), 'the page itself loads').toBeLessThan(400);
  await page.waitForLoadState('networkidle');
  // A page that settled on a loading or error state in place of its content has no main heading.
  await expect(page.locator('main h1').first(), 'the page shows its heading').toBeAttached();
  // A map publishes data-idle-at once it has drawn (web/map/create-map.ts).
  for (const map of await page.locator('.maplibregl-map').all()) {
    await expect(map).toHaveAttribute('data-idle-at', /\d/);
  }
}
