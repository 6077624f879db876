import type { Feedback } from '../ranking/types.ts';

/** The whole community's connections, blocks and feedback, as the batch reads them once. */
export interface NetworkFacts {
  connections: readonly (readonly [string, string])[];
  blocks: readonly (readonly [string, string])[];
  feedback: ReadonlyMap<string, Readonly<Record<string, Feedback>>>;
}

/** One viewer's situation, as recommendFor gathers it from the database per request. */
export interface ViewerSituation {
  excluded: Set<string>;
  feedback: Readonly<Record<string, Feedback>>;
  mutualConnections: Map<string, number>;
}

function addTo(map: Map<string, string[]>, from: string, to: string): void {
  const list = map.get(from);
  if (list) list.push(to);
  else map.set(from, [to]);
}

/** Who is connected with whom and who blocked whom, both ways, for per-viewer lookups. */
export function indexNetwork(facts: NetworkFacts) {
  const contacts = new Map<string, string[]>();
  for (const [a, b] of facts.connections) {
    addTo(contacts, a, b);
    addTo(contacts, b, a);
  }
  const blocked = new Map<string, string[]>();
  for (const [a, b] of facts.blocks) {
    addTo(blocked, a, b);
    addTo(blocked, b, a);
  }
  return { contacts, blocked, feedback: facts.feedback };
}

/**
 * The viewer's exclusions (connections and blocks either way) and friends of friends with how many
 * contacts they share — the same facts recommendFor reads from the database for one member.
 */
export function situationOf(viewerId: string, network: ReturnType<typeof indexNetwork>): ViewerSituation {
  const mine = network.contacts.get(viewerId) ?? [];
  const mutualConnections = new Map<string, number>();
  for (const contact of mine)
    for (const other of network.contacts.get(contact) ?? [])
      if (other !== viewerId) mutualConnections.set(other, (mutualConnections.get(other) ?? 0) + 1);
  return {
    excluded: new Set([...mine, ...(network.blocked.get(viewerId) ?? [])]),
    feedback: network.feedback.get(viewerId) ?? {},
    mutualConnections,
  };
}
