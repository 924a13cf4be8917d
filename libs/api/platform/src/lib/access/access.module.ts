import { Global, Module } from '@nestjs/common';
import { AccessTokensService } from './access-tokens.service';

@Global()
@Module({ providers: [AccessTokensService], exports: [AccessTokensService] })
export class AccessModule {}
