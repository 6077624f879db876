import { useCallback, useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, ApiError } from '../api.ts';
import { Loading } from '../components/Loading.tsx';
import { Pagination } from '../components/Pagination.tsx';
import { StatusMessage } from '../components/StatusMessage.tsx';
import { ConnectionItem, type ConnectionKind } from '../connections/ConnectionItem.tsx';
import { focusCardAt } from '../focusCard.ts';
import type { ConnectionResponse, ConnectionsOverview, ConnectionView } from '../types.ts';
import { usePageTitle } from '../usePageTitle.ts';

const CONNECTIONS_PER_PAGE = 20;

type State = { status: 'loading' } | { status: 'ready'; data: ConnectionsOverview } | { status: 'error'; message: string };

const errorMessage = (error: unknown, fallback: string) => (error instanceof ApiError ? error.message : fallback);

interface ConnectionSectionProps {
  id: string;
  title: string;
  headingRef?: RefObject<HTMLHeadingElement | null>;
  listRef?: RefObject<HTMLUListElement | null>;
  connections: readonly ConnectionView[];
  kind: ConnectionKind;
  empty: ReactNode;
  onRespond?: (connection: ConnectionView, action: 'accept' | 'decline') => void;
  busyId?: string | null;
  footer?: ReactNode;
}

/** One titled list of connections or requests, with its count in the heading and an empty state. */
function ConnectionSection({ id, title, headingRef, listRef, connections, kind, empty, onRespond, busyId, footer }: ConnectionSectionProps) {
  return (
    <section aria-labelledby={id} className="stack">
      <h2 id={id} ref={headingRef} tabIndex={-1}>
        {title}
      </h2>
      {connections.length === 0 ? (
        <div className="empty-state">{empty}</div>
      ) : (
        <ul className="recommendation-list" ref={listRef}>
          {connections.map((connection) => (
            <li key={connection.id}>
              <ConnectionItem connection={connection} kind={kind} onRespond={onRespond} busy={busyId === connection.id} />
            </li>
          ))}
        </ul>
      )}
      {footer}
    </section>
  );
}

export function ConnectionsPage() {
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ status: 'loading' });
  const [busyId, setBusyId] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [actionError, setActionError] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const incomingHeading = useRef<HTMLHeadingElement>(null);
  const incomingList = useRef<HTMLUListElement>(null);
  const connectedHeading = useRef<HTMLHeadingElement>(null);
  usePageTitle(t('titles.connections'));

  const load = useCallback(
    (signal?: AbortSignal) =>
      api
        .get<ConnectionsOverview>('/api/connections', signal)
        .then((data) => setState({ status: 'ready', data }))
        .catch((error: unknown) => {
          if (!signal?.aborted) setState({ status: 'error', message: errorMessage(error, t('errors.generic')) });
        }),
    [t],
  );

  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);

  // After answering a request, the keyboard moves on to the next one (or to the section's heading).
  useEffect(() => {
    if (focusIndex === null) return;
    focusCardAt(incomingList.current, focusIndex, incomingHeading.current);
    setFocusIndex(null);
  }, [focusIndex]);

  const respond = async (connection: ConnectionView, action: 'accept' | 'decline') => {
    if (busyId !== null || state.status !== 'ready') return;
    const name = connection.member.name || t('profile.unnamed');
    const index = state.data.incoming.findIndex((item) => item.id === connection.id);
    setBusyId(connection.id);
    setActionError(null);
    setStatus('');
    try {
      const response = await api.post<ConnectionResponse>(`/api/connections/${encodeURIComponent(connection.id)}/${action}`);
      const accepted: ConnectionView = { ...connection, ...response.connection, member: connection.member, status: 'accepted' };
      setState((current) =>
        current.status === 'ready'
          ? {
              status: 'ready',
              data: {
                ...current.data,
                incoming: current.data.incoming.filter((item) => item.id !== connection.id),
                connected: action === 'accept' ? [accepted, ...current.data.connected] : current.data.connected,
              },
            }
          : current,
      );
      setFocusIndex(index);
      setStatus(t(action === 'accept' ? 'connections.accepted' : 'connections.declined', { name }));
    } catch (error) {
      setActionError(errorMessage(error, t('errors.generic')));
      // Answered or withdrawn elsewhere: show the lists as they are now.
      if (error instanceof ApiError && (error.status === 404 || error.status === 409)) void load();
    } finally {
      setBusyId(null);
    }
  };

  const data = state.status === 'ready' ? state.data : null;
  const sent = data ? data.outgoing.filter((connection) => connection.status === 'pending') : [];
  const connected = data?.connected ?? [];
  const pageCount = Math.max(1, Math.ceil(connected.length / CONNECTIONS_PER_PAGE));
  const shownPage = Math.min(page, pageCount);
  const goToPage = (next: number) => {
    setPage(next);
    connectedHeading.current?.focus();
  };

  return (
    <div className="stack">
      <h1>{t('connections.title')}</h1>
      <p className="lead">{t('connections.intro')}</p>
      <StatusMessage message={status} />
      {actionError && (
        <p role="alert" className="notice notice-error">
          {actionError}
        </p>
      )}
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && (
        <p role="alert" className="notice notice-error">
          {state.message}
        </p>
      )}
      {data && (
        <>
          <ConnectionSection
            id="incoming-title"
            title={t('connections.received', { count: data.incoming.length })}
            headingRef={incomingHeading}
            listRef={incomingList}
            connections={data.incoming}
            kind="incoming"
            empty={<p>{t('connections.receivedEmpty')}</p>}
            onRespond={(connection, action) => void respond(connection, action)}
            busyId={busyId}
          />
          <ConnectionSection
            id="connected-title"
            title={t('connections.mine', { count: connected.length })}
            headingRef={connectedHeading}
            connections={connected.slice((shownPage - 1) * CONNECTIONS_PER_PAGE, shownPage * CONNECTIONS_PER_PAGE)}
            kind="connected"
            empty={
              <>
                <p>{t('connections.mineEmpty')}</p>
                <p>
                  <Link to="/discover">{t('connections.mineEmptyAction')}</Link>
                </p>
              </>
            }
            footer={<Pagination page={shownPage} pageCount={pageCount} onPageChange={goToPage} />}
          />
          <ConnectionSection
            id="sent-title"
            title={t('connections.sent', { count: sent.length })}
            connections={sent}
            kind="outgoing"
            empty={<p>{t('connections.sentEmpty')}</p>}
          />
        </>
      )}
    </div>
  );
}
