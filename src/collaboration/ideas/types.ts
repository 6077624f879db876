import type { Goal } from '../../profiles/profile-input.ts';
import type { ProposalFormat } from '../proposals/model.ts';

/** An idea's format is the format of the proposal it can become. */
export type IdeaFormat = ProposalFormat;
export type CoMarketingKind = 'contentSwap' | 'sharedNewsletter' | 'jointWebinar' | 'workshop';
export type DistributionKind = 'distribution' | 'reseller';
/** A co-marketing idea's channel, or a distribution idea's kind of agreement. */
export type IdeaKind = CoMarketingKind | DistributionKind;

export type SideKey = 'a' | 'b';
export const sideKeys: readonly SideKey[] = ['a', 'b'];
export const otherSide = (side: SideKey): SideKey => (side === 'a' ? 'b' : 'a');

/** One member of the pair as plain data, already mapped to taxonomy concepts. */
export interface IdeaSide {
  /** Concept ids, most important first: their trades, and the customer types they serve ("… para pymes"). */
  offers: readonly string[];
  /** Concept ids they need: trades, or the customer types they are looking for. */
  needs: readonly string[];
  /** Customer types their own business is (an importer, a shop), e.g. from its sector. */
  businessTypes?: readonly string[];
  goals?: readonly Goal[];
  /** As the member wrote it; compared without accents or case. */
  city?: string;
  /** ISO 3166-1 alpha-2. */
  country?: string;
  /** Works remotely, so distance does not keep them from competing. */
  remote?: boolean;
}

export type IdeaPair = Readonly<Record<SideKey, IdeaSide>>;

/** A concrete way for the pair to work together, in the viewer's language. */
export interface CollaborationIdea {
  format: IdeaFormat;
  /** Co-marketing: which channel; distribution: distribution or reseller agreement. */
  kind?: IdeaKind;
  /** One line: what to do and why it fits them. */
  rationale: string;
  /** What each side gets out of it. */
  gains: Record<SideKey, string>;
  /** 0–1, for ordering: how directly the taxonomy links them for this format. */
  fit: number;
  /** The concepts the idea was drawn from. */
  concepts: string[];
}

/** Values for both sides, given `side`'s and the other's. */
export function forSides<T>(side: SideKey, mine: T, theirs: T): Record<SideKey, T> {
  return side === 'a' ? { a: mine, b: theirs } : { a: theirs, b: mine };
}
