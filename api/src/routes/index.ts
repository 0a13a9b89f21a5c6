import { calendarRoute } from './calendar.ts';
import { exportsRoute } from './exports.ts';
import { hsdsRoute } from './hsds.ts';
import { oidcRoute } from './oidc.ts';
import { personalDataRoute } from './personal-data.ts';
import type { Route } from './route.ts';
import { smsStatusRoute } from './sms-status.ts';
import { unsubscribeRoute } from './unsubscribe.ts';

// Every HTTP route of the API besides /graphql and /health; one line per capability.
export const routes: Route[] = [
  calendarRoute,
  exportsRoute,
  hsdsRoute,
  oidcRoute,
  personalDataRoute,
  smsStatusRoute,
  unsubscribeRoute,
];
