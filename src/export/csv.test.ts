import { describe, expect, it } from 'vitest';
import { BOM, csvField, toCsv } from './csv';
import { parseCsv } from '../../tests/support/parseCsv';

describe('csvField', () => {
  it('leaves plain text and numbers bare', () => {
    expect(csvField('成都')).toBe('成都');
    expect(csvField(48.52)).toBe('48.52');
    expect(csvField(-3.5)).toBe('-3.5');
  });

  it('quotes commas, quotes and line breaks, doubling the quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('他说“好”，又说"OK"')).toBe('"他说“好”，又说""OK"""');
    expect(csvField('line 1\nline 2')).toBe('"line 1\nline 2"');
    expect(csvField('cr\r')).toBe('"cr\r"');
  });

  it('keeps a spreadsheet from running text as a formula', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-5')).toBe('-5');
    expect(csvField('>=')).toBe('>=');
  });
});

describe('toCsv', () => {
  const csv = toCsv(
    ['place', 'value', 'quote'],
    [
      ['成都', 48.52, '质押融资额达48.52亿元，同比增长'],
      ['Hangzhou, Zhejiang', '', '“he said, "no"”\nnext line'],
    ],
  );

  it('starts with the byte-order mark and ends every record with CRLF', () => {
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.startsWith(`${BOM}place,value,quote\r\n`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('reads back to the same fields', () => {
    expect(parseCsv(csv.slice(1))).toEqual([
      ['place', 'value', 'quote'],
      ['成都', '48.52', '质押融资额达48.52亿元，同比增长'],
      ['Hangzhou, Zhejiang', '', '“he said, "no"”\nnext line'],
    ]);
  });

  it('writes only the header for no rows', () => {
    expect(toCsv(['a', 'b'], [])).toBe(`${BOM}a,b\r\n`);
  });
});
