import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../api.ts';
import { LoadStatus } from '../components/LoadStatus.tsx';
import { StatusMessage } from '../components/StatusMessage.tsx';
import { useMe } from '../session/useSession.ts';
import { AdditionsList, type AdditionKind } from '../taxonomy/AdditionsList.tsx';
import { canEditTaxonomy } from '../taxonomy/canEditTaxonomy.ts';
import { ConceptForm } from '../taxonomy/ConceptForm.tsx';
import { SynonymForm } from '../taxonomy/SynonymForm.tsx';
import type { TaxonomyAdditionsView } from '../types.ts';
import { usePageTitle } from '../usePageTitle.ts';

type State = { status: 'loading' } | { status: 'ready'; additions: TaxonomyAdditionsView } | { status: 'error'; message: string };

const errorMessage = (error: unknown, fallback: string) => (error instanceof ApiError ? error.message : fallback);
const removalPath = (kind: AdditionKind, id: string) => `/api/taxonomy/additions/${kind === 'concept' ? 'concepts' : 'synonyms'}/${encodeURIComponent(id)}`;

/** For administrators: teach Discover the words of their community (concepts and synonyms, instance-wide). */
export function TaxonomyPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const allowed = canEditTaxonomy(me);
  const [state, setState] = useState<State>({ status: 'loading' });
  const [busyId, setBusyId] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [actionError, setActionError] = useState<string | null>(null);
  const headingRefs = { concept: useRef<HTMLHeadingElement>(null), synonym: useRef<HTMLHeadingElement>(null) };
  usePageTitle(t('titles.taxonomy'));

  const load = useCallback(
    (signal?: AbortSignal) =>
      api
        .get<TaxonomyAdditionsView>('/api/taxonomy/additions', signal)
        .then((additions) => setState({ status: 'ready', additions }))
        .catch((error: unknown) => {
          if (!signal?.aborted) setState({ status: 'error', message: errorMessage(error, t('errors.generic')) });
        }),
    [t],
  );

  // Concept and sphere names come in the interface language: reload when it changes.
  useEffect(() => {
    if (!allowed) return;
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [allowed, load, i18n.resolvedLanguage]);

  const remove = async (kind: AdditionKind, id: string, name: string) => {
    if (busyId !== null) return;
    setBusyId(id);
    setStatus('');
    setActionError(null);
    try {
      await api.delete(removalPath(kind, id));
      await load();
      setStatus(t('taxonomy.list.removed', { name }));
      headingRefs[kind].current?.focus();
    } catch (error) {
      setActionError(errorMessage(error, t('errors.generic')));
      // Removed elsewhere: show the list as it is now.
      if (error instanceof ApiError && error.status === 404) void load();
    } finally {
      setBusyId(null);
    }
  };

  return (
    <div className="stack">
      <h1>{t('taxonomy.title')}</h1>
      <p className="lead">{t('taxonomy.intro')}</p>
      {!allowed ? (
        <p role="alert" className="notice notice-error">
          {t('taxonomy.notAllowed')}
        </p>
      ) : (
        <>
          <p>{t('taxonomy.instanceWide')}</p>
          <div className="narrow stack">
            <SynonymForm onAdded={() => void load()} />
            <ConceptForm onAdded={() => void load()} />
          </div>
          <StatusMessage message={status} />
          {actionError && (
            <p role="alert" className="notice notice-error">
              {actionError}
            </p>
          )}
          <LoadStatus state={state} />
          {state.status === 'ready' && (
            <AdditionsList additions={state.additions} onRemove={(kind, id, name) => void remove(kind, id, name)} busyId={busyId} headingRefs={headingRefs} />
          )}
        </>
      )}
    </div>
  );
}
