import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { joinCommunities as addToCommunities } from '../communities/communities.ts';
import type { Me } from '../accounts/accounts.ts';
import { refreshMatchProfiles } from '../matching/store/refresh.ts';
import type { ProfileInput } from '../profiles/profile-input.ts';
import { ApiClient } from './api-client.ts';
import type { TestApp } from './test-app.ts';

export const testPassword = 'correct horse battery';

export interface TestMember {
  client: ApiClient;
  me: Me;
  id: string;
  slug: string;
}

/**
 * Signs a member up (logged in on the returned client, speaking `language`) and saves the given
 * profile fields (`completeOnboarding` marks onboarding done, as the web app's last step does).
 */
export async function createMember(
  server: FastifyInstance, email: string, name: string, profile: ProfileInput & { completeOnboarding?: boolean } = {}, language?: string,
): Promise<TestMember> {
  const client = new ApiClient(server, language);
  let me = (await client.signup(email, name, testPassword)) as Me;
  if (Object.keys(profile).length) {
    const response = await client.put('/api/me/profile', profile);
    if (response.statusCode !== 200) throw new Error(`profile update failed: ${response.statusCode} ${response.body}`);
    me = response.json() as Me;
  }
  return { client, me, id: me.id, slug: me.profile.slug };
}

/** Adds the member to these communities (created when they do not exist yet); Discover learns of it as it would from an import. */
export async function joinCommunities(app: TestApp, userId: string, slugs: string[]): Promise<void> {
  await addToCommunities(app.ctx.database.db, [{ userId, slugs }]);
  await refreshMatchProfiles(app.ctx.database.db, [userId]);
}

/** Takes the member out of the default community that every new member joins. */
export async function leaveDefaultCommunity(app: TestApp, userId: string): Promise<void> {
  await app.ctx.database.db.execute(sql`
    DELETE FROM community_memberships
    WHERE user_id = ${userId} AND community_id IN (SELECT id FROM communities WHERE is_default)`);
  await refreshMatchProfiles(app.ctx.database.db, [userId]);
}
