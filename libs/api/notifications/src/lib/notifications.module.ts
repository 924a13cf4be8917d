import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationEntity } from './entities/notification.entity';
import { CreateNotifications1764300000000 } from './migrations/1764300000000-create-notifications';
import { NotificationsController } from './controllers/notifications.controller';
import { NotificationsService } from './inbox/notifications.service';
import { NotificationsPersonalDataService } from './privacy/notifications-personal-data.service';
import { NotificationsRetentionService } from './privacy/notifications-retention.service';

export const notificationsMigrations = [CreateNotifications1764300000000];

/**
 * In-app notifications. The worker imports it too (to notify); its controller is only
 * served by the api.
 */
@Module({
  imports: [TypeOrmModule.forFeature([NotificationEntity])],
  controllers: [NotificationsController],
  providers: [NotificationsService, NotificationsPersonalDataService],
  exports: [NotificationsService],
})
export class NotificationsModule {}

/** The worker's part: the rule that purges notifications older than NOTIFICATIONS_RETENTION_DAYS (RetentionWorkerModule). */
@Module({ providers: [NotificationsRetentionService] })
export class NotificationsRetentionModule {}
