import type { Locale } from './common.types';
import type { Role } from './identity.types';

/** Course categories librarians browse by (labels live in the clients' translations). */
export const COURSE_CATEGORIES = [
  'pengolahan',
  'layanan',
  'literasi',
  'teknologi',
  'manajemen',
  'pelestarian',
  'lainnya',
] as const;
export type CourseCategory = (typeof COURSE_CATEGORIES)[number];

export const COURSE_STATUSES = ['draft', 'published', 'archived'] as const;
export type CourseStatus = (typeof COURSE_STATUSES)[number];

export const LESSON_KINDS = ['text', 'video', 'file', 'link'] as const;
export type LessonKind = (typeof LESSON_KINDS)[number];

/** How people join a cohort: only by a coordinator, by themselves, or by themselves with approval. */
export const SELF_ENROLMENT_MODES = ['closed', 'open', 'approval'] as const;
export type SelfEnrolmentMode = (typeof SELF_ENROLMENT_MODES)[number];

export const ENROLMENT_STATUSES = ['pending', 'active', 'completed', 'withdrawn', 'rejected'] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

/** What a file upload is for; each purpose has its own size limit and allowed types. */
/** What an upload is for; `forum-image` is uploaded through the forum (POST /api/forum-images), which says who reads it. */
export const FILE_PURPOSES = [
  'course-cover',
  'lesson-file',
  'lesson-video',
  'lesson-image',
  'material',
  'forum-image',
] as const;
export type FilePurpose = (typeof FILE_PURPOSES)[number];

/** Conditions a course's completion can require; each is provided by the domain that owns it. */
export const COMPLETION_CONDITION_KINDS = ['lessons', 'webinar-attendance', 'quizzes', 'survey'] as const;
export type CompletionConditionKind = (typeof COMPLETION_CONDITION_KINDS)[number];

/** Whether courses can require a completion condition today (its domain is there to provide it). */
export interface CompletionConditionAvailability {
  kind: CompletionConditionKind;
  available: boolean;
}

/** The yearly learning-hours target a librarian works toward (JP, jam pelajaran). */
export const DEFAULT_JP_TARGET_PER_YEAR = 20;

export interface UserRef {
  id: string;
  fullName: string;
}

export interface StoredFile {
  id: string;
  name: string;
  contentType: string;
  sizeBytes: number;
  purpose: FilePurpose;
  /** GET this with the access token to download (Content-Disposition carries the name). */
  url: string;
}

export interface CompletionRules {
  /** Every required lesson done: always part of the rules. */
  requiredLessons: true;
  /** Minimum attendance of the course's webinars, % of scheduled minutes (when webinars exist). */
  minWebinarAttendancePercent: number | null;
}

/** A course as its trainers and coordinators manage it. */
export interface CourseSummary {
  id: string;
  title: string;
  summary: string;
  category: CourseCategory;
  jp: number;
  status: CourseStatus;
  language: Locale;
  skkniUnits: string[];
  cover: StoredFile | null;
  trainers: UserRef[];
  lessonCount: number;
  updatedAt: string;
  publishedAt: string | null;
}

export interface LessonDetail {
  id: string;
  moduleId: string;
  title: string;
  kind: LessonKind;
  required: boolean;
  estimatedMinutes: number;
  /** text: Markdown source (authoring) */
  bodyMarkdown: string | null;
  /** text: sanitized HTML rendered from the Markdown */
  bodyHtml: string | null;
  /** video: a YouTube or Vimeo address, or an uploaded file */
  videoUrl: string | null;
  /** video from a known provider: the privacy-friendly embed address */
  videoEmbedUrl: string | null;
  videoFile: StoredFile | null;
  /** video: length in seconds, when known (for progress of embedded videos) */
  videoDurationSeconds: number | null;
  /** file: the downloadable document */
  file: StoredFile | null;
  /** link: the external address */
  linkUrl: string | null;
}

export interface ModuleDetail {
  id: string;
  title: string;
  position: number;
  lessons: LessonDetail[];
}

/** The full authoring view of a course. */
export interface CourseDetail extends CourseSummary {
  description: string;
  /** Sanitized HTML of the description (its preview). */
  descriptionHtml: string;
  /** Courses that must be completed first. */
  prerequisites: { id: string; title: string }[];
  completionRules: CompletionRules;
  /** Increases on every change of modules or lessons; reordering must send the one it saw. */
  outlineVersion: number;
  modules: ModuleDetail[];
  owner: UserRef;
}

export interface CohortSummary {
  id: string;
  courseId: string;
  courseTitle: string;
  name: string;
  enrolOpensAt: string;
  enrolClosesAt: string;
  startsAt: string;
  endsAt: string;
  capacity: number | null;
  selfEnrolment: SelfEnrolmentMode;
  trainers: UserRef[];
  /** pending + active + completed */
  enrolledCount: number;
  pendingCount: number;
}

export interface EnrolmentSummary {
  id: string;
  cohortId: string;
  courseId: string;
  user: UserRef & { email: string; nip: string | null };
  status: EnrolmentStatus;
  enrolledAt: string;
  /** The learner's own end date when extended, else the cohort's. */
  endsAt: string;
  completedAt: string | null;
  /** Required lessons done / required lessons. */
  progressPercent: number;
}

/** One row of an enrolment request (picked users or CSV) and what became of it. */
export interface EnrolmentRowResult {
  /** 1-based CSV line (header is line 1), or the position in the picked list */
  row: number;
  email: string | null;
  userId: string | null;
  /** skipped: fine on its own, but not enrolled because another row was rejected. */
  status: 'enrolled' | 'rejected' | 'skipped';
  /** Why it was rejected or skipped, in the language asked for. */
  reason: string | null;
}

