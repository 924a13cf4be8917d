import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityDirectoryModule } from '@bina-pustaka/api-identity';
import './webinar.messages';
import { WebinarRegistrationEntity, WebinarSessionEntity, WebinarStaffEntity } from './entities/webinar-session.entity';
import { InvitedWebinarsService } from './sessions/invited-webinars.service';
import { WebinarAccessNoticesService } from './sessions/webinar-access-notices.service';
import { WebinarRemindersService } from './sessions/webinar-reminders.service';

/**
 * Invite-only sessions for other domains (focus groups), with no media server or routes of
 * its own: the rooms are WebinarModule's, which hears the access notices sent from here.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([WebinarSessionEntity, WebinarStaffEntity, WebinarRegistrationEntity]),
    IdentityDirectoryModule,
  ],
  providers: [InvitedWebinarsService, WebinarAccessNoticesService, WebinarRemindersService],
  exports: [InvitedWebinarsService, WebinarAccessNoticesService],
})
export class WebinarInvitedModule {}
