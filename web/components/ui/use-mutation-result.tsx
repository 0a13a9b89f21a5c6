'use client';

import type { ApolloClient, DocumentNode, OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useRef, useState } from 'react';
import { loadBrowserClient } from '../../lib/apollo/browser-client';
import { useT } from '../../lib/i18n/client';
import { errorPayload, type Failure, failureOfError, failureOfPayload } from './mutation-failure';

export interface MutationOptions {
  /** Field names the form shows errors at; issues for other paths go to the alert. */
  fields?: readonly string[];
  /** Client queries to refetch after a success, named by their documents. */
  refetch?: readonly DocumentNode[];
  /** Refresh the server-rendered sections of the page after a success (router.refresh()). */
  refresh?: boolean;
}

type PayloadOf<TData> = NonNullable<TData[Exclude<keyof TData, '__typename'>]>;
type ErrorMember<P> = Extract<P, { __typename?: `${string}Error` }>;
type SuccessMember<P> = Exclude<P, { __typename?: `${string}Error` }>;
type ValidationMember<TData> = Extract<PayloadOf<TData>, { __typename?: 'ValidationError' }>;

/**
 * A mutation document the hook runs. When its result can be a ValidationError, the document must
 * ask for the issues (spread `...MutationFailure`): otherwise the person reads only "some fields
 * are not filled in correctly", never which, and `tsc` says so here.
 */
export type MutationDocument<TData, TVars extends OperationVariables> = TypedDocumentNode<TData, TVars> &
  ([ValidationMember<TData>] extends [{ issues: unknown }]
    ? unknown
    : { 'spread ...MutationFailure to show the issues': never });

export type MutationOutcome<TData> =
  | { ok: true; data: SuccessMember<PayloadOf<TData>> }
  | { ok: false; data: ErrorMember<PayloadOf<TData>> | null };

export interface MutationState {
  busy: boolean;
  failure: Failure | null;
  /** What to announce after a success (the text given to `run`). */
  status: string | null;
  /** Runs the last call again (offered for network and server failures). */
  retry: (() => void) | null;
}

// A refetch that never answers must not hold the form busy: the save itself has succeeded.
const refetchPatience = 10_000;

/**
 * The one way the web runs a mutation: a typed error result shows at its fields and in the alert;
 * a GraphQL error reads for what it is (signed out, not allowed, invalid); a network failure
 * offers a retry. After a success the named documents are refetched and/or the server-rendered
 * page refreshed. Render the state with <MutationAlert result={…} />.
 */
export function useMutationResult(options: MutationOptions = {}) {
  const router = useRouter();
  const t = useT();
  const [state, setState] = useState<Omit<MutationState, 'retry'>>({
    busy: false,
    failure: null,
    status: null,
  });
  const retryRef = useRef<(() => void) | null>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const { fields = [], refetch = [], refresh = false } = options;

  // Each new failure takes focus once its alert is on the page (after the commit: a frame after
  // setState often came before React had rendered it, and focus stayed behind or fell to <body>).
  useEffect(() => {
    if (state.failure) alertRef.current?.focus();
  }, [state.failure]);

  const fail = useCallback((failure: Failure) => setState({ busy: false, failure, status: null }), []);

  async function run<TData, TVars extends OperationVariables>(
    mutation: MutationDocument<TData, TVars>,
    variables: TVars,
    /** What to announce after a success; a function when it names what was saved. */
    success?: string | ((data: SuccessMember<PayloadOf<TData>>) => string),
  ): Promise<MutationOutcome<TData>> {
    retryRef.current = () => void run(mutation, variables, success);
    setState({ busy: true, failure: null, status: null });
    let data: TData | null | undefined;
    let client: ApolloClient;
    try {
      // Loaded after hydration where a section queries, else on the first mutation: no page ships
      // Apollo up front (a failed chunk load reads as a network failure, with a retry).
      client = await loadBrowserClient();
      data = (await client.mutate({ mutation, variables } as Parameters<typeof client.mutate>[0]))
        .data as TData;
    } catch (error) {
      fail(failureOfError(error, fields, t));
      return { ok: false, data: null };
    }
    const payload = data
      ? Object.entries(data as Record<string, unknown>).find(([key]) => key !== '__typename')?.[1]
      : null;
    const failed = errorPayload(payload);
    if (failed) {
      fail(failureOfPayload(failed, fields));
      return { ok: false, data: payload as ErrorMember<PayloadOf<TData>> };
    }
    retryRef.current = null;
    let stale = false;
    if (refetch.length) {
      const refetched = Promise.resolve(client.refetchQueries({ include: [...refetch] })).then(
        () => true,
        () => false,
      );
      const patience = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), refetchPatience));
      stale = !(await Promise.race([refetched, patience]));
    }
    if (refresh) router.refresh();
    const saved = payload as SuccessMember<PayloadOf<TData>>;
    const said = typeof success === 'function' ? success(saved) : success;
    setState({
      busy: false,
      failure: null,
      status: stale ? `${said ?? t('failure.saved')} ${t('failure.stale')}` : (said ?? null),
    });
    return { ok: true, data: saved };
  }

  const clear = useCallback(() => setState({ busy: false, failure: null, status: null }), []);

  return {
    ...state,
    /** Per-field messages of the last failure. */
    errors: (state.failure?.fieldErrors ?? {}) as Partial<Record<string, string>>,
    retry: state.failure && ['network', 'server'].includes(state.failure.kind) ? retryRef.current : null,
    alertRef,
    run,
    /** Shows a failure found before sending (e.g. a field the browser could not parse). */
    fail,
    clear,
  };
}

export type MutationResult = ReturnType<typeof useMutationResult>;
