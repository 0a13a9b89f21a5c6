// This route's client islands query the API: they get Apollo here, not from the root layout.
export { AppApolloProvider as default } from '../../../lib/apollo/provider';
