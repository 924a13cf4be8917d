import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IdentityDemoSeederService, UserDirectoryService } from '@bina-pustaka/api-identity';
import type { SurveyTemplateKey } from '@bina-pustaka/shared-contracts';
import { seededRandom, wibDatePlusDays } from '@bina-pustaka/shared-util';
import { DataSource, type EntityManager } from 'typeorm';
import { SurveyEntity } from '../entities/survey.entity';

const COORDINATOR = 'koordinator@perpustakaan.test';
const RESPONSES = 60;
const DAYS = 90;

/** How often each point (1..4) is chosen per element: a library doing well, slower on U3, free (U4). */
const ELEMENT_WEIGHTS: Record<string, number[]> = {
  u1: [1, 4, 30, 25],
  u2: [1, 6, 32, 21],
  u3: [3, 14, 30, 13],
  u4: [0, 1, 4, 55],
  u5: [1, 5, 33, 21],
  u6: [0, 3, 30, 27],
  u7: [0, 2, 24, 34],
  u8: [4, 8, 30, 18],
  u9: [2, 10, 31, 17],
};

const SUGGESTIONS = [
  'Mohon jam layanan diperpanjang sampai malam pada hari kerja.',
  'Koleksi buku anak perlu ditambah, terutama cerita bergambar.',
  'Wi-Fi di ruang baca sering terputus.',
  'Petugas sangat ramah dan membantu mencarikan buku.',
  'Tambahkan kursi dan colokan listrik di ruang baca lantai 2.',
  'Kotak saran sebaiknya juga tersedia secara daring.',
  'Pendaftaran anggota baru sudah cepat, terima kasih.',
];

/** Option ids of the template's profile questions, repeated by how common they are among visitors. */
const EDUCATION = ['smp', 'sma', 'sma', 'sma', 'd3', 's1', 's1', 's2'];
const JOBS = ['pelajar', 'pelajar', 'pelajar', 'asn', 'swasta', 'wirausaha', 'lainnya'];

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)];

function weighted(random: () => number, weights: readonly number[]): number {
  let ticket = random() * weights.reduce((sum, weight) => sum + weight, 0);
  for (const [index, weight] of weights.entries()) {
    ticket -= weight;
    if (ticket < 0) return index;
  }
  return weights.length - 1;
}

/**
 * The demo library's surveys, made by the coordinator from the templates: the public
 * satisfaction survey of the city library (link `/s/kepuasan-layanan`) with 60 anonymous
 * responses over the last three months, and a course evaluation ready to be attached.
 */
@Injectable()
export class SurveyDemoSeederService implements OnApplicationBootstrap {
  private readonly logger = new Logger(SurveyDemoSeederService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly identity: IdentityDemoSeederService,
    private readonly directory: UserDirectoryService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!(await this.identity.ensureSeeded())) return;
    const coordinatorId = (await this.directory.byEmails([COORDINATOR])).get(COORDINATOR)?.id as string;
    await this.dataSource.transaction(async (manager) => {
      const skm = await this.copy(manager, 'survei-kepuasan', coordinatorId, {
        title: 'Survei Kepuasan Layanan Perpustakaan Kota',
        description:
          'Bantu kami meningkatkan layanan Perpustakaan Kota Sukamaju. Survei ini tanpa nama dan hanya butuh lima menit.',
        audience: 'public',
        publicSlug: 'kepuasan-layanan',
        responseCount: RESPONSES,
      });
      await this.answerSatisfaction(manager, skm.id);
      await this.copy(manager, 'evaluasi-penyelenggaraan', coordinatorId, {
        title: 'Evaluasi Pelatihan Katalogisasi Bahan Pustaka dengan RDA',
        description: 'Pendapat Anda tentang pelatihan ini membantu kami menyusun angkatan berikutnya.',
        audience: 'signed-in',
        publicSlug: null,
        responseCount: 0,
      });
    });
    this.logger.log('Demo surveys seeded');
  }

  private async copy(
    manager: EntityManager,
    templateKey: SurveyTemplateKey,
    createdBy: string,
    fields: Pick<SurveyEntity, 'title' | 'description' | 'audience' | 'publicSlug' | 'responseCount'>,
  ): Promise<SurveyEntity> {
    const template = await manager.getRepository(SurveyEntity).findOneByOrFail({ templateKey, isTemplate: true });
    const now = new Date();
    return manager.getRepository(SurveyEntity).save({
      ...fields,
      status: 'published',
      anonymous: true,
      templateKey,
      isTemplate: false,
      definition: template.definition,
      opensAt: null,
      closesAt: null,
      responseLimit: null,
      createdBy,
      createdAt: now,
      updatedAt: now,
    });
  }

  /** Anonymous responses: no person, only the day; every element answered, the profile and a suggestion sometimes. */
  private async answerSatisfaction(manager: EntityManager, surveyId: string): Promise<void> {
    const random = seededRandom(14_2017);
    for (let index = 0; index < RESPONSES; index += 1) {
      const day = wibDatePlusDays(-Math.floor(random() * DAYS));
      const [{ id }]: { id: string }[] = await manager.query(
        `INSERT INTO survey_responses (survey_id, submitted_on) VALUES ($1, $2) RETURNING id`,
        [surveyId, day],
      );
      const answers: [string, number | null, string[] | null, string | null][] = Object.entries(ELEMENT_WEIGHTS).map(
        ([questionId, weights]) => [questionId, weighted(random, weights) + 1, null, null],
      );
      if (random() < 0.9) {
        answers.push(['jk', null, [random() < 0.55 ? 'p' : 'l'], null]);
        answers.push(['pendidikan', null, [pick(random, EDUCATION)], null]);
        const job = pick(random, JOBS);
        answers.push(['pekerjaan', null, [job], job === 'lainnya' ? 'Ibu rumah tangga' : null]);
      }
      if (random() < 0.3) answers.push(['saran', null, null, pick(random, SUGGESTIONS)]);
      await manager.query(
        `INSERT INTO survey_answers (response_id, survey_id, question_id, number_value, choices, text_value)
         SELECT $1, $2, a.question_id, a.number_value, a.choices, a.text_value
           FROM jsonb_to_recordset($3::jsonb) AS a(question_id text, number_value numeric, choices text[], text_value text)`,
        [
          id,
          surveyId,
          JSON.stringify(
            answers.map(([questionId, number, choices, text]) => ({
              question_id: questionId,
              number_value: number,
              choices,
              text_value: text,
            })),
          ),
        ],
      );
    }
  }
}
