'use client';

import { useT } from '../../lib/i18n/client';
import { FormField } from '../form-field';
import { ListBody } from '../list-body';
import { LoadMore } from '../ui/load-more';

/**
 * "Rediger" for one row of an admin list; the row's name completes the accessible name. The form
 * it opens takes focus (<AdminForm>).
 */
export function EditButton({ name, onClick }: { name: string; onClick: () => void }) {
  const t = useT();
  return (
    <button type="button" className="link-button" onClick={onClick}>
      {t('admin.edit')}
      <span className="visually-hidden"> {name}</span>
    </button>
  );
}

type SearchListProps<T> = {
  /** Id of the list's heading. */
  id: string;
  count: number;
  searchName: string;
  searchLabel: string;
  search: string;
  onSearch: (value: string) => void;
  loaded: boolean;
  loading: boolean;
  error: unknown;
  items: T[];
  emptyText: string;
  /** The muted text after each row's name. */
  detail: (item: T) => string;
  onEdit: (item: T) => void;
  /** Loads the next page; absent when there is none. */
  onMore?: () => Promise<unknown>;
};

/** An admin list: a count heading, a search field, rows with "Rediger", and "Vis flere". */
export function AdminSearchList<T extends { id: string; name: string }>(props: SearchListProps<T>) {
  const t = useT();
  const { id, items, detail, onEdit, onMore } = props;
  return (
    <section aria-labelledby={id} className="admin-list" aria-busy={props.loading}>
      <h3 id={id}>{t('admin.list', { count: props.count })}</h3>
      <FormField
        name={props.searchName}
        type="search"
        label={props.searchLabel}
        value={props.search}
        onChange={(e) => props.onSearch(e.target.value)}
      />
      <ListBody
        loaded={props.loaded}
        loading={props.loading}
        error={props.error}
        empty={items.length === 0}
        errorText={t('failure.load')}
        loadingText={t('partnerships.loading')}
        emptyText={props.emptyText}
      >
        <ul className="admin-list__items">
          {items.map((item) => (
            <li key={item.id}>
              <span>
                {item.name} <span className="muted">{detail(item)}</span>
              </span>
              <EditButton name={item.name} onClick={() => onEdit(item)} />
            </li>
          ))}
        </ul>
      </ListBody>
      {onMore && <LoadMore label={t('admin.loadMore')} load={onMore} />}
    </section>
  );
}
