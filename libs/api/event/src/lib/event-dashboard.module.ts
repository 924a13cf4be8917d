import { Module } from '@nestjs/common';
import { EventDashboardService } from './dashboard/event-dashboard.service';

/** The events' figures on the coordinators' dashboard. */
@Module({ providers: [EventDashboardService] })
export class EventDashboardModule {}
