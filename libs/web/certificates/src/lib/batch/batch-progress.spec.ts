import type { CertificateBatch } from '@bina-pustaka/shared-contracts';
import { type Observable, of } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { announcementStep, batchProgress, pollBatch } from './batch-progress';

const BATCH: CertificateBatch = {
  id: 'b1',
  subject: { kind: 'course', id: 'c1', title: 'Katalogisasi' },
  cohortId: 'k1',
  cohortName: 'Angkatan I',
  role: 'peserta',
  templateId: 't1',
  createdAt: '2026-11-25T07:00:00Z',
  createdBy: 'Bambang Sutrisno',
  total: 40,
  issued: 0,
  failed: 0,
  pending: 40,
  alreadyHeld: 0,
};

const at = (issued: number, failed = 0): CertificateBatch => ({
  ...BATCH,
  issued,
  failed,
  pending: BATCH.total - issued - failed,
});

describe('batch progress', () => {
  it('counts issued, failed and already held as processed', () => {
    expect(batchProgress(at(10, 2))).toEqual({ processed: 12, total: 40, percent: 30, settled: false });
    expect(batchProgress({ ...at(30, 2), alreadyHeld: 8, pending: 0 })).toMatchObject({ percent: 100, settled: true });
    expect(batchProgress({ ...BATCH, total: 0, pending: 0 })).toMatchObject({ percent: 100, settled: true });
  });

  it('announces at each quarter and at the end, not at every answer', () => {
    expect([at(0), at(9), at(10), at(19), at(20), at(39), at(39, 1)].map(announcementStep)).toEqual([
      0, 0, 25, 25, 50, 75, 100,
    ]);
  });
});

describe('pollBatch', () => {
  let scheduler: TestScheduler;

  beforeEach(() => {
    scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
  });

  it('asks again a second after each answer and stops with the answer that shows it settled', () => {
    scheduler.run(({ expectObservable, cold }) => {
      const answers = [at(0), at(20), at(38, 2), at(40)];
      let call = 0;
      // Each answer takes 100 ms to arrive.
      const load = (): Observable<CertificateBatch> => cold('100ms (a|)', { a: answers[call++] });
      expectObservable(pollBatch(load, 1_000)).toBe('100ms a 1099ms b 1099ms (c|)', {
        a: answers[0],
        b: answers[1],
        c: answers[2],
      });
    });
  });

  it('asks once when the batch is already settled', () => {
    let calls = 0;
    const values: CertificateBatch[] = [];
    pollBatch(() => {
      calls += 1;
      return of(at(40));
    }).subscribe((batch) => values.push(batch));
    expect(calls).toBe(1);
    expect(values).toEqual([at(40)]);
  });

  it('stops asking when the page is left (unsubscribed)', () => {
    let calls = 0;
    scheduler.run(({ expectObservable, cold }) => {
      const load = () => {
        calls += 1;
        return cold('(a|)', { a: at(0) });
      };
      expectObservable(pollBatch(load, 1_000), '^ 2500ms !').toBe('a 999ms a 999ms a', { a: at(0) });
    });
    expect(calls).toBe(3);
  });

  it('ends with the error when an answer fails', () => {
    scheduler.run(({ expectObservable, cold }) => {
      let call = 0;
      const load = () =>
        call++ === 0 ? cold('(a|)', { a: at(0) }) : cold<CertificateBatch>('#', undefined, new Error('offline'));
      expectObservable(pollBatch(load, 1_000)).toBe('a 999ms #', { a: at(0) }, new Error('offline'));
    });
  });
});
