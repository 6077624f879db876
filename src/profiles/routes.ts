import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsync } from 'fastify';
import { meView } from '../accounts/accounts.ts';
import type { AppContext } from '../app-context.ts';
import { notFound, ProblemError } from '../http/problem.ts';
import { requireUser } from '../http/request-context.ts';
import { problemResponses } from '../http/schema-types.ts';
import { loadImage, sniffImageType, storeImage } from './media.ts';
import { ProfileInputSchema, type ProfileInput } from './profile-input.ts';
import { saveProfile } from './profiles.ts';

const badPhoto = () => new ProblemError(400, 'bad-photo', 'problem.badPhoto.title', 'problem.badPhoto.detail');
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const profileRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    const { db } = ctx.database;
    const tags = ['profiles'];

    app.put(
      '/api/me/profile',
      {
        schema: {
          tags,
          summary: 'Update my profile (only the fields sent); completeOnboarding marks onboarding done',
          body: Type.Composite([ProfileInputSchema, Type.Object({ completeOnboarding: Type.Optional(Type.Boolean()) })]),
          response: { 200: Type.Ref('Me'), ...problemResponses(400, 401, 403) },
        },
      },
      async (request) => {
        const user = requireUser(request);
        const { completeOnboarding, ...input } = request.body as ProfileInput & { completeOnboarding?: boolean };
        await db.transaction((tx) => saveProfile(tx, user.id, input, { completeOnboarding }));
        return meView(db, user);
      },
    );

    app.post(
      '/api/me/photo',
      {
        schema: {
          tags,
          summary: 'Upload a profile photo (multipart field "photo": JPEG, PNG, WebP or GIF, at most 2 MB)',
          consumes: ['multipart/form-data'],
          response: { 200: Type.Object({ photoUrl: Type.String() }), ...problemResponses(400, 401, 403, 413) },
        },
      },
      async (request) => {
        const user = requireUser(request);
        if (!request.isMultipart()) throw badPhoto();
        const file = await request.file();
        if (!file || file.fieldname !== 'photo') throw badPhoto();
        const bytes = await file.toBuffer();
        const contentType = sniffImageType(bytes);
        if (!contentType) throw badPhoto();
        const photoUrl = await db.transaction(async (tx) => {
          const id = await storeImage(tx, user.id, bytes, contentType);
          const url = `${ctx.config.publicUrl}/media/${id}`;
          await saveProfile(tx, user.id, { photoUrl: url });
          return url;
        });
        return { photoUrl };
      },
    );

    app.get('/media/:id', { schema: { hide: true } }, async (request, reply) => {
      const { id } = request.params as { id: string };
      const image = uuidPattern.test(id) ? await loadImage(db, id) : undefined;
      if (!image) throw notFound();
      return reply
        .type(image.contentType)
        .header('cache-control', 'public, max-age=31536000, immutable')
        .header('x-content-type-options', 'nosniff')
        .send(image.bytes);
    });
  };
