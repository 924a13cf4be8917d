import { HttpErrorResponse } from '@angular/common/http';
import { type Observable, catchError, from, switchMap, throwError } from 'rxjs';

/**
 * A call made with `responseType: 'blob'` gets its error body as a Blob too. This reads a
 * JSON error body back into an object, so `toApiFailure` finds the server's message and
 * per-field issues as for any other call.
 */
export function jsonErrorBody<T>(source: Observable<T>): Observable<T> {
  return source.pipe(
    catchError((error: unknown) => {
      if (!(error instanceof HttpErrorResponse) || !(error.error instanceof Blob)) return throwError(() => error);
      return from(readText(error.error)).pipe(
        switchMap((text) => {
          let body: unknown = text;
          try {
            body = JSON.parse(text);
          } catch {
            /* not JSON: keep the text */
          }
          return throwError(
            () =>
              new HttpErrorResponse({
                error: body,
                headers: error.headers,
                status: error.status,
                statusText: error.statusText,
                url: error.url ?? undefined,
              }),
          );
        }),
      );
    }),
  );
}

/** FileReader rather than Blob.text(): the same in every browser and in the test DOM. */
function readText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}
