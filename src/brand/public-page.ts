/**
 * The public profile page `/p/<slug>`: a member's personal brand, scanned from a QR code at events.
 * Server-rendered, self-contained (inline CSS, no fonts or CDNs) and free of JavaScript so it
 * loads instantly on a phone and prints cleanly.
 */
import { escapeHtml, jsonForScript, safeHttpUrl, truncate } from './html.ts';
import { countryName, languageName, pageText, type PageLocale, type PageText } from './page-text.ts';
import type { PublicMember, PublicPageUrls } from './public-member.ts';
import { vcardFileName } from './vcard.ts';

const SITE_NAME = 'Sinergia';
const OG_LOCALE: Record<PageLocale, string> = { es: 'es_ES', en: 'en_GB' };
const DESCRIPTION_MAX = 160;

const STYLE = `
*{box-sizing:border-box}
body{margin:0;background:#f3f5f8;color:#1a1a1a;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{max-width:40rem;margin:0 auto;padding:1.25rem 1rem;background:#fff;min-height:100vh}
.hero{text-align:center}
.photo,.avatar{width:7.5rem;height:7.5rem;border-radius:50%;margin:0 auto .75rem;display:block}
.photo{object-fit:cover}
.avatar{display:flex;align-items:center;justify-content:center;background:#0b4f8a;color:#fff;font-size:2.5rem;font-weight:600}
h1{font-size:1.75rem;line-height:1.2;margin:0 0 .25rem}
h2{font-size:1.1rem;margin:1.5rem 0 .5rem;color:#0b4f8a}
.headline{font-size:1.1rem;margin:0}
.meta{color:#4a4a4a;margin:.25rem 0 0}
.badge{display:inline-block;margin:.5rem 0 0;padding:.2rem .75rem;border-radius:1rem;background:#e3f2e8;color:#14532d;font-size:.9rem}
ul{padding-left:1.25rem;margin:0}
.chips{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.5rem}
.chips li{padding:.2rem .75rem;border-radius:1rem;background:#eef2f7}
a{color:#0b4f8a}
.actions{margin:1.5rem 0;text-align:center}
.button{display:inline-block;padding:.75rem 1.25rem;border-radius:.5rem;background:#0b4f8a;color:#fff;font-weight:600;text-decoration:none}
.qr{margin:1.5rem 0 0;text-align:center}
.qr img{width:160px;height:160px}
.qr figcaption{color:#4a4a4a;font-size:.9rem}
footer{max-width:40rem;margin:0 auto;padding:1rem;text-align:center;font-size:.9rem;color:#4a4a4a}
@media (min-width:48rem){main{margin:2rem auto;min-height:0;border-radius:1rem;padding:2rem;box-shadow:0 1px 4px rgba(0,0,0,.12)}}
@media print{body{background:#fff;font-size:12pt}main{margin:0;padding:0;box-shadow:none;min-height:0}.actions,.join{display:none}a{color:#000}h2{color:#000}.avatar{background:#fff;color:#000;border:2px solid #000}}
`.trim();

export function renderPublicProfilePage(member: PublicMember, urls: PublicPageUrls, locale: PageLocale): string {
  const t = pageText(locale);
  const name = member.name.trim();
  const headline = member.headline.trim();
  const shareTitle = headline ? `${name} — ${headline}` : name;
  const title = `${shareTitle} | ${SITE_NAME}`;
  const description = describe(member, t);
  const photo = safeHttpUrl(member.photoUrl);

  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    meta('name', 'description', description),
    `<link rel="canonical" href="${escapeHtml(urls.profileUrl)}">`,
    meta('property', 'og:type', 'profile'),
    meta('property', 'og:title', shareTitle),
    meta('property', 'og:description', description),
    meta('property', 'og:url', urls.profileUrl),
    photo ? meta('property', 'og:image', photo) : '',
    photo ? meta('property', 'og:image:alt', name) : '',
    meta('property', 'og:locale', OG_LOCALE[locale]),
    meta('property', 'og:site_name', SITE_NAME),
    meta('name', 'twitter:card', 'summary'),
    `<script type="application/ld+json">${jsonForScript(personJsonLd(member, urls))}</script>`,
    `<style>${STYLE}</style>`,
  ].filter(Boolean);

  const body = [
    '<main>',
    hero(member, t, locale, photo),
    section('about', t.about, paragraphs(member.pitch)),
    listSection('offers', t.offers, member.offers, ''),
    listSection('needs', t.needs, member.needs, ''),
    listSection('goals', t.goals, member.goals.map((g) => t.goalLabels[g] ?? ''), 'chips'),
    listSection('languages', t.languages, member.languages.map((l) => languageName(l, locale)), 'chips'),
    linksSection(member, t),
    `<p class="actions"><a class="button" href="${escapeHtml(urls.vcardUrl)}" download="${escapeHtml(vcardFileName(member))}">${escapeHtml(t.downloadContact)}</a></p>`,
    `<figure class="qr"><img src="${escapeHtml(urls.qrUrl)}" alt="${escapeHtml(t.qrAlt)}" width="160" height="160"><figcaption>${escapeHtml(t.qrCaption)}</figcaption></figure>`,
    '</main>',
    `<footer><a href="${escapeHtml(urls.appUrl)}">${escapeHtml(t.createdWith)}</a><span class="join"> · <a href="${escapeHtml(urls.appUrl)}">${escapeHtml(t.join)}</a></span></footer>`,
  ].filter(Boolean);

  return [
    '<!DOCTYPE html>',
    `<html lang="${locale}">`,
    '<head>',
    ...head,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function meta(attr: 'name' | 'property', key: string, content: string): string {
  return `<meta ${attr}="${key}" content="${escapeHtml(content)}">`;
}

/** Headline and city, which is what people search for; a generic sentence when both are empty. */
function describe(member: PublicMember, t: PageText): string {
  const parts = [member.headline.trim(), member.city.trim()].filter(Boolean);
  const text = parts.length > 0 ? parts.join(' · ') : t.profileOf(member.name.trim());
  return truncate(text.replace(/\s+/g, ' '), DESCRIPTION_MAX);
}

/** City, region and country name, skipping empty and repeated parts ("Madrid, Madrid"). */
function place(member: PublicMember, locale: PageLocale): string {
  const parts: string[] = [];
  for (const part of [member.city, member.region, countryName(member.country, locale)]) {
    const p = part.trim();
    if (p && !parts.some((q) => q.toLocaleLowerCase() === p.toLocaleLowerCase())) parts.push(p);
  }
  return parts.join(', ');
}

function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = [words[0], words.length > 1 ? words[words.length - 1] : undefined]
    .map((w) => (w ? Array.from(w)[0] ?? '' : ''))
    .join('');
  return letters.toLocaleUpperCase() || '?';
}

