import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { collaborateApi } from '../collaborate/collaborateApi.ts';
import { CommentThread } from '../collaborate/CommentThread.tsx';
import { PartiesSection } from '../collaborate/PartiesSection.tsx';
import { ProposalActions } from '../collaborate/ProposalActions.tsx';
import { ProposalContent } from '../collaborate/ProposalContent.tsx';
import { ProposalHistory } from '../collaborate/ProposalHistory.tsx';
import { StandingSection } from '../collaborate/StandingSection.tsx';
import type { ProposalView } from '../collaborate/types.ts';
import { LoadStatus } from '../components/LoadStatus.tsx';
import { StatusMessage } from '../components/StatusMessage.tsx';
import { useApiData } from '../meetings/useApiData.ts';
import { usePageTitle } from '../usePageTitle.ts';

/** `/collaborate/proposals/:id`: a proposal, where it stands and what to do, the discussion and the full history. */
export function ProposalPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const arrived = (useLocation().state as { status?: string } | null)?.status ?? '';
  const proposal = useApiData(id, (signal) => collaborateApi.proposal(id, signal));
  const [status, setStatus] = useState(arrived);
  const current = proposal.state.status === 'ready' ? proposal.state.data : null;
  const title = current ? current.title : t('collaborate.proposal.pageTitle');
  usePageTitle(title);

  const onChanged = (changed: ProposalView, message: string, moveFocus = true) => {
    proposal.set(changed);
    setStatus(message);
    // The page keeps its place: focus goes to where the proposal now stands (a comment keeps it in its form).
    if (moveFocus) requestAnimationFrame(() => document.getElementById('proposal-standing-title')?.focus());
  };
  const commentsOpen = !!current && !['draft', 'completed', 'cancelled'].includes(current.state);

  return (
    <article className="stack">
      <header>
        <h1>{title}</h1>
        {current && <p className="lead">{t(`collaborate.formats.${current.format}`)}</p>}
      </header>
      <StatusMessage message={status} />
      <LoadStatus state={proposal.state} />
      {current && (
        <>
          <StandingSection proposal={current}>
            <ProposalActions proposal={current} onChanged={onChanged} onStale={proposal.reload} />
          </StandingSection>
          <ProposalContent proposal={current} />
          <PartiesSection proposal={current} />
          <CommentThread proposal={current} open={commentsOpen} onChanged={(changed, message) => onChanged(changed, message, false)} />
          <ProposalHistory proposal={current} />
        </>
      )}
      <p>
        <Link to="/collaborate">{t('collaborate.backToCollaborate')}</Link>
      </p>
    </article>
  );
}
