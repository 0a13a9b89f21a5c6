import type { Catalogue } from '../i18n.ts';

// Messages of the ministry API (map, totals, exports) and of outcome reporting, in Danish and English.
export const ministryMessages = {
  'outcome.periodEndBeforeStart': {
    da: 'Periodens slutdato skal være samme dag som eller efter startdatoen.',
    en: 'The end of the period must be on or after its start.',
  },
  'outcome.periodOverlaps': {
    da: 'Perioden overlapper en anden indberetning for partnerskabet.',
    en: "The period overlaps another of the partnership's reports.",
  },
  'outcome.countNegative': {
    da: 'Tallet kan ikke være negativt.',
    en: 'The number cannot be negative.',
  },
  'outcome.countWhole': {
    da: 'Skriv et helt tal.',
    en: 'Enter a whole number.',
  },
  'outcome.bridgedAboveReached': {
    da: 'Nye deltagere i fællesskaber kan ikke være flere end deltagere nået.',
    en: 'New participants bridged cannot exceed participants reached.',
  },
  'outcome.bridgedCounted': {
    da: 'Partnerskabet registrerer henvisninger, så nye deltagere i fællesskaber tælles fra de bekræftede første fremmøder og kan ikke indtastes.',
    en: 'The partnership records referrals, so new participants bridged is counted from the confirmed first attendances and cannot be typed.',
  },
  'outcome.bridgedRequired': {
    da: 'Angiv antallet af nye deltagere i fællesskaber.',
    en: 'Enter the number of new participants bridged.',
  },
  'outcome.followUpNeedsBaseline': {
    da: 'En opfølgende måling kræver en baseline-måling for samme spørgsmål i denne eller en tidligere indberetning.',
    en: 'A follow-up needs a baseline for the same item in this report or an earlier one.',
  },
  'outcome.baselineNeeded': {
    da: 'Indberetningen kan ikke slettes: en senere opfølgende måling bygger på dens baseline.',
    en: 'The report cannot be deleted: a later follow-up builds on its baseline.',
  },
  'outcome.duplicateCount': {
    da: 'Samme svar er angivet to gange.',
    en: 'The same answer is given twice.',
  },
  'outcome.answerRange': {
    da: 'Svaret skal være 1, 2 eller 3.',
    en: 'The answer must be 1, 2 or 3.',
  },
  'ministry.exportRefused': {
    da: 'Intet er eksporteret: filtrene i adressen er ikke gyldige. Filtrene er {filters}.',
    en: 'Nothing was exported: the filters in the address are not valid. The filters are {filters}.',
  },
  'ministry.unknownFilter': { da: 'Ukendt filter.', en: 'Unknown filter.' },
  'ministry.repeatedFilter': {
    da: 'Filteret er angivet mere end én gang.',
    en: 'The filter is given more than once.',
  },
  'ministry.grantRange': {
    da: 'Mindstebeløbet kan ikke være større end højestebeløbet.',
    en: 'The minimum amount cannot be larger than the maximum.',
  },
  'ministry.arena.HOME_AND_HOUSING': { da: 'Hjem og bolig', en: 'Home and housing' },
  'ministry.arena.DAYCARE_SCHOOL_EDUCATION': {
    da: 'Dagtilbud, skole og uddannelse',
    en: 'Daycare, school and education',
  },
  'ministry.arena.LEISURE_AND_COMMUNITIES': { da: 'Fritid og fællesskaber', en: 'Leisure and communities' },
  'ministry.arena.WORK_AND_EMPLOYMENT': { da: 'Arbejdsliv og beskæftigelse', en: 'Work and employment' },
  'ministry.arena.HEALTH_AND_CARE': { da: 'Sundhed og pleje', en: 'Health and care' },
  'ministry.status.PLANNED': { da: 'Planlagt', en: 'Planned' },
  'ministry.status.ACTIVE': { da: 'Aktiv', en: 'Active' },
  'ministry.status.ENDED': { da: 'Afsluttet', en: 'Ended' },
  'ministry.targetGroup.OLDER_PEOPLE': { da: 'Ældre', en: 'Older people' },
  'ministry.targetGroup.YOUNG_PEOPLE': { da: 'Unge', en: 'Young people' },
  'ministry.targetGroup.CHILDREN_AND_FAMILIES': { da: 'Børn og familier', en: 'Children and families' },
  'ministry.targetGroup.PEOPLE_WITH_DISABILITIES': {
    da: 'Mennesker med handicap',
    en: 'People with disabilities',
  },
  'ministry.targetGroup.PEOPLE_WITH_MENTAL_ILLNESS': {
    da: 'Mennesker med psykisk sygdom',
    en: 'People with mental illness',
  },
  'ministry.targetGroup.ETHNIC_MINORITIES': { da: 'Etniske minoriteter', en: 'Ethnic minorities' },
  'ministry.targetGroup.UNEMPLOYED': { da: 'Ledige', en: 'Unemployed' },
  'ministry.targetGroup.SOCIALLY_VULNERABLE': { da: 'Socialt udsatte', en: 'Socially vulnerable' },
  'ministry.yes': { da: 'Ja', en: 'Yes' },
  'ministry.no': { da: 'Nej', en: 'No' },
} as const satisfies Catalogue;
