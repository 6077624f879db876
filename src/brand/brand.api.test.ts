import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, useTestApp, withoutInstance } from '../testing/api-test.ts';
import { databaseKinds } from '../testing/databases.ts';
import { createMember, type TestMember } from '../testing/members.ts';

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Content of `<meta property|name="key" content="…">`, still HTML-escaped. */
function metaContent(html: string, key: string): string | undefined {
  return new RegExp(`<meta (?:property|name)="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)">`).exec(html)?.[1];
}

function jsonLd(html: string): Record<string, unknown> {
  const match = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  if (!match?.[1]) throw new Error('No JSON-LD in the page');
  return JSON.parse(match[1]) as Record<string, unknown>;
}

/** The page's own 404: HTML (people arrive from QR codes), localised, kept out of search engines. */
function expectNotFoundPage(response: LightMyRequestResponse, title = 'Perfil no encontrado'): string {
  expect(response.statusCode).toBe(404);
  expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
  expect(response.body).toContain(`<title>${title} | Sinergia</title>`);
  expect(response.body).toContain('<meta name="robots" content="noindex">');
  return response.body;
}

describe.each(databaseKinds)('public brand pages on %s', (kind) => {
  const t = useTestApp(kind);
  let publicMember: TestMember;
  let membersOnly: TestMember;
  let privateMember: TestMember;
  let coMember: TestMember;

  beforeAll(async () => {
    publicMember = await createMember(t.server, 'publica@example.es', 'Lucía Pública', {
      headline: 'Diseñadora gráfica', company: 'Estudio Lumen', city: 'Málaga', country: 'ES', languages: ['es', 'en'],
      website: 'https://lumen.example.es', visibility: 'public',
    });
    membersOnly = await createMember(t.server, 'socia@example.es', 'Sonia Socia', { headline: 'Abogada', visibility: 'members' });
    privateMember = await createMember(t.server, 'privada@example.es', 'Paula Privada', { headline: 'Asesora', visibility: 'private' });
    coMember = await createMember(t.server, 'companero@example.es', 'Carlos Compañero');
  });

  describe('GET /p/:slug', () => {
    it('shows a public profile to anonymous visitors, with OpenGraph and JSON-LD', async () => {
      const response = await t.client('es').get(`/p/${publicMember.slug}`);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.headers['cache-control']).toBe('public, max-age=60');
      const html = response.body;
      expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="es">/);
      expect(metaContent(html, 'og:title')).toBe('Lucía Pública — Diseñadora gráfica');
      expect(metaContent(html, 'og:url')).toBe(`${t.app.config.publicUrl}/p/${publicMember.slug}`);
      expect(jsonLd(html)).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'Person',
        name: 'Lucía Pública',
        jobTitle: 'Diseñadora gráfica',
        url: `${t.app.config.publicUrl}/p/${publicMember.slug}`,
        worksFor: { '@type': 'Organization', name: 'Estudio Lumen', url: 'https://lumen.example.es/' },
      });
      expect(html).toContain(`href="${t.app.config.publicUrl}/p/${publicMember.slug}/contact.vcf"`);
    });

    it('speaks the visitor’s language from Accept-Language', async () => {
      const english = await t.client('en-GB,en;q=0.9').get(`/p/${publicMember.slug}`);
      expect(english.body).toMatch(/<html lang="en">/);
      expect(english.headers['content-language']).toBe('en');
      expect(metaContent(english.body, 'og:locale')).toBe('en_GB');
      const spanish = await t.client('es-ES').get(`/p/${publicMember.slug}`);
      expect(spanish.headers['content-language']).toBe('es');
      expect(english.headers.vary).toMatch(/Accept-Language/);
    });

    it('hides a members-only profile from anonymous visitors but shows it to a co-member, uncached', async () => {
      expectNotFoundPage(await t.client().get(`/p/${membersOnly.slug}`));
      const response = await coMember.client.get(`/p/${membersOnly.slug}`);
      expect(response.statusCode).toBe(200);
      expect(response.headers['cache-control']).toBe('private, no-store');
      expect(metaContent(response.body, 'og:title')).toBe('Sonia Socia — Abogada');
    });

    it('shows a private profile to its owner only', async () => {
      expectNotFoundPage(await t.client().get(`/p/${privateMember.slug}`));
      expectNotFoundPage(await coMember.client.get(`/p/${privateMember.slug}`));
      const own = await privateMember.client.get(`/p/${privateMember.slug}`);
      expect(own.statusCode).toBe(200);
      expect(own.headers['cache-control']).toBe('private, no-store');
      expect(own.body).toContain('<h1>Paula Privada</h1>');
    });

    it('answers an unknown slug with a localised 404 page, the same as for a hidden profile', async () => {
      const unknown = expectNotFoundPage(await t.client().get('/p/nadie-con-este-nombre'));
      const hidden = expectNotFoundPage(await t.client().get(`/p/${privateMember.slug}`));
      expect(hidden).toBe(unknown);
      expect(unknown).toMatch(/^<!DOCTYPE html>\n<html lang="es">/);
      const english = expectNotFoundPage(await t.client('en').get('/p/nadie-con-este-nombre'), 'Profile not found');
      expect(english).toMatch(/<html lang="en">/);
    });
  });

  describe('contact card and QR codes', () => {
    it('downloads a vCard 4.0', async () => {
      const response = await t.client().get(`/p/${publicMember.slug}/contact.vcf`);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('text/vcard; charset=utf-8');
      expect(response.headers['content-disposition']).toBe('attachment; filename="lucia-publica.vcf"');
      const lines = response.body.split('\r\n');
      expect(lines.slice(0, 2)).toEqual(['BEGIN:VCARD', 'VERSION:4.0']);
      expect(lines).toContain('FN:Lucía Pública');
      expect(lines).toContain('ORG:Estudio Lumen');
      expect(lines).toContain(`URL;PREF=1:${t.app.config.publicUrl}/p/${publicMember.slug}`);
      expect(lines.at(-2)).toBe('END:VCARD');
      expect(response.body).not.toContain('publica@example.es'); // never the email
    });

    it('serves the QR code as SVG and PNG', async () => {
      const svg = await t.client().get(`/p/${publicMember.slug}/qr.svg`);
      expect(svg.statusCode).toBe(200);
      expect(svg.headers['content-type']).toMatch(/^image\/svg\+xml/);
      expect(svg.body).toMatch(/<svg[\s\S]*<\/svg>/);

      const png = await t.client().get(`/p/${publicMember.slug}/qr.png`);
      expect(png.statusCode).toBe(200);
      expect(png.headers['content-type']).toBe('image/png');
      expect(png.rawPayload.subarray(0, 8).equals(pngSignature)).toBe(true);
    });

    it('answers an unknown or hidden card or QR code with the same 404 problem', async () => {
      for (const suffix of ['contact.vcf', 'qr.svg', 'qr.png']) {
        const unknown = expectProblem(await t.client().get(`/p/nadie-con-este-nombre/${suffix}`), 404, 'not-found');
        const hidden = expectProblem(await t.client().get(`/p/${privateMember.slug}/${suffix}`), 404, 'not-found');
        expect(unknown.detail).toBe('Ese perfil no existe o no es visible para ti.');
        expect(withoutInstance(hidden)).toEqual(withoutInstance(unknown));
      }
    });

    it('applies the profile’s visibility to the card and the QR codes', async () => {
      for (const suffix of ['contact.vcf', 'qr.svg', 'qr.png']) {
        expectProblem(await t.client().get(`/p/${membersOnly.slug}/${suffix}`), 404, 'not-found');
        expect((await coMember.client.get(`/p/${membersOnly.slug}/${suffix}`)).statusCode).toBe(200);
        expectProblem(await coMember.client.get(`/p/${privateMember.slug}/${suffix}`), 404, 'not-found');
        expect((await privateMember.client.get(`/p/${privateMember.slug}/${suffix}`)).statusCode).toBe(200);
      }
    });
  });
});
