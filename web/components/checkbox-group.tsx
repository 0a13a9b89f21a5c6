'use client';

import type { ReactNode } from 'react';

/** A fieldset of choices sharing a name, with its legend and the API's error for that name. */
export function ChoiceFieldset({
  name,
  legend,
  error,
  children,
}: {
  name: string;
  legend: string;
  error?: string;
  children: ReactNode;
}) {
  const errorId = `${name}-error`;
  return (
    <fieldset className="field checkbox-group" aria-describedby={error ? errorId : undefined}>
      <legend>{legend}</legend>
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
      {children}
    </fieldset>
  );
}

// A fieldset of checkboxes sharing a name (read with FormData.getAll), with its legend and error.
export function CheckboxGroup(props: {
  name: string;
  legend: string;
  error?: string;
  options: { value: string; label: string }[];
  checked: (value: string) => boolean;
  busy?: boolean;
  busyText?: string;
}) {
  return (
    <ChoiceFieldset name={props.name} legend={props.legend} error={props.error}>
      {props.busy && <p role="status">{props.busyText}</p>}
      {props.options.map((o) => (
        <label key={o.value} className="checkbox">
          <input type="checkbox" name={props.name} value={o.value} defaultChecked={props.checked(o.value)} />
          <span>{o.label}</span>
        </label>
      ))}
    </ChoiceFieldset>
  );
}
