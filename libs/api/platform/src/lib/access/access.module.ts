import { Global, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { AccessTokens } from './access-tokens.service';

@Global()
@Module({
  imports: [JwtModule.register({})],
  providers: [AccessTokens],
  exports: [AccessTokens],
})
export class AccessModule {}
