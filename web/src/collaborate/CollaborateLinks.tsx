import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { newProposalPath, newReferralPath, type NewProposalState } from './links.ts';

/** "Propose a collaboration" and "Give a referral" to one member, from their profile or a meeting with them. */
export function CollaborateLinks({ slug, name, meetingId }: { slug: string; name: string; meetingId?: string }) {
  const { t } = useTranslation();
  const state: NewProposalState = meetingId ? { meetingId } : {};
  return (
    <div className="actions">
      <Link className="button button-secondary" to={newProposalPath(slug)} state={state} aria-label={t('collaborate.proposeCollaborationTo', { name })}>
        {t('collaborate.proposeCollaboration')}
      </Link>
      <Link className="button button-secondary" to={newReferralPath({ to: slug, meeting: meetingId })} aria-label={t('collaborate.giveReferralTo', { name })}>
        {t('collaborate.giveReferral')}
      </Link>
    </div>
  );
}
