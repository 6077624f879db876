import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api, ApiError } from '../api.ts';
import { MemberIdeasSection } from '../collaborate/MemberIdeasSection.tsx';
import { Avatar } from '../components/Avatar.tsx';
import { Loading } from '../components/Loading.tsx';
import { MemberDetails } from '../components/MemberDetails.tsx';
import { ProposeMeetingLink } from '../meetings/ProposeMeetingLink.tsx';
import { useMe } from '../session/useSession.ts';
import type { Member } from '../types.ts';
import { usePageTitle } from '../usePageTitle.ts';

type State = { status: 'loading' } | { status: 'ready'; member: Member } | { status: 'missing' } | { status: 'error'; message: string };

export function MemberPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const me = useMe();
  const [state, setState] = useState<State>({ status: 'loading' });
  const member = state.status === 'ready' ? state.member : null;
  const title = member ? member.name : state.status === 'missing' ? t('member.notFoundTitle') : t('titles.member');
  usePageTitle(title);

  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    api
      .get<Member>(`/api/members/${encodeURIComponent(slug)}`, controller.signal)
      .then((loaded) => setState({ status: 'ready', member: loaded }))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        if (error instanceof ApiError && error.status === 404) setState({ status: 'missing' });
        else setState({ status: 'error', message: error instanceof ApiError ? error.message : t('errors.generic') });
      });
    return () => controller.abort();
  }, [slug, t]);

  // The h1 stays the same element while loading, so focus moved to it on navigation is kept.
  return (
    <article className="stack">
      <header className="member-header">
        {member && <Avatar name={member.name} photoUrl={member.photoUrl} size="large" />}
        <div>
          <h1>{title}</h1>
          {member?.headline && <p className="lead">{member.headline}</p>}
        </div>
      </header>
      {state.status === 'loading' && <Loading />}
      {state.status === 'missing' && <p>{t('member.notFound')}</p>}
      {state.status === 'error' && (
        <p role="alert" className="notice notice-error">
          {state.message}
        </p>
      )}
      {member && member.slug !== me.profile.slug && (
        <div className="actions">
          <ProposeMeetingLink slug={member.slug} name={member.name || t('profile.unnamed')} />
          <Link className="button button-secondary" to={`/coach/pitch?${new URLSearchParams({ for: member.slug }).toString()}`}>
            {t('pitch.tailorForMember')}
          </Link>
        </div>
      )}
      {member && <MemberDetails member={member} />}
      {member && member.slug !== me.profile.slug && <MemberIdeasSection slug={member.slug} name={member.name || t('profile.unnamed')} />}
      <p>
        <Link to="/members">{t('member.backToDirectory')}</Link>
      </p>
    </article>
  );
}
