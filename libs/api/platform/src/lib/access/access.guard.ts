import { Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../http/app-error';
import { ACCESS_POLICY, type AccessPolicy } from './access-policy';
import { AccessTokensService } from './access-tokens.service';
import { authenticate } from './authenticate';
import { PrincipalSource, type Principal } from './principal';

/** Global guard: denies by default, then applies the route's declared policy. */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokensService,
    private readonly principals: PrincipalSource,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!policy) {
      this.logger.error(`${context.getClass().name}.${context.getHandler().name} declares no access policy: denied`);
      throw new AppError(403, 'auth.forbidden');
    }
    if (policy.kind === 'public') return true;

    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const principal: Principal = {
      ...(await authenticate(request.headers.authorization, this.tokens, this.principals)),
      client: { ip: request.ip, userAgent: request.headers['user-agent'] ?? null },
    };
    request.principal = principal;

    if (policy.kind === 'roles' && !principal.roles.some((role) => policy.roles.includes(role))) {
      throw new AppError(403, 'auth.forbidden');
    }
    return true;
  }
}
