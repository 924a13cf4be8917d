import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, Public, Responds, type AppConfig } from '@bina-pustaka/api-platform';
import type { PublicSettings } from '@bina-pustaka/shared-contracts';
import { publicSettingsSchema } from '@bina-pustaka/shared-contracts/schemas';

@ApiTags('settings')
@Controller('settings')
export class SettingsController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get('public')
  @Public()
  @ApiOperation({ summary: 'Settings the sign-in page needs (is self-registration open?)' })
  @Responds(publicSettingsSchema)
  publicSettings(): PublicSettings {
    return { selfRegistration: this.config.auth.selfRegistration, defaultLocale: 'id' };
  }
}
