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
import { formatNumber } from '../../i18n/format';
import { useT } from '../../i18n/i18n';

/**
 * The home page: every scenario with its content notes, filters by competency and theme, and the
 * runs this browser can continue.
 *
 * @example
 * <Route path="/" component={CatalogPage} />
 */
export function CatalogPage() {
  const { t, lang } = useT();
  // Titles, summaries and notes in the interface language where translated.
  const query = useScenarios(lang);
  const [filter, setFilter] = useState<CatalogFilter>({ competency: '', theme: '' });
  const all = query.data?.scenarios ?? [];
  const shown = filterScenarios(all, filter);
  return (
    <>
      <PageHeading title={t('catalog.title')}>{t('catalog.heading')}</PageHeading>
      <p className="lede">{t('catalog.lede')}</p>
      <ContinueRuns />
      {query.isPending ? <Loading what={t('catalog.loading')} /> : null}
      {query.isError ? <ErrorNotice error={apiErrorOf(query.error)} onRetry={() => query.refetch()} /> : null}
      {query.isSuccess ? (
        <>
          <form className="filters" aria-label={t('catalog.filters')} onSubmit={(e) => e.preventDefault()}>
            <label>
              {t('catalog.competency')}
              <select
                value={filter.competency}
                onChange={(e) => setFilter({ ...filter, competency: e.target.value })}
              >
                <option value="">{t('catalog.anyCompetency')}</option>
                {competencyOptions(all).map((c) => (
                  // The rubric's competency names are not translated yet.
                  <option key={c.id} value={c.id} lang="en">
                    {c.name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('catalog.theme')}
              <select value={filter.theme} onChange={(e) => setFilter({ ...filter, theme: e.target.value })}>
                <option value="">{t('catalog.anyTheme')}</option>
                {themeOptions(all).map((t) => (
                  // Theme tags are the scenario files' own words (not translated).
                  <option key={t} value={t} lang="en">
                    {t}
                  </option>
                ))}
              </select>
            </label>
          </form>
          <p className="muted" role="status">
            {shown.length === all.length
              ? t('catalog.count', { count: all.length })
              : t('catalog.match', { shown: formatNumber(shown.length), count: all.length })}
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
