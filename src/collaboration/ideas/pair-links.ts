import type { Goal } from '../../profiles/profile-input.ts';
import { foldText } from '../../matching/text/normalize.ts';
import type { IdeaContext } from './idea-context.ts';
import { otherSide, type IdeaPair, type IdeaSide, type SideKey } from './types.ts';

/** One side as the rules read it. Lists keep the member's order: the first is what they put first. */
export interface SideView {
  /** Offers that are not customer types: what they sell. */
  trades: readonly string[];
  /** Needs that are not customer types. */
  needs: readonly string[];
  /** Customer types served: named in their offers or needs first, then those their trades supply. */
  customers: readonly string[];
  namedCustomers: ReadonlySet<string>;
  businessTypes: readonly string[];
  goals: ReadonlySet<Goal>;
  /** Sphere → their trades in it. */
  spheres: ReadonlyMap<string, readonly string[]>;
  city: string;
  country: string;
  remote: boolean;
}

/** What the taxonomy says about the two sides together, found once and read by every rule. */
export interface PairLinks {
  context: IdeaContext;
  sides: Readonly<Record<SideKey, SideView>>;
  /** Complementary trades, [A's, B's]. */
  complements: readonly (readonly [string, string])[];
  /** For each side: the other's trades it needs. */
  needsMet: Readonly<Record<SideKey, readonly string[]>>;
  /** For each side: [its trade, the other's trade or business type that trade typically supplies]. */
  supplies: Readonly<Record<SideKey, readonly (readonly [string, string])[]>>;
  /** Customer types both serve, the likeliest shared audience first. */
  sharedCustomers: readonly string[];
  /** Spheres where each has a different trade. */
  sharedSpheres: readonly string[];
  /** The same trade, or substitutes, [A's, B's]: what makes them colleagues. */
  sameTrades: readonly (readonly [string, string])[];
  /** Known to be in different cities or countries, neither working remotely: they do not fight for clients. */
  apart: boolean;
  differentCountries: boolean;
  /** Colleagues fighting for the same clients: mostly the same trades, or the same main trade, in one area. */
  competitors: boolean;
}

const none: ReadonlySet<string> = new Set();

function viewOf(side: IdeaSide, context: IdeaContext): SideView {
  const isCustomer = (id: string) => context.kinds.get(id) === 'customer';
  const trades = [...new Set(side.offers.filter((id) => !isCustomer(id)))];
  const named = [...side.offers, ...side.needs].filter(isCustomer);
  const supplied = trades.flatMap((id) => [...(context.supplies.get(id) ?? none)].filter(isCustomer));
  const spheres = new Map<string, string[]>();
  for (const trade of trades)
    for (const sphere of context.spheres.get(trade) ?? []) spheres.set(sphere, [...(spheres.get(sphere) ?? []), trade]);
  return {
    trades,
    needs: [...new Set(side.needs.filter((id) => !isCustomer(id)))],
    customers: [...new Set([...named, ...supplied])],
    namedCustomers: new Set(named),
    businessTypes: side.businessTypes ?? [],
    goals: new Set(side.goals),
    spheres,
    city: foldText(side.city ?? ''),
    country: (side.country ?? '').toUpperCase(),
    remote: side.remote ?? false,
  };
}

/** Every [x, y] with x from `from`, y from `to` and y in links(x), in list order. */
function pairsLinked(from: readonly string[], to: readonly string[], links: ReadonlyMap<string, ReadonlySet<string>>) {
  return from.flatMap((x) => to.filter((y) => links.get(x)?.has(y)).map((y) => [x, y] as const));
}

/** The trades of a side that serve a customer type: all of them when the member names it. */
export function tradesServing(view: SideView, customer: string, context: IdeaContext): readonly string[] {
  if (view.namedCustomers.has(customer)) return view.trades;
  return view.trades.filter((trade) => context.supplies.get(trade)?.has(customer));
}

function sharedCustomers(a: SideView, b: SideView, context: IdeaContext): string[] {
  const inSharedSphere = (customer: string) =>
    (context.spheres.get(customer) ?? []).some((sphere) => a.spheres.has(sphere) && b.spheres.has(sphere));
  const score = (customer: string) =>
    Number(a.namedCustomers.has(customer)) + Number(b.namedCustomers.has(customer)) + Number(inSharedSphere(customer));
  // Array.prototype.sort is stable: equal scores keep A's order.
  return a.customers.filter((c) => b.customers.includes(c)).sort((x, y) => score(y) - score(x));
}

function sharedSpheres(a: SideView, b: SideView): string[] {
  return [...a.spheres].filter(([sphere, mine]) => b.spheres.get(sphere)?.some((theirs) => !mine.includes(theirs)))
    .map(([sphere]) => sphere);
}

function areApart(a: SideView, b: SideView): boolean {
  if (a.remote || b.remote) return false;
  if (a.country && b.country && a.country !== b.country) return true;
  return a.city !== '' && b.city !== '' && a.city !== b.city;
}

function areCompetitors(a: SideView, b: SideView, context: IdeaContext, apart: boolean): boolean {
  if (apart) return false;
  const rival = (x: string | undefined, y: string | undefined) =>
    x !== undefined && y !== undefined && (x === y || (context.competes.get(x)?.has(y) ?? false));
  const shorter = Math.min(a.trades.length, b.trades.length);
  const overlapping = a.trades.filter((x) => b.trades.some((y) => rival(x, y))).length;
  // More than half of the shorter list of trades in common, as in the matching's competitor rule.
  return rival(a.trades[0], b.trades[0]) || (shorter > 0 && overlapping / shorter > 0.5);
}

export function linkPair(pair: IdeaPair, context: IdeaContext): PairLinks {
  const sides = { a: viewOf(pair.a, context), b: viewOf(pair.b, context) };
  const { a, b } = sides;
  const apart = areApart(a, b);
  const suppliable = (view: SideView) => [...view.trades, ...view.businessTypes];
  const bySide = <T>(f: (side: SideKey) => T): Record<SideKey, T> => ({ a: f('a'), b: f('b') });
  const identical = a.trades.filter((x) => b.trades.includes(x)).map((x) => [x, x] as const);
  return {
    context,
    sides,
    complements: pairsLinked(a.trades, b.trades, context.complements),
    needsMet: bySide((side) => sides[side].needs.filter((need) => sides[otherSide(side)].trades.includes(need))),
    supplies: bySide((side) => pairsLinked(sides[side].trades, suppliable(sides[otherSide(side)]), context.supplies)),
    sharedCustomers: sharedCustomers(a, b, context),
    sharedSpheres: sharedSpheres(a, b),
    sameTrades: [...identical, ...pairsLinked(a.trades, b.trades, context.competes)],
    apart,
    differentCountries: a.country !== '' && b.country !== '' && a.country !== b.country,
    competitors: areCompetitors(a, b, context, apart),
  };
}
