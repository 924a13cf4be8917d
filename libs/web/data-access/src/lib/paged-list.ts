import { computed, signal, type Signal, type WritableSignal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import type { Page } from '@bina-pustaka/shared-contracts';
import { EMPTY, catchError, finalize, switchMap, tap, type Observable } from 'rxjs';
import { toApiFailure, type ApiFailure } from './api-error';

/** A list the server pages, as a screen shows it (with `bp-pagination` under it). */
export interface PagedList<Item, Answer extends Page<Item> = Page<Item>> {
  /** The page shown (with what the answer adds to a page); null until the first one arrives. Writable, to show one row's change at once. */
  page: WritableSignal<Answer | null>;
  loading: Signal<boolean>;
  /** Why the newest load failed (the page shown before stays); a screen may show a row action's failure there too. */
  failure: WritableSignal<ApiFailure | null>;
  /** Loads the same request again (after a change, or the "try again" button). */
  reload(): void;
}

/**
 * The one way a screen loads a paged list: again whenever `request()` changes (a filter, the
 * page number, a parent's refresh counter) or `reload()` is called, and only the newest
 * request's answer is shown (an older one arriving late is dropped). Call it in an
 * injection context, e.g. a component's field initializer; it stops with the component.
 */
export function pagedList<Request, Item, Answer extends Page<Item> = Page<Item>>(
  request: () => Request,
  load: (request: Request) => Observable<Answer>,
): PagedList<Item, Answer> {
  const reloads = signal(0);
  const page = signal<Answer | null>(null);
  const loading = signal(true);
  const failure = signal<ApiFailure | null>(null);
  toObservable(computed(() => ({ request: request(), reload: reloads() })))
    .pipe(
      tap(() => loading.set(true)),
      switchMap(({ request }) =>
        load(request).pipe(
          catchError((error: unknown) => {
            failure.set(toApiFailure(error));
            return EMPTY;
          }),
          finalize(() => loading.set(false)),
        ),
      ),
      takeUntilDestroyed(),
    )
    .subscribe((answer) => {
      failure.set(null);
      page.set(answer);
    });
  return {
    page,
    loading: loading.asReadonly(),
    failure,
    reload: () => reloads.update((count) => count + 1),
  };
}
