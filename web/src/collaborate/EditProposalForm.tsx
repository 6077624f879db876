import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { SubmitButton } from '../components/SubmitButton.tsx';
import { useSubmission } from '../forms/useSubmission.ts';
import { collaborateApi } from './collaborateApi.ts';
import { checkDraft, draftFromProposal } from './proposalDraft.ts';
import { ProposalFields, useProposalFieldLabels } from './ProposalFields.tsx';
import type { ProposalView } from './types.ts';

interface EditProposalFormProps {
  proposal: ProposalView;
  onDone: (proposal: ProposalView, status: string) => void;
  onCancel: () => void;
}

/** A new version of the content. After sending, everyone else is asked to accept it again. */
export function EditProposalForm({ proposal, onDone, onCancel }: EditProposalFormProps) {
  const { t } = useTranslation();
  const { sending, errors, message, submit } = useSubmission();
  const [draft, setDraft] = useState(() => draftFromProposal(proposal));
  const partPaths = draft.parts.map((_, index) => `contributions/${index}`);
  const labels = useProposalFieldLabels(draft, partPaths);

  useEffect(() => {
    document.getElementById('edit-proposal-title')?.focus();
  }, []);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const { content, errors: clientErrors } = checkDraft(draft, partPaths, t);
    const contributions = draft.parts.map(({ member, gives, gets }) => ({ member, gives: gives.trim(), gets: gets.trim() }));
    await submit(
      async () => onDone(await collaborateApi.editProposal(proposal.id, proposal.version, content, contributions), t('collaborate.proposal.done.edit')),
      clientErrors,
    );
  };

  return (
    <form noValidate className="inline-form form" aria-labelledby="edit-proposal-title" onSubmit={(event) => void onSubmit(event)}>
      <h3 id="edit-proposal-title" tabIndex={-1}>
        {t('collaborate.proposal.editTitle', { version: proposal.version })}
      </h3>
      {proposal.state !== 'draft' && (
        <p className="notice">{proposal.state === 'agreed' ? t('collaborate.proposal.reacceptWarning') : t('collaborate.proposal.editHint')}</p>
      )}
      <ErrorSummary errors={errors} message={message} labels={labels} />
      <ProposalFields draft={draft} onChange={setDraft} errors={errors} partPaths={partPaths} />
      <div className="actions">
        <SubmitButton sending={sending}>{t('collaborate.proposal.saveChanges')}</SubmitButton>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
