import { useTranslation } from 'react-i18next';
import { SelectField } from '../components/SelectField.tsx';
import type { PicksPerWeek } from '../types.ts';

/** The values the server accepts (src/accounts/picks-per-week.ts). */
const CHOICES: readonly PicksPerWeek[] = [3, 5, 10, 15, 20];

interface PicksPerWeekSelectProps {
  value: PicksPerWeek;
  onChange: (value: PicksPerWeek) => void;
  error?: string;
}

/** How many top picks the member's weekly batch on Discover holds (field `picksPerWeek`). */
export function PicksPerWeekSelect({ value, onChange, error }: PicksPerWeekSelectProps) {
  const { t } = useTranslation();
  return (
    <SelectField
      name="picksPerWeek"
      label={t('settings.picksPerWeek')}
      hint={t('settings.picksPerWeekHint')}
      value={String(value)}
      options={CHOICES.map((count) => ({ value: String(count), label: t('settings.picksPerWeekOption', { count }) }))}
      onChange={(selected) => {
        const choice = CHOICES.find((count) => String(count) === selected);
        if (choice !== undefined) onChange(choice);
      }}
      required
      error={error}
    />
  );
}
