import { itemMinutes, type Budget, type ItemKind, type ItemSubject, type LocalDate, type PlanItem, type ProfileGap } from './model.ts';

/** What the plan is made from: the member's real network this week, gathered by plan-state.ts. */
export interface PlanState {
  /** The member's date today, on their clock; follow-ups due by then are overdue. */
  today: LocalDate;
  /** Discover's picks, best first, each with the strongest reason to meet, in the member's language. */
  picks: { slug: string; name: string; reason: string }[];
  /** Next steps noted after meetings, due by the end of this week (or overdue), oldest first. */
  followUps: { meetingId: string; name: string; step: string; due: LocalDate }[];
  /** Needs of members met that one of the member's connections offers: introductions to make. */
  referrals: { meetingId: string; name: string; need: string; connection: string }[];
  /** The parts of the profile still empty. */
  profileGaps: ProfileGap[];
  /** The pitch analysis score of the profile pitch, 0–100; null when there is no pitch yet. */
  pitchScore: number | null;
  /** Course lessons not done yet, in course order. */
  lessons: { slug: string; title: string }[];
}

export interface PlanRequest {
  state: PlanState;
  budget: Budget;
  /** Items to keep whatever happens (those already done this week), first, counted against the budget. */
  kept?: PlanItem[];
  /** Ids of items done in earlier weeks: a follow-up, an introduction or a lesson done once is not planned again. */
  doneEarlier?: ReadonlySet<string>;
}

/** A pitch scoring below this is worth ten minutes of work. */
export const strongPitchScore = 70;

// What the real state cannot tell is done is done once the member says so.
const oneOff = new Set<ItemKind>(['follow-up', 'referral', 'lesson']);

function item(subject: ItemSubject): PlanItem {
  const minutes = itemMinutes[subject.kind];
  switch (subject.kind) {
    case 'follow-up':
      return { ...subject, id: `follow-up-${subject.meetingId}-${subject.due}`, minutes, url: `/meetings/${subject.meetingId}` };
    case 'meet':
      return { ...subject, id: `meet-${subject.slug}`, minutes, url: `/meetings/new?with=${subject.slug}` };
    case 'referral':
      return { ...subject, id: `referral-${subject.meetingId}`, minutes, url: `/meetings/${subject.meetingId}#network-offers-title` };
    case 'profile':
      return { ...subject, id: 'profile', minutes, url: '/profile' };
    case 'pitch':
      return { ...subject, id: 'pitch', minutes, url: '/coach/pitch' };
    case 'lesson':
      return { ...subject, id: `lesson-${subject.slug}`, minutes, url: `/coach/course/${subject.slug}` };
    case 'explore':
      return { ...subject, id: 'explore', minutes, url: '/members' };
  }
}

/**
 * Everything worth doing, most valuable first: promises already late, then a person to meet, an
 * introduction to make, the profile and pitch that make the rest work, the week's other follow-ups,
 * more people, lessons; with nobody to suggest yet, a look around the directory.
 */
function candidates(state: PlanState): PlanItem[] {
  const overdue = state.followUps.filter((f) => f.due <= state.today);
  const later = state.followUps.filter((f) => f.due > state.today);
  const [firstPick, ...morePicks] = state.picks;
  const [firstReferral, ...moreReferrals] = state.referrals;
  const subjects: (ItemSubject | undefined | false)[] = [
    ...overdue.map((f) => ({ kind: 'follow-up' as const, ...f })),
    firstPick && { kind: 'meet', ...firstPick },
    firstReferral && { kind: 'referral', ...firstReferral },
    state.profileGaps.length > 0 && { kind: 'profile', gaps: state.profileGaps },
    (state.pitchScore === null || state.pitchScore < strongPitchScore) && { kind: 'pitch', score: state.pitchScore },
    ...later.map((f) => ({ kind: 'follow-up' as const, ...f })),
    ...morePicks.map((pick) => ({ kind: 'meet' as const, ...pick })),
    ...moreReferrals.map((referral) => ({ kind: 'referral' as const, ...referral })),
    ...state.lessons.map((lesson) => ({ kind: 'lesson' as const, ...lesson })),
    !firstPick && { kind: 'explore' },
  ];
  return subjects.filter((subject): subject is ItemSubject => !!subject).map(item);
}

/**
 * The week's plan: the kept items, then the most valuable candidates that still fit, skipping any
 * too long for the minutes left. Beyond the kept items the total never exceeds the budget.
 */
export function buildPlan({ state, budget, kept = [], doneEarlier = new Set() }: PlanRequest): PlanItem[] {
  const plan = [...kept];
  const taken = new Set(kept.map((kept) => kept.id));
  let left = budget - kept.reduce((sum, kept) => sum + kept.minutes, 0);
  for (const candidate of candidates(state)) {
    if (taken.has(candidate.id) || candidate.minutes > left) continue;
    if (oneOff.has(candidate.kind) && doneEarlier.has(candidate.id)) continue;
    plan.push(candidate);
    taken.add(candidate.id);
    left -= candidate.minutes;
  }
  return plan;
}
