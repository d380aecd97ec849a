import { useQueries } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Trans } from 'react-i18next';
import { Link } from 'wouter';
import { useT } from '../../i18n/i18n';
import { runLang } from '../../lib/contentLang';
import { apiErrorOf, orThrow } from '../../lib/http';
import { fetchRun, keys } from '../../lib/queries';
import { forgetRun, rememberedRuns } from '../../lib/runMemory';

/**
 * "Continue where you left off": the unfinished runs this browser remembers, checked with the
 * server (the cookie authorises them). Runs the server no longer knows for us are forgotten.
 *
 * @example
 * <ContinueRuns />
 */
export function ContinueRuns() {
  const { t } = useT();
  const remembered = rememberedRuns();
  const results = useQueries({
    queries: remembered.map((r) => ({
      queryKey: keys.run(r.runId),
      queryFn: () => fetchRun(r.runId).then(orThrow),
      retry: false,
    })),
  });
  const gone = results.map((q, i) => {
    const e = q.isError ? apiErrorOf(q.error) : undefined;
    return e?.kind === 'http' && e.status === 404 ? remembered[i]?.runId : undefined;
  });
  useEffect(() => {
    for (const id of gone) if (id) forgetRun(id);
  });
  const open = remembered.flatMap((r, i) => {
    const data = results[i]?.data;
    return data && data.run.status === 'active' ? [{ remembered: r, data }] : [];
  });
  if (open.length === 0) return null;
  return (
    <section className="continue" aria-labelledby="continue-heading">
      <h2 id="continue-heading">{t('catalog.continue')}</h2>
      <ul className="continue__list">
        {open.map(({ remembered: r, data }) => (
          <li key={r.runId}>
            <Link href={`/runs/${r.runId}`} className="button button--secondary">
              {/* One flex item (the button is a flex box), so the title stays inline in the sentence. */}
              <span>
                <Trans
                  i18nKey="catalog.continueRun"
                  values={{ title: r.title }}
                  // The title was remembered as the run showed it, in the run's language.
                  components={{ title: <span lang={runLang(data.run.lang)} /> }}
                />
              </span>
            </Link>{' '}
            <span className="muted">
              {t('catalog.soFar', { mode: t(`modes.${data.run.mode}.eyebrow`), count: data.view.decisions })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
