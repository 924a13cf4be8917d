import {
  acceptInvitationRequestSchema,
  accountDeletionRequestSchema,
  changePasswordRequestSchema,
  createInstitutionRequestSchema,
  forgotPasswordRequestSchema,
  invitationListQuerySchema,
  invitationTokenRequestSchema,
  inviteUserRequestSchema,
  loginRequestSchema,
  registerRequestSchema,
  resetPasswordRequestSchema,
  trainerSearchQuerySchema,
  updateInstitutionRequestSchema,
  updateProfileRequestSchema,
  updateUserRolesRequestSchema,
  userListQuerySchema,
} from '@bina-pustaka/shared-contracts/schemas';
import { createZodDto } from 'nestjs-zod';

export class LoginDto extends createZodDto(loginRequestSchema) {}
export class ForgotPasswordDto extends createZodDto(forgotPasswordRequestSchema) {}
export class ResetPasswordDto extends createZodDto(resetPasswordRequestSchema) {}
export class InvitationTokenDto extends createZodDto(invitationTokenRequestSchema) {}
export class AcceptInvitationDto extends createZodDto(acceptInvitationRequestSchema) {}
export class RegisterDto extends createZodDto(registerRequestSchema) {}
export class UpdateProfileDto extends createZodDto(updateProfileRequestSchema) {}
export class ChangePasswordDto extends createZodDto(changePasswordRequestSchema) {}
export class AccountDeletionDto extends createZodDto(accountDeletionRequestSchema) {}
export class UserListQueryDto extends createZodDto(userListQuerySchema) {}
export class UpdateUserRolesDto extends createZodDto(updateUserRolesRequestSchema) {}
export class InviteUserDto extends createZodDto(inviteUserRequestSchema) {}
export class InvitationListQueryDto extends createZodDto(invitationListQuerySchema) {}
export class CreateInstitutionDto extends createZodDto(createInstitutionRequestSchema) {}
export class UpdateInstitutionDto extends createZodDto(updateInstitutionRequestSchema) {}
export class TrainerSearchQueryDto extends createZodDto(trainerSearchQuerySchema) {}
