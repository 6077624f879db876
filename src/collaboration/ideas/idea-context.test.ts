import { describe, expect, it } from 'vitest';
import { relationIndex } from '../../matching/indexes.ts';
import { ideaContextFrom } from './idea-context.ts';

const relations = relationIndex();
const context = ideaContextFrom(relations);

describe('ideaContextFrom', () => {
  it('passes the taxonomy relations, kinds, spheres and labels through', () => {
    expect(context.complements.get('wedding-photography')?.has('floristry')).toBe(true);
    expect(context.supplies.get('winery')?.has('wine-import')).toBe(true);
    expect(context.competes.get('accounting')?.has('tax-advice')).toBe(true);
    expect(context.kinds.get('winery')).toBe('product');
    expect(context.spheres.get('catering')).toEqual(['weddings-events', 'hospitality-tourism']);
    expect(context.labels.concept('floristry', 'es')).toBe('Floristería');
    expect(context.labels.sphere('weddings-events', 'en')).toBe('Weddings & celebrations');
  });

  it('derives the channels that sell producers’ goods on from their spheres', () => {
    expect(context.channels.get('wine-import')).toBe('distribution');
    expect(context.channels.get('wine-distribution')).toBe('distribution');
    expect(context.channels.get('importers')).toBe('distribution');
    expect(context.channels.get('wine-shop')).toBe('reseller');
    expect(context.channels.get('gourmet-foods')).toBe('reseller');
    expect(context.channels.has('winery')).toBe(false);
    expect(context.channels.has('accounting')).toBe(false);
  });
});
