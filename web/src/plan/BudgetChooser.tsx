import { useTranslation } from 'react-i18next';
import { RadioGroupField } from '../components/RadioGroupField.tsx';
import { budgetChoices, type Budget } from './planApi.ts';

/** 15, 30 or 60 minutes a week: choosing one saves it and remakes the week's plan. */
export function BudgetChooser({ value, onChange }: { value: Budget; onChange: (budget: Budget) => void }) {
  const { t } = useTranslation();
  const options = budgetChoices.map((minutes) => ({
    value: String(minutes),
    label: t(`plan.budget.options.${minutes}.label`),
    description: t(`plan.budget.options.${minutes}.description`),
  }));
  return <RadioGroupField name="budget" legend={t('plan.budget.legend')} options={options} value={String(value)} onChange={(chosen) => onChange(Number(chosen) as Budget)} />;
}

/** A budget from the address (`?budget=15`), if it is one of the choices. */
export function budgetFrom(text: string | null): Budget | null {
  return budgetChoices.find((minutes) => String(minutes) === text) ?? null;
}
