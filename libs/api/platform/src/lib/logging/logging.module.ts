import { Module, RequestMethod } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

/** Structured JSON logs (pino): one line per request, no headers, so no secrets. */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        forRoutes: [{ method: RequestMethod.ALL, path: '{*path}' }],
        exclude: [{ method: RequestMethod.GET, path: 'health' }],
        pinoHttp: {
          level: config.logLevel,
          serializers: {
            req: (req: IncomingMessage & { id?: string }) => ({ id: req.id, method: req.method, url: req.url }),
            res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
          },
          transport:
            config.env === 'development' ? { target: 'pino-pretty', options: { singleLine: true } } : undefined,
        },
      }),
    }),
  ],
})
export class LoggingModule {}
