// Secondary entry point '@bina-pustaka/web-data-access/users': the admins' user and invitation
// api, the staff's institutions (partner organisations) api and a person's own personal-data
// calls, used only by lazy pages (user admin, partners, enrolment, profile), so they stay out
// of the first download.
export { UserAdminApi, type InvitationListQuery, type UserListQuery } from './lib/user-admin-api.service';
export { PersonalDataApi } from './lib/personal-data-api.service';
export { INSTITUTION_LOGO_LIMIT, InstitutionsApi, type InstitutionBody } from './lib/institutions-api.service';
