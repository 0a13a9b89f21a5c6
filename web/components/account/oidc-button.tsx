import type { Translate } from '../../lib/i18n/messages';

/**
 * A plain link: the API's /auth/oidc/start sends the browser on to the organisation's sign-in.
 * Without `next` the API lands the person on their start page, as a password sign-in does.
 */
export function OidcButton({ t, next }: { t: Translate; next?: string }) {
  const href = next ? `/auth/oidc/start?next=${encodeURIComponent(next)}` : '/auth/oidc/start';
  return (
    <p>
      <a className="button button--secondary" href={href}>
        {t('account.oidc.button')}
      </a>
    </p>
  );
}
