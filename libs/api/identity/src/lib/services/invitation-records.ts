import { AppError } from '@bina-pustaka/api-platform';
import { IsNull, type EntityManager } from 'typeorm';
import { InstitutionEntity } from '../entities/institution.entity';
import { InvitationEntity } from '../entities/invitation.entity';
import { UserEntity } from '../entities/user.entity';
import { newSecretToken } from './secret-token';

/** What invitations by people and self-registrations share: one open link per address. */

/** Invitations and registrations for one address, one at a time (until the transaction ends). */
export async function lockAddress(manager: EntityManager, email: string): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`invitation:${email}`]);
}

export async function findInstitution(manager: EntityManager, id: string | null): Promise<InstitutionEntity | null> {
  if (!id) return null;
  const institution = await manager.getRepository(InstitutionEntity).findOneBy({ id });
  if (!institution) throw new AppError(422, 'institutions.notFound');
  return institution;
}

/** A pending invitation someone made for this address (not a self-registration), with who made it. */
export async function openInvitationFromSomeone(
  manager: EntityManager,
  email: string,
): Promise<{ invitation: InvitationEntity; inviterName: string | null } | null> {
  const invitation = await manager
    .getRepository(InvitationEntity)
    .createQueryBuilder('invitation')
    .where('invitation.email = :email AND invitation.invitedById IS NOT NULL', { email })
    .andWhere('invitation.acceptedAt IS NULL AND invitation.revokedAt IS NULL AND invitation.expiresAt > now()')
    .orderBy('invitation.createdAt', 'DESC')
    .getOne();
  if (!invitation?.invitedById) return null;
  const inviter = await manager.getRepository(UserEntity).findOneBy({ id: invitation.invitedById });
  return { invitation, inviterName: inviter?.fullName ?? null };
}

/**
 * A new invitation whose link replaces the open ones for the address: any of them when a
 * person invites, only earlier self-registrations when someone registers.
 */
export async function createReplacingOpen(
  manager: EntityManager,
  ttlHours: number,
  fields: Pick<InvitationEntity, 'email' | 'fullName' | 'roles' | 'institutionId' | 'invitedById'>,
  replaces: 'any' | 'self-registrations' = 'any',
): Promise<{ token: string; invitation: InvitationEntity }> {
  const invitations = manager.getRepository(InvitationEntity);
  await invitations.update(
    {
      email: fields.email,
      acceptedAt: IsNull(),
      revokedAt: IsNull(),
      ...(replaces === 'self-registrations' ? { invitedById: IsNull() } : {}),
    },
    { revokedAt: new Date() },
  );
  const { token, hash } = newSecretToken();
  const invitation = await invitations.save(
    invitations.create({
      ...fields,
      tokenHash: hash,
      expiresAt: new Date(Date.now() + ttlHours * 3_600_000),
    }),
  );
  return { token, invitation };
}
