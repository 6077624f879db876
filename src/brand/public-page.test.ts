import { describe, expect, it } from 'vitest';
import { PAGE_TEXT } from './page-text.ts';
import { renderPublicProfilePage } from './public-page.ts';
import { sampleMember, sampleUrls } from './test-fixtures.ts';

/** Content of `<meta property|name="key" content="...">`, still HTML-escaped. */
function metaContent(html: string, key: string): string | undefined {
  const re = new RegExp(`<meta (?:property|name)="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)">`);
  return re.exec(html)?.[1];
}

function jsonLd(html: string): Record<string, unknown> {
  const match = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  expect(match).not.toBeNull();
  return JSON.parse(match?.[1] ?? 'null') as Record<string, unknown>;
}

function hrefs(html: string): string[] {
  return [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1] ?? '');
}

describe('renderPublicProfilePage', () => {
  const member = sampleMember({ city: 'Madrid' });
  const html = renderPublicProfilePage(member, sampleUrls, 'es');

  it('is a complete HTML5 document in the requested language', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="es">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toContain('<title>Ana García López — Fotógrafa de bodas, eventos; y retratos | Sinergia</title>');
    expect(html).toContain(`<link rel="canonical" href="${sampleUrls.profileUrl}">`);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('has the description and OpenGraph tags', () => {
    expect(metaContent(html, 'description')).toBe('Fotógrafa de bodas, eventos; y retratos · Madrid');
    expect(metaContent(html, 'og:type')).toBe('profile');
    expect(metaContent(html, 'og:title')).toBe('Ana García López — Fotógrafa de bodas, eventos; y retratos');
    expect(metaContent(html, 'og:description')).toBe(metaContent(html, 'description'));
    expect(metaContent(html, 'og:url')).toBe(sampleUrls.profileUrl);
    expect(metaContent(html, 'og:image')).toBe(member.photoUrl);
    expect(metaContent(html, 'og:locale')).toBe('es_ES');
    expect(metaContent(html, 'og:site_name')).toBe('Sinergia');
    expect(metaContent(html, 'twitter:card')).toBe('summary');
    expect(metaContent(renderPublicProfilePage(member, sampleUrls, 'en'), 'og:locale')).toBe('en_GB');
  });

  it('keeps the description within 160 characters', () => {
    const long = renderPublicProfilePage(sampleMember({ headline: 'Consultoría estratégica '.repeat(20) }), sampleUrls, 'es');
    const description = metaContent(long, 'description') ?? '';
    expect(Array.from(description).length).toBeLessThanOrEqual(160);
    expect(description.endsWith('…')).toBe(true);
  });

  it('describes the member as a schema.org Person in JSON-LD', () => {
    expect(jsonLd(html)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Person',
      name: 'Ana García López',
      jobTitle: member.headline,
      url: sampleUrls.profileUrl,
      image: member.photoUrl,
      address: {
        '@type': 'PostalAddress',
        addressLocality: 'Madrid',
        addressRegion: 'Comunidad de Madrid',
        addressCountry: 'ES',
      },
      knowsLanguage: ['es', 'en'],
      worksFor: { '@type': 'Organization', name: member.company, url: member.website },
      sameAs: [member.website, 'https://instagram.com/estudioluz'],
      description: member.pitch,
    });
  });

  it('omits the photo tags and shows initials when there is no photo', () => {
    const page = renderPublicProfilePage(sampleMember({ photoUrl: '' }), sampleUrls, 'es');
    expect(metaContent(page, 'og:image')).toBeUndefined();
    expect(jsonLd(page)).not.toHaveProperty('image');
    expect(page).toContain('<div class="avatar" aria-hidden="true">AL</div>');
    expect(html).toContain(`<img class="photo" src="${member.photoUrl}" alt="Ana García López"`);
  });

  it('renders the profile content', () => {
    expect(html).toContain('<h1>Ana García López</h1>');
    expect(html).toContain('<p class="meta">Madrid, Comunidad de Madrid, España</p>');
    expect(html).toContain('<p class="badge">Trabaja en remoto / en todo el país</p>');
    expect(html).toContain('<li>fotografía de bodas</li><li>reportajes de eventos</li>');
    expect(html).toContain('<li>Clientes</li><li>Socios y colaboradores</li>');
    expect(html).toContain('<li>Español</li><li>Inglés</li>');
    expect(html).toContain('<p>Ayudo a parejas a recordar su día.<br>Trabajo con fincas');
    expect(html).toContain('<a href="https://instagram.com/estudioluz" rel="me noopener">Instagram</a>');
    expect(html).toContain(`<a href="${member.website}" rel="me noopener">Sitio web: estudioluz.example.es</a>`);
    expect(html).toContain(`<a class="button" href="${sampleUrls.vcardUrl}" download="ana-garcia-lopez.vcf">Descargar contacto (vCard)</a>`);
    expect(html).toMatch(new RegExp(`<img src="${sampleUrls.qrUrl}" alt="[^"]+" width="160" height="160">`));
    expect(html).toContain('<figcaption>Escanea para abrir este perfil</figcaption>');
    expect(html).toContain(`<a href="${sampleUrls.appUrl}">Creado con Sinergia</a>`);
    expect(html).toContain('Únete a Sinergia');
  });

  it('renders each locale with its own headings', () => {
    const en = renderPublicProfilePage(member, sampleUrls, 'en');
    expect(en).toContain('<html lang="en">');
    for (const key of ['offers', 'needs', 'goals', 'languages', 'about'] as const) {
      expect(html).toContain(`>${PAGE_TEXT.es[key]}</h2>`);
      expect(en).toContain(`>${PAGE_TEXT.en[key].replace("'", '&#39;')}</h2>`);
    }
    expect(en).toContain('What I&#39;m looking for');
    expect(en).toContain('Madrid, Comunidad de Madrid, Spain');
    expect(en).toContain('<li>Spanish</li><li>English</li>');
    expect(en).toContain('<li>Clients</li><li>Partners</li>');
    expect(en).toContain('Works remotely / nationwide');
    expect(en).toContain('Download contact (vCard)');
    expect(en).toContain('Scan to open this profile');
  });

  it('leaves out empty sections and the remote badge when not remote', () => {
    const page = renderPublicProfilePage(
      sampleMember({ offers: [], needs: ['  '], goals: [], remote: false, pitch: '', website: '', links: [] }),
      sampleUrls,
      'es',
    );
    for (const id of ['offers', 'needs', 'goals', 'about', 'links']) {
      expect(page).not.toContain(`id="${id}"`);
    }
    expect(page).not.toContain('class="badge"');
  });

  it('escapes hostile text and drops non-http links', () => {
    const hostile = sampleMember({
      name: '<script>alert(1)</script>',
      headline: '"><img src=x onerror=alert(1)>',
      pitch: 'Hola </script><script>alert(2)</script>',
      offers: ['<b>bold</b>'],
      website: 'javascript:alert(1)',
      photoUrl: 'javascript:alert(3)',
      links: [
        { label: 'evil', url: 'javascript:alert(1)' },
        { label: 'data', url: 'data:text/html,<script>alert(1)</script>' },
        { label: 'relative', url: '/p/other' },
        { label: '<i>ok</i>', url: 'https://example.org/?a=1&b="2"' },
      ],
    });
    const page = renderPublicProfilePage(hostile, sampleUrls, 'en');

    expect(page).toContain('<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>');
    expect(page).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(page).toContain('<li>&lt;b&gt;bold&lt;/b&gt;</li>');
    expect(page).not.toContain('<img src=x');
    expect(page).not.toMatch(/javascript:/i);
    expect(page).not.toContain('data:text/html');
    expect(page).not.toContain('/p/other');
    expect(page).toContain('<a href="https://example.org/?a=1&amp;b=%222%22" rel="me noopener">&lt;i&gt;ok&lt;/i&gt;</a>');
    for (const href of hrefs(page)) expect(href).toMatch(/^https:\/\//);

    // Exactly one script element, the JSON-LD, and the user's "</script>" cannot close it.
    expect(page.match(/<script/gi)).toEqual(['<script']);
    expect(page.match(/<\/script/gi)).toEqual(['</script']);
    const data = jsonLd(page);
    expect(data.name).toBe('<script>alert(1)</script>');
    expect(data.description).toBe('Hola </script><script>alert(2)</script>');
    expect(data).not.toHaveProperty('image');
    expect(data.sameAs).toEqual(['https://example.org/?a=1&b=%222%22']);
  });

  it('contains no JavaScript and no external resources besides the given URLs', () => {
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).toContain('<script type="application/ld+json">');
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/<link rel="stylesheet"|@import|@font-face/);
    expect(html).toContain('@media print');
  });
});
