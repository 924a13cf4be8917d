/**
 * Who a session is for: a cohort (angkatan), every learner of a course, people who
 * registered, or people invited by name (a focus group's members: only the api sets it).
 */
export const WEBINAR_AUDIENCE_KINDS = ['cohort', 'course', 'registered', 'invited'] as const;
export type WebinarAudienceKind = (typeof WEBINAR_AUDIENCE_KINDS)[number];

/** The audiences a session form may choose: an invited session names its people elsewhere. */
export const WEBINAR_OPEN_AUDIENCES = ['cohort', 'course', 'registered'] as const;
export type WebinarOpenAudience = (typeof WEBINAR_OPEN_AUDIENCES)[number];

/** The people a session names besides its audience. */
export const WEBINAR_STAFF_ROLES = ['host', 'presenter', 'moderator'] as const;
export type WebinarStaffRole = (typeof WEBINAR_STAFF_ROLES)[number];

/**
 * A person's role in a room. host: everything; presenter (narasumber): audio, video,
 * screen share; moderator: chat, Q&A, lobby and hands; attendee: listens and watches, may
 * raise a hand and speak when the host allows it.
 */
export const WEBINAR_ROOM_ROLES = ['host', 'presenter', 'moderator', 'attendee'] as const;
export type WebinarRoomRole = (typeof WEBINAR_ROOM_ROLES)[number];

export const WEBINAR_STATUSES = ['scheduled', 'live', 'ended', 'cancelled'] as const;
export type WebinarStatus = (typeof WEBINAR_STATUSES)[number];

/** Attendees may enter this many minutes before the start. */
export const WEBINAR_EARLY_JOIN_MINUTES = 10;

interface WebinarStaffMember {
  userId: string;
  name: string;
  role: WebinarStaffRole;
}

export interface WebinarSession {
  id: string;
  title: string;
  description: string;
  courseId: string | null;
  courseTitle: string | null;
  audience: WebinarAudienceKind;
  cohortId: string | null;
  cohortName: string | null;
  startsAt: string;
  durationMinutes: number;
  /** IANA zone the session is announced in (Asia/Jakarta by default). */
  timeZone: string;
  /** Learning hours a participant earns. */
  jp: number;
  capacity: number | null;
  requireAdmission: boolean;
  status: WebinarStatus;
  openedAt: string | null;
  endedAt: string | null;
  staff: WebinarStaffMember[];
  registeredCount: number;
  /** For the reader: their role if they may join, null if not. */
  myRole: WebinarRoomRole | null;
  /** For the reader: whether they registered (audience 'registered'). */
  registered: boolean;
  /** For the reader: whether they may edit, open, end and read the attendance ledger. */
  canManage: boolean;
}

export interface IceServer {
  urls: string | string[];
  username?: string;
  credential?: string;
}

/**
 * What a client needs to connect to a room: a short-lived, single-use token. Connect to the
 * namespace with `auth: { token, sessionId }`; every (re)connection needs a new ticket.
 */
export interface WebinarJoinTicket {
  token: string;
  expiresAt: string;
  role: WebinarRoomRole;
  /** socket.io namespace on the api origin. */
  namespace: '/webinar';
  /** TURN/STUN servers for clients behind strict networks (may be empty). */
  iceServers: IceServer[];
  /** mediasoup router RTP capabilities: load the Device with them before room:join. */
  routerRtpCapabilities: unknown;
}

export interface WebinarAttendanceRow {
  userId: string;
  name: string;
  email: string;
  role: WebinarRoomRole;
  firstJoinedAt: string;
  lastLeftAt: string | null;
  /** Separate visits after merging reconnects within the gap. */
  visits: number;
  minutes: number;
  /** Of the scheduled duration, 0-100. */
  percent: number;
}

export interface WebinarAttendanceLedger {
  sessionId: string;
  scheduledMinutes: number;
  /** True once the session ended and the figures were settled. */
  final: boolean;
  rows: WebinarAttendanceRow[];
}

// ---- The room: socket.io namespace /webinar --------------------------------------------

export const WEBINAR_MEDIA_SOURCES = ['mic', 'camera', 'screen'] as const;
export type WebinarMediaSource = (typeof WEBINAR_MEDIA_SOURCES)[number];

