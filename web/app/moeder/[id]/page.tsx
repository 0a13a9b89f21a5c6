import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { MeetingPage } from '../../../components/meetings/meeting-page';
import { getTranslator } from '../../../lib/i18n/server';
import { getViewer } from '../../../lib/server/viewer';
import '../../../styles/meetings.css';
import { looksLikeUuid } from '../../../components/volunteers/ids';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t('meetings.section') };
}

export default async function Meeting({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!looksLikeUuid(id)) notFound();
  if (!(await getViewer())) redirect(`/log-ind?next=/moeder/${id}`);
  return <MeetingPage uuid={id} />;
}
