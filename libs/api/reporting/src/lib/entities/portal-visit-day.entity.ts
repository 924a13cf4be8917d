import type { VisitReportSection } from '@bina-pustaka/shared-contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One WIB day of one section (or `all`): page views and distinct visitors, as last copied from Redis. */
@Entity({ name: 'portal_visit_days' })
export class PortalVisitDayEntity {
  /** YYYY-MM-DD (a PostgreSQL date, read as text). */
  @PrimaryColumn({ type: 'date' })
  day!: string;

  @PrimaryColumn({ type: 'text' })
  section!: VisitReportSection;

  @Column({ type: 'int' })
  views!: number;

  @Column({ type: 'int' })
  visitors!: number;
}
