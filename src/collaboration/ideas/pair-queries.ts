import { tradesServing, type PairLinks } from './pair-links.ts';

// Questions several rules ask of a pair's links; each answer is a pair of different trades, [A's, B's].

/** The first customer type both trades serve. */
export function customerOfBoth(links: PairLinks, a: string, b: string): string | undefined {
  const { sides, context } = links;
  return links.sharedCustomers.find(
    (customer) => tradesServing(sides.a, customer, context).includes(a) && tradesServing(sides.b, customer, context).includes(b),
  );
}

function firstDifferent(mine: readonly string[], theirs: readonly string[]): [string, string] | undefined {
  for (const a of mine) for (const b of theirs) if (a !== b) return [a, b];
  return undefined;
}

/** The likeliest shared customer type, with a different trade of each side serving it. */
export function servingPair(links: PairLinks): { customer: string; trades: [string, string] } | undefined {
  const { sides, context } = links;
  for (const customer of links.sharedCustomers) {
    const trades = firstDifferent(tradesServing(sides.a, customer, context), tradesServing(sides.b, customer, context));
    if (trades) return { customer, trades };
  }
  return undefined;
}

/** The first sphere both work in, with a different trade of each side in it. */
export function spherePair(links: PairLinks): { sphere: string; trades: [string, string] } | undefined {
  const [sphere] = links.sharedSpheres;
  if (!sphere) return undefined;
  const trades = firstDifferent(links.sides.a.spheres.get(sphere) ?? [], links.sides.b.spheres.get(sphere) ?? []);
  return trades && { sphere, trades };
}

/** What each does that the other does not, when both have such a speciality. */
export function specialities(links: PairLinks): [string, string] | undefined {
  const { a, b } = links.sides;
  const mine = a.trades.find((trade) => !b.trades.includes(trade));
  const theirs = b.trades.find((trade) => !a.trades.includes(trade));
  return mine && theirs ? [mine, theirs] : undefined;
}

/** Each needs a trade the other offers, in a field they share: work they could do together. */
export function mutualNeeds(links: PairLinks): [string, string] | undefined {
  const [fromA] = links.needsMet.b;
  const [fromB] = links.needsMet.a;
  return fromA && fromB && fromA !== fromB && links.sharedSpheres.length > 0 ? [fromA, fromB] : undefined;
}
