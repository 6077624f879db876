import { describe, expect, it } from 'vitest';
import { trigramSimilarity, trigrams } from './trigram.ts';

describe('trigrams', () => {
  it('pads each word like pg_trgm', () => {
    expect([...trigrams('Boda')].sort()).toEqual(['  b', ' bo', 'bod', 'da ', 'oda']);
  });
});

describe('trigramSimilarity', () => {
  it('is 1 for the same text, ignoring case and accents, and 0 for empty text', () => {
    expect(trigramSimilarity('Fotografía', 'fotografia')).toBe(1);
    expect(trigramSimilarity('', 'boda')).toBe(0);
  });
  it('stays high for typos and low for unrelated words', () => {
    expect(trigramSimilarity('fotogrfía', 'fotografía')).toBeGreaterThan(0.55);
    expect(trigramSimilarity('photografer', 'photographer')).toBeGreaterThan(0.5);
    expect(trigramSimilarity('fotografía', 'contabilidad')).toBeLessThan(0.1);
  });
});
