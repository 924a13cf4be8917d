/**
 * Every client route path, in one place. Paths are Indonesian because they appear in
 * the address bar and in emailed links (the api builds `/undangan#token=…` and
 * `/atur-ulang-sandi#token=…`).
 */
export const APP_PATHS = {
  home: '',
  signIn: 'masuk',
  forgotPassword: 'lupa-sandi',
  resetPassword: 'atur-ulang-sandi',
  acceptInvitation: 'undangan',
  register: 'daftar',
  profile: 'profil',
  adminUsers: 'admin/pengguna',
  catalog: 'pelatihan',
  catalogCourse: 'pelatihan/:courseId',
  player: 'belajar/:courseId',
  playerLesson: 'belajar/:courseId/materi/:lessonId',
  myLearning: 'pembelajaran-saya',
  /** The staff area's home: every page a trainer, coordinator or admin manages, by group. */
  manage: 'kelola',
  manageCourses: 'kelola/pelatihan',
  manageCourse: 'kelola/pelatihan/:courseId',
  manageCohort: 'kelola/angkatan/:cohortId',
  materials: 'materi',
  myCertificates: 'sertifikat-saya',
  notifications: 'notifikasi',
  manageCertificates: 'kelola/sertifikat',
  newCertificateTemplate: 'kelola/sertifikat/templat/baru',
  certificateTemplate: 'kelola/sertifikat/templat/:templateId',
  issueCertificates: 'kelola/sertifikat/terbitkan',
  certificateBatch: 'kelola/sertifikat/batch/:batchId',
  /** Admins: who did what that matters for security (roles, accounts, certificates, exports). */
  auditLog: 'kelola/log-audit',
  quiz: 'kuis/:quizId',
  quizAttempt: 'kuis/percobaan/:attemptId',
  questionBank: 'kelola/pelatihan/:courseId/bank-soal',
  manageQuizzes: 'kelola/pelatihan/:courseId/kuis',
  quizSettings: 'kelola/kuis/:quizId/pengaturan',
  quizResults: 'kelola/kuis/:quizId/hasil',
  quizEssays: 'kelola/kuis/:quizId/esai',
  webinars: 'webinar',
  newWebinar: 'webinar/baru',
  webinar: 'webinar/:webinarId',
  editWebinar: 'webinar/:webinarId/ubah',
  webinarRoom: 'webinar/:webinarId/ruang',
  webinarAttendance: 'webinar/:webinarId/kehadiran',
  /** Public: what the QR code on a certificate opens (the api builds `/verifikasi/<code>`). */
  verifyCertificate: 'verifikasi',
  verifyCertificateCode: 'verifikasi/:code',
} as const;

export type AppPath = (typeof APP_PATHS)[keyof typeof APP_PATHS];

/**
 * Which feature owns each page, so the first screen needs only these lists: a feature's
 * routes (guards, titles, translation scopes) load with the feature, not with the shell.
 * A path missing here cannot be reached (the routes spec checks every feature's routes).
 */
export const FEATURE_PATHS = {
  learning: [
    APP_PATHS.catalog,
    APP_PATHS.catalogCourse,
    APP_PATHS.player,
    APP_PATHS.playerLesson,
    APP_PATHS.myLearning,
    APP_PATHS.manageCourses,
    APP_PATHS.manageCourse,
    APP_PATHS.manageCohort,
    APP_PATHS.materials,
  ],
  assessment: [
    APP_PATHS.quizAttempt,
    APP_PATHS.quiz,
    APP_PATHS.questionBank,
    APP_PATHS.manageQuizzes,
    APP_PATHS.quizSettings,
    APP_PATHS.quizResults,
    APP_PATHS.quizEssays,
  ],
  webinar: [
    APP_PATHS.webinars,
    APP_PATHS.newWebinar,
    APP_PATHS.webinar,
    APP_PATHS.editWebinar,
    APP_PATHS.webinarRoom,
    APP_PATHS.webinarAttendance,
  ],
  audit: [APP_PATHS.auditLog],
} as const satisfies Record<string, readonly AppPath[]>;

/** Whether a URL's path segments are exactly `path` (each `:name` part matches one segment). */
export function pathMatches(path: string, segments: readonly string[]): boolean {
  const parts = path === '' ? [] : path.split('/');
  return parts.length === segments.length && parts.every((part, i) => part.startsWith(':') || part === segments[i]);
}

/** The `:name` parameters a path needs, e.g. "courseId" | "lessonId". */
type ParamsOf<Path extends string> = Path extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamsOf<Rest>
  : Path extends `${string}:${infer Name}`
    ? Name
    : never;

type LinkArgs<Path extends AppPath> = [ParamsOf<Path>] extends [never] ? [] : [params: Record<ParamsOf<Path>, string>];

/** Absolute link for routerLink and navigateByUrl; `:name` parts are filled from `params`. */
export function appLink<Path extends AppPath>(path: Path, ...args: LinkArgs<Path>): string {
  const params = (args[0] ?? {}) as Record<string, string>;
  return `/${path.replace(/:(\w+)/g, (_whole, name: string) => encodeURIComponent(params[name] ?? ''))}`;
}

/** Query parameter that carries the page to return to after signing in. */
export const RETURN_URL_PARAM = 'kembali';

/** Only same-app paths are followed after sign-in (no "//evil.example" or absolute URLs). */
export function safeReturnUrl(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  return value;
}
