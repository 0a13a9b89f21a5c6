// The one message catalogue. Danish is the source; English must have exactly the same keys
// (a missing or extra key fails `tsc`). `{name}` placeholders are filled by `translate`.
// A long compound word in a heading gets soft hyphens (`\u00ad`) where it may break on a phone
// ("Tilgængeligheds\u00aderklæring"): browsers have no Danish hyphenation dictionary to find the
// places themselves, so without them the word breaks after any letter. Page titles drop them
// (`pageTitle`), so history and bookmarks find the word as typed.
import * as accounts from './catalogue/accounts';
import * as coordinator from './catalogue/coordinator';
import * as failures from './catalogue/failures';
import * as history from './catalogue/history';
import * as meetings from './catalogue/meetings';
import * as ministry from './catalogue/ministry';
import * as notifications from './catalogue/notifications';
import * as outbox from './catalogue/outbox';
import * as partnerships from './catalogue/partnerships';
import * as referrals from './catalogue/referrals';
import * as resources from './catalogue/resources';
import * as sms from './catalogue/sms';
import * as volunteers from './catalogue/volunteers';
import { type Locale, translate } from './locale';

const core = {
  'app.name': 'Naboskab',
  'app.tagline': 'Lokale partnerskaber mod ensomhed',
  'a11y.skipToContent': 'Gå til indhold',
  'a11y.mainNav': 'Hovednavigation',
  'a11y.languageSwitch': 'Vælg sprog',
  'a11y.wideTable': 'Tabel, der kan rulles vandret',
  'nav.map': 'Kort',
  'nav.signIn': 'Log ind',
  'nav.register': 'Bliv frivillig',
  'nav.myPage': 'Min side',
  'nav.signOut': 'Log ud',
  'footer.attribution': 'Kortdata: Geodatastyrelsen, DAGI; Natural Earth',
  'footer.about': 'Naboskab samler boligsociale medarbejdere, kommuner, frivillige og ministeriet.',
  'home.title': 'Boligområder med lokale indsatser',
  'home.intro': 'Kortet viser de boligområder, hvor lokale partnerskaber arbejder mod ensomhed.',
  'areas.listTitle': 'Områder ({count})',
  'areas.loading': 'Henter områder …',
  'areas.empty': 'Der er endnu ingen områder.',
  'areas.error': 'Områderne kunne ikke hentes. Prøv igen om lidt.',
  'areas.retry': 'Prøv igen',
  'areas.showOnMap': 'Vis {name} på kortet',
  'listing.VULNERABLE': 'Udsat boligområde',
  'listing.PREVENTION': 'Forebyggelsesområde',
  'listing.TRANSFORMATION': 'Omdannelsesområde',
  'map.label': 'Kort over Danmark med {count} boligområder. Listen over områderne findes efter kortet.',
  'map.loading': 'Indlæser kort …',
  'map.noScript': 'Kortet kræver JavaScript, som er slået fra i din browser.',
  'map.failed': 'Kortet kunne ikke vises i denne browser. Brug listen over områderne.',
  'map.popup.volunteer': 'Frivillige aktiviteter i området',
  'form.email': 'E-mail',
  'form.password': 'Adgangskode',
  'form.passwordHint':
    'Mindst 10 tegn. Undgå kendte adgangskoder, gentagelser som aaaa eller 1234 og dit navn eller din e-mail; et par ord, der ikke hører sammen, er lette at huske og svære at gætte.',
  'form.required': 'Skal udfyldes.',
  'form.errorSummary': 'Ret venligst følgende:',
  'signIn.title': 'Log ind',
  'signIn.submit': 'Log ind',
  'signIn.submitting': 'Logger ind …',
  'signIn.noAccount': 'Har du ikke en konto? Bliv frivillig.',
  'register.title': 'Bliv frivillig',
  'register.intro': 'Opret en profil, så du kan finde og melde dig til frivilligopgaver i dit nærområde.',
  'register.name': 'Navn',
  'register.phone': 'Telefon (valgfrit)',
  'register.consentLegend': 'Samtykke',
  'register.consentText':
    'Jeg giver samtykke til, at Naboskab opbevarer mit navn, min e-mail og mit telefonnummer for at koordinere frivilligt arbejde. Jeg kan til enhver tid trække samtykket tilbage og få mine oplysninger slettet.',
  'register.consentRequired': 'Du skal give samtykke for at blive oprettet.',
  'register.submit': 'Opret profil',
  'register.submitting': 'Opretter …',
  'myPage.title': 'Min side',
  'myPage.name': 'Navn',
  'myPage.email': 'E-mail',
  'myPage.role': 'Rolle',
  'role.ADMIN': 'Administrator',
  'role.COORDINATOR': 'Koordinator',
  'role.VOLUNTEER': 'Frivillig',
  'role.MINISTRY': 'Ministeriet',
  'notFound.title': 'Siden findes ikke',
  'notFound.body': 'Vi kunne ikke finde den side, du ledte efter.',
  'notFound.home': 'Gå til forsiden',
  'error.title': 'Der skete en fejl',
  'error.body': 'Siden kunne ikke vises. Prøv igen, eller gå til forsiden.',
  'error.retry': 'Prøv igen',
};

