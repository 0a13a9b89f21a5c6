// Messages of the coordinator's start page (/koordinator). Danish first; English must have the same keys.
export const da = {
  'nav.coordinatorHome': 'Overblik',
  'coord.title': 'Dit overblik',
  'coord.intro':
    'Dine partnerskaber, de næste møder, hvad der venter på dig, og dine opgaver, der er over fristen.',
  'coord.partnerships': 'Mine partnerskaber',
  'coord.partnershipsEmpty': 'Du er ikke koordinator for et partnerskab endnu.',
  'coord.meetings': 'Næste møder',
  'coord.meetingsEmpty': 'Ingen møder er planlagt.',
  'coord.pending': 'Venter på din afgørelse',
  'coord.pendingEmpty': 'Intet venter på dig.',
  'coord.pendingSignUps':
    '{count, plural, one {# tilmelding} other {# tilmeldinger}} fra frivillige i {name}',
  'coord.pendingHours': '{count, plural, one {# registrering} other {# registreringer}} af timer i {name}',
  'coord.pendingBooking': 'Anmodning om at booke {title}',
  'coord.overdue': 'Mine opgaver over fristen',
  'coord.overdueEmpty': 'Ingen af dine opgaver er over fristen.',
  'coord.due': 'frist {date}',
} as const;

export const en: Record<keyof typeof da, string> = {
  'nav.coordinatorHome': 'Overview',
  'coord.title': 'Your overview',
  'coord.intro': 'Your partnerships, the next meetings, what waits for you and your overdue action items.',
  'coord.partnerships': 'My partnerships',
  'coord.partnershipsEmpty': 'You do not coordinate a partnership yet.',
  'coord.meetings': 'Next meetings',
  'coord.meetingsEmpty': 'No meetings are planned.',
  'coord.pending': 'Waiting for your decision',
  'coord.pendingEmpty': 'Nothing is waiting for you.',
  'coord.pendingSignUps': '{count, plural, one {# sign-up} other {# sign-ups}} from volunteers in {name}',
  'coord.pendingHours': '{count, plural, one {# entry} other {# entries}} of hours in {name}',
  'coord.pendingBooking': 'Request to book {title}',
  'coord.overdue': 'My overdue action items',
  'coord.overdueEmpty': 'None of your action items is overdue.',
  'coord.due': 'due {date}',
};
