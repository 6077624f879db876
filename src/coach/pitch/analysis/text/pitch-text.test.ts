import { describe, expect, it } from 'vitest';
import { findCues } from './cues.ts';
import { foldText, originalSlice } from './folded-text.ts';
import { quoteSentence, readPitch } from './pitch-text.ts';

describe('reading a pitch', () => {
  it('folds case, accents and typographic apostrophes, and maps back to the text as written', () => {
    const text = foldText('Líderes del SECTOR, I’m Ñandú');
    expect(text.folded).toBe("lideres del sector, i'm nandu");
    expect(originalSlice(text, 0, 7)).toBe('Líderes');
    // Already decomposed input (e + combining acute) quotes with its accent.
    const decomposed = foldText('cafe\u0301 solo');
    expect(decomposed.folded).toBe('cafe solo');
    expect(originalSlice(decomposed, 0, 4)).toBe('cafe\u0301');
  });

  it('counts words, keeping numbers, contractions and hyphenated words whole', () => {
    const pitch = readPitch("I'm a best-in-class ... 3.000 € y un 2,5 % — ¡sí!");
    expect(pitch.tokens.map((token) => token.folded)).toEqual(["i'm", 'a', 'best-in-class', '3.000', 'y', 'un', '2,5', 'si']);
  });

  it('splits sentences at . ! ? … and line breaks, not inside numbers', () => {
    const pitch = readPitch('Ahorro 1.500 € al mes. ¿Te interesa?\nBusco gerentes… Gracias');
    expect(pitch.sentences.map((sentence) => quoteSentence(pitch, sentence))).toEqual([
      'Ahorro 1.500 € al mes.',
      '¿Te interesa?',
      'Busco gerentes…',
      'Gracias',
    ]);
  });

  it('quotes a long sentence up to a number of words', () => {
    const pitch = readPitch('uno dos tres cuatro cinco seis.');
    expect(quoteSentence(pitch, pitch.sentences[0]!, 3)).toBe('uno dos tres…');
  });

  it('finds cues ignoring case and accents, on word boundaries, with endings and hyphens', () => {
    const pitch = readPitch('Somos LIDERES DEL SECTOR y ahorramos; best in class. Calidades, no: calidad.');
    const quotes = (cues: string[]) => findCues(pitch, cues).map((match) => originalSlice(pitch.text, match.start, match.end));
    expect(quotes(['líderes del sector'])).toEqual(['LIDERES DEL SECTOR']);
    expect(quotes(['ahorr*'])).toEqual(['ahorramos']);
    expect(quotes(['best-in-class'])).toEqual(['best in class']);
    expect(quotes(['calidad'])).toEqual(['calidad']);
  });
});
