import { describe, expect, it } from 'vitest';
import { questionCount, questionsFor } from './questions.ts';

describe('questionsFor', () => {
  it('asks about their needs and goals first, alternating, in the viewer’s language', () => {
    const questions = questionsFor({ needs: ['fincas para bodas', 'floristerías'], goals: ['partners'] }, 'es');
    expect(questions).toEqual([
      '¿Qué buscas exactamente cuando dices «fincas para bodas»?',
      '¿Con qué tipo de socio te gustaría colaborar este año?',
      '¿Qué buscas exactamente cuando dices «floristerías»?',
      '¿Cómo resolvéis hoy «fincas para bodas» y qué os falla?',
      '¿Cómo resolvéis hoy «floristerías» y qué os falla?',
    ]);
    expect(questionsFor({ needs: ['wedding venues'], goals: ['clients'] }, 'en').slice(0, 2)).toEqual([
      'What exactly are you looking for when you say "wedding venues"?',
      'Who is your ideal client, and how could I spot one to refer to you?',
    ]);
  });

  it('always gives exactly five, distinct, even for an empty profile or a long one', () => {
    for (const locale of ['es', 'en'] as const) {
      const empty = questionsFor({ needs: [], goals: [] }, locale);
      expect(empty).toHaveLength(questionCount);
      expect(new Set(empty).size).toBe(questionCount);
      const many = questionsFor({ needs: ['a', 'b', 'c', 'd', 'e', 'f'], goals: ['clients', 'talent', 'investors'] }, locale);
      expect(many).toHaveLength(questionCount);
      expect(questionsFor({ needs: ['  ', 'x'], goals: [] }, locale).some((q) => q.includes('  '))).toBe(false);
    }
  });
});
