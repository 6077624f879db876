import { createReadStream, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountsByIds, userByEmail } from '../accounts/accounts.ts';
import type { Database } from '../db/database.ts';
import type { Locale } from '../i18n/locale.ts';
import { importMembers } from '../members/import-members.ts';
import { openMembersDatabase } from '../members/test-helpers.ts';
import { databaseKinds } from '../testing/databases.ts';
import { exhaustiveRecommendFor, recommendFor } from './discover/recommend.ts';
import { registerMatching } from './register.ts';

// Issue 3, "Quality": the labelled fixture is the ground truth; tune the engine, never the labels.

type Label = { goodPartners: string[]; competitors: string[] };
const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url);
const labels = JSON.parse(readFileSync(fixture('quality-labels.json'), 'utf8')) as Record<string, Label>;

// Words every reason template of a language uses at least one of, and the other language never does.
const languageMarkers: Record<Locale, RegExp> = {
  es: /\b(que|de|en|lo|los|su|tú|tu|sois|os|podéis|también|busca|ofrece|necesita|compartís|trabajáis|trabaja|trabajas|como|sin|contacto|contactos)\b/iu,
  en: /\b(you|they|your|their|in|with|without|also|both|like|need|offer)\b/iu,
};

describe.each(databaseKinds)('Discover quality on the labelled fixture (%s)', (kind) => {
  let database: Database;
  const idOf = new Map<string, string>();
  const localeOf = new Map<string, Locale>();

  beforeAll(async () => {
    database = await openMembersDatabase(kind);
    registerMatching();
    const summary = await importMembers(database, createReadStream(fixture('quality-members.jsonl')));
    expect(summary.failed).toEqual([]);
    for (const email of Object.keys(labels)) {
      const user = (await userByEmail(database.db, email))!;
      idOf.set(email, user.id);
      localeOf.set(email, user.locale);
    }
  });
  afterAll(() => database?.close());

  /** The viewer's top three as emails, with their reasons. */
  const topThree = async (email: string, locale?: Locale) => {
    const { items } = await recommendFor(database.db, idOf.get(email)!, { limit: 3, ...(locale ? { locale } : {}) });
    const accounts = await accountsByIds(database.db, items.map((item) => item.userId));
    return items.map((item) => ({ email: accounts.get(item.userId)!.email, reasons: item.reasons }));
  };

  it('puts good partners in the top 3 (mean precision@3 ≥ 0.8), never a competitor, always with reasons', async () => {
    const precisions: number[] = [];
    const report: string[] = [];
    for (const [email, label] of Object.entries(labels)) {
      const top = await topThree(email);
      const good = top.filter((r) => label.goodPartners.includes(r.email)).length;
      precisions.push(good / 3);
      report.push(`${(good / 3).toFixed(2)}  ${email} → ${top.map((r) => r.email).join(', ')}`);
      expect(top.map((r) => r.email).filter((other) => label.competitors.includes(other)), `${email}: competitor in top 3`).toEqual([]);
      for (const r of top) expect(r.reasons.length, `${email} → ${r.email} has no reason`).toBeGreaterThan(0);
    }
    const mean = precisions.reduce((a, b) => a + b, 0) / precisions.length;
    console.log(`precision@3 on ${kind}, mean ${mean.toFixed(3)} over ${precisions.length} labelled members:\n${report.join('\n')}`);
    expect(mean).toBeGreaterThanOrEqual(0.8);
  });

  it('finds through the member pool exactly what scoring every member finds', async () => {
    const members = await database.query<{ id: string }>('SELECT id FROM users');
    for (const { id } of members) {
      const ranking = async (discover: typeof recommendFor) =>
        (await discover(database.db, id, { limit: 10 })).items.map((i) => `${i.userId}:${i.score}:${i.relation}`);
      expect(await ranking(recommendFor), `top 10 of ${id}`).toEqual(await ranking(exhaustiveRecommendFor));
    }
  });

  it("gives the reasons in the viewer's language", async () => {
    const seen = new Set<Locale>();
    for (const email of Object.keys(labels)) {
      const own = localeOf.get(email)!;
      const other: Locale = own === 'es' ? 'en' : 'es';
      const reasons = (await topThree(email)).flatMap((r) => r.reasons);
      const translated = new Set((await topThree(email, other)).flatMap((r) => r.reasons));
      expect(reasons, email).toEqual((await topThree(email, own)).flatMap((r) => r.reasons));
      for (const reason of reasons) {
        expect(reason, `${email} (${own})`).toMatch(languageMarkers[own]);
        expect(translated.has(reason), `${email}: "${reason}" is the same in ${other}`).toBe(false);
      }
      seen.add(own);
    }
    expect([...seen].sort()).toEqual(['en', 'es']);
  });
});
