import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.ts';

describe('CSV (RFC 4180)', () => {
  it('ends lines with CRLF and quotes only what needs it, doubling quotes', () => {
    expect(toCsv([['Mes', 'Negocio cerrado (EUR)'], ['2025-01', 3]])).toBe('Mes,Negocio cerrado (EUR)\r\n2025-01,3\r\n');
    expect(toCsv([['a,b', 'say "hi"', 'two\nlines', 'cr\rhere']])).toBe('"a,b","say ""hi""","two\nlines","cr\rhere"\r\n');
  });

  it('defuses text a spreadsheet would run as a formula, and leaves numbers alone', () => {
    expect(toCsv([['=SUM(A1:A9)', '+34 600', '-1', '@cmd', '\t=1', 'fine', -5]])).toBe("'=SUM(A1:A9),'+34 600,'-1,'@cmd,'\t=1,fine,-5\r\n");
    expect(toCsv([['=HYPERLINK("http://x","y")']])).toBe(`"'=HYPERLINK(""http://x"",""y"")"\r\n`);
  });
});
