import type { LessonBlock, LessonText } from './lesson.ts';

/** A relaxed reading pace for practical text, in either language. */
export const wordsPerMinute = 200;

const blockText = (block: LessonBlock): string[] => (block.kind === 'list' ? block.items : [block.text]);

/** Everything a reader reads in the lesson, as separate texts. */
export const lessonTexts = (lesson: LessonText): string[] => [
  lesson.title,
  lesson.summary,
  ...lesson.body.flatMap(blockText),
  ...lesson.practice,
  lesson.action.text,
  lesson.action.label,
];

export const countWords = (texts: string[]): number =>
  texts.reduce((total, text) => total + (text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0), 0);

/** Whole minutes to read the lesson, at least one. */
export const readingMinutes = (lesson: LessonText): number => Math.max(1, Math.ceil(countWords(lessonTexts(lesson)) / wordsPerMinute));
