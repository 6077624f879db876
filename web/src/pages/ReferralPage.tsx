import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { collaborateApi } from '../collaborate/collaborateApi.ts';
import { formatInstant } from '../collaborate/dates.ts';
import { formatMoney } from '../collaborate/money.ts';
import { ReferralDetails } from '../collaborate/ReferralDetails.tsx';
import { ReferralStatusForm } from '../collaborate/ReferralStatusForm.tsx';
import { ReferralStatusBadge } from '../collaborate/StatusBadge.tsx';
import type { ReferralView } from '../collaborate/types.ts';
import { LoadStatus } from '../components/LoadStatus.tsx';
import { StatusMessage } from '../components/StatusMessage.tsx';
import { ReasonForm } from '../meetings/ReasonForm.tsx';
import { useApiData } from '../meetings/useApiData.ts';
import { useLocale } from '../useLocale.ts';
import { usePageTitle } from '../usePageTitle.ts';

/** Where the referral stands, in words: the giver reads the receiver's progress and the business it closed. */
function Standing({ referral }: { referral: ReferralView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const other = referral.other.name || t('profile.unnamed');
  if (referral.status === 'won' && referral.value) {
    const value = formatMoney(referral.value, locale);
    return (
      <p className="thank-you">
        {referral.role === 'giver' ? t('collaborate.referral.thankYou', { name: other, value }) : t('collaborate.referral.wonReceiver', { value })}
      </p>
    );
  }
  return <p>{t(`collaborate.referral.standing.${referral.role}.${referral.status}`, { name: other })}</p>;
}

/** `/collaborate/referrals/:id`: the third party, where it stands, the receiver's next step, and its history. */
export function ReferralPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { id = '' } = useParams();
  const arrived = (useLocation().state as { status?: string } | null)?.status ?? '';
  const referral = useApiData(id, (signal) => collaborateApi.referral(id, signal));
  const [status, setStatus] = useState(arrived);
  const [withdrawing, setWithdrawing] = useState(false);
  const withdrawToggle = useRef<HTMLButtonElement>(null);
  const current = referral.state.status === 'ready' ? referral.state.data : null;
  const title = current ? t('collaborate.referral.titleFor', { name: current.contact.name }) : t('collaborate.referral.pageTitle');
  usePageTitle(title);

  const onDone = (changed: ReferralView, message: string) => {
    referral.set(changed);
    setStatus(message);
    setWithdrawing(false);
    requestAnimationFrame(() => document.getElementById('referral-standing-title')?.focus());
  };

  return (
    <article className="narrow stack">
      <h1>{title}</h1>
      <StatusMessage message={status} />
      <LoadStatus state={referral.state} />
      {current && (
        <>
          <section aria-labelledby="referral-standing-title" className="card stack">
            <h2 id="referral-standing-title" tabIndex={-1}>
              {t('collaborate.standing.title')}
            </h2>
            <p>
              <span className="visually-hidden">{t('collaborate.standing.stateLabel')} </span>
              <ReferralStatusBadge status={current.status} />
            </p>
            <Standing referral={current} />
            {current.role === 'receiver' && current.nextSteps.length > 0 && <ReferralStatusForm key={current.status} referral={current} onDone={onDone} />}
            {current.nextSteps.includes('withdrawn') && (
              <div className="stack">
                <p>
                  <button ref={withdrawToggle} type="button" className="button button-quiet" aria-expanded={withdrawing} onClick={() => setWithdrawing((open) => !open)}>
                    {t('collaborate.referral.withdraw')}
                  </button>
                </p>
                {withdrawing && (
                  <ReasonForm
                    id="withdraw-form"
                    field="message"
                    label={t('collaborate.referral.withdrawNote')}
                    hint={t('collaborate.referral.withdrawHint')}
                    required={false}
                    submitLabel={t('collaborate.referral.withdrawSend')}
                    submitName={t('collaborate.referral.withdrawSend')}
                    send={async (note) => onDone(await collaborateApi.withdrawReferral(current.id, note), t('collaborate.referral.done.withdrawn'))}
                    onCancel={() => {
                      setWithdrawing(false);
                      withdrawToggle.current?.focus();
                    }}
                  />
                )}
              </div>
            )}
          </section>
          <ReferralDetails referral={current} />
          <section aria-labelledby="referral-history-title" className="card stack">
            <h2 id="referral-history-title">{t('collaborate.proposal.history')}</h2>
            <ol className="history-list">
              {current.history.map((entry, index) => (
                <li key={`${entry.at}-${index}`}>
                  <time dateTime={entry.at}>{formatInstant(entry.at, locale)}</time>:{' '}
                  {[
                    t(`collaborate.referral.history.${entry.from === null ? 'given' : 'moved'}.${entry.by}`, {
                      status: t(`collaborate.referralStatuses.${entry.to}`),
                      name: current.other.name || t('profile.unnamed'),
                    }),
                    entry.value ? formatMoney(entry.value, locale) : '',
                    entry.note ? t('collaborate.history.note', { note: entry.note }) : '',
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </li>
              ))}
            </ol>
          </section>
        </>
      )}
      <p>
        <Link to="/collaborate/referrals">{t('collaborate.referrals.back')}</Link>
      </p>
    </article>
  );
}
