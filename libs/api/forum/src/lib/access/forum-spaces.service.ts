import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Principal } from '@bina-pustaka/api-platform';
import type { ForumKind, Role, UserRef } from '@bina-pustaka/shared-contracts';
import { DataSource, type EntityManager } from 'typeorm';

/** Who is asking: what access depends on (a signed-in principal, or a person the file store checks). */
export interface ForumReader {
  userId: string;
  roles: readonly Role[];
}

/** A private space's place in its forum: moderates, or reads and writes. */
export type ForumSpaceRole = 'moderator' | 'member';

/** A private space as one reader sees it. */
export interface ForumSpaceView {
  spaceId: string;
  role: ForumSpaceRole;
  /** The forum's title: the space's name. */
  title: string;
  /** Members may post anonymously to each other (moderators still see who). */
  anonymousAllowed: boolean;
}

/**
 * What the domain that owns a kind of private space (a focus group) says of it. The forum
 * asks it instead of importing that domain, which itself builds on the forum. A view is one
 * statement: the forum home asks for every space of a reader at once.
 */
export interface ForumSpaceResolver {
  /** The space as this reader sees it; null when they are not in it. */
  viewOf(actor: ForumReader, spaceId: string): Promise<ForumSpaceView | null>;
  /** Every space whose forum the viewer may read (the forum home lists them). */
  viewsOf(actor: Principal): Promise<ForumSpaceView[]>;
  readersAmong(spaceId: string, userIds: readonly string[]): Promise<Set<string>>;
  people(spaceId: string, text: string): Promise<UserRef[]>;
}

/** The registry of private spaces' resolvers, by forum kind, and their forums. */
@Injectable()
export class ForumSpacesService {
  private readonly resolvers = new Map<ForumKind, ForumSpaceResolver>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  register(kind: ForumKind, resolver: ForumSpaceResolver): void {
    this.resolvers.set(kind, resolver);
  }

  /** The resolver of a kind of space (null: community and course forums, or nobody registered it). */
  resolver(kind: ForumKind): ForumSpaceResolver | null {
    return this.resolvers.get(kind) ?? null;
  }

  registeredKinds(): ForumKind[] {
    return [...this.resolvers.keys()];
  }

  /** The space's forum, made once (in the space's own transaction when given its manager); its id. */
  async createSpaceForum(
    kind: ForumKind,
    spaceId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string> {
    const [row]: { id: string }[] = await manager.query(
      `WITH made AS (
         INSERT INTO forums (kind, space_id) VALUES ($1, $2) ON CONFLICT (kind, space_id) DO NOTHING RETURNING id
       )
       SELECT id FROM made UNION ALL SELECT id FROM forums WHERE kind = $1 AND space_id = $2`,
      [kind, spaceId],
    );
    return row.id;
  }
}
