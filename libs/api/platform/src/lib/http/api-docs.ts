import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AccessTokensService } from '../access/access-tokens.service';
import { authenticate } from '../access/authenticate';
import { PrincipalSource } from '../access/principal';
import type { AppConfig } from '../config/app-config';
import { localeFromAcceptLanguage } from '../i18n/messages';
import { createApiDocument } from './api-document';
import { AppError } from './app-error';
import { describeError } from './describe-error';

const DOCS_PATH = 'api/docs';

/**
 * The OpenAPI description of every route (API_DOCS=true). On a development machine it is
 * open, with Swagger UI at /api/docs. In production it maps the attack surface, so only
 * admins get it: the JSON at /api/docs/openapi.json, for an admin's access token
 * (Authorization: Bearer ...), to open in any OpenAPI viewer. No Swagger UI there: a page
 * opened in the browser carries no access token, so it could only show an error.
 */
export function mountApiDocs(app: NestFastifyApplication, config: AppConfig): void {
  const production = config.env === 'production';
  if (production) admitAdminsOnly(app, config);
  SwaggerModule.setup(DOCS_PATH, app, createApiDocument(app), {
    jsonDocumentUrl: `${DOCS_PATH}/openapi.json`,
    raw: ['json'],
    ui: !production,
  });
}

/** Every address under /api/docs answers admins only (401 without a token, 403 for others). */
function admitAdminsOnly(app: NestFastifyApplication, config: AppConfig): void {
  const tokens = app.get(AccessTokensService);
  const principals = app.get(PrincipalSource, { strict: false });
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
      if (!request.url.startsWith(`/${DOCS_PATH}`)) return;
      try {
        const principal = await authenticate(request.headers.authorization, tokens, principals);
        if (!principal.roles.includes('admin')) throw new AppError(403, 'auth.forbidden');
      } catch (error) {
        const locale = localeFromAcceptLanguage(request.headers['accept-language']);
        const described = describeError(error, locale, config.http.bodyLimitBytes);
        return reply.status(described.status).headers(described.headers).send(described.body);
      }
    });
}
