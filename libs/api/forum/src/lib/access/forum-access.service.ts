import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserDirectoryService } from '@bina-pustaka/api-identity';
import { CourseMembershipService } from '@bina-pustaka/api-learning';
import { AppError, type Principal } from '@bina-pustaka/api-platform';
import type { Role, UserRef } from '@bina-pustaka/shared-contracts';
import { DataSource } from 'typeorm';
import { ForumEntity, ForumPostEntity, ForumThreadEntity } from '../entities/forum.entity';
import { CourseForumsService } from './course-forums.service';
import { communityForums, forumById, forumsOfSpaces } from './forum-rows';
import {
  ForumSpacesService,
  type ForumReader,
  type ForumSpaceResolver,
  type ForumSpaceView,
} from './forum-spaces.service';

/** A forum the viewer may read, with its shown title and whether they moderate it. */
export interface ForumAccess {
  forum: ForumEntity;
  title: string;
  mayModerate: boolean;
  /** A private space that allows it, to a member who does not moderate it. */
  mayPostAnonymously: boolean;
}

const PEOPLE_LIMIT = 8;

/** The community forum's moderators: the `moderator` role, coordinators and admins. */
export const moderatesCommunity = (roles: readonly Role[]) =>
  roles.includes('moderator') || roles.includes('coordinator') || roles.includes('admin');

/** A thread or post waiting for approval exists only for its author and the forum's moderators. */
export const seesHeld = (actor: Principal, access: ForumAccess, held: { heldAt: Date | null; authorId: string }) =>
  !held.heldAt || held.authorId === actor.userId || access.mayModerate;

/**
 * Who may read and moderate which forum. Community categories: every signed-in person
 * reads and writes, coordinators and admins moderate. A course forum: what learning says
 * of the person and the course (CourseMembershipService). Whatever the viewer may not read
 * does not exist for them (404), so nothing tells a stranger a course forum is there. A
 * private space's forum (a focus group): what its domain's resolver says (ForumSpacesService).
 */
