import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api.ts';
import { useApiData } from '../meetings/useApiData.ts';
import type { Page } from './collaborateApi.ts';

/**
 * A list loaded ten at a time: the first page for `key`, then "show more" pages after the cursor.
 * Pages shown after the first belong to the key they were loaded for (a filter, a role).
 */
export function usePagedList<T>(key: string, load: (before: string | undefined, signal?: AbortSignal) => Promise<Page<T>>) {
  const { t } = useTranslation();
  const first = useApiData(key, (signal) => load(undefined, signal));
  const [more, setMore] = useState<Page<T> & { key: string }>({ items: [], next: null, key: '' });
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState('');
  const list = useRef<HTMLUListElement>(null);
  const data = first.state.status === 'ready' ? first.state.data : null;
  const extra = more.key === key ? more : { items: [], next: null, key };
  const items = data ? [...data.items, ...extra.items] : [];
  const next = extra.items.length ? extra.next : (data?.next ?? null);

  const showMore = async () => {
    if (!next) return;
    setLoadingMore(true);
    setError('');
    const shown = items.length;
    try {
      const page = await load(next);
      setMore({ items: [...extra.items, ...page.items], next: page.next, key });
      // Keyboard users carry on from the first item just added.
      requestAnimationFrame(() => list.current?.querySelectorAll<HTMLElement>(':scope > li h3 a')[shown]?.focus());
    } catch (caught) {
      if (!(caught instanceof ApiError)) throw caught;
      setError(caught.message || t('errors.generic'));
    } finally {
      setLoadingMore(false);
    }
  };

  return { state: first.state, data, items, next, list, more: { next, loadingMore, error, showMore } };
}

/** The error of the last "show more" and the button asking for the next page. */
export function ShowMore({ next, loadingMore, error, showMore }: ReturnType<typeof usePagedList>['more']) {
  const { t } = useTranslation();
  return (
    <>
      {error && (
        <p role="alert" className="notice notice-error">
          {error}
        </p>
      )}
      {next && (
        <button type="button" className="button button-secondary" disabled={loadingMore} aria-busy={loadingMore} onClick={() => void showMore()}>
          {t('collaborate.showMore')}
        </button>
      )}
    </>
  );
}
