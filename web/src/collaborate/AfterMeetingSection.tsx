import { useTranslation } from 'react-i18next';
import { CollaborateLinks } from './CollaborateLinks.tsx';
import { IdeaList } from './IdeaList.tsx';
import type { CollaborationIdea } from './types.ts';

interface AfterMeetingProps {
  meetingId: string;
  slug: string;
  name: string;
  /** The brief's ideas for the pair. */
  ideas: readonly CollaborationIdea[];
}

/** Once a meeting is over: turn the conversation into business — an idea to propose, a proposal, a referral. */
export function AfterMeetingSection({ meetingId, slug, name, ideas }: AfterMeetingProps) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="after-meeting-title" className="card stack">
      <h2 id="after-meeting-title">{t('collaborate.afterMeeting.title')}</h2>
      <p>{t('collaborate.afterMeeting.intro', { name })}</p>
      {ideas.length > 0 ? (
        <section aria-labelledby="after-meeting-ideas" className="stack">
          <h3 id="after-meeting-ideas">{t('collaborate.ideas.titleWith', { name })}</h3>
          <IdeaList ideas={ideas} slug={slug} name={name} idPrefix="after-meeting-idea" headingLevel={4} meetingId={meetingId} />
        </section>
      ) : (
        <p>{t('collaborate.ideas.none', { name })}</p>
      )}
      <CollaborateLinks slug={slug} name={name} meetingId={meetingId} />
    </section>
  );
}
