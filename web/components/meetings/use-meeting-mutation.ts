import { useMutationResult } from '../ui/use-mutation-result';
import { meetingDocuments } from './documents';

/** A meeting change may touch any part of the meeting pages: refetch whichever of them is shown. */
export function useMeetingMutation(fields: readonly string[] = []) {
  return useMutationResult({ fields, refetch: meetingDocuments });
}
