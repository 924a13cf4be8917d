import { Module, type DynamicModule, type Type } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityDirectoryModule } from '@bina-pustaka/api-identity';
import { LearningCompletionModule, LearningModule } from '@bina-pustaka/api-learning';
import { MailModule } from '@bina-pustaka/api-platform';
import { NotificationsModule } from '@bina-pustaka/api-notifications';
import './forum.messages';
import { CourseForumsService } from './access/course-forums.service';
import { ForumAccessService } from './access/forum-access.service';
import { ForumRateLimitService } from './access/forum-rate-limit.service';
import { ForumSpacesService } from './access/forum-spaces.service';
import { ForumSuspensionsService } from './access/forum-suspensions.service';
import { ForumDigestController } from './controllers/forum-digest.controller';
import { ForumModerationController, ForumReportsController } from './controllers/forum-moderation.controller';
import { ForumPostsController } from './controllers/forum-posts.controller';
import { ForumThreadsController } from './controllers/forum-threads.controller';
import { ForumsController } from './controllers/forums.controller';
import { ForumDemoSeederService } from './demo/forum-demo-seeder.service';
import { ForumDigestLinksService } from './digest/forum-digest-links.service';
import { ForumDigestSettingsService } from './digest/forum-digest-settings.service';
import { ForumDigestProcessor } from './digest/forum-digest.processor';
import { ForumDigestService } from './digest/forum-digest.service';
import { forumDigestEntities } from './entities/forum-digest.entity';
import { forumModerationEntities } from './entities/forum-moderation.entity';
import { forumEntities } from './entities/forum.entity';
import { ForumLiveRelayService } from './live/forum-live-relay.service';
import { ForumGateway } from './live/forum.gateway';
import { CreateForums1764900000000 } from './migrations/1764900000000-create-forums';
import { ForumModeration1765000000000 } from './migrations/1765000000000-forum-moderation';
import { ForumSpaces1765100000000 } from './migrations/1765100000000-forum-spaces';
import { ForumDigest1765130000000 } from './migrations/1765130000000-forum-digest';
import { ForumApproval1765150000000 } from './migrations/1765150000000-forum-approval';
import { ForumThreadLinks1765160000000 } from './migrations/1765160000000-forum-thread-links';
import { ForumPostImages1765180000000 } from './migrations/1765180000000-forum-post-images';
import { ForumApprovalsService } from './moderation/forum-approvals.service';
import { ForumModerationLogService } from './moderation/forum-moderation-log.service';
import { ForumModerationService } from './moderation/forum-moderation.service';
import { ForumReportsService } from './moderation/forum-reports.service';
import { ForumNotifierService } from './posts/forum-notifier.service';
import { ForumPostsService } from './posts/forum-posts.service';
import { ForumWatchesService } from './posts/forum-watches.service';
import { PostViewsService } from './posts/post-views.service';
import { ThreadLinksService } from './posts/thread-links.service';
import { ForumImagesService } from './posts/forum-images.service';
import { ForumReadsService } from './reading/forum-reads.service';
import { ForumSearchService } from './search/forum-search.service';
import { ForumBoardsService } from './threads/forum-boards.service';
import { ForumLiveChangesService } from './shared/forum-live-changes.service';
import { ForumThreadsService } from './threads/forum-threads.service';
import { ForumPersonalDataService } from './privacy/forum-personal-data.service';

/**
 * The registry of private spaces (ForumSpacesService), one instance per app: the api's forum
 * and the worker's digest read the resolvers that other domains (a focus group) register in it.
 */
@Module({ providers: [ForumSpacesService], exports: [ForumSpacesService] })
export class ForumSpacesModule {}

export const forumMigrations = [
  CreateForums1764900000000,
  ForumModeration1765000000000,
  ForumSpaces1765100000000,
  ForumDigest1765130000000,
  ForumApproval1765150000000,
  ForumThreadLinks1765160000000,
  ForumPostImages1765180000000,
];

const entities = [...forumEntities, ...forumModerationEntities, ...forumDigestEntities];

/**
 * Discussion forums (issue 13): the community's categories and one forum per course,
 * threads and questions with a chosen answer, mentions, thanks, watches with in-app
 * notifications, read tracking, Indonesian full-text search, reports and moderation, and
 * live updates of an open thread over the /forum socket, the setting and unsubscribe link
 * of the daily email digest (which ForumDigestWorkerModule sends), and the private forums
 * of other domains' spaces (a focus group's), with anonymous posts where the space allows them.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature(entities),
    IdentityDirectoryModule,
    LearningModule,
    NotificationsModule,
    ForumSpacesModule,
  ],
  controllers: [
    ForumsController,
    ForumThreadsController,
    ForumPostsController,
    ForumReportsController,
    ForumModerationController,
    ForumDigestController,
  ],
  providers: [
    // shared/ -> access/ -> posts/ -> reading/ -> threads/ -> search/ -> moderation/ -> digest/ -> live/ (README)
    ForumLiveChangesService,
    CourseForumsService,
    ForumAccessService,
    ForumRateLimitService,
    ForumSuspensionsService,
    PostViewsService,
    ForumWatchesService,
    ForumNotifierService,
    ThreadLinksService,
    ForumImagesService,
    ForumPostsService,
    ForumReadsService,
    ForumBoardsService,
    ForumThreadsService,
    ForumSearchService,
    ForumModerationLogService,
    ForumReportsService,
    ForumModerationService,
    ForumDigestLinksService,
    ForumDigestSettingsService,
    ForumApprovalsService,
    ForumGateway,
    ForumLiveRelayService,
    ForumDemoSeederService,
    ForumPersonalDataService,
  ],
  // Another domain's private spaces (a focus group) register their resolver and get their forum here.
  exports: [ForumSpacesModule],
})
export class ForumModule {}

/**
 * The worker side: the hourly job that sends each person's daily digest at 07.00 their time.
 * `withSpaces` loads the modules that tell who is in each private space's forum; without
 * them those forums have no readers, so their posts are mailed to nobody.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature(entities),
    IdentityDirectoryModule,
    LearningCompletionModule,
    MailModule,
    ForumSpacesModule,
  ],
  providers: [
    CourseForumsService,
    ForumAccessService,
    ForumDigestLinksService,
    ForumDigestService,
    ForumDigestProcessor,
  ],
})
export class ForumDigestWorkerModule {
  static withSpaces(spaceModules: Type[]): DynamicModule {
    return { module: ForumDigestWorkerModule, imports: spaceModules };
  }
}
