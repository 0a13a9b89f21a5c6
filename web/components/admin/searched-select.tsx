'use client';

import { FormField } from '../form-field';
import { SelectField } from '../select-field';

type Option = { id: string; name: string };

/**
 * A select over more records than one list holds: a search field narrows the options the caller
 * loads for it, and the record already chosen stays an option whatever the search shows.
 */
export function SearchedSelect({
  name,
  label,
  searchLabel,
  chooseText,
  error,
  current,
  options,
  search,
  onSearch,
}: {
  name: string;
  label: string;
  searchLabel: string;
  chooseText: string;
  error?: string;
  current?: Option;
  options: Option[];
  search: string;
  onSearch: (value: string) => void;
}) {
  return (
    <>
      <FormField
        name={`${name}Search`}
        type="search"
        label={searchLabel}
        value={search}
        onChange={(event) => onSearch(event.target.value)}
        // Enter searches as the typing did; it must not submit the form.
        onKeyDown={(event) => event.key === 'Enter' && event.preventDefault()}
      />
      <SelectField name={name} label={label} error={error} defaultValue={current?.id}>
        <option value="">{chooseText}</option>
        {current && !options.some((option) => option.id === current.id) && (
          <option value={current.id}>{current.name}</option>
        )}
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name}
          </option>
        ))}
      </SelectField>
    </>
  );
}
