import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { ResourceDetailsView } from '../../../components/resources/resource-details';
import { resourceGlobalId } from '../../../components/resources/resource-ids';
import { ResourceSchedule } from '../../../components/resources/resource-schedule';
import { graphql } from '../../../gql';
import { getTranslator } from '../../../lib/i18n/server';
import { serverQuery } from '../../../lib/server/graphql';
import { getViewer } from '../../../lib/server/viewer';
import '../../styles/resources.css';

const ResourcePageQuery = graphql(`
  query ResourcePage($id: ID!) {
    resource(id: $id) {
      id
      title
      ...ResourceDetails
    }
  }
`);

type Params = { params: Promise<{ id: string }> };

async function load(id: string) {
  return (await serverQuery(ResourcePageQuery, { id: resourceGlobalId(id) }))?.resource ?? null;
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const resource = await load((await params).id);
  return { title: resource?.title ?? (await getTranslator()).t('res.title') };
}

export default async function ResourcePage({ params }: Params) {
  const { id } = await params;
  const [{ t, locale }, viewer] = await Promise.all([getTranslator(), getViewer()]);
  if (!viewer) redirect(`/log-ind?next=/ressourcer/${encodeURIComponent(id)}`);
  const resource = await load(id);
  if (!resource) notFound();
  return (
    <>
      <p>
        <Link href="/ressourcer">← {t('res.back')}</Link>
      </p>
      <h1>{resource.title}</h1>
      <div className="resource-page">
        <ResourceDetailsView resource={resource} t={t} locale={locale} />
        <ResourceSchedule
          resourceId={resource.id}
          canBook={resource.viewerCanBook}
          canManage={resource.viewerCanManage}
        />
      </div>
    </>
  );
}
