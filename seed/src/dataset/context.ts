import type { OrganisationKind, Role } from '@naboskab/db';
import { buildOrganisation } from '../factories/organisation.ts';
import { buildConsent, buildPerson, buildUser } from '../factories/person-and-user.ts';
import { cvrFor } from '../factories/sequence.ts';
import { loadGeography } from '../geo.ts';
import type { Rng } from '../random.ts';
import { addDays } from '../time.ts';
import { asciiSlug, firstNames, lastNames } from './names.ts';
import { municipalityOrganisationName } from './organisations.ts';
import { emptyRows, type Rows } from './rows.ts';

/** Shared state while the dataset is built: the rows so far and look-ups by natural key. */
export class SeedContext {
  readonly rows: Rows = emptyRows();
  private readonly organisations = new Map<string, string>();
  private readonly organisationNames = new Map<string, string>();
  private readonly contacts = new Map<string, string>();
  private readonly emails = new Set<string>();
  private readonly counters = new Map<string, number>();

  constructor(
    readonly rng: Rng,
    /** Today at 00:00 UTC (or the `now` option): "upcoming" and "past" are relative to it. */
    readonly now: Date,
    readonly passwordHash: string,
  ) {}

  /** 1, 2, 3 … per name: for CVRs, case numbers, department numbers and synthetic areas. */
  next(counter: string): number {
    const value = (this.counters.get(counter) ?? 0) + 1;
    this.counters.set(counter, value);
    return value;
  }

  /** The id of the organisation with this key, created on first use with a dataset CVR (prefix 2). */
  organisation(
    key: string,
    spec: {
      name: string;
      kind: OrganisationKind;
      municipalityCode: string | null;
      address?: string;
      withoutCvr?: boolean;
    },
  ): string {
    const existing = this.organisations.get(key);
    if (existing) return existing;
    const row = buildOrganisation({
      name: spec.name,
      kind: spec.kind,
      municipalityCode: spec.municipalityCode,
      address: spec.address ?? null,
      cvr: spec.withoutCvr ? null : cvrFor(this.next('cvr'), 2),
      email: `kontakt@${asciiSlug(spec.name)}.example`,
    });
    this.rows.organisation.push(row);
    this.organisations.set(key, row.id);
    this.organisationNames.set(row.id, spec.name);
    return row.id;
  }

  organisationName(id: string): string {
    return this.organisationNames.get(id) ?? '';
  }

  /** The id of an organisation created before under this key. */
  existingOrganisation(key: string): string {
    const id = this.organisations.get(key);
    if (!id) throw new Error(`No organisation ${key}`);
    return id;
  }

  municipalityOrganisation(code: string): string {
    const municipality = loadGeography().municipalities.find((m) => m.code === code);
    if (!municipality) throw new Error(`Unknown municipality ${code}`);
    return this.organisation(`municipality:${code}`, {
      name: municipalityOrganisationName(municipality.name),
      kind: 'MUNICIPALITY',
      municipalityCode: code,
    });
  }

  regionOrganisation(code: string): string {
    const region = loadGeography().regions.find((r) => r.code === code);
    if (!region) throw new Error(`Unknown region ${code}`);
    return this.organisation(`region:${code}`, { name: region.name, kind: 'REGION', municipalityCode: null });
  }

  /** A fictitious name, e.g. "Fatima Holm". */
  personName(rng: Rng): string {
    return `${rng.pick(firstNames)} ${rng.pick(lastNames)}`;
  }

  /** An e-mail address not used before: "fatima.holm@x.example", then "fatima.holm2@x.example". */
  uniqueEmail(name: string, domain: string): string {
    const local = asciiSlug(name).replaceAll('-', '.');
    for (let n = 1; ; n++) {
      const email = `${local}${n === 1 ? '' : n}@${domain}`;
      if (!this.emails.has(email)) {
        this.emails.add(email);
        return email;
      }
    }
  }

  /** The contact person of an organisation (one per organisation, shared by its memberships). */
  contactPerson(organisationId: string, rng: Rng): string {
    const existing = this.contacts.get(organisationId);
    if (existing) return existing;
    const name = this.personName(rng);
    const organisationName = this.organisationName(organisationId);
    const person = buildPerson({
      name,
      email: `${asciiSlug(name).replaceAll('-', '.')}@${asciiSlug(organisationName)}.example`,
      organisationId,
      createdAt: addDays(this.now, -rng.int(200, 900)),
      lastActiveAt: addDays(this.now, -rng.int(0, 60)),
    });
    this.rows.person.push(person);
    this.contacts.set(organisationId, person.id);
    return person.id;
  }

  setContactPerson(organisationId: string, personId: string): void {
    if (!this.contacts.has(organisationId)) this.contacts.set(organisationId, personId);
  }

  /** A person with a user account (all share the one password hash of the seed). */
  user(input: {
    name: string;
    email: string;
    role: Role;
    organisationId?: string | null;
    languages?: string[];
    skills?: string[];
    createdAt: Date;
    lastActiveAt?: Date;
  }): { userId: string; personId: string } {
    const email = input.email.toLowerCase();
    this.emails.add(email);
    const person = buildPerson({
      name: input.name,
      email,
      organisationId: input.organisationId ?? null,
      languages: input.languages ?? ['da'],
      skills: input.skills ?? [],
      createdAt: input.createdAt,
      lastActiveAt: input.lastActiveAt ?? input.createdAt,
    });
    const user = buildUser({
      personId: person.id,
      passwordHash: this.passwordHash,
      email,
      role: input.role,
      createdAt: input.createdAt,
    });
    this.rows.person.push(person);
    this.rows.user.push(user);
    if (input.role === 'VOLUNTEER') {
      this.rows.consent.push(
        buildConsent({ personId: person.id, purpose: 'volunteering', givenAt: input.createdAt }),
      );
    }
    return { userId: user.id, personId: person.id };
  }
}
