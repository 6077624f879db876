import type { Locale } from '../../i18n/locale.ts';
import { itemText } from './item-text.ts';
import type { Budget, ItemKind, LocalDate } from './model.ts';
import type { PlanSettings, StoredPlan } from './plan-store.ts';

export interface PlanItemView {
  id: string;
  kind: ItemKind;
  minutes: number;
  /** Where in the web app the item is done. */
  url: string;
  title: string;
  detail: string;
  done: boolean;
  doneAt: string | null;
}

/** The week's plan as the member reads it, with their settings. */
export interface PlanView {
  weekStart: LocalDate;
  budgetMinutes: Budget;
  digest: boolean;
  totalMinutes: number;
  doneMinutes: number;
  items: PlanItemView[];
}

export function toPlanView(plan: StoredPlan, settings: PlanSettings, locale: Locale, today: LocalDate): PlanView {
  const items = plan.items.map((item): PlanItemView => {
    const doneAt = plan.done.get(item.id);
    return { id: item.id, kind: item.kind, minutes: item.minutes, url: item.url, ...itemText(item, locale, today), done: !!doneAt, doneAt: doneAt?.toISOString() ?? null };
  });
  const minutes = (list: PlanItemView[]) => list.reduce((sum, item) => sum + item.minutes, 0);
  return {
    weekStart: plan.weekStart,
    budgetMinutes: plan.budgetMinutes,
    digest: settings.digest,
    totalMinutes: minutes(items),
    doneMinutes: minutes(items.filter((item) => item.done)),
    items,
  };
}