// Each feature keeps its messages in catalogue/<feature>.ts; together they are the one catalogue.
const da = {
  ...core,
  ...accounts.da,
  ...coordinator.da,
  ...failures.da,
  ...history.da,
  ...meetings.da,
  ...ministry.da,
  ...outbox.da,
  ...notifications.da,
  ...partnerships.da,
  ...referrals.da,
  ...resources.da,
  ...volunteers.da,
  ...sms.da,
};

export type MessageKey = keyof typeof da;
export type Messages = Record<MessageKey, string>;

const coreEn: Record<keyof typeof core, string> = {
  'app.name': 'Naboskab',
  'app.tagline': 'Local partnerships against loneliness',
  'a11y.skipToContent': 'Skip to content',
  'a11y.mainNav': 'Main navigation',
  'a11y.languageSwitch': 'Choose language',
  'a11y.wideTable': 'Table that scrolls sideways',
  'nav.map': 'Map',
  'nav.signIn': 'Sign in',
  'nav.register': 'Volunteer',
  'nav.myPage': 'My page',
  'nav.signOut': 'Sign out',
  'footer.attribution': 'Map data: Geodatastyrelsen, DAGI; Natural Earth',
  'footer.about':
    'Naboskab brings together housing social workers, municipalities, volunteers and the ministry.',
  'home.title': 'Housing areas with local efforts',
  'home.intro': 'The map shows the housing areas where local partnerships work against loneliness.',
  'areas.listTitle': 'Areas ({count})',
  'areas.loading': 'Loading areas …',
  'areas.empty': 'There are no areas yet.',
  'areas.error': 'The areas could not be loaded. Please try again shortly.',
  'areas.retry': 'Try again',
  'areas.showOnMap': 'Show {name} on the map',
  'listing.VULNERABLE': 'Vulnerable housing area',
  'listing.PREVENTION': 'Prevention area',
  'listing.TRANSFORMATION': 'Transformation area',
  'map.label': 'Map of Denmark with {count} housing areas. The list of areas follows the map.',
  'map.loading': 'Loading map …',
  'map.noScript': 'The map needs JavaScript, which is turned off in your browser.',
  'map.failed': 'The map cannot be shown in this browser. Please use the list of areas.',
  'map.popup.volunteer': 'Volunteer activities in the area',
  'form.email': 'E-mail',
  'form.password': 'Password',
  'form.passwordHint':
    'At least 10 characters. Avoid well-known passwords, runs like aaaa or 1234 and your name or e-mail; a few unrelated words are easy to remember and hard to guess.',
  'form.required': 'Required.',
  'form.errorSummary': 'Please correct the following:',
  'signIn.title': 'Sign in',
  'signIn.submit': 'Sign in',
  'signIn.submitting': 'Signing in …',
  'signIn.noAccount': 'No account yet? Become a volunteer.',
  'register.title': 'Become a volunteer',
  'register.intro': 'Create a profile to find and sign up for volunteer tasks near you.',
  'register.name': 'Name',
  'register.phone': 'Phone (optional)',
  'register.consentLegend': 'Consent',
  'register.consentText':
    'I consent to Naboskab storing my name, e-mail and phone number to coordinate volunteer work. I can withdraw my consent at any time and have my data deleted.',
  'register.consentRequired': 'You must give your consent to register.',
  'register.submit': 'Create profile',
  'register.submitting': 'Creating …',
  'myPage.title': 'My page',
  'myPage.name': 'Name',
  'myPage.email': 'E-mail',
  'myPage.role': 'Role',
  'role.ADMIN': 'Administrator',
  'role.COORDINATOR': 'Coordinator',
  'role.VOLUNTEER': 'Volunteer',
  'role.MINISTRY': 'Ministry',
  'notFound.title': 'Page not found',
  'notFound.body': 'We could not find the page you were looking for.',
  'notFound.home': 'Go to the front page',
  'error.title': 'Something went wrong',
  'error.body': 'The page could not be shown. Try again, or go to the front page.',
  'error.retry': 'Try again',
};

const en: Messages = {
  ...coreEn,
  ...accounts.en,
  ...coordinator.en,
  ...failures.en,
  ...history.en,
  ...meetings.en,
  ...ministry.en,
  ...outbox.en,
  ...partnerships.en,
  ...referrals.en,
  ...resources.en,
  ...volunteers.en,
  ...notifications.en,
  ...sms.en,
};

export const messages: Record<Locale, Messages> = { da, en };

export { defaultLocale, isLocale, type Locale, localeCookie, locales, type Translate } from './locale';

/** Server side: both catalogues are here; a client gets its language's catalogue from the layout. */
export function translator(locale: Locale) {
  return translate(locale, messages[locale]);
}
