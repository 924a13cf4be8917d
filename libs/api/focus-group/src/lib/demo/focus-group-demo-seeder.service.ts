import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IdentityDemoSeederService, UserDirectoryService } from '@bina-pustaka/api-identity';
import { ForumSpacesService } from '@bina-pustaka/api-forum';
import { renderMarkdown } from '@bina-pustaka/api-platform';
import { wibDatePlusDays } from '@bina-pustaka/shared-util';
import { DataSource } from 'typeorm';
import {
  ActionItemEntity,
  FocusGroupEntity,
  FocusGroupFindingEntity,
  FocusGroupPersonEntity,
  FocusGroupSessionEntity,
} from '../entities/focus-group.entity';

const DOMAIN = '@perpustakaan.test';
const MEMBERS = ['dewi.lestari', 'budi.santoso', 'ayu.pratiwi', 'hendra.gunawan'];

const NOTES = `## Pokok bahasan

- Koleksi lama menumpuk karena belum ada pedoman penyiangan di sekolah.
- Tenaga perpustakaan hanya satu orang; pengolahan buku baru tertunda berbulan-bulan.

## Kesepakatan

1. Koordinator menyusun contoh pedoman penyiangan sederhana.
2. Sesi berikutnya membahas pembagian tugas dengan relawan siswa.`;

/**
 * The demo library's focus group: the coordinator made it, Nur Aini facilitates four
 * librarians; one past session with notes, two findings, two action items.
 */
@Injectable()
export class FocusGroupDemoSeederService implements OnApplicationBootstrap {
  private readonly logger = new Logger(FocusGroupDemoSeederService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly identity: IdentityDemoSeederService,
    private readonly directory: UserDirectoryService,
    private readonly spaces: ForumSpacesService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!(await this.identity.ensureSeeded())) return;
    const people = await this.directory.byEmails(
      ['koordinator', 'nur.aini', ...MEMBERS].map((who) => `${who}${DOMAIN}`),
    );
    const id = (who: string) => people.get(`${who}${DOMAIN}`)?.id as string;
    await this.dataSource.transaction(async (manager) => {
      const group = await manager.getRepository(FocusGroupEntity).save({
        topic: 'Tantangan perpustakaan sekolah dengan satu tenaga pengelola',
        purpose:
          'Mendengar langsung kendala pustakawan sekolah yang bekerja seorang diri, lalu menyusun tindak lanjut yang dapat dibantu oleh dinas dan koordinator program.',
        status: 'active',
        allowAnonymous: true,
        forumId: null,
        createdBy: id('koordinator'),
        createdAt: new Date(),
      });
      await manager.getRepository(FocusGroupPersonEntity).insert([
        { groupId: group.id, userId: id('nur.aini'), role: 'facilitator', addedAt: new Date() },
        ...MEMBERS.map((who) => ({
          groupId: group.id,
          userId: id(who),
          role: 'member' as const,
          addedAt: new Date(),
        })),
      ]);
      const forumId = await this.spaces.createSpaceForum('focus-group', group.id, manager);
      await manager.getRepository(FocusGroupEntity).update(group.id, { forumId });
      const session = await manager.getRepository(FocusGroupSessionEntity).save({
        groupId: group.id,
        title: 'Sesi 1: Memetakan kendala sehari-hari',
        startsAt: new Date(Date.now() - 7 * 24 * 60 * 60_000),
        durationMinutes: 90,
        timeZone: 'Asia/Jakarta',
        mode: 'in-person',
        location: 'Ruang Rapat Perpustakaan Daerah, Lantai 2',
        webinarSessionId: null,
        cancelled: false,
        notesMarkdown: NOTES,
        notesHtml: renderMarkdown(NOTES),
        notesUpdatedAt: new Date(),
        notesUpdatedBy: id('nur.aini'),
      });
      const [weeding, staffing] = await manager.getRepository(FocusGroupFindingEntity).save([
        {
          groupId: group.id,
          challenge: 'Belum ada pedoman penyiangan koleksi yang sesuai untuk perpustakaan sekolah.',
          tag: 'koleksi',
          raisedByCount: 3,
          sessionId: session.id,
          createdAt: new Date(),
        },
        {
          groupId: group.id,
          challenge: 'Satu orang mengurus layanan, pengolahan, dan administrasi sekaligus.',
          tag: 'SDM',
          raisedByCount: 4,
          sessionId: session.id,
          createdAt: new Date(),
        },
      ]);
      await manager.getRepository(ActionItemEntity).insert([
        {
          groupId: group.id,
          findingId: weeding.id,
          what: 'Menyusun contoh pedoman penyiangan untuk perpustakaan sekolah',
          ownerId: id('koordinator'),
          dueOn: wibDatePlusDays(21),
          status: 'in-progress',
          updatedAt: new Date(),
        },
        {
          groupId: group.id,
          findingId: staffing.id,
          what: 'Mengusulkan program relawan siswa kepada kepala sekolah',
          ownerId: id('nur.aini'),
          dueOn: wibDatePlusDays(-3),
          status: 'open',
          updatedAt: new Date(),
        },
      ]);
    });
    this.logger.log('Demo focus group seeded');
  }
}
