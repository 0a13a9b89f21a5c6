import { graphql } from '../../gql';

// Shared by the number's form and its code step (sms-phone-form.tsx, sms-code-form.tsx).

export const MyPhoneQuery = graphql(`
  query MyPhone { myPhone { phone pendingPhone } }
`);

export const SetMyPhoneMutation = graphql(`
  mutation SetMyPhone($input: SetMyPhoneInput!) {
    setMyPhone(input: $input) {
      __typename
      ... on SetMyPhoneSuccess { myPhone { phone pendingPhone } }
      ...MutationFailure
    }
  }
`);
