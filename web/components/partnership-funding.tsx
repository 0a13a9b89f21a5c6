'use client';

import { graphql } from '../gql';
import type { PartnershipFundingFragment } from '../gql/graphql';
import { useLocale, useT } from '../lib/i18n/client';
import { formatDate, formatKroner } from '../lib/i18n/format';
import { SignOnFeeForm } from './sign-on-fee-form';
import { SignOnFees } from './sign-on-fees';
import { TableScroll } from './ui/table-scroll';

export const PartnershipFundingFragmentDoc = graphql(`
  fragment PartnershipFunding on Partnership {
    id
    slug
    viewerCanCoordinate
    grantedAmount
    signOnFeesTotal
    grants {
      id
      caseNumber
      amount
      status
      startsOn
      endsOn
      round {
        id
        name
        pool {
          id
          name
        }
      }
    }
  }
`);

const kr = (ore: number) => ore / 100;

export function PartnershipFunding({ partnership: p }: { partnership: PartnershipFundingFragment }) {
  const t = useT();
  const locale = useLocale();
  return (
    <section aria-labelledby="partnership-funding" className="partnership-section">
      <h2 id="partnership-funding">{t('partnership.fundingTitle')}</h2>
      <dl className="facts">
        <dt>{t('partnership.granted')}</dt>
        <dd data-testid="granted-total">{formatKroner(locale, kr(Number(p.grantedAmount)))}</dd>
        <dt>{t('partnership.feesPaid')}</dt>
        <dd>{formatKroner(locale, kr(Number(p.signOnFeesTotal)))}</dd>
      </dl>
      {p.grants.length === 0 ? (
        <p className="status">{t('partnership.grantsEmpty')}</p>
      ) : (
        <TableScroll label={t('a11y.wideTable')}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('partnership.grant.case')}</th>
                <th scope="col">{t('partnership.grant.round')}</th>
                <th scope="col">{t('partnership.period')}</th>
                <th scope="col">{t('partnership.grant.amount')}</th>
                <th scope="col">{t('partnership.grant.status')}</th>
              </tr>
            </thead>
            <tbody>
              {p.grants.map((g) => (
                <tr key={g.id}>
                  <td>{g.caseNumber}</td>
                  <td>
                    {g.round.pool.name}: {g.round.name}
                  </td>
                  <td>
                    {formatDate(locale, g.startsOn, { dateStyle: 'medium' })} –{' '}
                    {formatDate(locale, g.endsOn, { dateStyle: 'medium' })}
                  </td>
                  <td>{formatKroner(locale, kr(Number(g.amount)))}</td>
                  <td>{t(`grantStatus.${g.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <SignOnFees slug={p.slug} canCoordinate={p.viewerCanCoordinate} />
      {p.viewerCanCoordinate && <SignOnFeeForm slug={p.slug} />}
    </section>
  );
}
