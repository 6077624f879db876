import { describe, expect, it } from 'vitest';
import { isTransposition } from './transposition.ts';

describe('isTransposition', () => {
  it('recognises two neighbouring letters swapped, anywhere in the word', () => {
    expect(isTransposition('weddnig', 'wedding')).toBe(true);
    expect(isTransposition('lcoales', 'locales')).toBe(true);
    expect(isTransposition('tuorism', 'tourism')).toBe(true);
    expect(isTransposition('servidoers', 'servidores')).toBe(true);
  });
  it('refuses the same word, other typos and letters swapped further apart', () => {
    expect(isTransposition('wedding', 'wedding')).toBe(false);
    expect(isTransposition('weding', 'wedding')).toBe(false);
    expect(isTransposition('wedbing', 'wedding')).toBe(false);
    expect(isTransposition('wddeing', 'wedding')).toBe(false);
    expect(isTransposition('ewddign', 'wedding')).toBe(false);
  });
});
