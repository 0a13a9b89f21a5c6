'use client';

import { useEffect, useRef, useState } from 'react';
import { useT } from '../../lib/i18n/client';

/**
 * A button for an action that cannot be undone from here (delete, withdraw): it first asks the
 * question, with the safe choice focused; Escape or "Fortryd" returns focus to the button.
 * `onConfirm` resolves to true when done; on false the question closes and the alert speaks.
 */
export function ConfirmAction({
  label,
  name,
  question,
  yes,
  busy,
  onConfirm,
  openerClassName = 'link-button',
}: {
  label: string;
  /** The button's accessible name when `label` alone does not say what it acts on. */
  name?: string;
  question: string;
  yes: string;
  busy: boolean;
  onConfirm: () => Promise<boolean>;
  /** The opening button's look: a link in lists and rows, a button where it is the section's action. */
  openerClassName?: string;
}) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const safe = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (asking) safe.current?.focus();
  }, [asking]);

  function close() {
    setAsking(false);
    requestAnimationFrame(() => opener.current?.focus());
  }

  if (!asking)
    return (
      <button
        type="button"
        className={openerClassName}
        disabled={busy}
        ref={opener}
        aria-label={name}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  return (
    <fieldset
      className="confirm-action"
      onKeyDown={(e) => {
        if (e.key === 'Escape') close();
      }}
    >
      <legend>{question}</legend>
      <div className="confirm-action__choices">
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={async () => {
            // The alert takes focus on a refusal; giving it back to the opener here raced with it.
            if (!(await onConfirm())) setAsking(false);
          }}
        >
          {yes}
        </button>
        <button type="button" className="button button--secondary" ref={safe} onClick={close}>
          {t('confirm.no')}
        </button>
      </div>
    </fieldset>
  );
}
