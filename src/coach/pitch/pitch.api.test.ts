import { describe, expect, it } from 'vitest';
import { expectProblem, fieldErrors, useTestApp } from '../../testing/api-test.ts';
import { databaseKinds } from '../../testing/databases.ts';
import { createMember, type TestMember } from '../../testing/members.ts';
import { emptyParts, emptyVersions, type PitchParts, type PitchVersions } from './model.ts';

const parts: PitchParts = {
  whomIHelp: 'restaurantes familiares de Madrid',
  problem: 'pierden horas cada semana con facturas e impuestos',
  result: 'tener la contabilidad al día',
  proof: 'llevo las cuentas de 40 restaurantes desde 2018',
  difference: 'respondo el mismo día',
  ask: 'gestorías que trabajen con hostelería',
};
const versions: PitchVersions = {
  intro: 'Llevo la contabilidad de restaurantes familiares de Madrid.',
  elevator: '¿Conoces restaurantes familiares que pierden horas con facturas? Con mi ayuda tienen la contabilidad al día, como una zarzamora bien cuidada.',
  long: '',
};
const draft = (overrides: Partial<{ language: string; parts: Partial<PitchParts>; versions: Partial<PitchVersions> }> = {}) => ({
  language: overrides.language ?? 'es',
  parts: { ...parts, ...overrides.parts },
  versions: { ...versions, ...overrides.versions },
});
const words = (count: number) => Array.from({ length: count }, (_, i) => `palabra${i % 50}`).join(' ');
/** About 5,000 words of Spanish (13 words a sentence). */
const fiveThousandWords = Array.from({ length: 385 }, () => 'Ayudo a los restaurantes familiares de Madrid que pierden horas con el papeleo.').join(' ');

