import { useTranslation } from 'react-i18next';
import { LoadStatus } from '../components/LoadStatus.tsx';
import { useApiData } from '../meetings/useApiData.ts';
import { collaborateApi } from './collaborateApi.ts';
import { IdeaList } from './IdeaList.tsx';
import { CollaborateLinks } from './CollaborateLinks.tsx';

/** "What could we do together?" on a member's profile: the ideas, and the two ways to act on them. */
export function MemberIdeasSection({ slug, name }: { slug: string; name: string }) {
  const { t } = useTranslation();
  const ideas = useApiData(slug, (signal) => collaborateApi.ideas(slug, signal));
  return (
    <section aria-labelledby="member-ideas-title" className="card stack">
      <h2 id="member-ideas-title">{t('collaborate.ideas.titleWith', { name })}</h2>
      <LoadStatus state={ideas.state} />
      {ideas.state.status === 'ready' &&
        (ideas.state.data.ideas.length > 0 ? (
          <IdeaList ideas={ideas.state.data.ideas} slug={slug} name={name} idPrefix="member-idea" />
        ) : (
          <p>{t('collaborate.ideas.none', { name })}</p>
        ))}
      <CollaborateLinks slug={slug} name={name} />
    </section>
  );
}
