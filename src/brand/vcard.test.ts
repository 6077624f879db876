import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { sampleMember, sampleUrls } from './test-fixtures.ts';
import { buildVCard, foldLine, vcardFileName } from './vcard.ts';

const urls = { profileUrl: sampleUrls.profileUrl };

function parse(text: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(text));
}

describe('buildVCard', () => {
  it('produces a vCard 4.0 that ical.js parses with the original values', () => {
    const member = sampleMember();
    const card = parse(buildVCard(member, urls));

    expect(card.name).toBe('vcard');
    expect(card.getFirstPropertyValue('version')).toBe('4.0');
    expect(card.getFirstPropertyValue('kind')).toBe('individual');
    expect(card.getFirstPropertyValue('fn')).toBe('Ana García López');
    expect(card.getFirstPropertyValue('n')).toEqual(['García López', 'Ana', '', '', '']);
    expect(card.getFirstPropertyValue('org')).toBe(member.company);
    expect(card.getFirstPropertyValue('title')).toBe(member.headline);
    expect(card.getFirstPropertyValue('note')).toBe(member.pitch);
    expect(card.getFirstPropertyValue('adr')).toEqual(['', '', '', member.city, member.region, '', 'ES']);
    expect(card.getFirstPropertyValue('photo')).toBe(member.photoUrl);
    expect(card.getFirstPropertyValue('uid')).toBe(urls.profileUrl);
    expect(card.getAllProperties('url').map((p) => p.getFirstValue())).toEqual([
      urls.profileUrl,
      member.website,
    ]);
  });

  it('lists every language with its preference order', () => {
    const card = parse(buildVCard(sampleMember({ languages: ['es', 'en', 'fr'] }), urls));
    const langs = card.getAllProperties('lang').map((p) => [p.getFirstValue(), p.getParameter('pref')]);
    expect(langs).toEqual([
      ['es', '1'],
      ['en', '2'],
      ['fr', '3'],
    ]);
  });

  it('uses CRLF line endings only', () => {
    const text = buildVCard(sampleMember(), urls);
    expect(text.startsWith('BEGIN:VCARD\r\nVERSION:4.0\r\n')).toBe(true);
    expect(text.endsWith('END:VCARD\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('folds a long accented pitch at 75 octets without splitting characters', () => {
    const pitch =
      'Ayudo a pymes españolas a diseñar campañas de comunicación: ' +
      'investigación, estrategia, creatividad, producción audiovisual y medición. ' +
      'Acompañamos a cámaras de comercio, asociaciones y coworkings; también formación en networking. 📸 ñandú €€€'.repeat(3);
    const text = buildVCard(sampleMember({ pitch }), urls);
    const lines = text.split('\r\n').slice(0, -1);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    for (const line of lines) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      // A split multi-byte sequence would decode to U+FFFD.
      expect(Buffer.from(line, 'utf8').toString('utf8')).not.toContain('\uFFFD');
    }
    expect(parse(text).getFirstPropertyValue('note')).toBe(pitch);
  });

  it('never includes an email or phone number', () => {
    const text = buildVCard(sampleMember(), urls);
    const card = parse(text);
    expect(card.getAllProperties('email')).toHaveLength(0);
    expect(card.getAllProperties('tel')).toHaveLength(0);
    expect(text).not.toMatch(/^(EMAIL|TEL)[;:]/im);
  });

  it('omits empty optional properties and unsafe URLs', () => {
    const member = sampleMember({
      company: '',
      headline: '',
      pitch: '',
      city: '',
      region: '',
      country: '',
      languages: [],
      photoUrl: '',
      website: 'javascript:alert(1)',
    });
    const card = parse(buildVCard(member, urls));
    for (const prop of ['org', 'title', 'note', 'adr', 'lang', 'photo']) {
      expect(card.getAllProperties(prop)).toHaveLength(0);
    }
    expect(card.getAllProperties('url').map((p) => p.getFirstValue())).toEqual([urls.profileUrl]);
  });

  it('keeps a one-word name as the given name', () => {
    const card = parse(buildVCard(sampleMember({ name: 'Rosalía' }), urls));
    expect(card.getFirstPropertyValue('fn')).toBe('Rosalía');
    expect(card.getFirstPropertyValue('n')).toEqual(['', 'Rosalía', '', '', '']);
  });
});

describe('foldLine', () => {
  it('leaves short lines alone and puts a space at the start of continuations', () => {
    expect(foldLine('FN:Ana')).toBe('FN:Ana');
    const folded = foldLine(`NOTE:${'é'.repeat(80)}`);
    const [first, ...rest] = folded.split('\r\n');
    expect(Buffer.byteLength(first ?? '', 'utf8')).toBe(75); // "NOTE:" + 35 two-byte chars
    expect(rest.every((l) => l.startsWith(' '))).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(`NOTE:${'é'.repeat(80)}`);
  });
});

describe('vcardFileName', () => {
  it('builds an ASCII file name from the name', () => {
    expect(vcardFileName(sampleMember({ name: 'Ana García' }))).toBe('ana-garcia.vcf');
    expect(vcardFileName(sampleMember({ name: '  Núñez, Íñigo & Co. ' }))).toBe('nunez-inigo-co.vcf');
  });

  it('falls back to the slug when the name has no usable letters', () => {
    expect(vcardFileName({ name: '李小龙', slug: 'li-xiaolong' })).toBe('li-xiaolong.vcf');
    expect(vcardFileName({ name: '', slug: '' })).toBe('member.vcf');
  });
});
