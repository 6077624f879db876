import { describe, expect, it } from 'vitest';
import { useTestAppWithSmtp } from '../../testing/api-test.ts';
import { databaseKinds } from '../../testing/databases.ts';
import { createMember, type TestMember } from '../../testing/members.ts';
import { readableMail, waitFor } from '../../testing/smtp-sink.ts';
import { createDraft, patch, proposalOf, speak } from './test-support.ts';

describe.each(databaseKinds)('proposal emails on %s', (kind) => {
  const app = useTestAppWithSmtp(kind);

  /** The member's emails so far: each its subject, then its decoded text. */
  const mailsTo = (member: TestMember) =>
    app.mails().filter((m) => m.to.includes(member.me.email)).map(readableMail);
  /** Waits for the member's `n`th email and returns it as mailsTo does. */
  const nthMail = async (member: TestMember, n: number) => {
    expect(await waitFor(() => mailsTo(member).length >= n, 20_000)).toBe(true);
    return mailsTo(member)[n - 1]!;
  };
  const post = (who: TestMember, id: string, action: string, body: unknown = {}) => who.client.post(`/api/proposals/${id}/${action}`, body);

  it('each step reaches the other parties in their own language with a link to the proposal; drafts stay quiet', async () => {
    const ana = await createMember(app.server, `ana-${kind}@example.es`, 'Ana Gil');
    const grace = await createMember(app.server, `grace-${kind}@example.com`, 'Grace Hopper');
    const lucia = await createMember(app.server, `lucia-${kind}@example.es`, 'Lucía Pérez');
    await speak(grace, 'en');
    const { id } = await createDraft(ana, [grace, lucia], { title: 'Pack de bodas' });
    proposalOf(await patch(ana, `/api/proposals/${id}`, { version: 1, description: 'Todavía en borrador' }));
    const link = `http://localhost:3000/collaborate/proposals/${id}`;

    proposalOf(await post(ana, id, 'send'));
    const sentToGrace = await nthMail(grace, 1);
    expect(sentToGrace).toMatch(/^Subject: Ana Gil proposes a collaboration: Pack de bodas/m);
    expect(sentToGrace).toContain('Hello Grace Hopper,');
    expect(sentToGrace).toContain('Ana Gil has sent you a collaboration proposal.');
    expect(sentToGrace).toContain('Pack de bodas (Joint offer)');
    expect(sentToGrace).toContain('What you bring: Flores');
    expect(sentToGrace).toContain(`Open it in Sinergia: ${link}`);
    const sentToLucia = await nthMail(lucia, 1);
    expect(sentToLucia).toMatch(/^Subject: Ana Gil te propone colaborar: Pack de bodas/m);
    expect(sentToLucia).toContain('Hola, Lucía Pérez:');
    expect(sentToLucia).toContain('Pack de bodas (Oferta conjunta)');
    expect(sentToLucia).toContain(`Ábrela en Sinergia: ${link}`);

    proposalOf(await post(grace, id, 'comments', { body: 'Shall we add a cake?' }), 201);
    expect(await nthMail(ana, 1)).toContain('«Shall we add a cake?»');
    expect(await nthMail(lucia, 2)).toMatch(/^Subject: Nuevo comentario de Grace Hopper en «Pack de bodas»/m);

    proposalOf(await patch(lucia, `/api/proposals/${id}`, { version: 2, title: 'Pack de bodas con tarta' }));
    const edited = await nthMail(grace, 2);
    expect(edited).toMatch(/^Subject: "Pack de bodas con tarta" has changed: please review it again/m);
    expect(edited).toContain('It is now at version 3: review it and, if you agree, accept it again.');

    proposalOf(await post(ana, id, 'accept', { version: 3 }));
    proposalOf(await post(grace, id, 'accept', { version: 3 }));
    expect(await nthMail(ana, 3)).toMatch(/^Subject: Acuerdo cerrado: «Pack de bodas con tarta»/m);
    expect(await nthMail(lucia, 3)).toContain('Todas las partes habéis aceptado la propuesta. ¡Enhorabuena!');

    proposalOf(await post(lucia, id, 'start'));
    proposalOf(await post(ana, id, 'complete', { outcomeValueCents: 1_234_500 }));
    const completed = await nthMail(grace, 4);
    expect(completed).toMatch(/^Subject: Completed: "Pack de bodas con tarta"/m);
    expect(completed).toContain('Value achieved: €12,345.00');
    expect(await nthMail(lucia, 4)).toMatch(/Valor conseguido: 12\.345,00\s€/);

    // Nobody hears of their own steps, nor of an acceptance that does not yet agree the proposal.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(mailsTo(ana).map((m) => /^Subject: (.*)$/m.exec(m)![1])).toEqual([
      'Nuevo comentario de Grace Hopper en «Pack de bodas»',
      '«Pack de bodas con tarta» ha cambiado: vuelve a revisarla',
      'Acuerdo cerrado: «Pack de bodas con tarta»',
      'En marcha: «Pack de bodas con tarta»',
    ]);
  });
});
