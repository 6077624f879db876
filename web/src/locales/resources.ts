// One base file per language plus one file per feature area, so areas are edited independently;
// every file holds top-level sections that are merged into one translation object.
import collaborateEn from './collaborate.en.json' with { type: 'json' };
import collaborateEs from './collaborate.es.json' with { type: 'json' };
import coachEn from './coach.en.json' with { type: 'json' };
import coachEs from './coach.es.json' with { type: 'json' };
import courseEn from './course.en.json' with { type: 'json' };
import courseEs from './course.es.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };
import es from './es.json' with { type: 'json' };
import excusesEn from './excuses.en.json' with { type: 'json' };
import excusesEs from './excuses.es.json' with { type: 'json' };
import pitchEn from './pitch.en.json' with { type: 'json' };
import pitchEs from './pitch.es.json' with { type: 'json' };
import planEn from './plan.en.json' with { type: 'json' };
import planEs from './plan.es.json' with { type: 'json' };

export const translations = {
  es: { ...es, ...coachEs, ...pitchEs, ...excusesEs, ...planEs, ...courseEs, ...collaborateEs },
  en: { ...en, ...coachEn, ...pitchEn, ...excusesEn, ...planEn, ...courseEn, ...collaborateEn },
};
