import type { DiscoverPage, Recommendation } from '../types.ts';

export const SEARCH_LIMIT = 10;
export const NOTE_MAX_LENGTH = 300;

/** The recommendations shown so far, and where the next page starts in the server's ranking. */
export interface RecommendationList {
  items: Recommendation[];
  total: number;
  nextStep: DiscoverPage['nextStep'];
  /**
   * Places of the server's ranking covered by the pages loaded so far. Skipped members leave the
   * ranking on the server, so each skip moves the next page's offset back by one.
   */
  consumed: number;
}

/** `limit` places of the ranking from `offset`. */
export function discoverPath({ limit, offset, includeCompetitors }: { limit: number; offset: number; includeCompetitors: boolean }): string {
  const params = new URLSearchParams({ limit: String(limit), offset: String(offset), includeCompetitors: String(includeCompetitors) });
  return `/api/discover?${params.toString()}`;
}

export function searchPath(query: string): string {
  const params = new URLSearchParams({ q: query, limit: String(SEARCH_LIMIT) });
  return `/api/discover/search?${params.toString()}`;
}

export function firstPage(page: DiscoverPage): RecommendationList {
  return appendPage({ items: [], total: 0, nextStep: null, consumed: 0 }, page);
}

/** Adds the next page, leaving out anyone already shown. */
export function appendPage(list: RecommendationList, page: DiscoverPage): RecommendationList {
  const shown = new Set(list.items.map((item) => item.member.slug));
  const consumed = list.consumed + page.items.length;
  return {
    items: [...list.items, ...page.items.filter((item) => !shown.has(item.member.slug))],
    // An empty page means the ranking ended, whatever the total said.
    total: page.items.length === 0 ? consumed : Math.max(page.total, consumed),
    nextStep: page.nextStep,
    consumed,
  };
}

export function hasMore(list: RecommendationList): boolean {
  return list.consumed < list.total;
}

/** The list after the member was skipped (a no-op when they are not in it). */
export function withoutMember(list: RecommendationList, slug: string): RecommendationList {
  if (!list.items.some((item) => item.member.slug === slug)) return list;
  return {
    ...list,
    items: list.items.filter((item) => item.member.slug !== slug),
    total: Math.max(0, list.total - 1),
    consumed: Math.max(0, list.consumed - 1),
  };
}

/** Applies a change to the member's card wherever it is in the list. */
export function updateMember(items: Recommendation[], slug: string, patch: Partial<Recommendation>): Recommendation[] {
  return items.map((item) => (item.member.slug === slug ? { ...item, ...patch } : item));
}
