import { describe, expect, it } from 'vitest';
import { rankedPitches } from '../fixtures/ranked-pitches.ts';
import { guessPitchLanguage } from './guess-language.ts';

describe('guessPitchLanguage', () => {
  it('recognises Spanish and English pitches', () => {
    expect(guessPitchLanguage('Ayudo a las clínicas dentales de Valencia a llenar su agenda; busco conocer a sus gerentes.')).toBe('es');
    expect(guessPitchLanguage('I help dental clinics in Leeds fill their diaries, and I am looking for their managers.')).toBe('en');
    for (const language of ['es', 'en'] as const)
      for (const { text } of rankedPitches[language].filter(({ text }) => text.split(' ').length >= 8)) expect(guessPitchLanguage(text), text).toBe(language);
  });

  it('says null for other languages, which share a few words with Spanish or English', () => {
    expect(guessPitchLanguage("Bonjour, je suis Marie et j'aide les petites entreprises à trouver des clients dans la région de Lyon.")).toBeNull();
    expect(guessPitchLanguage('Ich helfe kleinen Unternehmen in Berlin, ihre Buchhaltung in den Griff zu bekommen, und suche Steuerberater.')).toBeNull();
    expect(guessPitchLanguage('Ajudo pequenas empresas a organizar as suas finanças e procuro contactos com contabilistas no Porto.')).toBeNull();
    expect(guessPitchLanguage('Aiuto le piccole imprese a trovare nuovi clienti e cerco contatti con commercialisti a Milano.')).toBeNull();
  });

  it('says null when there is too little to tell', () => {
    expect(guessPitchLanguage('')).toBeNull();
    expect(guessPitchLanguage('Contabilidad. Restaurantes. Valencia.')).toBeNull();
  });
});
