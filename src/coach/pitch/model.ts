import type { PitchLanguage } from './analysis/types.ts';

/** What the member tells the builder, one short phrase each; any of them may be empty. */
export interface PitchParts {
  /** Whom I help: "pymes familiares de Madrid". */
  whomIHelp: string;
  /** The problem I solve, as a clause about them: "pierden horas cada semana con el papeleo". */
  problem: string;
  /** The result they get: "tener la contabilidad al día". */
  result: string;
  /** Proof: a number, a client, a case. */
  proof: string;
  /** What makes me different. */
  difference: string;
  /** What I am looking for (the ask). */
  ask: string;
}

export const pitchPartNames = ['whomIHelp', 'problem', 'result', 'proof', 'difference', 'ask'] as const satisfies readonly (keyof PitchParts)[];
export type PitchPartName = (typeof pitchPartNames)[number];

/** The three versions: a 10-second introduction, a 30-second elevator pitch and a 60-second one. */
export const pitchVersionNames = ['intro', 'elevator', 'long'] as const;
export type PitchVersionName = (typeof pitchVersionNames)[number];
export type PitchVersions = Record<PitchVersionName, string>;

export const versionSeconds: Record<PitchVersionName, 10 | 30 | 60> = { intro: 10, elevator: 30, long: 60 };

/** A calm speaking pace in both languages, the one the analysis assumes by default. */
export const wordsPerMinute = 130;

export const pitchLanguages = ['es', 'en'] as const satisfies readonly PitchLanguage[];

export const pitchLimits = { part: 300, version: 1000 } as const;

export const emptyParts = (): PitchParts => ({ whomIHelp: '', problem: '', result: '', proof: '', difference: '', ask: '' });
export const emptyVersions = (): PitchVersions => ({ intro: '', elevator: '', long: '' });

export type { PitchLanguage };
