import { Readable } from 'node:stream';
import { randomUUID } from 'node:crypto';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Storage, renderMarkdown } from '@bina-pustaka/api-platform';
import { IdentityDemoSeederService, UserDirectoryService } from '@bina-pustaka/api-identity';
import PDFDocument from 'pdfkit';
import { DataSource, type EntityManager } from 'typeorm';
import { CohortEntity, EnrolmentEntity } from '../entities/cohort.entity';
import { CourseEntity } from '../entities/course.entity';
import { CourseModuleEntity, LessonEntity } from '../entities/course-module.entity';
import { FileEntity } from '../entities/file.entity';
import { MaterialEntity } from '../entities/material.entity';
import { CourseCompletionEntity, JpLedgerEntryEntity, LessonProgressEntity } from '../entities/progress.entity';
import { DEMO_COURSES, type DemoCourse } from './learning-demo-courses';

function pdf(title: string): Readable {
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: title } });
  doc.fontSize(18).text(title);
  doc
    .moveDown()
    .fontSize(11)
    .text('Bahan latihan pelatihan Bina Pustaka. Isilah kolom-kolom berikut sesuai sumber informasi utama.');
  for (const field of [
    'Judul',
    'Pernyataan tanggung jawab',
    'Edisi',
    'Penerbitan',
    'Deskripsi fisik',
    'Seri',
    'Catatan',
  ]) {
    doc.moveDown().text(`${field}: ________________________________________________`);
  }
  doc.end();
  return doc as unknown as Readable;
}

const days = (n: number) => new Date(Date.now() + n * 86_400_000);

/** Demo courses, cohorts, progress and materials for the demo library (only into an empty database). */
@Injectable()
export class LearningDemoSeederService implements OnApplicationBootstrap {
  private readonly logger = new Logger(LearningDemoSeederService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly identity: IdentityDemoSeederService,
    private readonly directory: UserDirectoryService,
    private readonly storage: Storage,
  ) {}

  private seeding?: Promise<boolean>;

  async onApplicationBootstrap(): Promise<void> {
    await this.ensureSeeded();
  }

  /** True when the demo courses were created now; other domains' demo data waits on it. */
  ensureSeeded(): Promise<boolean> {
    this.seeding ??= this.seed();
    return this.seeding;
  }

  private async seed(): Promise<boolean> {
    if (!(await this.identity.ensureSeeded())) return false;
    const people = await this.directory.byEmails([
      'pelatih.siti@perpustakaan.test',
      'pelatih.agus@perpustakaan.test',
      'koordinator@perpustakaan.test',
      'dewi.lestari@perpustakaan.test',
      'budi.santoso@perpustakaan.test',
      'ayu.pratiwi@perpustakaan.test',
      'rizky.ramadhan@perpustakaan.test',
      'nur.aini@perpustakaan.test',
    ]);
    const id = (email: string) => people.get(email)?.id as string;
    await this.dataSource.transaction(async (manager) => {
      const courses = new Map<string, { course: CourseEntity; lessons: LessonEntity[] }>();
      for (const demo of DEMO_COURSES) courses.set(demo.key, await this.course(manager, demo, id(demo.owner)));
      const coordinator = id('koordinator@perpustakaan.test');

      const rda = courses.get('rda') as { course: CourseEntity; lessons: LessonEntity[] };
      const rdaCohort = await manager.getRepository(CohortEntity).save({
        courseId: rda.course.id,
        name: 'Angkatan 1 Tahun 2026',
        enrolOpensAt: days(-30),
        enrolClosesAt: days(-7),
        startsAt: days(-7),
        endsAt: days(30),
        capacity: 30,
        selfEnrolment: 'closed',
        createdById: coordinator,
      });
      const referensi = courses.get('referensi') as { course: CourseEntity; lessons: LessonEntity[] };
      await manager.getRepository(CohortEntity).save({
        courseId: referensi.course.id,
        name: 'Angkatan Desember 2026',
        enrolOpensAt: days(-3),
        enrolClosesAt: days(14),
        startsAt: days(-1),
        endsAt: days(45),
        capacity: 25,
        selfEnrolment: 'open',
        createdById: coordinator,
      });
      const literasi = courses.get('literasi') as { course: CourseEntity; lessons: LessonEntity[] };
      const literasiCohort = await manager.getRepository(CohortEntity).save({
        courseId: literasi.course.id,
        name: 'Angkatan Oktober 2026',
        enrolOpensAt: days(-60),
        enrolClosesAt: days(-45),
        startsAt: days(-45),
        endsAt: days(10),
        capacity: null,
        selfEnrolment: 'approval',
        createdById: coordinator,
      });

      for (const email of [
        'dewi.lestari@perpustakaan.test',
        'budi.santoso@perpustakaan.test',
        'ayu.pratiwi@perpustakaan.test',
        'rizky.ramadhan@perpustakaan.test',
      ]) {
        await manager.getRepository(EnrolmentEntity).save({
          cohortId: rdaCohort.id,
          courseId: rda.course.id,
          userId: id(email),
          status: 'active',
          enrolledAt: days(-8),
          decidedById: coordinator,
        });
      }
      // Budi is half way through the RDA course: trainers see where he is.
      for (const lesson of rda.lessons.slice(0, 2)) {
        await manager.getRepository(LessonProgressEntity).save({
          userId: id('budi.santoso@perpustakaan.test'),
          lessonId: lesson.id,
          courseId: rda.course.id,
          state: 'done',
          watchedFraction: 0,
          lastOpenedAt: days(-2),
          doneAt: days(-2),
        });
      }
      // Dewi finished the information literacy course last month: her JP ledger has it.
      const dewi = id('dewi.lestari@perpustakaan.test');
      const finished = days(-20);
      const enrolment = await manager.getRepository(EnrolmentEntity).save({
        cohortId: literasiCohort.id,
        courseId: literasi.course.id,
        userId: dewi,
        status: 'completed',
        enrolledAt: days(-44),
        completedAt: finished,
        decidedById: coordinator,
      });
      for (const lesson of literasi.lessons) {
        await manager.getRepository(LessonProgressEntity).save({
          userId: dewi,
          lessonId: lesson.id,
          courseId: literasi.course.id,
          state: 'done',
          watchedFraction: 0,
          lastOpenedAt: finished,
          doneAt: finished,
        });
      }
      await manager.getRepository(CourseCompletionEntity).save({
        userId: dewi,
        courseId: literasi.course.id,
        enrolmentId: enrolment.id,
        jp: literasi.course.jp,
        completedAt: finished,
      });
      await manager.getRepository(JpLedgerEntryEntity).save({
        userId: dewi,
        source: 'course',
        sourceId: literasi.course.id,
        title: literasi.course.title,
        jp: literasi.course.jp,
        earnedAt: finished,
      });

      await manager.getRepository(MaterialEntity).save([
        {
          title: 'Standar Nasional Perpustakaan',
          description: 'Kumpulan standar perpustakaan umum, sekolah, dan perguruan tinggi.',
          kind: 'link',
          url: 'https://perpusnas.go.id/',
          tags: ['standar', 'kebijakan'],
          audienceRoles: [],
          createdById: coordinator,
        },
        {
          title: 'Templat Rencana Pembelajaran Pelatihan',
          description: 'Untuk narasumber yang menyusun sesi pelatihan.',
          kind: 'document',
          fileId: (
            await this.file(
              manager,
              'material',
              'templat-rencana-pembelajaran.pdf',
              'Templat Rencana Pembelajaran',
              id('pelatih.siti@perpustakaan.test'),
            )
          ).id,
          tags: ['narasumber', 'templat'],
          audienceRoles: ['trainer', 'coordinator'],
          createdById: id('pelatih.siti@perpustakaan.test'),
        },
        {
          title: 'Model Referensi Perpustakaan IFLA (LRM)',
          description: 'Dokumen resmi IFLA tentang model konseptual data bibliografis.',
          kind: 'link',
          url: 'https://www.ifla.org/',
          tags: ['katalogisasi', 'standar'],
          audienceRoles: [],
          createdById: coordinator,
        },
      ]);
    });
    this.logger.log(`Seeded demo courses, cohorts and materials (${DEMO_COURSES.length} courses)`);
    return true;
  }

