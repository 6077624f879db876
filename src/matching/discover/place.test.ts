import { describe, expect, it } from 'vitest';
import { placeInText } from './place.ts';

const cities = ['Valencia', 'València', 'Madrid', 'Málaga', 'San Sebastián', 'San Sebastián de los Reyes'];

describe('placeInText', () => {
  it('finds a known city, accents and case aside, with its other spellings, and drops the preposition', () => {
    expect(placeInText('busco abogado mercantil en Valencia', cities)).toEqual({ cities: ['Valencia', 'València'], rest: 'busco abogado mercantil' });
    expect(placeInText('accountant in MALAGA please', cities)).toEqual({ cities: ['Málaga'], rest: 'accountant please' });
    expect(placeInText('cerca de Madrid', cities)).toEqual({ cities: ['Madrid'], rest: '' });
  });

  it('prefers the longest name and only whole words', () => {
    expect(placeInText('fontanero San Sebastián de los Reyes', cities)?.cities).toEqual(['San Sebastián de los Reyes']);
    expect(placeInText('madridista', cities)).toBeUndefined();
    expect(placeInText('seo', cities)).toBeUndefined();
  });
});