function hero(member: PublicMember, t: PageText, locale: PageLocale, photo: string | null): string {
  const name = member.name.trim();
  const org = [member.company.trim(), member.sector.trim()].filter(Boolean).join(' · ');
  const where = place(member, locale);
  return [
    '<header class="hero">',
    photo
      ? `<img class="photo" src="${escapeHtml(photo)}" alt="${escapeHtml(name)}" width="120" height="120">`
      : `<div class="avatar" aria-hidden="true">${escapeHtml(initials(name))}</div>`,
    `<h1>${escapeHtml(name)}</h1>`,
    member.headline.trim() ? `<p class="headline">${escapeHtml(member.headline.trim())}</p>` : '',
    org ? `<p class="meta">${escapeHtml(org)}</p>` : '',
    where ? `<p class="meta">${escapeHtml(where)}</p>` : '',
    member.remote ? `<p class="badge">${escapeHtml(t.remote)}</p>` : '',
    '</header>',
  ]
    .filter(Boolean)
    .join('\n');
}

function section(id: string, heading: string, content: string): string {
  if (!content) return '';
  return `<section aria-labelledby="${id}"><h2 id="${id}">${escapeHtml(heading)}</h2>${content}</section>`;
}

/** Blank lines separate paragraphs; single newlines are kept as line breaks. */
function paragraphs(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${p.split('\n').map(escapeHtml).join('<br>')}</p>`)
    .join('');
}

function listSection(id: string, heading: string, items: string[], className: string): string {
  const clean = items.map((i) => i.trim()).filter(Boolean);
  if (clean.length === 0) return '';
  const cls = className ? ` class="${className}"` : '';
  return section(id, heading, `<ul${cls}>${clean.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`);
}

/** Host and path without the scheme: shorter to read on a phone and on paper. */
function displayUrl(href: string): string {
  const url = new URL(href);
  const path = url.pathname === '/' ? '' : url.pathname;
  return `${url.host.replace(/^www\./, '')}${path}${url.search}`;
}

/** Website and links; anything that is not an absolute http(s) URL is dropped, never rendered as href. */
function linksSection(member: PublicMember, t: PageText): string {
  const items: string[] = [];
  const website = safeHttpUrl(member.website);
  if (website) items.push(anchor(website, `${t.website}: ${displayUrl(website)}`));
  for (const link of member.links) {
    const href = safeHttpUrl(link.url);
    if (href) items.push(anchor(href, link.label.trim() || displayUrl(href)));
  }
  if (items.length === 0) return '';
  return section('links', t.links, `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`);
}

function anchor(href: string, label: string): string {
  return `<a href="${escapeHtml(href)}" rel="me noopener">${escapeHtml(label)}</a>`;
}

/** schema.org Person so search engines and link previews understand whose page this is. */
export function personJsonLd(member: PublicMember, urls: Pick<PublicPageUrls, 'profileUrl'>): Record<string, unknown> {
  const website = safeHttpUrl(member.website);
  const photo = safeHttpUrl(member.photoUrl);
  const sameAs = [website, ...member.links.map((l) => safeHttpUrl(l.url))].filter((u): u is string => u !== null);
  const address = {
    addressLocality: member.city.trim(),
    addressRegion: member.region.trim(),
    addressCountry: member.country.trim().toUpperCase(),
  };
  const hasAddress = Object.values(address).some(Boolean);
  const person: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Person',
    name: member.name.trim(),
    url: urls.profileUrl,
  };
  if (member.headline.trim()) person.jobTitle = member.headline.trim();
  if (photo) person.image = photo;
  if (hasAddress) person.address = { '@type': 'PostalAddress', ...dropEmpty(address) };
  if (member.languages.length > 0) person.knowsLanguage = member.languages;
  if (member.company.trim()) {
    person.worksFor = { '@type': 'Organization', name: member.company.trim(), ...(website ? { url: website } : {}) };
  }
  if (sameAs.length > 0) person.sameAs = [...new Set(sameAs)];
  if (member.pitch.trim()) person.description = member.pitch.trim();
  return person;
}

function dropEmpty(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== ''));
}

/** Shown instead of a profile that does not exist or that the visitor may not see (HTTP 404). */
export function renderProfileNotFoundPage(urls: Pick<PublicPageUrls, 'appUrl'>, locale: PageLocale): string {
  const t = pageText(locale);
  return `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(t.notFoundTitle)} | ${SITE_NAME}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escapeHtml(t.notFoundTitle)}</h1>
<p>${escapeHtml(t.notFoundBody)}</p>
<p class="actions"><a class="button" href="${escapeHtml(urls.appUrl)}">${escapeHtml(t.join)}</a></p>
</main>
</body>
</html>`;
}
