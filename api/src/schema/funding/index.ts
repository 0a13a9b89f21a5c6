// Funding: pools, rounds and grants (types and queries in types.ts; admin writes beside it).
import './types.ts';
import './pools-and-rounds.ts';
import './grants.ts';
