import { describe, expect, it } from 'vitest';
import { ProblemError } from '../../http/problem.ts';
import { checkContact, checkOutcome } from './input.ts';
import { maxValueCents } from './model.ts';

/** The field errors a check throws, as { field: message key }. */
function problemsOf(check: () => unknown): Record<string, string> {
  try {
    check();
  } catch (error) {
    if (!(error instanceof ProblemError)) throw error;
    expect(error.status).toBe(400);
    return Object.fromEntries(error.fieldErrors.map((e) => [e.field, e.key]));
  }
  throw new Error('no problem was thrown');
}

describe('the third party’s contact details', () => {
  it('trims them and treats empty fields as absent', () => {
    expect(checkContact({ name: ' Lucía Pérez ', email: ' lucia@example.es ', phone: '  ', company: ' Flores Lucía ' }, true)).toEqual({
      name: 'Lucía Pérez',
      email: 'lucia@example.es',
      phone: null,
      company: 'Flores Lucía',
    });
    expect(checkContact({ name: 'Tom', phone: '+44 20 7946 0958' }, true)).toEqual({ name: 'Tom', email: null, phone: '+44 20 7946 0958', company: '' });
  });

  it('needs an email or a phone, both valid, and the third party’s consent — every problem at once', () => {
    expect(problemsOf(() => checkContact({ name: 'Tom', email: '', phone: '' }, false))).toEqual({
      contact: 'validation.referral.contactRequired',
      consent: 'validation.referral.consent',
    });
    expect(problemsOf(() => checkContact({ name: 'Tom', email: 'tom@', phone: '12345' }, true))).toEqual({
      'contact/email': 'validation.email',
      'contact/phone': 'validation.referral.phone',
    });
    expect(problemsOf(() => checkContact({ name: 'Tom', phone: '+34 600 000 000 000 000' }, true))).toEqual({ 'contact/phone': 'validation.referral.phone' });
    expect(problemsOf(() => checkContact({ name: 'Tom', phone: 'call me maybe' }, true))).toEqual({ 'contact/phone': 'validation.referral.phone' });
    expect(problemsOf(() => checkContact({ name: 'Tom', email: 'tom@example.com' }, false))).toEqual({ consent: 'validation.referral.consent' });
  });
});

describe('the closed business value', () => {
  it('goes with "won" only, in EUR unless another currency is named', () => {
    expect(checkOutcome('won', { valueCents: 125_000 })).toEqual({ amountCents: 125_000, currency: 'EUR' });
    expect(checkOutcome('won', { valueCents: maxValueCents, currency: 'USD' })).toEqual({ amountCents: maxValueCents, currency: 'USD' });
    expect(checkOutcome('contacted', {})).toBeNull();
    expect(problemsOf(() => checkOutcome('lost', { valueCents: 100 }))).toEqual({ valueCents: 'validation.referral.valueOnlyWon' });
    expect(problemsOf(() => checkOutcome('meeting', { currency: 'EUR' }))).toEqual({ valueCents: 'validation.referral.valueOnlyWon' });
  });

  it('refuses a missing, negative, zero, fractional or absurd value and an unknown currency', () => {
    expect(problemsOf(() => checkOutcome('won', {}))).toEqual({ valueCents: 'validation.referral.valueRequired' });
    for (const valueCents of [-500, 0, 10.5, maxValueCents + 1, Number.MAX_SAFE_INTEGER + 2])
      expect(problemsOf(() => checkOutcome('won', { valueCents }))).toEqual({ valueCents: 'validation.referral.valueRange' });
    expect(problemsOf(() => checkOutcome('won', { valueCents: 100, currency: 'XYZ' }))).toEqual({ currency: 'validation.referral.currency' });
  });
});
