import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useLocale } from '../useLocale.ts';
import { formatDate } from './dates.ts';
import { formatMoney } from './money.ts';
import type { ProposalView } from './types.ts';

/** What is proposed: the description, each member's part, the value, next steps and dates. */
export function ProposalContent({ proposal }: { proposal: ProposalView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const none = t('collaborate.proposal.notGiven');
  const dates =
    proposal.startsOn || proposal.endsOn
      ? t('collaborate.proposal.dates', {
          from: proposal.startsOn ? formatDate(proposal.startsOn, locale) : none,
          to: proposal.endsOn ? formatDate(proposal.endsOn, locale) : none,
        })
      : none;
  return (
    <section aria-labelledby="proposal-content-title" className="card stack">
      <h2 id="proposal-content-title">{t('collaborate.proposal.content', { version: proposal.version })}</h2>
      <dl className="facts">
        <div>
          <dt>{t('collaborate.proposalForm.format')}</dt>
          <dd>{t(`collaborate.formats.${proposal.format}`)}</dd>
        </div>
        <div>
          <dt>{t('collaborate.proposalForm.description')}</dt>
          <dd className="pitch">{proposal.description || none}</dd>
        </div>
        {proposal.parties.map((party) => {
          const name = party.member.name || t('profile.unnamed');
          return (
            <div key={party.member.slug}>
              <dt>{t('collaborate.proposal.partOf', { name })}</dt>
              <dd>
                <p className="proposal-part-line">
                  <strong>{t('collaborate.proposalForm.gives')}:</strong> {party.gives || none}
                </p>
                <p className="proposal-part-line">
                  <strong>{t('collaborate.proposalForm.gets')}:</strong> {party.gets || none}
                </p>
              </dd>
            </div>
          );
        })}
        <div>
          <dt>{t('collaborate.proposalForm.estimatedValue')}</dt>
          <dd>{proposal.estimatedValue ? formatMoney(proposal.estimatedValue, locale) : none}</dd>
        </div>
        <div>
          <dt>{t('collaborate.proposalForm.nextSteps')}</dt>
          <dd className="pitch">{proposal.nextSteps || none}</dd>
        </div>
        <div>
          <dt>{t('collaborate.proposal.when')}</dt>
          <dd>{dates}</dd>
        </div>
        {proposal.meetingId && (
          <div>
            <dt>{t('collaborate.proposal.meeting')}</dt>
            <dd>
              <Link to={`/meetings/${encodeURIComponent(proposal.meetingId)}`}>{t('collaborate.proposal.openMeeting')}</Link>
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}
