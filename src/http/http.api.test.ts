import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectProblem, useTestApp } from '../testing/api-test.ts';
import { databaseKinds } from '../testing/databases.ts';
import { webDistDir } from './server.ts';

const spaIndexFile = join(webDistDir, 'index.html');

describe.each(databaseKinds)('HTTP surface on %s', (kind) => {
  const t = useTestApp(kind);

  it('GET /healthz reports ok and which database answers', async () => {
    const response = await t.client().get('/healthz');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', database: kind });
  });

  it('GET /api/openapi.json is an OpenAPI 3.1 document listing every API route', async () => {
    const response = await t.client().get('/api/openapi.json');
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toMatch(/^3\.1\./);
    expect(document.servers).toEqual([{ url: t.app.config.publicUrl }]);
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/auth/signup',
        '/api/auth/login',
        '/api/auth/logout',
        '/api/auth/password-reset',
        '/api/auth/password-reset/confirm',
        '/api/me',
        '/api/me/settings',
        '/api/me/password',
        '/api/me/profile',
        '/api/me/photo',
        '/api/members',
        '/api/members/{slug}',
      ]),
    );
    expect(document.paths['/api/auth/signup'].post.requestBody.content['application/json'].schema.required).toEqual(
      expect.arrayContaining(['email', 'password', 'name']),
    );
    expect(document.paths['/api/members'].get.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['q', 'city', 'country', 'sector', 'language', 'goal', 'page', 'pageSize']),
    );
  });

  it('GET /api/docs serves the API documentation UI', async () => {
    const response = await t.client().get('/api/docs');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.body).toContain('swagger-ui');
  });

  it('answers an unknown /api path with a localised 404 problem', async () => {
    const spanish = expectProblem(await t.client('es').get('/api/no-such-thing'), 404, 'not-found');
    expect(spanish).toMatchObject({ title: 'No encontrado', instance: '/api/no-such-thing' });
    const english = expectProblem(await t.client('en').post('/api/no-such-thing', { a: 1 }), 404, 'not-found');
    expect(english.title).toBe('Not found');
  });

  // `npm test` builds the web app first (pretest), so it is there to be served.
  it('serves the web app’s index.html for an unknown non-API path', async () => {
    expect(existsSync(spaIndexFile), 'web/dist is missing: run `npm run build:web`').toBe(true);
    const response = await t.client().get('/members/some-deep-link?tab=2');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.body).toBe(readFileSync(spaIndexFile, 'utf8'));
  });

  it('never answers /api, /p or /media paths or missing files with the web app', async () => {
    for (const path of ['/api/nope', '/p/nadie/otra-cosa', '/media', '/assets/missing-1234.js'])
      expectProblem(await t.client().get(path), 404, 'not-found');
  });

  it('refuses a JSON body over 1 MB with a 413 problem', async () => {
    const response = await t.client().post('/api/auth/login', { email: 'big@example.es', password: 'x'.repeat(1024 * 1024) });
    const problem = expectProblem(response, 413, 'payload-too-large');
    expect(problem.title).toBe('La petición es demasiado grande');
  });

  it('refuses a body that is not JSON with a 415 problem', async () => {
    const response = await t.client().post('/api/auth/login', 'email=a@b.es', { headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expectProblem(response, 415, 'unsupported-media-type');
  });
});