describe.each(databaseKinds)('the pitch builder API on %s', (kind) => {
  const t = useTestApp(kind);
  let serial = 0;
  const member = (name: string, profile: Parameters<typeof createMember>[3] = {}) =>
    createMember(t.server, `${name.toLowerCase().replace(/\s+/gu, '.')}-${++serial}@example.es`, name, profile);
  const save = async (who: TestMember, body: unknown = draft()) => {
    const response = await who.client.put('/api/me/pitch', body);
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };

  it('is for members only, and writes need the CSRF token', async () => {
    const stranger = t.client();
    for (const [method, url, body] of [
      ['GET', '/api/me/pitch', undefined],
      ['PUT', '/api/me/pitch', draft()],
      ['POST', '/api/me/pitch/publish', { version: 'elevator' }],
      ['GET', '/api/me/pitch/tailored?for=alguien', undefined],
      ['POST', '/api/pitch/analyze', { text: 'Hola' }],
    ] as const)
      expectProblem(await stranger.request(method, url, body), 401, 'unauthorized');

    const ana = await member('Ana Csrf');
    const forged = { headers: { 'x-csrf-token': 'forged' } };
    expectProblem(await ana.client.put('/api/me/pitch', draft(), forged), 403, 'csrf');
    expectProblem(await ana.client.post('/api/me/pitch/publish', { version: 'elevator' }, forged), 403, 'csrf');
    expectProblem(await ana.client.post('/api/pitch/analyze', { text: 'Hola' }, forged), 403, 'csrf');
    expect((await ana.client.get('/api/me/pitch')).json().updatedAt).toBeNull();
  });

  it('starts from an empty draft in the account language holding the profile pitch in the version it fits', async () => {
    const ana = await member('Ana Vacia', { pitch: 'Ayudo a restaurantes a tener las cuentas claras.' });
    expect((await ana.client.get('/api/me/pitch')).json()).toEqual({
      language: 'es',
      parts: emptyParts(),
      versions: { ...emptyVersions(), intro: 'Ayudo a restaurantes a tener las cuentas claras.' },
      publishedVersion: null,
      publishedAt: null,
      updatedAt: null,
      profilePitch: 'Ayudo a restaurantes a tener las cuentas claras.',
      profileSlug: ana.slug,
    });
    const emily = await member('Emily Blank', { pitch: words(60) });
    await emily.client.put('/api/me/settings', { locale: 'en' });
    const english = (await emily.client.get('/api/me/pitch')).json();
    expect(english.language).toBe('en');
    expect(english.versions.elevator).toBe(words(60));
  });

  it('saves the parts and the edited versions, one draft per member that nobody else reads', async () => {
    const ana = await member('Ana Guarda');
    const saved = await save(ana);
    expect(saved).toMatchObject({ language: 'es', parts, versions, publishedVersion: null });
    expect(Date.parse(saved.updatedAt)).not.toBeNaN();
    const again = await save(ana, draft({ language: 'en', versions: { long: 'A longer one.' } }));
    expect(again.language).toBe('en');
    expect(again.versions.long).toBe('A longer one.');
    expect((await t.app.ctx.database.query('SELECT count(*)::int AS n FROM pitch_drafts WHERE user_id = $1', [ana.id]))[0]).toEqual({ n: 1 });

    const bruno = await member('Bruno Mira');
    const his = (await bruno.client.get('/api/me/pitch')).json();
    expect(his).toMatchObject({ parts: emptyParts(), versions: emptyVersions(), updatedAt: null, profileSlug: bruno.slug });
    const tailored = (await bruno.client.get(`/api/me/pitch/tailored?for=${ana.slug}`)).json();
    expect(JSON.stringify(tailored)).not.toContain(parts.whomIHelp);
    expect(JSON.stringify(tailored)).not.toContain('zarzamora');
  });

  it('refuses a version over 1,000 characters, an unknown language or a missing part, with messages in the member language', async () => {
    const ana = await member('Ana Valida');
    expect(fieldErrors(await ana.client.put('/api/me/pitch', draft({ versions: { intro: 'x'.repeat(1001) } })))).toEqual({
      'versions/intro': 'Debe tener como máximo 1000 caracteres.',
    });
    await ana.client.put('/api/me/settings', { locale: 'en' });
    expect(fieldErrors(await ana.client.put('/api/me/pitch', draft({ language: 'fr', parts: { ask: 'y'.repeat(301) } })))).toEqual({
      language: 'Value not allowed. Options: es, en.',
      'parts/ask': 'Must be at most 300 characters long.',
    });
    const { whomIHelp: _, ...missing } = parts;
    expect(fieldErrors(await ana.client.put('/api/me/pitch', { language: 'es', parts: missing, versions }))).toEqual({
      'parts/whomIHelp': 'This field is required.',
    });
    expect((await ana.client.get('/api/me/pitch')).json().updatedAt).toBeNull();
  });

  it('publishes a saved version on the profile: the public page shows it and the directory finds it', async () => {
    const ana = await member('Ana Publica', { visibility: 'public', pitch: 'Mi pitch de antes.' });
    await save(ana);
    const published = await ana.client.post('/api/me/pitch/publish', { version: 'elevator' });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json()).toMatchObject({ publishedVersion: 'elevator', profilePitch: versions.elevator });
    expect(Date.parse(published.json().publishedAt)).not.toBeNaN();
    expect((await ana.client.get('/api/me')).json().profile.pitch).toBe(versions.elevator);

    const page = await t.client().get(`/p/${ana.slug}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('¿Conoces restaurantes familiares que pierden horas con facturas?');
    expect(page.body).not.toContain('Mi pitch de antes.');
    const bruno = await member('Bruno Busca');
    const found = (await bruno.client.get('/api/members?q=zarzamora')).json();
    expect(found.items.map((item: { slug: string }) => item.slug)).toEqual([ana.slug]);
  });

  it('refuses to publish an empty or never saved version', async () => {
    const ana = await member('Ana Nada', { pitch: 'Lo que tenía.' });
    const unsaved = expectProblem(await ana.client.post('/api/me/pitch/publish', { version: 'intro' }), 400, 'pitch-version-empty');
    expect(unsaved.title).toBe('Esa versión está vacía');
    await save(ana);
    expectProblem(await ana.client.post('/api/me/pitch/publish', { version: 'long' }), 400, 'pitch-version-empty');
    expect(fieldErrors(await ana.client.post('/api/me/pitch/publish', { version: 'short' }))).toHaveProperty('version');
    expect((await ana.client.get('/api/me')).json().profile.pitch).toBe('Lo que tenía.');
  });

  describe('analyze', () => {
    const analyze = async (who: TestMember, body: object) => {
      const response = await who.client.post('/api/pitch/analyze', body);
      expect(response.statusCode, response.body).toBe(200);
      return response.json();
    };

    it('analyses in the language asked for, or the account language, with words, seconds, criteria and suggestions', async () => {
      const ana = await member('Ana Analiza');
      const spanish = await analyze(ana, { text: 'Ofrecemos soluciones integrales para empresas líderes del sector.', targetSeconds: 10 });
      expect(spanish).toMatchObject({ language: 'es', words: 8, wordsPerMinute: 130, targetSeconds: 10, detectedLanguage: 'es' });
      expect(Object.keys(spanish.criteria).sort()).toEqual(['ask', 'clarity', 'concreteness', 'length', 'listenerFocus', 'sentences', 'structure']);
      expect(spanish.suggestions.some((s: { quote: string | null }) => s.quote?.toLowerCase().includes('soluciones integrales'))).toBe(true);
      expect((await analyze(ana, { text: 'We offer innovative solutions.', language: 'EN-gb' })).language).toBe('en');
      await ana.client.put('/api/me/settings', { locale: 'en' });
      expect((await analyze(ana, { text: 'We offer innovative solutions.' })).language).toBe('en');
    });

    it.each([
      ['an empty pitch', '', 'length'],
      ['a 5,000-word pitch', fiveThousandWords, 'length'],
      ['a pitch in French', 'Nous proposons des solutions innovantes aux entreprises qui veulent grandir.', 'language'],
    ])('answers %s with guidance, not an error', async (_case, text, first) => {
      const ana = await member('Ana Guia');
      const analysis = await analyze(ana, { text });
      expect(analysis.score).toBeGreaterThanOrEqual(0);
      expect(analysis.score).toBeLessThanOrEqual(100);
      expect(analysis.suggestions[0].criterion).toBe(first);
      for (const suggestion of analysis.suggestions) expect(suggestion.message).toMatch(/\p{L}/u);
    });

    it('refuses a language it has no word lists for, saying which it has, in the member language', async () => {
      const ana = await member('Ana Idioma');
      const spanish = expectProblem(await ana.client.post('/api/pitch/analyze', { text: 'Bonjour', language: 'fr' }), 400, 'unsupported-language');
      expect(spanish.title).toBe('El análisis no está disponible en ese idioma');
      expect(spanish.detail).toMatch(/^El análisis funciona en español \(es\) y en inglés \(en\), y «fr» no es ninguno de los dos/u);
      await ana.client.put('/api/me/settings', { locale: 'en' });
      const english = expectProblem(await ana.client.post('/api/pitch/analyze', { text: 'Bonjour', language: 'fr' }), 400, 'unsupported-language');
      expect(english.detail).toMatch(/^The analysis works in Spanish \(es\) and English \(en\), and "fr" is neither/u);
      expect(fieldErrors(await ana.client.post('/api/pitch/analyze', { text: 'Hi', targetSeconds: 45 }))).toHaveProperty('targetSeconds');
      expect(fieldErrors(await ana.client.post('/api/pitch/analyze', {}))).toEqual({ text: 'This field is required.' });
    });
  });

  describe('tailored', () => {
    const accountant = () =>
      member('Ana Cuentas', { offers: ['contabilidad para pymes', 'asesoría fiscal'], needs: ['gestorías'], visibility: 'members' });

    it('opens with what the other member needs and what of yours meets it', async () => {
      const ana = await accountant();
      await save(ana);
      const bruno = await member('Bruno Restaurante', { offers: ['restaurante'], needs: ['asesor fiscal', 'diseño web'] });
      const response = await ana.client.get(`/api/me/pitch/tailored?for=${bruno.slug}`);
      expect(response.statusCode, response.body).toBe(200);
      const tailored = response.json();
      expect(tailored).toMatchObject({
        member: { slug: bruno.slug, name: 'Bruno Restaurante' },
        language: 'es',
        connected: true,
        needs: ['asesor fiscal'],
        offers: ['asesoría fiscal'],
        hint: null,
      });
      expect(tailored.text).toMatch(/^Bruno, sé que buscas asesor fiscal\. Es justo lo que ofrezco: asesoría fiscal\. Trabajo con restaurantes familiares de Madrid/u);
      expect(tailored.ideas).toEqual(expect.any(Array));
    });

    it('gives the general 30-second version with a hint when nothing connects', async () => {
      const ana = await accountant();
      await save(ana);
      const carla = await member('Carla Fincas', { offers: ['finca para bodas'], needs: ['fotografía de bodas'] });
      const tailored = (await ana.client.get(`/api/me/pitch/tailored?for=${carla.slug}`)).json();
      expect(tailored).toMatchObject({ connected: false, hint: 'no-match', needs: [], offers: [] });
      expect(tailored.text).toMatch(/^¿Conoces a restaurantes familiares de Madrid que pierden horas/u);
    });

    it('does not tailor for unknown, private or blocked members, nor for yourself', async () => {
      const ana = await accountant();
      const dora = await member('Dora Privada', { needs: ['asesor fiscal'], visibility: 'private' });
      const eva = await member('Eva Bloquea', { needs: ['asesor fiscal'] });
      expect((await eva.client.post('/api/blocks', { slug: ana.slug })).statusCode).toBe(204);
      for (const slug of ['nadie-de-nadie', dora.slug, eva.slug]) {
        const problem = expectProblem(await ana.client.get(`/api/me/pitch/tailored?for=${slug}`), 404, 'not-found');
        expect(problem.detail).toBe('Ese perfil no existe o no es visible para ti.');
      }
      expectProblem(await ana.client.get(`/api/me/pitch/tailored?for=${ana.slug}`), 400, 'pitch-for-self');
      expect(fieldErrors(await ana.client.get('/api/me/pitch/tailored'))).toHaveProperty('for');
    });
  });

  it('documents its routes in the OpenAPI document', async () => {
    const doc = (await t.client().get('/api/openapi.json')).json();
    for (const path of ['/api/me/pitch', '/api/me/pitch/publish', '/api/me/pitch/tailored', '/api/pitch/analyze']) expect(doc.paths).toHaveProperty([path]);
    expect(doc.paths['/api/pitch/analyze'].post.responses).toHaveProperty('400');
  });
});
