import type { Catalogue } from '../i18n.ts';

// Messages of accounts: administration, invitations, passwords and e-mail addresses.
export const accountMessages = {
  'user.ownStatus': {
    da: 'Du kan ikke deaktivere din egen konto.',
    en: 'You cannot deactivate your own account.',
  },
  'user.lastAdmin': {
    da: 'Der skal være mindst én aktiv administrator. Gør en anden til administrator først.',
    en: 'There must be at least one active administrator. Make someone else an administrator first.',
  },
  'user.noLongerAdmin': {
    da: 'Du er ikke længere administrator, så ændringen blev ikke gennemført.',
    en: 'You are no longer an administrator, so the change was not made.',
  },
  'invitation.invalid': {
    da: 'Invitationen er ugyldig, udløbet, trukket tilbage eller allerede brugt. Bed om en ny.',
    en: 'The invitation is invalid, expired, revoked or already used. Ask for a new one.',
  },
  'invitation.emailTaken': {
    da: 'Der findes allerede en konto med denne e-mail. Log ind, eller nulstil adgangskoden.',
    en: 'An account with this e-mail already exists. Sign in, or reset the password.',
  },
  'invitation.notPending': {
    da: 'Invitationen er ikke længere afventende.',
    en: 'The invitation is no longer pending.',
  },
  'invitation.partnershipRequired': {
    da: 'Vælg det partnerskab, koordinatoren skal koordinere.',
    en: 'Choose the partnership the coordinator will coordinate.',
  },
  'invitation.notMemberOrganisation': {
    da: 'Organisationen skal være medlem af partnerskabet.',
    en: 'The organisation must be a member of the partnership.',
  },
  'invitation.pendingElsewhere': {
    da: 'Personen har allerede en afventende invitation fra en anden. Den skal trækkes tilbage først.',
    en: 'The person already has a pending invitation from someone else. It must be withdrawn first.',
  },
  'invitation.userExists': {
    da: 'Der findes allerede en konto med denne e-mail.',
    en: 'An account with this e-mail already exists.',
  },
  'token.invalid': {
    da: 'Linket er ugyldigt, udløbet eller allerede brugt. Bed om et nyt.',
    en: 'The link is invalid, expired or already used. Ask for a new one.',
  },
  'password.wrongCurrent': {
    da: 'Den nuværende adgangskode er forkert.',
    en: 'The current password is wrong.',
  },
  'rateLimit.exceeded': {
    da: 'For mange forsøg. Vent lidt, og prøv igen.',
    en: 'Too many attempts. Wait a while and try again.',
  },
  'email.sameAsCurrent': {
    da: 'Det er allerede din e-mailadresse.',
    en: 'That is already your e-mail address.',
  },
} as const satisfies Catalogue;
