import { describe, expect, it } from 'vitest';
import type { DiscoverPage, MemberCard, Recommendation } from '../types.ts';
import { appendPage, discoverPath, firstPage, hasMore, searchPath, updateMember, withoutMember } from './discoverList.ts';

function recommendation(slug: string): Recommendation {
  const member: MemberCard = {
    slug,
    name: slug,
    headline: '',
    company: '',
    sector: '',
    city: '',
    country: '',
    photoUrl: '',
    offers: [],
    languages: [],
    goals: [],
    remote: false,
  };
  return { member, score: 50, relation: 'peer', reasons: ['r'], mutualConnections: 0, connection: null };
}

const page = (slugs: string[], total: number, nextStep: DiscoverPage['nextStep'] = null): DiscoverPage => ({
  items: slugs.map(recommendation),
  total,
  nextStep,
});
const slugs = (items: Recommendation[]) => items.map((item) => item.member.slug);

describe('discover list', () => {
  it('builds the API paths from the contract', () => {
    expect(discoverPath({ limit: 5, offset: 0, includeCompetitors: false })).toBe('/api/discover?limit=5&offset=0&includeCompetitors=false');
    expect(discoverPath({ limit: 10, offset: 10, includeCompetitors: true })).toBe('/api/discover?limit=10&offset=10&includeCompetitors=true');
    expect(searchPath('abogado mercantil en Valencia')).toBe('/api/discover/search?q=abogado+mercantil+en+Valencia&limit=10');
  });

  it('pages through the ranking by offset and knows when it ends', () => {
    let list = firstPage(page(['a', 'b', 'c', 'd', 'e'], 7, 'add-offers-needs'));
    expect(list).toMatchObject({ consumed: 5, total: 7, nextStep: 'add-offers-needs' });
    expect(hasMore(list)).toBe(true);
    list = appendPage(list, page(['f', 'g'], 7));
    expect(slugs(list.items)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(list.nextStep).toBeNull();
    expect(hasMore(list)).toBe(false);
  });

  it('moves the next offset back for each skipped member, who left the server ranking', () => {
    let list = firstPage(page(['a', 'b', 'c', 'd', 'e'], 9));
    list = withoutMember(withoutMember(list, 'b'), 'd');
    expect(list).toMatchObject({ consumed: 3, total: 7 });
    expect(slugs(list.items)).toEqual(['a', 'c', 'e']);
    expect(withoutMember(list, 'nobody')).toBe(list);
  });

  it('never shows a member twice, and stops when a page comes back empty', () => {
    let list = firstPage(page(['a', 'b'], 4));
    list = appendPage(list, page(['b', 'c'], 4));
    expect(slugs(list.items)).toEqual(['a', 'b', 'c']);
    list = appendPage(list, page([], 4));
    expect(hasMore(list)).toBe(false);
  });

  it('updates a card in place', () => {
    const items = [recommendation('a'), recommendation('b')];
    const updated = updateMember(items, 'b', { connection: 'pending-outgoing' });
    expect(updated.map((item) => item.connection)).toEqual([null, 'pending-outgoing']);
    expect(items[1]?.connection).toBeNull();
  });
});
