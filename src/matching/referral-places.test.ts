import { describe, expect, it } from 'vitest';
import { referralPlaces, referralPlacesSought, type Place } from './referral-places.ts';

const at = (city: string, remote = false, region = ''): Place => ({ city, region, remote });

describe('referral places', () => {
  it('are each key alone and with the folded city, the region, and "anywhere" for remote workers', () => {
    expect(referralPlaces(['weddings-events'], at('Málaga', false, 'Andalucía'))).toEqual([
      'weddings-events', 'weddings-events@city:malaga', 'weddings-events@region:andalucia',
    ]);
    expect(referralPlaces(['seo', 'smes'], at('', true))).toEqual(['seo', 'seo@anywhere', 'smes', 'smes@anywhere']);
  });

  it('meet between a viewer and the members nearby or working remotely; anywhere for a remote viewer', () => {
    const meets = (viewer: Place, member: Place) => {
      const sought = new Set(referralPlacesSought(['weddings-events'], viewer));
      return referralPlaces(['weddings-events'], member).some((key) => sought.has(key));
    };
    expect(meets(at('Malaga'), at('MÁLAGA'))).toBe(true);
    expect(meets(at('Malaga'), at('London', true))).toBe(true);
    expect(meets(at('Malaga'), at('Madrid', false, 'Comunidad de Madrid'))).toBe(false);
    expect(meets(at('Malaga', true), at('Madrid'))).toBe(true);
    expect(new Set(referralPlacesSought(['weddings-events'], at('Malaga'))).has('weddings-events')).toBe(false);
  });
});
