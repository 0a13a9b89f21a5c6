import { getTranslator } from '../../lib/i18n/server';

export default async function Loading() {
  const { t } = await getTranslator();
  return (
    <p className="status" role="status" aria-live="polite">
      {t('partnerships.loading')}
    </p>
  );
}
