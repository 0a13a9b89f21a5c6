import { LonelinessItem, LonelinessPhase } from '@naboskab/db';
import { builder } from '../builder.ts';
import type { LonelinessCell } from '../domain/loneliness-cells.ts';

// UCLA-3 / T-ILS answer counts: one shape for a report's typed counts and for sums over reports.

export const LonelinessPhaseEnum = builder.enumType(LonelinessPhase, { name: 'LonelinessPhase' });
export const LonelinessItemEnum = builder.enumType(LonelinessItem, {
  name: 'LonelinessItem',
  description: 'UCLA-3 / T-ILS items: lacks company, feels left out, feels isolated.',
});

/** An object type of answer counts, suppressed as domain/loneliness-cells.ts says. */
export const lonelinessCellRef = (name: string, description: string, whoSeesRaw: string) =>
  builder.objectRef<LonelinessCell>(name).implement({
    description,
    fields: (t) => ({
      phase: t.expose('phase', { type: LonelinessPhaseEnum }),
      item: t.expose('item', { type: LonelinessItemEnum }),
      answer: t.exposeInt('answer'),
      count: t.int({
        nullable: true,
        description: `Null when suppressed: 1-4, or a count that would reveal one (the answers 1-3 of an item add up to the respondents of the phase). ${whoSeesRaw}`,
        resolve: (cell) => cell.count.value,
      }),
      suppressed: t.boolean({
        description:
          'True when `count` is hidden by small-cell suppression: "<5" when 1-4, else hidden so that it cannot reveal one.',
        resolve: (cell) => cell.count.suppression !== null,
      }),
    }),
  });
