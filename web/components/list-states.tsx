'use client';

// Pieces every paginated list repeats: the "could not load, try again" alert and "show more".

export function RetryAlert({
  text,
  retryLabel,
  onRetry,
}: {
  text: string;
  retryLabel: string;
  onRetry: () => Promise<unknown>;
}) {
  return (
    <div className="alert" role="alert">
      <p>{text}</p>
      <button type="button" className="button" onClick={() => onRetry().catch(() => {})}>
        {retryLabel}
      </button>
    </div>
  );
}

/** A connection with the next page's edges appended to the ones already shown. */
export function appendEdges<E, C extends { edges: E[] }>(
  previous: { edges?: E[] } | null | undefined,
  next: C,
): C {
  return { ...next, edges: [...(previous?.edges ?? []), ...next.edges] };
}
