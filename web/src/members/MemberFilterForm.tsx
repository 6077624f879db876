import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { SelectField } from '../components/SelectField.tsx';
import { TextField } from '../components/TextField.tsx';
import { countryOptions } from '../data/countries.ts';
import { languageOptions } from '../data/languages.ts';
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

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(filters);
  };

  return (
    <form role="search" className="filters" aria-label={t('members.searchLabel')} onSubmit={onSubmit}>
      <TextField name="q" type="search" label={t('members.keywords')} hint={t('members.keywordsHint')} value={filters.q} onChange={set('q')} />
      <div className="filter-grid">
        <TextField name="city" label={t('profile.city')} value={filters.city} onChange={set('city')} />
        <SelectField
          name="country"
          label={t('profile.country')}
          value={filters.country}
          options={countryOptions(locale)}
          emptyLabel={t('members.any')}
          onChange={set('country')}
        />
        <TextField name="sector" label={t('profile.sector')} value={filters.sector} onChange={set('sector')} />
        <SelectField
          name="language"
          label={t('members.language')}
          value={filters.language}
          options={languageOptions(locale)}
          emptyLabel={t('members.any')}
          onChange={set('language')}
        />
        <SelectField
          name="goal"
          label={t('members.goal')}
          value={filters.goal}
          options={GOALS.map((goal) => ({ value: goal, label: t(`goals.${goal}`) }))}
          emptyLabel={t('members.any')}
          onChange={set('goal')}
        />
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
