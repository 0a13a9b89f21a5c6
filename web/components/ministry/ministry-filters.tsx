'use client';

import { type FormEvent, useId } from 'react';
import { graphql } from '../../gql';
import type { MinistryFilterOptionsQuery } from '../../gql/graphql';
import { useT } from '../../lib/i18n/client';
import type { MessageKey } from '../../lib/i18n/messages';
import { arenas, targetGroups } from '../partnership-options';
import { type FilterProblems, statuses } from './filter-check';
import type { FilterKey, FilterState } from './filter-params';

export const MinistryFilterOptions = graphql(`
  query MinistryFilterOptions {
    ministryFundingPools {
      id
      name
      rounds {
        id
        name
        year
      }
    }
    regions {
      code
      name
    }
    municipalities(first: 100) {
      edges {
        node {
          code
          name
          region {
            code
          }
        }
      }
    }
  }
`);

type Props = {
  state: FilterState;
  /** Values from the address that cannot be applied: said at their field. */
  problems: FilterProblems;
  options: MinistryFilterOptionsQuery | undefined;
  onChange: (changes: FilterState) => void;
  onReset: () => void;
};

export function MinistryFilters({ state, problems, options, onChange, onReset }: Props) {
  const t = useT();
  const id = useId();
  const pool = options?.ministryFundingPools.find((p) => p.id === state.pool);
  const rounds = pool ? pool.rounds : (options?.ministryFundingPools.flatMap((p) => p.rounds) ?? []);
  const municipalities = (options?.municipalities.edges.map((e) => e.node) ?? [])
    .filter((m) => !state.region || m.region.code === state.region)
    .sort((a, b) => a.name.localeCompare(b.name, 'da'));

  const select = (
    key: FilterKey,
    label: MessageKey,
    choices: { value: string; label: string }[],
    extra: FilterState = {},
  ) => (
    <div className="ministry-filters__field">
      <label htmlFor={`${id}-${key}`}>{t(label)}</label>
      <FilterProblem id={`${id}-${key}-error`} problem={problems[key]} />
      <select
        id={`${id}-${key}`}
        value={problems[key] ? '' : (state[key] ?? '')}
        aria-invalid={problems[key] ? true : undefined}
        aria-describedby={problems[key] ? `${id}-${key}-error` : undefined}
        onChange={(e) => onChange({ ...extra, [key]: e.target.value || undefined })}
      >
        <option value="">{t('ministry.filter.all')}</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );

  const submitAmounts = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    onChange({
      minKr: String(data.get('minKr') ?? '') || undefined,
      maxKr: String(data.get('maxKr') ?? '') || undefined,
    });
  };

  return (
    <section className="ministry-filters" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('ministry.filters')}</h2>
      {select(
        'pool',
        'ministry.filter.pool',
        options?.ministryFundingPools.map((p) => ({ value: p.id, label: p.name })) ?? [],
        { round: undefined },
      )}
      {select(
        'round',
        'ministry.filter.round',
        rounds.map((r) => ({ value: r.id, label: r.name })),
      )}
      {select(
        'region',
        'ministry.filter.region',
        options?.regions.map((r) => ({ value: r.code, label: r.name })) ?? [],
        { municipality: undefined },
      )}
      {select(
        'municipality',
        'ministry.filter.municipality',
        municipalities.map((m) => ({ value: m.code, label: m.name })),
      )}
      {select(
        'arena',
        'ministry.filter.arena',
        arenas.map((a) => ({ value: a, label: t(`ministry.arena.${a}` as MessageKey) })),
      )}
      {select(
        'targetGroup',
        'ministry.filter.targetGroup',
        targetGroups.map((g) => ({ value: g, label: t(`ministry.targetGroup.${g}` as MessageKey) })),
      )}
      {select(
        'status',
        'ministry.filter.status',
        statuses.map((s) => ({ value: s, label: t(`ministry.status.${s}` as MessageKey) })),
      )}
      <form
        className="ministry-filters__amounts"
        onSubmit={submitAmounts}
        key={`${state.minKr}-${state.maxKr}`}
      >
        <div className="ministry-filters__field">
          <label htmlFor={`${id}-min`}>{t('ministry.filter.minKr')}</label>
          <FilterProblem id={`${id}-min-error`} problem={problems.minKr} />
          <input
            id={`${id}-min`}
            aria-invalid={problems.minKr ? true : undefined}
            aria-describedby={problems.minKr ? `${id}-min-error` : undefined}
            name="minKr"
            type="number"
            min={0}
            step={1000}
            inputMode="numeric"
            defaultValue={state.minKr ?? ''}
          />
        </div>
        <div className="ministry-filters__field">
          <label htmlFor={`${id}-max`}>{t('ministry.filter.maxKr')}</label>
          <FilterProblem id={`${id}-max-error`} problem={problems.maxKr} />
          <input
            id={`${id}-max`}
            aria-invalid={problems.maxKr ? true : undefined}
            aria-describedby={problems.maxKr ? `${id}-max-error` : undefined}
            name="maxKr"
            type="number"
            min={0}
            step={1000}
            inputMode="numeric"
            defaultValue={state.maxKr ?? ''}
          />
        </div>
        <button type="submit" className="button">
          {t('ministry.filter.apply')}
        </button>
      </form>
      <button type="button" className="ministry-link" onClick={onReset}>
        {t('ministry.filter.reset')}
      </button>
    </section>
  );
}

function FilterProblem({ id, problem }: { id: string; problem: MessageKey | undefined }) {
  const t = useT();
  return problem ? (
    <p className="field-error" id={id}>
      {t(problem)}
    </p>
  ) : null;
}
