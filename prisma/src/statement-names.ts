import type { SqlQuery } from '@prisma/driver-adapter-utils';

// Names for Prisma's reads, so that node-postgres prepares each SQL text once per connection and
// PostgreSQL may keep its plan (a generic plan after five runs, when it is estimated no dearer),
// instead of parsing and planning every statement again: the joined statement of a page takes
// ~1.5 ms to plan, more than it takes to run. At most `limit` texts get a name, since a named
// statement lives as long as its connection and `IN (…)` lists make one text per list length;
// past the limit, and for writes, statements go unnamed as before ('' is node-postgres' unnamed).
export function statementNames(limit = 1000): (query: SqlQuery) => string {
  const names = new Map<string, string>();
  return ({ sql }) => {
    let name = names.get(sql);
    if (name === undefined && names.size < limit && /^\s*(SELECT|WITH)\b/i.test(sql)) {
      name = `prisma_${names.size}`;
      names.set(sql, name);
    }
    return name ?? '';
  };
}
