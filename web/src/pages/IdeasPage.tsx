import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { CoachIdeas } from '../../../src/coach/ideas/collaboration-ideas.ts';
import { api } from '../api.ts';
import { LoadStatus } from '../components/LoadStatus.tsx';
import { MemberSummary } from '../components/MemberSummary.tsx';
import { ProposeMeetingLink } from '../meetings/ProposeMeetingLink.tsx';
import { useApiData } from '../meetings/useApiData.ts';
import { usePageTitle } from '../usePageTitle.ts';

/** `/coach/ideas`: "what would I collaborate on?" answered with ideas drawn from the member's Discover matches. */
export function IdeasPage() {
  const { t } = useTranslation();
  const { state } = useApiData('coach-ideas', (signal) => api.get<CoachIdeas>('/api/coach/ideas', signal));
  usePageTitle(t('ideas.title'));

  return (
    <div className="stack">
      <h1>{t('ideas.title')}</h1>
      <p className="lead">{t('ideas.intro')}</p>
      <LoadStatus state={state} />
      {state.status === 'ready' && state.data.ideas.length === 0 && (
        <div className="empty-state">
          <p>{t(state.data.hasMatches ? 'ideas.noIdeas' : 'ideas.noMatches')}</p>
          <p>
            {state.data.hasMatches ? <Link to="/discover">{t('ideas.discover')}</Link> : <Link to="/profile">{t('ideas.completeProfile')}</Link>}
          </p>
        </div>
      )}
      {state.status === 'ready' && state.data.ideas.length > 0 && (
        <ol className="recommendation-list">
          {state.data.ideas.map(({ member, text }) => (
            <li key={`${member.slug}:${text}`}>
              <MemberSummary member={member} to={`/members/${member.slug}`} showOffers={false}>
                <p className="idea-text">
                  <strong>{t('ideas.idea')}</strong> {text}
                </p>
                <div className="card-actions">
                  <ProposeMeetingLink slug={member.slug} name={member.name} reasons={[text]} />
                </div>
              </MemberSummary>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
