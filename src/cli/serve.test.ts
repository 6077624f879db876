import { request } from 'node:http';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/database.ts';
import { startChildServer, waitForExit } from '../testing/child-server.ts';

describe('sinergia serve (embedded PGlite)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'sinergia-serve-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps its data in DATA_DIR across restarts and answers /healthz', async () => {
    const credentials = { email: 'persist@example.es', password: 'correct horse battery' };
    const first = await startChildServer({ DATA_DIR: dataDir });
    const health = await fetch(`${first.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', database: 'pglite' });
    const signup = await fetch(`${first.url}/api/auth/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...credentials, name: 'Persistent Member' }),
    });
    expect(signup.status).toBe(201);
    first.child.kill('SIGTERM');
    expect(await waitForExit(first.child)).toBe(0);
    expect(readdirSync(join(dataDir, 'pg')).length).toBeGreaterThan(0);

    const second = await startChildServer({ DATA_DIR: dataDir });
    try {
      const login = await fetch(`${second.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(credentials),
      });
      expect(login.status).toBe(200);
      expect((await login.json()).user.name).toBe('Persistent Member');
    } finally {
      second.child.kill('SIGTERM');
      await waitForExit(second.child);
    }
  });

  it('refuses to open the embedded database while a server holds it', async () => {
    const server = await startChildServer({ DATA_DIR: dataDir });
    try {
      await expect(openDatabase({ dataDir })).rejects.toThrow(/in use by another Sinergia process \(pid \d+\)/);
    } finally {
      server.child.kill('SIGTERM');
      await waitForExit(server.child);
    }
    const database = await openDatabase({ dataDir });
    await database.close();
  });

  it('on SIGTERM finishes the request in flight, then exits cleanly', async () => {
    const server = await startChildServer({ DATA_DIR: dataDir });
    const { hostname, port } = new URL(server.url);
    const body = JSON.stringify({ email: 'inflight@example.es', password: 'wrong password here' });
    const response = new Promise<number>((resolve, reject) => {
      const req = request(
        { hostname, port, path: '/api/auth/login', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      // Half the body now; the rest only after the server has been told to stop.
      req.write(body.slice(0, 10));
      setTimeout(() => {
        server.child.kill('SIGTERM');
        setTimeout(() => req.end(body.slice(10)), 500);
      }, 200);
    });
    expect(await response).toBe(401);
    expect(await waitForExit(server.child)).toBe(0);
    expect(server.output()).toContain('"msg":"stopped"');
  });
});
