import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { ResourceForm } from '../../../../components/resources/resource-form';
import { resourceGlobalId } from '../../../../components/resources/resource-ids';
import { graphql } from '../../../../gql';
import { getTranslator } from '../../../../lib/i18n/server';
import { serverQuery } from '../../../../lib/server/graphql';
import { getViewer } from '../../../../lib/server/viewer';

const EditResourceQuery = graphql(`
  query EditResourcePage($id: ID!) {
    resource(id: $id) {
      id
      title
      ...ResourceDetails
    }
  }
`);

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t('res.edit') };
}

export default async function EditResourcePage({ params }: Params) {
  const { id } = await params;
  const [{ t }, viewer] = await Promise.all([getTranslator(), getViewer()]);
  if (!viewer) redirect(`/log-ind?next=/ressourcer/${encodeURIComponent(id)}/rediger`);
  const resource = (await serverQuery(EditResourceQuery, { id: resourceGlobalId(id) }))?.resource;
  if (!resource?.viewerCanManage) notFound();
  return (
    <>
      <h1>{t('resForm.editTitle', { title: resource.title })}</h1>
      <ResourceForm resource={resource} />
    </>
  );
}
