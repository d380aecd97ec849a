import { describe, expect, it } from 'vitest';
import { miniScenario } from '../fixtures/mini';
import type { Sources } from '../sources/sources-schema';
import { computeCoverage } from './compute-coverage';
import { renderCoverage } from './render-coverage';

const sources: Sources = {
  documents: [{ id: '001', title: 'Guide', publisher: 'Someone' }],
  guidance: [
    { id: 'screen-safe-setting', document: '001', section: 'Screening', text: 'Make the setting safe.' },
    {
      id: 'prac-trauma-informed',
      document: '001',
      section: 'Practice',
      text: 'Symptoms are coping | not failing.',
    },
    { id: 'legal-civil', document: '001', section: 'Practice', text: 'Civil suits.' },
    { id: 'legal-cvc', document: '001', section: 'Practice', text: 'Compensation.' },
  ],
  references: [{ key: 'WHO', citation: 'WHO 2003.' }],
};

describe('computeCoverage', () => {
  it('counts an item as taught only where one decision contrasts it (a best and a non-best option citing it)', () => {
    const rows = computeCoverage(
      [miniScenario()],
      sources,
      new Map([['legal-civil', 'Civil suits are for an attorney.']]),
    );
    expect(
      rows.map((r) => [
        r.item.id,
        r.decisions.map((d) => `${d.scenarioId}/${d.beatId}: ${d.best} vs ${d.wrong.map((w) => w.choiceId)}`),
        r.citedOnly.map((c) => `${c.scenarioId}/${c.beatId}/${c.choiceId}/${c.verdict}`),
        r.outOfScope,
      ]),
    ).toEqual([
      ['screen-safe-setting', ['mini/hello: introduce vs small-talk'], [], undefined],
      // Only the mistake cites it: feedback on a mistake alone is not a contrast.
      ['prac-trauma-informed', [], ['mini/hello/demand/harmful'], undefined],
      ['legal-civil', [], [], 'Civil suits are for an attorney.'],
      ['legal-cvc', [], [], undefined],
    ]);
  });

  it('renders the report with sections, citations without a contrast, out-of-scope reasons and what is not taught yet', () => {
    const rows = computeCoverage(
      [miniScenario()],
      sources,
      new Map([['legal-civil', 'Civil suits are for an attorney.']]),
    );
    const md = renderCoverage(rows, ['mini']);
    expect(md).toContain('**1 of 4 items are taught**, 1 are out of scope, 2 are not taught yet.');
    expect(md).toContain(
      '| `screen-safe-setting` | Make the setting safe. | mini / hello: introduce (best) vs small-talk (acceptable) |  |',
    );
    expect(md).toContain(
      '| `prac-trauma-informed` | Symptoms are coping \\| not failing. | **not taught yet** | mini / hello / demand (harmful) |',
    );
    expect(md).toContain('| `legal-civil` | Civil suits are for an attorney. |');
    expect(md).toContain('- `legal-cvc`: Compensation.');
    expect(md).toContain(
      '- `prac-trauma-informed`: Symptoms are coping | not failing. (cited without a contrast at mini / hello / demand (harmful))',
    );
  });
});
