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
  it('lists, per guidance item, the decisions whose sources cite it', () => {
    const rows = computeCoverage(
      [miniScenario()],
      sources,
      new Map([['legal-civil', 'Civil suits are for an attorney.']]),
    );
    expect(
      rows.map((r) => [
        r.item.id,
        r.decisions.map((d) => `${d.scenarioId}/${d.beatId}/${d.choiceId}/${d.verdict}`),
        r.outOfScope,
      ]),
    ).toEqual([
      ['screen-safe-setting', ['mini/hello/introduce/best'], undefined],
      ['prac-trauma-informed', ['mini/hello/demand/harmful'], undefined],
      ['legal-civil', [], 'Civil suits are for an attorney.'],
      ['legal-cvc', [], undefined],
    ]);
  });

  it('renders the report with sections, out-of-scope reasons and what is not covered yet', () => {
    const rows = computeCoverage(
      [miniScenario()],
      sources,
      new Map([['legal-civil', 'Civil suits are for an attorney.']]),
    );
    const md = renderCoverage(rows, ['mini']);
    expect(md).toContain('**2 of 4 items are taught**, 1 are out of scope, 1 are not covered yet.');
    expect(md).toContain(
      '| `screen-safe-setting` | Make the setting safe. | mini / hello / introduce (best) |',
    );
    expect(md).toContain(
      '| `prac-trauma-informed` | Symptoms are coping \\| not failing. | mini / hello / demand (harmful) |',
    );
    expect(md).toContain('| `legal-civil` | Civil suits are for an attorney. |');
    expect(md).toContain('- `legal-cvc`: Compensation.');
  });
});
