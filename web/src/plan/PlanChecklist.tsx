import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { PlanItemView } from './planApi.ts';

interface Props {
  items: PlanItemView[];
  /** The item whose change is being saved, if any. */
  busyId: string | null;
  onToggle: (item: PlanItemView) => void;
}

/** The week's items: each a link that does it, and a "Done" toggle button (pressed once done). */
export function PlanChecklist({ items, busyId, onToggle }: Props) {
  const { t } = useTranslation();
  return (
    <ul className="plan-items">
      {items.map((item) => (
        <li key={item.id} className={item.done ? 'card plan-item plan-item-done' : 'card plan-item'}>
          <div className="plan-item-text">
            <Link to={item.url} className="plan-item-title">
              {item.title}
            </Link>
            {item.detail && <p className="field-hint">{item.detail}</p>}
            <p className="plan-item-minutes">{t('plan.item.minutes', { minutes: item.minutes })}</p>
          </div>
          {/* Named after its item, since every item has one; the name starts with the visible word. */}
          <button
            type="button"
            className="button button-secondary plan-done-toggle"
            aria-label={t('plan.item.doneLabel', { title: item.title })}
            aria-pressed={item.done}
            disabled={busyId === item.id}
            onClick={() => onToggle(item)}
          >
            {t('plan.item.done')}
          </button>
        </li>
      ))}
    </ul>
  );
}
