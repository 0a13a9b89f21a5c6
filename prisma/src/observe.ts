import type {
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
  SqlQuery,
  SqlQueryable,
  Transaction,
} from '@prisma/driver-adapter-utils';

// Reports every SQL statement Prisma sends, at the driver adapter: the one place every query,
// inside a transaction or not, passes on both PostgreSQL and PGlite (used to catch N+1 queries).
// Transaction control is left out: adapter-pg sends COMMIT through the adapter, PGlite's adapter
// does not, so counting it would make the same code count differently on the two databases.
const transactionControl = /^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)\b/i;

function observeQueryable<T extends SqlQueryable>(target: T, report: (sql: string) => void): T {
  const onQuery = (sql: string) => {
    if (!transactionControl.test(sql)) report(sql);
  };
  const queryRaw = target.queryRaw.bind(target);
  const executeRaw = target.executeRaw.bind(target);
  target.queryRaw = (query: SqlQuery) => {
    onQuery(query.sql);
    return queryRaw(query);
  };
  target.executeRaw = (query: SqlQuery) => {
    onQuery(query.sql);
    return executeRaw(query);
  };
  return target;
}

export function observeQueries(
  factory: SqlDriverAdapterFactory,
  onQuery: (sql: string) => void,
): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect(): Promise<SqlDriverAdapter> {
      const adapter = observeQueryable(await factory.connect(), onQuery);
      const startTransaction = adapter.startTransaction.bind(adapter);
      adapter.startTransaction = async (...args): Promise<Transaction> =>
        observeQueryable(await startTransaction(...args), onQuery);
      return adapter;
    },
  };
}
