import { useState } from 'react';
import type { CheckResult } from '../checker/checkTypes';
import { AnalysisPanel } from './AnalysisPanel';

type Tab = 'analysis';
const TABS: { id: Tab; label: string }[] = [{ id: 'analysis', label: 'Analysis' }];

/**
 * The panels beside the editor, one at a time: analysis (more tabs join it).
 *
 * @example
 * <WorkspaceTools orgId={orgId} draftId={id} text={text} result={result} cursorLine={3} onJump={jump} />
 */
export function WorkspaceTools({
  result,
}: {
  orgId: string;
  draftId: string;
  text: string;
  result: CheckResult | undefined;
  cursorLine: number;
  onJump: (line: number) => void;
}) {
  const [tab, setTab] = useState<Tab>('analysis');
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
      {tab === 'analysis' ? <AnalysisPanel result={result} /> : null}
    </section>
  );
}
