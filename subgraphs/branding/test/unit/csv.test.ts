import { describe, expect, it } from 'vitest';
import { csvField, csvOf } from '../../src/domain/label-csv.ts';

describe('label CSV fields', () => {
  it('quotes quotes, commas and line breaks (RFC 4180) and leaves plain fields alone', () => {
    expect(csvField('05HTGE21ABCD1234')).toBe('05HTGE21ABCD1234');
    expect(csvField('江南鲜, 第31类')).toBe('"江南鲜, 第31类"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvOf([['a', 'b'], ['c', 'd\ne']])).toBe('a,b\r\n"c","d\ne"\r\n'.replace('"c"', 'c'));
  });

  it('defuses a name a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvField('+86 Shanghai')).toBe("'+86 Shanghai");
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('https://resolver/01/06999999064312/10/LUXI-2026-000001/21/05HTGE21ABCD1234')).toBe(
      'https://resolver/01/06999999064312/10/LUXI-2026-000001/21/05HTGE21ABCD1234',
    );
  });
});
