'use client';

import { type FormEvent, useState } from 'react';
import { graphql } from '../../gql';
import type { ReferralCloseReason, ReferralState } from '../../gql/graphql';
import { useT } from '../../lib/i18n/client';
import { SelectField } from '../select-field';
import { StatusMessage } from '../status-message';
import { MutationAlert } from '../ui/mutation-alert';
import { closable, closeReasons, moves } from './options';
import { HostLink, ReferralConnect } from './referral-connect';
import type { ReferralData } from './referral-detail';
import { useReferralAction } from './use-referral-action';

const TransitionMutation = graphql(`
  mutation TransitionReferral($input: TransitionReferralInput!) {
    transitionReferral(input: $input) {
      __typename
      ... on TransitionReferralSuccess { referral { id state } }
      ...MutationFailure
    }
  }
`);

/** The moves of the referral's state as buttons, and closing with a reason. */
export function ReferralActions({ referral }: { referral: ReferralData }) {
  const t = useT();
  const action = useReferralAction(TransitionMutation, ['closeReason']);
  const [done, setDone] = useState<string | null>(null);
  const state = referral.state;
  const targets: { to: ReferralState; label: string }[] = moves[state].map((to) => ({
    to,
    label:
      state === 'CONNECTED' && to === 'IN_PROGRESS'
        ? t('referrals.move.back')
        : t(`referrals.move.${to}` as Parameters<typeof t>[0]),
  }));
  if (state === 'ON_HOLD' && referral.stateBeforeHold)
    targets.unshift({ to: referral.stateBeforeHold, label: t('referrals.move.resume') });

  async function move(
    to: ReferralState,
    extra: { closeReason?: ReferralCloseReason; noMatchingActivity?: boolean } = {},
  ) {
    setDone(null);
    const ok = await action.run({ referralId: referral.id, from: state, to, ...extra });
    if (ok) setDone(t('referrals.moved', { state: t(`referrals.state.${to}`) }));
  }

  function onClose(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    void move('CLOSED', {
      closeReason: (String(form.get('closeReason') ?? '') || undefined) as ReferralCloseReason | undefined,
      noMatchingActivity: form.get('noMatchingActivity') === 'on',
    });
  }

  if (!targets.length && !closable.includes(state) && state !== 'IN_PROGRESS' && state !== 'CONNECTED')
    return null;
  return (
    <section className="referral-section" aria-labelledby="actions-heading">
      <h2 id="actions-heading">{t('referrals.actions')}</h2>
      <MutationAlert result={action} showStatus={false} />
      <StatusMessage message={done ? { text: done, error: false } : null} />
      {targets.length > 0 && (
        <div className="button-row">
          {targets.map(({ to, label }) => (
            <button
              key={to}
              type="button"
              className="button button--secondary"
              disabled={action.busy}
              onClick={() => move(to)}
            >
              {label}
            </button>
          ))}
        </div>
      )}
      {(state === 'IN_PROGRESS' || state === 'CONNECTED') && <ReferralConnect referral={referral} />}
      {state === 'FOLLOW_UP' && <HostLink referralId={referral.id} />}
      {closable.includes(state) && (
        <form className="form" onSubmit={onClose}>
          <SelectField
            name="closeReason"
            label={t('referrals.closeReason')}
            error={action.errors.closeReason}
          >
            <option value="">{t('referrals.choosePlace')}</option>
            {closeReasons.map((reason) => (
              <option key={reason} value={reason}>
                {t(`referrals.closeReason.${reason}`)}
              </option>
            ))}
          </SelectField>
          <div className="field">
            <label className="checkbox">
              <input type="checkbox" name="noMatchingActivity" defaultChecked={referral.noMatchingActivity} />
              <span>{t('referrals.noMatch')}</span>
            </label>
          </div>
          <button type="submit" className="button" disabled={action.busy}>
            {t('referrals.close')}
          </button>
        </form>
      )}
    </section>
  );
}
