import type { Locale } from '../../i18n/locale.ts';
import type { Goal } from '../../profiles/profile-input.ts';

export const questionCount = 5;

type Texts = {
  need: [(need: string) => string, (need: string) => string];
  goal: Record<Goal, string>;
  general: string[];
};

const texts: Record<Locale, Texts> = {
  es: {
    need: [(need) => `¿Qué buscas exactamente cuando dices «${need}»?`, (need) => `¿Cómo resolvéis hoy «${need}» y qué os falla?`],
    goal: {
      clients: '¿Quién es tu cliente ideal y cómo podría reconocerlo para recomendártelo?',
      partners: '¿Con qué tipo de socio te gustaría colaborar este año?',
      suppliers: '¿Qué proveedor te falta o no te termina de convencer?',
      investors: '¿Qué buscas en un inversor, además de financiación?',
      mentors: '¿En qué decisión te vendría bien el consejo de alguien con más experiencia?',
      talent: '¿Qué perfil te está costando encontrar para tu equipo?',
      learning: '¿Qué estás aprendiendo ahora que te gustaría aplicar a tu negocio?',
    },
    general: [
      '¿Qué proyecto te ilusiona más ahora mismo?',
      '¿Qué sería para ti una buena recomendación esta semana?',
      '¿Qué es lo más difícil de tu trabajo en este momento?',
      '¿Cómo empezaste con tu negocio?',
      '¿Qué te gustaría que saliera de esta reunión?',
    ],
  },
  en: {
    need: [(need) => `What exactly are you looking for when you say "${need}"?`, (need) => `How do you handle "${need}" today, and what is missing?`],
    goal: {
      clients: 'Who is your ideal client, and how could I spot one to refer to you?',
      partners: 'What kind of partner would you like to work with this year?',
      suppliers: 'Which supplier are you missing, or not quite happy with?',
      investors: 'What are you looking for in an investor, besides funding?',
      mentors: 'Which decision would you like advice on from someone more experienced?',
      talent: 'Which role is proving hard to fill in your team?',
      learning: 'What are you learning now that you would like to apply to your business?',
    },
    general: [
      'Which project excites you most right now?',
      'What would be a good referral for you this week?',
      'What is the hardest part of your work at the moment?',
      'How did you get started with your business?',
      'What would you like to come out of this meeting?',
    ],
  },
};

/**
 * Exactly five questions to ask the other member, so the meeting is as much listening as talking:
 * first about what they need and their goals, alternating, then general ones to fill up.
 */
export function questionsFor(them: { needs: readonly string[]; goals: readonly Goal[] }, locale: Locale): string[] {
  const t = texts[locale];
  const needs = them.needs.map((need) => need.trim()).filter(Boolean);
  const aboutNeeds = [...needs.map(t.need[0]), ...needs.map(t.need[1])];
  const aboutGoals = them.goals.map((goal) => t.goal[goal]);
  const interleaved: string[] = [];
  for (let i = 0; i < Math.max(aboutNeeds.length, aboutGoals.length); i++)
    interleaved.push(...(i < aboutNeeds.length ? [aboutNeeds[i]!] : []), ...(i < aboutGoals.length ? [aboutGoals[i]!] : []));
  return [...new Set([...interleaved, ...t.general])].slice(0, questionCount);
}
