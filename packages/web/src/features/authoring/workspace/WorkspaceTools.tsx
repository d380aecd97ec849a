import { useState } from 'react';
import type { CheckResult } from '../checker/checkTypes';
import { ScenarioMap } from '../map/ScenarioMap';
import { AnalysisPanel } from './AnalysisPanel';
import { PreviewPanel } from './PreviewPanel';

type Tab = 'map' | 'analysis' | 'preview';
const TABS: { id: Tab; label: string }[] = [
  { id: 'map', label: 'Map' },
  { id: 'analysis', label: 'Analysis' },
  { id: 'preview', label: 'Preview' },
];

/**
 * The panels beside the editor, one at a time: the map (of the last text that loaded, marked when
 * stale), the analysis, and preview in the player.
 *
 * @example
 * <WorkspaceTools orgId={orgId} draftId={id} text={text} result={result} lastLoaded={good} cursorLine={3} onJump={jump} />
 */
export function WorkspaceTools({
  orgId,
  draftId,
  text,
  result,
  lastLoaded,
  cursorLine,
  onJump,
}: {
  orgId: string;
  draftId: string;
  text: string;
  result: CheckResult | undefined;
  lastLoaded: CheckResult | undefined;
  cursorLine: number;
  onJump: (line: number) => void;
}) {
  const [tab, setTab] = useState<Tab>('map');
  const stale = result !== lastLoaded;
  return (
    <section className="au-panel" aria-label="Draft tools">
      <div className="au-tabs">
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            aria-pressed={tab === t.id}
            className="button button--secondary"
            onClick={() => setTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      {tab === 'map' ? (
        lastLoaded?.map ? (
          <ScenarioMap model={lastLoaded.map} cursorLine={cursorLine} onJump={onJump} stale={stale} />
        ) : (
          <p>The map appears when the file loads without format errors.</p>
        )
      ) : null}
      {tab === 'analysis' ? <AnalysisPanel result={lastLoaded} /> : null}
      {tab === 'preview' ? (
        <PreviewPanel orgId={orgId} draftId={draftId} text={text} result={result} />
      ) : null}
    </section>
  );
}
