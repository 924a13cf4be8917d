import { RequestMethod, type INestApplication } from '@nestjs/common';
import { HTTP_CODE_METADATA, METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { ACCESS_POLICY, API_PREFIX, NO_BODY, type AccessPolicy } from '@bina-pustaka/api-platform';

export interface RegisteredRoute {
  /** e.g. "GET /api/users/:id" */
  key: string;
  method: string;
  path: string;
  controller: string;
  handler: string;
  policy: AccessPolicy | undefined;
  /** What it answers when all goes well: its @HttpCode, else Nest's 201 for POST and 200 for the rest. */
  status: number;
  /** Declared with @NoBody(): the route reads no request body. */
  noBody: boolean;
}

const joinPath = (...parts: string[]) =>
  '/' +
  parts
    .flatMap((part) => part.split('/'))
    .filter(Boolean)
    .join('/');

/** Every controller route of a running Nest app, with the access policy it declares. */
export function listRoutes(app: INestApplication): RegisteredRoute[] {
  const scanner = new MetadataScanner();
  const reflector = new Reflector();
  const routes: RegisteredRoute[] = [];
  const controllers = [...app.get(ModulesContainer).values()].flatMap((module) => [...module.controllers.values()]);
  for (const wrapper of controllers) {
    const { instance, metatype } = wrapper;
    if (!instance || !metatype) continue;
    const prototype = Object.getPrototypeOf(instance);
    const base: string | string[] = Reflect.getMetadata(PATH_METADATA, metatype) ?? '';
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[name];
      const requestMethod: RequestMethod | undefined = Reflect.getMetadata(METHOD_METADATA, handler);
      if (requestMethod === undefined) continue;
      const sub: string | string[] = Reflect.getMetadata(PATH_METADATA, handler) ?? '';
      for (const basePath of [base].flat()) {
        for (const subPath of [sub].flat()) {
          const method = RequestMethod[requestMethod];
          const path = joinPath(API_PREFIX, basePath, subPath);
          routes.push({
            key: `${method} ${path}`,
            method,
            path,
            controller: metatype.name,
            handler: name,
            policy: reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [handler, metatype]),
            status:
              Reflect.getMetadata(HTTP_CODE_METADATA, handler) ?? (requestMethod === RequestMethod.POST ? 201 : 200),
            noBody: Reflect.getMetadata(NO_BODY, handler) === true,
          });
        }
      }
    }
  }
  return routes.sort((a, b) => a.key.localeCompare(b.key));
}
