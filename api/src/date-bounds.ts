import { GraphQLError, GraphQLScalarType } from 'graphql';
import { DateResolver, DateTimeResolver } from 'graphql-scalars';
import { z } from 'zod';

// Every date the API accepts lies in a sensible window: nothing before 2000 (nothing this
// platform records is older), and nothing further ahead than ANY_YEARS_AHEAD (grant and
// partnership periods reach furthest). Kinds of plans that are never made further ahead have
// their own horizon; all of them are here.
const EARLIEST = new Date('2000-01-01T00:00:00Z');
const ANY_YEARS_AHEAD = 10;
export const YEARS_AHEAD = { booking: 2, meeting: 5, shift: 2 } as const;

function yearsFromNow(years: number): Date {
  const date = new Date();
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return date;
}

function bounded(date: Date, scalar: string): Date {
  const latest = yearsFromNow(ANY_YEARS_AHEAD);
  if (date < EARLIEST || date > latest) {
    // A GraphQLError is bad input to graphql-js, which names the variable's path.
    throw new GraphQLError(
      `${scalar} must lie between ${EARLIEST.toISOString().slice(0, 10)} and ${latest.toISOString().slice(0, 10)}`,
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
  }
  return date;
}

/** Any failure to read the date is bad input too (graphql-scalars' own errors carry no code). */
function badInput(parse: () => Date): Date {
  try {
    return parse();
  } catch (error) {
    throw new GraphQLError((error as Error).message, { extensions: { code: 'BAD_USER_INPUT' } });
  }
}

function boundedScalar(base: GraphQLScalarType<Date, unknown>): GraphQLScalarType<Date, unknown> {
  const config = base.toConfig();
  return new GraphQLScalarType({
    ...config,
    parseValue: (value) =>
      bounded(
        badInput(() => base.parseValue(value)),
        config.name,
      ),
    parseLiteral: (ast, variables) =>
      bounded(
        badInput(() => base.parseLiteral(ast, variables)),
        config.name,
      ),
  });
}

export const BoundedDateTime = boundedScalar(DateTimeResolver as GraphQLScalarType<Date, unknown>);
export const BoundedDate = boundedScalar(DateResolver as GraphQLScalarType<Date, unknown>);

/** A date no further ahead than its kind allows, e.g. `startsAt: dateWithin('booking')`. */
export function dateWithin(kind: keyof typeof YEARS_AHEAD) {
  return z.date().refine((date) => date <= yearsFromNow(YEARS_AHEAD[kind]), { error: `date.tooFar.${kind}` });
}
