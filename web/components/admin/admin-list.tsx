'use client';

import { useT } from '../../lib/i18n/client';

/** The heading of a form that creates or edits: its id (for aria-labelledby) and text. */
export type EditingTitle = { id: string; text: string };

/** "Rediger" for one row of an admin list; the row's name completes the accessible name. */
export function EditButton({ name, onClick }: { name: string; onClick: () => void }) {
  const t = useT();
  return (
    <button
      type="button"
      className="link-button"
      onClick={() => {
        onClick();
        // The form above is re-mounted prefilled: move focus to its first field.
        requestAnimationFrame(() => {
          const form = document.activeElement?.closest('.admin-grid')?.querySelector('form');
          form?.querySelector<HTMLElement>('input, select, textarea')?.focus();
        });
      }}
    >
      {t('admin.edit')}
      <span className="visually-hidden"> {name}</span>
    </button>
  );
}

export function LoadMore({ onClick }: { onClick: () => void }) {
  const t = useT();
  return (
    <button type="button" className="button button--secondary" onClick={onClick}>
      {t('admin.loadMore')}
    </button>
  );
}

type Page = { edges: unknown[] } & Record<string, unknown>;

/** fetchMore's updateQuery for a connection at `field` of the query: the next page's edges appended. */
export function appendPage(field: string) {
  return (previous: unknown, { fetchMoreResult }: { fetchMoreResult: unknown }) => {
    const before = (previous as Record<string, Page | undefined>)[field];
    const next = (fetchMoreResult as Record<string, Page | undefined>)[field];
    if (!before || !next) return previous as never;
    return {
      ...(fetchMoreResult as object),
      [field]: { ...next, edges: [...before.edges, ...next.edges] },
    } as never;
  };
}
