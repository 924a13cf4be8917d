import {
  closeForumReportsRequestSchema,
  createForumReportRequestSchema,
  createForumSuspensionRequestSchema,
  forumModerationLogQuerySchema,
  forumModerationReasonRequestSchema,
  forumDigestSettingRequestSchema,
  forumDigestUnsubscribeQuerySchema,
  forumSettingsRequestSchema,
  moderateForumThreadRequestSchema,
  createForumPostRequestSchema,
  createForumThreadRequestSchema,
  deleteForumPostRequestSchema,
  forumPeopleQuerySchema,
  forumReadRequestSchema,
  forumSearchQuerySchema,
  forumThreadListQuerySchema,
  forumThreadPageQuerySchema,
  markForumAnswerRequestSchema,
  updateForumPostRequestSchema,
  updateForumThreadRequestSchema,
} from '@bina-pustaka/shared-contracts/schemas';
import { createZodDto } from 'nestjs-zod';

export class CreateForumThreadDto extends createZodDto(createForumThreadRequestSchema) {}
export class UpdateForumThreadDto extends createZodDto(updateForumThreadRequestSchema) {}
export class CreateForumPostDto extends createZodDto(createForumPostRequestSchema) {}
export class UpdateForumPostDto extends createZodDto(updateForumPostRequestSchema) {}
export class DeleteForumPostDto extends createZodDto(deleteForumPostRequestSchema) {}
export class MarkForumAnswerDto extends createZodDto(markForumAnswerRequestSchema) {}
export class ForumReadDto extends createZodDto(forumReadRequestSchema) {}
export class ForumThreadPageQueryDto extends createZodDto(forumThreadPageQuerySchema) {}
export class ForumThreadListQueryDto extends createZodDto(forumThreadListQuerySchema) {}
export class ForumSearchQueryDto extends createZodDto(forumSearchQuerySchema) {}
export class ForumPeopleQueryDto extends createZodDto(forumPeopleQuerySchema) {}

export class CreateForumReportDto extends createZodDto(createForumReportRequestSchema) {}
export class ForumModerationReasonDto extends createZodDto(forumModerationReasonRequestSchema) {}
export class CloseForumReportsDto extends createZodDto(closeForumReportsRequestSchema) {}
export class ModerateForumThreadDto extends createZodDto(moderateForumThreadRequestSchema) {}
export class CreateForumSuspensionDto extends createZodDto(createForumSuspensionRequestSchema) {}
export class ForumModerationLogQueryDto extends createZodDto(forumModerationLogQuerySchema) {}

export class ForumDigestSettingDto extends createZodDto(forumDigestSettingRequestSchema) {}
export class ForumDigestUnsubscribeQueryDto extends createZodDto(forumDigestUnsubscribeQuerySchema) {}
export class ForumSettingsDto extends createZodDto(forumSettingsRequestSchema) {}
