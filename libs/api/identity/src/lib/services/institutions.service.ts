import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, isUniqueViolation } from '@bina-pustaka/api-platform';
import type { Institution } from '@bina-pustaka/shared-contracts';
import { DataSource } from 'typeorm';
import { InstitutionEntity } from '../entities/institution.entity';

const toInstitution = ({ id, name, city }: InstitutionEntity): Institution => ({ id, name, city });

@Injectable()
export class InstitutionsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(): Promise<Institution[]> {
    const rows = await this.dataSource.getRepository(InstitutionEntity).find({ order: { name: 'ASC' } });
    return rows.map(toInstitution);
  }

  async create(input: { name: string; city?: string | null }): Promise<Institution> {
    return this.saving(() =>
      this.dataSource.getRepository(InstitutionEntity).save({ name: input.name, city: input.city ?? null }),
    );
  }

  async update(id: string, changes: { name?: string; city?: string | null }): Promise<Institution> {
    const repository = this.dataSource.getRepository(InstitutionEntity);
    const existing = await repository.findOneBy({ id });
    if (!existing) throw new AppError(404, 'institutions.notFound');
    return this.saving(() => repository.save({ ...existing, ...changes }));
  }

  private async saving(write: () => Promise<InstitutionEntity>): Promise<Institution> {
    try {
      return toInstitution(await write());
    } catch (error) {
      if (isUniqueViolation(error, 'uq_institutions_name')) throw new AppError(409, 'institutions.nameTaken');
      throw error;
    }
  }
}
