/** The weekly plan API (src/coach/plan/routes.ts), typed. Items come in the account's language. */
import type { Budget } from '../../../src/coach/plan/model.ts';
import type { PlanSettings } from '../../../src/coach/plan/plan-store.ts';
import type { PlanItemView, PlanView } from '../../../src/coach/plan/plan-view.ts';
import type { WeekProgress } from '../../../src/coach/plan/progress.ts';
import type { Progress } from '../../../src/coach/plan/weekly-plan.ts';
import { api } from '../api.ts';

export type { Budget, PlanItemView, PlanSettings, PlanView, Progress, WeekProgress };
export { budgetChoices } from '../../../src/coach/plan/model.ts';

const donePath = (itemId: string) => `/api/me/plan/items/${encodeURIComponent(itemId)}/done`;

export const planApi = {
  plan: (signal?: AbortSignal) => api.get<PlanView>('/api/me/plan', signal),
  /** Answers with the week's plan, made again around what is done when the budget changed. */
  saveSettings: (change: Partial<PlanSettings>) => api.put<PlanView>('/api/me/plan/settings', change),
  /** Answers with the week's plan as saved. */
  setDone: async (itemId: string, done: boolean): Promise<PlanView> => {
    if (done) return api.post<PlanView>(donePath(itemId));
    await api.delete(donePath(itemId));
    return planApi.plan();
  },
  progress: (signal?: AbortSignal) => api.get<Progress>('/api/me/progress', signal),
};
