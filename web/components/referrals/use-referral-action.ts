'use client';

import type { TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useFormErrors } from '../form-errors';

type Payload = { __typename?: string; message?: string; issues?: { path: string[]; message: string }[] };

/**
 * One mutation on a referral page: runs it, refetches the referral on success, and otherwise shows
 * its typed error, validation issues or a network failure through the shared form errors.
 */
export function useReferralAction<TData, TVars extends { input: unknown }>(
  document: TypedDocumentNode<TData, TVars>,
  fields: readonly string[] = [],
) {
  const [mutate, { loading }] = useMutation(document, {
    refetchQueries: ['ReferralDetail', 'ReferralCaseload'],
    awaitRefetchQueries: true,
  });
  const errors = useFormErrors(fields);
  async function run(input: TVars['input']): Promise<TData[keyof TData] | null> {
    errors.clear();
    try {
      const result = await mutate({ variables: { input } as TVars });
      const payload = (result.data ? Object.values(result.data as object)[0] : null) as Payload | null;
      if (payload?.__typename?.endsWith('Success')) return payload as TData[keyof TData];
      errors.show(payload);
    } catch {
      errors.show(null);
    }
    return null;
  }
  return { run, busy: loading, ...errors };
}
