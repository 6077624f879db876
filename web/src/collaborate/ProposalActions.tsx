import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api.ts';
import { ReasonForm } from '../meetings/ReasonForm.tsx';
import { useMe } from '../session/useSession.ts';
import { collaborateApi } from './collaborateApi.ts';
import { CompleteForm } from './CompleteForm.tsx';
import { EditProposalForm } from './EditProposalForm.tsx';
import type { ProposalView } from './types.ts';

type Form = 'edit' | 'complete' | 'cancel';

interface ProposalActionsProps {
  proposal: ProposalView;
  onChanged: (proposal: ProposalView, status: string) => void;
  /** A change refused because the proposal moved on meanwhile: read it again. */
  onStale: () => void;
}

/** What the viewer can do now, by state and role; each action is refused by the server when out of turn. */
export function ProposalActions({ proposal, onChanged, onStale }: ProposalActionsProps) {
  const { t } = useTranslation();
  const me = useMe();
  const [open, setOpen] = useState<Form | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const toggles = useRef<Partial<Record<Form, HTMLButtonElement | null>>>({});
  const { state, role, version } = proposal;
  const mine = proposal.parties.find((party) => party.member.slug === me.profile.slug);
  const others = proposal.parties.filter((party) => party !== mine).map((party) => party.member.name || t('profile.unnamed'));
  const negotiating = state === 'sent' || state === 'discussing';
  const canAccept = negotiating && mine?.acceptedVersion !== version;
  const canEdit = (state === 'draft' && role === 'author') || negotiating || state === 'agreed';
  const canCancel = state !== 'completed' && state !== 'cancelled';

  const done = (changed: ProposalView, status: string) => {
    setOpen(null);
    setError('');
    onChanged(changed, status);
  };
  const run = async (action: () => Promise<ProposalView>, status: string) => {
    setBusy(true);
    setError('');
    try {
      done(await action(), status);
    } catch (caught) {
      if (!(caught instanceof ApiError)) throw caught;
      setError(caught.message || t('errors.generic'));
      if (caught.status === 409) onStale();
    } finally {
      setBusy(false);
    }
  };
  const close = (form: Form) => {
    setOpen(null);
    toggles.current[form]?.focus();
  };
  const toggle = (form: Form, label: string, quiet = false) => (
    <button
      ref={(element) => {
        toggles.current[form] = element;
      }}
      type="button"
      className={quiet ? 'button button-quiet' : 'button button-secondary'}
      aria-expanded={open === form}
      onClick={() => setOpen((current) => (current === form ? null : form))}
    >
      {label}
    </button>
  );

  if (!canEdit && !canCancel) return null;
  return (
    <div className="stack">
      <div className="actions">
        {state === 'draft' && role === 'author' && (
          <button type="button" className="button" disabled={busy} onClick={() => void run(() => collaborateApi.sendProposal(proposal.id), t('collaborate.proposal.done.send', { name: others.join(', ') }))}>
            {t('collaborate.proposal.send')}
          </button>
        )}
        {canAccept && (
          <button type="button" className="button" disabled={busy} onClick={() => void run(() => collaborateApi.accept(proposal.id, version), t('collaborate.proposal.done.accept', { version }))}>
            {t('collaborate.proposal.accept', { version })}
          </button>
        )}
        {state === 'agreed' && (
          <button type="button" className="button" disabled={busy} onClick={() => void run(() => collaborateApi.start(proposal.id), t('collaborate.proposal.done.start'))}>
            {t('collaborate.proposal.start')}
          </button>
        )}
        {state === 'active' && toggle('complete', t('collaborate.proposal.complete'))}
        {canEdit && toggle('edit', t('collaborate.proposal.edit'))}
        {canCancel && toggle('cancel', state === 'draft' ? t('collaborate.proposal.discard') : t('collaborate.proposal.cancel'), true)}
      </div>
      {error && (
        <p role="alert" className="notice notice-error">
          {error}
        </p>
      )}
      {open === 'edit' && <EditProposalForm proposal={proposal} onDone={done} onCancel={() => close('edit')} />}
      {open === 'complete' && <CompleteForm proposal={proposal} onDone={done} onCancel={() => close('complete')} />}
      {open === 'cancel' && (
        <ReasonForm
          id="cancel-proposal-form"
          field="reason"
          label={t('collaborate.proposal.cancelReason')}
          hint={t('collaborate.proposal.cancelHint')}
          required
          submitLabel={state === 'draft' ? t('collaborate.proposal.discardSend') : t('collaborate.proposal.cancelSend')}
          submitName={state === 'draft' ? t('collaborate.proposal.discardSend') : t('collaborate.proposal.cancelSend')}
          send={async (reason) => done(await collaborateApi.cancel(proposal.id, reason), t('collaborate.proposal.done.cancel'))}
          onCancel={() => close('cancel')}
        />
      )}
    </div>
  );
}
