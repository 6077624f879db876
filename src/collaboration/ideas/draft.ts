import type { GainKey, RationaleKey } from './texts/idea-texts.ts';
import type { IdeaFormat, IdeaKind, SideKey } from './types.ts';

/** An idea as data, before it is put into words: what a rule returns. */
export interface IdeaDraft {
  format: IdeaFormat;
  kind?: IdeaKind;
  text: RationaleKey;
  gains: Readonly<Record<SideKey, GainKey>>;
  /** The concept each side brings: its own in its gain, the other's beside it. */
  sides: Readonly<Record<SideKey, string>>;
  /** The two concepts the rationale names, in its order (the sides' when not given). */
  named?: readonly [string, string];
  /** The audience the idea is for: a customer type, or failing that a sphere. */
  customer?: string;
  sphere?: string;
  /** The country a product would be distributed in. */
  market?: string;
  fit: number;
}

/** A side-symmetric draft: both name their own concept and gain alike. */
export function symmetricDraft(
  fields: Omit<IdeaDraft, 'gains' | 'sides'>, gain: GainKey, a: string, b: string,
): IdeaDraft {
  return { ...fields, gains: { a: gain, b: gain }, sides: { a, b } };
}
