import { Module } from '@nestjs/common';
import { WebinarDashboardService } from './dashboard/webinar-dashboard.service';

/**
 * The webinars' figures on the coordinators' dashboard, apart from the room so a report can
 * read them without starting media workers.
 */
@Module({ providers: [WebinarDashboardService] })
export class WebinarDashboardModule {}
