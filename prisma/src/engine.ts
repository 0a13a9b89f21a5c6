// Prisma's schema engine as WASM, driven offline (the native binary cannot be downloaded here).
// The package's API is internal: its exact version is pinned in package.json.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import * as bg from '@prisma/schema-engine-wasm/schema_engine_bg';
import { lockfileContent, readMigrations } from './migrations-dir.ts';
import { migrationsDir, schemaPath } from './paths.ts';
import { pgliteEngineFactory } from './pglite.ts';

// @types/node 20 does not declare the WebAssembly global; the two constructors used here suffice.
declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
};

let wasmReady = false;

// The package's main entry does `import * as wasm from "./x.wasm"`, which Node 20 cannot load:
// instantiate the .wasm ourselves and hand it to the generated bindings.
function loadWasm(): void {
  if (wasmReady) return;
  const require = createRequire(import.meta.url);
  const file = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg').replace(/\.js$/, '.wasm');
  const module = new WebAssembly.Module(readFileSync(file));
  const instance = new WebAssembly.Instance(module, { './schema_engine_bg.js': bg as never });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  wasmReady = true;
}

export interface DiffOptions {
  /** Start from the migrations folder (default) or from an empty database. */
  from?: 'migrations' | 'empty';
  migrationsDir?: string;
  schemaPath?: string;
}

export interface DiffOutcome {
  /** 0: in sync; 2: the schema needs a new migration (the engine's --exit-code convention). */
  exitCode: number;
  /** The SQL that takes the database from `from` to schema.prisma. */
  sql: string;
}

/** Diffs the migrations folder (replayed on an in-memory PGlite shadow) → schema.prisma. */
export async function diffSchema(options: DiffOptions = {}): Promise<DiffOutcome> {
  loadWasm();
  const dir = options.migrationsDir ?? migrationsDir;
  const schemaFile = options.schemaPath ?? schemaPath;
  const databases = pgliteEngineFactory();
  const factory = bindMigrationAwareSqlAdapterFactory(databases.factory);
  const schema = readFileSync(schemaFile, 'utf8');
  let engine: bg.SchemaEngine | undefined;
  try {
    engine = await bg.SchemaEngine.new({ datamodels: [[schemaFile, schema]] }, () => {}, factory);
    const from =
      options.from === 'empty'
        ? { tag: 'empty' as const }
        : {
            tag: 'migrations' as const,
            baseDir: dir,
            lockfile: { path: 'migration_lock.toml', content: lockfileContent },
            shadowDbInitScript: '',
            migrationDirectories: readMigrations(dir).map((m) => ({
              path: m.name,
              migrationFile: { path: 'migration.sql', content: { tag: 'ok' as const, value: m.sql } },
            })),
          };
    const result = await engine.diff({
      from,
      to: { tag: 'schemaDatamodel', files: [{ path: schemaFile, content: schema }] },
      script: true,
      exitCode: true,
      filters: { externalTables: [], externalEnums: [] },
    });
    return { exitCode: result.exitCode, sql: result.stdout ?? '' };
  } catch (error) {
    throw readableError(error, factory.errorRegistry);
  } finally {
    engine?.free();
    await databases.closeAll();
  }
}

// Adapter failures reach us as "External error id#N": the real error waits in the registry.
function readableError(
  error: unknown,
  registry: { consumeError(id: number): { error: unknown } | undefined },
) {
  const message = error instanceof Error ? error.message : String(error);
  const id = /id#(\d+)/.exec(message)?.[1];
  const inner = id === undefined ? undefined : registry.consumeError(Number(id))?.error;
  if (inner === undefined) return error;
  const detail = inner instanceof Error ? inner.message : JSON.stringify(inner);
  return new Error(`${message}: ${detail}`, { cause: inner });
}
