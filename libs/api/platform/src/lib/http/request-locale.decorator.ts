import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Locale } from '@bina-pustaka/shared-contracts';
import { localeFromAcceptLanguage } from '../i18n/messages';

/** The language the caller asked for (Accept-Language), for sentences built in services. */
export const RequestLocale = createParamDecorator(
  (_: unknown, context: ExecutionContext): Locale =>
    localeFromAcceptLanguage(
      context.switchToHttp().getRequest<{ headers: Record<string, string | undefined> }>().headers['accept-language'],
    ),
);
