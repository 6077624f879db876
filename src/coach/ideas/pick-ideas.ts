/** A Discover match, best first, with the collaboration ideas for the pair (most concrete first). */
export interface MatchIdeas<Member> {
  member: Member;
  ideas: readonly string[];
}

export interface PickedIdea<Member> {
  member: Member;
  text: string;
}

/**
 * The `count` best ideas, each worded differently: the best idea of each match in rank order
 * first, then their second ones, and so on, so the ideas bring in as many people as they can.
 */
export function pickIdeas<Member>(matches: readonly MatchIdeas<Member>[], count = 3): PickedIdea<Member>[] {
  const picked: PickedIdea<Member>[] = [];
  const texts = new Set<string>();
  const rounds = Math.max(0, ...matches.map((match) => match.ideas.length));
  for (let round = 0; round < rounds; round++) {
    for (const { member, ideas } of matches) {
      const text = ideas[round];
      if (text === undefined || texts.has(text)) continue;
      if (picked.length === count) return picked;
      texts.add(text);
      picked.push({ member, text });
    }
  }
  return picked;
}
