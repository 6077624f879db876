import type { FastifyReply, FastifyRequest } from 'fastify';
import { translate, type MessageKey } from '../i18n/messages.ts';
import type { Locale } from '../i18n/locale.ts';

export interface FieldError {
  field: string;
  message: string;
}

/** A field error before translation: a message key and its parameters. */
export type FieldProblem = { field: string; key: MessageKey; params?: Record<string, string | number> };

/** RFC 9457 problem details, as sent with `application/problem+json`. */
export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
  /** RFC 9457 extension members, e.g. fresh `proposals` with a slot conflict. */
  [extension: string]: unknown;
}

/**
 * A failure a use case reports to the client. Titles and details are message keys, translated at
 * response time in the caller's language, so use cases stay language-free.
 */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly slug: string,
    readonly titleKey: MessageKey,
    readonly detailKey?: MessageKey,
    readonly params: Record<string, string | number> = {},
    readonly fieldErrors: FieldProblem[] = [],
    /** Extension members added to the body as they are (already in the caller's language). */
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(slug);
  }
}

export const notFound = (detailKey: MessageKey = 'problem.notFound.detail') =>
  new ProblemError(404, 'not-found', 'problem.notFound.title', detailKey);
export const unauthorized = () =>
  new ProblemError(401, 'unauthorized', 'problem.unauthorized.title', 'problem.unauthorized.detail');
export const fieldProblems = (errors: FieldProblem[]) =>
  new ProblemError(400, 'validation', 'problem.validation.title', 'problem.validation.detail', {}, errors);
export const fieldProblem = (field: string, key: MessageKey, params?: Record<string, string | number>) =>
  fieldProblems([{ field, key, ...(params ? { params } : {}) }]);

export function problemBody(error: ProblemError, locale: Locale, instance?: string): ProblemBody {
  const body: ProblemBody = {
    ...error.extensions,
    type: `/problems/${error.slug}`,
    title: translate(locale, error.titleKey, error.params),
    status: error.status,
  };
  if (error.detailKey) body.detail = translate(locale, error.detailKey, error.params);
  if (instance) body.instance = instance;
  if (error.fieldErrors.length)
    body.errors = error.fieldErrors.map((e) => ({ field: e.field, message: translate(locale, e.key, e.params) }));
  return body;
}

export function sendProblem(request: FastifyRequest, reply: FastifyReply, body: ProblemBody) {
  return reply.status(body.status).type('application/problem+json; charset=utf-8').send(body);
}

export function replyProblem(request: FastifyRequest, reply: FastifyReply, error: ProblemError) {
  return sendProblem(request, reply, problemBody(error, request.locale, request.url));
}
