import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, ParseIdPipe, RequireRoles, Responds } from '@bina-pustaka/api-platform';
import type { Institution } from '@bina-pustaka/shared-contracts';
import { institutionSchema } from '@bina-pustaka/shared-contracts/schemas';
import { InstitutionsService } from '../services/institutions.service';
import { CreateInstitutionDto, UpdateInstitutionDto } from './identity.dto';

@ApiTags('institutions')
@ApiBearerAuth()
@Controller('institutions')
export class InstitutionsController {
  constructor(private readonly institutions: InstitutionsService) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'Libraries and partner institutions' })
  @Responds([institutionSchema])
  list(): Promise<Institution[]> {
    return this.institutions.list();
  }

  @Post()
  @RequireRoles('admin')
  @ApiOperation({ summary: 'Add an institution' })
  @Responds(institutionSchema, 201)
  create(@Body() body: CreateInstitutionDto): Promise<Institution> {
    return this.institutions.create(body);
  }

  @Patch(':id')
  @RequireRoles('admin')
  @ApiOperation({ summary: 'Rename an institution or change its city' })
  @Responds(institutionSchema)
  update(@Param('id', ParseIdPipe) id: string, @Body() body: UpdateInstitutionDto): Promise<Institution> {
    return this.institutions.update(id, body);
  }
}
