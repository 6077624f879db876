import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { FieldShell } from '../components/FieldShell.tsx';
import type { ConceptSearchResults, ConceptSummary } from '../types.ts';

interface ConceptPickerProps {
  /** Id of the search box, which errors on this field focus. */
  id: string;
  label: string;
  hint: string;
  value: ConceptSummary | null;
  onChange: (concept: ConceptSummary | null) => void;
  required?: boolean;
  error?: string;
}

type Results = { status: 'idle' } | { status: 'ready'; items: ConceptSummary[] } | { status: 'error' };

const SEARCH_DELAY_MS = 250;
const MAX_RESULTS = 8;

/** Finds a concept by part of its name and picks it from a short list of radio buttons. */
export function ConceptPicker({ id, label, hint, value, onChange, required, error }: ConceptPickerProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Results>({ status: 'idle' });

  useEffect(() => {
    const text = query.trim();
    if (!text) {
      setResults({ status: 'idle' });
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      api
        .get<ConceptSearchResults>(`/api/taxonomy/concepts?q=${encodeURIComponent(text)}&limit=${MAX_RESULTS}`, controller.signal)
        .then(({ items }) => setResults({ status: 'ready', items }))
        .catch(() => {
          if (!controller.signal.aborted) setResults({ status: 'error' });
        });
    }, SEARCH_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  const describe = (concept: ConceptSummary) => `${concept.label} (${t(`taxonomy.kinds.${concept.kind}`)})`;
  const announcement =
    results.status === 'ready'
      ? results.items.length
        ? t('taxonomy.picker.found', { count: results.items.length })
        : t('taxonomy.picker.none', { query: query.trim() })
      : results.status === 'error'
        ? t('taxonomy.picker.failed')
        : '';

  return (
    <div>
      <FieldShell id={id} label={label} hint={hint} required={required} error={error}>
        {(control) => <input {...control} type="search" value={query} onChange={(event) => setQuery(event.target.value)} autoComplete="off" />}
      </FieldShell>
      <p role="status" className={announcement ? 'field-hint' : 'visually-hidden'}>
        {announcement}
      </p>
      {results.status === 'ready' && results.items.length > 0 && (
        <fieldset className="field field-group">
          <legend>{t('taxonomy.picker.choose')}</legend>
          {results.items.map((concept) => (
            <div className="choice" key={concept.id}>
              <input
                id={`${id}-${concept.id}`}
                name={`${id}-choice`}
                type="radio"
                checked={value?.id === concept.id}
                onChange={() => onChange(concept)}
              />
              <label htmlFor={`${id}-${concept.id}`}>{describe(concept)}</label>
            </div>
          ))}
        </fieldset>
      )}
      {value && <p className="concept-chosen">{t('taxonomy.picker.chosen', { concept: describe(value) })}</p>}
    </div>
  );
}
