import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { PartnershipForm } from '../../../../components/partnership-form';
import { PartnershipReminderTime } from '../../../../components/partnership-reminder-time';
import { graphql } from '../../../../gql';
import { getTranslator } from '../../../../lib/i18n/server';
import { serverQuery } from '../../../../lib/server/graphql';
import { getViewer } from '../../../../lib/server/viewer';
import '../../../styles/partnerships.css';

const EditPartnershipQuery = graphql(`
  query EditPartnership($slug: String!) {
    partnership(slug: $slug) {
      id
      name
      viewerCanCoordinate
      ...PartnershipForm
      ...PartnershipReminderTime
    }
  }
`);

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await serverQuery(EditPartnershipQuery, { slug: (await params).slug });
  const { t } = await getTranslator();
  return { title: t('partnershipForm.editTitle', { name: data?.partnership?.name ?? '' }) };
}

export default async function EditPartnershipPage({ params }: Props) {
  const { slug } = await params;
  const [{ t }, viewer] = await Promise.all([getTranslator(), getViewer()]);
  if (!viewer) redirect(`/log-ind?next=/partnerskaber/${encodeURIComponent(slug)}/rediger`);
  const partnership = (await serverQuery(EditPartnershipQuery, { slug }))?.partnership;
  // Only its coordinators and admins may edit: others get the same answer as a missing page.
  if (!partnership?.viewerCanCoordinate) notFound();
  return (
    <>
      <h1>{t('partnershipForm.editTitle', { name: partnership.name })}</h1>
      <PartnershipForm partnership={partnership} />
      <PartnershipReminderTime partnership={partnership} />
    </>
  );
}
