import { LonelinessItem, LonelinessPhase } from '@naboskab/db';
import { z } from 'zod';
import { holds, idOf, ownerScope } from '../auth/partnership-access.ts';
import { builder } from '../builder.ts';
import { deleteOutcomeReport } from '../domain/delete-outcome-report.ts';
import { partnershipLoneliness, rawLoneliness } from '../domain/loneliness-cells.ts';
import { recordsReferrals } from '../domain/referral/records-referrals.ts';
import { saveOutcomeReport } from '../domain/save-outcome-report.ts';
import { ConflictError, InputValidationError, NotFoundError, parseInput } from '../errors.ts';
import { LonelinessItemEnum, LonelinessPhaseEnum, lonelinessCellRef } from './loneliness.ts';
import { PartnershipRef } from './partnership.ts';

const LonelinessCountRef = lonelinessCellRef(
  'LonelinessCount',
  'How many respondents gave `answer` (1 hardly ever, 2 some of the time, 3 often) to `item`.',
  "The partnership's members (and administrators, who correct reports) see the counts as typed; anyone else sees them suppressed together with the partnership's other reports and their sums.",
);

builder.prismaNode('OutcomeReport', {
  id: { field: 'id' },
  nullable: true,
  description: "A partnership's aggregated figures for one reporting period. No citizen is named.",
  authScopes: (report) => ({ memberOf: report.partnershipId, ministry: true }),
  fields: (t) => ({
    periodStart: t.expose('periodStart', { type: 'Date' }),
    periodEnd: t.expose('periodEnd', { type: 'Date' }),
    participantsReached: t.exposeInt('participantsReached'),
    newParticipantsBridged: t.exposeInt('newParticipantsBridged'),
    activitiesHeld: t.exposeInt('activitiesHeld'),
    volunteersActive: t.exposeInt('volunteersActive'),
    loneliness: t.field({
      type: [LonelinessCountRef],
      description:
        "UCLA-3 counts: as typed for the partnership's members, suppressed for anyone else (the ministry).",
      select: { loneliness: { orderBy: [{ phase: 'asc' }, { item: 'asc' }, { answer: 'asc' }] } },
      // Members typed these counts; everyone else reads them as aggregates (domain.md, "Measures").
      resolve: async (report, _args, ctx) => {
        if (await holds(ctx, 'memberOf', report.partnershipId)) return rawLoneliness(report.loneliness);
        // Suppressed with the partnership's other reports and their sums, once per request.
        ctx.lonelinessOf ??= new Map();
        const suppressed =
          ctx.lonelinessOf.get(report.partnershipId) ??
          partnershipLoneliness(ctx.prisma, report.partnershipId);
        ctx.lonelinessOf.set(report.partnershipId, suppressed);
        return (await suppressed).reports.get(report.id) ?? [];
      },
    }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

builder.prismaObjectFields('Partnership', (t) => ({
  countsBridgedParticipants: t.boolean({
    description:
      'True once the partnership records referrals: its new participants bridged is then counted from confirmed first attendances, and outcome reports no longer take a typed figure.',
    authScopes: (partnership) => ({ memberOf: partnership.id, ministry: true }),
    resolve: (partnership, _args, ctx) => recordsReferrals(ctx.prisma, partnership.id),
  }),
}));

builder.prismaObjectField('Partnership', 'outcomeReports', (t) =>
  t.relatedConnection('outcomeReports', {
    cursor: 'id',
    totalCount: true,
    description: 'Outcome reports, newest period first. Members, the ministry and administrators.',
    authScopes: (partnership) => ({ memberOf: partnership.id, ministry: true }),
    query: { orderBy: [{ periodStart: 'desc' }, { id: 'asc' }] },
  }),
);

const LonelinessCountInput = builder.inputType('LonelinessCountInput', {
  fields: (t) => ({
    phase: t.field({ type: LonelinessPhaseEnum, required: true }),
    item: t.field({ type: LonelinessItemEnum, required: true }),
    answer: t.int({ required: true, description: '1, 2 or 3.' }),
    count: t.int({ required: true }),
  }),
});

const figureFields = (t: PothosInputFieldBuilder) => ({
  periodStart: t.field({ type: 'Date', required: true }),
  periodEnd: t.field({ type: 'Date', required: true }),
  participantsReached: t.int({ required: true }),
  newParticipantsBridged: t.int({
    required: false,
    description:
      'Typed only while the partnership records no referrals (see Partnership.countsBridgedParticipants); refused once it does.',
  }),
  activitiesHeld: t.int({ required: true }),
  volunteersActive: t.int({ required: false }),
  loneliness: t.field({
    type: [LonelinessCountInput],
    required: false,
    description: 'UCLA-3 counts; only the non-zero ones need to be sent.',
  }),
});
type PothosInputFieldBuilder = Parameters<Parameters<typeof builder.inputType>[1]['fields']>[0];

const CreateOutcomeReportInput = builder.inputType('CreateOutcomeReportInput', {
  fields: (t) => ({ partnershipId: t.globalID({ required: true }), ...figureFields(t) }),
});
const UpdateOutcomeReportInput = builder.inputType('UpdateOutcomeReportInput', {
  fields: (t) => ({ reportId: t.globalID({ required: true }), ...figureFields(t) }),
});

const count = z
  .number()
  .int({ error: 'outcome.countWhole' })
  .min(0, { error: 'outcome.countNegative' })
  .max(10_000_000);

const figures = z
  .object({
    periodStart: z.date(),
    periodEnd: z.date(),
    participantsReached: count,
    newParticipantsBridged: count.nullish().transform((v) => v ?? null),
    activitiesHeld: count,
    volunteersActive: count.nullish().transform((v) => v ?? 0),
    loneliness: z
      .array(
        z.object({
          phase: z.enum(LonelinessPhase),
          item: z.enum(LonelinessItem),
          answer: z
            .number()
            .int()
            .min(1, { error: 'outcome.answerRange' })
            .max(3, { error: 'outcome.answerRange' }),
          count,
        }),
      )
      .max(18)
      .nullish()
      .transform((v) => v ?? []),
  })
  .superRefine((f, ctx) => {
    if (f.periodEnd < f.periodStart)
      ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: 'outcome.periodEndBeforeStart' });
    if (f.newParticipantsBridged !== null && f.newParticipantsBridged > f.participantsReached)
      ctx.addIssue({
        code: 'custom',
        path: ['newParticipantsBridged'],
        message: 'outcome.bridgedAboveReached',
      });
    const seen = new Set<string>();
    f.loneliness.forEach((e, i) => {
      const key = `${e.phase}:${e.item}:${e.answer}`;
      if (seen.has(key))
        ctx.addIssue({ code: 'custom', path: ['loneliness', i], message: 'outcome.duplicateCount' });
      seen.add(key);
    });
  });

const errorTypes = [InputValidationError, NotFoundError];

builder.mutationField('createOutcomeReport', (t) =>
  t.prismaField({
    type: 'OutcomeReport',
    description: "A coordinator enters a reporting period's figures for their partnership.",
    args: { input: t.arg({ type: CreateOutcomeReportInput, required: true }) },
    authScopes: (_root, args, ctx) =>
      ownerScope(ctx, 'coordinatorOf', 'Partnership', args.input.partnershipId, 'input.partnershipId'),
    errors: {
      types: errorTypes,
      union: { name: 'CreateOutcomeReportResult' },
      result: { name: 'CreateOutcomeReportSuccess' },
      dataField: { name: 'report' },
    },
    resolve: async (query, _root, args, ctx) => {
      const partnershipId = idOf(ctx, args.input.partnershipId, 'Partnership', 'input.partnershipId');
      const report = await saveOutcomeReport(ctx, { partnershipId }, parseInput(figures, args.input));
      return ctx.prisma.outcomeReport.findUniqueOrThrow({ ...query, where: { id: report.id } });
    },
  }),
);

builder.mutationField('updateOutcomeReport', (t) =>
  t.prismaField({
    type: 'OutcomeReport',
    description: "Replaces a report's figures (all of them, UCLA-3 counts included).",
    args: { input: t.arg({ type: UpdateOutcomeReportInput, required: true }) },
    authScopes: (_root, args, ctx) =>
      ownerScope(ctx, 'coordinatorOf', 'OutcomeReport', args.input.reportId, 'input.reportId'),
    errors: {
      types: errorTypes,
      union: { name: 'UpdateOutcomeReportResult' },
      result: { name: 'UpdateOutcomeReportSuccess' },
      dataField: { name: 'report' },
    },
    resolve: async (query, _root, args, ctx) => {
      const reportId = idOf(ctx, args.input.reportId, 'OutcomeReport', 'input.reportId');
      const report = await saveOutcomeReport(ctx, { reportId }, parseInput(figures, args.input));
      return ctx.prisma.outcomeReport.findUniqueOrThrow({ ...query, where: { id: report.id } });
    },
  }),
);

const DeleteOutcomeReportInput = builder.inputType('DeleteOutcomeReportInput', {
  fields: (t) => ({ reportId: t.globalID({ required: true }) }),
});

builder.mutationField('deleteOutcomeReport', (t) =>
  t.prismaField({
    type: PartnershipRef,
    description:
      'Deletes a report entered by mistake (not one whose baseline a later report needs); the ' +
      'history keeps its figures. Returns the partnership.',
    args: { input: t.arg({ type: DeleteOutcomeReportInput, required: true }) },
    authScopes: (_root, args, ctx) =>
      ownerScope(ctx, 'coordinatorOf', 'OutcomeReport', args.input.reportId, 'input.reportId'),
    errors: {
      types: [NotFoundError, ConflictError],
      union: { name: 'DeleteOutcomeReportResult' },
      result: { name: 'DeleteOutcomeReportSuccess' },
      dataField: { name: 'partnership' },
    },
    resolve: async (query, _root, args, ctx) => {
      const reportId = idOf(ctx, args.input.reportId, 'OutcomeReport', 'input.reportId');
      const partnershipId = await deleteOutcomeReport(ctx, reportId);
      return ctx.prisma.partnership.findUniqueOrThrow({ ...query, where: { id: partnershipId } });
    },
  }),
);
