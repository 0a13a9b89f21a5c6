import 'server-only';
import { cache } from 'react';
import { graphql } from '../../gql';
import { serverResult } from './graphql';

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

// Deduplicated per request: the layout (navigation) and the page may both ask. The layout must
// render even when the API is down (the page then says what failed), so any failure is "no viewer".
export const getViewer = cache(async () => {
  const result = await serverResult(ViewerQuery);
  if (result.kind === 'failed') console.error('[web] viewer unavailable:', result.reason);
  return result.kind === 'ok' ? result.data.viewer : null;
});

export type Viewer = NonNullable<Awaited<ReturnType<typeof getViewer>>>;
