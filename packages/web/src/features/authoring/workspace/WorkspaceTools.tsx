import { useState } from 'react';
import { useT } from '../../../i18n/i18n';
import type { CheckResult } from '../checker/checkTypes';
import { ScenarioMap } from '../map/ScenarioMap';
import { AnalysisPanel } from './AnalysisPanel';
import { PreviewPanel } from './PreviewPanel';

type Tab = 'map' | 'analysis' | 'preview';
const TABS: readonly Tab[] = ['map', 'analysis', 'preview'];

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
  const { t } = useT();
  const [tab, setTab] = useState<Tab>('map');
  const stale = result !== lastLoaded;
  return (
    <section className="au-panel" aria-label={t('authoring.tools.label')}>
      <div className="au-tabs">
        {TABS.map((id) => (
          <button
            key={id}
            type="button"
            aria-pressed={tab === id}
            className="button button--secondary"
            onClick={() => setTab(id)}
          >
            {t(`authoring.tools.${id}`)}
          </button>
        ))}
      </div>
      {tab === 'map' ? (
        lastLoaded?.map ? (
          <ScenarioMap model={lastLoaded.map} cursorLine={cursorLine} onJump={onJump} stale={stale} />
        ) : (
          <p>{t('authoring.tools.mapWaiting')}</p>
        )
      ) : null}
      {tab === 'analysis' ? <AnalysisPanel result={lastLoaded} /> : null}
      {tab === 'preview' ? (
        <PreviewPanel orgId={orgId} draftId={draftId} text={text} result={result} />
      ) : null}
    </section>
  );
}
