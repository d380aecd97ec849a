import { describe, expect, it } from 'vitest';
import { locate } from './locate';
import { parseYaml } from './parse-yaml';

const text = [
  'id: x', // 1
  'phases:', // 2
  '  intake:', // 3
  '    beats:', // 4
  '      arrival:', // 5
  '        choices:', // 6
  '          - id: a', // 7
  '            next: somewhere', // 8
  '          - { id: b, next: elsewhere }', // 9
].join('\n');

function parsed() {
  const p = parseYaml(text, 'x.yaml');
  if (!p.ok) throw new Error('fixture must parse');
  return p.value;
}

describe('locate', () => {
  it('points a scalar path at its value', () => {
    expect(locate(parsed(), ['phases', 'intake', 'beats', 'arrival', 'choices', 0, 'next'])).toEqual({
      line: 8,
      col: 19,
    });
    expect(locate(parsed(), ['phases', 'intake', 'beats', 'arrival', 'choices', 1, 'next'])).toEqual({
      line: 9,
      col: 28,
    });
  });

  it('points a mapping at its key and a list item at its first token', () => {
    expect(locate(parsed(), ['phases', 'intake', 'beats', 'arrival'])).toEqual({ line: 5, col: 7 });
    expect(locate(parsed(), ['phases', 'intake', 'beats', 'arrival', 'choices', 1])).toEqual({
      line: 9,
      col: 13,
    });
  });

  it('points a path that does not exist at its deepest existing part', () => {
    expect(locate(parsed(), ['phases', 'intake', 'beats', 'arrival', 'choices', 0, 'verdict'])).toEqual({
      line: 7,
      col: 13,
    });
    expect(locate(parsed(), ['phases', 'missing', 'beats'])).toEqual({ line: 2, col: 1 });
    expect(locate(parsed(), [])).toEqual({ line: 1, col: 1 });
  });
});
