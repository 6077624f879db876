import { hasBlocked } from '../../connections/blocks.ts';
import type { DbOrTx } from '../../db/database.ts';
import { fieldProblems, type FieldProblem } from '../../http/problem.ts';
import { profilesOf } from '../../profiles/profiles.ts';
import { visibleProfileBySlug } from '../../profiles/visibility.ts';
import type { Contribution, Money, ProposalContent, ProposalFormat } from './model.ts';

/** What a client may change of the content; each field left out keeps its value. */
export interface ContentChange {
  format?: ProposalFormat;
  title?: string;
  description?: string;
  estimatedValue?: Money | null;
  nextSteps?: string;
  startsOn?: string | null;
  endsOn?: string | null;
}

/** A new part for one member: what they give and get, each kept when left out. */
export type PartChange = { userId: string; gives?: string; gets?: string };

/** A member's part as a client names it: by profile slug. */
export type PartInput = { member: string; gives?: string; gets?: string };

const knownCurrencies = new Set(Intl.supportedValuesOf('currency'));

/**
 * The other members a new proposal is for: each visible to the author (a member who blocked the
 * author is as unknown as one who does not exist), not blocked by the author, not the author, and
 * named once. Every problem at once, as field errors on `parties/<i>/member`.
 */
export async function resolveParties(db: DbOrTx, authorId: string, slugs: string[]): Promise<string[]> {
  const problems: FieldProblem[] = [];
  const ids: string[] = [];
  if (!slugs.length) problems.push({ field: 'parties', key: 'validation.proposal.noParties' });
  for (const [index, slug] of slugs.entries()) {
    const field = `parties/${index}/member`;
    const member = await visibleProfileBySlug(db, slug, authorId);
    if (!member) problems.push({ field, key: (await hasBlocked(db, authorId, slug)) ? 'validation.proposal.blocked' : 'problem.memberNotFound.detail' });
    else if (member.userId === authorId) problems.push({ field, key: 'validation.proposal.self' });
    else if (ids.includes(member.userId)) problems.push({ field, key: 'validation.proposal.duplicate' });
    else ids.push(member.userId);
  }
  if (problems.length) throw fieldProblems(problems);
  return ids;
}

/** Parts named by slug as parts of members on the proposal; a slug of anyone else is a field error. */
export async function partsOfParties(db: DbOrTx, parties: Contribution[], inputs: PartInput[]): Promise<PartChange[]> {
  if (!inputs.length) return [];
  const idBySlug = new Map([...(await profilesOf(db, parties.map((part) => part.userId)))].map(([id, profile]) => [profile.slug, id]));
  const problems: FieldProblem[] = [];
  const parts = inputs.flatMap(({ member, ...part }, index) => {
    const userId = idBySlug.get(member.toLowerCase());
    if (!userId) problems.push({ field: `contributions/${index}/member`, key: 'validation.proposal.notOnProposal' });
    return userId ? [{ userId, ...part }] : [];
  });
  if (problems.length) throw fieldProblems(problems);
  return parts;
}

/**
 * The content with a change applied, text trimmed, then checked for what no schema can: a known
 * currency and an end not before the start.
 */
export function changedContent(content: ProposalContent, change: ContentChange, parts: PartChange[] = []): ProposalContent {
  const text = (value: string | undefined, current: string) => (value === undefined ? current : value.trim());
  const keep = <T>(value: T | undefined, current: T) => (value === undefined ? current : value);
  const next: ProposalContent = {
    format: keep(change.format, content.format),
    title: text(change.title, content.title),
    description: text(change.description, content.description),
    contributions: content.contributions.map((current) => {
      const part = parts.find((p) => p.userId === current.userId);
      return { userId: current.userId, gives: text(part?.gives, current.gives), gets: text(part?.gets, current.gets) };
    }),
    estimatedValue: keep(change.estimatedValue, content.estimatedValue),
    nextSteps: text(change.nextSteps, content.nextSteps),
    startsOn: keep(change.startsOn, content.startsOn),
    endsOn: keep(change.endsOn, content.endsOn),
  };
  const problems: FieldProblem[] = [];
  if (next.estimatedValue && !knownCurrencies.has(next.estimatedValue.currency))
    problems.push({ field: 'estimatedValue/currency', key: 'validation.proposal.currency' });
  if (next.startsOn && next.endsOn && next.endsOn < next.startsOn) problems.push({ field: 'endsOn', key: 'validation.proposal.endsBeforeStarts' });
  if (problems.length) throw fieldProblems(problems);
  return next;
}

/** The currency of an outcome: the one named, else the estimate's, else euros. */
export function outcomeCurrency(named: string | undefined, content: ProposalContent): string {
  const currency = named ?? content.estimatedValue?.currency ?? 'EUR';
  if (!knownCurrencies.has(currency)) throw fieldProblems([{ field: 'currency', key: 'validation.proposal.currency' }]);
  return currency;
}

/** The content fields whose values differ between two versions, for the history. */
export function changedFields(before: ProposalContent, after: ProposalContent): (keyof ProposalContent)[] {
  return (Object.keys(after) as (keyof ProposalContent)[]).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}
