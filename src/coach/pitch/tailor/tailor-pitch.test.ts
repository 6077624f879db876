import { describe, expect, it } from 'vitest';
import { composePitch } from '../compose/compose-pitch.ts';
import { countWords } from '../compose/fragments.ts';
import { emptyParts, wordsPerMinute, type PitchParts } from '../model.ts';
import { tailorPitch } from './tailor-pitch.ts';

const es: PitchParts = {
  whomIHelp: 'pymes familiares de Madrid',
  problem: 'pierden horas cada semana con facturas, impuestos y papeleo',
  result: 'tener la contabilidad al día y tomar decisiones con números claros',
  proof: 'más de 40 empresas trabajan conmigo',
  difference: 'respondo el mismo día',
  ask: 'abogados que trabajen con pymes',
};
const en: PitchParts = {
  whomIHelp: 'family-run businesses in Manchester',
  problem: 'lose hours every week to paperwork',
  result: 'keep their books up to date',
  proof: 'more than 40 companies work with me',
  difference: 'I answer on the same day',
  ask: 'solicitors who work with small firms',
};

describe('tailorPitch', () => {
  it('opens with what they need, says what of yours meets it, and proposes to talk, in Spanish', () => {
    const tailored = tailorPitch(es, 'es', { name: 'Rocío Delgado Prieto', needs: ['asesoría fiscal', 'diseño web'] }, [
      { need: 'asesoría fiscal', offers: ['asesoría contable y fiscal para pymes'] },
      { need: 'diseño web', offers: [] },
    ]);
    expect(tailored).toMatchObject({ connected: true, needs: ['asesoría fiscal'], offers: ['asesoría contable y fiscal para pymes'], hint: null });
    expect(tailored.text).toMatch(/^Rocío, sé que buscas asesoría fiscal\. Es justo lo que ofrezco: asesoría contable y fiscal para pymes\. /u);
    expect(tailored.text).toContain(es.whomIHelp);
    expect(tailored.text).toContain(es.proof);
    expect(tailored.text).not.toContain('diseño web');
    expect(tailored.text.endsWith('¿Te parece que lo hablemos con un café esta semana?')).toBe(true);
  });

  it('names up to two needs and offers, in English, and fits thirty seconds', () => {
    const tailored = tailorPitch(en, 'en', { name: 'James', needs: ['bookkeeping', 'tax returns', 'payroll'] }, [
      { need: 'bookkeeping', offers: ['bookkeeping for small firms'] },
      { need: 'tax returns', offers: ['tax returns', 'bookkeeping for small firms'] },
      { need: 'payroll', offers: ['payroll'] },
    ]);
    expect(tailored.needs).toEqual(['bookkeeping', 'tax returns']);
    expect(tailored.offers).toEqual(['bookkeeping for small firms', 'tax returns']);
    expect(tailored.text).toMatch(
      /^James, I know you are looking for bookkeeping and tax returns\. That is exactly what I offer: bookkeeping for small firms and tax returns\. I help family-run businesses in Manchester so they can keep their books up to date\./u,
    );
    expect(tailored.text).toContain(`I'm also looking for ${en.ask}`);
    expect(tailored.text.endsWith('Shall we talk it over with a coffee this week?')).toBe(true);
    expect((countWords(tailored.text) * 60) / wordsPerMinute).toBeLessThanOrEqual(36);
  });

  it('says so and gives the general 30-second pitch when nothing you offer meets their needs', () => {
    const tailored = tailorPitch(es, 'es', { name: 'Bruno', needs: ['fincas para bodas'] }, [{ need: 'fincas para bodas', offers: [] }]);
    expect(tailored).toEqual({ text: composePitch(es, 'es').elevator, connected: false, needs: [], offers: [], hint: 'no-match' });
  });

  it('says they have not told what they need yet when their profile lists no need', () => {
    expect(tailorPitch(en, 'en', { name: 'Olivia', needs: [] }, [])).toMatchObject({ connected: false, hint: 'no-needs', text: composePitch(en, 'en').elevator });
  });

  it('asks for your own parts first when they are empty, still naming what connects you', () => {
    expect(tailorPitch(emptyParts(), 'es', { name: 'Bruno', needs: ['fincas'] }, [])).toEqual({
      text: '', connected: false, needs: [], offers: [], hint: 'empty-pitch',
    });
    const connected = tailorPitch(emptyParts(), 'en', { name: '', needs: ['payroll'] }, [{ need: 'payroll', offers: ['payroll services'] }]);
    expect(connected).toMatchObject({ connected: true, hint: 'empty-pitch' });
    expect(connected.text).toBe('I know you are looking for payroll. That is exactly what I offer: payroll services. Shall we talk it over with a coffee this week?');
  });
});
