import { useMemo, useRef, useState } from 'react';
import { Trans } from 'react-i18next';
import { useT } from '../../../i18n/i18n';
import type { MapModel } from '../checker/checkTypes';
import { downloadBlob, pngOfSvg, svgDocument } from './exportMap';
import { layoutMap, NODE_H, NODE_W, nodeAtLine, nodeLabels } from './layoutMap';

function short(text: string, max = 24) {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * The scenario's map: phases as boxes (with their time skip), beats and endings as nodes with their state
 * in words (start, unreachable, dead end, best path, interruption), choices as arrows (the best path drawn
 * heavier). Clicking a node jumps to its YAML; the node under the editor's cursor is outlined. A list of the
 * same nodes follows for keyboard and screen-reader users. Titles and time skips are the scenario's words
 * (English, marked `lang="en"`); everything else is in the interface language.
 *
 * @example
 * <ScenarioMap model={result.map} cursorLine={12} onJump={(line) => setJump({ line })} stale={false} />
 */
export function ScenarioMap({
  model,
  cursorLine,
  onJump,
  stale,
}: {
  model: MapModel;
  cursorLine: number;
  onJump: (line: number) => void;
  stale: boolean;
}) {
  const layout = useMemo(() => layoutMap(model), [model]);
  const current = nodeAtLine(model.nodes, cursorLine)?.id;
  const svg = useRef<SVGSVGElement>(null);
  const [view, setView] = useState<'map' | 'list'>('map');
  const at = new Map(layout.nodes.map((n) => [n.id, n]));
  const { t } = useT();
  const [exportError, setExportError] = useState<string | null>(null);
  const leadsTo = (id: string) => {
    const targets = [
      ...new Set(
        model.edges
          .filter((e) => e.from === id)
          .map((e) => (e.timeSkip ? t('authoring.listTimeSkip', { to: e.to, text: e.timeSkip }) : e.to)),
      ),
    ];
    return targets.length > 0
      ? t('authoring.map.leadsTo', { targets: targets.join(', ') })
      : t('authoring.map.leadsNowhere');
  };
  const downloadSvg = () => {
    if (!svg.current) return;
    downloadBlob(new Blob([svgDocument(svg.current)], { type: 'image/svg+xml' }), 'scenario-map.svg');
  };
  const downloadPng = () => {
    if (!svg.current) return;
    setExportError(null);
    pngOfSvg(svgDocument(svg.current), layout.width, layout.height).then(
      (png) => downloadBlob(png, 'scenario-map.png'),
      () => setExportError(t('authoring.mapPngFailed')),
    );
  };
  return (
    <div className="au-map">
      <p aria-live="polite" data-testid="map-status">
        {stale
          ? t('authoring.map.stale')
          : t('authoring.map.current', {
              beats: t('authoring.map.beats', { count: model.nodes.filter((n) => n.kind === 'beat').length }),
              endings: t('authoring.map.endingCount', {
                count: model.nodes.filter((n) => n.kind === 'ending').length,
              }),
            })}
      </p>
      <div className="au-tabs">
        <button
          type="button"
          className="button button--secondary"
          aria-pressed={view === 'map'}
          onClick={() => setView('map')}
        >
          {t('authoring.tools.map')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          aria-pressed={view === 'list'}
          onClick={() => setView('list')}
        >
          {t('authoring.map.list')}
        </button>
        <button type="button" className="button button--secondary" onClick={downloadSvg}>
          {t('authoring.mapSvg')}
        </button>
        <button type="button" className="button button--secondary" onClick={downloadPng}>
          {t('authoring.mapPng')}
        </button>
      </div>
      {exportError ? <p role="alert">{exportError}</p> : null}
      {view === 'map' ? (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scroll area must be reachable by keyboard to scroll it
        <section className="au-map-scroll" tabIndex={0} aria-label={t('authoring.map.scrolls')}>
          <svg
            ref={svg}
            xmlns="http://www.w3.org/2000/svg"
            width={layout.width}
            height={layout.height}
            viewBox={`0 0 ${layout.width} ${layout.height}`}
            role="img"
            aria-label={t('authoring.map.image')}
            className="au-map-svg"
          >
            <defs>
              <marker
                id="au-arrow"
                viewBox="0 0 10 10"
                refX="10"
                refY="5"
                markerWidth="7"
                markerHeight="7"
                orient="auto-start-reverse"
              >
                <path d="M 0 0 L 10 5 L 0 10 z" fill="#545d66" />
              </marker>
            </defs>
            {layout.groups.map((g) => (
              <g key={g.id}>
                <rect x={g.x} y={g.y} width={g.w} height={g.h} rx={8} fill="#f0ede6" stroke="#bdb6a8" />
                <text x={g.x + 10} y={g.y + 18} className="au-map-group">
                  {g.endings ? (
                    t('authoring.map.endings')
                  ) : g.timeSkip ? (
                    <Trans
                      i18nKey="authoring.map.groupTimeSkip"
                      values={{ title: g.title, text: short(g.timeSkip, 30) }}
                      components={{ en: <tspan lang="en" /> }}
                    />
                  ) : (
                    <tspan lang="en">{g.title}</tspan>
                  )}
                </text>
              </g>
            ))}
            {model.edges.map((e) => {
              const a = at.get(e.from);
              const b = at.get(e.returns ? e.from : e.to);
              if (!a || !b || e.returns) return null;
              const x1 = a.x + NODE_W;
              const y1 = a.y + NODE_H / 2;
              const x2 = b.x;
              const y2 = b.y + NODE_H / 2;
              const back = x2 <= x1;
              const d = back
                ? `M ${x1} ${y1} C ${x1 + 40} ${y1 - 60}, ${x2 - 40} ${y2 - 60}, ${x2} ${y2}`
                : `M ${x1} ${y1} C ${x1 + 24} ${y1}, ${x2 - 24} ${y2}, ${x2} ${y2}`;
              const path = (
                <path
                  d={d}
                  fill="none"
                  stroke={e.best ? '#1e6b3a' : '#8a939b'}
                  strokeWidth={e.best ? 3 : 1.2}
                  strokeDasharray={e.conditional ? '5 3' : undefined}
                  markerEnd="url(#au-arrow)"
                />
              );
              const key = `${e.from}/${e.choiceId}/${e.to}`;
              if (!e.timeSkip) return <g key={key}>{path}</g>;
              // A time skip on the arrow: a clock-free text label at its middle, with the skip's words.
              const mx = (x1 + x2) / 2;
              const my = back ? Math.min(y1, y2) - 45 : (y1 + y2) / 2 - 6;
              return (
                <g key={key} data-time-skip={`${e.from}/${e.choiceId}`}>
                  {path}
                  <text x={mx} y={my} textAnchor="middle" className="au-map-skip">
                    <title>{t('authoring.timeSkipTitle', { text: e.timeSkip })}</title>
                    {t('authoring.timeSkipEdge')}
                  </text>
                </g>
              );
            })}
            {layout.nodes.map((n) => {
              const problem = !n.reachable || n.deadEnd;
              const labels = nodeLabels(n, t, { start: n.kind === 'beat' });
              return (
                // biome-ignore lint/a11y/noStaticElementInteractions: a mouse shortcut; the list of beats is the keyboard way
                <g
                  key={n.id}
                  className={`au-node${n.id === current ? ' au-node--current' : ''}`}
                  data-node-id={n.id}
                  onClick={() => onJump(n.line)}
                >
                  <rect
                    x={n.x}
                    y={n.y}
                    width={NODE_W}
                    height={NODE_H}
                    rx={n.kind === 'ending' ? 20 : 6}
                    fill={problem ? '#f8e7e7' : n.kind === 'ending' ? '#e3eef2' : '#ffffff'}
                    stroke={
                      n.id === current
                        ? '#c2410c'
                        : problem
                          ? '#a1262d'
                          : n.onBestPath
                            ? '#1e6b3a'
                            : '#545d66'
                    }
                    strokeWidth={n.id === current || n.onBestPath ? 3 : 1.2}
                    strokeDasharray={problem ? '4 2' : undefined}
                  />
                  <text x={n.x + 8} y={n.y + 19} className="au-map-title" lang="en">
                    {short(n.title)}
                  </text>
                  <text x={n.x + 8} y={n.y + 38} className="au-map-labels">
                    {short(labels.join(', ') || n.id, 30)}
                  </text>
                </g>
              );
            })}
          </svg>
        </section>
      ) : (
        <ul className="au-node-list">
          {model.nodes.map((n) => (
            <li key={n.id}>
              <button
                type="button"
                className="linklike"
                aria-current={n.id === current ? 'location' : undefined}
                onClick={() => onJump(n.line)}
              >
                <Trans
                  i18nKey={n.phaseId ? 'authoring.map.nodeInPhase' : 'authoring.map.node'}
                  values={{
                    title: n.title,
                    id: n.id,
                    phase: model.groups.find((g) => g.id === n.phaseId)?.title ?? n.phaseId,
                    line: n.line,
                  }}
                  components={{ title: <strong lang="en" />, id: <code />, phase: <span lang="en" /> }}
                />
                {nodeLabels(n, t).length > 0 ? `: ${nodeLabels(n, t).join(', ')}` : ''}
              </button>
              <span className="muted"> {leadsTo(n.id)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
