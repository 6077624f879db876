import { symmetricDraft, type IdeaDraft } from '../draft.ts';
import type { PairLinks } from '../pair-links.ts';
import { customerOfBoth, servingPair, spherePair } from '../pair-queries.ts';

const eventSpheres: ReadonlySet<string> = new Set(['weddings-events', 'corporate-events']);

/**
 * An event put on together by two who work in events: strongest when one supplies the other's events
 * (a caterer for an event planner). Complementary trades qualify when one of them works in events;
 * a customer type or a sphere in common only when both do.
 */
export function sharedEvent(links: PairLinks): IdeaDraft | undefined {
  const { context, sides } = links;
  const inEvents = (id: string) => (context.spheres.get(id) ?? []).some((sphere) => eventSpheres.has(sphere));
  const supplying = [
    ...links.supplies.a.filter(([, y]) => sides.b.trades.includes(y)),
    ...links.supplies.b.filter(([, y]) => sides.a.trades.includes(y)).map(([x, y]) => [y, x] as const),
  ];
  const sharing = [servingPair(links), spherePair(links)].flatMap((found) => (found ? [found.trades] : []));
  const pick = (pairs: readonly (readonly [string, string])[], both: boolean) =>
    pairs.find(([a, b]) => a !== b && (both ? inEvents(a) && inEvents(b) : inEvents(a) || inEvents(b)));
  const supplied = pick(supplying, false);
  const pair = supplied ?? pick(links.complements, false) ?? pick(sharing, true);
  if (!pair) return undefined;
  const [a, b] = pair;
  const fit = 0.5 + (inEvents(a) && inEvents(b) ? 0.15 : 0) + (supplied ? 0.1 : 0);
  return symmetricDraft({ format: 'sharedEvent', text: 'sharedEvent', customer: customerOfBoth(links, a, b), fit }, 'sharedEvent', a, b);
}
