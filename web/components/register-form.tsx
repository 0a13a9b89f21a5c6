'use client';

import Link from 'next/link';
import { type FormEvent, useState } from 'react';
import { graphql } from '../gql';
import { useT } from '../lib/i18n/client';
import { FormField } from './form-field';
import { MutationAlert } from './ui/mutation-alert';
import { fieldFailure } from './ui/mutation-failure';
import { useMutationResult } from './ui/use-mutation-result';

// The API stores this version with the consent, so the text shown here must match it.
export const consentTextVersion = 'frivillig-samtykke-v1';

const RegisterVolunteerMutation = graphql(`
  mutation RegisterVolunteer($input: RegisterVolunteerInput!) {
    registerVolunteer(input: $input) {
      __typename
      ... on RegisterVolunteerSuccess {
        registration {
          email
        }
      }
      ...MutationFailure
    }
  }
`);

const fields = ['name', 'email', 'password', 'phone', 'languages', 'skills', 'consent'] as const;
const list = (value: string) =>
  value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

export function RegisterForm() {
  const t = useT();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const result = useMutationResult({ fields });
  const { errors, busy: loading } = result;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (key: string) => String(form.get(key) ?? '').trim();
    const consent = form.get('consent') === 'on';
    if (!consent) {
      // Checked here too: without consent we must not send the volunteer's data at all.
      return result.fail(fieldFailure({ consent: t('register.consentRequired') }, t));
    }
    const input = {
      name: text('name'),
      email: text('email'),
      password: String(form.get('password') ?? ''), // passwords are not trimmed
      phone: text('phone') || null,
      languages: list(text('languages')),
      skills: list(text('skills')),
      consent,
      consentTextVersion,
    };
    const outcome = await result.run(RegisterVolunteerMutation, { input });
    if (outcome.ok) {
      setSentTo(outcome.data.registration.email);
      return;
    }
  }

  // The same answer whether or not the address was new: the e-mail tells the person what next.
  if (sentTo) {
    return (
      <section className="notice" role="status" aria-labelledby="register-sent">
        <h2 id="register-sent">{t('account.register.sentTitle')}</h2>
        <p>{t('account.register.sentBody', { email: sentTo })}</p>
      </section>
    );
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <MutationAlert result={result} />
      <FormField
        name="name"
        type="text"
        label={t('register.name')}
        autoComplete="name"
        required
        error={errors.name}
      />
      <FormField
        name="email"
        type="email"
        label={t('form.email')}
        autoComplete="email"
        required
        error={errors.email}
      />
      <FormField
        name="password"
        type="password"
        label={t('form.password')}
        hint={t('form.passwordHint')}
        autoComplete="new-password"
        minLength={10}
        required
        error={errors.password}
      />
      <FormField
        name="phone"
        type="tel"
        label={t('register.phone')}
        autoComplete="tel"
        error={errors.phone}
      />
      <FormField
        name="languages"
        type="text"
        label={t('volunteers.register.languages')}
        hint={t('volunteers.register.listHint')}
        error={errors.languages}
      />
      <FormField name="skills" type="text" label={t('volunteers.register.skills')} error={errors.skills} />
      <fieldset className="field" aria-describedby={errors.consent ? 'consent-error' : undefined}>
        <legend>{t('register.consentLegend')}</legend>
        {errors.consent && (
          <p className="field-error" id="consent-error">
            {errors.consent}
          </p>
        )}
        <label className="checkbox">
          <input type="checkbox" name="consent" required aria-invalid={errors.consent ? true : undefined} />
          <span>{t('register.consentText')}</span>
        </label>
        <p className="hint">
          <Link href="/privatlivspolitik">{t('account.privacyLink')}</Link>
        </p>
      </fieldset>
      <button type="submit" className="button" disabled={loading}>
        {loading ? t('register.submitting') : t('register.submit')}
      </button>
    </form>
  );
}
