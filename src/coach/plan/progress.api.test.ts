import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/api-test.ts';
import { databaseKinds } from '../../testing/databases.ts';
import type { PlanView } from './plan-view.ts';
import { addDays, weekStartOf } from './plan-week.ts';
import { networkBuilder } from './test-network.ts';
import type { Progress } from './weekly-plan.ts';

describe.each(databaseKinds)('progress on %s', (kind) => {
  const t = useTestApp(kind);
  const query = <T>(text: string, params: unknown[]) => t.app.ctx.database.query<T>(text, params);

  it('counts items done, meetings held and connections made per week on the member’s clock, and the streak of weeks', async () => {
    const network = networkBuilder(t, `progress-${kind}`);
    const zone = 'America/New_York';
    const dora = await network.member('dora-progress@example.com', 'Dora Day', {}, { locale: 'en', timeZone: zone });
    // In one zone, so that their default hours overlap and meetings find slots.
    const eva = await network.member('eva-progress@example.es', 'Eva Sol', {}, { timeZone: zone });
    const fran = await network.member('fran-progress@example.es', 'Fran Paz', {}, { timeZone: zone });
    await network.connect(dora, eva);
    const held = await network.meeting(dora, eva, true);
    const missed = await network.meeting(dora, fran, true);
    await network.meeting(fran, dora); // only proposed: not held
    // Both accepted meetings took place yesterday; Fran did not come to his.
    await query(`UPDATE meetings SET starts_at = now() - interval '1 day', ends_at = now() - interval '1 day' + interval '30 minutes' WHERE id IN ($1, $2)`, [held, missed]);
    await network.notes(dora, missed, { noShow: true });
    const [heldRow] = await query<{ starts_at: Date }>('SELECT starts_at FROM meetings WHERE id = $1', [held]);

    const thisWeek = weekStartOf(new Date(), zone);
    const plan = (await dora.client.get('/api/me/plan')).json() as PlanView;
    expect(plan.weekStart).toBe(thisWeek);
    expect((await dora.client.post(`/api/me/plan/items/${plan.items[0]!.id}/done`)).statusCode).toBe(200);
    // Two earlier weeks with something done, and a gap before them.
    for (const week of [addDays(thisWeek, -7), addDays(thisWeek, -14), addDays(thisWeek, -28)]) {
      await query(`INSERT INTO weekly_plans (user_id, week_start, budget_minutes, items) VALUES ($1, $2, 30, '[]')`, [dora.id, week]);
      await query(`INSERT INTO weekly_plan_done (user_id, week_start, item_id) VALUES ($1, $2, 'profile'), ($1, $2, 'pitch')`, [dora.id, week]);
    }

    const response = await dora.client.get('/api/me/progress');
    expect(response.statusCode, response.body).toBe(200);
    const progress = response.json() as Progress;
    expect(progress.streak).toBe(3);
    expect(progress.weeks).toHaveLength(12);
    expect(progress.weeks.at(-1)!.weekStart).toBe(thisWeek);
    expect(progress.weeks[0]!.weekStart).toBe(addDays(thisWeek, -77));
    const byWeek = new Map(progress.weeks.map(({ weekStart, ...counts }) => [weekStart, counts]));
    expect(byWeek.get(thisWeek)).toMatchObject({ itemsDone: 1, newConnections: 1 });
    expect(byWeek.get(addDays(thisWeek, -7))!.itemsDone).toBe(2);
    expect(byWeek.get(addDays(thisWeek, -21))!.itemsDone).toBe(0);
    expect(byWeek.get(weekStartOf(new Date(heldRow!.starts_at), zone))!.meetingsHeld).toBe(1);
    const total = (key: 'itemsDone' | 'meetingsHeld' | 'newConnections') => progress.weeks.reduce((sum, week) => sum + week[key], 0);
    expect({ items: total('itemsDone'), meetings: total('meetingsHeld'), connections: total('newConnections') }).toEqual({ items: 7, meetings: 1, connections: 1 });

    // Eva held the same meeting and made the same connection, and has no streak.
    const evas = (await eva.client.get('/api/me/progress')).json() as Progress;
    expect(evas.streak).toBe(0);
    expect(evas.weeks.reduce((sum, week) => sum + week.meetingsHeld + week.newConnections, 0)).toBe(2);
  });
});
