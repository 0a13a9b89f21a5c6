import SchemaBuilder, {
  BasePlugin,
  type InputFieldsMapping,
  mapInputFields,
  type PothosOutputFieldConfig,
  type SchemaTypes,
} from '@pothos/core';
import type { Context } from '../context.ts';
import { decodeGlobalId, invalidId } from './partnership-access.ts';

// Checks every global-ID argument (at any depth of an input) before the Relay plugin decodes it,
// so a malformed one answers BAD_USER_INPUT naming its field ("input.activityId") instead of an
// unexpected error. Decoding itself is the access module's (builder.ts wires it into Relay).

type Expected = readonly string[] | true;

function check(ctx: Context, value: unknown, expected: Expected, path: string[]) {
  const decoded = typeof value === 'string' ? decodeGlobalId(value) : null;
  if (!decoded || (expected !== true && !expected.includes(decoded.typename))) throw invalidId(ctx, path);
}

function walk(
  ctx: Context,
  args: Record<string, unknown>,
  map: InputFieldsMapping<SchemaTypes, Expected>,
  path: string[],
) {
  for (const [name, mapping] of map) {
    const value = args[name];
    if (value === null || value === undefined) continue;
    const visit = (item: unknown, at: string[]) => {
      if (item === null || item === undefined) return;
      if (mapping.kind === 'InputObject') {
        if (mapping.fields.map) walk(ctx, item as Record<string, unknown>, mapping.fields.map, at);
      } else if (mapping.value) check(ctx, item, mapping.value, at);
    };
    if (mapping.listDepth > 0 && Array.isArray(value)) {
      for (const [i, item] of value.entries()) visit(item, [...path, name, String(i)]);
    } else visit(value, [...path, name]);
  }
}

export const globalIdPlugin = 'globalIds' as const;

class GlobalIdPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override onOutputFieldConfig(fieldConfig: PothosOutputFieldConfig<Types>) {
    const map = mapInputFields<Types, Expected>(fieldConfig.args, this.buildCache, (input) => {
      if (!input.extensions?.isRelayGlobalID) return null;
      const forTypes = input.extensions.relayGlobalIDFor as { typename: string }[] | null | undefined;
      return forTypes ? forTypes.map((type) => type.typename) : true;
    });
    if (!map) return fieldConfig;
    const mapping = map as unknown as InputFieldsMapping<SchemaTypes, Expected>;
    return {
      ...fieldConfig,
      argMappers: [
        (args: Record<string, unknown>, ctx: Types['Context']) => {
          walk(ctx as Context, args, mapping, []);
          return args;
        },
        ...fieldConfig.argMappers,
      ],
    };
  }
}

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      globalIds: GlobalIdPlugin<Types>;
    }
  }
}

SchemaBuilder.registerPlugin(globalIdPlugin, GlobalIdPlugin);
