import { AreasExplorer } from '../components/areas-explorer';
import { getTranslator } from '../lib/i18n/server';

export default async function HomePage() {
  const { t } = await getTranslator();
  return (
    <>
      <h1>{t('home.title')}</h1>
      <p>{t('home.intro')}</p>
      <AreasExplorer />
    </>
  );
}
