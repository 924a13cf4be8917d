import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { HttpException } from '@nestjs/common';
import { localeFromAcceptLanguage } from '../i18n/messages';
import { describeError } from './describe-error';

/**
 * Node's HTTP parser refuses some requests before any route or header is read: headers
 * (or the address with its query string) over the size limit, a request too slow to
 * arrive, malformed HTTP. Fastify's default answers those with a body of its own; this
 * one answers with the api's error body like every other refusal (in the default
 * language: the Accept-Language header is among what could not be read).
 */
export function answerClientError(bodyLimitBytes: number) {
  return (error: Error & { code?: string }, socket: Socket): void => {
    // A reset connection has nobody left to answer.
    if (error.code === 'ECONNRESET' || socket.destroyed) return;
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
    const { body } = describeError(
      new HttpException(STATUS_CODES[status] ?? 'Error', status),
      localeFromAcceptLanguage(undefined),
      bodyLimitBytes,
    );
    const json = JSON.stringify(body);
    if (socket.writable) {
      socket.write(
        `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
          `Content-Length: ${Buffer.byteLength(json)}\r\nConnection: close\r\n\r\n${json}`,
      );
    }
    socket.destroy(error);
  };
}
