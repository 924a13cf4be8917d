import { Module } from '@nestjs/common';
import { MailModule } from '@bina-pustaka/api-platform';
import { IdentityDirectoryModule } from '@bina-pustaka/api-identity';
import { LearningCompletionModule } from '@bina-pustaka/api-learning';
import { NotificationsModule } from '@bina-pustaka/api-notifications';
import { WebinarLedgerModule } from '@bina-pustaka/api-webinar';
import './survey.messages';
import { SurveyReminderAudienceService } from './reminders/survey-reminder-audience.service';
import { SurveyReminderProcessor } from './reminders/survey-reminder.processor';
import { SurveyRemindersService } from './reminders/survey-reminders.service';

/**
 * The worker's part of surveys (the `surveys` queue): the daily evaluation reminders, in
 * the app and by email, to those who have not answered (reminders/). It reads who is due
 * through learning's and webinars' exported services (no media server).
 */
@Module({
  imports: [IdentityDirectoryModule, LearningCompletionModule, WebinarLedgerModule, NotificationsModule, MailModule],
  providers: [SurveyReminderAudienceService, SurveyRemindersService, SurveyReminderProcessor],
})
export class SurveyReminderWorkerModule {}