  private async course(
    manager: EntityManager,
    demo: DemoCourse,
    ownerId: string,
  ): Promise<{ course: CourseEntity; lessons: LessonEntity[] }> {
    const course = await manager.getRepository(CourseEntity).save({
      title: demo.title,
      summary: demo.summary,
      description: demo.description,
      descriptionHtml: renderMarkdown(demo.description),
      category: demo.category,
      jp: demo.jp,
      language: 'id' as const,
      skkniUnits: demo.skkniUnits,
      coverFileId: null,
      status: demo.published ? ('published' as const) : ('draft' as const),
      ownerId,
      completionRules: { minWebinarAttendancePercent: null },
      outlineVersion: 1,
      publishedAt: demo.published ? days(-40) : null,
      archivedAt: null,
    });
    const lessons: LessonEntity[] = [];
    for (const [position, module] of demo.modules.entries()) {
      const saved = await manager
        .getRepository(CourseModuleEntity)
        .save({ courseId: course.id, title: module.title, position });
      for (const [lessonPosition, lesson] of module.lessons.entries()) {
        const file = lesson.pdfTitle
          ? await this.file(
              manager,
              'lesson-file',
              `${lesson.pdfTitle.toLowerCase().replace(/\s+/g, '-')}.pdf`,
              lesson.pdfTitle,
              ownerId,
            )
          : null;
        lessons.push(
          await manager.getRepository(LessonEntity).save({
            courseId: course.id,
            moduleId: saved.id,
            title: lesson.title,
            kind: lesson.kind,
            required: true,
            estimatedMinutes: lesson.minutes,
            position: lessonPosition,
            bodyMarkdown: lesson.markdown ?? null,
            bodyHtml: lesson.markdown ? renderMarkdown(lesson.markdown) : null,
            videoUrl: null,
            videoEmbedUrl: null,
            videoFileId: null,
            videoDurationSeconds: null,
            fileId: file?.id ?? null,
            linkUrl: lesson.linkUrl ?? null,
          }),
        );
      }
    }
    return { course, lessons };
  }

  private async file(
    manager: EntityManager,
    purpose: 'lesson-file' | 'material',
    name: string,
    title: string,
    ownerId: string,
  ): Promise<FileEntity> {
    const storageKey = `files/${randomUUID()}`;
    const { sizeBytes } = await this.storage.put(storageKey, pdf(title));
    return manager
      .getRepository(FileEntity)
      .save({ ownerId, originalName: name, contentType: 'application/pdf', sizeBytes, storageKey, purpose });
  }
}
