import type { Metadata } from 'next';
import { ContentPage } from '../../components/account/content-page';
import { pageTitle } from '../../lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: await pageTitle('account.accessibility.title') };
}

export default function Page() {
  return <ContentPage slug="tilgaengelighed" title="account.accessibility.title" />;
}
