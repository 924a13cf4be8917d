import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequireRoles, Responds } from '@bina-pustaka/api-platform';
import type { TrainerRef } from '@bina-pustaka/shared-contracts';
import { trainerRefSchema } from '@bina-pustaka/shared-contracts/schemas';
import { UserDirectoryService } from '../services/user-directory.service';
import { TrainerSearchQueryDto } from './identity.dto';

@ApiTags('users')
@ApiBearerAuth()
@Controller('trainers')
export class TrainersController {
  constructor(private readonly directory: UserDirectoryService) {}

  @Get()
  @RequireRoles('trainer', 'coordinator', 'admin')
  @ApiOperation({ summary: 'Find trainers by name or email, to pick co-trainers (name and email only)' })
  @Responds([trainerRefSchema])
  search(@Query() query: TrainerSearchQueryDto): Promise<TrainerRef[]> {
    return this.directory.trainers(query.q);
  }
}
