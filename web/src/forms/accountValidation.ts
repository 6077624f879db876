import type { TFunction } from 'i18next';
import type { FieldError } from '../api.ts';

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;
export const NAME_MAX = 120;

export function checkName(field: string, name: string, t: TFunction): FieldError[] {
  if (name.trim() === '') return [{ field, message: t('validation.required') }];
  if (name.trim().length > NAME_MAX) return [{ field, message: t('validation.tooLong', { max: NAME_MAX }) }];
  return [];
}

export function checkEmail(field: string, email: string, t: TFunction): FieldError[] {
  if (email.trim() === '') return [{ field, message: t('validation.required') }];
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) return [{ field, message: t('validation.email') }];
  return [];
}

/** Rules for a new password; existing passwords are only checked for presence. */
export function checkNewPassword(field: string, password: string, t: TFunction): FieldError[] {
  if (password === '') return [{ field, message: t('validation.required') }];
  if (password.length < PASSWORD_MIN) return [{ field, message: t('validation.passwordTooShort', { min: PASSWORD_MIN }) }];
  if (password.length > PASSWORD_MAX) return [{ field, message: t('validation.tooLong', { max: PASSWORD_MAX }) }];
  return [];
}

export function checkPresent(field: string, value: string, t: TFunction): FieldError[] {
  return value === '' ? [{ field, message: t('validation.required') }] : [];
}
