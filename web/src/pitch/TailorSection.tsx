import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, ApiError } from '../api.ts';
import { FormSection } from '../components/FormSection.tsx';
import { LoadStatus } from '../components/LoadStatus.tsx';
import { SelectField } from '../components/SelectField.tsx';
import { StatusMessage } from '../components/StatusMessage.tsx';
import { SubmitButton } from '../components/SubmitButton.tsx';
import { useApiData } from '../meetings/useApiData.ts';
import type { ConnectionView } from '../types.ts';
import { pitchApi, type TailoredPitchView } from './pitchApi.ts';

interface TailorSectionProps {
  /** A member's slug from `?for=`: chosen, and tailored for on arrival. */
  tailorFor: string;
  /** Saves the draft if it changed; false when it could not be saved. */
  beforeTailor: () => Promise<boolean>;
}

/** Tailor the 30-second version to one of your connections, or to the member whose page you came from. */
export function TailorSection({ tailorFor, beforeTailor }: TailorSectionProps) {
  const { t } = useTranslation();
  const connections = useApiData('connections', (signal) => api.get<{ connected: ConnectionView[] }>('/api/connections', signal));
  const [slug, setSlug] = useState(tailorFor);
  const [sending, setSending] = useState(false);
  const [result, setResult] = useState<TailoredPitchView | null>(null);
  const [failure, setFailure] = useState('');
  const [status, setStatus] = useState('');
  const arrived = useRef(false);

  const tailor = async (forSlug: string) => {
    setStatus('');
    setFailure('');
    if (!forSlug) return setFailure(t('pitch.tailor.chooseFirst'));
    setSending(true);
    try {
      if (!(await beforeTailor())) return;
      const tailored = await pitchApi.tailored(forSlug);
      setResult(tailored);
      setStatus(t('pitch.tailor.done', { name: tailored.member.name }));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setResult(null);
      setFailure(error.message || t('errors.generic'));
    } finally {
      setSending(false);
    }
  };

  useEffect(() => {
    if (!tailorFor || arrived.current) return;
    arrived.current = true;
    void tailor(tailorFor);
    // Only once, for the member the page was opened for.
  }, [tailorFor]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void tailor(slug);
  };

  const connected = connections.state.status === 'ready' ? connections.state.data.connected : [];
  const options = connected.map((connection) => ({ value: connection.member.slug, label: connection.member.name }));
  if (tailorFor && !options.some((option) => option.value === tailorFor))
    options.unshift({ value: tailorFor, label: result?.member.slug === tailorFor ? result.member.name : tailorFor });
  const nobody = connections.state.status === 'ready' && options.length === 0;

  return (
    <FormSection title={t('pitch.tailor.title')}>
      <p>{t('pitch.tailor.intro')}</p>
      <LoadStatus state={connections.state} />
      {nobody && (
        <p className="empty-state">
          {t('pitch.tailor.noContacts')} <Link to="/discover">{t('pitch.tailor.toDiscover')}</Link>
        </p>
      )}
      {options.length > 0 && (
        <form noValidate className="form" onSubmit={onSubmit}>
          <SelectField
            name="contact"
            label={t('pitch.tailor.contact')}
            hint={t('pitch.tailor.contactHint')}
            value={slug}
            options={options}
            emptyLabel={t('pitch.tailor.chooseContact')}
            onChange={setSlug}
          />
          <div className="actions">
            <SubmitButton sending={sending}>{t('pitch.tailor.submit')}</SubmitButton>
          </div>
        </form>
      )}
      <StatusMessage message={status} />
      {failure && (
        <p role="alert" className="notice notice-error">
          {failure}
        </p>
      )}
      {result && <TailoredResult result={result} />}
    </FormSection>
  );
}

function TailoredResult({ result }: { result: TailoredPitchView }) {
  const { t } = useTranslation();
  const name = result.member.name;
  return (
    <section className="card stack" aria-labelledby="tailored-title">
      <h3 id="tailored-title">{t('pitch.tailor.forName', { name })}</h3>
      {result.text && (
        <p className="pitch tailored-pitch" lang={result.language}>
          {result.text}
        </p>
      )}
      {result.connected && <p>{t('pitch.tailor.mentions', { needs: result.needs.join(', '), offers: result.offers.join(', ') })}</p>}
      {result.hint && <p className="notice">{t(`pitch.tailor.hints.${result.hint}`, { name })}</p>}
      {result.ideas.length > 0 && (
        <>
          <h4>{t('pitch.tailor.ideasTitle')}</h4>
          <ul>
            {result.ideas.map((idea) => (
              <li key={idea}>{idea}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
