import type { FastifyReply, FastifyRequest } from 'fastify';
import { localeFromAcceptLanguage, type AppConfig } from '@bina-pustaka/api-platform';
import type { Locale } from '@bina-pustaka/shared-contracts';
import type { ClientInfo, IssuedSession } from '../services/sessions.service';

export const REFRESH_COOKIE = 'bp_refresh';
/** The cookie only travels to the endpoints that need it. */
const REFRESH_COOKIE_PATH = '/api/auth';

export function clientInfo(request: FastifyRequest): ClientInfo {
  return { ip: request.ip, userAgent: request.headers['user-agent'] ?? null };
}

export function requestLocale(request: FastifyRequest): Locale {
  return localeFromAcceptLanguage(request.headers['accept-language']);
}

export function setRefreshCookie(reply: FastifyReply, config: AppConfig, issued: IssuedSession): void {
  void reply.setCookie(REFRESH_COOKIE, issued.refreshToken, {
    httpOnly: true,
    sameSite: 'strict',
    secure: config.auth.cookieSecure,
    path: REFRESH_COOKIE_PATH,
    expires: issued.refreshExpiresAt,
  });
}

export function clearRefreshCookie(reply: FastifyReply, config: AppConfig): void {
  void reply.clearCookie(REFRESH_COOKIE, {
    httpOnly: true,
    sameSite: 'strict',
    secure: config.auth.cookieSecure,
    path: REFRESH_COOKIE_PATH,
  });
}
