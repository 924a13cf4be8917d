import { Catch, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '../config/app-config';
import { localeFromAcceptLanguage } from '../i18n/messages';
import { describeError } from './describe-error';

/** Every error of every route becomes one JSON shape, in the caller's language. */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Http');

  constructor(private readonly config: AppConfig) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const described = describeError(
      exception,
      localeFromAcceptLanguage(request.headers['accept-language']),
      this.config.http.bodyLimitBytes,
    );
    if (described.unexpected) {
      // Under `req`, so the logger blanks credentials in the address as on every request line.
      this.logger.error({ err: exception, req: { method: request.method, url: request.url } }, 'Unexpected error');
    }
    void reply.status(described.status).headers(described.headers).send(described.body);
  }
}
