import type { Translate } from '../../lib/i18n/messages';

/** A plain link: the API's /auth/oidc/start sends the browser on to the organisation's sign-in. */
export function OidcButton({ t, next }: { t: Translate; next: string }) {
  return (
    <p>
      <a className="button button--secondary" href={`/auth/oidc/start?next=${encodeURIComponent(next)}`}>
        {t('account.oidc.button')}
      </a>
    </p>
  );
}
