import { describe, expect, it } from 'vitest';
import { contentLine, escapeText, joinLines, mailto, quoteParameter, utcDateTime } from './ical-text.ts';

describe('escapeText', () => {
  it('escapes backslashes, semicolons, commas and newlines, in that order', () => {
    expect(escapeText('a\\b; c, d\ne\r\nf\rg')).toBe('a\\\\b\\; c\\, d\\ne\\nf\\ng');
    expect(escapeText('C:\\n')).toBe('C:\\\\n');
  });
  it('drops control characters and turns tabs into spaces', () => {
    expect(escapeText('a\tb\u0000c\u0007d\u007f')).toBe('a bcd');
  });
});

describe('quoteParameter', () => {
  it('quotes, and writes quotes and carets as RFC 6868 does', () => {
    expect(quoteParameter('Pérez, Luis; CEO: "Lu"')).toBe('"Pérez, Luis; CEO: ^\'Lu^\'"');
    expect(quoteParameter('a^b\nc')).toBe('"a^^b c"');
  });
});

describe('utcDateTime', () => {
  it('writes UTC with a Z and no milliseconds', () => {
    expect(utcDateTime(new Date('2026-03-10T13:30:00.123Z'))).toBe('20260310T133000Z');
    expect(() => utcDateTime(new Date('nope'))).toThrow(RangeError);
  });
});

describe('mailto', () => {
  it('accepts plain addresses and refuses anything that could break the line', () => {
    expect(mailto(' ana@example.es ')).toBe('mailto:ana@example.es');
    for (const bad of ['ana', 'ana@example.es\r\nATTENDEE:x@y.z', 'a b@c.d', 'a;b@c.d', '"a"@b.c']) {
      expect(() => mailto(bad)).toThrow(RangeError);
    }
  });
});

describe('contentLine', () => {
  it('folds at 75 octets without splitting a character, continuing with one space', () => {
    const line = contentLine('SUMMARY', 'ñ'.repeat(40) + '😀'.repeat(20));
    const physical = line.split('\r\n');
    expect(physical.map((p) => Buffer.byteLength(p, 'utf8'))).toEqual([74, 75, 21]);
    expect(physical.slice(1).every((p) => p.startsWith(' ') && !p.startsWith('  '))).toBe(true);
    expect(physical.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(`SUMMARY:${'ñ'.repeat(40)}${'😀'.repeat(20)}`);
    for (const p of physical) expect(p).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });
  it('writes parameters before the value and leaves short lines alone', () => {
    expect(contentLine('ORGANIZER', 'mailto:a@b.es', [['CN', '"Ana"']])).toBe('ORGANIZER;CN="Ana":mailto:a@b.es');
    expect(joinLines(['A:1', 'B:2'])).toBe('A:1\r\nB:2\r\n');
  });
});
