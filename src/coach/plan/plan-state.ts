import type { Db } from '../../db/database.ts';
import type { Locale } from '../../i18n/locale.ts';
import { recommendFor } from '../../matching/discover/recommend.ts';
import { datedNextSteps, meetingsWithNotedNeeds, openMeetingPartners } from '../../meetings/activity.ts';
import { networkOffers } from '../../meetings/network-offers.ts';
import { profileOf, profilesOf, type ProfileRow } from '../../profiles/profiles.ts';
import { courseFor } from '../course/course.ts';
import { analyzePitch } from '../pitch/analysis/analyze-pitch.ts';
import type { PlanState } from './build-plan.ts';
import type { ProfileGap } from './model.ts';
import { addDays, todayOf, weekStartOf } from './plan-week.ts';

/** Whose plan: the member, in their language and on their clock. */
export interface PlanMember {
  id: string;
  locale: Locale;
  timeZone: string;
}

// How many of each the planner may choose from; a 60-minute week uses at most this many.
const pickCount = 3;
const referralCount = 2;
const lessonCount = 2;
// Meetings whose notes are searched for an introduction to make, latest first.
const referralMeetings = 5;
// A next step older than this is no longer "overdue" but forgotten: the plan stops nagging.
const overdueDays = 28;

/** The member's network as it is now, from the domains that own each part, for the planner. */
export async function gatherPlanState(db: Db, member: PlanMember, now: Date): Promise<PlanState> {
  const today = todayOf(now, member.timeZone);
  const weekEnd = addDays(weekStartOf(now, member.timeZone), 6);
  const profile = await profileOf(db, member.id);
  return {
    today,
    picks: await picksFor(db, member, now),
    followUps: await followUpsFor(db, member.id, { from: addDays(today, -overdueDays), to: weekEnd }),
    referrals: await referralsFor(db, member),
    profileGaps: profile ? gapsOf(profile) : ['offers', 'needs', 'headline', 'photo'],
    pitchScore: profile?.pitch.trim() ? analyzePitch(profile.pitch, { language: member.locale }).score : null,
    lessons: await lessonsFor(db, member),
  };
}

function gapsOf(profile: ProfileRow): ProfileGap[] {
  const empty: Record<ProfileGap, boolean> = {
    offers: !profile.offers.length,
    needs: !profile.needs.length,
    headline: !profile.headline.trim(),
    photo: !profile.photoUrl,
  };
  return (Object.keys(empty) as ProfileGap[]).filter((gap) => empty[gap]);
}

/** Discover's best picks, leaving out anyone the member is already meeting or waiting to hear from. */
async function picksFor(db: Db, member: PlanMember, now: Date): Promise<PlanState['picks']> {
  const meeting = await openMeetingPartners(db, member.id, now);
  const { items } = await recommendFor(db, member.id, { limit: pickCount + meeting.size, locale: member.locale, now });
  return items
    .filter((item) => !meeting.has(item.userId))
    .slice(0, pickCount)
    .map((item) => ({ slug: item.member.slug, name: item.member.name, reason: item.reasons[0] ?? '' }));
}

async function followUpsFor(db: Db, userId: string, range: { from: string; to: string }): Promise<PlanState['followUps']> {
  const steps = await datedNextSteps(db, userId, range);
  const names = await profilesOf(db, steps.map((step) => step.otherId));
  return steps.map((step) => ({
    meetingId: step.meetingId,
    name: names.get(step.otherId)?.name ?? '',
    step: step.nextStep,
    due: step.nextStepAt,
  }));
}

/** "Who in my network offers this?" for the needs noted at recent meetings: the first connection who does. */
async function referralsFor(db: Db, member: PlanMember): Promise<PlanState['referrals']> {
  const referrals: PlanState['referrals'] = [];
  const meetings = await meetingsWithNotedNeeds(db, member.id, referralMeetings);
  const names = await profilesOf(db, meetings.map((meeting) => meeting.otherId));
  for (const { meetingId, otherId } of meetings) {
    const offer = (await networkOffers(db, member, meetingId)).items.find((item) => item.members.length);
    if (offer) referrals.push({ meetingId, name: names.get(otherId)?.name ?? '', need: offer.need.phrase, connection: offer.members[0]!.name });
    if (referrals.length === referralCount) break;
  }
  return referrals;
}

async function lessonsFor(db: Db, member: PlanMember): Promise<PlanState['lessons']> {
  const { lessons } = await courseFor(db, member);
  return lessons
    .filter((lesson) => !lesson.completed)
    .slice(0, lessonCount)
    .map(({ slug, title }) => ({ slug, title }));
}
