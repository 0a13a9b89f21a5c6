'use client';

import type { DocumentNode, OperationVariables } from '@apollo/client';
import { useState } from 'react';
import { type MutationDocument, useMutationResult } from '../ui/use-mutation-result';

// The coordinator's review lists (sign-ups, hours): a selection of rows, one decision applied to
// one row or to the whole selection, then a status (or alert, via the shared mutation hook) and
// the list refetched by its document.
export function useBulkReview<D extends string, TData, TVars extends OperationVariables>(options: {
  mutation: MutationDocument<TData, TVars>;
  variables: (ids: string[], decision: D) => TVars;
  successText: (decision: D, count: number) => string;
  refetch: readonly DocumentNode[];
}) {
  const result = useMutationResult({ refetch: options.refetch });
  const [selected, setSelected] = useState<Set<string>>(new Set());

  const toggle = (id: string) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  async function run(ids: string[], decision: D) {
    if (!ids.length) return;
    const decided = await result.run(
      options.mutation,
      options.variables(ids, decision),
      options.successText(decision, ids.length),
    );
    if (decided.ok) setSelected(new Set());
  }

  return { selected, toggle, run, result };
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
