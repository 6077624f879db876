import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ProposeMeetingState } from '../pages/ProposeMeetingPage.tsx';

interface ProposeMeetingLinkProps {
  slug: string;
  name: string;
  /** Why the two match (Discover's reasons): the purpose starts from them. */
  reasons?: readonly string[];
}

/** "Propose a meeting": opens the proposal form for this member. */
export function ProposeMeetingLink({ slug, name, reasons = [] }: ProposeMeetingLinkProps) {
  const { t } = useTranslation();
  const state: ProposeMeetingState = reasons.length > 0 ? { purpose: t('meetings.propose.purposeFromReasons', { reasons: reasons.join('; ') }) } : {};
  return (
    <Link
      className="button button-secondary"
      to={`/meetings/new?${new URLSearchParams({ with: slug }).toString()}`}
      state={state}
      aria-label={t('meetings.propose.actionWith', { name })}
    >
      {t('meetings.propose.action')}
    </Link>
  );
}
