'use client';

import { useState } from 'react';
import { useT } from '../../lib/i18n/client';

type Message = { kind: 'ok' | 'error'; text: string };
/** What a decide-mutation answered: its typed payload (success or an Error with a message). */
type Payload = { __typename?: string; message?: string } | null | undefined;

// The coordinator's review lists (sign-ups, hours): a selection of rows, one decision applied to
// one row or to the whole selection, then a status (or alert) line and a fresh list.
export function useBulkReview<D extends string>(options: {
  decide: (ids: string[], decision: D) => Promise<Payload>;
  successTypename: string;
  successText: (decision: D, count: number) => string;
  refetch: () => Promise<unknown>;
}) {
  const t = useT();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState<Message | null>(null);

  const toggle = (id: string) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  async function run(ids: string[], decision: D) {
    if (!ids.length) return;
    const payload = await options.decide(ids, decision).catch(() => null);
    if (payload?.__typename === options.successTypename) {
      setMessage({ kind: 'ok', text: options.successText(decision, ids.length) });
      setSelected(new Set());
      await options.refetch().catch(() => {});
    } else {
      setMessage({ kind: 'error', text: payload?.message ?? t('form.networkError') });
    }
  }

  return { selected, toggle, run, message };
}

export function ReviewMessage({ message }: { message: Message | null }) {
  return message?.kind === 'error' ? (
    <div className="alert" role="alert">
      <p>{message.text}</p>
    </div>
  ) : (
    <p role="status" className="notice-inline">
      {message?.text ?? ''}
    </p>
  );
}

export function BulkDecisionButtons(props: {
  disabled: boolean;
  approveLabel: string;
  rejectLabel: string;
  onApprove: () => void;
  onReject: () => void;
}) {
  return (
    <div className="bulk-actions">
      <button type="button" className="button" disabled={props.disabled} onClick={props.onApprove}>
        {props.approveLabel}
      </button>
      <button
        type="button"
        className="button button--secondary"
        disabled={props.disabled}
        onClick={props.onReject}
      >
        {props.rejectLabel}
      </button>
    </div>
  );
}
