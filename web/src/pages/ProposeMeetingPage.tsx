import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router-dom';
import { api } from '../api.ts';
import { Loading } from '../components/Loading.tsx';
import { meetingsApi } from '../meetings/meetingsApi.ts';
import { ProposeMeetingForm } from '../meetings/ProposeMeetingForm.tsx';
import { useApiData } from '../meetings/useApiData.ts';
import type { Member } from '../types.ts';
import { usePageTitle } from '../usePageTitle.ts';

/** What a link to this page may carry: the purpose to start from (Discover's reasons). */
export interface ProposeMeetingState {
  purpose?: string;
}

/** `/meetings/new?with=<slug>`: propose a meeting to one member. */
export function ProposeMeetingPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const slug = params.get('with') ?? '';
  const initialPurpose = (useLocation().state as ProposeMeetingState | null)?.purpose ?? '';
  const { state } = useApiData(slug, (signal) =>
    Promise.all([api.get<Member>(`/api/members/${encodeURIComponent(slug)}`, signal), meetingsApi.availability(signal)]),
  );
  const member = state.status === 'ready' ? state.data[0] : null;
  const name = member ? member.name || t('profile.unnamed') : '';
  const title = member ? t('meetings.propose.titleWith', { name }) : t('meetings.propose.title');
  usePageTitle(title);

  return (
    <div className="narrow stack">
      <h1>{title}</h1>
      {member?.headline && <p className="lead">{member.headline}</p>}
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && (
        <p role="alert" className="notice notice-error">
          {state.message}
        </p>
      )}
      {state.status === 'ready' && member && (
        <ProposeMeetingForm slug={slug} name={name} availability={state.data[1]} initialPurpose={initialPurpose} />
      )}
      <p>
        <Link to="/meetings">{t('meetings.backToMeetings')}</Link>
      </p>
    </div>
  );
}
