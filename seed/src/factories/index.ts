// Factories: build<Model>(input) returns row data (with a client-side uuid v7) without touching
// the database; create<Model>(prisma, input) inserts it, creating missing parents on the way.
export * from './activity.ts';
export * from './area.ts';
export * from './audit.ts';
export * from './funding.ts';
export * from './meeting.ts';
export * from './organisation.ts';
export * from './outcome-report.ts';
export * from './partnership.ts';
export * from './person-and-user.ts';
export * from './referral.ts';
export * from './resource.ts';
export { cvrFor, nextSeq, setFactorySequence } from './sequence.ts';
