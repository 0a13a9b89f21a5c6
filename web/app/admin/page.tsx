import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { AdminAreas } from '../../components/admin/admin-areas';
import { AdminFunding } from '../../components/admin/admin-funding';
import { AdminOrganisations } from '../../components/admin/admin-organisations';
import { AdminUsers } from '../../components/admin/admin-users';
import { getTranslator } from '../../lib/i18n/server';
import { getViewer } from '../../lib/server/viewer';
import '../styles/partnerships.css';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t('admin.title') };
}

export default async function AdminPage() {
  const [{ t }, viewer] = await Promise.all([getTranslator(), getViewer()]);
  if (!viewer) redirect('/log-ind?next=/admin');
  if (viewer.role !== 'ADMIN') notFound();
  return (
    <>
      <h1>{t('admin.title')}</h1>
      <nav aria-label={t('admin.title')}>
        <ul className="inline-list">
          <li>
            <a href="#organisationer">{t('admin.organisations')}</a>
          </li>
          <li>
            <a href="#omraader">{t('admin.areas')}</a>
          </li>
          <li>
            <a href="#tilskud">{t('admin.funding')}</a>
          </li>
          <li>
            <a href="#brugere">{t('admin.users')}</a>
          </li>
          <li>
            <Link href="/admin/udsendelser">{t('outbox.nav')}</Link>
          </li>
          <li>
            <Link href="/admin/brugere">{t('account.invite.title')}</Link>
          </li>
          <li>
            <Link href="/admin/laesninger">{t('readLog.title')}</Link>
          </li>
        </ul>
      </nav>
      <section id="organisationer" aria-labelledby="organisationer-title">
        <h2 id="organisationer-title">{t('admin.organisations')}</h2>
        <AdminOrganisations />
      </section>
      <section id="omraader" aria-labelledby="omraader-title">
        <h2 id="omraader-title">{t('admin.areas')}</h2>
        <AdminAreas />
      </section>
      <section id="tilskud" aria-labelledby="tilskud-title">
        <h2 id="tilskud-title">{t('admin.funding')}</h2>
        <AdminFunding />
      </section>
      <section id="brugere" aria-labelledby="brugere-title">
        <h2 id="brugere-title">{t('admin.users')}</h2>
        <AdminUsers />
      </section>
    </>
  );
}
