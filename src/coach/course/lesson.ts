import type { Locale } from '../../i18n/locale.ts';

/** The pages of the web app a lesson's closing action may lead to. */
export const actionPaths = ['/coach/obstacles', '/coach/pitch', '/discover', '/meetings', '/connections', '/coach/ideas'] as const;
export type ActionPath = (typeof actionPaths)[number];

/** The building blocks of a lesson's body: plain text only, rendered by the web app. */
export type LessonBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'list'; items: string[] }
  /** A short concrete case, shown set apart. */
  | { kind: 'example'; text: string }
  /** A sentence worth remembering, or words to say, shown as a quotation. */
  | { kind: 'quote'; text: string };

/** A lesson in one language. */
export interface LessonText {
  title: string;
  summary: string;
  body: LessonBlock[];
  /** The "In practice" checklist. */
  practice: string[];
  /** The one thing to do next in Sinergia: why (text) and the link's words (label). */
  action: { text: string; label: string };
}

/** A lesson in every supported language: leaving one out is a type error. */
export type Lesson = { slug: string; actionPath: ActionPath } & { readonly [L in Locale]: LessonText };
