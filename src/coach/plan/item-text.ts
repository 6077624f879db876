import type { Locale } from '../../i18n/locale.ts';
import { translate, type MessageKey } from '../../i18n/messages.ts';
import type { LocalDate, PlanItem } from './model.ts';

export interface ItemText {
  title: string;
  /** Why, or what exactly: one short sentence. */
  detail: string;
}

const dayOfMonth = (date: LocalDate, locale: Locale) =>
  new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

/** What an item says, in the reader's language; `today` tells a late follow-up from one still ahead. */
export function itemText(item: PlanItem, locale: Locale, today: LocalDate): ItemText {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params);
  switch (item.kind) {
    case 'follow-up':
      return {
        title: item.step ? t('plan.item.followUp', { name: item.name, step: item.step }) : t('plan.item.followUpAny', { name: item.name }),
        detail: t(item.due < today ? 'plan.item.followUp.overdue' : 'plan.item.followUp.due', { date: dayOfMonth(item.due, locale) }),
      };
    case 'meet':
      return { title: t('plan.item.meet', { name: item.name }), detail: item.reason };
    case 'referral':
      return {
        title: t('plan.item.referral', { name: item.name, connection: item.connection }),
        detail: t('plan.item.referral.detail', { name: item.name, connection: item.connection, need: item.need }),
      };
    case 'profile': {
      const gaps = new Intl.ListFormat(locale, { type: 'conjunction' }).format(item.gaps.map((gap) => t(`plan.gap.${gap}`)));
      return { title: t('plan.item.profile'), detail: t('plan.item.profile.detail', { gaps }) };
    }
    case 'pitch':
      return item.score === null
        ? { title: t('plan.item.pitch.write'), detail: t('plan.item.pitch.write.detail') }
        : { title: t('plan.item.pitch.improve'), detail: t('plan.item.pitch.improve.detail', { score: item.score }) };
    case 'lesson':
      return { title: t('plan.item.lesson', { title: item.title }), detail: t('plan.item.lesson.detail') };
    case 'explore':
      return { title: t('plan.item.explore'), detail: t('plan.item.explore.detail') };
  }
}
