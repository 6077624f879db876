import { useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, ApiError } from '../api.ts';
import { MemberSummary } from '../components/MemberSummary.tsx';
import { ProposeMeetingLink } from '../meetings/ProposeMeetingLink.tsx';
import type { DiscoverFeedback, Recommendation } from '../types.ts';
import { ConnectForm } from './ConnectForm.tsx';
import { SkipForm } from './SkipForm.tsx';

interface RecommendationCardProps {
  recommendation: Recommendation;
  /** Keeps element ids unique when the same member is shown in two lists (picks and search). */
  listName: string;
  /** The viewer said "Interested" (this week). */
  interested: boolean;
  onConnected: (recommendation: Recommendation) => void;
  onInterested: (recommendation: Recommendation) => void;
  onSkipped: (recommendation: Recommendation, reason: Exclude<DiscoverFeedback, 'interested'>) => void;
}

type OpenForm = 'connect' | 'skip' | null;

/** One person worth meeting: who they are, why, and what to do about it. */
export function RecommendationCard({ recommendation, listName, interested, onConnected, onInterested, onSkipped }: RecommendationCardProps) {
  const { t } = useTranslation();
  const { member, relation, reasons, mutualConnections, connection } = recommendation;
  const name = member.name || t('profile.unnamed');
  const slug = member.slug;
  const [open, setOpen] = useState<OpenForm>(null);
  const [error, setError] = useState<string | null>(null);
  const [sendingInterest, setSendingInterest] = useState(false);
  const connectButton = useRef<HTMLButtonElement>(null);
  const skipButton = useRef<HTMLButtonElement>(null);
  const sentNote = useRef<HTMLParagraphElement>(null);
  const focusSentNote = useRef(false);
  const idBase = `${listName}-${slug}`;
  const connectFormId = `connect-form-${idBase}`;
  const skipFormId = `skip-form-${idBase}`;

  // The Connect button is replaced by "Request sent": keep the keyboard user there.
  useEffect(() => {
    if (connection === 'pending-outgoing' && focusSentNote.current) {
      focusSentNote.current = false;
      sentNote.current?.focus();
    }
  }, [connection]);

  const toggle = (form: Exclude<OpenForm, null>) => {
    setError(null);
    setOpen((current) => (current === form ? null : form));
  };

  const closeForm = (returnTo: RefObject<HTMLButtonElement | null>) => {
    setOpen(null);
    returnTo.current?.focus();
  };

  const markInterested = async () => {
    if (interested || sendingInterest) return;
    setError(null);
    setSendingInterest(true);
    try {
      await api.post<void>('/api/discover/feedback', { slug, kind: 'interested' });
      onInterested(recommendation);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : t('errors.generic'));
    } finally {
      setSendingInterest(false);
    }
  };

  const badge = <p className={`relation-badge relation-${relation}`}>{t(`discover.relations.${relation}`)}</p>;

  return (
    <MemberSummary member={member} to={`/members/${encodeURIComponent(slug)}`} headingLevel={3} showOffers={false} details={badge}>
      {reasons.length > 0 && (
        <>
          <h4 className="reasons-title">{t('discover.why')}</h4>
          <ul className="reasons">
            {reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </>
      )}
      {mutualConnections > 0 && <p className="mutual-connections">{t('discover.mutual', { count: mutualConnections })}</p>}

      {connection === 'pending-outgoing' && (
        <p ref={sentNote} tabIndex={-1} className="connection-state">
          <span aria-hidden="true">✓ </span>
          {t('discover.requestSent')}
        </p>
      )}
      {connection === 'pending-incoming' && (
        <p className="connection-state">
          {t('discover.pendingIncoming', { name })}{' '}
          <Link to="/connections" aria-label={t('discover.respondTo', { name })}>
            {t('discover.respond')}
          </Link>
        </p>
      )}
      {connection === 'connected' && <p className="connection-state">{t('discover.connected')}</p>}

      <div className="actions card-actions">
        {connection === null && (
          <button
            ref={connectButton}
            type="button"
            className="button"
            aria-label={t('discover.connectWith', { name })}
            aria-expanded={open === 'connect'}
            aria-controls={open === 'connect' ? connectFormId : undefined}
            onClick={() => toggle('connect')}
          >
            {t('discover.connect')}
          </button>
        )}
        <ProposeMeetingLink slug={slug} name={name} reasons={reasons} />
        <button
          type="button"
          className="button button-secondary"
          aria-label={t('discover.interestedIn', { name })}
          aria-pressed={interested}
          onClick={() => void markInterested()}
        >
          {interested && <span aria-hidden="true">✓ </span>}
          {t('discover.interested')}
        </button>
        <button
          ref={skipButton}
          type="button"
          className="button button-quiet"
          aria-label={t('discover.skipPerson', { name })}
          aria-expanded={open === 'skip'}
          aria-controls={open === 'skip' ? skipFormId : undefined}
          onClick={() => toggle('skip')}
        >
          {t('discover.skip')}
        </button>
      </div>
      {error && (
        <p role="alert" className="notice notice-error">
          {error}
        </p>
      )}

      {open === 'connect' && connection === null && (
        <ConnectForm
          id={connectFormId}
          idBase={idBase}
          slug={slug}
          name={name}
          onCancel={() => closeForm(connectButton)}
          onSent={() => {
            setOpen(null);
            focusSentNote.current = true;
            onConnected(recommendation);
          }}
        />
      )}
      {open === 'skip' && (
        <SkipForm
          id={skipFormId}
          idBase={idBase}
          slug={slug}
          name={name}
          onCancel={() => closeForm(skipButton)}
          onSkipped={(reason) => onSkipped(recommendation, reason)}
        />
      )}
    </MemberSummary>
  );
}
