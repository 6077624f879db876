import { describe, expect, it } from 'vitest';
import { locales } from '../../i18n/locale.ts';
import { actionPaths, type LessonBlock, type LessonText } from './lesson.ts';
import { lessons } from './lessons/index.ts';
import { countWords, lessonTexts, readingMinutes, wordsPerMinute } from './reading-time.ts';

/** Other pages link to these slugs, and each lesson ends with this action. */
const expectedCourse = [
  ['why-network', '/coach/obstacles'],
  ['pitch', '/coach/pitch'],
  ['listening', '/discover'],
  ['preparing-meetings', '/meetings'],
  ['following-up', '/meetings'],
  ['giving-first', '/connections'],
  ['proposing-collaboration', '/coach/ideas'],
  ['events', '/discover'],
];

/** The shape of a lesson without its words: block kinds, list lengths and checklist length. */
const structureOf = (text: LessonText) => ({
  body: text.body.map((block) => (block.kind === 'list' ? `list:${block.items.length}` : block.kind)),
  practice: text.practice.length,
});

const blockTexts = (block: LessonBlock) => (block.kind === 'list' ? block.items : [block.text]);
const readingWords = (text: LessonText) => countWords([...text.body.flatMap(blockTexts), ...text.practice]);

describe('the short course', () => {
  it('has the eight lessons in order, each ending with its action', () => {
    expect(lessons.map((lesson) => [lesson.slug, lesson.actionPath])).toEqual(expectedCourse);
    for (const lesson of lessons) expect(actionPaths).toContain(lesson.actionPath);
  });

  describe.each(lessons.map((lesson) => [lesson.slug, lesson] as const))('%s', (_slug, lesson) => {
    it.each(locales)('is complete in %s: title, summary, body, practice and action, all with text', (locale) => {
      const text = lesson[locale];
      expect(text.title.trim()).not.toBe('');
      expect(text.summary.trim()).not.toBe('');
      expect(text.body.length).toBeGreaterThanOrEqual(4);
      expect(text.body.some((block) => block.kind === 'example' || block.kind === 'quote')).toBe(true);
      expect(text.practice.length).toBeGreaterThanOrEqual(3);
      expect(text.action.text.trim()).not.toBe('');
      expect(text.action.label.trim()).not.toBe('');
      for (const piece of lessonTexts(text)) {
        expect(piece.trim(), `an empty text in ${locale}`).not.toBe('');
        expect(piece, 'plain text only').not.toMatch(/<\/?[a-z][^>]*>/i);
      }
    });

    it.each(locales)('is a short read in %s: 250–400 words of body and checklist, a couple of minutes', (locale) => {
      const words = readingWords(lesson[locale]);
      expect(words).toBeGreaterThanOrEqual(250);
      expect(words).toBeLessThanOrEqual(400);
      expect(readingMinutes(lesson[locale])).toBeGreaterThanOrEqual(2);
      expect(readingMinutes(lesson[locale])).toBeLessThanOrEqual(3);
    });

    it('has the same structure in Spanish and English', () => {
      expect(structureOf(lesson.en)).toEqual(structureOf(lesson.es));
    });

    it('is written in each language, not copied from the other', () => {
      const spanish = new Set(lessonTexts(lesson.es));
      expect(lessonTexts(lesson.en).filter((text) => text.length > 20 && spanish.has(text))).toEqual([]);
    });
  });
});

describe('reading time', () => {
  const words = (count: number) => Array.from({ length: count }, (_, i) => `word${i}`).join(' ');
  const lessonOf = (bodyWords: number): LessonText => ({
    title: 'Title',
    summary: 'Summary',
    body: [{ kind: 'paragraph', text: words(bodyWords) }],
    practice: ['Do it'],
    action: { text: 'Go', label: 'Open' },
  });

  it('counts words, taking contractions, hyphens and accented letters as one word and numbers as words', () => {
    expect(countWords(['Don’t stop: a well-known café, 1 + 1 = 3.', '¿Cómo te encuentra la mayoría?'])).toBe(13);
  });

  it(`rounds up at ${wordsPerMinute} words a minute, never below one minute`, () => {
    // title, summary, "Do it", "Go", "Open": 6 words besides the body
    expect(readingMinutes(lessonOf(0))).toBe(1);
    expect(readingMinutes(lessonOf(wordsPerMinute - 6))).toBe(1);
    expect(readingMinutes(lessonOf(wordsPerMinute - 5))).toBe(2);
    expect(readingMinutes(lessonOf(3 * wordsPerMinute - 6))).toBe(3);
  });
});
