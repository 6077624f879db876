import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { api, ApiError } from '../api.ts';
import { MemberSummary } from '../components/MemberSummary.tsx';
import { Pagination } from '../components/Pagination.tsx';
import { MemberFilterForm } from '../members/MemberFilterForm.tsx';
import { apiQueryFor, filtersFromParams, pageFromParams, searchParamsFor, type MemberFilters } from '../members/memberSearch.ts';
import type { MemberPage } from '../types.ts';
import { usePageTitle } from '../usePageTitle.ts';

type Results = { status: 'loading' } | { status: 'ready'; data: MemberPage } | { status: 'error'; message: string };

export function MembersPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [results, setResults] = useState<Results>({ status: 'loading' });
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const filters = filtersFromParams(params);
  const page = pageFromParams(params);
  const apiQuery = apiQueryFor(filters, page);
  usePageTitle(t('titles.members'));

  useEffect(() => {
    const controller = new AbortController();
    setResults({ status: 'loading' });
    api
      .get<MemberPage>(`/api/members?${apiQuery}`, controller.signal)
      .then((data) => setResults({ status: 'ready', data }))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setResults({ status: 'error', message: error instanceof ApiError ? error.message : t('errors.generic') });
      });
    return () => controller.abort();
  }, [apiQuery, t]);

  const search = (next: MemberFilters) => setParams(searchParamsFor(next, 1));
  const goToPage = (next: number) => {
    setParams(searchParamsFor(filters, next));
    resultsHeading.current?.focus();
  };

  const pageCount = results.status === 'ready' ? Math.max(1, Math.ceil(results.data.total / results.data.pageSize)) : 1;
  const announcement =
    results.status === 'loading'
      ? t('members.searching')
      : results.status === 'ready'
        ? t('members.count', { count: results.data.total })
        : '';

  return (
    <div className="stack">
      <h1>{t('members.title')}</h1>
      <MemberFilterForm key={params.toString()} initial={filters} onSearch={search} />
      <section aria-labelledby="results-title" className="stack">
        <h2 id="results-title" ref={resultsHeading} tabIndex={-1}>
          {t('members.results')}
        </h2>
        <p role="status" className="results-count">
          {announcement}
        </p>
        {results.status === 'error' && (
          <p role="alert" className="notice notice-error">
            {results.message}
          </p>
        )}
        {results.status === 'ready' && results.data.items.length === 0 && (
          <div className="empty-state">
            <p>{t('members.emptyTitle')}</p>
            <p>{t('members.emptyHint')}</p>
          </div>
        )}
        {results.status === 'ready' && results.data.items.length > 0 && (
          <>
            <ul className="member-grid">
              {results.data.items.map((member) => (
                <li key={member.slug}>
                  <MemberSummary member={member} to={`/members/${encodeURIComponent(member.slug)}`} headingLevel={3} />
                </li>
              ))}
            </ul>
            <Pagination page={results.data.page} pageCount={pageCount} onPageChange={goToPage} />
          </>
        )}
      </section>
    </div>
  );
}
