import type { Prisma } from '@naboskab/db';
import { buildBooking, buildOpeningHours, buildResource } from '../factories/resource.ts';
import { uuidv7 } from '../ids.ts';
import { addDays, copenhagenTime, day } from '../time.ts';
import type { BuiltPartnership } from './build-partnership.ts';
import type { SeedContext } from './context.ts';
import { commonRoom, equipment, type ResourceTemplate, staffTime, van } from './texts.ts';

type BookingRow = Prisma.BookingCreateManyInput & { id: string };

export interface BuiltResources {
  room: { id: string; address: string };
  /** Bookings of this partnership's resources, highest priority first (see resolveOverlaps). */
  bookings: BookingRow[];
}

/** The common room (and for local partnerships a van, equipment) plus staff hours. */
export function buildResources(ctx: SeedContext, p: BuiltPartnership): BuiltResources {
  const area = p.areas[0];
  if (!area) throw new Error(`${p.spec.name} has no area`);
  const address = `Beboerhuset ${area.spec.place}, ${area.town}`;
  const housingId = p.housingOrganisationIds[0] ?? p.leadOrganisationId;
  const association =
    p.members.find((m) => m.role === 'VOLUNTARY_ASSOCIATION')?.organisationId ?? p.leadOrganisationId;
  const add = (
    template: ResourceTemplate,
    ownerOrganisationId: string,
    extra: Partial<Prisma.ResourceCreateManyInput>,
  ) => {
    const resource = buildResource({
      partnershipId: p.id,
      ownerOrganisationId,
      kind: template.kind,
      title: template.title,
      description: template.description,
      capacity: template.capacity,
      areaId: area.id,
      ...extra,
    });
    ctx.rows.resource.push(resource);
    for (const hours of template.hours)
      ctx.rows.resourceOpeningHours.push(buildOpeningHours({ ...hours, resourceId: resource.id }));
    return resource.id;
  };
  const roomId = add(commonRoom(area.spec.place), housingId, {
    address,
    lat: area.spec.lat,
    lon: area.spec.lon,
  });
  const staffId = add(staffTime, housingId, { audience: 'AREA' });
  for (const date of ['12-24', '12-31']) {
    const thisYear = day(`${ctx.now.getUTCFullYear()}-${date}`);
    ctx.rows.resourceException.push({
      id: uuidv7(),
      resourceId: roomId,
      date: thisYear < ctx.now ? day(`${ctx.now.getUTCFullYear() + 1}-${date}`) : thisYear,
      closed: true,
      note: date === '12-24' ? 'Lukket juleaften' : 'Lukket nytårsaften',
    });
  }

  const coordinator = () => p.rng.pick(p.coordinators).userId;
  const booking = (
    resourceId: string,
    purpose: string,
    dayOffset: number,
    from: number,
    to: number,
    status: BookingRow['status'],
  ) => {
    const date = addDays(ctx.now, dayOffset);
    const requestedAt = addDays(date, -p.rng.int(5, 20));
    const decided = status === 'CONFIRMED' || status === 'DECLINED';
    return buildBooking({
      resourceId,
      partnershipId: p.id,
      requestedById: coordinator(),
      purpose,
      startsAt: copenhagenTime(date, from),
      endsAt: copenhagenTime(date, to),
      status,
      decidedById: decided ? coordinator() : null,
      decidedAt: decided ? addDays(requestedAt, 1) : null,
      createdAt: requestedAt,
    });
  };
  const bookings: BookingRow[] = [
    booking(roomId, 'Fødselsdagsfest i beboerforeningen', -12, 10, 14, 'CONFIRMED'),
    booking(roomId, 'Informationsmøde om frivilligdagen', 13, 10, 12, 'CONFIRMED'),
    booking(roomId, 'Bydelsmødrenes temaaften om skolestart', 5, 18, 21, 'REQUESTED'),
    booking(roomId, 'Privat fest', 13, 11, 15, 'DECLINED'),
    booking(staffId, 'Hjælp til fællesspisning', 2, 9, 12, 'CONFIRMED'),
  ];
  if (p.local) {
    const vanId = add(van, p.leadOrganisationId, { audience: 'PARTNERSHIP' });
    const equipmentId = add(equipment, association, { audience: 'SIGNED_IN', requiresApproval: false });
    bookings.push(
      booking(vanId, 'Udflugt til skoven med seniorcaféen', -20, 9, 16, 'CONFIRMED'),
      booking(vanId, 'Indkøb til fællesspisning', 6, 9, 12, 'CONFIRMED'),
      booking(vanId, 'Transport af borde til loppemarked', 6, 10, 14, 'REQUESTED'),
      booking(equipmentId, 'Sommerfest i gården', 40, 10, 22, 'CONFIRMED'),
      booking(vanId, 'Tur til stranden med familieværkstedet', -3, 10, 15, 'CANCELLED'),
    );
  }
  return { room: { id: roomId, address }, bookings };
}

const overlaps = (a: BookingRow, b: BookingRow) =>
  a.resourceId === b.resourceId &&
  new Date(a.startsAt) < new Date(b.endsAt) &&
  new Date(b.startsAt) < new Date(a.endsAt);

/** Confirmed bookings must not overlap (an EXCLUDE constraint): a later one becomes a request. */
export function resolveOverlaps(bookings: BookingRow[]): BookingRow[] {
  const confirmed: BookingRow[] = [];
  for (const booking of bookings) {
    if (booking.status !== 'CONFIRMED') continue;
    if (confirmed.some((other) => overlaps(other, booking))) {
      booking.status = 'REQUESTED';
      booking.decidedById = null;
      booking.decidedAt = null;
    } else confirmed.push(booking);
  }
  return bookings;
}
