export const PAGE_SIZE = 20;

export const FILTER_KEYS = ['q', 'city', 'country', 'sector', 'language', 'goal'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type MemberFilters = Record<FilterKey, string>;

export function filtersFromParams(params: URLSearchParams): MemberFilters {
  return Object.fromEntries(FILTER_KEYS.map((key) => [key, params.get(key) ?? ''])) as MemberFilters;
}

export function pageFromParams(params: URLSearchParams): number {
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  return Number.isFinite(page) && page > 0 ? page : 1;
}

export function hasFilters(filters: MemberFilters): boolean {
  return FILTER_KEYS.some((key) => filters[key].trim() !== '');
}

/** The page's URL search params: only non-empty filters, and the page when past the first. */
export function searchParamsFor(filters: MemberFilters, page: number): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key].trim();
    if (value) params.set(key, value);
  }
  if (page > 1) params.set('page', String(page));
  return params;
}

/** The GET /api/members query for the given filters and page. */
export function apiQueryFor(filters: MemberFilters, page: number): string {
  const params = searchParamsFor(filters, 1);
  params.set('page', String(page));
  params.set('pageSize', String(PAGE_SIZE));
  return params.toString();
}
