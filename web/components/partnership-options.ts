import type { Arena, TargetGroup } from '../gql/graphql';

/** The arenas and target groups, in the order forms and filters offer them. */
export const arenas: Arena[] = [
  'HOME_AND_HOUSING',
  'DAYCARE_SCHOOL_EDUCATION',
  'LEISURE_AND_COMMUNITIES',
  'WORK_AND_EMPLOYMENT',
  'HEALTH_AND_CARE',
];
export const targetGroups: TargetGroup[] = [
  'OLDER_PEOPLE',
  'YOUNG_PEOPLE',
  'CHILDREN_AND_FAMILIES',
  'PEOPLE_WITH_DISABILITIES',
  'PEOPLE_WITH_MENTAL_ILLNESS',
  'ETHNIC_MINORITIES',
  'UNEMPLOYED',
  'SOCIALLY_VULNERABLE',
];
