import { Inject, Injectable } from '@nestjs/common';
import { AuditTrailService } from '@bina-pustaka/api-audit';
import { APP_CONFIG, toCsv, toXlsx, translate, type AppConfig, type Principal } from '@bina-pustaka/api-platform';
import type { Locale } from '@bina-pustaka/shared-contracts';
import { LearningRecordService } from './learning-record.service';
import { recordTable } from './record-table';
import { renderTranscript } from './transcript-pdf';

export interface ExportedFile<Body> {
  fileName: string;
  body: Body;
}

/** A record as files: the coordinator's CSV and XLSX (each recorded in the audit log) and the learner's PDF. */
@Injectable()
export class LearningRecordExportsService {
  constructor(
    private readonly records: LearningRecordService,
    private readonly audit: AuditTrailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async csv(actor: Principal, userId: string, locale: Locale): Promise<ExportedFile<string>> {
    const { name, header, rows } = await this.table(actor, userId, locale);
    return {
      fileName: `${translate(locale, 'record.fileName', { name })}.csv`,
      body: toCsv([header, ...rows], { bom: true }),
    };
  }

  async xlsx(actor: Principal, userId: string, locale: Locale): Promise<ExportedFile<Buffer>> {
    const { name, header, rows } = await this.table(actor, userId, locale);
    return {
      fileName: `${translate(locale, 'record.fileName', { name })}.xlsx`,
      body: await toXlsx(translate(locale, 'record.sheet'), header, rows),
    };
  }

  async transcript(actor: Principal, locale: Locale): Promise<ExportedFile<Buffer>> {
    const record = await this.records.own(actor);
    const body = await renderTranscript(record, locale, {
      jpMinutes: this.config.learning.jpMinutes,
      printedAt: new Date(),
    });
    return { fileName: `${translate(locale, 'transcript.fileName', { name: record.person.fullName })}.pdf`, body };
  }

  private async table(actor: Principal, userId: string, locale: Locale) {
    const record = await this.records.record(actor, userId);
    const { header, rows } = recordTable(record, locale);
    await this.audit.record({
      action: 'export.personal_data',
      actor,
      subject: { type: 'user', id: userId, label: record.person.fullName },
      details: { report: 'learning-record', rows: rows.length },
    });
    return { name: record.person.fullName, header, rows };
  }
}
