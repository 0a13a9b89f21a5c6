import Link from 'next/link';
import { getTranslator } from '../../lib/i18n/server';
import { CalendarFeeds } from './calendar-feeds';

type Section = { partnershipId: string; slug: string; canCoordinate: boolean };

/** The meetings part of a partnership page: the way to its meetings and its calendar feed. */
export async function PartnershipMeetingsSection({ partnershipId, slug }: Section) {
  const { t } = await getTranslator();
  return (
    <section aria-labelledby="partnership-meetings-heading" className="partnership-meetings">
      <h2 id="partnership-meetings-heading">{t('meetings.section')}</h2>
      <p>{t('meetings.sectionIntro')}</p>
      <p>
        <Link href={`/partnerskaber/${slug}/moeder`}>{t('meetings.sectionLink')}</Link>
      </p>
      <details>
        <summary>{t('calendar.title')}</summary>
        <p>{t('calendar.intro')}</p>
        <CalendarFeeds partnershipId={partnershipId} />
      </details>
    </section>
  );
}
