import { describe, expect, it } from 'vitest';
import { pickIdeas } from './pick-ideas.ts';

describe('pickIdeas', () => {
  it('takes the best idea of each match in rank order before anyone’s second idea', () => {
    const matches = [
      { member: 'florist', ideas: ['joint: photos + flowers', 'referrals: weddings'] },
      { member: 'venue', ideas: ['joint: photos + venue', 'referrals: weddings'] },
      { member: 'caterer', ideas: ['joint: photos + catering'] },
      { member: 'dj', ideas: ['joint: photos + music'] },
    ];
    expect(pickIdeas(matches)).toEqual([
      { member: 'florist', text: 'joint: photos + flowers' },
      { member: 'venue', text: 'joint: photos + venue' },
      { member: 'caterer', text: 'joint: photos + catering' },
    ]);
  });

  it('fills up with second ideas when there are few matches, never repeating a wording', () => {
    const matches = [
      { member: 'florist', ideas: ['joint: photos + flowers', 'referrals: weddings'] },
      { member: 'venue', ideas: ['referrals: weddings', 'joint: photos + venue'] },
    ];
    expect(pickIdeas(matches)).toEqual([
      { member: 'florist', text: 'joint: photos + flowers' },
      { member: 'venue', text: 'referrals: weddings' },
      { member: 'venue', text: 'joint: photos + venue' },
    ]);
  });

  it('has fewer ideas, or none, when the matches offer fewer', () => {
    expect(pickIdeas([{ member: 'accountant', ideas: [] }, { member: 'florist', ideas: ['joint: photos + flowers'] }])).toEqual([
      { member: 'florist', text: 'joint: photos + flowers' },
    ]);
    expect(pickIdeas([])).toEqual([]);
    expect(pickIdeas([{ member: 'florist', ideas: ['a', 'b'] }], 1)).toEqual([{ member: 'florist', text: 'a' }]);
  });
});
