/**
 * RFC 4180 text: CRLF line ends; a field with a comma, quote or line break in quotes, its quotes
 * doubled. A text cell that a spreadsheet would run as a formula (= + - @, or a tab or carriage
 * return before one) gets a leading apostrophe (OWASP "CSV injection"); numbers are written as they are.
 */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

const formulaStart = /^[=+\-@\t\r]/;

function cell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = formulaStart.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
