import type { IdeaDraft } from '../draft.ts';
import type { PairLinks } from '../pair-links.ts';
import { forSides, otherSide, sideKeys, type SideKey } from '../types.ts';

/**
 * The channel side's trade or business type that would sell the product on: one the taxonomy says
 * the product supplies (winery → wine import), or, when they ask for the product, their first channel.
 */
function channelFor(links: PairLinks, channelSide: SideKey, product: string) {
  const { context } = links;
  const side = links.sides[channelSide];
  const channels = [...side.trades, ...side.businessTypes].filter((id) => context.channels.has(id));
  const asked = side.needs.includes(product);
  const through = channels.find((id) => context.supplies.get(product)?.has(id)) ?? (asked ? channels[0] : undefined);
  return through && { through, kind: context.channels.get(through) ?? 'distribution', asked };
}

/**
 * A producer's goods carried by an importer or distributor (a distribution agreement), or stocked by
 * a shop (a reseller agreement); worth most across a border, where the producer has no reach.
 */
export function distribution(links: PairLinks): IdeaDraft | undefined {
  for (const producer of sideKeys) {
    const channelSide = otherSide(producer);
    for (const product of links.sides[producer].trades.filter((id) => links.context.kinds.get(id) === 'product')) {
      const channel = channelFor(links, channelSide, product);
      if (!channel) continue;
      const abroad = links.differentCountries;
      return {
        format: 'distribution',
        kind: channel.kind,
        text: channel.kind === 'reseller' ? 'reseller' : abroad ? 'distributionAbroad' : 'distributionHome',
        named: [product, channel.through],
        gains: forSides(producer, 'producer', 'channel'),
        sides: forSides(producer, product, channel.through),
        ...(abroad && { market: links.sides[channelSide].country }),
        fit: 0.8 + (channel.asked ? 0.05 : 0) + (abroad ? 0.1 : 0),
      };
    }
  }
  return undefined;
}
