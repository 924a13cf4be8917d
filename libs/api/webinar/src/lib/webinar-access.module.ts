import { Module } from '@nestjs/common';
import { IdentityDirectoryModule } from '@bina-pustaka/api-identity';
import { LearningCompletionModule } from '@bina-pustaka/api-learning';
import './webinar.messages';
import { WebinarSessionAccessService } from './sessions/webinar-session-access.service';
import { WebinarRemindersService } from './sessions/webinar-reminders.service';
import { WebinarSessionsService } from './sessions/webinar-sessions.service';
import { WebinarHooksModule } from './webinar-hooks.module';

/** Who may manage or take part in a session, for other domains (surveys), with no media server. */
@Module({
  imports: [IdentityDirectoryModule, LearningCompletionModule, WebinarHooksModule],
  providers: [WebinarSessionsService, WebinarRemindersService, WebinarSessionAccessService],
  exports: [WebinarSessionAccessService],
})
export class WebinarAccessModule {}
