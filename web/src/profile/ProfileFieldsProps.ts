import type { FieldError } from '../api.ts';
import type { ProfileFormValues } from './profileForm.ts';

export interface ProfileFieldsProps {
  values: ProfileFormValues;
  onChange: (patch: Partial<ProfileFormValues>) => void;
  errors: readonly FieldError[];
}
