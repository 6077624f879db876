import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { translations } from './resources.ts';

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

const locales = { es: flatten(translations.es), en: flatten(translations.en) };

describe('web locales', () => {
  it('es and en have exactly the same keys', () => {
    expect([...locales.en.keys()].sort()).toEqual([...locales.es.keys()].sort());
  });

  it('every feature file is merged, and no two files define the same section', () => {
    const files = readdirSync(import.meta.dirname).filter((name) => name.endsWith('.json'));
    for (const locale of ['es', 'en'] as const) {
      const sections = files
        .filter((name) => name.endsWith(`${locale}.json`))
        .flatMap((name) => Object.keys(JSON.parse(readFileSync(`${import.meta.dirname}/${name}`, 'utf8'))));
      expect(new Set(sections).size).toBe(sections.length);
      expect(Object.keys(translations[locale]).sort()).toEqual([...sections].sort());
    }
  });

  it.each(Object.entries(locales))('%s has only non-empty string values', (_locale, entries) => {
    const bad = [...entries].filter(([, value]) => typeof value !== 'string' || value.trim() === '').map(([key]) => key);
    expect(bad).toEqual([]);
  });
});
