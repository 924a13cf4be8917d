import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@bina-pustaka/api-audit';
import './learning.messages';
import { CohortsController } from './controllers/cohorts.controller';
import { LearningDemoSeederService } from './demo/learning-demo-seeder.service';
import { CoursesController } from './controllers/courses.controller';
import { FilesController } from './controllers/files.controller';
import { LearnController } from './controllers/learn.controller';
import { MaterialsController } from './controllers/materials.controller';
import { CohortEntity, CohortTrainerEntity, EnrolmentEntity } from './entities/cohort.entity';
import { CourseEntity, CoursePrerequisiteEntity, CourseTrainerEntity } from './entities/course.entity';
import { CourseModuleEntity, LessonEntity } from './entities/course-module.entity';
import { FileEntity } from './entities/file.entity';
import { MaterialEntity } from './entities/material.entity';
import {
  CourseCompletionEntity,
  JpLedgerEntryEntity,
  LessonEvidenceEntity,
  LessonProgressEntity,
} from './entities/progress.entity';
import { LearningCompletionModule } from './learning-completion.module';
import { CreateLearning1764100000000 } from './migrations/1764100000000-create-learning';
import { LessonEvidence1764700000000 } from './migrations/1764700000000-lesson-evidence';
import { ForumImageFiles1765170000000 } from './migrations/1765170000000-forum-image-files';
import { JpFromEvents1765530000000 } from './migrations/1765530000000-jp-from-events';
import { CatalogService } from './services/catalog.service';
import { CohortsService } from './services/cohorts.service';
import { CourseViewsService } from './services/course-views.service';
import { CoursesService } from './services/courses.service';
import { EnrolmentsService } from './services/enrolments.service';
import { FileReadChecksService } from './services/file-read-checks.service';
import { FilesService } from './services/files.service';
import { LearnerService } from './services/learner.service';
import { LessonEvidenceService } from './services/lesson-evidence.service';
import { MaterialsService } from './services/materials.service';
import { MyLearningService } from './services/my-learning.service';
import { OutlineService } from './services/outline.service';
import { ProgressReportService } from './services/progress-report.service';
import { CourseRecordService } from './services/course-record.service';
import { LearningPersonalDataService } from './privacy/learning-personal-data.service';
import { JpStandingService } from './dashboard/jp-standing.service';
import { LearningDashboardService } from './dashboard/learning-dashboard.service';

export const learningMigrations = [
  CreateLearning1764100000000,
  LessonEvidence1764700000000,
  ForumImageFiles1765170000000,
  JpFromEvents1765530000000,
];

/**
 * Self-paced training: courses, modules and lessons, cohorts and enrolments, progress and
 * completion, the JP ledger, files and the materials portal. Other domains add completion
 * conditions through CompletionConditionsService.
 */
@Module({
  imports: [
    AuditModule,
    LearningCompletionModule,
    TypeOrmModule.forFeature([
      FileEntity,
      CourseEntity,
      CourseTrainerEntity,
      CoursePrerequisiteEntity,
      CourseModuleEntity,
      LessonEntity,
      CohortEntity,
      CohortTrainerEntity,
      EnrolmentEntity,
      LessonProgressEntity,
      LessonEvidenceEntity,
      CourseCompletionEntity,
      JpLedgerEntryEntity,
      MaterialEntity,
    ]),
  ],
  controllers: [FilesController, CoursesController, CohortsController, LearnController, MaterialsController],
  providers: [
    FileReadChecksService,
    FilesService,
    CourseViewsService,
    CoursesService,
    OutlineService,
    CohortsService,
    EnrolmentsService,
    LearnerService,
    LessonEvidenceService,
    CatalogService,
    MyLearningService,
    ProgressReportService,
    MaterialsService,
    LearningDemoSeederService,
    LearningPersonalDataService,
    JpStandingService,
    LearningDashboardService,
    CourseRecordService,
  ],
  // The file store, for domains that upload files of their own (forum images) and say who reads them;
  // JP per person, for reporting's list of those below the yearly target.
  exports: [
    LearningCompletionModule,
    LearningDemoSeederService,
    FilesService,
    FileReadChecksService,
    JpStandingService,
  ],
})
export class LearningModule {}
