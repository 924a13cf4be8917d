import { HttpErrorResponse } from '@angular/common/http';
import { toApiFailure } from './api-error';

describe('toApiFailure', () => {
  it('reads the api’s translated error', () => {
    const error = new HttpErrorResponse({
      status: 409,
      error: { statusCode: 409, code: 'learn.enrolmentEnded', message: 'Masa belajar telah berakhir.' },
    });
    expect(toApiFailure(error)).toEqual({
      status: 409,
      code: 'learn.enrolmentEnded',
      message: 'Masa belajar telah berakhir.',
      issues: {},
    });
  });

  it('treats a gateway answer without the api’s body as the api not reached (the service worker offline)', () => {
    for (const status of [0, 502, 503, 504]) {
      expect(toApiFailure(new HttpErrorResponse({ status, error: null }))).toEqual({
        status: 0,
        code: 'network',
        message: null,
        issues: {},
      });
    }
  });

  it('keeps the api’s own 503 (a part is down), which has a body', () => {
    const error = new HttpErrorResponse({
      status: 503,
      error: { statusCode: 503, code: 'health.down', message: 'Layanan sedang tidak tersedia.' },
    });
    expect(toApiFailure(error).status).toBe(503);
  });

  it('calls any other bodiless failure unexpected', () => {
    expect(toApiFailure(new HttpErrorResponse({ status: 500, error: null })).code).toBe('unexpected');
  });
});
