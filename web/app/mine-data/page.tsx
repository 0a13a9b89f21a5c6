import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { DeleteAccountForm } from '../../components/volunteers/delete-account-form';
import { getTranslator } from '../../lib/i18n/server';
import { getViewer } from '../../lib/server/viewer';
import '../../styles/volunteers.css';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t('volunteers.data.title') };
}

// Tables offered as CSV: the lists a volunteer is most likely to open in a spreadsheet.
const tables = ['signUps', 'hours', 'consents', 'sessions'] as const;

export default async function MyDataPage() {
  const [{ t }, viewer] = await Promise.all([getTranslator(), getViewer()]);
  if (!viewer) redirect('/log-ind?next=/mine-data');
  return (
    <>
      <h1>{t('volunteers.data.title')}</h1>
      <p>{t('volunteers.data.intro')}</p>
      <section aria-labelledby="download-heading">
        <h2 id="download-heading">{t('volunteers.data.download')}</h2>
        <ul className="download-list">
          <li>
            <a href="/exports/personal-data.json" download>
              {t('volunteers.data.json')}
            </a>
          </li>
          {tables.map((table) => (
            <li key={table}>
              <a href={`/exports/personal-data/${table}.csv`} download>
                {t('volunteers.data.csv', { table: t(`volunteers.data.table.${table}`) })}
              </a>
            </li>
          ))}
        </ul>
      </section>
      {viewer.role === 'VOLUNTEER' && (
        <section aria-labelledby="delete-heading">
          <h2 id="delete-heading">{t('volunteers.data.deleteTitle')}</h2>
          <DeleteAccountForm />
        </section>
      )}
    </>
  );
}
