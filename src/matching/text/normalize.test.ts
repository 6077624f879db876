import { describe, expect, it } from 'vitest';
import { foldText, inflectionStem, stemText, stemWord, tokenize, tokenizeWithQualifier } from './normalize.ts';

const stem = (word: string) => stemWord(foldText(word));
const sameStem = (...words: string[]) => expect(new Set(words.map(stem)), words.join(', ')).toHaveLength(1);

describe('foldText', () => {
  it('lower-cases, strips accents and turns punctuation into single spaces', () => {
    expect(foldText('¡Fotografía  de BODAS, en Málaga!')).toBe('fotografia de bodas en malaga');
    expect(foldText('Diseño & Señalética / IT-services')).toBe('diseno senaletica it services');
    expect(foldText('  ')).toBe('');
  });
});

describe('tokenize', () => {
  it('drops Spanish and English stop words and request verbs', () => {
    expect(tokenize('Busco fotógrafa para bodas en la sierra')).toEqual(['fotografa', 'bodas', 'sierra']);
    expect(tokenize('Looking for an accountant in the UK')).toEqual(['accountant', 'uk']);
    expect(tokenize('de la y con')).toEqual([]);
  });
  it('keeps a stop word written in capitals as an acronym, unless the whole text is in capitals', () => {
    expect(tokenize('Soporte IT para pymes')).toEqual(['soporte', 'it', 'pymes']);
    expect(tokenize('IT')).toEqual(['it']);
    expect(tokenize('make it simple')).toEqual(['make', 'simple']);
    expect(tokenize('LOOKING FOR IT SUPPORT')).toEqual(['support']);
  });
  it('keeps a word that only folds into a stop word because of its ñ', () => {
    expect(tokenize('uñas de gel')).toEqual(['unas', 'gel']);
    expect(tokenize('unas clases')).toEqual(['clases']);
  });
});

describe('tokenizeWithQualifier', () => {
  it('marks where a phrase starts saying whom or what it is for', () => {
    expect(tokenizeWithQualifier('Software de reservas para restaurantes')).toEqual({ words: ['software', 'reservas', 'restaurantes'], qualifierStart: 2 });
    expect(tokenizeWithQualifier('Spanish wineries looking for a UK importer')).toEqual({ words: ['spanish', 'wineries', 'uk', 'importer'], qualifierStart: 2 });
    expect(tokenizeWithQualifier('pymes sin informático').qualifierStart).toBe(1);
    expect(tokenizeWithQualifier('fotografía de bodas').qualifierStart).toBe(2);
  });
});

describe('stemWord', () => {
  it('joins Spanish gender, plural and profession forms', () => {
    sameStem('fotógrafo', 'fotógrafa', 'fotografía', 'fotógrafos', 'fotografías', 'fotográfico');
    sameStem('abogado', 'abogada', 'abogados');
    sameStem('diseño', 'diseñador', 'diseñadora');
  });
  it('joins English agent nouns, activities and plurals', () => {
    sameStem('photographer', 'photography', 'photographs', 'photographic');
    sameStem('accountant', 'accounting', 'accounts', 'accountancy');
    sameStem('wedding', 'weddings');
    sameStem('planner', 'planning', 'plan');
  });
  it('joins -ería, -ista and -ist trades', () => {
    sameStem('florist', 'floristería', 'florería', 'florista', 'floristas', 'flores');
  });
  it('handles -es plurals, -ción/-ciones and -bilidad', () => {
    sameStem('flor', 'flores');
    sameStem('organización', 'organizaciones', 'organizador', 'organizadora');
    sameStem('contable', 'contables', 'contabilidad');
    sameStem('consultor', 'consultoría', 'consultant', 'consulting', 'consultancy');
  });
  it('keeps apart words that only look alike, and words whose s or double letter is their own', () => {
    expect(stem('seguros')).not.toBe(stem('seguridad'));
    expect(stem('tinto')).not.toBe(stem('tintorería'));
    sameStem('engineer', 'engineering');
    sameStem('caterer', 'catering');
    expect(stem('business')).toBe('business');
    expect(stem('businesses')).toBe('business');
    expect(stem('classes')).toBe(stem('class'));
  });
  it('keeps derivational suffixes off short words they do not belong to', () => {
    sameStem('músico', 'músicos', 'música', 'music');
    expect(stem('museo')).not.toBe(stem('músico'));
    expect(stem('logística')).not.toBe(stem('logo'));
    expect(stem('logist')).not.toBe(stem('logo'));
    expect(stem('barista')).not.toBe(stem('bar'));
    expect(stem('caseros')).not.toBe(stem('casas'));
  });
  it('takes one final vowel off at most', () => {
    expect(stem('museo')).toBe('muse');
    expect(stem('fotógrafas')).toBe(stem('fotógrafo'));
  });
  it('leaves short words alone', () => {
    expect(stem('uk')).toBe('uk');
    expect(stem('bar')).toBe('bar');
  });
});

describe('inflectionStem', () => {
  const form = (word: string) => inflectionStem(foldText(word));
  it('takes off plural and gender only, so words with one stem can still be told apart', () => {
    expect(new Set(['músico', 'músicos', 'música', 'music'].map(form))).toHaveLength(1);
    expect(new Set(['funding', 'fundación', 'fundador'].map(form))).toHaveLength(3);
    expect(new Set(['funding', 'fundación', 'fundador'].map(stem))).toHaveLength(1);
    expect(form('fundadoras')).toBe(form('fundador'));
  });
});

describe('stemText', () => {
  it('stems the meaningful words of a phrase in order', () => {
    expect(stemText('Fotógrafas de bodas')).toEqual(stemText('fotografo boda'));
  });
});
