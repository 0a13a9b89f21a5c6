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
} as const satisfies Catalogue;
