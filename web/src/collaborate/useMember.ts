import { api } from '../api.ts';
import { useApiData } from '../meetings/useApiData.ts';
import type { Member } from '../types.ts';

/** The member at `slug` (a 404 when unknown or hidden), or nothing to load without a slug. */
export function useMember(slug: string) {
  return useApiData<Member | null>(`member:${slug}`, (signal) =>
    slug ? api.get<Member>(`/api/members/${encodeURIComponent(slug)}`, signal) : Promise.resolve(null),
  );
}
