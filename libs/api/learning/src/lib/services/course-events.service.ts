import { Injectable } from '@nestjs/common';
import { DomainEvents } from '@bina-pustaka/api-platform';

/** A course opened to learners. */
export interface CoursePublished {
  courseId: string;
}

/** A course was published, told once committed, so what other domains keep per course exists from the start (its forum). */
@Injectable()
export class CourseEventsService extends DomainEvents<CoursePublished> {
  constructor() {
    super(CourseEventsService.name);
  }
}
