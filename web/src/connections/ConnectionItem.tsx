import { useTranslation } from 'react-i18next';
import { MemberSummary } from '../components/MemberSummary.tsx';
import type { ConnectionView, Locale } from '../types.ts';
import { useLocale } from '../useLocale.ts';

export type ConnectionKind = 'incoming' | 'connected' | 'outgoing';

interface ConnectionItemProps {
  connection: ConnectionView;
  kind: ConnectionKind;
  /** Only for incoming requests. */
  onRespond?: (connection: ConnectionView, action: 'accept' | 'decline') => void;
  /** A response to this request is being sent. */
  busy?: boolean;
}

function formatDate(iso: string, locale: Locale): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(date);
}

/** A connection or a pending request: who, their note, when, and (if received) accept or decline. */
export function ConnectionItem({ connection, kind, onRespond, busy = false }: ConnectionItemProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { member, note, mutualConnections } = connection;
  const name = member.name || t('profile.unnamed');
  const date = formatDate(connection.createdAt, locale);
  const mutual = mutualConnections > 0 ? <p className="mutual-connections">{t('discover.mutual', { count: mutualConnections })}</p> : undefined;

  if (kind === 'connected') {
    return <MemberSummary member={member} to={`/members/${encodeURIComponent(member.slug)}`} headingLevel={3} details={mutual} />;
  }
  return (
    <MemberSummary member={member} to={`/members/${encodeURIComponent(member.slug)}`} headingLevel={3} showOffers={false} details={mutual}>
      {note && (
        <div className="connection-note">
          <p className="connection-note-label">{t(kind === 'incoming' ? 'connections.theirNote' : 'connections.yourNote')}</p>
          <blockquote>{note}</blockquote>
        </div>
      )}
      <p className="member-card-meta">
        {[date && t(kind === 'incoming' ? 'connections.receivedOn' : 'connections.sentOn', { date }), kind === 'outgoing' && t('connections.awaiting')]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {kind === 'incoming' && onRespond && (
        <div className="actions card-actions">
          <button
            type="button"
            className="button"
            aria-label={t('connections.acceptFrom', { name })}
            aria-disabled={busy || undefined}
            onClick={() => onRespond(connection, 'accept')}
          >
            {t('connections.accept')}
          </button>
          <button
            type="button"
            className="button button-secondary"
            aria-label={t('connections.declineFrom', { name })}
            aria-disabled={busy || undefined}
            onClick={() => onRespond(connection, 'decline')}
          >
            {t('connections.decline')}
          </button>
        </div>
      )}
    </MemberSummary>
  );
}
