'use client';

import { type FormEvent, useState } from 'react';
import { graphql } from '../../gql';
import { useLocale, useT } from '../../lib/i18n/client';
import { ConfirmAction } from '../ui/confirm-action';
import { MutationAlert } from '../ui/mutation-alert';
import { type MutationResult, useMutationResult } from '../ui/use-mutation-result';
import { ShiftTimeFields, shiftTimes } from './shift-time';
import { type ShiftRow, ShiftWhen, shiftWhenText } from './shift-when';

const AddShiftMutation = graphql(`
  mutation AddShift($input: AddShiftInput!) {
    addShift(input: $input) {
      __typename
      ... on AddShiftSuccess {
        shift {
          id
        }
      }
      ...MutationFailure
    }
  }
`);

const MoveShiftMutation = graphql(`
  mutation MoveShift($input: MoveShiftInput!) {
    moveShift(input: $input) {
      __typename
      ... on MoveShiftSuccess {
        shift {
          id
          startsAt
          endsAt
        }
      }
      ...MutationFailure
    }
  }
`);

const CancelShiftMutation = graphql(`
  mutation CancelShift($input: CancelShiftInput!) {
    cancelShift(input: $input) {
      __typename
      ... on CancelShiftSuccess {
        shift {
          id
          cancelled
        }
      }
      ...MutationFailure
    }
  }
`);

const fields = ['startsAt', 'endsAt'] as const;

/** Reads the form's time, or says which part is missing (before anything is sent). */
function timesOf(event: FormEvent<HTMLFormElement>, result: MutationResult, missing: string) {
  event.preventDefault();
  const times = shiftTimes(new FormData(event.currentTarget));
  if (!times) result.fail({ kind: 'result', messages: [missing], fieldErrors: {} });
  return times;
}

/**
 * The shifts of an opportunity as its coordinators see them: add one, move one (its volunteers
 * are told the new time) or cancel one (they are told; it stays listed as cancelled).
 */
export function ShiftManager({ opportunityId, shifts }: { opportunityId: string; shifts: ShiftRow[] }) {
  const t = useT();
  const locale = useLocale();
  const adding = useMutationResult({ fields, refresh: true });
  const changing = useMutationResult({ fields, refresh: true });
  const [moving, setMoving] = useState<string | null>(null);
  const missing = t('volunteers.shifts.missingTime');

  return (
    <div className="shift-manager">
      <MutationAlert result={changing} />
      {shifts.length === 0 ? (
        <p className="meta">{t('volunteers.page.noShifts')}</p>
      ) : (
        <ul className="shift-list" aria-label={t('volunteers.page.shifts')}>
          {shifts.map((s) => {
            const when = shiftWhenText(locale, s);
            // A shift under way can no longer be moved or cancelled (the API refuses it too).
            const open = !s.cancelled && new Date(s.startsAt) > new Date();
            return (
              <li key={s.id}>
                <ShiftWhen shift={s} locale={locale} t={t} />
                {open && moving !== s.id && (
                  <div className="shift-actions">
                    <button
                      type="button"
                      className="link-button"
                      aria-label={t('volunteers.shifts.moveNamed', { when })}
                      onClick={() => {
                        changing.clear();
                        setMoving(s.id);
                      }}
                    >
                      {t('volunteers.shifts.move')}
                    </button>
                    <ConfirmAction
                      label={t('volunteers.shifts.cancel')}
                      name={t('volunteers.shifts.cancelNamed', { when })}
                      question={t('volunteers.shifts.cancelQuestion')}
                      yes={t('volunteers.shifts.cancelYes')}
                      busy={changing.busy}
                      onConfirm={async () =>
                        (
                          await changing.run(
                            CancelShiftMutation,
                            { input: { shiftId: s.id } },
                            t('volunteers.shifts.cancelDone'),
                          )
                        ).ok
                      }
                    />
                  </div>
                )}
                {moving === s.id && (
                  <form
                    className="form shift-move"
                    noValidate
                    aria-label={t('volunteers.shifts.moveNamed', { when })}
                    onSubmit={async (event) => {
                      const times = timesOf(event, changing, missing);
                      if (!times) return;
                      const moved = await changing.run(
                        MoveShiftMutation,
                        { input: { shiftId: s.id, ...times } },
                        t('volunteers.shifts.moved'),
                      );
                      if (moved.ok) setMoving(null);
                    }}
                  >
                    <ShiftTimeFields initial={s} errors={changing.errors} required />
                    <button type="submit" className="button" disabled={changing.busy}>
                      {t('volunteers.shifts.save')}
                    </button>{' '}
                    <button
                      type="button"
                      className="button button--secondary"
                      onClick={() => setMoving(null)}
                    >
                      {t('confirm.no')}
                    </button>
                  </form>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <details className="create-panel">
        <summary>{t('volunteers.shifts.add')}</summary>
        <form
          className="form"
          noValidate
          aria-label={t('volunteers.shifts.add')}
          onSubmit={async (event) => {
            const form = event.currentTarget;
            const times = timesOf(event, adding, missing);
            if (!times) return;
            const added = await adding.run(
              AddShiftMutation,
              { input: { opportunityId, ...times } },
              t('volunteers.shifts.added'),
            );
            if (added.ok) form.reset();
          }}
        >
          <MutationAlert result={adding} />
          <ShiftTimeFields errors={adding.errors} required />
          <button type="submit" className="button" disabled={adding.busy}>
            {t('volunteers.shifts.add')}
          </button>
        </form>
      </details>
    </div>
  );
}
