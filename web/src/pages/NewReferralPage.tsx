import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { ChooseMemberForm } from '../collaborate/ChooseMemberForm.tsx';
import { newReferralPath } from '../collaborate/links.ts';
import { ReferralForm, type ReferralDraft } from '../collaborate/ReferralForm.tsx';
import { useMember } from '../collaborate/useMember.ts';
import { Loading } from '../components/Loading.tsx';
import { meetingsApi } from '../meetings/meetingsApi.ts';
import { useApiData } from '../meetings/useApiData.ts';
import { useMe } from '../session/useSession.ts';
import { usePageTitle } from '../usePageTitle.ts';

/**
 * `/collaborate/referrals/new?to=<slug>&need=<text>&meeting=<id>`: a referral for one member. From a
 * meeting's "who in my network offers this?", the person met is the third party: their name and
 * company are filled in (their contact details are theirs to give).
 */
export function NewReferralPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const slug = params.get('to') ?? '';
  const need = params.get('need') ?? '';
  const meetingId = params.get('meeting') ?? '';
  const receiver = useMember(slug);
  const meeting = useApiData(`meeting:${meetingId}`, (signal) => (meetingId ? meetingsApi.get(meetingId, signal) : Promise.resolve(null)));
  const member = receiver.state.status === 'ready' ? receiver.state.data : null;
  const name = member ? member.name || t('profile.unnamed') : '';
  const title = member ? t('collaborate.referralForm.titleFor', { name }) : t('collaborate.referralForm.pageTitle');
  usePageTitle(title);
  const self = member?.slug === me.profile.slug;
  const met = meeting.state.status === 'ready' ? meeting.state.data?.other : undefined;
  const initial: ReferralDraft = met && met.slug !== slug ? { name: met.name, company: met.company, need } : { name: '', company: '', need };
  // The prefill waits for the meeting; a meeting that cannot be read only loses it.
  const ready = member && !self && meeting.state.status !== 'loading';

  return (
    <div className="narrow stack">
      <h1>{title}</h1>
      {member?.headline && <p className="lead">{member.headline}</p>}
      <p>{t('collaborate.referralForm.intro')}</p>
      {!slug && <ChooseMemberForm onChoose={(chosen) => navigate(newReferralPath({ to: chosen, need, meeting: meetingId || undefined }))} />}
      {(receiver.state.status === 'loading' || (member && meeting.state.status === 'loading')) && <Loading />}
      {receiver.state.status === 'error' && (
        <p role="alert" className="notice notice-error">
          {receiver.state.message}
        </p>
      )}
      {self && <p className="notice">{t('collaborate.referralForm.notYourself')}</p>}
      {ready && <ReferralForm key={`${slug}:${meetingId}`} slug={member.slug} name={name} initial={initial} meetingId={meetingId || undefined} />}
      <p>
        <Link to="/collaborate/referrals">{t('collaborate.referrals.back')}</Link>
      </p>
    </div>
  );
}
