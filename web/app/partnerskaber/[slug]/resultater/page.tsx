import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { OutcomeReporting } from '../../../../components/outcome/outcome-reporting';
import { getTranslator } from '../../../../lib/i18n/server';
import { getViewer } from '../../../../lib/server/viewer';
import '../../../styles/ministry.css';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t('outcome.section') };
}

// Outcome reporting of one partnership: its coordinators enter figures per period.
export default async function OutcomesPage({ params }: Props) {
  const { slug } = await params;
  if (!(await getViewer())) redirect(`/log-ind?next=/partnerskaber/${encodeURIComponent(slug)}/resultater`);
  return <OutcomeReporting slug={slug} />;
}
