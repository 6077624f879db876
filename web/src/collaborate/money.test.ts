import { describe, expect, it } from 'vitest';
import { amountText, formatMoney, parseAmount } from './money.ts';

describe('parseAmount', () => {
  it.each([
    ['1500', 150_000],
    ['1.500', 150_000],
    ['1,500', 150_000],
    ['1 500', 150_000],
    ['1500,5', 150_050],
    ['1500.50', 150_050],
    ['1.234.567,89', 123_456_789],
    ['1,234,567.89', 123_456_789],
    ['0', 0],
    ['10.999', 1_099_900],
  ])('reads %s as %i hundredths', (text, cents) => {
    expect(parseAmount(text)).toBe(cents);
  });

  it.each(['', 'abc', '-5', '12,345,6789x', '1.5.', '1,23,45', '12.34.56'])('refuses %j', (text) => {
    expect(parseAmount(text)).toBeUndefined();
  });
});

describe('formatMoney and amountText', () => {
  it('formats in the page language', () => {
    expect(formatMoney({ amountCents: 150_000, currency: 'EUR' }, 'en')).toBe('€1,500.00');
    expect(formatMoney({ amountCents: 150_000, currency: 'EUR' }, 'es').replace(/\s/g, ' ')).toBe('1500,00 €');
  });

  it('turns hundredths back into editable text', () => {
    expect(amountText(150_000)).toBe('1500');
    expect(amountText(150_050)).toBe('1500.50');
  });
});
