import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'prisma/config';

const here = path.dirname(fileURLToPath(import.meta.url));
// Loads before Prisma checks for engines: a stub stops it from downloading one (see README).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(here, 'scripts/no-schema-engine.sh');

export default defineConfig({
  schema: path.join(here, 'schema.prisma'),
  migrations: { path: path.join(here, 'migrations') },
});
