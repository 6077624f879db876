import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api.ts';

export type Loaded<T> =
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'error'; message: string; httpStatus: number };

/**
 * Loads `load` when `key` changes (aborting the previous request), and on `reload`.
 * `set` replaces the data with what an action answered, without asking again.
 */
export function useApiData<T>(key: string, load: (signal: AbortSignal) => Promise<T>) {
  const { t } = useTranslation();
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const loadedKey = useRef(key);

  useEffect(() => {
    const controller = new AbortController();
    // Something else is asked for: what was shown no longer applies. A reload keeps it until the answer.
    if (loadedKey.current !== key) {
      loadedKey.current = key;
      setState({ status: 'loading' });
    }
    load(controller.signal)
      .then((data) => setState({ status: 'ready', data }))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        if (!(error instanceof ApiError)) throw error;
        setState({ status: 'error', message: error.message || t('errors.generic'), httpStatus: error.status });
      });
    return () => controller.abort();
    // `load` is a new function on every render; `key` says when it asks for something else.
  }, [key, generation, t]);

  const reload = useCallback(() => setGeneration((current) => current + 1), []);
  const set = useCallback((data: T) => setState({ status: 'ready', data }), []);
  return { state, reload, set };
}
