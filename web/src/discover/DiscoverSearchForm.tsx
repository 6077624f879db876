import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { TextField } from '../components/TextField.tsx';

interface DiscoverSearchFormProps {
  initial: string;
  onSearch: (query: string) => void;
  /** Where "Clear search" leads; shown only while a search is active. */
  clearTo: string | null;
}

/** Natural-language search sharing the Discover engine: "busco abogado mercantil en Valencia". */
export function DiscoverSearchForm({ initial, onSearch, clearTo }: DiscoverSearchFormProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState(initial);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(query.trim());
  };

  return (
    <form role="search" className="filters" aria-label={t('discover.searchLabel')} onSubmit={onSubmit}>
      <TextField
        name="q"
        type="search"
        label={t('discover.query')}
        hint={t('discover.queryHint')}
        placeholder={t('discover.queryPlaceholder')}
        value={query}
        onChange={setQuery}
      />
      <div className="actions">
        <button type="submit" className="button">
          {t('discover.search')}
        </button>
        {clearTo && <Link to={clearTo}>{t('discover.clearSearch')}</Link>}
      </div>
    </form>
  );
}
