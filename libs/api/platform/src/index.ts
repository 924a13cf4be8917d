import './lib/i18n/platform.messages';

export * from './lib/api-platform.module';
export * from './lib/access/access-policy';
export { AccessTokensService } from './lib/access/access-tokens.service';
export { authenticate } from './lib/access/authenticate';
export * from './lib/access/principal';
export { APP_CONFIG, loadConfig, loadDotEnv, type AppConfig, type Env } from './lib/config/app-config';
export * from './lib/config/preflight';
export * from './lib/database/contains-pattern';
export { runMigrationsExclusively } from './lib/database/migrate';
export * from './lib/database/unique-violation';
export {
  AlsoResponds,
  CsvBody,
  MultipartBody,
  NO_BODY,
  NoBody,
  Responds,
  RespondsEmpty,
  RespondsRedirect,
  RespondsWithFile,
} from './lib/http/api-contract';
export { createApiDocument } from './lib/http/api-document';
export { AppError, RequestValidationError } from './lib/http/app-error';
export * from './lib/http/content-disposition';
export { describeError } from './lib/http/describe-error';
export { DomainEvents } from './lib/events/domain-events';
export { API_PREFIX, createHttpApp } from './lib/http/http-app';
export * from './lib/http/multipart-upload';
export { PageMetaRegistryService, type PageMeta, type PageMetaSource } from './lib/http/page-meta';
export * from './lib/http/parse-id.pipe';
export * from './lib/http/request-locale.decorator';
export { localeFromAcceptLanguage, registerMessages, translate } from './lib/i18n/messages';
export { createLogger, PinoNestLogger } from './lib/logging/logger';
export { renderMail } from './lib/mail/mail-layout';
export * from './lib/mail/mail.module';
export * from './lib/mail/mail-queue.service';
export type { MailAttachment, SendMailJob } from './lib/mail/send-mail.job';
export * from './lib/privacy/personal-data-registry.service';
export { RetentionWorkerModule } from './lib/privacy/privacy.module';
export { RetentionRegistryService, type RetentionRule } from './lib/privacy/retention-registry.service';
export { RETENTION_JOB, type RetentionJob } from './lib/privacy/retention.job';
export * from './lib/queues/queue-names';
export * from './lib/reporting/learning-record-registry.service';
export * from './lib/queues/queue-worker-host';
export { REDIS } from './lib/redis/redis.module';
export {
  LiveNamespaceGateway,
  type AccountStatuses,
  type LiveNamespaceSettings,
  type LiveSocket,
} from './lib/sockets/live-namespace.gateway';
export { LiveNamespaceRelay, type AccountChanges } from './lib/sockets/live-namespace.relay';
export * from './lib/reporting/dashboard-registry.service';
export { SocketServerService } from './lib/sockets/socket-server.service';
export { TokenBucket } from './lib/sockets/token-bucket';
export { FileTooLargeError, Storage } from './lib/storage/storage';
export { imageTypeOf, type WebImageType } from './lib/storage/image-type';
export { readAtMost } from './lib/storage/read-at-most';
export { SignedLinkQueryDto, UrlSignerService } from './lib/storage/url-signer.service';
export * from './lib/http/csv';
export * from './lib/http/xlsx';
export * from './lib/text/markdown';
