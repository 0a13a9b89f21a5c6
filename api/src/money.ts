import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

// Amounts are stored in øre as BigInt. JSON numbers carry them exactly up to 2^53 øre
// (90 billion kr.), far above any pool, so the API speaks plain integers.
const LIMIT = BigInt(Number.MAX_SAFE_INTEGER);

function toBigInt(value: unknown): bigint {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return BigInt(value);
  if (typeof value === 'string' && /^-?\d{1,16}$/.test(value)) {
    const amount = BigInt(value);
    if (amount <= LIMIT && amount >= -LIMIT) return amount;
  }
  throw notMoney();
}

// A GraphQLError is bad input to graphql-js (it names the variable's path); any other error
// would be masked as a bug.
function notMoney() {
  return new GraphQLError('Money must be a whole number of øre within ±2^53', {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

export const MoneyScalar = new GraphQLScalarType<bigint, number>({
  name: 'Money',
  description: 'An amount in øre (100 øre = 1 kr.), as a whole number.',
  serialize: (value) => {
    const amount = toBigInt(value);
    if (amount > LIMIT || amount < -LIMIT) {
      throw new TypeError('Money is too large to serialise');
    }
    return Number(amount);
  },
  parseValue: toBigInt,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.INT && ast.kind !== Kind.STRING) throw notMoney();
    return toBigInt(ast.value);
  },
});
