import type { Catalogue } from '../i18n.ts';

// Messages of the partnership, member, funding, organisation, area and user API, in Danish and English.
export const partnershipMessages = {
  'partnership.statusBackwards': {
    da: 'Status kan kun gå fra planlagt til aktiv til afsluttet, ikke tilbage.',
    en: 'The status can only go from planned to active to ended, never back.',
  },
  'partnership.endsBeforeStart': {
    da: 'Slutdatoen skal ligge efter startdatoen.',
    en: 'The end date must be after the start date.',
  },
  'partnership.areaRequired': { da: 'Vælg mindst ét boligområde.', en: 'Choose at least one housing area.' },
  'partnership.areaUnknown': { da: 'Et af områderne findes ikke.', en: 'One of the areas does not exist.' },
  'partnership.slugInvalid': {
    da: 'Kortnavnet må kun indeholde små bogstaver, tal og bindestreger.',
    en: 'The short name may only contain lower-case letters, digits and hyphens.',
  },
  'partnership.slugTaken': { da: 'Kortnavnet er allerede i brug.', en: 'The short name is already in use.' },
  'partnership.reminderTime': {
    da: 'Vælg et klokkeslæt i hele kvarter, fra 00:00 til 23:45.',
    en: 'Choose a time on the quarter hour, from 00:00 to 23:45.',
  },
  'member.organisationUnknown': { da: 'Organisationen findes ikke.', en: 'The organisation does not exist.' },
  'member.alreadyMember': {
    da: 'Organisationen er allerede medlem af partnerskabet.',
    en: 'The organisation is already a member of the partnership.',
  },
  'member.roleNeedsAssociation': {
    da: 'Rollen frivillig forening kræver en organisation af typen frivillig forening.',
    en: 'The role voluntary association needs an organisation of the kind voluntary association.',
  },
  'member.hasSignOnFee': {
    da: 'Medlemmet har fået et tilslutningsbidrag og kan ikke fjernes.',
    en: 'The member has received a sign-on fee and cannot be removed.',
  },
  'signOnFee.tooLarge': {
    da: 'Et tilslutningsbidrag må højst være 30.000 kr.',
    en: 'A sign-on fee may be at most 30,000 kr.',
  },
  'signOnFee.notPositive': { da: 'Beløbet skal være større end 0 kr.', en: 'The amount must be above 0 kr.' },
  'signOnFee.notAssociation': {
    da: 'Tilslutningsbidrag gives kun til medlemmer, der er frivillige foreninger.',
    en: 'Sign-on fees go only to members that are voluntary associations.',
  },
  'signOnFee.alreadyPaid': {
    da: 'Foreningen har allerede fået et tilslutningsbidrag.',
    en: 'The association has already received a sign-on fee.',
  },
  'signOnFee.overGrant': {
    da: 'Tilslutningsbidragene må tilsammen ikke overstige bevillingen ({granted} kr.; allerede udbetalt {paid} kr.).',
    en: 'Sign-on fees together may not exceed the grant ({granted} kr.; already paid {paid} kr.).',
  },
  'grant.statusOrder': {
    da: 'En bevilling går fra ansøgt til bevilget til udbetalt til afrapporteret, ét trin ad gangen.',
    en: 'A grant goes from applied to granted to paid to reported, one step at a time.',
  },
  'grant.paidAboveAmount': {
    da: 'Det udbetalte beløb kan ikke være større end bevillingen.',
    en: 'The amount paid cannot exceed the grant.',
  },
  'grant.caseNumberTaken': {
    da: 'Journalnummeret er allerede i brug.',
    en: 'The case number is already in use.',
  },
  'grant.paidCannotDelete': {
    da: 'Der er udbetalt af bevillingen, så den kan ikke slettes. Ret den i stedet.',
    en: 'Part of the grant is paid, so it cannot be deleted. Correct it instead.',
  },
  'grant.feesNeedIt': {
    da: 'Bevillingen kan ikke slettes: partnerskabets tilslutningsbidrag ({paid} kr.) ville overstige de øvrige bevillinger.',
    en: "The grant cannot be deleted: the partnership's sign-on fees ({paid} kr.) would exceed its other grants.",
  },
  'money.negative': { da: 'Beløbet kan ikke være negativt.', en: 'The amount cannot be negative.' },
  'funding.nameTaken': { da: 'Navnet er allerede i brug.', en: 'The name is already in use.' },
  'organisation.cvrTaken': {
    da: 'Der findes allerede en organisation med dette CVR-nummer.',
    en: 'An organisation with this CVR number already exists.',
  },
  'area.invalidJson': {
    da: 'Teksten er ikke gyldig GeoJSON (JSON kunne ikke læses).',
    en: 'The text is not valid GeoJSON (the JSON could not be read).',
  },
  'area.notPolygon': {
    da: 'GeoJSON skal være en Polygon eller MultiPolygon (eller en Feature med en af dem).',
    en: 'The GeoJSON must be a Polygon or MultiPolygon (or a Feature holding one).',
  },
  'area.badPosition': {
    da: 'Hver position skal være [længdegrad, breddegrad] i tal.',
    en: 'Every position must be [longitude, latitude] as numbers.',
  },
  'area.ringTooShort': {
    da: 'En ring skal have mindst 4 positioner.',
    en: 'A ring must have at least 4 positions.',
  },
  'area.ringNotClosed': {
    da: 'Polygonen er ikke lukket: første og sidste position i en ring skal være ens.',
    en: 'The polygon is not closed: the first and last position of a ring must be the same.',
  },
  'area.outsideDenmark': {
    da: 'Koordinaterne ligger uden for Danmark (husk rækkefølgen længdegrad, breddegrad).',
    en: 'The coordinates lie outside Denmark (mind the order longitude, latitude).',
  },
  'area.selfIntersection': {
    da: 'Polygonens kant krydser sig selv.',
    en: 'The polygon’s edge crosses itself.',
  },
  'area.noMunicipality': {
    da: 'Områdets midtpunkt ligger ikke i nogen kommune.',
    en: 'The centre of the area is not inside any municipality.',
  },
  'area.slugTaken': { da: 'Kortnavnet er allerede i brug.', en: 'The short name is already in use.' },
  'coordinator.wrongRole': {
    da: 'Brugeren skal have rollen koordinator (eller administrator).',
    en: 'The user must have the role coordinator (or administrator).',
  },
  'coordinator.already': {
    da: 'Brugeren koordinerer allerede partnerskabet.',
    en: 'The user already coordinates the partnership.',
  },
  'user.ownRole': {
    da: 'Du kan ikke ændre din egen rolle.',
    en: 'You cannot change your own role.',
  },
} as const satisfies Catalogue;
