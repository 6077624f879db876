import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router-dom';
import { ApiError } from '../api.ts';
import { CheckboxField } from '../components/CheckboxField.tsx';
import { LoadStatus } from '../components/LoadStatus.tsx';
import { StatusMessage } from '../components/StatusMessage.tsx';
import { useApiData } from '../meetings/useApiData.ts';
import { BudgetChooser, budgetFrom } from '../plan/BudgetChooser.tsx';
import { PlanChecklist } from '../plan/PlanChecklist.tsx';
import { planApi, type PlanItemView, type PlanSettings, type PlanView } from '../plan/planApi.ts';
import { ProgressSection } from '../plan/ProgressSection.tsx';
import { useLocale } from '../useLocale.ts';
import { usePageTitle } from '../usePageTitle.ts';

type Section = 'budget' | 'week' | 'digest';

/**
 * `/coach/plan`: the week's plan sized to the member's budget, as a checklist of links; their
 * progress; the Monday email. `?budget=15` (the coach's answer to "I have no time") saves that
 * budget on arrival; `#digest` (the email's opt-out link) takes focus to the email setting.
 */
export function PlanPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { hash } = useLocation();
  const [params, setParams] = useSearchParams();
  const asked = budgetFrom(params.get('budget'));
  // Arriving with a budget, the first load saves it and answers with the plan remade for it.
  const plan = useApiData(`plan:${locale}`, (signal) => (asked ? planApi.saveSettings({ budgetMinutes: asked }) : planApi.plan(signal)));
  const progress = useApiData(`progress:${locale}`, (signal) => planApi.progress(signal));
  // What the last action did, shown (and announced) in the section where it was done.
  const [feedback, setFeedback] = useState<{ at: Section; text: string; error?: boolean } | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  // A setting being saved shows as chosen at once; the server's answer then replaces it (or an error restores it).
  const [pending, setPending] = useState<Partial<PlanSettings>>({});
  usePageTitle(t('plan.title'));

  const ready = plan.state.status === 'ready';
  useEffect(() => {
    if (!ready) return;
    if (asked) {
      setFeedback({ at: 'budget', text: t('plan.budget.fits', { minutes: asked }) });
      // Saved once: a reload or a later choice must not bring the address's budget back.
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          next.delete('budget');
          return next;
        },
        { replace: true },
      );
    }
    if (hash === '#digest') document.getElementById('digest')?.focus();
    // Once, when the plan first arrives.
  }, [ready]);

  const run = async (at: Section, action: () => Promise<PlanView>, done: string) => {
    setFeedback(null);
    try {
      plan.set(await action());
      setFeedback({ at, text: done });
      progress.reload();
    } catch (failure) {
      if (!(failure instanceof ApiError)) throw failure;
      setFeedback({ at, text: failure.message, error: true });
    }
  };
  const save = async (at: Section, change: Partial<PlanSettings>, done: string) => {
    setPending(change);
    await run(at, () => planApi.saveSettings(change), done);
    setPending({});
  };
  const toggle = async (item: PlanItemView) => {
    setBusyId(item.id);
    await run('week', () => planApi.setDone(item.id, !item.done), t(item.done ? 'plan.item.markedNotDone' : 'plan.item.markedDone', { title: item.title }));
    setBusyId(null);
  };
  const feedbackAt = (at: Section) => (
    <>
      <StatusMessage message={feedback?.at === at && !feedback.error ? feedback.text : ''} />
      {feedback?.at === at && feedback.error && (
        <p role="alert" className="notice notice-error">
          {feedback.text}
        </p>
      )}
    </>
  );

  const view = plan.state.status === 'ready' ? plan.state.data : null;
  return (
    <div className="stack plan-page">
      <h1>{t('plan.title')}</h1>
      <p className="lead">{t('plan.intro')}</p>
      <LoadStatus state={plan.state} />
      {view && (
        <>
          <section className="stack">
            <BudgetChooser value={pending.budgetMinutes ?? view.budgetMinutes} onChange={(budgetMinutes) => void save('budget', { budgetMinutes }, t('plan.budget.fits', { minutes: budgetMinutes }))} />
            {feedbackAt('budget')}
          </section>
          <section aria-labelledby="week-title" className="stack">
            <h2 id="week-title">{t('plan.week.title')}</h2>
            <p className="plan-summary">{t('plan.week.summary', { total: view.totalMinutes, budget: view.budgetMinutes, done: view.doneMinutes })}</p>
            {feedbackAt('week')}
            {view.items.length ? (
              <PlanChecklist items={view.items} busyId={busyId} onToggle={(item) => void toggle(item)} />
            ) : (
              <div className="empty-state">
                <p>{t('plan.week.empty')}</p>
                <Link to="/profile">{t('plan.week.emptyAction')}</Link>
              </div>
            )}
          </section>
        </>
      )}
      <ProgressSection progress={progress.state} />
      {view && (
        <section aria-labelledby="digest-title" className="stack">
          <h2 id="digest-title">{t('plan.digest.title')}</h2>
          <CheckboxField
            name="digest"
            label={t('plan.digest.label')}
            hint={t('plan.digest.hint')}
            checked={pending.digest ?? view.digest}
            onChange={(digest) => void save('digest', { digest }, t(digest ? 'plan.digest.on' : 'plan.digest.off'))}
          />
          {feedbackAt('digest')}
        </section>
      )}
    </div>
  );
}
