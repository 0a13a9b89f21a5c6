'use client';

import { type SelectHTMLAttributes, useId } from 'react';

// A labelled <select> with its error, wired like FormField (for, aria-invalid, aria-describedby).
export function SelectField({
  name,
  label,
  error,
  children,
  ...select
}: SelectHTMLAttributes<HTMLSelectElement> & { name: string; label: string; error?: string }) {
  const id = `field-${name}-${useId()}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <select
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        {...select}
      >
        {children}
      </select>
    </div>
  );
}
