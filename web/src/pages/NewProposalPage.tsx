import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { ChooseMemberForm } from '../collaborate/ChooseMemberForm.tsx';
import { formatLabel } from '../collaborate/formatLabel.ts';
import { newProposalPath, type NewProposalState } from '../collaborate/links.ts';
import { NewProposalForm } from '../collaborate/NewProposalForm.tsx';
import { blankDraft, draftFromIdea } from '../collaborate/proposalDraft.ts';
import { useMember } from '../collaborate/useMember.ts';
import { LoadStatus } from '../components/LoadStatus.tsx';
import { useMe } from '../session/useSession.ts';
import { usePageTitle } from '../usePageTitle.ts';

/** `/collaborate/proposals/new?with=<slug>`: a collaboration proposal to one member, maybe from an idea. */
export function NewProposalPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const slug = params.get('with') ?? '';
  const { idea, meetingId } = (useLocation().state as NewProposalState | null) ?? {};
  const { state } = useMember(slug);
  const member = state.status === 'ready' ? state.data : null;
  const name = member ? member.name || t('profile.unnamed') : '';
  const title = member ? t('collaborate.proposalForm.titleWith', { name }) : t('collaborate.proposalForm.pageTitle');
  usePageTitle(title);
  const choose = (chosen: string) => navigate(newProposalPath(chosen), { state: { meetingId } satisfies NewProposalState });
  const self = member?.slug === me.profile.slug;

  const initial = member && !self ? blankDraft({ slug: me.profile.slug, name: me.profile.name }, [{ slug: member.slug, name }]) : null;
  return (
    <div className="narrow stack">
      <h1>{title}</h1>
      {member?.headline && <p className="lead">{member.headline}</p>}
      {!slug && <ChooseMemberForm onChoose={choose} />}
      <LoadStatus state={state} />
      {state.status === 'error' && <ChooseMemberForm onChoose={choose} />}
      {self && <p className="notice">{t('collaborate.proposalForm.notYourself')}</p>}
      {initial && idea && <p className="notice">{t('collaborate.proposalForm.fromIdea', { format: formatLabel(t, idea.format, idea.kind) })}</p>}
      {initial && (
        <NewProposalForm key={slug} initial={idea ? draftFromIdea(initial, idea, t) : initial} name={name} meetingId={meetingId} />
      )}
      <p>
        <Link to="/collaborate">{t('collaborate.backToCollaborate')}</Link>
      </p>
    </div>
  );
}
