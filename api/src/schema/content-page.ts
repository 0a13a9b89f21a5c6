import { z } from 'zod';
import { builder } from '../builder.ts';
import { type ContentSlug, contentSlugs, defaultContent } from '../content/defaults.ts';
import { InputValidationError, parseInput } from '../errors.ts';

// The app's own pages with editable text: the privacy notice and the accessibility statement.

const SlugEnum = builder.enumType('ContentSlug', { values: contentSlugs });
const LanguageEnum = builder.enumType('ContentLanguage', { values: ['da', 'en'] as const });

interface Content {
  slug: ContentSlug;
  locale: 'da' | 'en';
  body: string;
  updatedAt: Date | null;
}

const ContentRef = builder.objectRef<Content>('ContentPage').implement({
  description: 'Markdown: "# "/"## " headings, "- " list items, blank lines between paragraphs.',
  fields: (t) => ({
    slug: t.field({ type: SlugEnum, resolve: (c) => c.slug }),
    locale: t.field({ type: LanguageEnum, resolve: (c) => c.locale }),
    body: t.exposeString('body'),
    updatedAt: t.field({ type: 'DateTime', nullable: true, resolve: (c) => c.updatedAt }),
  }),
});

builder.queryField('contentPage', (t) =>
  t.field({
    type: ContentRef,
    description: 'A page text in a language; the built-in text until an administrator edits it. Public.',
    args: {
      slug: t.arg({ type: SlugEnum, required: true }),
      locale: t.arg({ type: LanguageEnum, required: true }),
    },
    resolve: async (_root, { slug, locale }, ctx) => {
      const row = await ctx.prisma.contentPage.findUnique({ where: { slug_locale: { slug, locale } } });
      return {
        slug,
        locale,
        body: row?.body ?? defaultContent[slug][locale],
        updatedAt: row?.updatedAt ?? null,
      };
    },
  }),
);

const SaveContentPageInput = builder.inputType('SaveContentPageInput', {
  fields: (t) => ({
    slug: t.field({ type: SlugEnum, required: true }),
    locale: t.field({ type: LanguageEnum, required: true }),
    body: t.string({ required: true }),
  }),
});

builder.mutationField('saveContentPage', (t) =>
  t.field({
    type: ContentRef,
    description: 'Replaces a page text in one language. Administrators only.',
    authScopes: { admin: true },
    args: { input: t.arg({ type: SaveContentPageInput, required: true }) },
    errors: {
      types: [InputValidationError],
      union: { name: 'SaveContentPageResult' },
      result: { name: 'SaveContentPageSuccess' },
      dataField: { name: 'page' },
    },
    resolve: async (_root, args, ctx) => {
      const { body } = parseInput(
        z.object({ body: z.string().trim().min(1, { error: 'field.required' }).max(50_000) }),
        args.input,
      );
      const { slug, locale } = args.input;
      const key = { slug, locale };
      const data = { body, updatedById: ctx.viewer?.userId ?? null };
      const row = await ctx.prisma.contentPage.upsert({
        where: { slug_locale: key },
        create: { ...key, ...data },
        update: data,
      });
      return { slug, locale, body: row.body, updatedAt: row.updatedAt };
    },
  }),
);
