import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { es } from './es.ts';
import { gainKeys, rationaleKeys, type IdeaTexts, type RationaleWords } from './idea-texts.ts';

// Words that give away a template written in, or leaking from, the other language.
const englishWords = /\b(the|and|with|for|to|of|on|you|your|their|each|other|both|clients?|joint|offer|package|work|share)\b/i;
const spanishWords = /\b(el|la|los|las|del|para|con|que|una?|y|os|cada|otro|clientes|conjunt[oa]|oferta|sin)\b/i;

const words: Record<'es' | 'en', RationaleWords> = {
  es: {
    first: 'fotografía de bodas', second: 'floristería', audience: es.forCustomer('parejas que se casan'),
    sphere: 'bodas y celebraciones', placeA: 'Madrid', placeB: 'Sevilla', market: 'Reino Unido',
  },
  en: {
    first: 'wedding photography', second: 'floristry', audience: en.forCustomer('couples getting married'),
    sphere: 'weddings & celebrations', placeA: 'Madrid', placeB: 'Seville', market: 'United Kingdom',
  },
};

function everyText(texts: IdeaTexts, locale: 'es' | 'en'): string[] {
  const w = words[locale];
  return [
    ...rationaleKeys.map((key) => texts.rationale[key](w)),
    ...rationaleKeys.map((key) => texts.rationale[key]({ ...w, audience: texts.onSphere(w.sphere) })),
    ...gainKeys.map((key) => texts.gains[key](w.first, w.second)),
  ];
}

describe('idea texts', () => {
  it('has every Spanish template in Spanish only', () => {
    for (const text of everyText(es, 'es')) {
      expect(text.trim().length, text).toBeGreaterThan(20);
      expect(text, text).not.toMatch(englishWords);
    }
  });

  it('has every English template in English only', () => {
    for (const text of everyText(en, 'en')) {
      expect(text.trim().length, text).toBeGreaterThan(20);
      expect(text, text).not.toMatch(spanishWords);
    }
  });
});
