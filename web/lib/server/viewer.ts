import 'server-only';
import { cache } from 'react';
import { graphql } from '../../gql';
import { serverQuery } from './graphql';

const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      id
      role
      locale
      unreadNotificationCount
      ...ViewerCard
    }
  }
`);

// Deduplicated per request: the layout (navigation) and the page may both ask.
export const getViewer = cache(async () => (await serverQuery(ViewerQuery))?.viewer ?? null);

export type Viewer = NonNullable<Awaited<ReturnType<typeof getViewer>>>;
