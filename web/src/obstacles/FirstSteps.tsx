import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { obstacles, type ObstacleKey } from '../../../src/coach/obstacles/obstacles.ts';

interface FirstStepsProps {
  chosen: readonly ObstacleKey[];
  /** Focused once the answer is saved, so the results are read next. */
  headingRef: RefObject<HTMLHeadingElement | null>;
}

/** Each obstacle chosen, in the member's words, with a short reframe and the one first step that answers it. */
export function FirstSteps({ chosen, headingRef }: FirstStepsProps) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="first-steps-title" className="stack">
      <h2 id="first-steps-title" ref={headingRef} tabIndex={-1}>
        {t('obstacles.resultsTitle')}
      </h2>
      <ul className="first-steps">
        {obstacles
          .filter(({ key }) => chosen.includes(key))
          .map(({ key, firstStep }) => (
            <li key={key} className="card first-step">
              <h3 className="first-step-excuse">{t(`obstacles.items.${key}.excuse`)}</h3>
              <p>{t(`obstacles.items.${key}.reframe`)}</p>
              <Link className="button" to={firstStep}>
                {t(`obstacles.items.${key}.action`)}
              </Link>
            </li>
          ))}
      </ul>
    </section>
  );
}
