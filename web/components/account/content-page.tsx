import { graphql } from '../../gql';
import type { ContentSlug } from '../../gql/graphql';
import type { MessageKey } from '../../lib/i18n/messages';
import { getTranslator } from '../../lib/i18n/server';
import { serverQuery } from '../../lib/server/graphql';
import { getViewer } from '../../lib/server/viewer';
import { ContentEditor } from './content-editor';
import { MarkdownText } from './markdown-text';

const ContentQuery = graphql(`
  query ContentPage($slug: ContentSlug!, $locale: ContentLanguage!) {
    contentPage(slug: $slug, locale: $locale) {
      body
    }
  }
`);

/** A page whose text lives in the database (editable by administrators) with a built-in default. */
export async function ContentPage({ slug, title }: { slug: ContentSlug; title: MessageKey }) {
  const [{ t, locale }, viewer] = await Promise.all([getTranslator(), getViewer()]);
  const data = await serverQuery(ContentQuery, { slug, locale });
  const body = data?.contentPage.body ?? '';
  return (
    <article className="content-page">
      <h1>{t(title)}</h1>
      <MarkdownText source={body} />
      {viewer?.role === 'ADMIN' && <ContentEditor slug={slug} locale={locale} body={body} />}
    </article>
  );
}
