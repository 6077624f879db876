import { describe, expect, it } from 'vitest';
import { buildConceptIndex } from '../../matching/concepts/concept-index.ts';
import { buildRelationIndex } from '../../matching/ranking/relation-index.ts';
import { smallTaxonomy } from '../../matching/test-support/small-taxonomy.ts';
import { collaborationIdeas, offersMeetingNeeds } from './pair-ideas.ts';

const index = buildConceptIndex(smallTaxonomy);
const relations = buildRelationIndex(smallTaxonomy, index);
const photographerAndFlorist = { yourOffers: ['fotografía de bodas'], theirOffers: ['decoración floral'], theirNeeds: ['fotógrafo de bodas'] };

describe('collaborationIdeas', () => {
  it('proposes a joint offer for complementary trades and mutual referrals inside a shared sphere, in the viewer language', () => {
    expect(collaborationIdeas(index, relations, photographerAndFlorist, 'es')).toEqual([
      'Una oferta conjunta: Fotografía de bodas + Floristería para los mismos clientes',
      'Recomendaros clientes mutuamente: los dos trabajáis en Bodas y eventos',
    ]);
    expect(collaborationIdeas(index, relations, photographerAndFlorist, 'en')).toEqual([
      'A joint offer: Wedding photography + Floristry for the same clients',
      'Refer clients to each other: you both work in Weddings & events',
    ]);
  });

  it('has nothing to propose when the two trades share neither a relation nor a sphere', () => {
    expect(collaborationIdeas(index, relations, { yourOffers: ['fotografía de bodas'], theirOffers: ['contabilidad'], theirNeeds: [] }, 'es')).toEqual([]);
  });
});

describe('offersMeetingNeeds', () => {
  it('lists the viewer offers that meet one of their needs, in the viewer order', () => {
    expect(offersMeetingNeeds(index, { ...photographerAndFlorist, yourOffers: ['contabilidad', 'fotografía de bodas'] })).toEqual(['fotografía de bodas']);
  });
});
