import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ApiError } from '../api.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { RequiredNote } from '../components/RequiredNote.tsx';
import { useSubmission } from '../forms/useSubmission.ts';
import { collaborateApi } from './collaborateApi.ts';
import { proposalPath } from './links.ts';
import { checkDraft, type ProposalDraft } from './proposalDraft.ts';
import { ProposalFields, useProposalFieldLabels } from './ProposalFields.tsx';

interface NewProposalFormProps {
  initial: ProposalDraft;
  /** The other member's name, for the send button. */
  name: string;
  meetingId?: string;
}

type Intent = 'send' | 'draft';

/** A new proposal to one member: sent at once, or kept as a draft only its author sees. */
export function NewProposalForm({ initial, name, meetingId }: NewProposalFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { sending, errors, message, submit } = useSubmission();
  const [draft, setDraft] = useState(initial);
  // The author's part is `yours`; each other member's is `parties/<i>`.
  const partPaths = draft.parts.map((_, index) => (index === 0 ? 'yours' : `parties/${index - 1}`));
  const labels = useProposalFieldLabels(draft, partPaths);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const intent: Intent = submitter?.value === 'draft' ? 'draft' : 'send';
    const { content, errors: clientErrors } = checkDraft(draft, partPaths, t);
    const [yours, ...others] = draft.parts;
    const done: { id?: string; status?: string } = {};
    await submit(async () => {
      const proposal = await collaborateApi.createProposal({
        ...content,
        yours: { gives: yours!.gives.trim(), gets: yours!.gets.trim() },
        parties: others.map((part) => ({ member: part.member, gives: part.gives.trim(), gets: part.gets.trim() })),
        ...(meetingId ? { meetingId } : {}),
      });
      done.id = proposal.id;
      done.status = t('collaborate.proposal.done.draft');
      if (intent === 'draft') return;
      try {
        await collaborateApi.sendProposal(proposal.id);
        done.status = t('collaborate.proposal.done.send', { name });
      } catch (error) {
        // The draft exists: open it, saying why it was not sent, rather than create it twice.
        if (!(error instanceof ApiError)) throw error;
        done.status = t('collaborate.proposal.done.draftNotSent', { reason: error.message });
      }
    }, clientErrors);
    if (done.id) navigate(proposalPath(done.id), { state: { status: done.status } });
  };

  return (
    <form noValidate className="form" onSubmit={(event) => void onSubmit(event)}>
      <RequiredNote />
      <ErrorSummary errors={errors} message={message} labels={labels} />
      <ProposalFields draft={draft} onChange={setDraft} errors={errors} partPaths={partPaths} />
      <div className="actions">
        <button type="submit" name="intent" value="send" className="button" disabled={sending} aria-label={t('collaborate.proposalForm.sendTo', { name })}>
          {t('collaborate.proposalForm.send')}
        </button>
        <button type="submit" name="intent" value="draft" className="button button-secondary" disabled={sending}>
          {t('collaborate.proposalForm.saveDraft')}
        </button>
      </div>
    </form>
  );
}
