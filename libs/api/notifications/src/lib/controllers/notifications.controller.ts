import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal, Responds, type Principal } from '@bina-pustaka/api-platform';
import type { NotificationInbox } from '@bina-pustaka/shared-contracts';
import { markNotificationsReadRequestSchema, notificationInboxSchema } from '@bina-pustaka/shared-contracts/schemas';
import { createZodDto } from 'nestjs-zod';
import { NotificationsService } from '../inbox/notifications.service';

class MarkNotificationsReadDto extends createZodDto(markNotificationsReadRequestSchema) {}

@ApiTags('notifications')
@ApiBearerAuth()
@Authenticated()
@Controller('me/notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @ApiOperation({ summary: 'My newest notifications and how many are unread' })
  @Responds(notificationInboxSchema)
  inbox(@CurrentPrincipal() actor: Principal): Promise<NotificationInbox> {
    return this.notifications.inbox(actor.userId);
  }

  @Post('read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark some (or all) of my notifications read' })
  @Responds(notificationInboxSchema)
  markRead(@CurrentPrincipal() actor: Principal, @Body() body: MarkNotificationsReadDto): Promise<NotificationInbox> {
    return this.notifications.markRead(actor.userId, body.ids);
  }
}
