import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { api, ApiError } from '../api.ts';
import { CheckboxField } from '../components/CheckboxField.tsx';
import { StatusMessage } from '../components/StatusMessage.tsx';
import { DiscoverSearchForm } from '../discover/DiscoverSearchForm.tsx';
import {
  appendPage,
  discoverPath,
  firstPage,
  hasMore,
  searchPath,
  updateMember,
  withoutMember,
  type RecommendationList,
} from '../discover/discoverList.ts';
import { NextStep } from '../discover/NextStep.tsx';
import { RecommendationCard } from '../discover/RecommendationCard.tsx';
import { focusCardAt } from '../focusCard.ts';
import { useMe } from '../session/useSession.ts';
import type { DiscoverFeedback, DiscoverPage as DiscoverPageData, DiscoverSearchResults, Recommendation } from '../types.ts';
import { usePageTitle } from '../usePageTitle.ts';

type Picks = { status: 'loading' } | { status: 'ready'; list: RecommendationList } | { status: 'error'; message: string };
type Search = { status: 'idle' } | { status: 'loading' } | { status: 'ready'; items: Recommendation[] } | { status: 'error'; message: string };
type ListName = 'picks' | 'search';

const errorMessage = (error: unknown, fallback: string) => (error instanceof ApiError ? error.message : fallback);

/** The URL of the page for a search and the colleagues switch; both live in the query string. */
function discoverParams(query: string, includeCompetitors: boolean): URLSearchParams {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  if (includeCompetitors) params.set('colleagues', '1');
  return params;
}

