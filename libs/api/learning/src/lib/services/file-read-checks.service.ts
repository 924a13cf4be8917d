import { Injectable } from '@nestjs/common';
import type { FilePurpose, Role } from '@bina-pustaka/shared-contracts';

/** Whether this person may read the file now (where the domain that uses it shows it to them). */
export type FileReadCheck = (fileId: string, viewer: { userId: string; roles: readonly Role[] }) => Promise<boolean>;

/**
 * The file store knows who reads courses' and materials' files; a file of another domain's
 * purpose (the forum's images) is read by whom that domain says, through the check it
 * registers here when it starts. A purpose with no check is learning's own.
 */
@Injectable()
export class FileReadChecksService {
  private readonly checks = new Map<FilePurpose, FileReadCheck>();

  register(purpose: FilePurpose, check: FileReadCheck): void {
    this.checks.set(purpose, check);
  }

  checkOf(purpose: FilePurpose): FileReadCheck | undefined {
    return this.checks.get(purpose);
  }
}
