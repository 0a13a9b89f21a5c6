import type { Catalogue } from '../i18n.ts';

// Messages of bridge-building (fællesskabsguides and referrals), in Danish and English.
export const referralMessages = {
  'referral.cprNotAllowed': {
    da: 'Skriv aldrig et CPR-nummer i Naboskab. Fjern tallet, og prøv igen.',
    en: 'Never enter a CPR number in Naboskab. Remove the number and try again.',
  },
  'referral.contactRequired': {
    da: 'Skriv et telefonnummer eller en e-mail, så borgeren kan kontaktes.',
    en: 'Enter a phone number or an e-mail so the citizen can be contacted.',
  },
  'referral.channelWithoutContact': {
    da: 'Den foretrukne kontaktform skal have et nummer eller en adresse.',
    en: 'The preferred channel needs a number or an address.',
  },
  'referral.consentRequired': {
    da: 'Borgeren skal have givet samtykke til at blive kontaktet.',
    en: 'The citizen must have consented to being contacted.',
  },
  'referral.consentInFuture': {
    da: 'Samtykket kan ikke være givet i fremtiden.',
    en: 'Consent cannot be given in the future.',
  },
  'referral.pickOne': { da: 'Vælg mindst én.', en: 'Choose at least one.' },
  'referral.notGuide': {
    da: 'Personen er ikke fællesskabsguide i partnerskabet.',
    en: 'The person is not a community guide in the partnership.',
  },
  'referral.guideNotStaff': {
    da: 'Kun koordinatorer og medarbejdere hos partnerskabets medlemmer kan være fællesskabsguides.',
    en: "Only coordinators and staff of the partnership's members can be community guides.",
  },
  'referral.transitionNotAllowed': {
    da: 'Henvisningen kan ikke gå fra "{from}" til "{to}".',
    en: 'The referral cannot move from "{from}" to "{to}".',
  },
  'referral.changedMeanwhile': {
    da: 'Henvisningen er blevet ændret i mellemtiden. Genindlæs siden, og prøv igen.',
    en: 'The referral was changed meanwhile. Reload the page and try again.',
  },
  'referral.closeReasonRequired': {
    da: 'Vælg en grund til at afslutte.',
    en: 'Choose a reason for closing.',
  },
  'referral.placeRequired': {
    da: 'Vælg en aktivitet eller en forening.',
    en: 'Choose an activity or an association.',
  },
  'referral.placeNotInPartnership': {
    da: 'Aktiviteten eller foreningen hører ikke til partnerskabet.',
    en: 'The activity or association does not belong to the partnership.',
  },
  'referral.placeNotAssociation': {
    da: 'Borgeren kan kun kobles til en frivillig forening i partnerskabet, ikke til et medlem af en anden slags.',
    en: 'The citizen can be connected only to a voluntary association of the partnership, not to a member of another kind.',
  },
  'referral.hostContactRequired': {
    da: 'Skriv værtens telefonnummer eller e-mail.',
    en: "Enter the host's phone number or e-mail.",
  },
  'referral.noHostConsent': {
    da: 'Borgeren har ikke givet samtykke til, at fornavnet deles med værten.',
    en: 'The citizen has not consented to sharing their first name with the host.',
  },
  'referral.noMeasureConsent': {
    da: 'Borgeren har ikke givet samtykke til målinger.',
    en: 'The citizen has not consented to measures.',
  },
  'referral.measureNotNow': {
    da: 'Målingen kan ikke registreres, mens henvisningen er "{state}".',
    en: 'The measure cannot be recorded while the referral is "{state}".',
  },
  'referral.noHostLinkNow': {
    da: 'Der kan kun sendes et link til værten, når borgeren er koblet eller i opfølgning.',
    en: 'A link for the host can be made only when the citizen is connected or in follow-up.',
  },
  'referral.hostLinkUsed': {
    da: 'Linket er allerede brugt, er udløbet eller er erstattet af et nyt.',
    en: 'The link has already been used, has expired or has been replaced by a new one.',
  },
  'referral.erased': {
    da: 'Henvisningens personoplysninger er slettet.',
    en: "The referral's personal data has been deleted.",
  },
  'referral.noUpcomingMeeting': {
    da: 'Partnerskabet har intet planlagt fællesmøde. Planlæg mødet først.',
    en: 'The partnership has no planned joint meeting. Plan the meeting first.',
  },
  'referral.noArea': { da: 'Uden område', en: 'No area' },
  'referral.hidden': { da: 'skjult', en: 'hidden' },
  'referral.noUnmetNeed': {
    da: 'Ingen henvisninger har manglet en passende aktivitet.',
    en: 'No referral has lacked a matching activity.',
  },
  'referral.unmetNeedTitle': {
    da: 'Udækket behov: henvisninger uden passende aktivitet',
    en: 'Unmet need: referrals with no matching activity',
  },
} as const satisfies Catalogue;
