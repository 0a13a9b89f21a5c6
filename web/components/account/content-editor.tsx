'use client';

import { useMutation } from '@apollo/client/react';
import { useRouter } from 'next/navigation';
import { type FormEvent, useId } from 'react';
import { graphql } from '../../gql';
import type { ContentLanguage, ContentSlug } from '../../gql/graphql';
import { useT } from '../../lib/i18n/client';
import { FormMessages, useFormResult } from '../admin/use-form-result';

const Save = graphql(`
  mutation SaveContentPage($input: SaveContentPageInput!) {
    saveContentPage(input: $input) {
      __typename
      ... on ValidationError {
        message
        issues {
          path
          message
        }
      }
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
  const router = useRouter();
  const id = useId();
  const [save, { loading }] = useMutation(Save);
  const result = useFormResult(['body']);
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = String(new FormData(event.currentTarget).get('body') ?? '');
    const payload = (await save({ variables: { input: { slug, locale, body: text } } }).catch(() => null))
      ?.data?.saveContentPage;
    if (result.handle(payload, 'SaveContentPageSuccess', t('account.content.saved'))) router.refresh();
  }
  return (
    <details className="content-editor">
      <summary>{t('account.content.edit')}</summary>
      <form className="form" onSubmit={onSubmit}>
        <FormMessages result={result} />
        <div className="field">
          <label htmlFor={id}>
            {t('account.content.edit')} ({locale})
          </label>
          <textarea
            id={id}
            name="body"
            rows={18}
            defaultValue={body}
            aria-invalid={result.errors.body ? true : undefined}
          />
        </div>
        <button type="submit" className="button" disabled={loading}>
          {t('account.content.save')}
        </button>
      </form>
    </details>
  );
}
