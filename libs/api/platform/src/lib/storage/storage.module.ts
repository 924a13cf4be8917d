import { Global, Module } from '@nestjs/common';
import { LocalDiskStorage, Storage } from './storage';
import { UrlSigner } from './url-signer';

@Global()
@Module({
  providers: [{ provide: Storage, useClass: LocalDiskStorage }, UrlSigner],
  exports: [Storage, UrlSigner],
})
export class StorageModule {}
