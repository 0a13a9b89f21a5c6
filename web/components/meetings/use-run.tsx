'use client';

import type { TypedDocumentNode } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { useT } from '../../lib/i18n/client';

const meetingQueries = [
  'MeetingList',
  'MeetingPage',
  'MeetingOptions',
  'MeetingInvitations',
  'MeetingAttendances',
  'MeetingMinutes',
  'MeetingDecisions',
  'MeetingActionItems',
  'MeetingCarried',
  'MyTasks',
  'MyCalendarFeeds',
];

type Payload = { __typename: string; message?: string; issues?: { path: string[]; message: string }[] };

export interface RunState {
  busy: boolean;
  /** Per-field messages of the last ValidationError (last path segment → message). */
  fieldErrors: Record<string, string>;
  /** Messages for the alert: a typed error's message, issues of unknown fields, or a network error. */
  alert: string[] | null;
}

/**
 * Runs a mutation whose result is a union (Success | Error types), refetches the page's queries on
 * success and keeps per-field errors for the form. Returns the payload so callers can react to
 * special results (e.g. MinutesConflictError).
 */
export function useRun() {
  const client = useApolloClient();
  const t = useT();
  const [state, setState] = useState<RunState>({ busy: false, fieldErrors: {}, alert: null });

  async function run<TData, TVars extends { input: unknown }>(
    document: TypedDocumentNode<TData, TVars>,
    input: TVars['input'],
    fields: readonly string[] = [],
  ): Promise<Payload | null> {
    setState({ busy: true, fieldErrors: {}, alert: null });
    const result = await client
      .mutate({ mutation: document, variables: { input } as TVars })
      .catch(() => null);
    const data = result?.data as Record<string, Payload> | null | undefined;
    const payload = data ? (Object.values(data)[0] ?? null) : null;
    if (!payload) {
      setState({ busy: false, fieldErrors: {}, alert: [t('form.networkError')] });
      return null;
    }
    if (payload.__typename.endsWith('Success')) {
      // Only the meeting pages' own queries: a refetch of some other page part must not hold the
      // form busy. A failed refetch leaves the old data on screen; the save itself succeeded.
      await Promise.race([
        client.refetchQueries({ include: meetingQueries }).catch(() => undefined),
        new Promise((resolve) => setTimeout(resolve, 10_000)),
      ]);
      setState({ busy: false, fieldErrors: {}, alert: null });
      return payload;
    }
    const fieldErrors: Record<string, string> = {};
    const other: string[] = [];
    for (const issue of payload.issues ?? []) {
      const field = issue.path.at(-1);
      if (field && fields.includes(field) && !fieldErrors[field]) fieldErrors[field] = issue.message;
      else other.push(issue.message);
    }
    setState({
      busy: false,
      fieldErrors,
      alert: [...new Set([payload.message ?? '', ...other])].filter(Boolean),
    });
    return payload;
  }

  return { ...state, run };
}

export function Alert({ messages }: { messages: string[] | null }) {
  if (!messages?.length) return null;
  return (
    <div className="alert" role="alert">
      {messages.map((m) => (
        <p key={m}>{m}</p>
      ))}
    </div>
  );
}
