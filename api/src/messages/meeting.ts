import type { Catalogue } from '../i18n.ts';

// Messages of the meeting API, in Danish and English.
export const meetingMessages = {
  'meeting.endBeforeStart': {
    da: 'Mødet skal slutte efter, at det begynder.',
    en: 'The meeting must end after it starts.',
  },
  'meeting.placeRequired': {
    da: 'Angiv en adresse, et onlinelink eller et booket lokale.',
    en: 'Give an address, an online link or a booked room.',
  },
  'meeting.onlineUrlInvalid': {
    da: 'Onlinelinket skal være en https-adresse.',
    en: 'The online link must be an https address.',
  },
  'meeting.bookingInvalid': {
    da: 'Lokalet skal være en bekræftet booking af partnerskabets ressource, der dækker hele mødet.',
    en: "The room must be a confirmed booking of the partnership's resource covering the whole meeting.",
  },
  'meeting.bookingTaken': {
    da: 'Bookingen er allerede knyttet til et andet møde.',
    en: 'The booking is already linked to another meeting.',
  },
  'meeting.notPlanned': {
    da: 'Mødet er lukket eller aflyst og kan ikke ændres.',
    en: 'The meeting is closed or cancelled and cannot be changed.',
  },
  'meeting.closeInFuture': {
    da: 'Et møde kan først lukkes, når det er begyndt. Vil du aflyse det i stedet?',
    en: 'A meeting can only be closed once it has begun. Do you want to cancel it instead?',
  },
  'meeting.notClosed': {
    da: 'Kun et lukket møde kan genåbnes.',
    en: 'Only a closed meeting can be reopened.',
  },
  'meeting.notMember': {
    da: 'Personen er ikke medlem af partnerskabet.',
    en: 'The person is not a member of the partnership.',
  },
  'meeting.organisationNotMember': {
    da: 'Organisationen er ikke medlem af partnerskabet.',
    en: 'The organisation is not a member of the partnership.',
  },
  'meeting.inviteeRequired': {
    da: 'Vælg mindst én person eller organisation.',
    en: 'Choose at least one person or organisation.',
  },
  'meeting.notInvited': { da: 'Du er ikke inviteret til mødet.', en: 'You are not invited to the meeting.' },
  'meeting.answererLeft': {
    da: 'Du er ikke længere med i partnerskabet, eller din konto er deaktiveret, så du kan ikke svare på invitationen.',
    en: 'You are no longer part of the partnership, or your account is deactivated, so you cannot answer the invitation.',
  },
  'meeting.agendaItemElsewhere': {
    da: 'Punktet hører ikke til dette møde.',
    en: 'The item does not belong to this meeting.',
  },
  'meeting.cannotMove': {
    da: 'Punktet kan ikke flyttes længere i den retning.',
    en: 'The item cannot move further in that direction.',
  },
  'meeting.minutesConflict': {
    da: 'Referatet er ændret af en anden, mens du skrev. Flet teksterne, og gem igen.',
    en: 'Someone else changed the minutes while you were writing. Merge the texts and save again.',
  },
  'meeting.notOwner': {
    da: 'Kun opgavens ansvarlige eller en koordinator kan ændre den.',
    en: 'Only the owner of the action item or a coordinator can change it.',
  },
  'calendar.feedNotAllowed': {
    da: 'Du kan kun oprette kalenderlinks til partnerskaber, du er med i.',
    en: 'You can only create calendar links for partnerships you belong to.',
  },
  'meeting.nobodyToInvite': {
    da: 'Partnerskabet har ingen at invitere af den slags.',
    en: 'The partnership has nobody of that kind to invite.',
  },
  'meeting.checklistDuplicate': {
    da: 'Den samme person står flere gange på listen.',
    en: 'The same person is on the list more than once.',
  },
  'meeting.agendaEmpty': {
    da: 'Dagsordenen er tom. Tilføj punkter, før du sender den.',
    en: 'The agenda is empty. Add items before you send it.',
  },
  'meeting.noInvitees': {
    da: 'Ingen er inviteret endnu. Invitér deltagere, før du sender dagsordenen.',
    en: 'Nobody is invited yet. Invite people before you send the agenda.',
  },
} as const satisfies Catalogue;
