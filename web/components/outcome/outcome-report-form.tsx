'use client';

import type { DocumentNode } from '@apollo/client';
import { type FormEvent, useId, useState } from 'react';
import { graphql } from '../../gql';
import type { LonelinessItem, LonelinessPhase, OutcomeReportFieldsFragment } from '../../gql/graphql';
import { useLocale, useT } from '../../lib/i18n/client';
import { formatDate } from '../../lib/i18n/format';
import type { MessageKey } from '../../lib/i18n/messages';
import { parseWholeNumber } from '../../lib/parse-number';
import { MutationAlert } from '../ui/mutation-alert';
import { fieldFailure } from '../ui/mutation-failure';
import { TableScroll } from '../ui/table-scroll';
import { useMutationResult } from '../ui/use-mutation-result';

export const OutcomeReportFields = graphql(`
  fragment OutcomeReportFields on OutcomeReport {
    id
    periodStart
    periodEnd
    participantsReached
    newParticipantsBridged
    activitiesHeld
    volunteersActive
    loneliness {
      phase
      item
      answer
      count
    }
  }
`);

const CreateOutcomeReport = graphql(`
  mutation CreateOutcomeReport($input: CreateOutcomeReportInput!) {
    createOutcomeReport(input: $input) {
      __typename
      ... on CreateOutcomeReportSuccess {
        report {
          ...OutcomeReportFields
        }
      }
      ...MutationFailure
    }
  }
`);

const UpdateOutcomeReport = graphql(`
  mutation UpdateOutcomeReport($input: UpdateOutcomeReportInput!) {
    updateOutcomeReport(input: $input) {
      __typename
      ... on UpdateOutcomeReportSuccess {
        report {
          ...OutcomeReportFields
        }
      }
      ...MutationFailure
    }
  }
`);

const phases: LonelinessPhase[] = ['BASELINE', 'FOLLOW_UP'];
const items: LonelinessItem[] = ['LACKS_COMPANY', 'LEFT_OUT', 'ISOLATED'];
const answers = [1, 2, 3];
// The 18 cells in the order they are sent: issue paths input.loneliness.<i> point back at them.
const cells = phases.flatMap((phase) =>
  items.flatMap((item) => answers.map((answer) => ({ phase, item, answer }))),
);
const numbers = [
  'participantsReached',
  'newParticipantsBridged',
  'activitiesHeld',
  'volunteersActive',
] as const;
const formFields = [
  'periodStart',
  'periodEnd',
  ...numbers,
  'loneliness',
  ...cells.map((_, i) => `loneliness.${i}.count`),
];

type Props = {
  partnershipId: string;
  /** The partnership records referrals: new participants bridged is counted, not typed. */
  countsBridged: boolean;
  report: OutcomeReportFieldsFragment | null;
  onSaved: () => void;
  /** The lists that show the saved report. */
  refetch: readonly DocumentNode[];
  onCancel?: () => void;
  /** Announces "saved" on mount: a new report's form is remounted empty after saving. */
  justSaved?: boolean;
};

