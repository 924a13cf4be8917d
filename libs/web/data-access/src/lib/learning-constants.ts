/** The learning enums the screens list and translate (`courseCategory.<value>` and so on). */
export {
  COMPLETION_CONDITION_KINDS,
  COURSE_CATEGORIES,
  COURSE_STATUSES,
  DEFAULT_JP_TARGET_PER_YEAR,
  ENROLMENT_STATUSES,
  FILE_PURPOSES,
  LESSON_KINDS,
  LESSON_PROGRESS_STATES,
  MATERIAL_KINDS,
  SELF_ENROLMENT_MODES,
} from '@bina-pustaka/shared-contracts';
