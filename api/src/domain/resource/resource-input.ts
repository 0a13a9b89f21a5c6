import { z } from 'zod';
import { requiredText } from '../../schema/fields.ts';

const minutes = z.number().int().min(0).max(1440);
const emptyToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);

const openingHours = z
  .object({ weekday: z.number().int().min(1).max(7), opensAt: minutes, closesAt: minutes })
  .refine((h) => h.opensAt < h.closesAt, { error: 'resource.closesBeforeOpens', path: ['closesAt'] });

const exception = z
  .object({
    date: z.date(),
    closed: z.boolean(),
    opensAt: minutes.nullish(),
    closesAt: minutes.nullish(),
    note: z.string().trim().max(200).nullish(),
  })
  .superRefine((e, issue) => {
    if (e.closed) return;
    if (e.opensAt == null || e.closesAt == null)
      issue.addIssue({ code: 'custom', message: 'resource.exceptionHoursRequired', path: ['opensAt'] });
    else if (e.opensAt >= e.closesAt)
      issue.addIssue({ code: 'custom', message: 'resource.closesBeforeOpens', path: ['closesAt'] });
  });

/** The fields of a resource that the offer and edit forms send. */
export const resourceFields = z
  .object({
    ownerOrganisationId: z.guid({ error: 'id.invalid' }),
    kind: z.enum(['ROOM', 'EQUIPMENT', 'VEHICLE', 'STAFF_TIME', 'MATERIALS', 'OTHER']),
    title: requiredText(120),
    description: z.string().trim().max(4000).nullish(),
    capacity: z.number().int().min(0).max(100_000).nullish(),
    address: z.preprocess(emptyToNull, z.string().trim().max(200).nullish()),
    lat: z.number().nullish(),
    lon: z.number().nullish(),
    areaId: z.guid({ error: 'id.invalid' }).nullish(),
    audience: z.enum(['PARTNERSHIP', 'AREA', 'SIGNED_IN']),
    requiresApproval: z.boolean(),
    openingHours: z.array(openingHours).max(50),
    exceptions: z.array(exception).max(200),
  })
  .superRefine((r, issue) => {
    if ((r.lat == null) !== (r.lon == null))
      issue.addIssue({
        code: 'custom',
        message: 'resource.pointIncomplete',
        path: [r.lat == null ? 'lat' : 'lon'],
      });
    if (r.lat != null && r.lon != null && !(r.lat >= 54.4 && r.lat <= 57.9 && r.lon >= 7.9 && r.lon <= 15.3))
      issue.addIssue({ code: 'custom', message: 'resource.pointOutsideDenmark', path: ['lat'] });
    if (r.audience === 'AREA' && !r.areaId)
      issue.addIssue({ code: 'custom', message: 'resource.areaRequired', path: ['areaId'] });
    r.openingHours.forEach((h, i) => {
      const overlapping = r.openingHours.some(
        (o, j) => j < i && o.weekday === h.weekday && o.opensAt < h.closesAt && h.opensAt < o.closesAt,
      );
      if (overlapping)
        issue.addIssue({
          code: 'custom',
          message: 'resource.hoursOverlap',
          path: ['openingHours', i, 'opensAt'],
        });
    });
    r.exceptions.forEach((e, i) => {
      const day = e.date.toISOString().slice(0, 10);
      if (r.exceptions.some((o, j) => j < i && o.date.toISOString().slice(0, 10) === day))
        issue.addIssue({
          code: 'custom',
          message: 'resource.exceptionDuplicate',
          path: ['exceptions', i, 'date'],
        });
    });
  });

export type ResourceFields = z.output<typeof resourceFields>;
