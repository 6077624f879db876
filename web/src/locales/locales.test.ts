import { describe, expect, it } from 'vitest';
import en from './en.json' with { type: 'json' };
import es from './es.json' with { type: 'json' };

function flatten(value: unknown, prefix = ''): Map<string, unknown> {
  const entries = new Map<string, unknown>();
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) {
      for (const [path, leaf] of flatten(child, prefix ? `${prefix}.${key}` : key)) entries.set(path, leaf);
    }
  } else {
    entries.set(prefix, value);
  }
  return entries;
}

const locales = { es: flatten(es), en: flatten(en) };

describe('web locales', () => {
  it('es and en have exactly the same keys', () => {
    expect([...locales.en.keys()].sort()).toEqual([...locales.es.keys()].sort());
  });

  it.each(Object.entries(locales))('%s has only non-empty string values', (_locale, entries) => {
    const bad = [...entries].filter(([, value]) => typeof value !== 'string' || value.trim() === '').map(([key]) => key);
    expect(bad).toEqual([]);
  });
});
