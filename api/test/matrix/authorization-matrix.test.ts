import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphQLResponse, startTestApi } from '../support.ts';
import type { Row } from './rows.ts';
import { accountRows } from './rows-accounts.ts';
import { destructiveRows } from './rows-destructive.ts';
import { mutationRows } from './rows-mutations.ts';
import { type PersonalRow, personalRows } from './rows-personal.ts';
import { queryRows } from './rows-queries.ts';
import { referralRows } from './rows-referrals.ts';
import { fingerprint, type Kind, matrixWorld, ROLES, type Role, type Side } from './world.ts';

// Every root query field and mutation × 8 roles × objects of partnership A and B × each id in
// its canonical and three non-canonical spellings. To add an operation, add a row to rows-*.ts
// (see rows.ts for how); this file fails for any operation of api/schema.graphql without one.

let app: Awaited<ReturnType<typeof startTestApi>>;
let world: Awaited<ReturnType<typeof matrixWorld>>;
beforeAll(async () => {
  app = await startTestApi();
  world = await matrixWorld(app);
}, 120_000);
afterAll(() => app.close());

const rows: Record<string, Row> = {
  ...queryRows,
  ...mutationRows,
  ...accountRows,
  ...referralRows,
  ...destructiveRows,
};
const DESTRUCTIVE = new Set(Object.values(destructiveRows));
const SPELLINGS = {
  canonical: (uuid: string) => uuid,
  upper: (uuid: string) => uuid.toUpperCase(),
  braces: (uuid: string) => `{${uuid}}`,
  bare: (uuid: string) => uuid.replaceAll('-', ''),
};
type Spelling = keyof typeof SPELLINGS;
const TYPENAME: Partial<Record<Kind, string>> = {
  ClosedMeeting: 'Meeting',
  ClosedAgendaItem: 'AgendaItem',
  OpenBooking: 'Booking',
  Account: 'User',
};
const gid = (kind: Kind, uuid: string) => Buffer.from(`${TYPENAME[kind] ?? kind}:${uuid}`).toString('base64');

interface Cell {
  role: Role;
  side: Side;
  spelling: Spelling;
}
let cellCount = 0;

function cellsOf(row: Row): { allowed: Cell[]; refused: Cell[] } {
  const cells: Cell[] = [];
  for (const side of row.on ? (['A', 'B'] as const) : (['A'] as const))
    for (const role of ROLES)
      for (const spelling of row.on ? (Object.keys(SPELLINGS) as Spelling[]) : (['canonical'] as const))
        cells.push({ role, side, spelling });
  const allowed = cells.filter((c) => row.allow(c.role, c.side));
  const refused = cells.filter((c) => !row.allow(c.role, c.side));
  // A destructive call is allowed once per role and side (admins last: they may find it gone).
  const once = allowed.filter((c) => c.spelling === 'canonical').sort((a) => (a.role === 'admin' ? 1 : -1));
  return { allowed: DESTRUCTIVE.has(row) ? once : allowed, refused };
}

function call(row: Row, { role, side, spelling }: Cell) {
  const objects = world.objects[side];
  const id = row.on ? gid(row.on, SPELLINGS[spelling](objects[row.on])) : '';
  const vars =
    row.vars?.(id, { ...objects, gid: (kind) => gid(kind, objects[kind]) }) ?? (row.on ? { id } : {});
  return world.clients[role].gql(row.doc, vars);
}

const fieldOf = (doc: string) => /\{\s*(\w+)/.exec(doc)?.[1] ?? '';

/** What is wrong with a cell's answer, or null. */
function judge(
  row: Row,
  cell: Cell,
  response: GraphQLResponse,
  allowed: boolean,
  personal: boolean,
  seen?: unknown,
): string | null {
  const error = response.errors?.[0];
  const code = error?.extensions?.code;
  if (code === 'INTERNAL_SERVER_ERROR') return `internal error: ${error?.message}`;
  const value = response.data?.[fieldOf(row.doc)];
  if (allowed) {
    if (error) return `refused with ${code}: ${error.message}`;
    if (personal ? !seen : value === null || value === undefined) return 'answered no data';
    return null;
  }
  if (personal) return seen ? 'saw the personal data' : null;
  const expected = cell.role === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
  if (code === expected) return null;
  if (row.refused === 'null' && !error && value === null) return null;
  return `expected ${expected}, got ${code ?? JSON.stringify(response.data)}`;
}

const refusedProblems = new Map<string, string[]>();
const label = (name: string, cell: Cell) => `${name} · ${cell.role} on ${cell.side} (${cell.spelling} id)`;

/** Runs a row's refused cells (concurrently) and records what went wrong. */
async function runRefused(name: string, row: Row, sees?: PersonalRow['sees']) {
  const { refused } = cellsOf(row);
  const answers = await Promise.all(refused.map((cell) => call(row, cell)));
  const problems = answers.flatMap((response, i) => {
    const cell = refused[i] as Cell;
    const problem = judge(row, cell, response, false, !!sees, sees?.(response.data));
    return problem ? [`${label(name, cell)}: ${problem}`] : [];
  });
  cellCount += refused.length;
  refusedProblems.set(name, problems);
}

/** Runs a row's allowed cells (concurrently, but one by one for destructive rows) and checks both kinds. */
async function runAllowed(name: string, row: Row, sees?: PersonalRow['sees']) {
  const problems = [...(refusedProblems.get(name) ?? ['refused cells did not run'])];
  const check = async (cell: Cell) => {
    const response = await call(row, cell);
    const problem = judge(row, cell, response, true, !!sees, sees?.(response.data));
    cellCount++;
    return problem ? [`${label(name, cell)}: ${problem}`] : [];
  };
  const { allowed } = cellsOf(row);
  if (DESTRUCTIVE.has(row)) for (const cell of allowed) problems.push(...(await check(cell)));
  else problems.push(...(await Promise.all(allowed.map(check))).flat());
  expect(problems).toEqual([]);
}

it('has a row for every root query field and mutation of api/schema.graphql', () => {
  const schema = buildSchema(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));
  const operations = [
    ...Object.keys(schema.getQueryType()?.getFields() ?? {}),
    ...Object.keys(schema.getMutationType()?.getFields() ?? {}),
  ];
  expect(operations.filter((operation) => !(operation in rows))).toEqual([]);
  expect(Object.keys(rows).filter((name) => !operations.includes(name))).toEqual([]);
});

// Refused cells first, all of them: they must leave every table as it was.
it('refuses every cell it should, writing nothing', async () => {
  const before = await fingerprint(app.prisma);
  for (const [name, row] of Object.entries(personalRows)) await runRefused(name, row, row.sees);
  for (const [name, row] of Object.entries(rows)) await runRefused(name, row);
  expect(await fingerprint(app.prisma)).toBe(before);
}, 120_000); // about 2,900 requests: 15-25 s alone, longer beside the other test files

describe('personal data through node(id:) and nested paths', () => {
  for (const [name, row] of Object.entries(personalRows)) it(name, () => runAllowed(name, row, row.sees));
});

describe('operations', () => {
  for (const [name, row] of Object.entries(rows)) it(name, () => runAllowed(name, row));
});

it('holds this many cells', () => {
  console.info(`authorization matrix: ${cellCount} cells`);
  expect(cellCount).toBeGreaterThan(2000);
});
