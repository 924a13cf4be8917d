import { HttpErrorResponse } from '@angular/common/http';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { Page } from '@bina-pustaka/shared-contracts';
import { Subject, type Observable } from 'rxjs';
import { pagedList } from './paged-list';

const pageOf = (items: string[], page = 1): Page<string> => ({ items, total: items.length, page, pageSize: 20 });

describe('pagedList', () => {
  let answers: Map<number, Subject<Page<string>>>;
  const load = (page: number): Observable<Page<string>> => {
    const answer = new Subject<Page<string>>();
    answers.set(page, answer);
    return answer;
  };

  beforeEach(() => (answers = new Map()));

  it('loads again when the request changes, and shows only the newest answer', () => {
    const pageNumber = signal(1);
    const list = TestBed.runInInjectionContext(() => pagedList(() => pageNumber(), load));
    TestBed.tick();
    expect(list.loading()).toBe(true);
    pageNumber.set(2);
    TestBed.tick();
    answers.get(1)?.next(pageOf(['late']));
    answers.get(2)?.next(pageOf(['b'], 2));
    answers.get(2)?.complete();
    expect(list.page()?.items).toEqual(['b']);
    expect(list.loading()).toBe(false);
  });

  it('keeps the page shown when a reload fails, says why, and loads again on reload()', () => {
    const list = TestBed.runInInjectionContext(() => pagedList(() => 1, load));
    TestBed.tick();
    answers.get(1)?.next(pageOf(['a']));
    answers.get(1)?.complete();
    list.reload();
    TestBed.tick();
    answers.get(1)?.error(new HttpErrorResponse({ status: 0 }));
    expect(list.page()?.items).toEqual(['a']);
    expect(list.failure()?.code).toBe('network');
    list.reload();
    TestBed.tick();
    answers.get(1)?.next(pageOf(['a', 'b']));
    expect(list.failure()).toBeNull();
    expect(list.page()?.total).toBe(2);
  });
});
