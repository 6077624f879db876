import { fieldProblems, type FieldProblem } from '../../http/problem.ts';
import { defaultCurrency, maxValueCents, type Money, type ReferralStatus } from './model.ts';

/** How the third party can be reached, as given: at least an email or a phone. */
export interface ContactInput {
  name: string;
  email?: string;
  phone?: string;
  company?: string;
}

export interface Contact {
  name: string;
  email: string | null;
  phone: string | null;
  company: string;
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const phonePattern = /^\+?[\d\s().-]+$/;
const digitCount = (phone: string) => phone.replace(/\D/g, '').length;
// An empty optional field is an absent one, as forms send them.
const present = (text: string | undefined) => (text?.trim() ? text.trim() : null);

/**
 * The third party's details checked and trimmed, and the giver's word that they agreed to be
 * contacted: every problem at once, as field errors.
 */
export function checkContact(contact: ContactInput, consent: boolean): Contact {
  const problems: FieldProblem[] = [];
  const email = present(contact.email);
  const phone = present(contact.phone);
  if (email && !emailPattern.test(email)) problems.push({ field: 'contact/email', key: 'validation.email' });
  // E.164 numbers have at most 15 digits; fewer than 6 reach nobody.
  if (phone && (!phonePattern.test(phone) || digitCount(phone) < 6 || digitCount(phone) > 15))
    problems.push({ field: 'contact/phone', key: 'validation.referral.phone' });
  if (!email && !phone) problems.push({ field: 'contact', key: 'validation.referral.contactRequired' });
  if (!consent) problems.push({ field: 'consent', key: 'validation.referral.consent' });
  if (problems.length) throw fieldProblems(problems);
  return { name: contact.name.trim(), email, phone, company: contact.company?.trim() ?? '' };
}

const knownCurrencies = new Set(Intl.supportedValuesOf('currency'));

/**
 * The closed-business value that goes with a move: required when won (default currency EUR),
 * refused with any other status so a value never sits on a referral that was not won.
 */
export function checkOutcome(status: ReferralStatus, outcome: { valueCents?: number; currency?: string }): Money | null {
  if (status !== 'won') {
    if (outcome.valueCents !== undefined || outcome.currency !== undefined) throw fieldProblems([{ field: 'valueCents', key: 'validation.referral.valueOnlyWon' }]);
    return null;
  }
  const { valueCents, currency = defaultCurrency } = outcome;
  const problems: FieldProblem[] = [];
  if (valueCents === undefined) problems.push({ field: 'valueCents', key: 'validation.referral.valueRequired' });
  else if (!Number.isSafeInteger(valueCents) || valueCents < 1 || valueCents > maxValueCents)
    problems.push({ field: 'valueCents', key: 'validation.referral.valueRange', params: { max: maxValueCents } });
  if (!knownCurrencies.has(currency)) problems.push({ field: 'currency', key: 'validation.referral.currency' });
  if (problems.length) throw fieldProblems(problems);
  return { amountCents: valueCents!, currency };
}
