import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatLabel } from './formatLabel.ts';
import { newProposalPath, type NewProposalState } from './links.ts';
import type { CollaborationIdea } from './types.ts';

interface IdeaListProps {
  ideas: readonly CollaborationIdea[];
  /** The other member: ideas are for the viewer (side a) and them (side b). */
  slug: string;
  name: string;
  /** Unique on the page: prefixes the ids of the ideas' headings. */
  idPrefix: string;
  headingLevel?: 3 | 4;
  meetingId?: string;
}

/** Each idea: its format, why it fits, what each side gains, and a button to propose it. */
export function IdeaList({ ideas, slug, name, idPrefix, headingLevel = 3, meetingId }: IdeaListProps) {
  const { t } = useTranslation();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <ul className="idea-list">
      {ideas.map((idea) => {
        const label = formatLabel(t, idea.format, idea.kind);
        const state: NewProposalState = { idea, ...(meetingId ? { meetingId } : {}) };
        return (
          <li key={`${idea.format}-${idea.kind ?? ''}`} className="idea-card">
            <Heading id={`${idPrefix}-${idea.format}`}>{label}</Heading>
            <p>{idea.rationale}</p>
            <dl className="idea-gains">
              <div>
                <dt>{t('collaborate.ideas.youGain')}</dt>
                <dd>{idea.gains.a}</dd>
              </div>
              <div>
                <dt>{t('collaborate.ideas.theyGain', { name })}</dt>
                <dd>{idea.gains.b}</dd>
              </div>
            </dl>
            <p>
              <Link className="button button-secondary" to={newProposalPath(slug)} state={state} aria-label={t('collaborate.ideas.proposeThisFormat', { format: label })}>
                {t('collaborate.ideas.proposeThis')}
              </Link>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
