/*
 * The receiving side of the webinar forwarding benchmark (tools/bench/webinar-forwarding.bench.ts).
 * A small C program, because a Node sink spent ~8 us per datagram here and would have
 * saturated its core long before the mediasoup worker. Compiled on first use by
 * ./sink-process.ts (cc -O2), cached by source hash.
 *
 * One UDP socket per viewer on 127.0.0.1; each viewer's PlainTransport sends it an audio and
 * a video stream, told apart by RTP payload type (RTCP, 72-78 once the marker bit is masked,
 * is ignored). epoll in rounds 10 ms apart + recvmmsg with 16-byte buffers: the kernel copies only the RTP header
 * start; per stream it keeps packets received, the highest extended sequence number and the
 * number of forward jumps (gaps).
 *
 * Line protocol on stdin/stdout:
 *   open <viewers> <audio pt> <video pt>  ->  opened <port> <port> ...
 *   snapshot                              ->  snapshot <received> <highest> <gaps> ... (per stream;
 *                                              stream 2i = viewer i audio, 2i+1 video; highest -1 = nothing yet)
 *   close                                 ->  closed
 * EOF on stdin ends the program.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define BATCH 64
#define HEAD 16
#define RECEIVE_BUFFER (4 * 1024 * 1024)
/* Pause between rounds so that each socket has several datagrams for one recvmmsg: fewer
 * syscalls per packet. 10 ms is ~1 kB per viewer socket, far below its buffer. */
#define ROUND_PAUSE_NS (10 * 1000 * 1000)

static int epoll_fd;
static int *sockets;
static int viewers;
static int audio_pt, video_pt;
static uint64_t *received;
static int64_t *highest;
static uint64_t *gaps;

static void die(const char *what) {
  perror(what);
  exit(1);
}

static void close_all(void) {
  for (int i = 0; i < viewers; i++) close(sockets[i]);
  free(sockets);
  free(received);
  free(highest);
  free(gaps);
  sockets = NULL;
  received = NULL;
  highest = NULL;
  gaps = NULL;
  viewers = 0;
}

static void open_all(int count) {
  close_all();
  viewers = count;
  sockets = calloc(count, sizeof(int));
  received = calloc(2 * count, sizeof(uint64_t));
  highest = malloc(2 * count * sizeof(int64_t));
  gaps = calloc(2 * count, sizeof(uint64_t));
  if (!sockets || !received || !highest || !gaps) die("calloc");
  for (int i = 0; i < 2 * count; i++) highest[i] = -1;
  printf("opened");
  for (int i = 0; i < count; i++) {
    int fd = socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK, 0);
    if (fd < 0) die("socket");
    int size = RECEIVE_BUFFER;
    /* As root, beyond net.core.rmem_max; else as much as rmem_max allows. */
    if (setsockopt(fd, SOL_SOCKET, SO_RCVBUFFORCE, &size, sizeof size) < 0)
      setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &size, sizeof size);
    struct sockaddr_in address = {.sin_family = AF_INET, .sin_port = 0};
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (bind(fd, (struct sockaddr *)&address, sizeof address) < 0) die("bind");
    socklen_t length = sizeof address;
    if (getsockname(fd, (struct sockaddr *)&address, &length) < 0) die("getsockname");
    struct epoll_event event = {.events = EPOLLIN, .data.u32 = (uint32_t)i};
    if (epoll_ctl(epoll_fd, EPOLL_CTL_ADD, fd, &event) < 0) die("epoll_ctl");
    sockets[i] = fd;
    printf(" %d", ntohs(address.sin_port));
  }
  printf("\n");
  fflush(stdout);
}

static void count_packet(int viewer, const unsigned char *packet, unsigned int length) {
  if (length < 4) return;
  int pt = packet[1] & 0x7f;
  int stream = pt == audio_pt ? viewer * 2 : pt == video_pt ? viewer * 2 + 1 : -1;
  if (stream < 0) return;
  int64_t sequence = (packet[2] << 8) | packet[3];
  int64_t top = highest[stream];
  received[stream]++;
  if (top < 0) {
    highest[stream] = sequence;
    return;
  }
  int64_t ahead = (sequence - (top & 0xffff) + 65536) & 0xffff;
  /* 1..32767 ahead is new (more than 1: a gap); the rest is a duplicate or reordered. */
  if (ahead > 0 && ahead < 32768) {
    if (ahead > 1) gaps[stream]++;
    highest[stream] = top + ahead;
  }
}

static unsigned char buffers[BATCH][HEAD];
static struct iovec iovecs[BATCH];
static struct mmsghdr messages[BATCH];

static void drain(int viewer) {
  for (;;) {
    int got = recvmmsg(sockets[viewer], messages, BATCH, MSG_DONTWAIT, NULL);
    if (got <= 0) return;
    for (int i = 0; i < got; i++) count_packet(viewer, buffers[i], messages[i].msg_len);
    if (got < BATCH) return;
  }
}

static void command(char *line) {
  int count, apt, vpt;
  if (sscanf(line, "open %d %d %d", &count, &apt, &vpt) == 3) {
    audio_pt = apt;
    video_pt = vpt;
    open_all(count);
  } else if (strncmp(line, "snapshot", 8) == 0) {
    printf("snapshot");
    for (int i = 0; i < 2 * viewers; i++)
      printf(" %llu %lld %llu", (unsigned long long)received[i], (long long)highest[i], (unsigned long long)gaps[i]);
    printf("\n");
    fflush(stdout);
  } else if (strncmp(line, "close", 5) == 0) {
    close_all();
    printf("closed\n");
    fflush(stdout);
  } else {
    printf("error unknown command\n");
    fflush(stdout);
  }
}

int main(void) {
  for (int i = 0; i < BATCH; i++) {
    iovecs[i].iov_base = buffers[i];
    iovecs[i].iov_len = HEAD;
    messages[i].msg_hdr.msg_iov = &iovecs[i];
    messages[i].msg_hdr.msg_iovlen = 1;
  }
  epoll_fd = epoll_create1(0);
  if (epoll_fd < 0) die("epoll_create1");
  struct epoll_event stdin_event = {.events = EPOLLIN, .data.u32 = UINT32_MAX};
  if (epoll_ctl(epoll_fd, EPOLL_CTL_ADD, STDIN_FILENO, &stdin_event) < 0) die("epoll_ctl stdin");
  static char input[4096];
  size_t filled = 0;
  struct epoll_event events[1024];
  const struct timespec pause = {.tv_sec = 0, .tv_nsec = ROUND_PAUSE_NS};
  for (;;) {
    int ready = epoll_wait(epoll_fd, events, 1024, -1);
    if (ready < 0) {
      if (errno == EINTR) continue;
      die("epoll_wait");
    }
    for (int e = 0; e < ready; e++) {
      uint32_t which = events[e].data.u32;
      if (which != UINT32_MAX) {
        if ((int)which < viewers) drain((int)which);
        continue;
      }
      ssize_t got = read(STDIN_FILENO, input + filled, sizeof input - 1 - filled);
      if (got <= 0) return 0; /* the parent is gone */
      filled += (size_t)got;
      input[filled] = '\0';
      char *newline;
      while ((newline = strchr(input, '\n')) != NULL) {
        *newline = '\0';
        command(input);
        size_t rest = filled - (size_t)(newline + 1 - input);
        memmove(input, newline + 1, rest);
        filled = rest;
        input[filled] = '\0';
      }
      /* A stale event for a socket closed by "close" in this batch: skip the rest of it. */
      break;
    }
    nanosleep(&pause, NULL);
  }
}
