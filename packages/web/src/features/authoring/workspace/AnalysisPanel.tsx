import type { CheckResult } from '../checker/checkTypes';

/**
 * What `pnpm doorway analyze` says about the draft: endings with their shortest paths, the best path,
 * score bounds per competency, the number of paths and how a test-wise trainee fares.
 *
 * @example
 * <AnalysisPanel result={result} />
 */
export function AnalysisPanel({ result }: { result: CheckResult | undefined }) {
  const a = result?.analysis;
  if (!a || !result?.map) return <p>The analysis appears when the file loads without format errors.</p>;
  const step = (d: { beatId: string; choiceId: string }) => `${d.beatId}/${d.choiceId}`;
  const endings = result.map.nodes.filter((n) => n.kind === 'ending');
  const best = a.bestPath;
  return (
    <div className="au-analysis">
      <p>
        {a.reachableBeats.length} of {result.map.nodes.filter((n) => n.kind === 'beat').length} beats
        reachable; {a.pathCount}
        {a.pathCountCapped ? '+' : ''} distinct paths
        {a.truncated ? ' (analysis stopped at its cap: partial)' : ''}.
      </p>
      <h3>Endings</h3>
      <ul>
        {endings.map((e) => {
          const path = a.shortestPaths[e.id];
          return (
            <li key={e.id}>
              <strong>{e.title}</strong> ({e.id}, {e.outcome}):{' '}
              {path
                ? `shortest path ${path.length} decisions: ${path.map(step).join(' > ')}`
                : 'NOT reachable'}
            </li>
          );
        })}
      </ul>
      <h3>Best path</h3>
      <p>
        {best.steps.length} decisions,{' '}
        {best.endingId ? `ends at ${best.endingId}` : best.loops ? 'loops' : 'reaches a dead end'}:{' '}
        {best.steps.map(step).join(' > ')}
      </p>
      <h3>Score bounds</h3>
      <table className="au-table">
        <caption className="visually-hidden">
          Lowest and highest evidence per competency, and what the best path earns
        </caption>
        <thead>
          <tr>
            <th scope="col">Competency</th>
            <th scope="col">Lowest</th>
            <th scope="col">Highest</th>
            <th scope="col">Best path</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(a.bounds).map(([id, b]) => {
            const earned = best.sums[id] ?? 0;
            return (
              <tr key={id}>
                <th scope="row">{id}</th>
                <td>{b.min}</td>
                <td>{b.max}</td>
                <td>
                  {earned}
                  {earned < b.max ? ' (below the highest)' : ''}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h3>Test-wise trainee</h3>
      <pre className="au-pre">{(result.testWise ?? []).join('\n')}</pre>
    </div>
  );
}
