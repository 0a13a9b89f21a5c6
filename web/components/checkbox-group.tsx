'use client';

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
  const errorId = `${props.name}-error`;
  return (
    <fieldset className="field checkbox-group" aria-describedby={props.error ? errorId : undefined}>
      <legend>{props.legend}</legend>
      {props.error && (
        <p className="field-error" id={errorId}>
          {props.error}
        </p>
      )}
      {props.busy && <p role="status">{props.busyText}</p>}
      {props.options.map((o) => (
        <label key={o.value} className="checkbox">
          <input type="checkbox" name={props.name} value={o.value} defaultChecked={props.checked(o.value)} />
          <span>{o.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
