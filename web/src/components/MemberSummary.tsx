import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { countryName } from '../data/countries.ts';
import type { MemberCard } from '../types.ts';
import { useLocale } from '../useLocale.ts';
import { Avatar } from './Avatar.tsx';

const SHOWN_OFFERS = 5;

interface MemberSummaryProps {
  member: Pick<MemberCard, 'name' | 'headline' | 'company' | 'city' | 'country' | 'photoUrl' | 'offers'>;
  /** When given, the name links to the member's page. */
  to?: string;
  headingLevel?: 2 | 3;
  /** Show the first offers as chips (default); cards that explain the match themselves leave them out. */
  showOffers?: boolean;
  /** Short facts shown under the place, next to the avatar (e.g. a relation badge). */
  details?: ReactNode;
  /** Full-width content below the summary: reasons, notes, actions and their inline forms. */
  children?: ReactNode;
}

/** A member as a card: avatar, name, headline, company, place and what they offer. */
export function MemberSummary({ member, to, headingLevel = 2, showOffers = true, details, children }: MemberSummaryProps) {
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  const { t } = useTranslation();
  const locale = useLocale();
  const place = [member.city, member.country && countryName(member.country, locale)].filter(Boolean).join(', ');
  const offers = showOffers ? member.offers.slice(0, SHOWN_OFFERS) : [];
  return (
    <article className="member-card">
      <Avatar name={member.name} photoUrl={member.photoUrl} />
      <div className="member-card-body">
        <Heading className="member-card-name">{to ? <Link to={to}>{member.name || t('profile.unnamed')}</Link> : member.name || t('profile.unnamed')}</Heading>
        {member.headline && <p className="member-card-headline">{member.headline}</p>}
        {(member.company || place) && (
          <p className="member-card-meta">{[member.company, place].filter(Boolean).join(' · ')}</p>
        )}
        {offers.length > 0 && (
          <>
            <p className="visually-hidden">{t('members.offers')}</p>
            <ul className="chips chips-static">
              {offers.map((offer) => (
                <li className="chip" key={offer}>
                  {offer}
                </li>
              ))}
            </ul>
          </>
        )}
        {details}
      </div>
      {children !== undefined && <div className="member-card-extra">{children}</div>}
    </article>
  );
}
