import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { SelectField } from '../components/SelectField.tsx';
import { TextField } from '../components/TextField.tsx';
import { countryOptions } from '../data/countries.ts';
import { languageOptions } from '../data/languages.ts';
import type { Option } from '../data/option.ts';
import { GOALS } from '../data/profileChoices.ts';
import { useLocale } from '../useLocale.ts';
import { hasFilters, type MemberFilters } from './memberSearch.ts';

interface MemberFilterFormProps {
  initial: MemberFilters;
  onSearch: (filters: MemberFilters) => void;
}

export function MemberFilterForm({ initial, onSearch }: MemberFilterFormProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [filters, setFilters] = useState(initial);
  const set = (key: keyof MemberFilters) => (value: string) => setFilters((current) => ({ ...current, [key]: value }));
  /** A filter picked from a list, "any" by default. */
  const choice = (key: 'country' | 'language' | 'goal', label: string, options: readonly Option[]) => (
    <SelectField name={key} label={label} value={filters[key]} options={options} emptyLabel={t('members.any')} onChange={set(key)} />
  );

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(filters);
  };

  return (
    <form role="search" className="filters" aria-label={t('members.searchLabel')} onSubmit={onSubmit}>
      <TextField name="q" type="search" label={t('members.keywords')} hint={t('members.keywordsHint')} value={filters.q} onChange={set('q')} />
      <div className="filter-grid">
        <TextField name="city" label={t('profile.city')} value={filters.city} onChange={set('city')} />
        {choice('country', t('profile.country'), countryOptions(locale))}
        <TextField name="sector" label={t('profile.sector')} value={filters.sector} onChange={set('sector')} />
        {choice('language', t('members.language'), languageOptions(locale))}
        {choice('goal', t('members.goal'), GOALS.map((goal) => ({ value: goal, label: t(`goals.${goal}`) })))}
      </div>
      <div className="actions">
        <button type="submit" className="button">
          {t('members.search')}
        </button>
        {hasFilters(initial) && <Link to="/members">{t('members.clearFilters')}</Link>}
      </div>
    </form>
  );
}
