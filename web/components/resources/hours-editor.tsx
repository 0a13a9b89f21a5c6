'use client';

import type { ReactNode } from 'react';
import { useT } from '../../lib/i18n/client';

export type HoursRow = { key: number; weekday: string; opensAt: string; closesAt: string };
export type ExceptionRow = {
  key: number;
  date: string;
  closed: boolean;
  opensAt: string;
  closesAt: string;
  note: string;
};

type Props = {
  hours: HoursRow[];
  onHours: (rows: HoursRow[]) => void;
  exceptions: ExceptionRow[];
  onExceptions: (rows: ExceptionRow[]) => void;
  /** Issues by path without "input", e.g. "openingHours.0.closesAt". */
  errors: Partial<Record<string, string>>;
};

const nextKey = (rows: { key: number }[]) => Math.max(0, ...rows.map((r) => r.key)) + 1;

// Rows of weekly hours and of date exceptions; every control is labelled with its row.
export function HoursEditor({ hours, onHours, exceptions, onExceptions, errors }: Props) {
  const t = useT();
  const setHour = (i: number, patch: Partial<HoursRow>) =>
    onHours(hours.map((row, j) => (j === i ? { ...row, ...patch } : row)));
  const setException = (i: number, patch: Partial<ExceptionRow>) =>
    onExceptions(exceptions.map((row, j) => (j === i ? { ...row, ...patch } : row)));
  const rowError = (prefix: string, i: number) =>
    ['weekday', 'date', 'opensAt', 'closesAt', 'note', 'closed']
      .map((f) => errors[`${prefix}.${i}.${f}`])
      .find(Boolean);

  return (
    <>
      <fieldset className="field hours-editor" aria-describedby="hours-hint">
        <legend>{t('resForm.hours')}</legend>
        <p className="hint" id="hours-hint">
          {t('resForm.hoursHint')}
        </p>
        {hours.map((row, i) => {
          const error = rowError('openingHours', i);
          const id = `hours-${row.key}`;
          return (
            <EditorRow
              key={row.key}
              legend={`${t('resForm.hours')} ${i + 1}`}
              id={id}
              error={error}
              index={i}
              onRemove={() => onHours(hours.filter((_, j) => j !== i))}
            >
              <label htmlFor={`${id}-weekday`}>{t('resForm.weekday')}</label>
              <select
                id={`${id}-weekday`}
                value={row.weekday}
                onChange={(e) => setHour(i, { weekday: e.target.value })}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-error` : undefined}
              >
                {[1, 2, 3, 4, 5, 6, 7].map((d) => (
                  <option key={d} value={d}>
                    {t(`res.weekday.${d as 1 | 2 | 3 | 4 | 5 | 6 | 7}`)}
                  </option>
                ))}
              </select>
              <TimeInputs
                id={id}
                row={row}
                onChange={(patch) => setHour(i, patch)}
                invalid={Boolean(error)}
              />
            </EditorRow>
          );
        })}
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            onHours([...hours, { key: nextKey(hours), weekday: '1', opensAt: '09:00', closesAt: '17:00' }])
          }
        >
          {t('resForm.addHours')}
        </button>
      </fieldset>
      <fieldset className="field hours-editor">
        <legend>{t('resForm.exceptions')}</legend>
        {exceptions.map((row, i) => {
          const error = rowError('exceptions', i);
          const id = `exception-${row.key}`;
          return (
            <EditorRow
              key={row.key}
              legend={`${t('resForm.exceptions')} ${i + 1}`}
              id={id}
              error={error}
              index={i}
              onRemove={() => onExceptions(exceptions.filter((_, j) => j !== i))}
            >
              <label htmlFor={`${id}-date`}>{t('resForm.date')}</label>
              <input
                id={`${id}-date`}
                type="date"
                value={row.date}
                onChange={(e) => setException(i, { date: e.target.value })}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-error` : undefined}
              />
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={row.closed}
                  onChange={(e) => setException(i, { closed: e.target.checked })}
                />
                <span>{t('resForm.closedAllDay')}</span>
              </label>
              {!row.closed && <TimeInputs id={id} row={row} onChange={(patch) => setException(i, patch)} />}
              <label htmlFor={`${id}-note`}>{t('resForm.note')}</label>
              <input
                id={`${id}-note`}
                type="text"
                maxLength={200}
                value={row.note}
                onChange={(e) => setException(i, { note: e.target.value })}
              />
            </EditorRow>
          );
        })}
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            onExceptions([
              ...exceptions,
              { key: nextKey(exceptions), date: '', closed: true, opensAt: '', closesAt: '', note: '' },
            ])
          }
        >
          {t('resForm.addException')}
        </button>
      </fieldset>
    </>
  );
}

// One row of the editor: a fieldset named by its (hidden) legend, the row's error, and a remove
// button naming the row.
function EditorRow(props: {
  legend: string;
  id: string;
  error: string | undefined;
  index: number;
  onRemove: () => void;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <fieldset className="hours-row">
      <legend className="visually-hidden">{props.legend}</legend>
      {props.error && (
        <p className="field-error" id={`${props.id}-error`}>
          {props.error}
        </p>
      )}
      {props.children}
      <button
        type="button"
        className="button button--secondary"
        onClick={props.onRemove}
        aria-label={t('resForm.removeRow', { n: props.index + 1 })}
      >
        {t('resForm.remove')}
      </button>
    </fieldset>
  );
}

// "Opens" and "closes" time inputs (15-minute steps) of a row.
function TimeInputs(props: {
  id: string;
  row: { opensAt: string; closesAt: string };
  onChange: (patch: { opensAt?: string; closesAt?: string }) => void;
  invalid?: boolean;
}) {
  const t = useT();
  const { id, row, onChange, invalid } = props;
  return (
    <>
      <label htmlFor={`${id}-opens`}>{t('resForm.opensAt')}</label>
      <input
        id={`${id}-opens`}
        type="time"
        step={900}
        value={row.opensAt}
        onChange={(e) => onChange({ opensAt: e.target.value })}
        aria-invalid={invalid || undefined}
      />
      <label htmlFor={`${id}-closes`}>{t('resForm.closesAt')}</label>
      <input
        id={`${id}-closes`}
        type="time"
        step={900}
        value={row.closesAt}
        onChange={(e) => onChange({ closesAt: e.target.value })}
        aria-invalid={invalid || undefined}
      />
    </>
  );
}
