import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  Authenticated,
  CurrentPrincipal,
  ParseIdPipe,
  RequireRoles,
  Responds,
  RespondsEmpty,
  type Principal,
} from '@bina-pustaka/api-platform';
import type { Material, Page } from '@bina-pustaka/shared-contracts';
import { materialPageSchema, materialSchema } from '@bina-pustaka/shared-contracts/schemas';
import { MaterialsService } from '../services/materials.service';
import { CreateMaterialDto, MaterialListQueryDto, UpdateMaterialDto } from './learning.dto';

@ApiTags('materials')
@ApiBearerAuth()
@Controller('materials')
export class MaterialsController {
  constructor(private readonly materials: MaterialsService) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'Training materials and references I may read' })
  @Responds(materialPageSchema)
  list(@CurrentPrincipal() actor: Principal, @Query() query: MaterialListQueryDto): Promise<Page<Material>> {
    return this.materials.list(actor, query);
  }

  @Post()
  @RequireRoles('trainer', 'coordinator', 'admin')
  @ApiOperation({ summary: 'Add a material (a document, link or video)' })
  @Responds(materialSchema, 201)
  create(@CurrentPrincipal() actor: Principal, @Body() body: CreateMaterialDto): Promise<Material> {
    return this.materials.create(actor, body);
  }

  @Patch(':id')
  @RequireRoles('trainer', 'coordinator', 'admin')
  @ApiOperation({ summary: 'Change a material (its creator, a coordinator or an admin)' })
  @Responds(materialSchema)
  update(
    @CurrentPrincipal() actor: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Body() body: UpdateMaterialDto,
  ): Promise<Material> {
    return this.materials.update(actor, id, body);
  }

  @Delete(':id')
  @RequireRoles('trainer', 'coordinator', 'admin')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a material' })
  @RespondsEmpty()
  async remove(@CurrentPrincipal() actor: Principal, @Param('id', ParseIdPipe) id: string): Promise<void> {
    await this.materials.remove(actor, id);
  }
}
