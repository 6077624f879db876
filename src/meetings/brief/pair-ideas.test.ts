import { describe, expect, it } from 'vitest';
import { buildConceptIndex } from '../../matching/concepts/concept-index.ts';
import { smallTaxonomy } from '../../matching/test-support/small-taxonomy.ts';
import { offersMeetingNeeds } from './pair-ideas.ts';

const index = buildConceptIndex(smallTaxonomy);
const photographerAndFlorist = { yourOffers: ['fotografía de bodas'], theirOffers: ['decoración floral'], theirNeeds: ['fotógrafo de bodas'] };

describe('offersMeetingNeeds', () => {
  it('lists the viewer offers that meet one of their needs, in the viewer order', () => {
    expect(offersMeetingNeeds(index, { ...photographerAndFlorist, yourOffers: ['contabilidad', 'fotografía de bodas'] })).toEqual(['fotografía de bodas']);
  });
});
