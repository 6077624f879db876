import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.ts';
import { courseProgress } from './tables.ts';

/** When the member marked each lesson as done, by slug. */
export async function completedLessons(db: DbOrTx, userId: string): Promise<Map<string, Date>> {
  const rows = await db
    .select({ slug: courseProgress.lessonSlug, at: courseProgress.completedAt })
    .from(courseProgress)
    .where(eq(courseProgress.userId, userId));
  return new Map(rows.map((row) => [row.slug, row.at]));
}

/** Marking a lesson done again keeps the first date. */
export async function markLessonDone(db: DbOrTx, userId: string, slug: string): Promise<void> {
  await db.insert(courseProgress).values({ userId, lessonSlug: slug }).onConflictDoNothing();
}

export async function unmarkLessonDone(db: DbOrTx, userId: string, slug: string): Promise<void> {
  await db.delete(courseProgress).where(and(eq(courseProgress.userId, userId), eq(courseProgress.lessonSlug, slug)));
}