/** How good a person's connection is, as their own browser judges it from WebRTC statistics. */
export const WEBINAR_NETWORK_QUALITIES = ['good', 'fair', 'poor'] as const;
export type WebinarNetworkQuality = (typeof WEBINAR_NETWORK_QUALITIES)[number];

export interface WebinarPeer {
  userId: string;
  name: string;
  role: WebinarRoomRole;
  handRaised: boolean;
  /** An attendee the host invited to speak (may send audio). */
  canSpeak: boolean;
  /** The person's connection as their browser last reported it (null: not yet). */
  network: WebinarNetworkQuality | null;
}

export interface WebinarProducerInfo {
  producerId: string;
  userId: string;
  kind: 'audio' | 'video';
  source: WebinarMediaSource;
  paused: boolean;
}

export interface WebinarChatMessage {
  id: string;
  userId: string;
  name: string;
  body: string;
  sentAt: string;
}

export interface WebinarQuestion {
  id: string;
  userId: string;
  name: string;
  body: string;
  askedAt: string;
  votes: number;
  votedByMe: boolean;
  answered: boolean;
}

export interface WebinarPoll {
  id: string;
  question: string;
  options: string[];
  counts: number[];
  open: boolean;
  myChoice: number | null;
}

export interface WebinarLobbyEntry {
  userId: string;
  name: string;
}

/** What a peer learns when it is let into the room. */
export interface WebinarRoomState {
  sessionId: string;
  title: string;
  me: WebinarPeer;
  peers: WebinarPeer[];
  producers: WebinarProducerInfo[];
  chatLocked: boolean;
  chat: WebinarChatMessage[];
  questions: WebinarQuestion[];
  polls: WebinarPoll[];
  hands: string[];
  lobby: WebinarLobbyEntry[];
  activeSpeakerId: string | null;
  /**
   * From this many people in the room, an attendee invited to speak gets the microphone
   * only (the camera waits for a click); in smaller rooms the camera opens with it.
   */
  largeRoomFrom: number;
}

type WebinarJoinResult = { state: 'joined'; room: WebinarRoomState } | { state: 'lobby' };

export interface WebinarTransportInfo {
  id: string;
  iceParameters: unknown;
  iceCandidates: unknown;
  dtlsParameters: unknown;
}

export interface WebinarConsumerInfo {
  consumerId: string;
  producerId: string;
  userId: string;
  kind: 'audio' | 'video';
  source: WebinarMediaSource;
  rtpParameters: unknown;
  producerPaused: boolean;
}

/** Every acknowledged message answers this way; errors carry a message key and its words. */
export type WebinarAck<T = null> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } };
type Ack<T = null> = (answer: WebinarAck<T>) => void;

/** Payloads of client messages (validated by the server's schemas). */
export interface WebinarClientPayloads {
  'room:join': { rtpCapabilities: unknown };
  'transport:create': { direction: 'send' | 'recv' };
  'transport:connect': { transportId: string; dtlsParameters: unknown };
  'media:produce': { transportId: string; kind: 'audio' | 'video'; source: WebinarMediaSource; rtpParameters: unknown };
  'media:closeProducer': { producerId: string };
  'media:pauseProducer': { producerId: string };
  'media:resumeProducer': { producerId: string };
  'media:consume': { transportId: string; producerId: string };
  'media:resumeConsumer': { consumerId: string };
  'media:pauseConsumer': { consumerId: string };
  'media:preferLayers': { consumerId: string; spatialLayer: number; temporalLayer?: number };
  'chat:send': { body: string };
  'chat:delete': { messageId: string };
  'qa:ask': { body: string };
  'qa:upvote': { questionId: string };
  'qa:answered': { questionId: string };
  'hand:raise': Record<string, never>;
  'hand:lower': { userId?: string };
  'network:report': { quality: WebinarNetworkQuality };
  'poll:create': { question: string; options: string[] };
  'poll:vote': { pollId: string; option: number };
  'poll:close': { pollId: string };
  'host:admit': { userId: string };
  'host:deny': { userId: string };
  'host:mute': { userId?: string };
  'host:stopVideo': { userId: string };
  'host:allowSpeak': { userId: string; allowed: boolean };
  'host:setRole': { userId: string; role: 'presenter' | 'moderator' | 'attendee' };
  'host:remove': { userId: string };
  'host:lockChat': { locked: boolean };
  'host:end': Record<string, never>;
}

