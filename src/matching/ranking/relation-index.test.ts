import { describe, expect, it } from 'vitest';
import { smallTaxonomy } from '../test-support/small-taxonomy.ts';
import { buildRelationIndex } from './relation-index.ts';

const relations = buildRelationIndex(smallTaxonomy);

describe('buildRelationIndex', () => {
  it('stores complements and competes both ways, supplies one way', () => {
    expect(relations.complements.get('floristry')?.has('wedding-photography')).toBe(true);
    expect(relations.complements.get('wedding-photography')?.has('floristry')).toBe(true);
    expect(relations.competes.get('wedding-photography')?.has('photography')).toBe(true);
    expect(relations.supplies.get('winery')?.has('wine-import')).toBe(true);
    expect(relations.supplies.get('wine-import')).toBeUndefined();
  });

  it('knows each concept’s spheres and kind', () => {
    expect(relations.spheres.get('catering')).toEqual(['weddings-events']);
    expect(relations.kinds.get('startups')).toBe('customer');
  });

  it('finds the offers that meet a goal from their names, never a customer type', () => {
    expect([...relations.goalConcepts.get('investors')!]).toEqual(['angel-investment']);
    expect(relations.goalConcepts.get('mentors')!.size).toBe(0);
  });

  it('labels concepts and spheres in both languages, falling back to the id', () => {
    expect(relations.labels.concept('floristry', 'es')).toBe('Floristería');
    expect(relations.labels.concept('floristry', 'en')).toBe('Floristry');
    expect(relations.labels.sphere('home-real-estate', 'en')).toBe('Home & real estate');
    expect(relations.labels.concept('unknown-concept', 'es')).toBe('unknown-concept');
  });
});
