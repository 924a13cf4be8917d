/**
 * Every page path of the web client, in one place for both sides: the web's routes are
 * declared with them and the api builds the links it sends (emails, notifications, QR
 * codes, calendar entries) with `appLink` / `appUrl`, so a renamed page cannot leave a dead
 * link in someone's inbox. Paths are Indonesian because they appear in the address bar
 * and in those links.
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
  /** Coordinators and admins: a librarian's learning record (rekam jejak), its CSV and XLSX. */
  learningRecords: 'kelola/rekam-jejak',
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
  /** Coordinators and admins: the libraries and partner organisations (lembaga & mitra). */
  managePartners: 'kelola/mitra',
  /** Forums: the community's categories and the forums of one's courses. */
  forum: 'forum',
  forumSearch: 'forum/cari',
  courseForum: 'forum/pelatihan/:courseId',
  forumBoard: 'forum/:forumId',
  newForumThread: 'forum/:forumId/topik-baru',
  forumThread: 'forum/topik/:threadId',
  /** Forum moderators: the report queue, suspensions and the moderation log. */
  forumModeration: 'forum/moderasi',
  /** Public: the daily digest's unsubscribe link (a signed token, no sign-in). */
  forumDigestUnsubscribe: 'forum/ringkasan/berhenti',
  /** Focus groups (diskusi fokus): one's groups; coordinators see and create every group. */
  focusGroups: 'diskusi-fokus',
  newFocusGroup: 'diskusi-fokus/baru',
  /** Coordinators: the action items of every group. */
  focusGroupActions: 'diskusi-fokus/tindak-lanjut',
  focusGroup: 'diskusi-fokus/:groupId',
  /** Surveys (survei): the staff's list, the builder, the results. */
  manageSurveys: 'kelola/survei',
  newSurvey: 'kelola/survei/baru',
  manageSurvey: 'kelola/survei/:surveyId',
  surveyResults: 'kelola/survei/:surveyId/hasil',
  /** A speaker's evaluations over every session they were asked about (trainers: their own). */
  speakerEvaluation: 'kelola/survei/narasumber/:userId',
  /** Signed in: answer a survey (a course's or webinar session's evaluation, an internal survey). */
  answerSurvey: 'survei/:surveyId',
  /** Public: a satisfaction survey from its link or QR poster, no sign-in. */
  publicSurvey: 's/:slug',
  /** Public: the library's upcoming events, an event's page (shared in WhatsApp), and a guest's pages opened from email links (the signed token in the fragment). */
  events: 'acara',
  event: 'acara/:slug',
  eventTicket: 'acara/tiket',
  eventConfirm: 'acara/konfirmasi',
  eventCancel: 'acara/batal',
  /** Events: the organisers' list, a new event, one event, its registrations and the door's check-in. */
  manageEvents: 'kelola/acara',
  newEvent: 'kelola/acara/baru',
  manageEvent: 'kelola/acara/:eventId',
  eventRegistrations: 'kelola/acara/:eventId/pendaftar',
  eventCheckIn: 'kelola/acara/:eventId/presensi',
  /** Reading clubs: a series of meetings, its members and attendance. */
  readingClub: 'kelola/klub-membaca/:seriesId',
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
  /** Public: what the QR code on a certificate opens. */
  verifyCertificate: 'verifikasi',
  verifyCertificateCode: 'verifikasi/:code',
} as const;

export type AppPath = (typeof APP_PATHS)[keyof typeof APP_PATHS];

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

/** The same link on the product's public address (no trailing slash), for emails and calendars. */
export function appUrl<Path extends AppPath>(publicUrl: string, path: Path, ...args: LinkArgs<Path>): string {
  return `${publicUrl}${appLink(path, ...args)}`;
}
