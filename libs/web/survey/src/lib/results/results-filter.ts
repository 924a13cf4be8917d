import type { Params } from '@angular/router';
import type { SurveyResultsFilter } from '@bina-pustaka/shared-contracts';

/** The filters the results page offers; their names are the api's, in the address as in the query. */
export const FILTER_FIELDS = ['courseId', 'webinarSessionId', 'institutionId', 'from', 'to'] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];
export type ResultsFilter = Pick<SurveyResultsFilter, FilterField>;

/** `?bandingkan=1` shows a second group; its filters carry this prefix (`b_courseId`). */
export const COMPARE_PARAM = 'bandingkan';
const COMPARED_PREFIX = 'b_';

/** The groups the address asks for: the first always, the second when comparing. */
export interface AppliedFilters {
  a: ResultsFilter;
  b: ResultsFilter | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Reading the address: a value of the wrong shape (a hand-edited link) is left out rather than refused. */
export function filtersFromQuery(query: { get(name: string): string | null }): AppliedFilters {
  const read = (prefix: string): ResultsFilter => {
    const filter: ResultsFilter = {};
    for (const field of FILTER_FIELDS) {
      const value = query.get(prefix + field)?.trim() ?? '';
      if ((field === 'from' || field === 'to' ? DAY : UUID).test(value)) filter[field] = value;
    }
    return filter;
  };
  return { a: read(''), b: query.get(COMPARE_PARAM) === '1' ? read(COMPARED_PREFIX) : null };
}

/** Writing the address: every filter param is set, null removing the empty ones. */
export function queryFromFilters({ a, b }: AppliedFilters): Params {
  const params: Params = { [COMPARE_PARAM]: b ? '1' : null };
  for (const field of FILTER_FIELDS) {
    params[field] = a[field] || null;
    params[COMPARED_PREFIX + field] = (b && b[field]) || null;
  }
  return params;
}

/** One field of a group's filters changed in the form (an empty value clears it). */
export interface FilterChange {
  field: FilterField;
  value: string;
}

export function withChange(filter: ResultsFilter, { field, value }: FilterChange): ResultsFilter {
  const next: ResultsFilter = { ...filter };
  if (value) next[field] = value;
  else delete next[field];
  return next;
}

/** A period that ends before it starts cannot be asked for. */
export function rangeIsBackwards(filter: ResultsFilter): boolean {
  return !!filter.from && !!filter.to && filter.from > filter.to;
}
