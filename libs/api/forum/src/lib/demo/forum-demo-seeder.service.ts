import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserDirectoryService } from '@bina-pustaka/api-identity';
import { CourseAudienceService, LearningDemoSeederService } from '@bina-pustaka/api-learning';
import type { ForumReportReason, ThreadKind } from '@bina-pustaka/shared-contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { ForumEntity, ForumThreadEntity } from '../entities/forum.entity';
import { ForumPostsService } from '../posts/forum-posts.service';
import { renderPost } from '../shared/post-text';

interface DemoThread {
  forum: string;
  kind: ThreadKind;
  title: string;
  /** [author's email name, Markdown] from the opening post on. */
  posts: [string, string][];
  /** Index in posts of the chosen answer. */
  answer?: number;
  /** A report waiting in the moderators' queue: [index in posts, reporter's email name, reason, details]. */
  report?: [number, string, ForumReportReason, string];
}

const THREADS: DemoThread[] = [
  {
    forum: 'pengelolaan-koleksi',
    kind: 'question',
    title: 'Bagaimana cara mengelola koleksi yang jarang dipinjam?',
    posts: [
      [
        'dewi.lestari',
        'Rak kami penuh buku terbitan lama yang hampir tidak pernah dipinjam. Apakah ada pedoman penyiangan yang bisa dipakai perpustakaan sekolah?',
      ],
      [
        'budi.santoso',
        'Kami memakai kriteria **MUSTIE**: menyesatkan, usang, rusak, tergantikan, tidak relevan, dan ada di tempat lain.',
      ],
      [
        'pelatih.siti',
        'Pedoman penyiangan dari Perpusnas bisa jadi acuan. Catat setiap buku yang disiangi di buku induk, lalu tawarkan ke perpustakaan desa sebelum dimusnahkan.',
      ],
    ],
    answer: 2,
  },
  {
    forum: 'teknologi-informasi',
    kind: 'discussion',
    title: 'Pengalaman migrasi dari SLiMS 8 ke SLiMS 9',
    posts: [
      [
        'ayu.pratiwi',
        'Bulan lalu kami migrasi ke SLiMS 9 Bulian. Cadangkan basis data dulu, dan periksa ulang modul sirkulasi setelah pembaruan.',
      ],
      ['rizky.ramadhan', 'Terima kasih, Bu Ayu. Apakah data anggota ikut terbawa tanpa perlu diimpor ulang?'],
      ['ayu.pratiwi', 'Ikut terbawa. Hanya foto anggota yang perlu disalin manual ke folder `images/persons`.'],
    ],
  },
  {
    forum: 'literasi-informasi',
    kind: 'discussion',
    title: 'Ide kegiatan Bulan Gemar Membaca untuk siswa SD',
    posts: [
      [
        'nur.aini',
        'Tahun ini kami ingin mengadakan lomba mendongeng dan pojok baca keliling. Ada ide lain yang berhasil di sekolah Anda?',
      ],
      ['dewi.lestari', 'Kelas menulis surat untuk penulis favorit sangat disukai anak-anak kelas 4 dan 5.'],
      ['rizky.ramadhan', 'Jual paket buku cerita anak murah, hubungi nomor WA saya di profil.'],
    ],
    report: [2, 'nur.aini', 'spam', 'Iklan jualan, tidak berkaitan dengan topik.'],
  },
  {
    forum: 'course',
    kind: 'question',
    title: 'Kapan memakai 264 dan kapan 260 di RDA?',
    posts: [
      ['budi.santoso', 'Di latihan modul 2 saya bingung memilih ruas 260 atau 264 untuk buku terbitan 2024.'],
      [
        'pelatih.siti',
        'Dalam RDA gunakan **264** dengan indikator kedua 1 untuk terbitan. Ruas 260 hanya untuk cantuman lama sebelum RDA.',
      ],
    ],
    answer: 1,
  },
];

/** The demo library's forums: threads in three categories and in the RDA course, one question answered, one post reported. */
@Injectable()
export class ForumDemoSeederService implements OnApplicationBootstrap {
  private readonly logger = new Logger(ForumDemoSeederService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly learning: LearningDemoSeederService,
    private readonly directory: UserDirectoryService,
    private readonly audience: CourseAudienceService,
    private readonly posts: ForumPostsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!(await this.learning.ensureSeeded())) return;
    const emails = [
      ...new Set(
        THREADS.flatMap((thread) => [
          ...thread.posts.map(([who]) => who),
          ...(thread.report ? [thread.report[1]] : []),
        ]),
      ),
    ].map((who) => `${who}@perpustakaan.test`);
    const people = await this.directory.byEmails(emails);
    const [rdaCohort] = await this.audience.cohortsNamed('Angkatan 1 Tahun 2026');
    await this.dataSource.transaction(async (manager) => {
      if (rdaCohort) {
        await manager.query(`INSERT INTO forums (kind, course_id) VALUES ('course', $1) ON CONFLICT DO NOTHING`, [
          rdaCohort.courseId,
        ]);
      }
      const forums = await manager.getRepository(ForumEntity).find();
      const forumOf = (key: string) =>
        forums.find((forum) => (key === 'course' ? forum.courseId === rdaCohort?.courseId : forum.slug === key));
      for (const demo of THREADS) {
        const forum = forumOf(demo.forum);
        if (!forum) continue;
        await this.thread(manager, forum.id, demo, (who) => people.get(`${who}@perpustakaan.test`)?.id as string);
      }
    });
    this.logger.log(`Demo forums seeded: ${THREADS.length} threads`);
  }

  private async thread(
    manager: EntityManager,
    forumId: string,
    demo: DemoThread,
    id: (who: string) => string,
  ): Promise<void> {
    const thread = await manager.getRepository(ForumThreadEntity).save({
      forumId,
      kind: demo.kind,
      title: demo.title,
      authorId: id(demo.posts[0][0]),
      createdAt: new Date(),
      lastPostAt: new Date(),
      lastSeq: 0,
      postCount: 0,
      answerPostId: null,
      pinned: false,
      locked: false,
    });
    for (const [index, [who, markdown]] of demo.posts.entries()) {
      const post = await this.posts.insert(manager, thread.id, id(who), markdown, renderPost(markdown), null, false);
      await manager.query(
        `INSERT INTO forum_watches (user_id, thread_id) VALUES ($1, $2) ON CONFLICT (thread_id, user_id) WHERE thread_id IS NOT NULL DO NOTHING`,
        [id(who), thread.id],
      );
      if (index === demo.answer)
        await manager.getRepository(ForumThreadEntity).update(thread.id, { answerPostId: post.id });
      if (demo.report && index === demo.report[0]) {
        const [, reporter, reason, details] = demo.report;
        await manager.query(
          `INSERT INTO forum_reports (post_id, reporter_id, reason, details) VALUES ($1, $2, $3, $4)`,
          [post.id, id(reporter), reason, details],
        );
      }
    }
  }
}
