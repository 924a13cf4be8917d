import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { InstitutionEntity } from './entities/institution.entity';
import { UserEntity } from './entities/user.entity';
import { UserDirectoryService } from './services/user-directory.service';

/** Looking people up without the rest of identity (sign-in, HTTP): for worker processes. */
@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, InstitutionEntity])],
  providers: [UserDirectoryService],
  exports: [UserDirectoryService],
})
export class IdentityDirectoryModule {}
