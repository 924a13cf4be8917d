import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppError, type AppConfig, type Principal } from '@bina-pustaka/api-platform';

/**
 * Whose figures and records a reader may see, for the dashboard and the learning records
 * alike. With INSTITUTIONS_SEPARATE a coordinator reads only the people of their own
 * institution (one of no institution reads no one's); admins, and all staff when
 * institutions are not separate, read the whole city.
 */
@Injectable()
export class ReportingScopeService {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** The institution this reader is held to, or null when they may read the whole city. */
  heldTo(actor: Principal): string | null {
    if (!this.config.reporting.institutionsSeparate || actor.roles.includes('admin')) return null;
    const own = actor.user.institution?.id;
    if (!own) throw new AppError(403, 'reporting.noInstitution');
    return own;
  }

  /** The institution a report is limited to: the one asked for (none: the city), never another than the reader's own. */
  institutionFor(actor: Principal, asked: string | undefined): string | null {
    const own = this.heldTo(actor);
    if (own && asked && asked !== own) throw new AppError(403, 'reporting.otherInstitution');
    return own ?? asked ?? null;
  }
}
