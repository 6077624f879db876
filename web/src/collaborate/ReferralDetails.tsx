import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ReferralView } from './types.ts';

/** Whom the referral is about and how to reach them: only its giver and receiver ever see this. */
export function ReferralDetails({ referral }: { referral: ReferralView }) {
  const { t } = useTranslation();
  const other = referral.other.name || t('profile.unnamed');
  const { contact } = referral;
  return (
    <section aria-labelledby="referral-details-title" className="card stack">
      <h2 id="referral-details-title">{t('collaborate.referral.details')}</h2>
      <p className="field-hint">{t('collaborate.referral.private')}</p>
      <dl className="facts">
        <div>
          <dt>{t(referral.role === 'giver' ? 'collaborate.referral.givenTo' : 'collaborate.referral.givenBy')}</dt>
          <dd>
            <Link to={`/members/${encodeURIComponent(referral.other.slug)}`}>{other}</Link>
          </dd>
        </div>
        <div>
          <dt>{t('collaborate.referralForm.contactName')}</dt>
          <dd>{contact.name}</dd>
        </div>
        {contact.company && (
          <div>
            <dt>{t('collaborate.referralForm.company')}</dt>
            <dd>{contact.company}</dd>
          </div>
        )}
        {contact.email && (
          <div>
            <dt>{t('collaborate.referralForm.email')}</dt>
            <dd>
              <a href={`mailto:${contact.email}`}>{contact.email}</a>
            </dd>
          </div>
        )}
        {contact.phone && (
          <div>
            <dt>{t('collaborate.referralForm.phone')}</dt>
            <dd>
              <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>{contact.phone}</a>
            </dd>
          </div>
        )}
        <div>
          <dt>{t('collaborate.referralForm.need')}</dt>
          <dd className="pitch">{referral.need}</dd>
        </div>
        <div>
          <dt>{t('collaborate.referralForm.warmth')}</dt>
          <dd>{t(`collaborate.warmth.${referral.warmth}.label`)}</dd>
        </div>
        {/* The meeting is the giver's: the receiver may not have been in it. */}
        {referral.meetingId && referral.role === 'giver' && (
          <div>
            <dt>{t('collaborate.proposal.meeting')}</dt>
            <dd>
              <Link to={`/meetings/${encodeURIComponent(referral.meetingId)}`}>{t('collaborate.proposal.openMeeting')}</Link>
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}
