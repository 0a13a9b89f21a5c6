import type { Catalogue } from '../i18n.ts';

// Messages of the resource and booking API, in Danish and English.
export const resourceMessages = {
  'resource.ownerNotMember': {
    da: 'Ejeren skal være en medlemsorganisation i partnerskabet.',
    en: 'The owner must be a member organisation of the partnership.',
  },
  'resource.areaNotInPartnership': {
    da: 'Området skal være et af partnerskabets områder.',
    en: "The area must be one of the partnership's areas.",
  },
  'resource.alreadyWithdrawn': {
    da: 'Ressourcen er allerede trukket tilbage.',
    en: 'The resource has already been withdrawn.',
  },
  'resource.withdrawnNotEditable': {
    da: 'Ressourcen er trukket tilbage og kan ikke længere redigeres.',
    en: 'The resource has been withdrawn and can no longer be edited.',
  },
  'resource.areaRequired': {
    da: 'Vælg et område, når alle partnerskaber i området må booke.',
    en: 'Choose an area when every partnership in the area may book.',
  },
  'resource.pointIncomplete': {
    da: 'Angiv både breddegrad og længdegrad, eller ingen af dem.',
    en: 'Give both latitude and longitude, or neither.',
  },
  'resource.pointOutsideDenmark': {
    da: 'Punktet skal ligge i Danmark.',
    en: 'The point must be in Denmark.',
  },
  'resource.pointOutsideArea': {
    da: 'Punktet ligger ikke inden for det valgte område.',
    en: 'The point is not inside the chosen area.',
  },
  'resource.closesBeforeOpens': {
    da: 'Lukketiden skal være efter åbningstiden.',
    en: 'The closing time must be after the opening time.',
  },
  'resource.hoursOverlap': {
    da: 'Åbningstiderne for samme ugedag må ikke overlappe.',
    en: 'Opening hours on the same weekday must not overlap.',
  },
  'resource.exceptionHoursRequired': {
    da: 'Angiv åbnings- og lukketid, eller markér dagen som lukket.',
    en: 'Give opening and closing times, or mark the day as closed.',
  },
  'resource.exceptionDuplicate': {
    da: 'Der er allerede en undtagelse for denne dato.',
    en: 'There is already an exception for this date.',
  },
  'resource.slotIncomplete': {
    da: 'Angiv både start og slut på tidsrummet.',
    en: 'Give both the start and the end of the time slot.',
  },
  'booking.endsBeforeStart': {
    da: 'Sluttidspunktet skal være efter starttidspunktet.',
    en: 'The end must be after the start.',
  },
  'booking.inPast': {
    da: 'Tidspunktet er overstået. Vælg et tidspunkt i fremtiden.',
    en: 'That time has passed. Choose a time in the future.',
  },
  'booking.tooLong': {
    da: 'En booking kan højst vare 14 dage.',
    en: 'A booking can last at most 14 days.',
  },
  'booking.clash': {
    da: 'Tidsrummet overlapper en bekræftet booking {when}.',
    en: 'The time overlaps a confirmed booking {when}.',
  },
  'booking.closed': {
    da: 'Ressourcen er lukket {date}{note}.',
    en: 'The resource is closed on {date}{note}.',
  },
  'booking.outsideHours': {
    da: 'Tidsrummet ligger uden for åbningstiden. Åbent {date}: {hours}.',
    en: 'The time is outside the opening hours. Open on {date}: {hours}.',
  },
  'booking.notRequested': {
    da: 'Bookingen afventer ikke længere en afgørelse.',
    en: 'The booking is no longer waiting for a decision.',
  },
  'booking.alreadyStarted': {
    da: 'Bookingen er allerede begyndt eller overstået.',
    en: 'The booking has already started or ended.',
  },
  'booking.notCancellable': {
    da: 'Bookingen er allerede afvist eller aflyst.',
    en: 'The booking has already been declined or cancelled.',
  },
} as const satisfies Catalogue;
