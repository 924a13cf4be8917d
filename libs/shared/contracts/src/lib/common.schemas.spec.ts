import { pageQuerySchema } from './common.schemas';

describe('pageQuerySchema', () => {
  it('fills the defaults and takes numbers from the query string', () => {
    expect(pageQuerySchema.parse({})).toEqual({ page: 1, pageSize: 20 });
    expect(pageQuerySchema.parse({ page: '3', pageSize: '50' })).toEqual({ page: 3, pageSize: 50 });
  });

  it('refuses pages past any real list instead of passing an offset the database cannot take', () => {
    expect(pageQuerySchema.safeParse({ page: '1e300' }).success).toBe(false);
    expect(pageQuerySchema.safeParse({ page: '100001' }).success).toBe(false);
    expect(pageQuerySchema.safeParse({ page: '0' }).success).toBe(false);
  });
});
