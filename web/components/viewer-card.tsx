import { graphql } from '../gql';
import type { ViewerCardFragment } from '../gql/graphql';
import type { Translate } from '../lib/i18n/messages';

export const ViewerCard = graphql(`
  fragment ViewerCard on Viewer {
    name
    email
    role
  }
`);

export function ViewerCardView({ viewer, t }: { viewer: ViewerCardFragment; t: Translate }) {
  return (
    <dl className="profile">
      <dt>{t('myPage.name')}</dt>
      <dd>{viewer.name}</dd>
      <dt>{t('myPage.email')}</dt>
      <dd>{viewer.email}</dd>
      <dt>{t('myPage.role')}</dt>
      <dd>{t(`role.${viewer.role}`)}</dd>
    </dl>
  );
}
