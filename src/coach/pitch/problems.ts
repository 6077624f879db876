import { ProblemError } from '../../http/problem.ts';

export const pitchVersionEmpty = () =>
  new ProblemError(400, 'pitch-version-empty', 'problem.pitchVersionEmpty.title', 'problem.pitchVersionEmpty.detail');

/** A language the analysis has no word lists for: the detail says which ones it has. */
export const unsupportedPitchLanguage = (language: string) =>
  new ProblemError(400, 'unsupported-language', 'problem.pitchLanguage.title', 'problem.pitchLanguage.detail', { language });

export const pitchForSelf = () => new ProblemError(400, 'pitch-for-self', 'problem.pitchForSelf.title', 'problem.pitchForSelf.detail');
