import type { TFunction } from 'i18next';
import type { FieldError } from '../api.ts';

/** The server's limit for a concept's name or synonym. */
export const TERM_MAX = 80;

export function checkTerm(field: string, term: string, t: TFunction): FieldError[] {
  if (term.trim() === '') return [{ field, message: t('validation.required') }];
  if (term.trim().length > TERM_MAX) return [{ field, message: t('validation.tooLong', { max: TERM_MAX }) }];
  return [];
}
