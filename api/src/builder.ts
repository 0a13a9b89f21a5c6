import type { PrismaClient } from '@naboskab/db';
import type PrismaTypes from '@naboskab/db/pothos-types';
import { getDatamodel } from '@naboskab/db/pothos-types';
import SchemaBuilder from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import { type GraphQLResolveInfo, isObjectType } from 'graphql';
import { JSONResolver } from 'graphql-scalars';
import { z } from 'zod';
import { globalIdPlugin } from './auth/global-id-plugin.ts';
import { canonicalUuid, decodeGlobalId, invalidId } from './auth/partnership-access.ts';
import { visibleNodeIds } from './auth/visible-where.ts';
import { type Context, coordinates, memberPartnershipIds } from './context.ts';
import { BoundedDate, BoundedDateTime } from './date-bounds.ts';
import { guides } from './domain/referral/access.ts';
import { badUserInput, requestError, toFieldIssues } from './errors.ts';
import { MoneyScalar } from './money.ts';

/** The ids node(id:)/nodes(ids:) may answer, others null: of node types, and visible to the viewer. */
async function visibleNodes<Id extends { typename: string; id: string }>(
  ctx: Context,
  info: GraphQLResolveInfo,
  ids: readonly Id[],
) {
  const isNode = (typename: string) => {
    const type = info.schema.getType(typename);
    return isObjectType(type) && type.getInterfaces().some((node) => node.name === 'Node');
  };
  const visible = await visibleNodeIds(
    ctx,
    ids.filter((id) => isNode(id.typename)),
  );
  return ids.map((id) => (visible.has(`${id.typename}:${id.id}`) ? id : null));
}

const pageSize = z.number().int().min(0).max(100).nullish();

/**
 * A cursor this API handed out: Pothos's `GPC:S:` and a row's key (a UUID, or a municipality's
 * four-digit code). Anything else would reach the database as that key and fail there as a bug.
 */
const cursor = z
  .string()
  .max(200)
  .refine(
    (value) => {
      const key = /^GPC:S:(.*)$/s.exec(Buffer.from(value, 'base64').toString('utf8'))?.[1];
      return key !== undefined && (canonicalUuid(key) !== null || /^\d{4}$/.test(key));
    },
    { error: 'cursor.invalid' },
  )
  .nullish();

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
  /** Is a fællesskabsguide of this partnership (see domain/referral/access.ts; admins do not pass). */
  guideOf: string;
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
  plugins: [ScopeAuthPlugin, ErrorsPlugin, ValidationPlugin, PrismaPlugin, globalIdPlugin, RelayPlugin],
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
      guideOf: (partnershipId) => guides(ctx, partnershipId),
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
    // The access module's one decoder: ids come out canonical, or as BAD_USER_INPUT. Arguments
    // were checked with their field's name by GlobalIdPlugin; what reaches here unchecked is
    // node(id:) and nodes(ids:).
    decodeGlobalID: (globalID, ctx) => {
      const decoded = decodeGlobalId(globalID);
      if (!decoded) throw invalidId(ctx, 'id');
      return decoded;
    },
    clientMutationId: 'omit',
    cursorType: 'String',
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
    // Missing and invisible rows are null (every node type loads through a visibility filter), and
    // so is an id of a type that is no node (Pothos would fail on it as on a bug).
    nodeQueryOptions: {
      description: 'The object with this id; null when it is missing or not visible to you.',
      resolve: async (_root, args, ctx, info, resolveNode) => {
        const [id] = await visibleNodes(ctx, info, [args.id]);
        return id ? resolveNode(id) : null;
      },
    },
    nodesQueryOptions: {
      description: 'At most 100 ids; null for each that is missing or not visible to you.',
      resolve: async (_root, args, ctx, info, resolveNodes) => {
        if (args.ids.length > 100) throw badUserInput(ctx.locale, [{ path: ['ids'], message: 'id.tooMany' }]);
        // Pothos resolves `args.ids` itself, so ids it may not answer are blanked there.
        Object.assign(args, { ids: await visibleNodes(ctx, info, args.ids) });
        return resolveNodes(args.ids);
      },
    },
    firstArgOptions: { description: 'At most 100.', validate: pageSize },
    lastArgOptions: { description: 'At most 100.', validate: pageSize },
    beforeArgOptions: { validate: cursor },
    afterArgOptions: { validate: cursor },
  },
});

builder.addScalarType('DateTime', BoundedDateTime);
builder.addScalarType('Date', BoundedDate);
builder.addScalarType('JSON', JSONResolver);
builder.addScalarType('Money', MoneyScalar);

builder.queryType({});
builder.mutationType({});
