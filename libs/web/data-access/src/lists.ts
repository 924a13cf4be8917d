// Secondary entry point '@bina-pustaka/web-data-access/lists': paged lists are shown only by
// lazy pages; from the main barrel they would ship in the first download.
export { pagedList, type PagedList } from './lib/paged-list';
