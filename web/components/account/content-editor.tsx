'use client';

import { type FormEvent, useId } from 'react';
import { graphql } from '../../gql';
import type { ContentLanguage, ContentSlug } from '../../gql/graphql';
import { useT } from '../../lib/i18n/client';
import { MutationAlert } from '../ui/mutation-alert';
import { useMutationResult } from '../ui/use-mutation-result';

const Save = graphql(`
  mutation SaveContentPage($input: SaveContentPageInput!) {
    saveContentPage(input: $input) {
      __typename
      ...MutationFailure
    }
  }
`);

/** Administrators edit a page's text in the language shown. */
export function ContentEditor({
  slug,
  locale,
  body,
}: {
  slug: ContentSlug;
  locale: ContentLanguage;
  body: string;
}) {
  const t = useT();
  const id = useId();
  const result = useMutationResult({ fields: ['body'], refresh: true });
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = String(new FormData(event.currentTarget).get('body') ?? '');
    await result.run(Save, { input: { slug, locale, body: text } }, t('account.content.saved'));
  }
  return (
    <details className="content-editor">
      <summary>{t('account.content.edit')}</summary>
      <form className="form" onSubmit={onSubmit}>
        <MutationAlert result={result} />
        <div className="field">
          <label htmlFor={id}>
            {t('account.content.edit')} ({locale})
          </label>
          {result.errors.body && (
            <p className="field-error" id={`${id}-error`}>
              {result.errors.body}
            </p>
          )}
          <textarea
            id={id}
            name="body"
            rows={18}
            defaultValue={body}
            aria-invalid={result.errors.body ? true : undefined}
            aria-describedby={result.errors.body ? `${id}-error` : undefined}
          />
        </div>
        <button type="submit" className="button" disabled={result.busy}>
          {t('account.content.save')}
        </button>
      </form>
    </details>
  );
}
