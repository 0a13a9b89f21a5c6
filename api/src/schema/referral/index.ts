// Bridge-building: fællesskabsguides, referrals, the host's link and the counted handover.
import './types.ts';
import './queries.ts';
import './mutations.ts';
import './host.ts';
import './guides.ts';
import './figures.ts';
