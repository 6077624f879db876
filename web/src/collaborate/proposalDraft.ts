import type { TFunction } from 'i18next';
import type { FieldError } from '../api.ts';
import type { ProposalContentInput } from './collaborateApi.ts';
import { formatLabel } from './formatLabel.ts';
import { DESCRIPTION_MAX, NEXT_STEPS_MAX, PART_MAX, TITLE_MAX } from './limits.ts';
import { amountText, maxAmountCents, parseAmount } from './money.ts';
import type { CollaborationIdea, ProposalFormat, ProposalView } from './types.ts';

/** One member's part as the form edits it. */
export interface PartDraft {
  member: string;
  name: string;
  gives: string;
  gets: string;
}

/** A proposal's content as typed in the form: the amount stays text until it is checked. */
export interface ProposalDraft {
  format: ProposalFormat;
  title: string;
  description: string;
  /** The viewer's part first. */
  parts: PartDraft[];
  amount: string;
  currency: string;
  nextSteps: string;
  startsOn: string;
  endsOn: string;
}

type Person = { slug: string; name: string };

export function blankDraft(you: Person, others: Person[]): ProposalDraft {
  return {
    format: 'jointOffer',
    title: '',
    description: '',
    parts: [you, ...others].map(({ slug, name }) => ({ member: slug, name, gives: '', gets: '' })),
    amount: '',
    currency: 'EUR',
    nextSteps: '',
    startsOn: '',
    endsOn: '',
  };
}

/** An idea as a first draft: its format, a title from the rationale, the rationale, and what each side gets. */
export function draftFromIdea(draft: ProposalDraft, idea: CollaborationIdea, t: TFunction): ProposalDraft {
  const [lead = ''] = idea.rationale.split(': ');
  const title = (lead && lead !== idea.rationale ? lead : formatLabel(t, idea.format, idea.kind)).slice(0, TITLE_MAX);
  const gains = [idea.gains.a, idea.gains.b];
  return {
    ...draft,
    format: idea.format,
    title,
    description: idea.rationale,
    parts: draft.parts.map((part, index) => ({ ...part, gets: gains[index] ?? part.gets })),
  };
}

/** The current version of a proposal, to edit. */
export function draftFromProposal(proposal: ProposalView): ProposalDraft {
  return {
    format: proposal.format,
    title: proposal.title,
    description: proposal.description,
    parts: proposal.parties.map((party) => ({ member: party.member.slug, name: party.member.name, gives: party.gives, gets: party.gets })),
    amount: proposal.estimatedValue ? amountText(proposal.estimatedValue.amountCents) : '',
    currency: proposal.estimatedValue?.currency ?? 'EUR',
    nextSteps: proposal.nextSteps,
    startsOn: proposal.startsOn ?? '',
    endsOn: proposal.endsOn ?? '',
  };
}

/**
 * The content to send, or the field errors to show first. `partPaths` names each part as the server
 * does in its errors (`yours`, `parties/0`, or `contributions/1`), in the draft's order.
 */
export function checkDraft(draft: ProposalDraft, partPaths: readonly string[], t: TFunction): { content: ProposalContentInput; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const tooLong = (field: string, value: string, max: number) => {
    if (value.length > max) errors.push({ field, message: t('validation.tooLong', { max }) });
  };
  const title = draft.title.trim();
  if (!title) errors.push({ field: 'title', message: t('validation.required') });
  tooLong('title', title, TITLE_MAX);
  tooLong('description', draft.description.trim(), DESCRIPTION_MAX);
  tooLong('nextSteps', draft.nextSteps.trim(), NEXT_STEPS_MAX);
  draft.parts.forEach((part, index) => {
    tooLong(`${partPaths[index]}/gives`, part.gives.trim(), PART_MAX);
    tooLong(`${partPaths[index]}/gets`, part.gets.trim(), PART_MAX);
  });
  const cents = draft.amount.trim() ? parseAmount(draft.amount) : null;
  if (cents === undefined || (cents !== null && cents > maxAmountCents))
    errors.push({ field: 'estimatedValue/amountCents', message: t('collaborate.money.invalid') });
  if (draft.startsOn && draft.endsOn && draft.endsOn < draft.startsOn) errors.push({ field: 'endsOn', message: t('collaborate.proposalForm.endsBeforeStarts') });
  return {
    content: {
      format: draft.format,
      title,
      description: draft.description.trim(),
      estimatedValue: typeof cents === 'number' ? { amountCents: cents, currency: draft.currency } : null,
      nextSteps: draft.nextSteps.trim(),
      startsOn: draft.startsOn || null,
      endsOn: draft.endsOn || null,
    },
    errors,
  };
}
