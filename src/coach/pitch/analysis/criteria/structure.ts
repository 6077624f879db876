import { pitchParts, type PitchPart } from '../phrases/vocabulary.ts';
import { findCues } from '../text/cues.ts';
import { clampScore, type CriterionResult, type PitchReading } from './criterion.ts';

// A 10-second introduction only has room for whom you help and what they get.
const partsExpected = (targetSeconds: number): PitchPart[] => (targetSeconds <= 10 ? ['audience', 'result'] : [...pitchParts]);

/** Which of the six parts the pitch has: by their cues, and for result, proof and ask by the facts found. */
export function findParts({ pitch, vocabulary, facts, ask }: PitchReading): Record<PitchPart, boolean> {
  const has = (cues: readonly string[]) => findCues(pitch, cues).length > 0;
  return {
    audience: has(vocabulary.partCues.audience),
    problem: has(vocabulary.partCues.problem),
    result: facts.outcomes.length > 0 || has(vocabulary.partCues.result),
    proof: facts.numbers.length > 0 || facts.names.length > 0 || has(vocabulary.partCues.proof),
    difference: has(vocabulary.partCues.difference),
    ask: ask.found,
  };
}

/** The share of the expected parts present; the ask's own criterion gives the advice about it. */
export function judgeStructure(reading: PitchReading): CriterionResult {
  const parts = findParts(reading);
  const expected = partsExpected(reading.targetSeconds);
  const present = expected.filter((part) => parts[part]);
  const suggestions = expected
    .filter((part) => !parts[part] && part !== 'ask')
    .map((part) => ({ criterion: 'structure' as const, quote: null, message: reading.messages.missingPart[part] }));
  return {
    score: clampScore((100 * present.length) / expected.length),
    details: { ...parts, expected, missing: expected.filter((part) => !parts[part]) },
    suggestions,
  };
}
