'use client';

import { type MutationDocument, type MutationOutcome, useMutationResult } from '../ui/use-mutation-result';
import { CaseloadQuery } from './caseload';
import { ReferralDetailDocument } from './referral-detail';

/**
 * One mutation on a referral page through the one mutation hook: on success the referral and the
 * caseload are refetched; `run` resolves with the success payload, or null (the failure is shown
 * by <MutationAlert result={action} />).
 */
export function useReferralAction<TData, TVars extends { input: unknown }>(
  document: MutationDocument<TData, TVars>,
  fields: readonly string[] = [],
) {
  const result = useMutationResult({ fields, refetch: [ReferralDetailDocument, CaseloadQuery] });
  async function run(
    input: TVars['input'],
  ): Promise<Extract<MutationOutcome<TData>, { ok: true }>['data'] | null> {
    const outcome = await result.run(document, { input } as TVars);
    return outcome.ok ? outcome.data : null;
  }
  return { ...result, run };
}
