import { useTranslation } from 'react-i18next';
import type { ProposalState, ReferralStatus } from './types.ts';

type Tone = 'open' | 'waiting' | 'good' | 'ended';

const proposalTones: Record<ProposalState, Tone> = {
  draft: 'ended',
  sent: 'waiting',
  discussing: 'waiting',
  agreed: 'open',
  active: 'open',
  completed: 'good',
  cancelled: 'ended',
};
const referralTones: Record<ReferralStatus, Tone> = {
  new: 'waiting',
  contacted: 'open',
  meeting: 'open',
  won: 'good',
  lost: 'ended',
  withdrawn: 'ended',
};

/** A state written out, in a coloured pill: the words carry the meaning, the colour only helps. */
function Badge({ tone, label }: { tone: Tone; label: string }) {
  return <span className={`state-badge state-badge-${tone}`}>{label}</span>;
}

export function ProposalStateBadge({ state }: { state: ProposalState }) {
  const { t } = useTranslation();
  return <Badge tone={proposalTones[state]} label={t(`collaborate.proposalStates.${state}`)} />;
}

export function ReferralStatusBadge({ status }: { status: ReferralStatus }) {
  const { t } = useTranslation();
  return <Badge tone={referralTones[status]} label={t(`collaborate.referralStatuses.${status}`)} />;
}

/** "Awaits you": a proposal the viewer still has to accept. */
export function AwaitsYouBadge() {
  const { t } = useTranslation();
  return <span className="state-badge state-badge-attention">{t('collaborate.proposals.awaitsYou')}</span>;
}
