import { describe, expect, it } from 'vitest';
import { localeFromAcceptLanguage } from './locale.ts';

describe('localeFromAcceptLanguage', () => {
  it('defaults to Spanish without a header or with unsupported languages', () => {
    expect(localeFromAcceptLanguage(undefined)).toBe('es');
    expect(localeFromAcceptLanguage('fr-FR,de;q=0.8')).toBe('es');
  });
  it('follows quality values, then order', () => {
    expect(localeFromAcceptLanguage('en-GB,en;q=0.9,es;q=0.8')).toBe('en');
    expect(localeFromAcceptLanguage('fr;q=1, es;q=0.5, en;q=0.7')).toBe('en');
    expect(localeFromAcceptLanguage('de, es-MX, en')).toBe('es');
  });
  it('ignores languages refused with q=0', () => {
    expect(localeFromAcceptLanguage('en;q=0, es;q=0.1')).toBe('es');
  });
});
