import type { ConceptIndex } from '../concepts/concept-index.ts';
import type { Taxonomy } from '../taxonomy/taxonomy.ts';
import { stemText } from '../text/normalize.ts';
import type { SeekingGoal } from './types.ts';

// Words that mark an offer as meeting the goal: whoever offers "inversión business angel" is someone a
// member looking for investors wants to meet.
const goalKeywords: Record<SeekingGoal, string[]> = {
  investors: [
    'inversión', 'inversor', 'business angel', 'capital riesgo', 'investment', 'investor', 'venture capital', 'funding',
  ],
  mentors: ['mentor', 'mentoría', 'mentoring', 'coaching', 'coach'],
  talent: ['selección de personal', 'reclutamiento', 'headhunter', 'recruitment', 'recruiting', 'staffing'],
  learning: ['formación', 'curso', 'taller', 'academia', 'educación', 'training', 'course', 'workshop', 'education'],
};

/** The concepts whose names contain one of a goal's keywords; customer types never meet a goal. */
export function findGoalConcepts(taxonomy: Taxonomy, conceptIndex: ConceptIndex): Map<SeekingGoal, Set<string>> {
  const customers = new Set(taxonomy.concepts.filter((c) => c.kind === 'customer').map((c) => c.id));
  const out = new Map<SeekingGoal, Set<string>>();
  for (const [goal, keywords] of Object.entries(goalKeywords) as [SeekingGoal, string[]][]) {
    const keywordStems = keywords.map(stemText);
    const concepts = new Set<string>();
    for (const term of conceptIndex.terms) {
      if (customers.has(term.conceptId)) continue;
      if (keywordStems.some((stems) => stems.every((stem) => term.stems.includes(stem)))) concepts.add(term.conceptId);
    }
    out.set(goal, concepts);
  }
  return out;
}
