import { and, eq, gt, isNull } from 'drizzle-orm';
import type { AppContext } from '../app-context.ts';
import type { Db } from '../db/database.ts';
import { ProblemError } from '../http/problem.ts';
import { translate } from '../i18n/messages.ts';
import { queueEmail } from '../mail/mailer.ts';
import { profileOf } from '../profiles/profiles.ts';
import { userByEmail } from './accounts.ts';
import { hashPassword } from './passwords.ts';
import { deleteSessionsOf } from './sessions.ts';
import { passwordResetTokens, users } from './tables.ts';
import { hashToken, newSecretToken } from './tokens.ts';

export const resetTokenLifetimeMs = 60 * 60 * 1000;

/**
 * Emails a single-use link valid for one hour. Unknown addresses get no email and the same answer,
 * so the endpoint does not reveal who has an account. Resolves once the email is durably queued.
 */
export async function requestPasswordReset(ctx: AppContext, email: string): Promise<void> {
  const { db } = ctx.database;
  const user = await userByEmail(db, email);
  if (!user) return;
  const token = newSecretToken();
  await db.insert(passwordResetTokens).values({
    tokenHash: hashToken(token),
    userId: user.id,
    expiresAt: new Date(Date.now() + resetTokenLifetimeMs),
  });
  const name = (await profileOf(db, user.id))?.name ?? user.email;
  const link = `${ctx.config.publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
  await queueEmail(db, ctx.jobs, {
    to: user.email,
    subject: translate(user.locale, 'mail.passwordReset.subject'),
    text: translate(user.locale, 'mail.passwordReset.body', { name, link }),
  });
}

/** Sets the new password, spends the token (and any other of the user's) and ends all sessions. */
export async function confirmPasswordReset(db: Db, token: string, password: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    const [spent] = await tx
      .update(passwordResetTokens)
      .set({ usedAt: new Date() })
      .where(
        and(
          eq(passwordResetTokens.tokenHash, hashToken(token)),
          isNull(passwordResetTokens.usedAt),
          gt(passwordResetTokens.expiresAt, new Date()),
        ),
      )
      .returning({ userId: passwordResetTokens.userId });
    if (!spent) throw new ProblemError(400, 'bad-reset-token', 'problem.badResetToken.title', 'problem.badResetToken.detail');
    await tx.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, spent.userId));
    await tx
      .update(passwordResetTokens)
      .set({ usedAt: new Date() })
      .where(and(eq(passwordResetTokens.userId, spent.userId), isNull(passwordResetTokens.usedAt)));
    await deleteSessionsOf(tx, spent.userId);
  });
}
