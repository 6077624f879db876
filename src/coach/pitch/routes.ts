import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../../app-context.ts';
import { requireLoginForAllRoutes, requireUser } from '../../http/request-context.ts';
import { problemResponses } from '../../http/schema-types.ts';
import { analyzePitch } from './analysis/analyze-pitch.ts';
import { draftOf, publishVersion, saveDraft, type DraftInput, type PitchOwner } from './draft-store.ts';
import { pitchLanguages, type PitchLanguage, type PitchVersionName } from './model.ts';
import { unsupportedPitchLanguage } from './problems.ts';
import { AnalyzeBody, DraftBody, PitchAnalysisSchema, PitchDraftSchema, TailoredPitchSchema, VersionName } from './schemas.ts';
import { tailoredPitchFor } from './tailored.ts';

const ownerOf = (request: FastifyRequest): PitchOwner => ({ id: requireUser(request).id, locale: request.locale });

/** "es", "EN", "es-ES" → es; anything else is a language the analysis does not have. */
function pitchLanguage(requested: string | undefined, fallback: PitchLanguage): PitchLanguage {
  if (requested === undefined) return fallback;
  const primary = requested.trim().toLowerCase().split('-')[0] ?? '';
  if ((pitchLanguages as readonly string[]).includes(primary)) return primary as PitchLanguage;
  throw unsupportedPitchLanguage(requested);
}

/** The pitch builder: the member's draft, publishing a version, the analysis and a version tailored to a contact. */
export const pitchRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    const { db } = ctx.database;
    const tags = ['coach: pitch'];
    requireLoginForAllRoutes(app);

    app.get(
      '/api/me/pitch',
      {
        schema: {
          tags,
          summary: 'Your pitch builder draft; before the first save, an empty one holding your profile pitch',
          response: { 200: PitchDraftSchema, ...problemResponses(401) },
        },
      },
      async (request) => draftOf(db, ownerOf(request)),
    );

    app.put(
      '/api/me/pitch',
      {
        schema: {
          tags,
          summary: 'Save the parts of your pitch and the three versions as you edited them (each at most 1,000 characters)',
          body: DraftBody,
          response: { 200: PitchDraftSchema, ...problemResponses(400, 401, 403) },
        },
      },
      async (request) => db.transaction((tx) => saveDraft(tx, ownerOf(request), request.body as DraftInput)),
    );

    app.post(
      '/api/me/pitch/publish',
      {
        schema: {
          tags,
          summary: 'Put one saved version on your profile as your pitch',
          body: Type.Object({ version: VersionName }, { additionalProperties: false }),
          response: { 200: PitchDraftSchema, ...problemResponses(400, 401, 403) },
        },
      },
      async (request) => {
        const { version } = request.body as { version: PitchVersionName };
        return db.transaction((tx) => publishVersion(tx, ownerOf(request), version));
      },
    );

    app.get(
      '/api/me/pitch/tailored',
      {
        schema: {
          tags,
          summary: 'Your 30-second pitch tailored to one member: what they need and how it connects with what you offer',
          querystring: Type.Object({ for: Type.String({ minLength: 1, maxLength: 80 }) }),
          response: { 200: TailoredPitchSchema, ...problemResponses(400, 401, 404) },
        },
      },
      async (request) => {
        const { for: slug } = request.query as { for: string };
        return tailoredPitchFor(db, ownerOf(request), slug, request.locale);
      },
    );

    app.post(
      '/api/pitch/analyze',
      {
        schema: {
          tags,
          summary:
            'Analyse a pitch: words and speaking time at 130 words a minute, a 0–100 score per criterion and suggestions quoting the weak phrases. Spanish or English.',
          body: AnalyzeBody,
          response: { 200: PitchAnalysisSchema, ...problemResponses(400, 401, 403) },
        },
      },
      async (request) => {
        const { text, language, targetSeconds } = request.body as { text: string; language?: string; targetSeconds?: number };
        return analyzePitch(text, { language: pitchLanguage(language, request.locale), ...(targetSeconds ? { targetSeconds } : {}) });
      },
    );
  };
