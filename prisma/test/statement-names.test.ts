import { expect, it } from 'vitest';
import { statementNames } from '../src/statement-names.ts';

const query = (sql: string) => ({ sql, args: [], argTypes: [] });

it('names each read once, leaves writes unnamed, and stops naming past its limit', () => {
  const nameOf = statementNames(2);
  const first = nameOf(query('SELECT 1'));
  expect(first).not.toBe('');
  expect(nameOf(query('SELECT 1'))).toBe(first);
  expect(nameOf(query('UPDATE "Session" SET x = 1'))).toBe('');
  const second = nameOf(query(' WITH s AS (SELECT 1) SELECT * FROM s'));
  expect(second).not.toBe('');
  expect(second).not.toBe(first);
  expect(nameOf(query('SELECT 2'))).toBe('');
  expect(nameOf(query('SELECT 1'))).toBe(first);
});
