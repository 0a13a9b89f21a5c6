import { graphql } from '../../gql';
import type { GrantStatus, SaveGrantInput } from '../../gql/graphql';
import { useT } from '../../lib/i18n/client';
import { useMutationResult } from '../ui/use-mutation-result';

const SaveGrant = graphql(`
  mutation AdminSaveGrant($input: SaveGrantInput!) {
    saveGrant(input: $input) {
      __typename
      ... on SaveGrantSuccess {
        grant {
          id
          caseNumber
          status
        }
      }
      ...MutationFailure
    }
  }
`);

/** A grant's statuses in the order it moves through them. */
export const statuses: GrantStatus[] = ['APPLIED', 'GRANTED', 'PAID', 'REPORTED'];

/**
 * Saving a grant, shared by the grant form and the list's "advance status" buttons: both report in
 * the form's messages. `submit` resolves to true when saved (and `onSaved` has run).
 */
export function useSaveGrant(onSaved: () => Promise<unknown>) {
  const t = useT();
  const result = useMutationResult({
    fields: [
      'roundId',
      'partnershipId',
      'recipientOrganisationId',
      'caseNumber',
      'amount',
      'status',
      'startsOn',
      'endsOn',
      'id',
      'paid',
    ],
  });

  async function submit(input: SaveGrantInput) {
    const { ok } = await result.run(SaveGrant, { input }, (saved) =>
      t('admin.grant.saved', { caseNumber: saved.grant.caseNumber }),
    );
    if (ok) await onSaved();
    return ok;
  }

  return { result, submit };
}
