import { HttpException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Readable } from 'node:stream';
import type { z } from 'zod';
import { AppError } from './app-error';

/** An upload's file, still streaming, and the form field that says what it is for. */
export interface MultipartUpload<Field> {
  field: Field;
  filename: string;
  /** `truncated` is set when the file passed the server's multipart size limit. */
  file: Readable & { truncated: boolean };
}

/** The message codes a route answers with (its own words: "no file", "the purpose first"). */
export interface MultipartUploadMessages {
  /** 400 when the request carries no file. */
  noFile: string;
  /** 400 when the field is missing, comes after the file or is not one of its values. */
  fieldFirst: string;
}

/**
 * Every upload route reads its request here: one file, with one form field sent before it
 * (browsers send a form's fields in order), because the field decides how the file's bytes
 * are checked and where they go, before any of them is stored. 415 when the request is not
 * multipart. A refused upload's file stream is drained, so the connection stays usable.
 */
export async function multipartUpload<Schema extends z.ZodType>(
  request: FastifyRequest,
  fieldName: string,
  schema: Schema,
  messages: MultipartUploadMessages,
): Promise<MultipartUpload<z.output<Schema>>> {
  const part = await filePart(request, messages.noFile);
  const sent = part.fields[fieldName];
  const field = schema.safeParse(sent && 'value' in sent ? sent.value : undefined);
  if (!field.success) {
    part.file.resume();
    throw new AppError(400, messages.fieldFirst);
  }
  return { field: field.data, filename: part.filename, file: part.file };
}

/**
 * An upload whose route says what the file is for (e.g. `PUT /institutions/:id/logo`):
 * the one file, no field before it; 400 `noFile` without one, 415 when not multipart.
 */
export async function multipartFile(
  request: FastifyRequest,
  noFile: string,
): Promise<Omit<MultipartUpload<never>, 'field'>> {
  const part = await filePart(request, noFile);
  return { filename: part.filename, file: part.file };
}

async function filePart(request: FastifyRequest, noFile: string) {
  if (!request.isMultipart()) throw new AppError(415, 'http.multipartExpected');
  const part = await request.file().catch((error: unknown) => {
    // A body that says multipart but is not (no boundary, cut short, a bad part header):
    // the parser's own errors carry no status the error filter knows, so they were a 500.
    throw error instanceof HttpException ? error : new AppError(400, 'http.malformedMultipart');
  });
  if (!part) throw new AppError(400, noFile);
  return part;
}
