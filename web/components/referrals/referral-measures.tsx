'use client';

import { type FormEvent, useState } from 'react';
import { graphql } from '../../gql';
import type { ReferralMeasurePhase } from '../../gql/graphql';
import { useLocale, useT } from '../../lib/i18n/client';
import { formatDate } from '../../lib/i18n/format';
import { SelectField } from '../select-field';
import { StatusMessage } from '../status-message';
import { MutationAlert } from '../ui/mutation-alert';
import type { ReferralData } from './referral-detail';
import { useReferralAction } from './use-referral-action';

const MeasureMutation = graphql(`
  mutation RecordReferralMeasure($input: RecordReferralMeasureInput!) {
    recordReferralMeasure(input: $input) {
      __typename
      ... on RecordReferralMeasureSuccess { referral { id } }
      ...MutationFailure
    }
  }
`);

// Which measure each state asks for (the API refuses the others).
const PHASES: Partial<Record<ReferralData['state'], ReferralMeasurePhase[]>> = {
  IN_PROGRESS: ['BASELINE'],
  CONNECTED: ['BASELINE'],
  ATTENDING: ['END'],
  FOLLOW_UP: ['FOLLOW_UP', 'END'],
};

type Key = Parameters<ReturnType<typeof useT>>[0];

/** The measures taken so far, and the form for the one the state asks for. */
export function ReferralMeasures({ referral }: { referral: ReferralData }) {
  const t = useT();
  const locale = useLocale();
  const action = useReferralAction(MeasureMutation, ['tils', 'ons', 'who5']);
  const [saved, setSaved] = useState(false);
  const phases = PHASES[referral.state] ?? [];
  const consented = referral.consentScopes.includes('MEASURES');
  if (!referral.measures.length && !phases.length) return null;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const form = new FormData(event.currentTarget);
    const n = (name: string) => Number(form.get(name));
    const ok = await action.run({
      referralId: referral.id,
      phase: String(form.get('phase')) as ReferralMeasurePhase,
      tils: [0, 1, 2].map((i) => n(`tils${i}`)),
      ons: n('ons'),
      who5: [0, 1, 2, 3, 4].map((i) => n(`who5${i}`)),
    });
    setSaved(!!ok);
  }

  const scale = (name: string, label: string, values: number[], answer: (v: number) => string) => (
    <SelectField key={name} name={name} label={label}>
      {values.map((v) => (
        <option key={v} value={v}>
          {answer(v)}
        </option>
      ))}
    </SelectField>
  );

  return (
    <section className="referral-section" aria-labelledby="measures-heading">
      <h2 id="measures-heading">{t('referrals.measures')}</h2>
      <p className="hint">{t('referrals.measuresIntro')}</p>
      <ul>
        {referral.measures.map((m) => (
          <li key={m.phase}>
            {t('referrals.measureRow', {
              phase: t(`referrals.phase.${m.phase}`),
              tils: m.tilsScore,
              who5: m.who5Percent,
            })}{' '}
            ({formatDate(locale, m.recordedAt)})
          </li>
        ))}
      </ul>
      {phases.length > 0 && !consented && <p>{t('referrals.measuresNoConsent')}</p>}
      {phases.length > 0 && consented && (
        <form className="form measure-grid" onSubmit={onSubmit}>
          <MutationAlert result={action} showStatus={false} />
          <StatusMessage message={saved ? { text: t('referrals.measureSaved'), error: false } : null} />
          <SelectField name="phase" label={t('referrals.measurePhase')}>
            {phases.map((p) => (
              <option key={p} value={p}>
                {t(`referrals.phase.${p}`)}
              </option>
            ))}
          </SelectField>
          <fieldset className="field">
            <legend>{t('referrals.tils')}</legend>
            {[0, 1, 2].map((i) =>
              scale(`tils${i}`, t(`referrals.tils.${i}` as Key), [1, 2, 3], (v) =>
                t(`referrals.tilsAnswer.${v}` as Key),
              ),
            )}
          </fieldset>
          {scale('ons', t('referrals.ons'), [1, 2, 3, 4, 5], (v) => t(`referrals.onsAnswer.${v}` as Key))}
          <fieldset className="field">
            <legend>{t('referrals.who5')}</legend>
            {[0, 1, 2, 3, 4].map((i) =>
              scale(`who5${i}`, t(`referrals.who5.${i}` as Key), [0, 1, 2, 3, 4, 5], String),
            )}
          </fieldset>
          <button type="submit" className="button" disabled={action.busy}>
            {t('referrals.measureSave')}
          </button>
        </form>
      )}
    </section>
  );
}
