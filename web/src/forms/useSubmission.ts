import { useCallback, useState } from 'react';
import { ApiError, type FieldError } from '../api.ts';

export interface Submission {
  sending: boolean;
  errors: FieldError[];
  /** A form-level error that is not tied to one field. */
  message: string | null;
  /**
   * Shows `clientErrors` if any; otherwise runs `action`, collecting API errors.
   * Resolves to true when the action succeeded.
   */
  submit: (action: () => Promise<void>, clientErrors?: FieldError[]) => Promise<boolean>;
  /** Forgets shown errors, e.g. when leaving a step of a multi-step form. */
  clear: () => void;
}

export function useSubmission(): Submission {
  const [sending, setSending] = useState(false);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [message, setMessage] = useState<string | null>(null);

  const submit = useCallback(async (action: () => Promise<void>, clientErrors: FieldError[] = []) => {
    setErrors(clientErrors);
    setMessage(null);
    if (clientErrors.length > 0) return false;
    setSending(true);
    try {
      await action();
      return true;
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setErrors(error.fieldErrors);
      setMessage(error.message);
      return false;
    } finally {
      setSending(false);
    }
  }, []);

  const clear = useCallback(() => {
    setErrors([]);
    setMessage(null);
  }, []);

  return { sending, errors, message, submit, clear };
}
