import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { TextField } from '../components/TextField.tsx';

/**
 * Whom a proposal or referral is for, when the page was opened without a member: the end of their
 * profile address. Most arrive from a profile or a meeting, with the member already chosen.
 */
export function ChooseMemberForm({ onChoose }: { onChoose: (slug: string) => void }) {
  const { t } = useTranslation();
  const [slug, setSlug] = useState('');
  const [error, setError] = useState<string | undefined>();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    // "…/members/ana-garcia" pasted whole works too.
    const chosen = slug.trim().replace(/\/+$/, '').split('/').at(-1) ?? '';
    if (!chosen) {
      setError(t('validation.required'));
      document.getElementById('member-slug')?.focus();
      return;
    }
    onChoose(chosen);
  };
  return (
    <form noValidate className="form" onSubmit={onSubmit}>
      <TextField
        name="member-slug"
        label={t('collaborate.chooseMember.label')}
        hint={t('collaborate.chooseMember.hint')}
        value={slug}
        onChange={setSlug}
        required
        autoComplete="off"
        error={error}
      />
      <p>
        <Link to="/connections">{t('collaborate.chooseMember.connections')}</Link> · <Link to="/members">{t('collaborate.chooseMember.directory')}</Link>
      </p>
      <button type="submit" className="button">
        {t('collaborate.chooseMember.continue')}
      </button>
    </form>
  );
}
