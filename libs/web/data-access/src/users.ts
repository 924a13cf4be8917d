// Secondary entry point '@bina-pustaka/web-data-access/users': the admins' user and invitation
// api, used only by lazy pages (user admin, enrolment), so it stays out of the first download.
export { UserAdminApi, type InvitationListQuery, type UserListQuery } from './lib/user-admin-api.service';
