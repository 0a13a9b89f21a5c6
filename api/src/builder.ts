import type { PrismaClient } from '@naboskab/db';
import type PrismaTypes from '@naboskab/db/pothos-types';
import { getDatamodel } from '@naboskab/db/pothos-types';
import SchemaBuilder from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin, { decodeGlobalID } from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import { JSONResolver } from 'graphql-scalars';
import { z } from 'zod';
import { type Context, coordinates, memberPartnershipIds } from './context.ts';
import { BoundedDate, BoundedDateTime } from './date-bounds.ts';
import { badUserInput, requestError, toFieldIssues } from './errors.ts';
import { MoneyScalar } from './money.ts';

const pageSize = z.number().int().min(0).max(100).nullish();

export interface Scopes {
  signedIn: boolean;
  admin: boolean;
  ministry: boolean;
  coordinator: boolean;
  volunteer: boolean;
  /** Coordinates this partnership (admins pass too). */
  coordinatorOf: string;
  /** Coordinates this partnership, or works for one of its member organisations (admins pass too). */
  memberOf: string;
}

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  AuthScopes: Scopes;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    Date: { Input: Date; Output: Date };
    JSON: { Input: unknown; Output: unknown };
    Money: { Input: bigint; Output: bigint | number };
  };
}>({
  // Errors before validation, so validation failures become ValidationError results.
  defaultFieldNullability: false,
  plugins: [ScopeAuthPlugin, ErrorsPlugin, ValidationPlugin, PrismaPlugin, RelayPlugin],
  scopeAuth: {
    authScopes: (ctx) => ({
      signedIn: ctx.viewer !== null,
      admin: ctx.viewer?.role === 'ADMIN',
      ministry: ctx.viewer?.role === 'MINISTRY',
      coordinator: ctx.viewer?.role === 'COORDINATOR',
      volunteer: ctx.viewer?.role === 'VOLUNTEER',
      coordinatorOf: (partnershipId) => coordinates(ctx, partnershipId),
      memberOf: async (partnershipId) =>
        coordinates(ctx, partnershipId) || (await memberPartnershipIds(ctx)).has(partnershipId),
    }),
    unauthorizedError: (_parent, ctx) =>
      ctx.viewer
        ? requestError(ctx.locale, 'auth.forbidden', 'FORBIDDEN')
        : requestError(ctx.locale, 'auth.signInRequired', 'UNAUTHENTICATED'),
  },
  errors: { defaultTypes: [] },
  // Malformed query arguments are a GraphQL error (BAD_USER_INPUT). Mutation inputs are parsed in
  // the resolver instead (parseInput), after authorization, and fail as a ValidationError result.
  validation: {
    validationError: (result, _args, ctx) => badUserInput(ctx.locale, toFieldIssues(result.issues)),
  },
  prisma: {
    client: (ctx) => ctx.prisma as PrismaClient,
    dmmf: getDatamodel(),
    filterConnectionTotalCount: true,
    maxConnectionSize: 100,
    defaultConnectionSize: 20,
    onUnusedQuery: null,
  },
  relay: {
    // A malformed id is the caller's mistake, not a bug: say so instead of masking it.
    decodeGlobalID: (globalID, ctx) => {
      try {
        return decodeGlobalID(globalID);
      } catch {
        throw requestError(ctx.locale, 'id.invalid', 'BAD_USER_INPUT');
      }
    },
    clientMutationId: 'omit',
    cursorType: 'String',
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
    firstArgOptions: { description: 'At most 100.', validate: pageSize },
    lastArgOptions: { description: 'At most 100.', validate: pageSize },
  },
});

builder.addScalarType('DateTime', BoundedDateTime);
builder.addScalarType('Date', BoundedDate);
builder.addScalarType('JSON', JSONResolver);
builder.addScalarType('Money', MoneyScalar);

builder.queryType({});
builder.mutationType({});
