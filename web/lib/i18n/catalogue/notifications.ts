// Messages of the notification centre. Danish first; English must have the same keys (checked by tsc).
export const da = {
  'notifications.title': 'Varsler',
  'notifications.intro': 'Det seneste, der er sket i dine partnerskaber, møder og frivilligopgaver.',
  'notifications.bell': 'Varsler',
  'notifications.bellUnread': 'Varsler, {count} ulæste',
  'notifications.loading': 'Henter varsler …',
  'notifications.empty': 'Du har ingen varsler endnu.',
  'notifications.error': 'Varslerne kunne ikke hentes. Prøv igen om lidt.',
  'notifications.markAllRead': 'Markér alle som læst',
  'notifications.markRead': 'Markér som læst',
  'notifications.unread': 'Ulæst',
  'notifications.more': 'Vis flere',
  'notifications.preferences': 'Varsler på e-mail',
  'notifications.preferencesIntro':
    'Alle varsler vises her i Naboskab. Vælg for hver slags, om du også vil have en e-mail med det samme, samlet én gang om dagen eller om ugen, eller slet ikke.',
  'notifications.frequency.IMMEDIATELY': 'E-mail med det samme',
  'notifications.frequency.DAILY': 'Dagligt overblik',
  'notifications.frequency.WEEKLY': 'Ugentligt overblik',
  'notifications.frequency.OFF': 'Ingen e-mail',
  'notifications.saved': 'Gemt: {label}.',
};

export const en: Record<keyof typeof da, string> = {
  'notifications.title': 'Notifications',
  'notifications.intro': 'What happened lately in your partnerships, meetings and volunteering.',
  'notifications.bell': 'Notifications',
  'notifications.bellUnread': 'Notifications, {count} unread',
  'notifications.loading': 'Loading notifications …',
  'notifications.empty': 'You have no notifications yet.',
  'notifications.error': 'The notifications could not be loaded. Try again shortly.',
  'notifications.markAllRead': 'Mark all as read',
  'notifications.markRead': 'Mark as read',
  'notifications.unread': 'Unread',
  'notifications.more': 'Show more',
  'notifications.preferences': 'Notifications by e-mail',
  'notifications.preferencesIntro':
    'Every notification is shown here in Naboskab. For each kind, choose whether you also want an e-mail at once, bundled once a day or once a week, or not at all.',
  'notifications.frequency.IMMEDIATELY': 'E-mail at once',
  'notifications.frequency.DAILY': 'Daily summary',
  'notifications.frequency.WEEKLY': 'Weekly summary',
  'notifications.frequency.OFF': 'No e-mail',
  'notifications.saved': 'Saved: {label}.',
};
