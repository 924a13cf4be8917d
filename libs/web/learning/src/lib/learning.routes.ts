import type { Routes } from '@angular/router';
import { APP_PATHS } from '@bina-pustaka/shared-contracts';
import {
  COHORT_MANAGER_ROLES,
  COURSE_AUTHOR_ROLES,
  LEARNING_RECORD_ROLES,
  roleGuard,
  signedInGuard,
  translationScopeRoute,
} from '@bina-pustaka/web-data-access';
import { LEARNING_SCOPE } from './learning-keys';

/** The lesson route inside the player: `materi/:lessonId` under `belajar/:courseId`. */
const PLAYER_LESSON_CHILD = APP_PATHS.playerLesson.slice(APP_PATHS.player.length + 1);

/**
 * Every page of the learning feature, each its own lazy chunk, under one parent that brings
 * the `learning` translations with each page (a lazy Transloco scope: none of its words are in
 * the main bundle). Titles are keys of the main translations, which the tab title needs
 * before any scope loads.
 */
export const learningRoutes: Routes = [
  translationScopeRoute(LEARNING_SCOPE, { id: () => import('./i18n/id.json'), en: () => import('./i18n/en.json') }, [
    {
      path: APP_PATHS.catalog,
      title: 'titles.catalog',
      canActivate: [signedInGuard],
      loadComponent: () => import('./catalog/catalog.page').then((m) => m.CatalogPage),
    },
    {
      path: APP_PATHS.catalogCourse,
      title: 'titles.course',
      canActivate: [signedInGuard],
      loadComponent: () => import('./catalog/course.page').then((m) => m.CoursePage),
    },
    {
      path: APP_PATHS.player,
      title: 'titles.player',
      canActivate: [signedInGuard],
      loadComponent: () => import('./player/player.page').then((m) => m.PlayerPage),
      children: [
        {
          path: '',
          pathMatch: 'full',
          loadComponent: () => import('./player/player-resume.component').then((m) => m.PlayerResumeComponent),
        },
        {
          path: PLAYER_LESSON_CHILD,
          loadComponent: () => import('./player/lesson-view.component').then((m) => m.LessonViewComponent),
        },
      ],
    },
    {
      path: APP_PATHS.myLearning,
      title: 'titles.myLearning',
      canActivate: [signedInGuard],
      loadComponent: () => import('./my-learning/my-learning.page').then((m) => m.MyLearningPage),
    },
    {
      path: APP_PATHS.manageCourses,
      title: 'titles.manageCourses',
      canActivate: [signedInGuard, roleGuard(...COURSE_AUTHOR_ROLES)],
      loadComponent: () => import('./authoring/courses-list.page').then((m) => m.CoursesListPage),
    },
    {
      path: APP_PATHS.manageCourse,
      title: 'titles.manageCourse',
      canActivate: [signedInGuard, roleGuard(...COURSE_AUTHOR_ROLES)],
      loadComponent: () => import('./authoring/course-editor.page').then((m) => m.CourseEditorPage),
    },
    {
      path: APP_PATHS.manageCohort,
      title: 'titles.manageCohort',
      canActivate: [signedInGuard, roleGuard(...COHORT_MANAGER_ROLES)],
      loadComponent: () => import('./cohort/cohort.page').then((m) => m.CohortPage),
    },
    {
      path: APP_PATHS.learningRecords,
      title: 'titles.learningRecords',
      canActivate: [signedInGuard, roleGuard(...LEARNING_RECORD_ROLES)],
      loadComponent: () => import('./records/learning-records.page').then((m) => m.LearningRecordsPage),
    },
    {
      path: APP_PATHS.materials,
      title: 'titles.materials',
      canActivate: [signedInGuard],
      loadComponent: () => import('./materials/materials.page').then((m) => m.MaterialsPage),
    },
  ]),
];
