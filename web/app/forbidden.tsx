import Link from 'next/link';
import { getTranslator } from '../lib/i18n/server';

// Shown when the API refuses the signed-in viewer (FORBIDDEN): not "not found", not an error.
export default async function Forbidden() {
  const { t } = await getTranslator();
  return (
    <div role="alert">
      <h1>{t('failure.forbiddenTitle')}</h1>
      <p>{t('failure.forbiddenBody')}</p>
      <p>
        <Link href="/">{t('notFound.home')}</Link>
      </p>
    </div>
  );
}
