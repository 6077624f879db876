import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../api.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { SubmitButton } from '../components/SubmitButton.tsx';
import { TextAreaField } from '../components/TextAreaField.tsx';
import { errorFor } from '../forms/fieldErrors.ts';
import { useSubmission } from '../forms/useSubmission.ts';
import { useLocale } from '../useLocale.ts';
import { collaborateApi } from './collaborateApi.ts';
import { formatInstant } from './dates.ts';
import { COMMENT_MAX } from './limits.ts';
import type { ProposalView } from './types.ts';

interface CommentThreadProps {
  proposal: ProposalView;
  /** Comments are taken once the proposal is sent and until it is completed or cancelled. */
  open: boolean;
  onChanged: (proposal: ProposalView, status: string) => void;
}

/** The discussion, oldest first, each comment with the version it was about; and a form to add one. */
export function CommentThread({ proposal, open, onChanged }: CommentThreadProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { sending, errors, message, submit } = useSubmission();
  const [body, setBody] = useState('');
  const fieldId = 'comment-body';
  const shown = errors.map((error) => (error.field === 'body' ? { ...error, field: fieldId } : error));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const text = body.trim();
    const clientErrors: FieldError[] = [];
    if (!text) clientErrors.push({ field: fieldId, message: t('validation.required') });
    if (text.length > COMMENT_MAX) clientErrors.push({ field: fieldId, message: t('validation.tooLong', { max: COMMENT_MAX }) });
    const posted = await submit(async () => onChanged(await collaborateApi.comment(proposal.id, text), t('collaborate.proposal.done.comment')), clientErrors);
    if (posted) setBody('');
  };

  return (
    <section aria-labelledby="proposal-comments-title" className="card stack">
      <h2 id="proposal-comments-title">{t('collaborate.proposal.comments', { count: proposal.comments.length })}</h2>
      {proposal.comments.length === 0 && <p>{open ? t('collaborate.proposal.noComments') : t('collaborate.proposal.noCommentsClosed')}</p>}
      {proposal.comments.length > 0 && (
        <ol className="comment-list">
          {proposal.comments.map((comment) => (
            <li key={comment.id}>
              <p className="comment-meta">
                <strong>{comment.by.name || t('profile.unnamed')}</strong> ·{' '}
                <time dateTime={comment.at}>{formatInstant(comment.at, locale)}</time> · {t('collaborate.proposal.aboutVersion', { version: comment.version })}
              </p>
              <p className="pitch">{comment.body}</p>
            </li>
          ))}
        </ol>
      )}
      {open && (
        <form noValidate className="form" onSubmit={(event) => void onSubmit(event)}>
          <ErrorSummary errors={shown} message={message} labels={{ [fieldId]: t('collaborate.proposal.commentLabel') }} />
          <TextAreaField
            id={fieldId}
            name="body"
            label={t('collaborate.proposal.commentLabel')}
            hint={t('collaborate.proposal.commentHint')}
            value={body}
            onChange={setBody}
            maxLength={COMMENT_MAX}
            rows={3}
            error={errorFor(shown, fieldId)}
          />
          <SubmitButton sending={sending}>{t('collaborate.proposal.postComment')}</SubmitButton>
        </form>
      )}
    </section>
  );
}
