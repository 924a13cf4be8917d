import { HttpParams } from '@angular/common/http';

/** Leaves out empty filters: the api rejects an empty `status=`. */
export function toParams(query: object): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params = params.set(key, String(value));
  }
  return params;
}

/** A path segment from an id: never lets an id change the path. */
export const seg = (id: string): string => encodeURIComponent(id);
