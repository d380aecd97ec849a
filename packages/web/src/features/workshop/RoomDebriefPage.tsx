import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { formatNumber } from '../../i18n/format';
import { useT } from '../../i18n/i18n';
import { api } from '../../lib/api';
import { apiErrorOf, orThrow } from '../../lib/http';
import { textLangOf } from './textLangOf';
import './workshop.css';

/**
 * The room's debrief: the path it took, the spread of votes at each decision, the best alternative,
 * and the competency results of the room's path. Exports as CSV and prints cleanly.
 *
 * @example
 * <Route path="/workshop/rooms/:id/debrief" component={RoomDebriefPage} />
 */
export function RoomDebriefPage({ params }: { params: { id?: string } }) {
  const { t } = useT();
  const id = params.id ?? '';
  const debrief = useQuery({
    queryKey: ['workshop', 'debrief', id],
    queryFn: () => api.get('/api/rooms/:id/debrief', { param: { id } }).then(orThrow),
  });
  if (debrief.isPending) return <Loading what={t('workshop.loadingDebrief')} />;
  if (debrief.isError)
    return <ErrorNotice error={apiErrorOf(debrief.error)} onRetry={() => debrief.refetch()} />;
  const d = debrief.data;
  const langOf = textLangOf(d);
  return (
    <div className="ws-page ws-debrief">
      <PageHeading title={t('workshop.debriefTitle', { code: d.room.code })}>
        {t('workshop.debriefHeading')}{' '}
        <span lang={langOf('room.scenario.title')}>{d.room.scenario.title}</span>
      </PageHeading>
      <div className="actions ws-no-print">
        <a className="button" href={`/api/rooms/${encodeURIComponent(id)}/debrief.csv`} download>
          {t('workshop.csv')}
        </a>
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t('workshop.print')}
        </button>
        <Link href={`/workshop/rooms/${id}`}>{t('workshop.backToRoom')}</Link>
      </div>
      {d.ending ? (
        <section>
          <h2>
            {t('debrief.ending')} <span lang={langOf('ending.title')}>{d.ending.title}</span>
          </h2>
          <p lang={langOf('ending.debrief')}>{d.ending.debrief}</p>
        </section>
      ) : (
        <p>{t('workshop.endedBefore')}</p>
      )}
      <h2>{t('workshop.path')}</h2>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">{t('workshop.pathCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t('workshop.roomChose')}</th>
              <th scope="col">{t('workshop.verdictCol')}</th>
              <th scope="col">{t('workshop.votesCol')}</th>
              <th scope="col">{t('workshop.bestCol')}</th>
            </tr>
          </thead>
          <tbody>
            {d.decisions.map((x, i) => (
              <tr key={x.index}>
                <td>{x.index}</td>
                <td>
                  <span lang={langOf(`decisions.${i}.chosen.text`)}>{x.chosen.text}</span>
                  {x.skipped ? <em>{t('workshop.skipped')}</em> : null}
                  <p className="muted" lang={langOf(`decisions.${i}.feedback`)}>
                    {x.feedback}
                  </p>
                </td>
                <td>{t(`workshop.verdict.${x.verdict}`)}</td>
                <td>
                  {x.skipped ? (
                    t('workshop.none')
                  ) : x.votes < 3 ? (
                    t('workshop.tooFewShort', { count: x.votes })
                  ) : (
                    <span>
                      {x.spread.map((s, k) => (
                        <span key={s.choiceId}>
                          {k > 0 ? '; ' : ''}
                          <span lang={langOf(`decisions.${i}.spread.${k}.text`)}>{s.text}</span>:{' '}
                          {formatNumber(s.count)}
                        </span>
                      ))}
                    </span>
                  )}
                  {x.rounds > 1 ? t('workshop.rounds', { count: x.rounds }) : ''}
                </td>
                <td>
                  {x.best ? (
                    <span lang={langOf(`decisions.${i}.best.text`)}>{x.best.text}</span>
                  ) : (
                    t('workshop.choseBest')
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t('workshop.competencies')}</h2>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('workshop.competency')}</th>
              <th scope="col">{t('workshop.score')}</th>
            </tr>
          </thead>
          <tbody>
            {d.competencies.map((c) => (
              <tr key={c.id}>
                <td lang="en">{c.name}</td>
                <td>{formatNumber(c.score)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>{t('workshop.overall', { score: formatNumber(d.overall) })}</p>
    </div>
  );
}
