import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppError, type AppConfig, type Principal } from '@bina-pustaka/api-platform';

/**
 * Whose figures a reader may see. With INSTITUTIONS_SEPARATE a coordinator reads only the
 * people of their own institution (asking for another is refused; asking for none gives
 * their own); admins, and everyone staff when institutions are not separate, read any.
 */
@Injectable()
export class DashboardAccessService {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** The institution the figures are limited to, or null for the whole city. */
  institutionFor(actor: Principal, asked: string | undefined): string | null {
    if (!this.config.reporting.institutionsSeparate || actor.roles.includes('admin')) return asked ?? null;
    const own = actor.user.institution?.id;
    if (!own) throw new AppError(403, 'reporting.noInstitution');
    if (asked && asked !== own) throw new AppError(403, 'reporting.otherInstitution');
    return own;
  }
}
