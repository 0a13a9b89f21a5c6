import { createHash, randomBytes } from 'node:crypto';
import {
  type Consent,
  hashPassword,
  type Person,
  type Prisma,
  type PrismaClient,
  type Role,
  type Session,
  type User,
} from '@naboskab/db';
import { uuidv7 } from '../ids.ts';
import { addDays } from '../time.ts';
import { nextSeq } from './sequence.ts';

export const DEFAULT_TEST_PASSWORD = 'Naboskab-test-2026';
export const CONSENT_TEXT_VERSION = '2026-01';

export type PersonInput = Partial<Prisma.PersonCreateManyInput>;
export type UserInput = Partial<Prisma.UserCreateManyInput>;

// argon2id is deliberately slow: hash each distinct password once per process.
const hashes = new Map<string, Promise<string>>();
export function hashPasswordOnce(password: string): Promise<string> {
  let hash = hashes.get(password);
  if (!hash) {
    hash = hashPassword(password);
    hashes.set(password, hash);
  }
  return hash;
}

export function buildPerson(input: PersonInput = {}): Prisma.PersonCreateManyInput & { id: string } {
  const n = input.name === undefined ? nextSeq() : 0;
  return { id: uuidv7(), languages: ['da'], skills: [], ...input, name: input.name ?? `Testperson ${n}` };
}

export function createPerson(prisma: PrismaClient, input: PersonInput = {}): Promise<Person> {
  return prisma.person.create({ data: buildPerson(input) });
}

/** Row data for a user; the e-mail is stored lower-case. */
export function buildUser(
  input: UserInput & { personId: string; passwordHash: string },
): Prisma.UserCreateManyInput & { id: string } {
  const email = (input.email ?? `bruger-${nextSeq()}@example.test`).toLowerCase();
  // Seeded and test accounts have a proven address unless a test says otherwise.
  const emailVerifiedAt = input.createdAt ?? new Date();
  return { id: uuidv7(), role: 'VOLUNTEER', locale: 'da', emailVerifiedAt, ...input, email };
}

export interface CreateUserOptions {
  role?: Role;
  email?: string;
  /** Plain password; hashed once per process and cached. */
  password?: string;
  name?: string;
  organisationId?: string | null;
  person?: PersonInput;
  user?: Omit<UserInput, 'personId' | 'passwordHash'>;
}

/** A person with a user account. Returns the plain password so tests can sign in. */
export async function createUser(
  prisma: PrismaClient,
  options: CreateUserOptions = {},
): Promise<{ user: User; person: Person; password: string }> {
  const n = nextSeq();
  const role = options.role ?? 'VOLUNTEER';
  const password = options.password ?? DEFAULT_TEST_PASSWORD;
  const email = (options.email ?? `${role.toLowerCase()}-${n}@example.test`).toLowerCase();
  const person = await createPerson(prisma, {
    name: options.name ?? `Test ${role.toLowerCase()} ${n}`,
    email,
    organisationId: options.organisationId ?? null,
    ...options.person,
  });
  const passwordHash = await hashPasswordOnce(password);
  const user = await prisma.user.create({
    data: buildUser({ ...options.user, email, role, personId: person.id, passwordHash }),
  });
  return { user, person, password };
}

export function buildConsent(
  input: Partial<Prisma.ConsentCreateManyInput> & { personId: string },
): Prisma.ConsentCreateManyInput & { id: string } {
  return { id: uuidv7(), purpose: 'volunteering', textVersion: CONSENT_TEXT_VERSION, ...input };
}

export function createConsent(
  prisma: PrismaClient,
  input: Partial<Prisma.ConsentCreateManyInput> & { personId: string },
): Promise<Consent> {
  return prisma.consent.create({ data: buildConsent(input) });
}

/** A session as the API stores it (SHA-256 of the token); returns the token for the cookie. */
export async function createSession(
  prisma: PrismaClient,
  input: { userId: string; token?: string; expiresAt?: Date },
): Promise<{ session: Session; token: string }> {
  const token = input.token ?? randomBytes(32).toString('base64url');
  const tokenHash = createHash('sha256').update(token).digest('hex');
  const session = await prisma.session.create({
    data: { userId: input.userId, tokenHash, expiresAt: input.expiresAt ?? addDays(new Date(), 30) },
  });
  return { session, token };
}