export interface EnrolmentReport {
  /** True only when every row could be enrolled; otherwise nothing was. */
  committed: boolean;
  enrolled: number;
  rejected: number;
  rows: EnrolmentRowResult[];
}

/** A published course as learners find it. */
export interface CatalogCourse {
  id: string;
  title: string;
  summary: string;
  category: CourseCategory;
  jp: number;
  language: Locale;
  skkniUnits: string[];
  cover: StoredFile | null;
  trainers: UserRef[];
  lessonCount: number;
  estimatedMinutes: number;
  /** My enrolment in this course, if any. */
  myEnrolment: { id: string; status: EnrolmentStatus; cohortId: string } | null;
  /** Cohorts open for self-enrolment right now. */
  openCohorts: number;
}

export interface CatalogCourseDetail extends CatalogCourse {
  description: string;
  /** Sanitized HTML of the description. */
  descriptionHtml: string;
  prerequisites: { id: string; title: string; completedByMe: boolean }[];
  outline: {
    id: string;
    title: string;
    lessons: { id: string; title: string; kind: LessonKind; estimatedMinutes: number; required: boolean }[];
  }[];
  cohorts: (Pick<
    CohortSummary,
    'id' | 'name' | 'enrolOpensAt' | 'enrolClosesAt' | 'startsAt' | 'endsAt' | 'capacity' | 'selfEnrolment'
  > & {
    seatsLeft: number | null;
    /** Can I enrol myself in it now? If not, why (a translated sentence). */
    canSelfEnrol: boolean;
    cannotSelfEnrolReason: string | null;
  })[];
}

export const LESSON_PROGRESS_STATES = ['not-started', 'in-progress', 'done'] as const;
export type LessonProgressState = (typeof LESSON_PROGRESS_STATES)[number];

export interface CompletionConditionState {
  kind: CompletionConditionKind;
  met: boolean;
  /** e.g. "5 dari 6 materi wajib selesai", translated */
  detail: string;
}

/** The course player's view: outline with my progress. */
export interface LearnerCourse {
  courseId: string;
  title: string;
  jp: number;
  enrolment: { id: string; status: EnrolmentStatus; endsAt: string; cohortName: string };
  modules: {
    id: string;
    title: string;
    lessons: {
      id: string;
      title: string;
      kind: LessonKind;
      required: boolean;
      estimatedMinutes: number;
      state: LessonProgressState;
    }[];
  }[];
  /** Required lessons done / required lessons, 0..100 */
  progressPercent: number;
  /** Where to continue: the last opened lesson not done, else the first not done. */
  resumeLessonId: string | null;
  completed: boolean;
  completedAt: string | null;
  conditions: CompletionConditionState[];
}

/** One lesson in the player, with its neighbours for next/previous. */
export interface LearnerLesson {
  lesson: LessonDetail;
  courseId: string;
  moduleTitle: string;
  state: LessonProgressState;
  /** video: fraction watched so far, 0..1 */
  watchedFraction: number;
  previousLessonId: string | null;
  nextLessonId: string | null;
}

/** What happened after a progress report: the lesson and, maybe, the whole course. */
export interface ProgressResult {
  lessonId: string;
  state: LessonProgressState;
  watchedFraction: number;
  progressPercent: number;
  courseCompleted: boolean;
  /** True only on the report that completed the course (for a congratulation). */
  justCompleted: boolean;
}

export interface MyLearning {
  current: {
    courseId: string;
    title: string;
    cohortName: string;
    progressPercent: number;
    endsAt: string;
    status: EnrolmentStatus;
    cover: StoredFile | null;
  }[];
  completed: { courseId: string; title: string; completedAt: string; jp: number }[];
  upcoming: { courseId: string; title: string; cohortName: string; startsAt: string }[];
}

export interface JpLedgerEntry {
  id: string;
  earnedAt: string;
  title: string;
  jp: number;
  /** event: a literacy programme's facilitator credited with its hours. */
  source: 'course' | 'webinar' | 'event';
  sourceId: string;
}

export interface JpLedger {
  year: number;
  target: number;
  earned: number;
  entries: JpLedgerEntry[];
}

/** Progress of each learner of a course, module by module (for trainers). */
export interface CourseProgressReport {
  courseId: string;
  modules: { id: string; title: string; requiredLessons: number }[];
  learners: {
    user: UserRef & { email: string };
    cohortName: string;
    status: EnrolmentStatus;
    /** required lessons done per module, in the order of `modules` */
    doneByModule: number[];
    progressPercent: number;
    lastActivityAt: string | null;
    /** The first required lesson not done: where the learner is stuck. */
    stuckAt: { lessonId: string; title: string } | null;
    /**
     * Progress the server refused because it could not have happened (a lesson done too soon
     * after it was opened), or accepted only just: counts, and the latest reason in words.
     * null when the learner's pace was always plausible.
     */
    flag: { refused: number; borderline: number; reason: string } | null;
  }[];
}

export const MATERIAL_KINDS = ['document', 'link', 'video'] as const;
export type MaterialKind = (typeof MATERIAL_KINDS)[number];

export interface Material {
  id: string;
  title: string;
  description: string;
  kind: MaterialKind;
  file: StoredFile | null;
  url: string | null;
  tags: string[];
  /** Empty: everyone signed in. Otherwise only these roles (and staff). */
  audienceRoles: Role[];
  createdBy: UserRef;
  createdAt: string;
  /** May the current user edit or delete it? */
  editable: boolean;
}

/** A trainer as pickers show them (co-trainers of a course, trainers of a cohort). */
export interface TrainerRef {
  id: string;
  fullName: string;
  email: string;
}
