'use client';

import { type FormEvent, useState } from 'react';
import { graphql } from '../../gql';
import { useT } from '../../lib/i18n/client';
import { FormField } from '../form-field';
import { SelectField } from '../select-field';
import { MutationAlert } from '../ui/mutation-alert';
import type { ReferralData } from './referral-detail';
import { useReferralAction } from './use-referral-action';

const ConnectMutation = graphql(`
  mutation ConnectReferral($input: ConnectReferralInput!) {
    connectReferral(input: $input) {
      __typename
      ... on ConnectReferralSuccess { referral { id state } }
      ...MutationFailure
    }
  }
`);

const IssueHostLinkMutation = graphql(`
  mutation IssueHostLink($input: IssueHostLinkInput!) {
    issueHostLink(input: $input) {
      __typename
      ... on IssueHostLinkSuccess { link { url purpose expiresAt hostEmail hostPhone } }
      ...MutationFailure
    }
  }
`);

const fields = ['activityId', 'hostName', 'hostPhone', 'hostEmail'] as const;

/** Koblet: the place and the named host; then the host's single-use link. */
export function ReferralConnect({ referral }: { referral: ReferralData }) {
  const t = useT();
  const connect = useReferralAction(ConnectMutation, fields);
  const kinds = ['ACTIVITY', 'ASSOCIATION'] as const;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const place = String(form.get('place') ?? '');
    const option = referral.placeOptions.find((o) => o.id === place);
    const text = (name: string) => String(form.get(name) ?? '').trim() || null;
    void connect.run({
      referralId: referral.id,
      activityId: option?.kind === 'ACTIVITY' ? option.id : null,
      associationId: option?.kind === 'ASSOCIATION' ? option.id : null,
      hostName: text('hostName') ?? '',
      hostPhone: text('hostPhone'),
      hostEmail: text('hostEmail'),
    });
  }

  return (
    <>
      <h3>{referral.state === 'CONNECTED' ? t('referrals.connectChange') : t('referrals.connect')}</h3>
      <form className="form" onSubmit={onSubmit} noValidate>
        <MutationAlert result={connect} showStatus={false} />
        <SelectField name="place" label={t('referrals.place')} error={connect.errors.activityId}>
          <option value="">{t('referrals.choosePlace')}</option>
          {kinds.map((kind) => (
            <optgroup key={kind} label={t(`referrals.kind.${kind}`)}>
              {referral.placeOptions
                .filter((o) => o.kind === kind)
                .map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
            </optgroup>
          ))}
        </SelectField>
        <FormField
          name="hostName"
          label={t('referrals.hostName')}
          error={connect.errors.hostName}
          autoComplete="off"
        />
        <FormField
          name="hostPhone"
          type="tel"
          label={t('referrals.hostPhone')}
          error={connect.errors.hostPhone}
          autoComplete="off"
        />
        <FormField
          name="hostEmail"
          type="email"
          label={t('referrals.hostEmail')}
          error={connect.errors.hostEmail}
          autoComplete="off"
        />
        <button type="submit" className="button" disabled={connect.busy}>
          {referral.state === 'CONNECTED' ? t('referrals.connectChange') : t('referrals.connect')}
        </button>
      </form>
      {referral.state === 'CONNECTED' && <HostLink referralId={referral.id} />}
    </>
  );
}

/** Makes the host's link; shown once, for the guide to send by SMS or e-mail. */
export function HostLink({ referralId }: { referralId: string }) {
  const t = useT();
  const issue = useReferralAction(IssueHostLinkMutation);
  const [link, setLink] = useState<{ url: string; contact: string } | null>(null);
  async function make() {
    const result = await issue.run({ referralId });
    if (result && 'link' in result) {
      setLink({ url: result.link.url, contact: result.link.hostPhone ?? result.link.hostEmail ?? '' });
    }
  }
  return (
    <div className="referral-section">
      <h3>{t('referrals.hostLink')}</h3>
      <p className="hint">{t('referrals.hostLinkIntro')}</p>
      <MutationAlert result={issue} showStatus={false} />
      <button type="button" className="button button--secondary" disabled={issue.busy} onClick={make}>
        {t('referrals.hostLinkMake')}
      </button>
      {link && (
        <div role="status">
          <p>{t('referrals.hostLinkMade', { contact: link.contact })}</p>
          <p className="host-link">
            <a href={link.url}>{link.url}</a>
          </p>
        </div>
      )}
    </div>
  );
}
