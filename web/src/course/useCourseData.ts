import { useMe } from '../session/useSession.ts';
import { useApiData } from '../meetings/useApiData.ts';

/**
 * Loads course data, again when the account's language changes: lessons come in that language,
 * and the language switcher changes it (the session's `me` follows once the server has it).
 */
export function useCourseData<T>(key: string, load: (signal: AbortSignal) => Promise<T>) {
  const me = useMe();
  return useApiData(`${key}:${me.locale}`, load);
}
