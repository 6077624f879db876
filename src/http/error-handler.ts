import type { FastifyError, FastifyInstance } from 'fastify';
import { existsSync, readFileSync } from 'node:fs';
import { fieldErrorsFromValidation } from './validation-errors.ts';
import { ProblemError, notFound, replyProblem } from './problem.ts';

/** Maps Fastify's own errors (parsing, validation, limits) onto localised problem documents. */
function toProblem(error: FastifyError): ProblemError | undefined {
  if (error instanceof ProblemError) return error;
  if (error.validation)
    return new ProblemError(
      400,
      'validation',
      'problem.validation.title',
      'problem.validation.detail',
      {},
      fieldErrorsFromValidation(error.validation),
    );
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new ProblemError(400, 'malformed-json', 'problem.malformedJson.title', 'problem.malformedJson.detail');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new ProblemError(415, 'unsupported-media-type', 'problem.unsupportedMediaType.title');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
    case 'FST_REQ_FILE_TOO_LARGE':
      return new ProblemError(413, 'payload-too-large', 'problem.payloadTooLarge.title');
  }
  if (error instanceof SyntaxError && error.statusCode === 400)
    return new ProblemError(400, 'malformed-json', 'problem.malformedJson.title', 'problem.malformedJson.detail');
  return undefined;
}

export function registerErrorHandling(app: FastifyInstance, options: { spaIndexFile: string }) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const problem = toProblem(error);
    if (problem) return replyProblem(request, reply, problem);
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      request.log.info({ err: error }, 'client error');
      return replyProblem(request, reply, new ProblemError(error.statusCode, 'bad-request', 'problem.validation.title'));
    }
    request.log.error({ err: error }, 'unhandled error');
    return replyProblem(request, reply, new ProblemError(500, 'internal', 'problem.internal.title', 'problem.internal.detail'));
  });

  // Unknown API paths get a problem; any other GET is a route of the single-page app.
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    // Paths with a file extension are missing assets, not app routes.
    const isAppRoute = request.method === 'GET' && !/^\/(api|p|media|calendar)(\/|$)/.test(path) && !/\.[a-z0-9]+$/i.test(path);
    // Read each time (it is tiny) so a rebuilt web app is picked up without a restart.
    if (isAppRoute && existsSync(options.spaIndexFile))
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(readFileSync(options.spaIndexFile, 'utf8'));
    return replyProblem(request, reply, notFound());
  });
}