export function DiscoverPage() {
  const { t } = useTranslation();
  const me = useMe();
  /** The member's weekly batch: how many picks come first, and how many more each "Show more" loads. */
  const batchSize = me.picksPerWeek;
  const [params, setParams] = useSearchParams();
  const query = (params.get('q') ?? '').trim();
  const includeCompetitors = params.get('colleagues') === '1';
  const [picks, setPicks] = useState<Picks>({ status: 'loading' });
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<string | null>(null);
  const [search, setSearch] = useState<Search>({ status: 'idle' });
  const [interested, setInterested] = useState<ReadonlySet<string>>(new Set());
  const [status, setStatus] = useState('');
  const [focusRequest, setFocusRequest] = useState<{ list: ListName; index: number } | null>(null);
  const picksHeading = useRef<HTMLHeadingElement>(null);
  const picksList = useRef<HTMLUListElement>(null);
  const searchHeading = useRef<HTMLHeadingElement>(null);
  const searchList = useRef<HTMLUListElement>(null);
  /** Bumped on every reload of the picks, so a late "Show more" answer for the old list is dropped. */
  const generation = useRef(0);
  usePageTitle(t('titles.discover'));

  useEffect(() => {
    const controller = new AbortController();
    generation.current += 1;
    setPicks({ status: 'loading' });
    setLoadingMore(false);
    setMoreError(null);
    api
      .get<DiscoverPageData>(discoverPath({ limit: batchSize, offset: 0, includeCompetitors }), controller.signal)
      .then((page) => setPicks({ status: 'ready', list: firstPage(page) }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setPicks({ status: 'error', message: errorMessage(error, t('errors.generic')) });
      });
    return () => controller.abort();
  }, [batchSize, includeCompetitors, t]);

  useEffect(() => {
    if (!query) {
      setSearch({ status: 'idle' });
      return;
    }
    const controller = new AbortController();
    setSearch({ status: 'loading' });
    api
      .get<DiscoverSearchResults>(searchPath(query), controller.signal)
      .then((results) => setSearch({ status: 'ready', items: results.items }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setSearch({ status: 'error', message: errorMessage(error, t('errors.generic')) });
      });
    return () => controller.abort();
  }, [query, t]);

  useEffect(() => {
    if (!focusRequest) return;
    if (focusRequest.list === 'picks') focusCardAt(picksList.current, focusRequest.index, picksHeading.current);
    else focusCardAt(searchList.current, focusRequest.index, searchHeading.current);
    setFocusRequest(null);
  }, [focusRequest]);

  const loadMore = async () => {
    if (picks.status !== 'ready' || loadingMore) return;
    const started = generation.current;
    const firstNew = picks.list.items.length;
    setLoadingMore(true);
    setMoreError(null);
    try {
      const page = await api.get<DiscoverPageData>(discoverPath({ limit: batchSize, offset: picks.list.consumed, includeCompetitors }));
      if (generation.current !== started) return;
      setPicks((current) => (current.status === 'ready' ? { status: 'ready', list: appendPage(current.list, page) } : current));
      setFocusRequest({ list: 'picks', index: firstNew });
    } catch (error) {
      if (generation.current === started) setMoreError(errorMessage(error, t('errors.generic')));
    } finally {
      if (generation.current === started) setLoadingMore(false);
    }
  };

  /** Applies a change to the member's card in both lists (they can be in the picks and in a search). */
  const patchEverywhere = (slug: string, patch: Partial<Recommendation>) => {
    setPicks((current) =>
      current.status === 'ready' ? { status: 'ready', list: { ...current.list, items: updateMember(current.list.items, slug, patch) } } : current,
    );
    setSearch((current) => (current.status === 'ready' ? { status: 'ready', items: updateMember(current.items, slug, patch) } : current));
  };

  const nameOf = (recommendation: Recommendation) => recommendation.member.name || t('profile.unnamed');

  const onConnected = (recommendation: Recommendation) => {
    patchEverywhere(recommendation.member.slug, { connection: 'pending-outgoing' });
    setStatus(t('discover.requestSentTo', { name: nameOf(recommendation) }));
  };

  const onInterested = (recommendation: Recommendation) => {
    setInterested((current) => new Set(current).add(recommendation.member.slug));
    setStatus(t('discover.markedInterested', { name: nameOf(recommendation) }));
  };

  const onSkipped = (list: ListName, recommendation: Recommendation, reason: Exclude<DiscoverFeedback, 'interested'>) => {
    const slug = recommendation.member.slug;
    const items = list === 'picks' ? (picks.status === 'ready' ? picks.list.items : []) : search.status === 'ready' ? search.items : [];
    const index = items.findIndex((item) => item.member.slug === slug);
    setPicks((current) => (current.status === 'ready' ? { status: 'ready', list: withoutMember(current.list, slug) } : current));
    setSearch((current) => (current.status === 'ready' ? { status: 'ready', items: current.items.filter((item) => item.member.slug !== slug) } : current));
    setFocusRequest({ list, index });
    setStatus(t(reason === 'competitor' ? 'discover.skippedCompetitor' : 'discover.skipped', { name: nameOf(recommendation) }));
  };

  const cards = (list: ListName, items: Recommendation[]) =>
    items.map((recommendation) => (
      <li key={recommendation.member.slug}>
        <RecommendationCard
          recommendation={recommendation}
          listName={list}
          interested={interested.has(recommendation.member.slug)}
          onConnected={onConnected}
          onInterested={onInterested}
          onSkipped={(skipped, reason) => onSkipped(list, skipped, reason)}
        />
      </li>
    ));

  const onboarded = me.profile.onboardingCompletedAt !== null;
  const list = picks.status === 'ready' ? picks.list : null;
  const picksCount =
    picks.status === 'loading'
      ? t('discover.loadingPicks')
      : loadingMore
        ? t('discover.loadingMore')
        : list && list.total > 0
          ? t('discover.shownOfTotal', { shown: list.items.length, count: list.total })
          : '';
  const searchCount =
    search.status === 'loading' ? t('discover.searching') : search.status === 'ready' ? t('discover.searchCount', { count: search.items.length }) : '';

  return (
    <div className="stack discover">
      <h1>{t('discover.title')}</h1>
      <p className="lead">{t('discover.intro')}</p>
      <DiscoverSearchForm
        key={query}
        initial={query}
        onSearch={(next) => setParams(discoverParams(next, includeCompetitors))}
        clearTo={query ? `/discover?${discoverParams('', includeCompetitors).toString()}` : null}
      />
      <StatusMessage message={status} />

      {query && (
        <section aria-labelledby="search-title" className="stack">
          <h2 id="search-title" ref={searchHeading} tabIndex={-1}>
            {t('discover.searchResults', { query })}
          </h2>
          <p role="status" className="results-count">
            {searchCount}
          </p>
          {search.status === 'error' && (
            <p role="alert" className="notice notice-error">
              {search.message}
            </p>
          )}
          {search.status === 'ready' && search.items.length === 0 && (
            <div className="empty-state">
              <p>{t('discover.searchEmpty', { query })}</p>
              <p>{t('discover.searchEmptyHint')}</p>
            </div>
          )}
          {search.status === 'ready' && search.items.length > 0 && (
            <ul className="recommendation-list" ref={searchList}>
              {cards('search', search.items)}
            </ul>
          )}
        </section>
      )}

      <section aria-labelledby="picks-title" className="stack">
        <h2 id="picks-title" ref={picksHeading} tabIndex={-1}>
          {t('discover.picksTitle')}
        </h2>
        <CheckboxField
          name="includeCompetitors"
          label={t('discover.includeCompetitors')}
          hint={t('discover.includeCompetitorsHint')}
          checked={includeCompetitors}
          onChange={(checked) => setParams(discoverParams(query, checked), { replace: true })}
        />
        <p role="status" className="results-count">
          {picksCount}
        </p>
        {picks.status === 'error' && (
          <p role="alert" className="notice notice-error">
            {picks.message}
          </p>
        )}
        {list?.nextStep && <NextStep step={list.nextStep} onboarded={onboarded} />}
        {list && list.items.length === 0 && !list.nextStep && !hasMore(list) && (
          <div className="empty-state">
            <p>{t('discover.emptyTitle')}</p>
            <p>{t('discover.emptyHint')}</p>
            <p>
              <Link to="/members">{t('home.browseMembers')}</Link>
            </p>
          </div>
        )}
        {list && list.items.length > 0 && (
          <ul className="recommendation-list" ref={picksList}>
            {cards('picks', list.items)}
          </ul>
        )}
        {moreError && (
          <p role="alert" className="notice notice-error">
            {moreError}
          </p>
        )}
        {list && hasMore(list) && (
          <div className="actions">
            <button type="button" className="button button-secondary" aria-disabled={loadingMore} onClick={() => void loadMore()}>
              {t('discover.showMore')}
            </button>
          </div>
        )}
        {list && !hasMore(list) && list.items.length > 0 && <p className="field-hint">{t('discover.allShown')}</p>}
      </section>
    </div>
  );
}
