import { and, desc, eq, getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.ts';
import type { Goal } from './profile-input.ts';
import type { ProfileRow } from './profiles.ts';
import { profiles } from './tables.ts';
import { visibleTo } from './visibility.ts';

export interface DirectoryQuery {
  q?: string;
  city?: string;
  country?: string;
  sector?: string;
  language?: string;
  goal?: Goal;
  page: number;
  pageSize: number;
}

/**
 * Turns free text into a prefix tsquery that tolerates Spanish and English word forms: each word
 * becomes "its Spanish stem OR its English stem", with trailing vowels cut and a prefix match, so
 * "fotografia" (stem fotografi) still finds "fotógrafa" (stem fotograf) and "diseñadora" finds
 * "diseño". Words are ANDed. Returns null when the text has no searchable word (only stop words).
 */
async function toPrefixTsQuery(db: DbOrTx, text: string): Promise<string | null> {
  const words = text.split(/[^\p{L}\p{N}]+/u).filter(Boolean).slice(0, 12);
  if (!words.length) return null;
  const result = (await db.execute(sql`
    SELECT string_agg('(' || alternatives || ')', ' & ') AS query FROM (
      SELECT (
        SELECT string_agg(DISTINCT quote_literal(
                 CASE WHEN length(regexp_replace(lexeme, '[aeiouy]+$', '')) >= 4
                      THEN regexp_replace(lexeme, '[aeiouy]+$', '') ELSE lexeme END) || ':*', ' | ')
        FROM unnest(tsvector_to_array(to_tsvector('sinergia_es', word) || to_tsvector('sinergia_en', word))) AS lexeme
      ) AS alternatives
      FROM unnest(string_to_array(${words.join(' ')}, ' ')) AS word
    ) per_word WHERE alternatives IS NOT NULL`)) as unknown as { rows: { query: string | null }[] };
  return result.rows[0]?.query ?? null;
}

export async function searchProfiles(
  db: DbOrTx,
  viewerId: string | null,
  query: DirectoryQuery,
): Promise<{ rows: ProfileRow[]; total: number }> {
  const conditions: SQL[] = [visibleTo(viewerId)];
  // Without search text there is no rank (a bare `ORDER BY 0` would be read as a column position).
  let rank: SQL | undefined;
  const text = query.q?.trim();
  if (text) {
    const tsquery = await toPrefixTsQuery(db, text);
    // Typos fall back on trigram word similarity over the raw text.
    const fuzzy = sql`word_similarity(${text}, ${profiles.searchDocument}) >= 0.6`;
    if (tsquery) {
      const parsed = sql`to_tsquery('simple', ${tsquery})`;
      conditions.push(sql`(${sql.raw('search_vector')} @@ ${parsed} OR ${fuzzy})`);
      rank = sql`ts_rank(${sql.raw('search_vector')}, ${parsed}) + word_similarity(${text}, ${profiles.searchDocument})`;
    } else {
      conditions.push(fuzzy);
      rank = sql`word_similarity(${text}, ${profiles.searchDocument})`;
    }
  }
  if (query.city) conditions.push(sql`unaccent(lower(${profiles.city})) = unaccent(lower(${query.city.trim()}))`);
  if (query.country) conditions.push(eq(profiles.country, query.country.trim().toUpperCase()));
  if (query.sector) conditions.push(sql`unaccent(${profiles.sector}) ILIKE unaccent(${`%${escapeLike(query.sector.trim())}%`})`);
  if (query.language) conditions.push(sql`${profiles.languages} @> ARRAY[${query.language.trim().toLowerCase()}]::text[]`);
  if (query.goal) conditions.push(sql`${profiles.goals} @> ARRAY[${query.goal}]::text[]`);

  const rows = await db
    .select({ ...getTableColumns(profiles), total: sql<number>`count(*) OVER ()`.mapWith(Number) })
    .from(profiles)
    .where(and(...conditions))
    .orderBy(...(rank ? [desc(rank)] : []), sql`${profiles.onboardingCompletedAt} IS NULL`, profiles.name, profiles.slug)
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const total = rows[0]?.total ?? (query.page > 1 ? await countMatches(db, conditions) : 0);
  return { rows: rows.map(({ total: _, ...row }) => row), total };
}

/** Only needed when a page past the end is asked for: the window count is then absent. */
async function countMatches(db: DbOrTx, conditions: SQL[]): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(profiles).where(and(...conditions));
  return row?.n ?? 0;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
