import type { Translate } from '../../lib/i18n/messages';

/** A plain GET form: the filters live in the URL and work without JavaScript. */
export function UserFilters({
  t,
  params,
  organisations,
}: {
  t: Translate;
  params: { role?: string; status?: string; organisation?: string; q?: string };
  organisations: { id: string; name: string }[];
}) {
  return (
    <form method="get" className="filters" aria-label={t('account.users.filters')}>
      <div className="field">
        <label htmlFor="users-q">{t('account.users.search')}</label>
        <input id="users-q" name="q" type="search" defaultValue={params.q ?? ''} />
      </div>
      <div className="field">
        <label htmlFor="users-organisation">{t('account.users.organisation')}</label>
        <select id="users-organisation" name="organisation" defaultValue={params.organisation ?? ''}>
          <option value="">{t('account.users.anyOrganisation')}</option>
          {organisations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="users-role">{t('account.users.role')}</label>
        <select id="users-role" name="role" defaultValue={params.role ?? ''}>
          <option value="">{t('account.users.anyRole')}</option>
          {(['ADMIN', 'COORDINATOR', 'VOLUNTEER', 'MINISTRY'] as const).map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="users-status">{t('account.users.status')}</label>
        <select id="users-status" name="status" defaultValue={params.status ?? ''}>
          <option value="">{t('account.users.anyStatus')}</option>
          <option value="ACTIVE">{t('account.users.ACTIVE')}</option>
          <option value="DEACTIVATED">{t('account.users.DEACTIVATED')}</option>
        </select>
      </div>
      <div className="filters__actions">
        <button type="submit" className="button">
          {t('account.users.apply')}
        </button>
      </div>
    </form>
  );
}
