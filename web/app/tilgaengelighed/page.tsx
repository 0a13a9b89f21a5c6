import type { Metadata } from 'next';
import { ContentPage } from '../../components/account/content-page';
import { getTranslator } from '../../lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t('account.accessibility.title') };
}

export default function Page() {
  return <ContentPage slug="tilgaengelighed" title="account.accessibility.title" />;
}