/** What each client message answers with. */
export interface WebinarClientResults {
  'room:join': WebinarJoinResult;
  'transport:create': WebinarTransportInfo;
  'transport:connect': null;
  'media:produce': { producerId: string };
  'media:closeProducer': null;
  'media:pauseProducer': null;
  'media:resumeProducer': null;
  'media:consume': WebinarConsumerInfo;
  'media:resumeConsumer': null;
  'media:pauseConsumer': null;
  'media:preferLayers': null;
  'chat:send': WebinarChatMessage;
  'chat:delete': null;
  'qa:ask': WebinarQuestion;
  'qa:upvote': null;
  'qa:answered': null;
  'hand:raise': null;
  'hand:lower': null;
  'network:report': null;
  'poll:create': WebinarPoll;
  'poll:vote': null;
  'poll:close': null;
  'host:admit': null;
  'host:deny': null;
  'host:mute': null;
  'host:stopVideo': null;
  'host:allowSpeak': null;
  'host:setRole': null;
  'host:remove': null;
  'host:lockChat': null;
  'host:end': null;
}

export type WebinarClientMessage = keyof WebinarClientPayloads;

/** socket.io's typed map of what clients send (each with an acknowledgement). */
export type WebinarClientToServerEvents = {
  [Message in WebinarClientMessage]: (
    payload: WebinarClientPayloads[Message],
    ack: Ack<WebinarClientResults[Message]>,
  ) => void;
};

/**
 * Why a peer left the room against its will: a host removed or denied them, the session
 * ended, they opened it elsewhere; or, from outside the room, their account was disabled,
 * they signed out (or their sign-in was ended), their password changed, they left the
 * session's audience (unenrolled, unregistered), or their role changed in a way the open
 * room cannot follow (they join again in the new role).
 */
export const WEBINAR_REMOVAL_REASONS = [
  'removed',
  'denied',
  'ended',
  'replaced',
  'accountDisabled',
  'signedOut',
  'passwordChanged',
  'notInAudience',
  'roleChanged',
] as const;
export type WebinarRemovalReason = (typeof WEBINAR_REMOVAL_REASONS)[number];

/** socket.io's typed map of what the server pushes. */
export interface WebinarServerToClientEvents {
  'peer:joined': (peer: WebinarPeer) => void;
  'peer:left': (event: { userId: string }) => void;
  'peer:updated': (peer: WebinarPeer) => void;
  'producer:new': (producer: WebinarProducerInfo) => void;
  'producer:closed': (event: { producerId: string }) => void;
  'producer:paused': (event: { producerId: string; paused: boolean }) => void;
  'consumer:closed': (event: { consumerId: string }) => void;
  'chat:message': (message: WebinarChatMessage) => void;
  'chat:deleted': (event: { messageId: string }) => void;
  'chat:locked': (event: { locked: boolean }) => void;
  /** A new or changed question; votedByMe is the receiver's. */
  'qa:question': (question: WebinarQuestion) => void;
  'hands:changed': (event: { hands: string[] }) => void;
  'poll:updated': (poll: WebinarPoll) => void;
  'speaker:active': (event: { userId: string | null }) => void;
  /** To hosts and moderators: who waits in the lobby. */
  'lobby:changed': (event: { lobby: WebinarLobbyEntry[] }) => void;
  /** To a waiting peer: come in (send room:join again). */
  'lobby:admitted': () => void;
  /** The host muted this peer's microphone (or stopped its camera). */
  'you:muted': (event: { source: WebinarMediaSource }) => void;
  /** The media server under the room was replaced: make transports again and re-consume. */
  'room:restarted': (event: { routerRtpCapabilities: unknown }) => void;
  /** The peer is out of the room; the socket closes after this. */
  'room:closed': (event: { reason: WebinarRemovalReason }) => void;
}
