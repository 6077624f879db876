import { describe, expect, it } from 'vitest';
import { buildPlan, type PlanState } from './build-plan.ts';
import { budgetChoices, itemMinutes, type PlanItem } from './model.ts';

const meetingA = '0b9d1e43-6f0e-4b8e-9a59-6d2f1f0c0a01';
const meetingB = '0b9d1e43-6f0e-4b8e-9a59-6d2f1f0c0a02';
const meetingC = '0b9d1e43-6f0e-4b8e-9a59-6d2f1f0c0a03';

/** A member with a busy network: something of every kind to do. */
const busy: PlanState = {
  today: '2030-03-06',
  picks: [
    { slug: 'bea-flores', name: 'Bea Flores', reason: 'Necesita lo que ofreces: fotografía de bodas' },
    { slug: 'carlos-catering', name: 'Carlos Catering', reason: 'Servís a los mismos clientes sin competir' },
    { slug: 'dora-fincas', name: 'Dora Fincas', reason: '3 contactos en común' },
  ],
  followUps: [
    { meetingId: meetingA, name: 'Elena Ruiz', step: 'Enviarle el portfolio', due: '2030-03-01' },
    { meetingId: meetingB, name: 'Fran Gil', step: 'Llamarle', due: '2030-03-08' },
  ],
  referrals: [
    { meetingId: meetingA, name: 'Elena Ruiz', need: 'asesor fiscal', connection: 'Gema Tax' },
    { meetingId: meetingC, name: 'Hugo Sol', need: 'imprenta', connection: 'Inés Print' },
  ],
  profileGaps: ['photo'],
  pitchScore: 48,
  lessons: [
    { slug: 'why-network', title: 'Por qué hacer networking' },
    { slug: 'the-pitch', title: 'El pitch' },
  ],
};

const empty: PlanState = { today: '2030-03-06', picks: [], followUps: [], referrals: [], profileGaps: ['offers', 'needs', 'headline', 'photo'], pitchScore: null, lessons: [] };

const minutesOf = (plan: PlanItem[]) => plan.reduce((sum, item) => sum + item.minutes, 0);
const ids = (plan: PlanItem[]) => plan.map((item) => item.id);

describe('the weekly plan', () => {
  it.each(budgetChoices)('fits a %i-minute budget and fills it when there is enough to do', (budget) => {
    const plan = buildPlan({ state: busy, budget });
    expect(minutesOf(plan)).toBe(budget);
    expect(new Set(ids(plan)).size).toBe(plan.length);
    for (const item of plan) expect(item.minutes).toBe(itemMinutes[item.kind]);
  });

  it('puts late follow-ups first, then a person to meet, an introduction, the profile, the pitch, the week’s other follow-ups, more people, lessons', () => {
    expect(buildPlan({ state: busy, budget: 15 }).map((item) => item.id)).toEqual([`follow-up-${meetingA}-2030-03-01`, 'meet-bea-flores']);
    expect(buildPlan({ state: busy, budget: 60 }).map((item) => item.kind)).toEqual([
      'follow-up', 'meet', 'referral', 'profile', 'pitch', 'follow-up', 'meet', 'meet',
    ]);
    const noLateOnes = buildPlan({ state: { ...busy, followUps: busy.followUps.slice(1) }, budget: 30 });
    expect(ids(noLateOnes)).toEqual(['meet-bea-flores', `referral-${meetingA}`, 'profile', 'pitch']);
  });

  it('makes every item one click from done', () => {
    const plan = buildPlan({ state: { ...busy, lessons: busy.lessons, picks: [], profileGaps: [] }, budget: 60 });
    expect(Object.fromEntries(plan.map((item) => [item.id, item.url]))).toEqual({
      [`follow-up-${meetingA}-2030-03-01`]: `/meetings/${meetingA}`,
      [`referral-${meetingA}`]: `/meetings/${meetingA}#network-offers-title`,
      pitch: '/coach/pitch',
      [`follow-up-${meetingB}-2030-03-08`]: `/meetings/${meetingB}`,
      [`referral-${meetingC}`]: `/meetings/${meetingC}#network-offers-title`,
      'lesson-why-network': '/coach/course/why-network',
      'lesson-the-pitch': '/coach/course/the-pitch',
      explore: '/members',
    });
    expect(buildPlan({ state: busy, budget: 30 }).find((item) => item.kind === 'meet')?.url).toBe('/meetings/new?with=bea-flores');
    expect(buildPlan({ state: empty, budget: 15 }).map((item) => item.url)).toEqual(['/profile', '/coach/pitch']);
  });

  it('with no matches yet asks to complete the profile and write a pitch, then to look around, instead of nothing', () => {
    expect(buildPlan({ state: empty, budget: 15 })).toEqual([
      { kind: 'profile', gaps: ['offers', 'needs', 'headline', 'photo'], id: 'profile', minutes: 5, url: '/profile' },
      { kind: 'pitch', score: null, id: 'pitch', minutes: 10, url: '/coach/pitch' },
    ]);
    expect(ids(buildPlan({ state: { ...empty, lessons: busy.lessons }, budget: 30 }))).toEqual(['profile', 'pitch', 'lesson-why-network', 'lesson-the-pitch', 'explore']);
    // Profile complete, pitch strong, nobody suggested: still something useful.
    expect(ids(buildPlan({ state: { ...empty, profileGaps: [], pitchScore: 85 }, budget: 15 }))).toEqual(['explore']);
  });

  it('improves a weak pitch but leaves a strong one alone', () => {
    expect(buildPlan({ state: { ...empty, profileGaps: [], pitchScore: 40 }, budget: 15 })[0]).toMatchObject({ kind: 'pitch', score: 40 });
    expect(ids(buildPlan({ state: { ...busy, pitchScore: 90 }, budget: 60 }))).not.toContain('pitch');
  });

  it('keeps the items done this week, counting their minutes, and never plans a follow-up or introduction done in an earlier week again', () => {
    const done = buildPlan({ state: busy, budget: 60 }).slice(1, 4);
    const plan = buildPlan({ state: busy, budget: 15, kept: done });
    expect(plan).toEqual(done); // 20 minutes already done: nothing more fits in 15
    const thirty = buildPlan({ state: busy, budget: 30, kept: done });
    expect(thirty.slice(0, 3)).toEqual(done);
    expect(minutesOf(thirty)).toBe(30);

    const earlier = new Set([`follow-up-${meetingA}-2030-03-01`, `referral-${meetingA}`, 'meet-bea-flores']);
    const next = ids(buildPlan({ state: busy, budget: 30, doneEarlier: earlier }));
    expect(next).not.toContain(`follow-up-${meetingA}-2030-03-01`);
    expect(next).not.toContain(`referral-${meetingA}`);
    expect(next[0]).toBe('meet-bea-flores'); // whether a meeting was proposed, Discover knows: still suggested if not
  });
});
