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
  'notifications.markFailed': 'Varslerne kunne ikke markeres som læst. Prøv igen.',
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
  'notifications.markFailed': 'The notifications could not be marked as read. Try again.',
};
