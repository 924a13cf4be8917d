import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SubjectCertificatesService, type SubjectHolder } from '@bina-pustaka/api-certificates';
import { UserDirectoryService } from '@bina-pustaka/api-identity';
import { JpCreditsService } from '@bina-pustaka/api-learning';
import { AppError, type Principal } from '@bina-pustaka/api-platform';
import type { EventCertificateRole, EventCertificatesResult, EventPersonRole } from '@bina-pustaka/shared-contracts';
import type { eventCertificatesSchema } from '@bina-pustaka/shared-contracts/schemas';
import { DataSource } from 'typeorm';
import type { z } from 'zod';
import { EventEntity } from '../entities/event.entity';
import { EventManagersService } from '../shared/event-managers.service';
import { EventOnlineAttendanceService } from '../shared/event-online-attendance.service';

type CertificatesRequest = z.output<typeof eventCertificatesSchema>;

/** The event's people who hold each certificate role (speakers and authors both speak: narasumber). */
const PEOPLE_BY_ROLE: Record<Exclude<EventCertificateRole, 'peserta'>, EventPersonRole[]> = {
  narasumber: ['speaker', 'author'],
  panitia: ['committee'],
  fasilitator: ['facilitator'],
};

interface Candidate {
  userId: string | null;
  name: string;
  email: string | null;
  affiliation: string | null;
}

/**
 * Certificates after an event, by role, through the certificates part's issuer and queue
 * (one batch per role; nobody gets the same one twice): participants who were checked in or,
 * online, in the webinar room at least `minOnlinePercent` of it, and the event's speakers and authors, committee and facilitators. A member is issued as
 * themselves (it lands in their certificates); a guest by the name and email they registered
 * with (the PDF comes by email). People with neither an account nor an email are counted as
 * skipped. Every certificate names the event's partner organisations ("Bekerja sama dengan: …").
 * The same request credits a literacy programme's facilitators with their hours.
 */
@Injectable()
export class EventCertificatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly managers: EventManagersService,
    private readonly certificates: SubjectCertificatesService,
    private readonly jpCredits: JpCreditsService,
    private readonly online: EventOnlineAttendanceService,
    private readonly directory: UserDirectoryService,
  ) {}

  async issue(actor: Principal, eventId: string, request: CertificatesRequest): Promise<EventCertificatesResult> {
    const event = await this.managedEvent(actor, eventId);
    if (event.status !== 'published') throw new AppError(409, 'event.certificatesNotPublished');
    if (event.endsAt.getTime() > Date.now()) throw new AppError(409, 'event.certificatesBeforeEnd');
    const cameOnline = await this.cameOnline(event, request.minOnlinePercent);
    const [byRole, coOrganisers] = await Promise.all([
      Promise.all(
        request.roles.map(async (role) => ({ role, candidates: await this.candidates(event.id, role, cameOnline) })),
      ),
      this.partnerNames(event.id),
    ]);
    const outcomes = await this.certificates.issue({
      actor,
      subject: { kind: 'event', id: event.id, title: event.title, jp: 0, coOrganisers },
      templateId: request.templateId,
      awardedAt: event.endsAt,
      roles: byRole.map(({ role, candidates }) => ({ role, holders: candidates.flatMap(holder) })),
    });
    const creditedFacilitators = await this.creditFacilitators(event);
    return {
      roles: outcomes.map((outcome, index) => ({
        role: request.roles[index],
        people: outcome.people,
        skipped: byRole[index].candidates.length - outcome.people,
        queued: outcome.queued,
        alreadyHeld: outcome.alreadyHeld,
      })),
      creditedFacilitators,
    };
  }

  private candidates(eventId: string, role: EventCertificateRole, cameOnline: string[]): Promise<Candidate[]> {
    if (role === 'peserta') {
      // Those who came (checked in at the door, or long enough in the webinar room) and did not cancel since.
      return this.dataSource.query(
        `SELECT user_id AS "userId", name, email, affiliation FROM event_registrations
          WHERE event_id = $1 AND (checked_in_at IS NOT NULL OR user_id = ANY($2))
            AND status <> 'cancelled' AND anonymised_at IS NULL
          ORDER BY arrival`,
        [eventId, cameOnline],
      );
    }
    return this.dataSource.query(
      `SELECT user_id AS "userId", name, NULL AS email, affiliation FROM event_people
        WHERE event_id = $1 AND role = ANY($2) ORDER BY position`,
      [eventId, PEOPLE_BY_ROLE[role]],
    );
  }

  /** Members who attended the event's webinar room (as attendees) at least `minPercent` of its time, by the settled ledger. */
  private async cameOnline(event: EventEntity, minPercent: number): Promise<string[]> {
    const online = await this.online.of(event);
    return [...(online ?? [])].flatMap(([userId, stay]) =>
      stay.role === 'attendee' && stay.percent >= minPercent ? [userId] : [],
    );
  }

  /** The event's partner organisations by name, in the order its page shows them. */
  private async partnerNames(eventId: string): Promise<string[]> {
    const rows: { institutionId: string }[] = await this.dataSource.query(
      `SELECT institution_id AS "institutionId" FROM event_partners WHERE event_id = $1 ORDER BY position`,
      [eventId],
    );
    const partners = await this.directory.partners(rows.map((row) => row.institutionId));
    return rows.flatMap((row) => partners.get(row.institutionId)?.name ?? []);
  }

  /**
   * A literacy programme's facilitators with credited hours (the table allows them only with
   * an account) get those hours in their JP ledger, once: the ledger keeps one entry per
   * person and event. Done with the certificates because that is when the organiser says the
   * event is over and its record final; asking again changes nothing.
   */
  private async creditFacilitators(event: EventEntity): Promise<number> {
    if (event.kind !== 'literacy') return 0;
    const facilitators: { userId: string; hours: string }[] = await this.dataSource.query(
      `SELECT DISTINCT ON (user_id) user_id AS "userId", credited_hours AS hours FROM event_people
        WHERE event_id = $1 AND role = 'facilitator' AND credited_hours IS NOT NULL AND user_id IS NOT NULL
        ORDER BY user_id, position`,
      [event.id],
    );
    return this.jpCredits.creditEvent(
      facilitators.map((facilitator) => ({
        userId: facilitator.userId,
        sourceId: event.id,
        title: event.title,
        jp: Number(facilitator.hours),
        earnedAt: event.endsAt,
      })),
    );
  }

  /** The event, for one of its managers; anyone else is told it does not exist. */
  private async managedEvent(actor: Principal, eventId: string): Promise<EventEntity> {
    await this.managers.assertManages(actor, eventId);
    return this.dataSource.getRepository(EventEntity).findOneByOrFail({ id: eventId });
  }
}

/** A member as themselves; a guest by name and email; someone with neither cannot be given one. */
function holder(candidate: Candidate): SubjectHolder[] {
  if (candidate.userId) return [{ userId: candidate.userId }];
  if (!candidate.email) return [];
  return [{ guest: { name: candidate.name, email: candidate.email, institution: candidate.affiliation } }];
}
