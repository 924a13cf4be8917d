import { Global, Module } from '@nestjs/common';
import { AccessTokens } from './access-tokens.service';

@Global()
@Module({ providers: [AccessTokens], exports: [AccessTokens] })
export class AccessModule {}
