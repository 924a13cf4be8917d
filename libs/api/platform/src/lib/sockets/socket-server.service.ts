import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { Server, type Namespace } from 'socket.io';

/**
 * The api's one socket.io Server, on its HTTP server at /socket.io. Two Servers cannot
 * share a path (the second's upgrade handler answers the first's clients), so each domain
 * takes its namespace from here (webinar: /webinar, forum: /forum) when the app boots.
 */
@Injectable()
export class SocketServerService implements OnModuleDestroy {
  private server: Server | null = null;

  constructor(private readonly adapterHost: HttpAdapterHost) {}

  /** The namespace, on the Server made on first use (after the HTTP adapter exists: call it at bootstrap). */
  namespace(name: string): Namespace {
    this.server ??= new Server(this.adapterHost.httpAdapter.getHttpServer(), {
      path: '/socket.io',
      serveClient: false,
      // Messages are small: webinar signalling (mediasoup's SDP-like objects) and forum follows.
      maxHttpBufferSize: 100_000,
      pingInterval: 10_000,
      pingTimeout: 10_000,
    });
    return this.server.of(name);
  }

  async onModuleDestroy(): Promise<void> {
    const server = this.server;
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }
}