@Injectable()
export class ForumAccessService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly membership: CourseMembershipService,
    private readonly directory: UserDirectoryService,
    private readonly spaces: ForumSpacesService,
    private readonly courseForums: CourseForumsService,
  ) {}

  async forum(actor: Principal, forumId: string): Promise<ForumAccess> {
    const forum = await forumById(this.dataSource, forumId);
    const access = forum && (await this.accessTo(actor, forum));
    if (!access) throw new AppError(404, 'forum.notFound');
    return access;
  }

  /** The course's forum (made when the course was published). */
  async courseForum(actor: Principal, courseId: string): Promise<ForumAccess> {
    const member = await this.membership.membership(actor, courseId);
    if (!member || member.role === 'none') throw new AppError(404, 'forum.notFound');
    const [forum] = await this.courseForums.of([courseId]);
    return { forum, title: member.title, mayModerate: member.role === 'moderator', mayPostAnonymously: false };
  }

  async thread(actor: Principal, threadId: string): Promise<{ access: ForumAccess; thread: ForumThreadEntity }> {
    const thread = await this.dataSource.getRepository(ForumThreadEntity).findOneBy({ id: threadId });
    const forum = thread && (await forumById(this.dataSource, thread.forumId));
    const access = forum && (await this.accessTo(actor, forum));
    if (!thread || !access || !seesHeld(actor, access, thread)) throw new AppError(404, 'forum.threadNotFound');
    return { access, thread };
  }

  async post(
    actor: Principal,
    postId: string,
  ): Promise<{ access: ForumAccess; thread: ForumThreadEntity; post: ForumPostEntity }> {
    const post = await this.dataSource.getRepository(ForumPostEntity).findOneBy({ id: postId });
    if (!post) throw new AppError(404, 'forum.postNotFound');
    const { access, thread } = await this.thread(actor, post.threadId).catch(() => {
      throw new AppError(404, 'forum.postNotFound');
    });
    if (!seesHeld(actor, access, post)) throw new AppError(404, 'forum.postNotFound');
    return { access, thread, post };
  }

  /** Every forum the viewer may read: the categories by place, their courses' forums by title, their spaces'. */
  async readable(
    actor: Principal,
  ): Promise<{ community: ForumAccess[]; courses: ForumAccess[]; spaces: ForumAccess[] }> {
    const categories = await communityForums(this.dataSource);
    const mayModerate = moderatesCommunity(actor.roles);
    const courses = await this.membership.readableCourses(actor);
    const forums = new Map((await this.courseForums.of(courses.map((c) => c.id))).map((f) => [f.courseId, f]));
    const trainerOf = await this.moderatedCourses(
      actor,
      courses.map((c) => c.id),
    );
    return {
      community: categories.map((forum) => ({
        forum,
        title: forum.title ?? '',
        mayModerate,
        mayPostAnonymously: false,
      })),
      courses: courses.map((course) => ({
        forum: forums.get(course.id) as ForumEntity,
        title: course.title,
        mayModerate: trainerOf.has(course.id),
        mayPostAnonymously: false,
      })),
      spaces: await this.readableSpaces(actor),
    };
  }

  /** Of these people, those who may read the forum (mentions and notifications reach no one else). */
  async readersAmong(forum: ForumEntity, userIds: readonly string[]): Promise<Set<string>> {
    if (forum.courseId) return this.membership.membersAmong(forum.courseId, userIds);
    if (forum.kind !== 'community') {
      // A private space: only its domain knows who is in it (nobody, when it is not loaded).
      const space = this.spaceOf(forum);
      return space ? space.resolver.readersAmong(space.spaceId, userIds) : new Set();
    }
    const people = await this.directory.byIds(userIds);
    return new Set([...people.values()].filter((person) => person.status === 'active').map((person) => person.id));
  }

  /** People who may read the forum whose name contains the text (the mention picker). */
  async people(forum: ForumEntity, text: string): Promise<UserRef[]> {
    if (forum.courseId) return this.membership.peopleNamed(forum.courseId, text, PEOPLE_LIMIT);
    if (forum.kind !== 'community') {
      const space = this.spaceOf(forum);
      return space ? (await space.resolver.people(space.spaceId, text)).slice(0, PEOPLE_LIMIT) : [];
    }
    return this.directory.activeNamed(text, PEOPLE_LIMIT);
  }

  /** A forum as this person may read it (null: not at all), outside a request (the file store's check). */
  async readerAccess(person: ForumReader, forumId: string): Promise<ForumAccess | null> {
    const forum = await forumById(this.dataSource, forumId);
    return forum && this.accessTo(person, forum);
  }

  private async accessTo(actor: ForumReader, forum: ForumEntity): Promise<ForumAccess | null> {
    if (forum.kind === 'community') {
      return {
        forum,
        title: forum.title ?? '',
        mayModerate: moderatesCommunity(actor.roles),
        mayPostAnonymously: false,
      };
    }
    if (forum.courseId) {
      const member = await this.membership.membership(actor, forum.courseId);
      if (!member || member.role === 'none') return null;
      return { forum, title: member.title, mayModerate: member.role === 'moderator', mayPostAnonymously: false };
    }
    // A space whose domain is not loaded (or an unknown kind) is nobody's to read.
    const space = this.spaceOf(forum);
    return space ? this.spaceAccess(actor, forum, space.resolver, space.spaceId) : null;
  }

  private spaceOf(forum: ForumEntity): { resolver: ForumSpaceResolver; spaceId: string } | null {
    const resolver = this.spaces.resolver(forum.kind);
    return resolver && forum.spaceId ? { resolver, spaceId: forum.spaceId } : null;
  }

  private async spaceAccess(
    actor: ForumReader,
    forum: ForumEntity,
    resolver: ForumSpaceResolver,
    spaceId: string,
  ): Promise<ForumAccess | null> {
    const view = await resolver.viewOf(actor, spaceId);
    return view && accessOf(forum, view);
  }

  /** The forums of the viewer's spaces (focus groups), by title. */
  private async readableSpaces(actor: Principal): Promise<ForumAccess[]> {
    const found: ForumAccess[] = [];
    for (const kind of this.spaces.registeredKinds()) {
      const resolver = this.spaces.resolver(kind) as ForumSpaceResolver;
      const views = new Map((await resolver.viewsOf(actor)).map((view) => [view.spaceId, view]));
      if (views.size === 0) continue;
      const forums = await forumsOfSpaces(this.dataSource, kind, [...views.keys()]);
      for (const forum of forums) found.push(accessOf(forum, views.get(forum.spaceId as string) as ForumSpaceView));
    }
    return found.sort((a, b) => a.title.localeCompare(b.title, 'id'));
  }

  private async moderatedCourses(actor: Principal, courseIds: string[]): Promise<Set<string>> {
    // Staff moderate every course; anyone else is in few courses, asked one by one.
    if (actor.roles.includes('coordinator') || actor.roles.includes('admin')) return new Set(courseIds);
    const moderated = new Set<string>();
    for (const courseId of courseIds) {
      if ((await this.membership.membership(actor, courseId))?.role === 'moderator') moderated.add(courseId);
    }
    return moderated;
  }
}

/** A space's forum as its reader may use it: moderators do not post anonymously. */
function accessOf(forum: ForumEntity, view: ForumSpaceView): ForumAccess {
  const mayModerate = view.role === 'moderator';
  return { forum, title: view.title, mayModerate, mayPostAnonymously: view.anonymousAllowed && !mayModerate };
}
