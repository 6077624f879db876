import { describe, expect, it } from 'vitest';
import { formatMemberLine, parseMemberLine } from './member-record.ts';

const line = (fields: Record<string, unknown>) => JSON.stringify({ email: 'ana@example.es', name: 'Ana García', ...fields });
const reasonsOf = (text: string) => {
  const parsed = parseMemberLine(text);
  return parsed.ok ? [] : parsed.reasons;
};

describe('parseMemberLine', () => {
  it('accepts a minimal line', () => {
    expect(parseMemberLine(line({}))).toEqual({ ok: true, record: { email: 'ana@example.es', name: 'Ana García' } });
  });

  it('accepts every contract field and returns the canonical form', () => {
    const parsed = parseMemberLine(
      line({
        email: 'Ana@Example.ES', company: ' Estudio Luz ', headline: 'Fotógrafa', sector: 'fotografía', city: 'Madrid',
        region: 'Comunidad de Madrid', country: 'es', languages: ['ES', 'en', 'es'], locale: 'en',
        offers: ['bodas', 'Bodas', 'eventos'], needs: ['fincas'], goals: ['clients', 'partners', 'clients'], remote: true,
        pitch: 'Ayudo a parejas…', website: 'https://example.es', communities: ['camara-madrid', 'bodas', 'bodas'],
      }).replace('"email":"ana@example.es",', ''),
    );
    expect(parsed).toEqual({
      ok: true,
      record: {
        email: 'ana@example.es', name: 'Ana García', company: 'Estudio Luz', headline: 'Fotógrafa', sector: 'fotografía',
        city: 'Madrid', region: 'Comunidad de Madrid', country: 'ES', languages: ['es', 'en'], locale: 'en',
        offers: ['bodas', 'eventos'], needs: ['fincas'], goals: ['clients', 'partners'], remote: true,
        pitch: 'Ayudo a parejas…', website: 'https://example.es', communities: ['bodas', 'camara-madrid'],
      },
    });
  });

  it('ignores unknown fields', () => {
    expect(parseMemberLine(line({ phone: '+34 600 000 000', links: 'x' }))).toEqual({
      ok: true,
      record: { email: 'ana@example.es', name: 'Ana García' },
    });
  });

  it('requires email and name', () => {
    expect(reasonsOf('{}')).toEqual(['"email": required', '"name": required']);
    expect(reasonsOf(line({ name: '   ' }))).toEqual(['name: must not be blank']);
    expect(reasonsOf(line({ name: '' }))).toEqual(['name: must not be empty']);
  });

  it('checks the email', () => {
    expect(reasonsOf(line({ email: 'ana@' }))).toEqual(['email: must be a valid email address']);
    expect(reasonsOf(line({ email: 'ana garcia@example.es' }))).toEqual(['email: must be a valid email address']);
    expect(reasonsOf(line({ email: `${'a'.repeat(250)}@example.es` }))).toEqual(['email: must be at most 254 characters']);
    expect(reasonsOf(line({ email: 42 }))).toEqual(['email: must be a string']);
  });

  it('applies the profile limits', () => {
    expect(reasonsOf(line({ name: 'x'.repeat(121) }))).toEqual(['name: must be at most 120 characters']);
    expect(reasonsOf(line({ headline: 'x'.repeat(141) }))).toEqual(['headline: must be at most 140 characters']);
    expect(reasonsOf(line({ pitch: 'x'.repeat(1001) }))).toEqual(['pitch: must be at most 1000 characters']);
    expect(reasonsOf(line({ offers: Array.from({ length: 21 }, (_, i) => `offer ${i}`) }))).toEqual([
      'offers: must have at most 20 items',
    ]);
    expect(reasonsOf(line({ needs: ['ok', 'x'.repeat(81)] }))).toEqual(['needs/1: must be at most 80 characters']);
  });

  it('checks codes, enums, URLs and slugs', () => {
    expect(reasonsOf(line({ country: 'ESP' }))).toEqual(['country: must be an ISO 3166-1 alpha-2 country code such as ES']);
    expect(reasonsOf(line({ languages: ['es', 'spa'] }))).toEqual(['languages/1: must be an ISO 639-1 language code such as es']);
    expect(reasonsOf(line({ locale: 'fr' }))).toEqual(['locale: must be one of es, en']);
    expect(reasonsOf(line({ goals: ['clients', 'friends'] }))).toEqual([
      'goals/1: must be one of clients, partners, suppliers, investors, mentors, talent, learning',
    ]);
    expect(reasonsOf(line({ website: 'ftp://example.es' }))).toEqual(['website: must be an http:// or https:// address']);
    expect(reasonsOf(line({ communities: ['Camara Madrid'] }))).toEqual([
      'communities/0: must be a community slug such as camara-madrid (lower-case letters, digits, single hyphens)',
    ]);
  });

  it('checks types', () => {
    expect(reasonsOf(line({ remote: 'yes', offers: 'bodas' }))).toEqual(['offers: must be a list', 'remote: must be true or false']);
  });

  it('reports every bad field of a line', () => {
    expect(reasonsOf(line({ email: undefined, country: 'Spain', goals: ['x'] }))).toHaveLength(3);
  });

  it('rejects invalid JSON and anything but an object', () => {
    expect(reasonsOf('{"email": "ana@example.es",')[0]).toMatch(/^invalid JSON: /);
    expect(reasonsOf('[1, 2]')).toEqual(['the line must be a JSON object']);
    expect(reasonsOf('"ana@example.es"')).toEqual(['the line must be a JSON object']);
    expect(reasonsOf('null')).toEqual(['the line must be a JSON object']);
  });
});

describe('formatMemberLine', () => {
  it('writes the contract fields in contract order, leaving out empty ones', () => {
    const text = formatMemberLine({
      communities: ['bodas'], remote: false, pitch: '', offers: [], city: 'Madrid', name: 'Ana', email: 'ana@example.es',
    });
    expect(text).toBe('{"email":"ana@example.es","name":"Ana","city":"Madrid","remote":false,"communities":["bodas"]}\n');
  });

  it('reads back what it writes', () => {
    const parsed = parseMemberLine(line({ goals: ['talent'], languages: ['en'] }));
    if (!parsed.ok) throw new Error(parsed.reasons.join());
    expect(parseMemberLine(formatMemberLine(parsed.record))).toEqual(parsed);
  });
});
