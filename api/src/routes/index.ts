import type { Route } from './route.ts';

// Every HTTP route of the API besides /graphql and /health; one line per capability.
export const routes: Route[] = [];
