import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserDirectoryService } from '@bina-pustaka/api-identity';
import { NotificationsService } from '@bina-pustaka/api-notifications';
import { AppError, renderMarkdown, type Principal } from '@bina-pustaka/api-platform';
import { APP_PATHS, appLink, type FocusGroupSession, type FocusGroupSessionMode } from '@bina-pustaka/shared-contracts';
import { DataSource } from 'typeorm';
import { FocusGroupPersonEntity, FocusGroupSessionEntity } from '../entities/focus-group.entity';
import { sessionView } from '../shared/focus-group-views';
import type { GroupAccess } from '../groups/focus-group-access.service';
import { FocusGroupWebinarsService } from './focus-group-webinars.service';

export interface NewSession {
  title: string;
  startsAt: string;
  durationMinutes: number;
  timeZone: string;
  mode: FocusGroupSessionMode;
  location: string | null;
}

export interface SessionPatch {
  title?: string;
  startsAt?: string;
  durationMinutes?: number;
  timeZone?: string;
  location?: string | null;
  cancelled?: boolean;
}

/** A group's sessions (in person or online) and the facilitator's notes of each. */
@Injectable()
export class FocusGroupSessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly directory: UserDirectoryService,
    private readonly webinars: FocusGroupWebinarsService,
  ) {}

  /** A new session (online: with its webinar room); the group's people are told (not the one who planned it). */
  async create(actor: Principal, { group, manage }: GroupAccess, input: NewSession): Promise<FocusGroupSession> {
    const webinarSessionId = input.mode === 'online' ? await this.webinars.open(actor, group, input) : null;
    const session = await this.dataSource.getRepository(FocusGroupSessionEntity).save({
      groupId: group.id,
      title: input.title,
      startsAt: new Date(input.startsAt),
      durationMinutes: input.durationMinutes,
      timeZone: input.timeZone,
      mode: input.mode,
      location: input.mode === 'in-person' ? input.location : null,
      webinarSessionId,
      cancelled: false,
      notesMarkdown: '',
      notesHtml: '',
      notesUpdatedAt: null,
      notesUpdatedBy: null,
    });
    const people = await this.dataSource.getRepository(FocusGroupPersonEntity).findBy({ groupId: group.id });
    await this.notifications.notifyMany(
      people
        .filter((person) => person.userId !== actor.userId)
        .map((person) => ({
          userId: person.userId,
          kind: 'focus-group-session' as const,
          params: { topic: group.topic, title: session.title, startsAt: session.startsAt.toISOString() },
          link: appLink(APP_PATHS.focusGroup, { groupId: group.id }),
        })),
    );
    return sessionView(session, new Map(), manage);
  }

  async update({ group, manage }: GroupAccess, sessionId: string, patch: SessionPatch): Promise<FocusGroupSession> {
    const session = await this.session(group.id, sessionId);
    if (patch.location !== undefined && session.mode === 'online')
      throw new AppError(422, 'focusGroup.onlineNoLocation');
    if (patch.location === null && session.mode === 'in-person') throw new AppError(422, 'focusGroup.locationNeeded');
    const changed: Partial<FocusGroupSessionEntity> = {
      ...patch,
      startsAt: patch.startsAt ? new Date(patch.startsAt) : undefined,
    };
    for (const key of Object.keys(changed) as (keyof FocusGroupSessionEntity)[]) {
      if (changed[key] === undefined) delete changed[key];
    }
    await this.webinars.follow(group, session, patch);
    await this.dataSource.getRepository(FocusGroupSessionEntity).update(session.id, changed);
    return this.view(group.id, session.id, manage);
  }

  /** The notes in Markdown, kept with their HTML through the lessons' sanitizer. */
  async writeNotes(
    actor: Principal,
    { group }: GroupAccess,
    sessionId: string,
    markdown: string,
  ): Promise<FocusGroupSession> {
    const session = await this.session(group.id, sessionId);
    await this.dataSource.getRepository(FocusGroupSessionEntity).update(session.id, {
      notesMarkdown: markdown,
      notesHtml: markdown ? renderMarkdown(markdown) : '',
      notesUpdatedAt: new Date(),
      notesUpdatedBy: actor.userId,
    });
    return this.view(group.id, session.id, true);
  }

  private async view(groupId: string, sessionId: string, manage: boolean): Promise<FocusGroupSession> {
    const session = await this.session(groupId, sessionId);
    const people = await this.directory.byIds(session.notesUpdatedBy ? [session.notesUpdatedBy] : []);
    return sessionView(session, new Map([...people.values()].map((p) => [p.id, p.fullName])), manage);
  }

  async session(groupId: string, sessionId: string): Promise<FocusGroupSessionEntity> {
    const session = await this.dataSource.getRepository(FocusGroupSessionEntity).findOneBy({ id: sessionId, groupId });
    if (!session) throw new AppError(404, 'focusGroup.sessionNotFound');
    return session;
  }
}
