import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { apiErrorOf, apiRequest, orThrow } from '../../lib/http';
import type { RoomDebrief } from './workshopTypes';
import './workshop.css';

const verdictWords = { best: '✓ Best', acceptable: '◐ Acceptable', harmful: '✗ Harmful' } as const;

/**
 * The room's debrief: the path it took, the spread of votes at each decision, the best alternative,
 * and the competency results of the room's path. Exports as CSV and prints cleanly.
 *
 * @example
 * <Route path="/workshop/rooms/:id/debrief" component={RoomDebriefPage} />
 */
export function RoomDebriefPage({ params }: { params: { id?: string } }) {
  const id = params.id ?? '';
  const debrief = useQuery({
    queryKey: ['workshop', 'debrief', id],
    queryFn: () =>
      apiRequest<RoomDebrief>('GET', `/api/rooms/${encodeURIComponent(id)}/debrief`).then(orThrow),
  });
  if (debrief.isPending) return <Loading what="the debrief" />;
  if (debrief.isError)
    return <ErrorNotice error={apiErrorOf(debrief.error)} onRetry={() => debrief.refetch()} />;
  const d = debrief.data;
  return (
    <div className="ws-page ws-debrief">
      <PageHeading title={`Room ${d.room.code} debrief`}>Room debrief: {d.room.scenario.title}</PageHeading>
      <div className="actions ws-no-print">
        <a className="button" href={`/api/rooms/${encodeURIComponent(id)}/debrief.csv`} download>
          Download CSV
        </a>
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          Print
        </button>
        <Link href={`/workshop/rooms/${id}`}>Back to the room</Link>
      </div>
      {d.ending ? (
        <section>
          <h2>Ending: {d.ending.title}</h2>
          <p>{d.ending.debrief}</p>
        </section>
      ) : (
        <p>The room ended before the scenario did.</p>
      )}
      <h2>The room's path</h2>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">
            Each decision, what the room chose, the votes and the best alternative
          </caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">The room chose</th>
              <th scope="col">Verdict</th>
              <th scope="col">Votes (last round)</th>
              <th scope="col">Best alternative</th>
            </tr>
          </thead>
          <tbody>
            {d.decisions.map((x) => (
              <tr key={x.index}>
                <td>{x.index}</td>
                <td>
                  {x.chosen.text}
                  {x.skipped ? <em> (skipped: content note)</em> : null}
                  <p className="muted">{x.feedback}</p>
                </td>
                <td>{verdictWords[x.verdict]}</td>
                <td>
                  {x.skipped
                    ? 'none'
                    : x.votes < 3
                      ? `${x.votes} (too few to show the spread)`
                      : x.spread.map((s) => `${s.text}: ${s.count}`).join('; ')}
                  {x.rounds > 1 ? ` · ${x.rounds} rounds` : ''}
                </td>
                <td>{x.best ? x.best.text : 'The room chose the best option.'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>Competencies on the room's path</h2>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Competency</th>
              <th scope="col">Score (0–100)</th>
            </tr>
          </thead>
          <tbody>
            {d.competencies.map((c) => (
              <tr key={c.id}>
                <td>{c.name}</td>
                <td>{c.score}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>Overall: {d.overall} out of 100.</p>
    </div>
  );
}
