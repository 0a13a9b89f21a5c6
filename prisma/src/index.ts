// @naboskab/db: the Prisma client, its types and the shared domain rules, in one import.
export * from '../generated/client.ts';
export { type Database, type OpenDatabaseOptions, openDatabase } from './client.ts';
export * from './domain/cvr.ts';
export * from './domain/password.ts';
export { type ApplyOptions, applyMigrations, type MigrationTarget } from './migrate.ts';
export type { SqlExecutor } from './sql.ts';
