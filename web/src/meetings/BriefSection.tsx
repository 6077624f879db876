import { useTranslation } from 'react-i18next';
import { IdeaList } from '../collaborate/IdeaList.tsx';
import type { MeetingBrief } from '../types.ts';

function BriefList({ id, title, items, ordered = false }: { id: string; title: string; items: readonly string[]; ordered?: boolean }) {
  if (items.length === 0) return null;
  const List = ordered ? 'ol' : 'ul';
  return (
    <section aria-labelledby={id} className="brief-part">
      <h3 id={id}>{title}</h3>
      <List className={`brief-list ${id}`}>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </List>
    </section>
  );
}

interface BriefSectionProps {
  brief: MeetingBrief;
  /** The other member's profile slug, for proposing one of the ideas to them. */
  slug: string;
  /** Once the meeting is over the ideas move to "after the meeting": the brief leaves them out. */
  showIdeas: boolean;
}

/** Preparing to listen as much as to talk: both pitches, why you match, questions, what you could offer, ideas. */
export function BriefSection({ brief, slug, showIdeas }: BriefSectionProps) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="brief-title" className="stack brief">
      <h2 id="brief-title">{t('meetings.brief.title')}</h2>
      <div className="brief-pitches">
        <section aria-labelledby="brief-their-pitch" className="brief-part">
          <h3 id="brief-their-pitch">{t('meetings.brief.theirPitch', { name: brief.them.name })}</h3>
          {brief.them.headline && <p className="member-card-headline">{brief.them.headline}</p>}
          <p className="pitch">{brief.them.pitch || t('meetings.brief.noPitch')}</p>
        </section>
        <section aria-labelledby="brief-your-pitch" className="brief-part">
          <h3 id="brief-your-pitch">{t('meetings.brief.yourPitch')}</h3>
          <p className="pitch">{brief.you.pitch || t('meetings.brief.noPitchYours')}</p>
        </section>
      </div>
      <BriefList id="brief-reasons" title={t('meetings.brief.reasons')} items={brief.reasons} />
      <BriefList id="brief-questions" title={t('meetings.brief.questions', { name: brief.them.name })} items={brief.questions} ordered />
      <BriefList id="brief-offer" title={t('meetings.brief.youCouldOffer')} items={brief.youCouldOffer} />
      {showIdeas && brief.collaborationIdeas.length > 0 && (
        <section aria-labelledby="brief-ideas" className="brief-part">
          <h3 id="brief-ideas">{t('meetings.brief.ideas')}</h3>
          <IdeaList ideas={brief.collaborationIdeas} slug={slug} name={brief.them.name} idPrefix="brief-idea" headingLevel={4} meetingId={brief.meetingId} />
        </section>
      )}
    </section>
  );
}
