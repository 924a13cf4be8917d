import { Injectable } from '@nestjs/common';
import { DomainEvents } from '@bina-pustaka/api-platform';

/** A person left a cohort (withdrawn, or moved to another cohort of the course). */
export interface EnrolmentLeft {
  userId: string;
  courseId: string;
  cohortId: string;
}

/** Someone left a cohort, told once committed, so what other domains hold open for it ends (a webinar room). */
@Injectable()
export class EnrolmentEventsService extends DomainEvents<EnrolmentLeft> {
  constructor() {
    super(EnrolmentEventsService.name);
  }
}
