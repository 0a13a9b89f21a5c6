// Writes the schema as SDL to api/schema.graphql (committed; the web app generates its types from it).
import { writeFileSync } from 'node:fs';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from '../src/schema/index.ts';

export const printedSchema = `${printSchema(lexicographicSortSchema(schema))}\n`;

if (process.argv[1]?.endsWith('print-schema.ts')) {
  writeFileSync(new URL('../schema.graphql', import.meta.url), printedSchema);
  console.info('Wrote api/schema.graphql');
}
