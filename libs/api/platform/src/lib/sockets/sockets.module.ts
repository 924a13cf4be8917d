import { Global, Module } from '@nestjs/common';
import { SocketServerService } from './socket-server.service';

/** The api's socket.io Server, shared by the domains' namespaces. */
@Global()
@Module({ providers: [SocketServerService], exports: [SocketServerService] })
export class SocketsModule {}
