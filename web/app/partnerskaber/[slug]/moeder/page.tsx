import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { MeetingList } from '../../../../components/meetings/meeting-list';
import { getTranslator } from '../../../../lib/i18n/server';
import { getViewer } from '../../../../lib/server/viewer';
import '../../../../styles/meetings.css';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t('meetings.section') };
}

export default async function PartnershipMeetingsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  if (!(await getViewer())) redirect(`/log-ind?next=/partnerskaber/${encodeURIComponent(slug)}/moeder`);
  return <MeetingList slug={slug} />;
}
