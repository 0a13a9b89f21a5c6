'use client';

import { useT } from '../../lib/i18n/client';
import { EditButton } from './admin-list';
import type { Pool, Round } from './funding-types';

/** The funding pools with their rounds, each with "Rediger". */
export function FundingPoolsList({
  pools,
  onEditPool,
  onEditRound,
}: {
  pools: Pool[];
  onEditPool: (pool: Pool) => void;
  onEditRound: (round: Round) => void;
}) {
  const t = useT();
  return (
    <section aria-labelledby="admin-pools" className="admin-list">
      <h3 id="admin-pools">{t('admin.pool.list')}</h3>
      {pools.length === 0 ? (
        <p className="status">{t('admin.empty')}</p>
      ) : (
        <ul className="admin-list__items">
          {pools.map((p) => (
            <li key={p.id}>
              <span>{p.name}</span>
              <EditButton name={p.name} onClick={() => onEditPool(p)} />
              <ul>
                {p.rounds.map((r) => (
                  <li key={r.id}>
                    <span>
                      {r.name} ({r.year})
                    </span>
                    <EditButton name={r.name} onClick={() => onEditRound({ ...r, poolId: p.id })} />
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
