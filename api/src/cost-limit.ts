import {
  type DefinitionNode,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from './context.ts';
import { t } from './i18n.ts';

/** Pothos' page sizes (builder.ts: defaultConnectionSize, maxConnectionSize). */
const DEFAULT_PAGE = 20;
const MAX_PAGE = 100;
/** Values one response may hold at most: a page of 100 of anything, and 100 × 100 of small rows. */
export const MAX_COST = 100_000;

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

function pageSize(field: FieldNode, walk: Walk): number {
  const arg = field.arguments?.find((a) => a.name.value === 'first' || a.name.value === 'last');
  const value = (node: ValueNode | undefined): unknown =>
    node?.kind === Kind.INT
      ? Number(node.value)
      : node?.kind === Kind.VARIABLE
        ? walk.variables[node.name.value]
        : null;
  const asked = value(arg?.value);
  return Math.min(MAX_PAGE, typeof asked === 'number' && asked >= 0 ? asked : DEFAULT_PAGE);
}

function selectionCost(
  type: GraphQLObjectType | null,
  set: SelectionSetNode,
  walk: Walk,
  seen: Set<string>,
): number {
  let cost = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = walk.fragments.get(selection.name.value);
      if (!fragment || seen.has(fragment.name.value)) continue;
      const on = walk.schema.getType(fragment.typeCondition.name.value);
      cost += selectionCost(
        isObjectType(on) ? on : type,
        fragment.selectionSet,
        walk,
        new Set([...seen, fragment.name.value]),
      );
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const on = selection.typeCondition && walk.schema.getType(selection.typeCondition.name.value);
      cost += selectionCost(isObjectType(on) ? on : type, selection.selectionSet, walk, seen);
    } else {
      cost += 1;
      if (!selection.selectionSet) continue;
      const named = type && getNamedType(type.getFields()[selection.name.value]?.type);
      // Interfaces and unions: the members share the cost model, so any object type of it will do.
      const next = isObjectType(named)
        ? named
        : isInterfaceType(named)
          ? (walk.schema.getImplementations(named).objects[0] ?? null)
          : null;
      const inner = selectionCost(next, selection.selectionSet, walk, seen);
      cost += named?.name.endsWith('Connection') ? inner * pageSize(selection, walk) : inner;
    }
  }
  return cost;
}

/**
 * The most values a response to `operation` can hold: each field counts 1, times the page size
 * (first/last, literal or variable; Pothos' default 20 when absent) of every connection around it.
 * Unpaginated lists count once: they are small by design (a partnership's areas, a meeting's
 * agenda) or whole by purpose (the ministry map).
 */
export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: FragmentDefinitionNode[],
  variables: Record<string, unknown>,
): number {
  const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  const walk = { schema, fragments: new Map(fragments.map((f) => [f.name.value, f])), variables };
  return selectionCost(root ?? null, operation.selectionSet, walk, new Set());
}

/** Refuses an operation whose response could exceed MAX_COST values, before it runs. */
export function useCostLimit(): Plugin<Context> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const definitions: readonly DefinitionNode[] = args.document.definitions;
      const operations = definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
      const operation =
        operations.find((o) => !args.operationName || o.name?.value === args.operationName) ?? operations[0];
      if (!operation) return;
      const fragments = definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
      const cost = operationCost(args.schema, operation, fragments, args.variableValues ?? {});
      if (cost <= MAX_COST) return;
      const message = t(args.contextValue.locale, 'query.tooCostly', { cost, max: MAX_COST });
      setResultAndStopExecution({
        errors: [new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COSTLY' } })],
      });
    },
  };
}
