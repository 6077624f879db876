import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { ApiClient } from '../testing/api-client.ts';
import { expectProblem, fieldErrors, useTestApp } from '../testing/api-test.ts';
import { databaseKinds } from '../testing/databases.ts';
import { createMember, testPassword } from '../testing/members.ts';
import { Outbox, resetTokenFrom } from '../testing/outbox.ts';

const newPassword = 'a brand new passphrase';

describe.each(databaseKinds)('accounts API on %s', (kind) => {
  const t = useTestApp(kind);

  describe('signup', () => {
    it('creates the account, starts a session with HttpOnly SameSite=Lax cookies and joins the default community', async () => {
      const client = t.client();
      const response = await client.post('/api/auth/signup', { email: 'maria@example.es', password: testPassword, name: 'María José Núñez' });

      expect(response.statusCode).toBe(201);
      const { user } = response.json();
      expect(user).toMatchObject({ email: 'maria@example.es', name: 'María José Núñez', locale: 'es', timeZone: 'Europe/Madrid' });
      expect(user.profile.slug).toBe('maria-jose-nunez');
      expect(user.communities).toEqual([{ slug: 'general', name: 'Sinergia', role: 'member' }]);

      const session = response.cookies.find((c) => c.name === 'sinergia_session');
      const csrf = response.cookies.find((c) => c.name === 'sinergia_csrf');
      expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
      expect(session?.secure).toBeFalsy();
      expect(csrf).toMatchObject({ sameSite: 'Lax', path: '/' });
      expect(csrf?.httpOnly).toBeFalsy(); // the web app reads it to send X-CSRF-Token
      expect((await client.get('/api/me')).json()).toMatchObject({ id: user.id, email: 'maria@example.es' });
    });

    it('gives a second member with the same name a different slug', async () => {
      const first = await t.client().signup('jose1@example.es', 'José Pérez');
      const second = await t.client().signup('jose2@example.es', 'José Pérez');
      expect(first.profile.slug).toBe('jose-perez');
      expect(second.profile.slug).toBe('jose-perez-2');
    });

    it('takes the locale from Accept-Language, Spanish when none is supported', async () => {
      expect((await t.client('en-GB,en;q=0.9').signup('english@example.es')).locale).toBe('en');
      expect((await t.client('fr-FR,fr;q=0.9').signup('french@example.es')).locale).toBe('es');
      expect((await t.client('fr,en;q=0.5').signup('french-english@example.es')).locale).toBe('en');
    });

    it('keeps an explicit locale and time zone', async () => {
      const response = await t.client('es').post('/api/auth/signup', {
        email: 'mexico@example.es', password: testPassword, name: 'Lupe', locale: 'en', timeZone: 'America/Mexico_City',
      });
      expect(response.statusCode).toBe(201);
      expect(response.json().user).toMatchObject({ locale: 'en', timeZone: 'America/Mexico_City' });
    });

    it('refuses an email already registered, whatever its case (409)', async () => {
      await t.client().signup('dup@example.es');
      for (const email of ['dup@example.es', 'DUP@Example.ES']) {
        const response = await t.client().post('/api/auth/signup', { email, password: testPassword, name: 'Otra' });
        const problem = expectProblem(response, 409, 'email-taken');
        expect(problem.title).toBe('Ese correo ya está registrado');
      }
    });

    it('stores the email in lower case, so login works with any case', async () => {
      const user = await t.client().signup('Mixed.Case@Example.ES');
      expect(user.email).toBe('mixed.case@example.es');
      const login = await t.client().post('/api/auth/login', { email: 'MIXED.case@example.es', password: testPassword });
      expect(login.statusCode).toBe(200);
    });
  });

  describe('signup input errors', () => {
    it('answers malformed JSON with a 400 problem', async () => {
      const response = await t.client().post('/api/auth/signup', '{"email": "a@b.es",', { headers: { 'content-type': 'application/json' } });
      const problem = expectProblem(response, 400, 'malformed-json');
      expect(problem.title).toBe('JSON mal formado');
    });

    it('reports wrong types per field instead of coercing them', async () => {
      const response = await t.client().post('/api/auth/signup', { email: 42, password: 12345678901234, name: ['Ana'] });
      expect(fieldErrors(response)).toEqual({
        email: 'Tipo de dato no válido.',
        password: 'Tipo de dato no válido.',
        name: 'Tipo de dato no válido.',
      });
    });

    it('reports every missing field', async () => {
      const response = await t.client().post('/api/auth/signup', {});
      expect(fieldErrors(response)).toEqual({
        email: 'Este campo es obligatorio.',
        password: 'Este campo es obligatorio.',
        name: 'Este campo es obligatorio.',
      });
    });

    const badInput = { email: 'not-an-email', password: 'short', name: 'x'.repeat(121) };

    it('explains invalid email, short password and too-long name in Spanish by default', async () => {
      const response = await t.client().post('/api/auth/signup', badInput);
      expect(response.json().title).toBe('Los datos enviados no son válidos');
      expect(fieldErrors(response)).toEqual({
        email: 'Introduce un correo electrónico válido.',
        password: 'Debe tener al menos 10 caracteres.',
        name: 'Debe tener como máximo 120 caracteres.',
      });
    });

    it('explains them in English with Accept-Language: en', async () => {
      const response = await t.client('en').post('/api/auth/signup', badInput);
      expect(response.json().title).toBe('The data sent is not valid');
      expect(fieldErrors(response)).toEqual({
        email: 'Enter a valid email address.',
        password: 'Must be at least 10 characters long.',
        name: 'Must be at most 120 characters long.',
      });
    });

    it('refuses an unknown time zone and creates no account', async () => {
      const body = { email: 'tz@example.es', password: testPassword, name: 'Zona', timeZone: 'Mars/Olympus_Mons' };
      expect(fieldErrors(await t.client().post('/api/auth/signup', body))).toEqual({ timeZone: 'Zona horaria desconocida.' });
      expect(fieldErrors(await t.client('en').post('/api/auth/signup', body))).toEqual({ timeZone: 'Unknown time zone.' });
      const login = await t.client().post('/api/auth/login', { email: body.email, password: testPassword });
      expect(login.statusCode).toBe(401);
    });
  });

  describe('login and logout', () => {
    it('logs in with the right password and starts a session', async () => {
      await t.client().signup('login@example.es', 'Lola Login');
      const client = t.client();
      const response = await client.post('/api/auth/login', { email: 'login@example.es', password: testPassword });
      expect(response.statusCode).toBe(200);
      expect(response.json().user).toMatchObject({ email: 'login@example.es', name: 'Lola Login' });
      expect(response.cookies.find((c) => c.name === 'sinergia_session')).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
      expect((await client.get('/api/me')).statusCode).toBe(200);
    });

    it('answers a wrong password and an unknown email with the same 401 and body', async () => {
      await t.client().signup('known@example.es');
      const wrongPassword = await t.client().post('/api/auth/login', { email: 'known@example.es', password: 'not the password' });
      const unknownEmail = await t.client().post('/api/auth/login', { email: 'nobody@example.es', password: 'not the password' });
      const problem = expectProblem(wrongPassword, 401, 'bad-credentials');
      expect(unknownEmail.statusCode).toBe(401);
      expect(unknownEmail.json()).toEqual(problem);
      expect(wrongPassword.cookies).toEqual([]);
    });

    it('ends the session on logout, also for a copy of the old cookie', async () => {
      const client = t.client();
      await client.signup('logout@example.es');
      const oldCookie = `sinergia_session=${client.cookie('sinergia_session')}`;

      const logout = await client.post('/api/auth/logout');
      expect(logout.statusCode).toBe(204);
      expect(client.cookie('sinergia_session')).toBeUndefined();
      expectProblem(await client.get('/api/me'), 401, 'unauthorized');
      expectProblem(await t.server.inject({ method: 'GET', url: '/api/me', headers: { cookie: oldCookie } }), 401, 'unauthorized');
    });

    it('answers GET /api/me without a session with 401', async () => {
      const problem = expectProblem(await t.client().get('/api/me'), 401, 'unauthorized');
      expect(problem.title).toBe('Necesitas iniciar sesión');
    });
  });

  describe('settings', () => {
    it('switching the locale changes the language of later problem messages', async () => {
      const client = t.client('es');
      await client.signup('settings@example.es');
      const response = await client.put('/api/me/settings', { locale: 'en' });
      expect(response.statusCode).toBe(200);
      expect(response.json().locale).toBe('en');

      // The browser still says Spanish, but the member's setting wins.
      const problem = await client.put('/api/me/profile', { country: 'Spain' });
      expect(problem.json().title).toBe('The data sent is not valid');
      expect(fieldErrors(problem)).toEqual({ country: 'Use a two-letter ISO country code, such as ES.' });
    });

    it('validates the time zone and saves a valid one', async () => {
      const client = t.client();
      await client.signup('timezone@example.es');
      expect(fieldErrors(await client.put('/api/me/settings', { timeZone: 'Europe/Atlantis' }))).toEqual({
        timeZone: 'Zona horaria desconocida.',
      });
      expect((await client.get('/api/me')).json().timeZone).toBe('Europe/Madrid');

      const saved = await client.put('/api/me/settings', { timeZone: 'America/Bogota', name: 'Nuevo Nombre' });
      expect(saved.statusCode).toBe(200);
      expect((await client.get('/api/me')).json()).toMatchObject({ timeZone: 'America/Bogota', name: 'Nuevo Nombre' });
    });

    it('requires a session', async () => {
      expectProblem(await t.client().put('/api/me/settings', { locale: 'en' }), 401, 'unauthorized');
    });
  });

  describe('picks per week', () => {
    it('is 5 by default and keeps a new choice', async () => {
      const client = t.client();
      expect((await client.signup('picks@example.es')).picksPerWeek).toBe(5);

      const saved = await client.put('/api/me/settings', { picksPerWeek: 10 });
      expect(saved.statusCode).toBe(200);
      expect(saved.json().picksPerWeek).toBe(10);
      expect((await client.get('/api/me')).json()).toMatchObject({ picksPerWeek: 10, locale: 'es', timeZone: 'Europe/Madrid' });
    });

    it('refuses values outside 3, 5, 10, 15, 20 with a field error in the member’s language, and changes nothing', async () => {
      const client = t.client();
      await client.signup('picks-invalid@example.es', 'Pía Picks');
      const before = (await client.get('/api/me')).json();
      const invalid = [0, 7, 100, 'x', '10'];
      const expected = {
        es: { notAllowed: 'Valor no permitido. Opciones: 3, 5, 10, 15, 20.', wrongType: 'Tipo de dato no válido.' },
        en: { notAllowed: 'Value not allowed. Options: 3, 5, 10, 15, 20.', wrongType: 'Wrong data type.' },
      };
      const messages = (language: 'es' | 'en') =>
        invalid.map((value) => (typeof value === 'number' ? expected[language].notAllowed : expected[language].wrongType));
      const rejections = async () => {
        const answers = [];
        for (const picksPerWeek of invalid) {
          const body = { name: 'Otro Nombre', locale: 'en', timeZone: 'America/Bogota', picksPerWeek };
          answers.push(fieldErrors(await client.put('/api/me/settings', body)).picksPerWeek);
        }
        return answers;
      };

      expect(await rejections()).toEqual(messages('es'));
      expect((await client.get('/api/me')).json()).toEqual(before);

      expect((await client.put('/api/me/settings', { locale: 'en' })).statusCode).toBe(200);
      expect(await rejections()).toEqual(messages('en'));
      expect((await client.get('/api/me')).json()).toEqual({ ...before, locale: 'en' });
    });

    it('is checked by the database too', async () => {
      const { id } = await t.client().signup('picks-db@example.es');
      await expect(t.app.ctx.database.query('UPDATE users SET picks_per_week = 7 WHERE id = $1', [id])).rejects.toMatchObject({
        code: '23514', // check_violation
      });
    });

    it('is documented in the OpenAPI document', async () => {
      const document = (await t.client().get('/api/openapi.json')).json();
      const choices = { type: 'integer', enum: [3, 5, 10, 15, 20] };
      expect(document.paths['/api/me/settings'].put.requestBody.content['application/json'].schema.properties.picksPerWeek).toMatchObject(choices);
      const meRef: string = document.paths['/api/me'].get.responses['200'].content['application/json'].schema.$ref;
      const me = document.components.schemas[meRef.replace('#/components/schemas/', '')];
      expect(me.properties.picksPerWeek).toMatchObject(choices);
      expect(me.required).toContain('picksPerWeek');
    });
  });

  describe('change password', () => {
    it('refuses a wrong current password with a field error', async () => {
      const client = t.client();
      await client.signup('wrongcurrent@example.es');
      const response = await client.put('/api/me/password', { currentPassword: 'not my password', newPassword });
      expect(fieldErrors(response)).toEqual({ currentPassword: 'La contraseña actual no es correcta.' });
      const login = await t.client().post('/api/auth/login', { email: 'wrongcurrent@example.es', password: testPassword });
      expect(login.statusCode).toBe(200);
    });

    it('ends the other sessions, keeps the current one, and retires the old password', async () => {
      const current = t.client();
      await current.signup('change@example.es');
      const other = t.client();
      expect((await other.post('/api/auth/login', { email: 'change@example.es', password: testPassword })).statusCode).toBe(200);

      const response = await current.put('/api/me/password', { currentPassword: testPassword, newPassword });
      expect(response.statusCode).toBe(204);

      expect((await current.get('/api/me')).statusCode).toBe(200);
      expectProblem(await other.get('/api/me'), 401, 'unauthorized');
      expectProblem(await t.client().post('/api/auth/login', { email: 'change@example.es', password: testPassword }), 401, 'bad-credentials');
      expect((await t.client().post('/api/auth/login', { email: 'change@example.es', password: newPassword })).statusCode).toBe(200);
    });

    it('applies the password rules to the new password', async () => {
      const client = t.client();
      await client.signup('shortnew@example.es');
      expect(fieldErrors(await client.put('/api/me/password', { currentPassword: testPassword, newPassword: 'short' }))).toEqual({
        newPassword: 'Debe tener al menos 10 caracteres.',
      });
    });
  });

  describe('CSRF and origin checks', () => {
    it('refuses a write with a session but without the X-CSRF-Token header', async () => {
      const client = t.client();
      await client.signup('csrf1@example.es');
      const response = await t.server.inject({
        method: 'PUT',
        url: '/api/me/settings',
        headers: { cookie: `sinergia_session=${client.cookie('sinergia_session')}; sinergia_csrf=${client.cookie('sinergia_csrf')}` },
        payload: { locale: 'en' },
      });
      expectProblem(response, 403, 'csrf');
      expect((await client.get('/api/me')).json().locale).toBe('es');
    });

    it('refuses a write with a wrong X-CSRF-Token', async () => {
      const client = t.client();
      await client.signup('csrf2@example.es');
      const response = await client.put('/api/me/settings', { locale: 'en' }, { headers: { 'x-csrf-token': 'forged-token' } });
      const problem = expectProblem(response, 403, 'csrf');
      expect(problem.detail).toMatch(/CSRF/);
      expect((await client.get('/api/me')).json().locale).toBe('es');
    });

    it('refuses a write from a foreign Origin even with the right token, accepts the own origin', async () => {
      const client = t.client();
      await client.signup('origin@example.es');
      const foreign = await client.put('/api/me/settings', { locale: 'en' }, { headers: { origin: 'https://evil.example' } });
      expectProblem(foreign, 403, 'forbidden-origin');
      expect((await client.get('/api/me')).json().locale).toBe('es');

      const own = await client.put('/api/me/settings', { locale: 'en' }, { headers: { origin: t.app.config.publicUrl } });
      expect(own.statusCode).toBe(200);
    });

    it('refuses a login posted from a foreign Origin (no session needed)', async () => {
      await t.client().signup('origin-login@example.es');
      const response = await t.client().post(
        '/api/auth/login',
        { email: 'origin-login@example.es', password: testPassword },
        { headers: { origin: 'https://evil.example' } },
      );
      expectProblem(response, 403, 'forbidden-origin');
      expect(response.cookies).toEqual([]);
    });
  });

  describe('password reset', () => {
    const outbox = () => new Outbox(`${t.app.dataDir}/outbox`);
    const emailsTo = async (address: string) =>
      (await t.app.ctx.database.query<{ n: number }>('SELECT count(*)::int AS n FROM outbound_emails WHERE to_address = $1', [address]))[0]?.n;

    it('answers an unknown email like a known one, and sends nothing', async () => {
      await t.client().signup('reset-known@example.es');
      const unknown = await t.client().post('/api/auth/password-reset', { email: 'reset-nobody@example.es' });
      const known = await t.client().post('/api/auth/password-reset', { email: 'reset-known@example.es' });
      expect(unknown.statusCode).toBe(202);
      expect(known.statusCode).toBe(202);
      expect(unknown.body).toBe(known.body);
      expect(await emailsTo('reset-nobody@example.es')).toBe(0);
      expect(await emailsTo('reset-known@example.es')).toBe(1);
    });

    it('emails a single-use link that sets a new password and ends every session', async () => {
      const member = await createMember(t.server, 'reset@example.es', 'Rocío Reset');
      const mailbox = outbox();
      expect((await t.client().post('/api/auth/password-reset', { email: 'RESET@example.es' })).statusCode).toBe(202);

      const email = await mailbox.next('reset@example.es');
      expect(email.headers.subject).toBe('Restablece tu contraseña de Sinergia');
      expect(email.text).toContain('Hola, Rocío Reset:');
      const token = resetTokenFrom(email);
      expect(email.text).toContain(`${t.app.config.publicUrl}/reset-password?token=`);

      const confirm = await t.client().post('/api/auth/password-reset/confirm', { token, password: newPassword });
      expect(confirm.statusCode).toBe(204);

      expectProblem(await member.client.get('/api/me'), 401, 'unauthorized');
      expectProblem(await t.client().post('/api/auth/login', { email: 'reset@example.es', password: testPassword }), 401, 'bad-credentials');
      expect((await t.client().post('/api/auth/login', { email: 'reset@example.es', password: newPassword })).statusCode).toBe(200);

      const again = await t.client().post('/api/auth/password-reset/confirm', { token, password: 'yet another passphrase' });
      const problem = expectProblem(again, 400, 'bad-reset-token');
      expect(problem.title).toBe('Enlace no válido o caducado');
      expect((await t.client().post('/api/auth/login', { email: 'reset@example.es', password: newPassword })).statusCode).toBe(200);
    });

    it('writes the email in the member’s language', async () => {
      await t.client('en').signup('reset-en@example.es', 'Emily Reset');
      const mailbox = outbox();
      await t.client('es').post('/api/auth/password-reset', { email: 'reset-en@example.es' });
      const email = await mailbox.next('reset-en@example.es');
      expect(email.headers.subject).toBe('Reset your Sinergia password');
      expect(email.text).toContain('Hello Emily Reset,');
      expect(resetTokenFrom(email)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    });

    it('refuses an expired token', async () => {
      const member = await createMember(t.server, 'reset-expired@example.es', 'Eva Expirada');
      const mailbox = outbox();
      await t.client().post('/api/auth/password-reset', { email: 'reset-expired@example.es' });
      const token = resetTokenFrom(await mailbox.next('reset-expired@example.es'));
      await t.app.ctx.database.query(`UPDATE password_reset_tokens SET expires_at = now() - interval '1 minute' WHERE user_id = $1`, [member.id]);

      const response = await t.client().post('/api/auth/password-reset/confirm', { token, password: newPassword });
      expectProblem(response, 400, 'bad-reset-token');
      expect((await t.client().post('/api/auth/login', { email: 'reset-expired@example.es', password: testPassword })).statusCode).toBe(200);
      expect((await member.client.get('/api/me')).statusCode).toBe(200);
    });

    it('refuses a garbage token, in the caller’s language', async () => {
      const response = await t.client('en').post('/api/auth/password-reset/confirm', { token: 'not-a-real-token', password: newPassword });
      const problem = expectProblem(response, 400, 'bad-reset-token');
      expect(problem.title).toBe('Invalid or expired link');
    });

    it('validates the request and the new password', async () => {
      expect(fieldErrors(await t.client().post('/api/auth/password-reset', { email: 'nope' }))).toEqual({
        email: 'Introduce un correo electrónico válido.',
      });
      expect(fieldErrors(await t.client().post('/api/auth/password-reset/confirm', { token: 'x', password: 'short' }))).toEqual({
        password: 'Debe tener al menos 10 caracteres.',
      });
    });
  });

  describe('behind HTTPS', () => {
    const https = useTestApp(kind, { PUBLIC_URL: 'https://sinergia.example.org' });

    it('marks the session cookies Secure', async () => {
      const response = await https.client().post('/api/auth/signup', { email: 'secure@example.es', password: testPassword, name: 'Segura' });
      expect(response.statusCode).toBe(201);
      for (const name of ['sinergia_session', 'sinergia_csrf'])
        expect(response.cookies.find((c) => c.name === name)).toMatchObject({ secure: true, sameSite: 'Lax' });
    });
  });

  describe('rate limits', () => {
    const limited = useTestApp(kind, { RATE_LIMIT_LOGIN: '3/60', RATE_LIMIT_SIGNUP: '3/60', RATE_LIMIT_PASSWORD_RESET: '3/60' });

    /** Three requests pass (whatever their answer), the fourth and later get a localised 429. */
    async function expectLimitedAfterThree(send: (client: ApiClient, attempt: number) => Promise<LightMyRequestResponse>) {
      for (let attempt = 1; attempt <= 3; attempt++) expect((await send(limited.client(), attempt)).statusCode).not.toBe(429);
      const spanish = await send(limited.client('es'), 4);
      const english = await send(limited.client('en'), 5);
      const problem = expectProblem(spanish, 429, 'rate-limited');
      expect(problem.title).toBe('Demasiados intentos');
      expect(problem.detail).toMatch(/^Has hecho demasiadas peticiones\. Inténtalo de nuevo en \d+ segundos\.$/);
      expect(expectProblem(english, 429, 'rate-limited').title).toBe('Too many attempts');
    }

    it('limits login attempts', async () => {
      await expectLimitedAfterThree((client) => client.post('/api/auth/login', { email: 'someone@example.es', password: 'guessing password' }));
    });

    it('limits signups', async () => {
      await expectLimitedAfterThree((client, n) =>
        client.post('/api/auth/signup', { email: `limited${n}@example.es`, password: testPassword, name: `Limitada ${n}` }),
      );
    });

    it('limits password reset requests', async () => {
      await expectLimitedAfterThree((client) => client.post('/api/auth/password-reset', { email: 'someone@example.es' }));
    });
  });
});
