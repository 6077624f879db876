import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { newReferralPath } from '../collaborate/links.ts';
import { Loading } from '../components/Loading.tsx';
import type { MeetingNotes, NetworkOffers } from '../types.ts';
import { meetingsApi } from './meetingsApi.ts';
import { useApiData } from './useApiData.ts';

type Item = NetworkOffers['items'][number];

/** Each member offering the need, and a referral to pass them: the person met, who needs it. */
function NeedOffers({ need, members, meetingId }: Item & { meetingId: string }) {
  const { t } = useTranslation();
  const concepts = need.concepts.map((concept) => concept.label).join(', ');
  return (
    <div className="brief-part">
      <h3>{t('meetings.networkOffers.need', { phrase: need.phrase })}</h3>
      {concepts && <p className="field-hint">{t('meetings.networkOffers.concepts', { concepts })}</p>}
      {members.length > 0 ? (
        <ul className="brief-list">
          {members.map((member) => (
            <li key={member.slug}>
              <Link to={`/members/${encodeURIComponent(member.slug)}`}>{member.name || t('profile.unnamed')}</Link>
              {member.headline && ` · ${member.headline}`}{' '}
              <Link
                to={newReferralPath({ to: member.slug, need: need.phrase, meeting: meetingId })}
                aria-label={t('collaborate.networkOffers.referTo', { name: member.name || t('profile.unnamed'), need: need.phrase })}
              >
                {t('collaborate.networkOffers.refer')}
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p>
          {t('meetings.networkOffers.nobody')}{' '}
          <Link to={`/discover?${new URLSearchParams({ q: need.phrase }).toString()}`}>{t('meetings.networkOffers.search', { phrase: need.phrase })}</Link>
        </p>
      )}
    </div>
  );
}

/** "Who in your network offers this?": for each need noted, your connections to introduce them to, or a Discover search. */
export function NetworkOffersSection({ meetingId, notes }: { meetingId: string; notes: MeetingNotes }) {
  const { t } = useTranslation();
  // Asked again whenever the saved needs change.
  const key = JSON.stringify([meetingId, notes.theirNeeds.map((need) => need.phrase)]);
  const offers = useApiData(key, (signal) => meetingsApi.networkOffers(meetingId, signal));
  return (
    <section aria-labelledby="network-offers-title" className="card stack">
      <h2 id="network-offers-title">{t('meetings.networkOffers.title')}</h2>
      <p className="field-hint">{t('meetings.networkOffers.intro')}</p>
      {offers.state.status === 'loading' && <Loading />}
      {offers.state.status === 'error' && (
        <p role="alert" className="notice notice-error">
          {offers.state.message}
        </p>
      )}
      {offers.state.status === 'ready' && offers.state.data.items.map((item) => <NeedOffers key={item.need.phrase} {...item} meetingId={meetingId} />)}
    </section>
  );
}
