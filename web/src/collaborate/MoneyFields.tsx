import { useTranslation } from 'react-i18next';
import { SelectField } from '../components/SelectField.tsx';
import { TextField } from '../components/TextField.tsx';
import { useLocale } from '../useLocale.ts';
import { currencies, currencyName } from './money.ts';

interface MoneyFieldsProps {
  /** The server's path for the amount's parent (`estimatedValue`), or the two fields' own names. */
  ids: { amount: string; currency: string };
  label: string;
  hint?: string;
  amount: string;
  currency: string;
  onAmount: (amount: string) => void;
  onCurrency: (currency: string) => void;
  amountError?: string;
  currencyError?: string;
  required?: boolean;
}

/** An amount as typed ("1.500,50") and its currency, side by side. */
export function MoneyFields({ ids, label, hint, amount, currency, onAmount, onCurrency, amountError, currencyError, required }: MoneyFieldsProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const options = [...new Set([...currencies, currency])].map((code) => ({ value: code, label: `${code} · ${currencyName(code, locale)}` }));
  return (
    <div className="money-fields">
      <TextField
        name={ids.amount}
        label={label}
        hint={hint ?? t('collaborate.money.hint')}
        value={amount}
        onChange={onAmount}
        inputMode="text"
        autoComplete="off"
        required={required}
        error={amountError}
      />
      <SelectField name={ids.currency} label={t('collaborate.money.currency')} value={currency} options={options} onChange={onCurrency} required error={currencyError} />
    </div>
  );
}