export function OutcomeReportForm({
  partnershipId,
  countsBridged,
  report,
  onSaved,
  refetch,
  onCancel,
  justSaved = false,
}: Props) {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  const result = useMutationResult({ fields: formFields, refetch });
  const { errors: issues, busy } = result;
  const [saved, setSaved] = useState(justSaved);
  const typed = countsBridged ? numbers.filter((name) => name !== 'newParticipantsBridged') : numbers;
  const countOf = (phase: string, item: string, answer: number) =>
    report?.loneliness.find((c) => c.phase === phase && c.item === item && c.answer === answer)?.count;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '');
    // Blank counts are 0; anything but a whole number is named at its field before sending.
    const whole = (name: string) => parseWholeNumber(text(name));
    const problems: Record<string, string> = {};
    for (const name of ['periodStart', 'periodEnd'] as const)
      if (!text(name)) problems[name] = t('form.required');
    for (const name of typed) if (!whole(name).ok) problems[name] = t('failure.wholeNumber');
    cells.forEach((_, i) => {
      if (!whole(`cell-${i}`).ok) problems[`loneliness.${i}.count`] = t('failure.wholeNumber');
    });
    if (Object.keys(problems).length) return result.fail(fieldFailure(problems, t));
    const int = (name: string) => whole(name).value ?? 0;
    const figures = {
      periodStart: text('periodStart'),
      periodEnd: text('periodEnd'),
      participantsReached: int('participantsReached'),
      ...(countsBridged ? {} : { newParticipantsBridged: int('newParticipantsBridged') }),
      activitiesHeld: int('activitiesHeld'),
      volunteersActive: int('volunteersActive'),
      loneliness: cells.map((c, i) => ({ ...c, count: int(`cell-${i}`) })),
    };
    const outcome = report
      ? await result.run(UpdateOutcomeReport, { input: { reportId: report.id, ...figures } })
      : await result.run(CreateOutcomeReport, { input: { partnershipId, ...figures } });
    if (outcome.ok) {
      setSaved(true);
      onSaved();
    }
  }

  const issue = (name: string) =>
    issues[name] ? (
      <span className="field-error" id={`${id}-${name}-error`}>
        {issues[name]}
      </span>
    ) : null;
  const described = (name: string) => (issues[name] ? `${id}-${name}-error` : undefined);

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {report
          ? t('outcome.edit', {
              from: formatDate(locale, report.periodStart),
              to: formatDate(locale, report.periodEnd),
            })
          : t('outcome.new')}
      </h2>
      <MutationAlert result={result} showStatus={false} />
      {saved && (
        <p className="status" role="status">
          {t('outcome.saved')}
        </p>
      )}
      <fieldset>
        <legend>{t('outcome.period')}</legend>
        <div className="outcome-figures">
          {(['periodStart', 'periodEnd'] as const).map((name) => (
            <div key={name} className="field">
              <label htmlFor={`${id}-${name}`}>{t(`outcome.${name}`)}</label>
              <input
                id={`${id}-${name}`}
                name={name}
                type="date"
                required
                defaultValue={report?.[name] ?? ''}
                aria-invalid={Boolean(issues[name])}
                aria-describedby={described(name)}
              />
              {issue(name)}
            </div>
          ))}
        </div>
      </fieldset>
      <div className="outcome-figures">
        {typed.map((name) => (
          <div key={name} className="field">
            <label htmlFor={`${id}-${name}`}>{t(`outcome.${name}`)}</label>
            <input
              id={`${id}-${name}`}
              name={name}
              type="number"
              min={0}
              step={1}
              inputMode="numeric"
              defaultValue={report?.[name] ?? ''}
              aria-invalid={Boolean(issues[name])}
              aria-describedby={described(name)}
            />
            {issue(name)}
          </div>
        ))}
      </div>
      {countsBridged && (
        <p className="hint">
          {t('outcome.bridgedCountedHint')} {issue('newParticipantsBridged')}
        </p>
      )}
      <fieldset aria-describedby={[`${id}-ucla-hint`, described('loneliness')].filter(Boolean).join(' ')}>
        <legend>{t('outcome.ucla')}</legend>
        <p className="hint" id={`${id}-ucla-hint`}>
          {t('outcome.uclaHint')}
        </p>
        {issue('loneliness')}
        {phases.map((phase) => (
          <TableScroll key={phase} label={t(`outcome.phase.${phase}`)}>
            <table className="outcome-grid">
              <caption>{t(`outcome.phase.${phase}`)}</caption>
              <thead>
                <tr>
                  <td />
                  {answers.map((a) => (
                    <th key={a} scope="col">
                      {t(`outcome.answer.${a}` as MessageKey)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr key={item}>
                    <th scope="row">{t(`outcome.item.${item}`)}</th>
                    {answers.map((answer) => {
                      const i = cells.findIndex(
                        (c) => c.phase === phase && c.item === item && c.answer === answer,
                      );
                      const key = `loneliness.${i}.count`;
                      return (
                        <td key={answer}>
                          <input
                            name={`cell-${i}`}
                            type="number"
                            min={0}
                            step={1}
                            inputMode="numeric"
                            defaultValue={countOf(phase, item, answer) ?? ''}
                            aria-label={t('outcome.cell', {
                              phase: t(`outcome.phase.${phase}`),
                              item: t(`outcome.item.${item}`),
                              answer: t(`outcome.answer.${answer}` as MessageKey),
                            })}
                            aria-invalid={Boolean(issues[key])}
                            aria-describedby={described(key)}
                          />
                          {issue(key)}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        ))}
      </fieldset>
      <div className="button-row">
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('outcome.saving') : t('outcome.save')}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('outcome.cancelEdit')}
          </button>
        )}
      </div>
    </form>
  );
}
