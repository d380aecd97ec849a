import { useState } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { apiErrorOf } from '../../lib/http';
import { useScenarios } from '../../lib/queries';
import { ContinueRuns } from './ContinueRuns';
import { type CatalogFilter, competencyOptions, filterScenarios, themeOptions } from './filterScenarios';
import { ScenarioCard } from './ScenarioCard';
import './catalog.css';

/**
 * The home page: every scenario with its content notes, filters by competency and theme, and the
 * runs this browser can continue.
 *
 * @example
 * <Route path="/" component={CatalogPage} />
 */
export function CatalogPage() {
  const query = useScenarios();
  const [filter, setFilter] = useState<CatalogFilter>({ competency: '', theme: '' });
  const all = query.data?.scenarios ?? [];
  const shown = filterScenarios(all, filter);
  return (
    <>
      <PageHeading title="Scenarios">Practise a conversation</PageHeading>
      <p className="lede">
        Talk with a simulated survivor, choose what to say, and learn from feedback grounded in
        trauma-informed practice. Take your time: nothing here is timed, and you can step out whenever you
        need to.
      </p>
      <ContinueRuns />
      {query.isPending ? <Loading what="the scenarios" /> : null}
      {query.isError ? <ErrorNotice error={apiErrorOf(query.error)} onRetry={() => query.refetch()} /> : null}
      {query.isSuccess ? (
        <>
          <form className="filters" aria-label="Filter scenarios" onSubmit={(e) => e.preventDefault()}>
            <label>
              Competency
              <select
                value={filter.competency}
                onChange={(e) => setFilter({ ...filter, competency: e.target.value })}
              >
                <option value="">Any competency</option>
                {competencyOptions(all).map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Theme
              <select value={filter.theme} onChange={(e) => setFilter({ ...filter, theme: e.target.value })}>
                <option value="">Any theme</option>
                {themeOptions(all).map((t) => (
                  <option key={t} value={t}>
                    {t}
                  </option>
                ))}
              </select>
            </label>
          </form>
          <p className="muted" role="status">
            {shown.length === all.length
              ? `${all.length} ${all.length === 1 ? 'scenario' : 'scenarios'}`
              : `${shown.length} of ${all.length} scenarios match`}
          </p>
          <div className="cards">
            {shown.map((s) => (
              <ScenarioCard key={s.id} scenario={s} />
            ))}
          </div>
        </>
      ) : null}
    </>
  );
}
