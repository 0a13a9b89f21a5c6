import type { Catalogue } from '../i18n.ts';

// Messages of the volunteer API, in Danish and English.
export const volunteerMessages = {
  'volunteer.signUpDuplicate': {
    da: 'Du er allerede tilmeldt denne frivilligopgave.',
    en: 'You have already signed up for this volunteer opportunity.',
  },
  'volunteer.signUpClosed': {
    da: 'Frivilligopgaven er ikke åben for tilmelding.',
    en: 'The volunteer opportunity is not open for sign-up.',
  },
  'volunteer.signUpNotWithdrawable': {
    da: 'Tilmeldingen kan ikke trækkes tilbage i sin nuværende status.',
    en: 'The sign-up cannot be withdrawn in its current status.',
  },
  'volunteer.hoursRange': {
    da: 'Timer skal være mere end 0 og højst 24.',
    en: 'Hours must be more than 0 and at most 24.',
  },
  'volunteer.hoursFuture': {
    da: 'Du kan ikke registrere timer på en dato i fremtiden.',
    en: 'You cannot log hours on a future date.',
  },
  'volunteer.hoursDayTotal': {
    da: 'Du kan højst registrere 24 timer i alt på én dag.',
    en: 'You can log at most 24 hours in total on one day.',
  },
  'volunteer.hoursNotApproved': {
    da: 'Du kan kun registrere timer for aktiviteter, hvor du er godkendt som frivillig.',
    en: 'You can only log hours for activities where you are an approved volunteer.',
  },
  'volunteer.alreadyDecided': {
    da: 'En eller flere af de valgte er allerede afgjort eller trukket tilbage.',
    en: 'One or more of the selected have already been decided or withdrawn.',
  },
  'volunteer.opportunityFull': {
    da: 'Der er ikke plads til {asked} mere: frivilligopgaven har {capacity} pladser, og {approved} er allerede godkendt.',
    en: 'There is no room for {asked} more: the volunteer opportunity has {capacity} places and {approved} are already approved.',
  },
  'volunteer.weekday': {
    da: 'Ugedage skal være tal fra 1 (mandag) til 7 (søndag).',
    en: 'Weekdays must be numbers from 1 (Monday) to 7 (Sunday).',
  },
  'volunteer.hoursOutsidePeriod': {
    da: 'Datoen ligger uden for din tilmelding: vælg en dag fra du blev tilmeldt, og inden aktiviteten sluttede.',
    en: 'The date is outside your sign-up: choose a day from when you signed up and before the activity ended.',
  },
  'volunteer.shiftAfterActivity': {
    da: 'Vagten ligger uden for aktivitetens periode.',
    en: 'The shift is outside the activity’s period.',
  },
  'volunteer.shiftPast': {
    da: 'Vagten skal ligge i fremtiden.',
    en: 'The shift must be in the future.',
  },
  'volunteer.shiftCancelled': {
    da: 'Vagten er aflyst og kan ikke ændres.',
    en: 'The shift is cancelled and cannot be changed.',
  },
  'volunteer.shiftStarted': {
    da: 'Vagten er begyndt eller overstået og kan ikke ændres.',
    en: 'The shift has begun or is over and cannot be changed.',
  },
  'volunteer.period': {
    da: 'Slutdatoen skal ligge efter startdatoen.',
    en: 'The end must be after the start.',
  },
  'volunteer.needed': {
    da: 'Antal frivillige skal være mindst 1.',
    en: 'The number of volunteers must be at least 1.',
  },
  'volunteer.contactNotMember': {
    da: 'Kontaktorganisationen skal være medlem af partnerskabet.',
    en: 'The contact organisation must be a member of the partnership.',
  },
  'volunteer.areaNotInPartnership': {
    da: 'Området hører ikke til partnerskabet.',
    en: 'The area does not belong to the partnership.',
  },
  'volunteer.coordinates': {
    da: 'Angiv både breddegrad og længdegrad (i Danmark), eller ingen af dem.',
    en: 'Give both latitude and longitude (in Denmark), or neither.',
  },
  'volunteer.confirmEmail': {
    da: 'Skriv din egen e-mailadresse for at bekræfte sletningen.',
    en: 'Type your own e-mail address to confirm the deletion.',
  },
  'volunteer.listItem': {
    da: 'Hvert punkt må højst have 60 tegn.',
    en: 'Each item may have at most 60 characters.',
  },
} as const satisfies Catalogue;
