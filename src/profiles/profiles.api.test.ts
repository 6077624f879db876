import { describe, expect, it } from 'vitest';
import { expectProblem, fieldErrors, useTestApp } from '../testing/api-test.ts';
import { databaseKinds } from '../testing/databases.ts';
import { createMember } from '../testing/members.ts';
import { makePng, multipartFile } from '../testing/uploads.ts';

describe.each(databaseKinds)('profiles API on %s', (kind) => {
  const t = useTestApp(kind);
  let emails = 0;
  const newMember = (name = 'Paula Perfil') => createMember(t.server, `profile${++emails}@example.es`, name);

  describe('PUT /api/me/profile', () => {
    it('saves only the fields sent, trimmed and normalised', async () => {
      const { client } = await newMember();
      const first = await client.put('/api/me/profile', {
        headline: '  Fotógrafa de bodas  ',
        country: 'es',
        languages: ['ES', 'en', 'es'],
        offers: [' Reportajes de boda ', 'reportajes de boda', 'Retratos'],
        goals: ['clients', 'partners', 'clients'],
        website: 'https://estudio.example.es',
      });
      expect(first.statusCode).toBe(200);
      expect(first.json().profile).toMatchObject({
        headline: 'Fotógrafa de bodas',
        country: 'ES',
        languages: ['es', 'en'],
        offers: ['Reportajes de boda', 'Retratos'],
        goals: ['clients', 'partners'],
        website: 'https://estudio.example.es',
      });

      const second = await client.put('/api/me/profile', { city: 'Sevilla', visibility: 'public' });
      expect(second.statusCode).toBe(200);
      const { profile } = (await client.get('/api/me')).json();
      expect(profile).toMatchObject({
        name: 'Paula Perfil',
        headline: 'Fotógrafa de bodas',
        city: 'Sevilla',
        country: 'ES',
        offers: ['Reportajes de boda', 'Retratos'],
        visibility: 'public',
      });
    });

    it('clears a field set to an empty value', async () => {
      const { client } = await newMember();
      await client.put('/api/me/profile', { city: 'Bilbao', offers: ['Traducción'] });
      await client.put('/api/me/profile', { city: '', offers: [] });
      expect((await client.get('/api/me')).json().profile).toMatchObject({ city: '', offers: [] });
    });

    it('marks onboarding complete once, keeping the first date', async () => {
      const { client, me } = await newMember();
      expect(me.profile.onboardingCompletedAt).toBeNull();
      const before = Date.now();
      const done = (await client.put('/api/me/profile', { headline: 'Consultora', completeOnboarding: true })).json().profile;
      const completedAt = Date.parse(done.onboardingCompletedAt);
      expect(completedAt).toBeGreaterThanOrEqual(before - 1000);
      expect(completedAt).toBeLessThanOrEqual(Date.now() + 1000);
      expect(done.headline).toBe('Consultora');

      const again = (await client.put('/api/me/profile', { completeOnboarding: true })).json().profile;
      expect(again.onboardingCompletedAt).toBe(done.onboardingCompletedAt);
      expect((await client.get('/api/me')).json().profile.onboardingCompletedAt).toBe(done.onboardingCompletedAt);
    });

    it.each([
      ['a three-letter country', { country: 'ESP' }, 'country', 'Usa un código de país ISO de dos letras, como ES.'],
      ['an unknown goal', { goals: ['money'] }, 'goals/0', 'Valor no permitido. Opciones: clients, partners, suppliers, investors, mentors, talent, learning.'],
      ['a non-http website', { website: 'ftp://x' }, 'website', 'Introduce una dirección web que empiece por http:// o https://.'],
      ['an offer over 80 characters', { offers: ['ok', 'x'.repeat(81)] }, 'offers/1', 'Debe tener como máximo 80 caracteres.'],
      ['more than 20 offers', { offers: Array.from({ length: 21 }, (_, i) => `Servicio ${i}`) }, 'offers', 'Como máximo 20 elementos.'],
      ['a pitch over 1000 characters', { pitch: 'x'.repeat(1001) }, 'pitch', 'Debe tener como máximo 1000 caracteres.'],
      ['an unknown visibility', { visibility: 'friends' }, 'visibility', 'Valor no permitido. Opciones: public, members, private.'],
      ['a language name instead of a code', { languages: ['spanish'] }, 'languages/0', 'Usa códigos de idioma ISO 639-1, como es o en.'],
      ['a javascript: link', { links: [{ label: 'Blog', url: 'javascript:alert(1)' }] }, 'links/0/url', 'Introduce una dirección web que empiece por http:// o https://.'],
      ['a string for a boolean', { remote: 'yes' }, 'remote', 'Tipo de dato no válido.'],
    ])('refuses %s', async (_label, body, field, message) => {
      const { client } = await newMember();
      expect(fieldErrors(await client.put('/api/me/profile', body))).toEqual({ [field]: message });
    });

    it('reports every bad field at once, in English for an English member', async () => {
      const client = t.client('en');
      await client.signup(`profile-en@example.es`, 'Emma English');
      const response = await client.put('/api/me/profile', { country: 'ESP', website: 'ftp://x', visibility: 'friends' });
      expect(fieldErrors(response)).toEqual({
        country: 'Use a two-letter ISO country code, such as ES.',
        website: 'Enter a web address starting with http:// or https://.',
        visibility: 'Value not allowed. Options: public, members, private.',
      });
    });

    it('writes nothing when one field is bad', async () => {
      const { client } = await newMember();
      await client.put('/api/me/profile', { headline: 'Titular original', city: 'Madrid' });
      const before = (await client.get('/api/me')).json();

      const response = await client.put('/api/me/profile', { headline: 'Titular nuevo', city: 'Cádiz', country: 'ESP', completeOnboarding: true });
      expect(fieldErrors(response)).toHaveProperty('country');
      expect((await client.get('/api/me')).json()).toEqual(before);
    });

    it('requires a session', async () => {
      expectProblem(await t.client().put('/api/me/profile', { headline: 'Anónima' }), 401, 'unauthorized');
    });
  });

  describe('POST /api/me/photo', () => {
    const upload = (bytes: Buffer, filename = 'foto.png', contentType = 'image/png') => multipartFile('photo', { filename, contentType, bytes });

    it('stores a PNG and serves the same bytes from /media', async () => {
      const { client } = await newMember();
      const png = makePng({ width: 2, height: 2 });
      const { payload, headers } = upload(png);
      const response = await client.post('/api/me/photo', payload, { headers });

      expect(response.statusCode).toBe(200);
      const { photoUrl } = response.json();
      expect(photoUrl).toMatch(new RegExp(`^${t.app.config.publicUrl}/media/[0-9a-f-]{36}$`));
      expect((await client.get('/api/me')).json().profile.photoUrl).toBe(photoUrl);

      const media = await t.client().get(new URL(photoUrl).pathname);
      expect(media.statusCode).toBe(200);
      expect(media.headers['content-type']).toBe('image/png');
      expect(media.headers['x-content-type-options']).toBe('nosniff');
      expect(media.rawPayload.equals(png)).toBe(true);
    });

    it('trusts the bytes, not the file name: a PNG sent as photo.jpg is served as image/png', async () => {
      const { client } = await newMember();
      const { payload, headers } = upload(makePng(), 'photo.jpg', 'image/jpeg');
      const response = await client.post('/api/me/photo', payload, { headers });
      expect(response.statusCode).toBe(200);
      expect((await t.client().get(new URL(response.json().photoUrl).pathname)).headers['content-type']).toBe('image/png');
    });

    it('refuses a text file named .png and keeps the old photo', async () => {
      const { client } = await newMember();
      const { payload, headers } = upload(Buffer.from('this is not an image\n'));
      const problem = expectProblem(await client.post('/api/me/photo', payload, { headers }), 400, 'bad-photo');
      expect(problem.title).toBe('Imagen no válida');
      expect((await client.get('/api/me')).json().profile.photoUrl).toBe('');
    });

    it('refuses a file in another form field', async () => {
      const { client } = await newMember();
      const { payload, headers } = multipartFile('avatar', { filename: 'a.png', contentType: 'image/png', bytes: makePng() });
      expectProblem(await client.post('/api/me/photo', payload, { headers }), 400, 'bad-photo');
    });

    it('accepts a 1.5 MB image (above the JSON body limit, below the photo limit)', async () => {
      const { client } = await newMember();
      const { payload, headers } = upload(makePng({ padding: 1_500_000 }));
      expect((await client.post('/api/me/photo', payload, { headers })).statusCode).toBe(200);
    });

    it('refuses an image over 2 MB with 413', async () => {
      const { client } = await newMember();
      const { payload, headers } = upload(makePng({ padding: 2 * 1024 * 1024 + 1 }));
      expectProblem(await client.post('/api/me/photo', payload, { headers }), 413, 'payload-too-large');
      expect((await client.get('/api/me')).json().profile.photoUrl).toBe('');
    });

    it('requires a session', async () => {
      const { payload, headers } = upload(makePng());
      expectProblem(await t.client().post('/api/me/photo', payload, { headers }), 401, 'unauthorized');
    });

    it('answers an unknown media id with 404', async () => {
      expectProblem(await t.client().get('/media/00000000-0000-4000-8000-000000000000'), 404, 'not-found');
      expectProblem(await t.client().get('/media/not-a-uuid'), 404, 'not-found');
    });
  });
});
