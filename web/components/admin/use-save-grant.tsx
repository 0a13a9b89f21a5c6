import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { GrantStatus, SaveGrantInput } from '../../gql/graphql';
import { useT } from '../../lib/i18n/client';
import { useFormResult } from './use-form-result';

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
      ... on Error {
        message
      }
      ... on ValidationError {
        issues {
          path
          message
        }
      }
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
  const [saveGrant, { loading }] = useMutation(SaveGrant);
  const result = useFormResult([
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
  ]);

  async function submit(input: SaveGrantInput) {
    const r = await saveGrant({ variables: { input } }).catch(() => null);
    const payload = r?.data?.saveGrant;
    const text =
      payload?.__typename === 'SaveGrantSuccess'
        ? t('admin.grant.saved', { caseNumber: payload.grant.caseNumber })
        : '';
    const ok = result.handle(payload, 'SaveGrantSuccess', text);
    if (ok) await onSaved();
    return ok;
  }

  return { result, submit, loading };
}
