import { describe, expect, it } from 'vitest';
import { toCsv } from './progress-csv';

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks; empty for null; yes/no for booleans; CRLF rows', () => {
    expect(
      toCsv(
        ['a', 'b', 'c', 'd'],
        [
          ['Ana, "A"', 'two\nlines', null, true],
          ['x', 3, false, ''],
        ],
      ),
    ).toBe('a,b,c,d\r\n"Ana, ""A""","two\nlines",,yes\r\nx,3,no,\r\n');
  });

  it('defuses text a spreadsheet would run as a formula, but not numbers', () => {
    expect(toCsv(['n'], [['=HYPERLINK("x")'], ['+1'], ['-2'], ['@SUM(A1)'], [-2]])).toBe(
      `n\r\n"'=HYPERLINK(""x"")"\r\n'+1\r\n'-2\r\n'@SUM(A1)\r\n-2\r\n`,
    );
  });
});
