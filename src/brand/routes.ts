import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { AppContext } from '../app-context.ts';
import { notFound } from '../http/problem.ts';
import { toMember } from '../profiles/member-views.ts';
import { visibleProfileBySlug } from '../profiles/visibility.ts';
import { renderProfileNotFoundPage, renderPublicProfilePage } from './public-page.ts';
import { renderQrPng, renderQrSvg } from './qr.ts';
import { buildVCard, vcardFileName } from './vcard.ts';

const params = Type.Object({ slug: Type.String({ maxLength: 80 }) });

/** The member's personal brand: server-rendered page, vCard and QR code, no JavaScript needed. */
export const brandRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    const base = ctx.config.publicUrl;
    const urlsFor = (slug: string) => ({
      profileUrl: `${base}/p/${slug}`,
      vcardUrl: `${base}/p/${slug}/contact.vcf`,
      qrUrl: `${base}/p/${slug}/qr.svg`,
      appUrl: `${base}/`,
    });
    const findMember = async (request: FastifyRequest) => {
      const { slug } = request.params as { slug: string };
      const row = await visibleProfileBySlug(ctx.database.db, slug, request.user?.id ?? null);
      return row && toMember(row, base);
    };
    const memberFor = async (request: FastifyRequest) => {
      const member = await findMember(request);
      if (!member) throw notFound('problem.memberNotFound.detail');
      return member;
    };
    const schema = (summary: string) => ({ tags: ['public pages'], summary, params });

    app.get('/p/:slug', { schema: schema('Public profile page (HTML, OpenGraph, JSON-LD)') }, async (request, reply) => {
      const member = await findMember(request);
      if (!member)
        return reply
          .status(404)
          .type('text/html; charset=utf-8')
          .send(renderProfileNotFoundPage(urlsFor(''), request.locale));
      return reply
        .type('text/html; charset=utf-8')
        .header('cache-control', member.visibility === 'public' ? 'public, max-age=60' : 'private, no-store')
        .header('content-language', request.locale)
        .header('vary', 'Accept-Language, Cookie')
        .send(renderPublicProfilePage(member, urlsFor(member.slug), request.locale));
    });

    app.get('/p/:slug/contact.vcf', { schema: schema('Contact card (vCard 4.0)') }, async (request, reply) => {
      const member = await memberFor(request);
      return reply
        .type('text/vcard; charset=utf-8')
        .header('content-disposition', `attachment; filename="${vcardFileName(member)}"`)
        .send(buildVCard(member, urlsFor(member.slug)));
    });

    app.get('/p/:slug/qr.svg', { schema: schema('QR code of the public page (SVG)') }, async (request, reply) => {
      const member = await memberFor(request);
      return reply.type('image/svg+xml').send(await renderQrSvg(urlsFor(member.slug).profileUrl));
    });

    app.get('/p/:slug/qr.png', { schema: schema('QR code of the public page (PNG, for print)') }, async (request, reply) => {
      const member = await memberFor(request);
      return reply.type('image/png').send(await renderQrPng(urlsFor(member.slug).profileUrl));
    });
  };
