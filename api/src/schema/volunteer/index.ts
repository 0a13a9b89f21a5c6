// Volunteering: activities and opportunities (public when published), sign-ups, hours, and the
// volunteer's own data (export and erasure).
import './activity.ts';
import './opportunity.ts';
import './shift.ts';
import './sign-up.ts';
import './volunteer-hours.ts';
import './personal-data.ts';
