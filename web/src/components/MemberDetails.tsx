import { useTranslation } from 'react-i18next';
import { countryName } from '../data/countries.ts';
import { languageName } from '../data/languages.ts';
import type { Member } from '../types.ts';
import { useLocale } from '../useLocale.ts';
import { ExternalLink } from './ExternalLink.tsx';
import { PhraseList } from './PhraseList.tsx';

/** Everything a member shares, below the name: facts, offers and needs, pitch and links. */
export function MemberDetails({ member }: { member: Member }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const place = [member.city, member.region, member.country && countryName(member.country, locale)].filter(Boolean).join(', ');
  const facts = [
    { key: 'company', label: t('profile.company'), value: member.company },
    { key: 'sector', label: t('profile.sector'), value: member.sector },
    { key: 'place', label: t('member.place'), value: place },
    { key: 'languages', label: t('member.languages'), value: member.languages.map((code) => languageName(code, locale)).join(', ') },
    { key: 'goals', label: t('member.goals'), value: member.goals.map((goal) => t(`goals.${goal}`)).join(', ') },
    { key: 'remote', label: t('member.remote'), value: member.remote ? t('common.yes') : '' },
  ].filter((fact) => fact.value);
  const publicUrl = member.publicUrl && (member.publicUrl.startsWith('/') || member.publicUrl.startsWith('http')) ? member.publicUrl : null;

  return (
    <div className="stack">
      {facts.length > 0 && (
        <dl className="facts">
          {facts.map((fact) => (
            <div key={fact.key}>
              <dt>{fact.label}</dt>
              <dd>{fact.value}</dd>
            </div>
          ))}
        </dl>
      )}
      <PhraseList id="member-offers" title={t('member.offers')} items={member.offers} />
      <PhraseList id="member-needs" title={t('member.needs')} items={member.needs} />
      {member.pitch && (
        <section aria-labelledby="member-pitch">
          <h2 id="member-pitch">{t('member.pitch')}</h2>
          <p className="pitch">{member.pitch}</p>
        </section>
      )}
      {(member.website || member.links.length > 0) && (
        <section aria-labelledby="member-links">
          <h2 id="member-links">{t('member.links')}</h2>
          <ul className="link-list">
            {member.website && (
              <li>
                <ExternalLink href={member.website}>{t('profile.website')}</ExternalLink>
              </li>
            )}
            {member.links.map((link) => (
              <li key={`${link.label}:${link.url}`}>
                <ExternalLink href={link.url}>{link.label || link.url}</ExternalLink>
              </li>
            ))}
          </ul>
        </section>
      )}
      {publicUrl && (
        <p>
          <a href={publicUrl}>{t('member.publicPage')}</a>
        </p>
      )}
    </div>
  );
}
