import { competencyName } from '../../../i18n/competencyName';
import { formatNumber } from '../../../i18n/format';
import { useT } from '../../../i18n/i18n';
import type { CheckResult } from '../checker/checkTypes';

/**
 * What `pnpm doorway analyze` says about the draft: endings with their shortest paths, the best path,
 * score bounds per competency, the number of paths and how a test-wise trainee fares. The sentences are in
 * the interface language; titles and the test-wise report come from the scenario and the checker (English).
 *
 * @example
 * <AnalysisPanel result={result} />
 */
export function AnalysisPanel({ result }: { result: CheckResult | undefined }) {
  const { t } = useT();
  const a = result?.analysis;
  if (!a || !result?.map) return <p>{t('authoring.analysis.waiting')}</p>;
  const step = (d: { beatId: string; choiceId: string }) => `${d.beatId}/${d.choiceId}`;
  const endings = result.map.nodes.filter((n) => n.kind === 'ending');
  const beatCount = result.map.nodes.filter((n) => n.kind === 'beat').length;
  const best = a.bestPath;
  const bestPath = { count: best.steps.length, path: best.steps.map(step).join(' > ') };
  return (
    <div className="au-analysis">
      <p>
        {t('authoring.analysis.reachable', { count: beatCount, reachable: a.reachableBeats.length })}{' '}
        {t('authoring.analysis.paths', {
          count: a.pathCount,
          shown: `${formatNumber(a.pathCount)}${a.pathCountCapped ? '+' : ''}`,
        })}
        {a.truncated ? ` ${t('authoring.analysis.truncated')}` : ''}
      </p>
      <h3>{t('authoring.analysis.endings')}</h3>
      <ul>
        {endings.map((e) => {
          const path = a.shortestPaths[e.id];
          const outcome = e.outcome ? t(`authoring.map.outcome.${e.outcome}`) : '';
          return (
            <li key={e.id}>
              <strong lang="en">{e.title}</strong>{' '}
              {path
                ? t('authoring.analysis.shortest', {
                    id: e.id,
                    outcome,
                    count: path.length,
                    path: path.map(step).join(' > '),
                  })
                : t('authoring.analysis.notReachable', { id: e.id, outcome })}
            </li>
          );
        })}
      </ul>
      <h3>{t('authoring.analysis.bestPath')}</h3>
      <p>
        {best.endingId
          ? t('authoring.analysis.bestEnds', { ...bestPath, ending: best.endingId })
          : best.loops
            ? t('authoring.analysis.bestLoops', bestPath)
            : t('authoring.analysis.bestDeadEnd', bestPath)}
      </p>
      <h3>{t('authoring.analysis.bounds')}</h3>
      <table className="au-table">
        <caption className="visually-hidden">{t('authoring.analysis.boundsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('authoring.analysis.competency')}</th>
            <th scope="col">{t('authoring.analysis.lowest')}</th>
            <th scope="col">{t('authoring.analysis.highest')}</th>
            <th scope="col">{t('authoring.analysis.bestPath')}</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(a.bounds).map(([id, b]) => {
            const earned = best.sums[id] ?? 0;
            const name = competencyName(id, id);
            return (
              <tr key={id}>
                <th scope="row">
                  <span lang={name.lang}>{name.text}</span> <code>{id}</code>
                </th>
                <td>{formatNumber(b.min)}</td>
                <td>{formatNumber(b.max)}</td>
                <td>
                  {earned < b.max
                    ? t('authoring.analysis.belowHighest', { earned: formatNumber(earned) })
                    : formatNumber(earned)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h3>{t('authoring.analysis.testWise')}</h3>
      {/* The checker's report, in English like its diagnostics. */}
      <pre className="au-pre" lang="en">
        {(result.testWise ?? []).join('\n')}
      </pre>
    </div>
  );
}
