import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../problems/format-problem';
import { knownSourceIds } from './known-source-ids';
import { loadSources } from './load-sources';

const fixtures = fileURLToPath(new URL('../fixtures', import.meta.url));

describe('loadSources', () => {
  it('loads the bundled sources: the 61 seed guidance items and the reference keys', () => {
    const sources = loadSources();
    if (!sources.ok) throw new Error(sources.error.map((p) => formatProblem(p)).join('\n'));
    expect(sources.value.guidance).toHaveLength(61);
    expect(sources.value.guidance.map((g) => g.id)).toEqual(
      expect.arrayContaining([
        'interp-1',
        'say-safe',
        'screen-coached',
        'def-dmst',
        'legal-cvc',
        'res-hotline',
      ]),
    );
    const known = knownSourceIds(sources.value);
    for (const key of ['OVC-INT', 'WHO-3', 'NSVRC', 'SOAR', 'USCIS-T', 'VAWA'])
      expect(known.has(key)).toBe(true);
    expect(known.has('interp-8')).toBe(false);
  });

  it('reports schema problems with their position', () => {
    const sources = loadSources(`${fixtures}/sources/broken-sources.yaml`);
    expect(sources.ok).toBe(false);
    if (sources.ok) return;
    expect(sources.error.map((p) => formatProblem(p, { relativeTo: fixtures }))).toEqual([
      'sources/broken-sources.yaml:6:5  guidance[2].text  missing required field "text"  (add `text:` (string))',
      'sources/broken-sources.yaml:6:61  guidance[2].txt  unknown key `txt`  (did you mean `text`? allowed keys here: id, document, section, text)',
    ]);
  });

  it('reports duplicate ids and unknown documents', () => {
    const sources = loadSources(`${fixtures}/sources/dup-sources.yaml`);
    expect(sources.ok).toBe(false);
    if (sources.ok) return;
    expect(sources.error.map((p) => formatProblem(p, { relativeTo: fixtures }))).toEqual([
      'sources/dup-sources.yaml:5:11  guidance[1].id  "interp-1" is listed twice  (keep one entry)',
      'sources/dup-sources.yaml:5:31  guidance[1].document  unknown document "002"  (use one of the ids under documents: 001)',
    ]);
  });
});
