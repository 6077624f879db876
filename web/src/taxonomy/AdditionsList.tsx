import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConceptAddition, Locale, SynonymAddition, TaxonomyAdditionsView } from '../types.ts';
import { useLocale } from '../useLocale.ts';

export type AdditionKind = 'concept' | 'synonym';

interface AdditionsListProps {
  additions: TaxonomyAdditionsView;
  onRemove: (kind: AdditionKind, id: string, name: string) => void;
  /** The addition being removed. */
  busyId: string | null;
  headingRefs: Record<AdditionKind, RefObject<HTMLHeadingElement | null>>;
}

function formatWhen(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
}

/** Who added it and when. */
function AddedLine({ addition }: { addition: ConceptAddition | SynonymAddition }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const date = formatWhen(addition.addedAt, locale);
  return (
    <p className="member-card-meta">
      {addition.addedBy ? t('taxonomy.list.addedBy', { name: addition.addedBy.name, date }) : t('taxonomy.list.addedByFormer', { date })}
    </p>
  );
}

function RemoveButton({ name, busy, onClick }: { name: string; busy: boolean; onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="actions card-actions">
      <button type="button" className="button button-secondary" aria-label={t('taxonomy.list.removeNamed', { name })} aria-disabled={busy || undefined} onClick={onClick}>
        {t('taxonomy.remove')}
      </button>
    </div>
  );
}

/** The concepts and synonyms administrators added, each with who, when, and a way to remove it. */
export function AdditionsList({ additions, onRemove, busyId, headingRefs }: AdditionsListProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { concepts, synonyms } = additions;
  return (
    <>
      <section aria-labelledby="added-concepts-title" className="stack">
        <h2 id="added-concepts-title" ref={headingRefs.concept} tabIndex={-1}>
          {t('taxonomy.list.concepts', { count: concepts.length })}
        </h2>
        {concepts.length === 0 ? (
          <p className="empty-state">{t('taxonomy.list.noConcepts')}</p>
        ) : (
          <ul className="recommendation-list">
            {concepts.map((concept) => (
              <li key={concept.id} className="card">
                <h3 className="member-card-name">{concept.label[locale]}</h3>
                <p>
                  {t('taxonomy.list.labels')}{' '}
                  <span lang="es">{concept.label.es}</span> · <span lang="en">{concept.label.en}</span>
                </p>
                <p className="member-card-meta">
                  {[t(`taxonomy.kinds.${concept.kind}`), ...concept.spheres.map((sphere) => sphere.label)].join(' · ')}
                </p>
                {concept.relations.length > 0 && (
                  <ul className="reasons">
                    {concept.relations.map((relation) => (
                      <li key={relation.conceptId}>{t('taxonomy.relations.item', { type: t(`taxonomy.relations.${relation.type}`), concept: relation.label })}</li>
                    ))}
                  </ul>
                )}
                <AddedLine addition={concept} />
                <RemoveButton
                  name={t('taxonomy.list.conceptName', { label: concept.label[locale] })}
                  busy={busyId === concept.id}
                  onClick={() => onRemove('concept', concept.id, concept.label[locale])}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="added-synonyms-title" className="stack">
        <h2 id="added-synonyms-title" ref={headingRefs.synonym} tabIndex={-1}>
          {t('taxonomy.list.synonyms', { count: synonyms.length })}
        </h2>
        {synonyms.length === 0 ? (
          <p className="empty-state">{t('taxonomy.list.noSynonyms')}</p>
        ) : (
          <ul className="recommendation-list">
            {synonyms.map((synonym) => (
              <li key={synonym.id} className="card">
                <p>
                  <strong lang={synonym.locale}>{t('taxonomy.list.quoted', { term: synonym.term })}</strong>{' '}
                  {t('taxonomy.list.synonymOf', { language: t(`taxonomy.list.in.${synonym.locale}`), concept: synonym.conceptLabel })}
                </p>
                <AddedLine addition={synonym} />
                <RemoveButton
                  name={t('taxonomy.list.synonymName', { term: synonym.term })}
                  busy={busyId === synonym.id}
                  onClick={() => onRemove('synonym', synonym.id, synonym.term)}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
