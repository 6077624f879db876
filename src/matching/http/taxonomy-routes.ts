import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsync } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { requireUser } from '../../http/request-context.ts';
import { problemResponses } from '../../http/schema-types.ts';
import { addConcept, addSynonym, removeConcept, removeSynonym } from '../additions/changes.ts';
import { requireTaxonomyEditor } from '../additions/editors.ts';
import type { ConceptInput, SynonymInput } from '../additions/validate.ts';
import { additionsView } from '../additions/views.ts';
import { ConceptAdditionSchema, ConceptInputSchema, SynonymAdditionSchema, SynonymInputSchema, TaxonomyAdditionsSchema } from './taxonomy-schemas.ts';

/** Administrators' additions to the concept taxonomy (instance-wide). */
export const taxonomyAdditionRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    const { db } = ctx.database;
    const changes = { db, jobs: ctx.jobs };
    const tags = ['taxonomy'];
    const forbidden = problemResponses(401, 403);
    // Strangers get 401 and members who administer nothing 403, before their input is read.
    app.addHook('preValidation', async (request) => {
      await requireTaxonomyEditor(db, requireUser(request));
    });

    app.get(
      '/api/taxonomy/additions',
      {
        schema: {
          tags,
          summary: 'The concepts and synonyms administrators added, newest first, with who added them and when',
          response: { 200: TaxonomyAdditionsSchema, ...forbidden },
        },
      },
      async (request) => additionsView(db, request.locale),
    );

    app.post(
      '/api/taxonomy/additions/synonyms',
      {
        schema: {
          tags,
          summary: 'Add a Spanish or English synonym to a concept; members’ concepts are recomputed in the background',
          body: SynonymInputSchema,
          response: { 201: SynonymAdditionSchema, ...problemResponses(400, 401, 403) },
        },
      },
      async (request, reply) => {
        const synonym = await addSynonym(changes, requireUser(request).id, request.body as SynonymInput, request.locale);
        return reply.status(201).send(synonym);
      },
    );

    app.post(
      '/api/taxonomy/additions/concepts',
      {
        schema: {
          tags,
          summary: 'Add a concept (its id comes from the English label) with synonyms, spheres and relations to existing concepts',
          body: ConceptInputSchema,
          response: { 201: ConceptAdditionSchema, ...problemResponses(400, 401, 403) },
        },
      },
      async (request, reply) => {
        const concept = await addConcept(changes, requireUser(request).id, request.body as ConceptInput, request.locale);
        return reply.status(201).send(concept);
      },
    );

    app.delete(
      '/api/taxonomy/additions/synonyms/:id',
      {
        schema: {
          tags,
          summary: 'Remove an added synonym',
          params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
          response: { 204: Type.Null(), ...problemResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        await removeSynonym(changes, (request.params as { id: string }).id);
        return reply.status(204).send();
      },
    );

    app.delete(
      '/api/taxonomy/additions/concepts/:id',
      {
        schema: {
          tags,
          summary: 'Remove an added concept with its synonyms and relations',
          params: Type.Object({ id: Type.String({ minLength: 1, maxLength: 80 }) }),
          response: { 204: Type.Null(), ...problemResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        await removeConcept(changes, (request.params as { id: string }).id);
        return reply.status(204).send();
      },
    );
  };
