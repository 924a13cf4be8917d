import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@bina-pustaka/api-audit';
import { ForumModule, ForumSpacesModule } from '@bina-pustaka/api-forum';
import { IdentityDirectoryModule } from '@bina-pustaka/api-identity';
import { NotificationsModule } from '@bina-pustaka/api-notifications';
import { WebinarInvitedModule } from '@bina-pustaka/api-webinar';
import './focus-group.messages';
import { FocusGroupOutcomesController } from './controllers/focus-group-outcomes.controller';
import { FocusGroupsController } from './controllers/focus-groups.controller';
import { FocusGroupDemoSeederService } from './demo/focus-group-demo-seeder.service';
import { focusGroupEntities } from './entities/focus-group.entity';
import { FocusGroupAccessService } from './groups/focus-group-access.service';
import { FocusGroupForumService } from './groups/focus-group-forum.service';
import { FocusGroupPeopleService } from './groups/focus-group-people.service';
import { FocusGroupsService } from './groups/focus-groups.service';
import { CreateFocusGroups1765200000000 } from './migrations/1765200000000-create-focus-groups';
import { ActionItemsService } from './outcomes/action-items.service';
import { FocusGroupPersonalDataService } from './privacy/focus-group-personal-data.service';
import { FocusGroupFindingsService } from './outcomes/focus-group-findings.service';
import { FocusGroupSessionsService } from './sessions/focus-group-sessions.service';
import { FocusGroupWebinarsService } from './sessions/focus-group-webinars.service';
import { FocusGroupDetailService } from './summary/focus-group-detail.service';
import { FocusGroupPdfService } from './summary/focus-group-pdf.service';

/**
 * Who is in a group's private forum, told to the forum's registry when the app starts. Its
 * own module so the worker (the forum digest) loads it without the rest of focus groups.
 */
@Module({
  imports: [TypeOrmModule.forFeature(focusGroupEntities), IdentityDirectoryModule, ForumSpacesModule],
  providers: [FocusGroupAccessService, FocusGroupForumService],
  exports: [FocusGroupAccessService],
})
export class FocusGroupForumModule {}

export const focusGroupMigrations = [CreateFocusGroups1765200000000];

/**
 * Focus groups (_Diskusi Fokus_, issue 13): a coordinator gathers librarians with
 * facilitators; the group has a private forum (the forum's machinery, through its
 * ForumSpacesService), sessions with notes (online ones in an invite-only webinar room), findings, action items followed across groups,
 * and a PDF summary.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature(focusGroupEntities),
    IdentityDirectoryModule,
    NotificationsModule,
    ForumModule,
    WebinarInvitedModule,
    AuditModule,
    FocusGroupForumModule,
  ],
  controllers: [FocusGroupsController, FocusGroupOutcomesController],
  providers: [
    // groups/ -> sessions/ -> outcomes/ -> summary/ -> privacy/, and demo/ (README)
    FocusGroupPeopleService,
    FocusGroupsService,
    FocusGroupWebinarsService,
    FocusGroupSessionsService,
    FocusGroupFindingsService,
    ActionItemsService,
    FocusGroupDetailService,
    FocusGroupPdfService,
    FocusGroupPersonalDataService,
    FocusGroupDemoSeederService,
  ],
})
export class FocusGroupModule {}
