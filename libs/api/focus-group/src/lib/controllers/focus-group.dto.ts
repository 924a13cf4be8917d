import {
  actionItemListQuerySchema,
  addFocusGroupPeopleRequestSchema,
  changeFocusGroupRoleRequestSchema,
  createActionItemRequestSchema,
  createFocusGroupFindingRequestSchema,
  createFocusGroupRequestSchema,
  createFocusGroupSessionRequestSchema,
  focusGroupListQuerySchema,
  focusGroupNotesRequestSchema,
  focusGroupPeopleQuerySchema,
  updateActionItemRequestSchema,
  updateFocusGroupFindingRequestSchema,
  updateFocusGroupRequestSchema,
  updateFocusGroupSessionRequestSchema,
} from '@bina-pustaka/shared-contracts/schemas';
import { createZodDto } from 'nestjs-zod';

export class CreateFocusGroupDto extends createZodDto(createFocusGroupRequestSchema) {}
export class UpdateFocusGroupDto extends createZodDto(updateFocusGroupRequestSchema) {}
export class FocusGroupListQueryDto extends createZodDto(focusGroupListQuerySchema) {}
export class FocusGroupPeopleQueryDto extends createZodDto(focusGroupPeopleQuerySchema) {}
export class AddFocusGroupPeopleDto extends createZodDto(addFocusGroupPeopleRequestSchema) {}
export class ChangeFocusGroupRoleDto extends createZodDto(changeFocusGroupRoleRequestSchema) {}
export class CreateFocusGroupSessionDto extends createZodDto(createFocusGroupSessionRequestSchema) {}
export class UpdateFocusGroupSessionDto extends createZodDto(updateFocusGroupSessionRequestSchema) {}
export class FocusGroupNotesDto extends createZodDto(focusGroupNotesRequestSchema) {}
export class CreateFocusGroupFindingDto extends createZodDto(createFocusGroupFindingRequestSchema) {}
export class UpdateFocusGroupFindingDto extends createZodDto(updateFocusGroupFindingRequestSchema) {}
export class CreateActionItemDto extends createZodDto(createActionItemRequestSchema) {}
export class UpdateActionItemDto extends createZodDto(updateActionItemRequestSchema) {}
export class ActionItemListQueryDto extends createZodDto(actionItemListQuerySchema) {}
