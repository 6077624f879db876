import type { Locale } from '../../i18n/locale.ts';
import { translate, type MessageKey } from '../../i18n/messages.ts';
import type { EmailDraft } from '../../mail/mailer.ts';
import type { PlanView } from './plan-view.ts';

export interface DigestRecipient {
  email: string;
  name: string;
  locale: Locale;
}

/** The page of the plan, and its digest setting, where the email can be turned off. */
export const planPath = '/coach/plan';
export const digestSettingPath = `${planPath}#digest`;

const weekOf = (weekStart: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${weekStart}T00:00:00Z`));

/** The Monday email: the week's plan as a list of links that each do one thing, and how to stop it. */
export function digestEmail(to: DigestRecipient, plan: PlanView, publicUrl: string): EmailDraft {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(to.locale, key, params);
  const items = plan.items
    .filter((item) => !item.done)
    .flatMap((item) => [
      `- ${item.title} (${t('mail.plan.minutes', { minutes: item.minutes })})`,
      ...(item.detail ? [`  ${item.detail}`] : []),
      `  ${publicUrl}${item.url}`,
      '',
    ]);
  return {
    to: to.email,
    subject: t('mail.plan.subject', { week: weekOf(plan.weekStart, to.locale) }),
    text: [
      t('mail.greeting', { name: to.name }),
      '',
      t('mail.plan.intro', { minutes: plan.budgetMinutes }),
      '',
      ...items,
      t('mail.plan.open', { link: `${publicUrl}${planPath}` }),
      '',
      t('mail.plan.optOut', { link: `${publicUrl}${digestSettingPath}` }),
      '',
      t('mail.signature'),
    ].join('\n'),
  };
}
