import type { Locale } from '../../i18n/locale.ts';
import type { Goal } from '../../profiles/profile-input.ts';
import { proposalFormats } from '../proposals/model.ts';
import type { IdeaDraft } from './draft.ts';
import type { IdeaContext } from './idea-context.ts';
import { linkPair, type PairLinks } from './pair-links.ts';
import { renderIdea } from './render.ts';
import { coMarketing } from './rules/co-marketing.ts';
import { distribution } from './rules/distribution.ts';
import { jointOffer } from './rules/joint-offer.ts';
import { jointVenture } from './rules/joint-venture.ts';
import { knowledgeExchange } from './rules/knowledge-exchange.ts';
import { mutualReferral } from './rules/mutual-referral.ts';
import { sharedEvent } from './rules/shared-event.ts';
import { subcontracting } from './rules/subcontracting.ts';
import { sideKeys, type CollaborationIdea, type IdeaFormat, type IdeaPair } from './types.ts';

type Rule = (links: PairLinks) => IdeaDraft | undefined;

/** One rule per format; each returns its best idea for the pair, or none. */
const rules: readonly Rule[] = [
  jointOffer, mutualReferral, subcontracting, coMarketing, sharedEvent, distribution, jointVenture, knowledgeExchange,
];
/** Direct competitors (same trade, same area) only swap know-how and the jobs of each one's speciality. */
const rivalRules: readonly Rule[] = [mutualReferral, knowledgeExchange];

/** Formats a goal makes more welcome; each side with such a goal adds a little to the fit. */
const formatsByGoal: Readonly<Record<Goal, readonly IdeaFormat[]>> = {
  clients: ['mutualReferral', 'coMarketing', 'sharedEvent', 'distribution'],
  partners: ['jointOffer', 'jointVenture', 'mutualReferral', 'coMarketing', 'sharedEvent'],
  suppliers: ['subcontracting', 'distribution'],
  investors: ['jointVenture'],
  mentors: ['knowledgeExchange'],
  talent: ['subcontracting'],
  learning: ['knowledgeExchange'],
};
const goalBonus = 0.03;

function fitWithGoals(draft: IdeaDraft, pair: IdeaPair): number {
  const welcomed = sideKeys.filter((side) => (pair[side].goals ?? []).some((goal) => formatsByGoal[goal].includes(draft.format)));
  return Math.round(Math.min(1, draft.fit + goalBonus * welcomed.length) * 100) / 100;
}

/**
 * Concrete ways for two members to work together, drawn from the taxonomy concepts of both
 * profiles, best fit first (ties in a fixed format order), at most one per format, in the viewer's
 * language. Empty when nothing links their trades.
 */
export function collaborationIdeasFor(pair: IdeaPair, context: IdeaContext, locale: Locale): CollaborationIdea[] {
  const links = linkPair(pair, context);
  const drafts = (links.competitors ? rivalRules : rules)
    .map((rule) => rule(links))
    .filter((draft): draft is IdeaDraft => draft !== undefined)
    .map((draft) => ({ ...draft, fit: fitWithGoals(draft, pair) }))
    .sort((x, y) => y.fit - x.fit || proposalFormats.indexOf(x.format) - proposalFormats.indexOf(y.format));
  const cities = { a: pair.a.city, b: pair.b.city };
  return drafts.map((draft) => renderIdea(draft, { context, sides: links.sides, cities, locale }));
}
