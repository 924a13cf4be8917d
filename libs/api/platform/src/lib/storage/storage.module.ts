import { Global, Module } from '@nestjs/common';
import { LocalDiskStorage, Storage } from './storage';
import { UrlSignerService } from './url-signer.service';

@Global()
@Module({
  providers: [{ provide: Storage, useClass: LocalDiskStorage }, UrlSignerService],
  exports: [Storage, UrlSignerService],
})
export class StorageModule {}
