// SPDX-License-Identifier: BSD-3-Clause
//
//  W A R N I N G
//  -------------
// This file is not part of the libmanager API. It may change from version to version without
// notice, or even be removed.

#ifndef LIBMANAGER_PROTOCOL_P_H
#define LIBMANAGER_PROTOCOL_P_H

/*
    The libmanager wire protocol, version 3 (2 added Post; 3 added the server id to the Welcome
    and to Token values).

    Transport: a byte stream (Unix-domain socket or TCP). Everything is big-endian.

    Frame:   quint32 length | payload[length]
             length counts the payload only. Before authentication a frame's payload is at
             most MaxHandshakeFrame bytes; after it, at most the configured maximum frame size
             (default DefaultMaxFrameSize). A longer frame closes the connection.

    Handshake (fixed layouts, read by offset; nothing else is decoded before it succeeds):
      1. server -> client  ServerHello   "LMGR" | quint16 protocol | quint16 dataStream
                                          | serverNonce[32]                          (40 bytes)
      2. client -> server  ClientHello   "LMGR" | quint16 protocol | quint16 dataStream
                                          | clientNonce[32]
                                          | HMAC-SHA256(key, "LMGR-C" | serverNonce | clientNonce)
                                                                                     (72 bytes)
      3. server -> client  Welcome       quint8 status | HMAC-SHA256(key, "LMGR-S" | clientNonce
                                          | serverNonce | serverId) | serverId[16]   (49 bytes)
         status: WelcomeOk, WelcomeBadKey (then the server closes), WelcomeBadVersion,
         WelcomeObserver: the client proved the server's observer key (BaseManager::
         setObserverKey()), not its key; the MAC is then HMAC-SHA256(observer key, "LMGR-O" |
         clientNonce | serverNonce | serverId), so the role is covered by the proof. The server
         tries both keys on every ClientHello, each compared in full. An observer may call only
         what reads (Error::ReadOnly for the rest: see accesspolicy_p.h). Added without a
         version change, like the refusal: the layout is the same, and an older client given an
         observer key reports the status as a protocol mismatch.
         serverId: random bytes a server draws once when it starts. It names the server in
         tokens, whatever address a client reached it through (0.0.0.0:port, 127.0.0.1:port,
         a host name, a symlink to its socket). Zeros unless the status is WelcomeOk.
      Instead of a ServerHello, a server that will not serve the client sends
         server -> client  ServerRefusal "LMGR" | quint16 protocol | quint16 dataStream
                                          | quint8 reason                            (9 bytes)
         and closes the connection. reason: RefusedFull (the server has its maximum number of
         clients, BaseManager::setMaxClients()), RefusedNoResources (the server process ran out
         of descriptors or memory for one more connection). The client reports Error::ServerFull
         whatever the reason and its protocol version: a refusal needs no key, and tells
         nothing but that one fact. It was added without a version change: an older client
         reports it as a protocol mismatch.
      TLS (tls:// addresses): before anything else, in plain TCP, the server sends a
         ServerRefusal with reason TlsFollows. A plain client stops there and says the server
         wants TLS; a TLS client then runs the TLS handshake (it sends the ClientHello), and
         the exchange above runs inside TLS, the HMAC check included. A TLS client that gets
         a ServerHello first instead says the server does not use TLS. So either mistake is
         reported at once, in words, on both sides.
      Both sides draw their nonce fresh from the system's cryptographic source and compare
      MACs in constant time, so each proves to the other that it holds the key.

    Messages (after the handshake): a QDataStream (version DataStreamVersion) holding
      quint8 kind, then per kind:
      client -> server
        Call        quint32 requestId | quint64 objectId | QByteArray method | Value args (a list)
        Post        as Call, but answered only if it fails (or, if it parks, when it ends):
                    a call the client does not wait for (LockProxy's posted release)
        Release     quint64 objectId | quint32 count       (drop references; no answer)
        Cancel      quint32 requestId                      (the caller gave up; no answer)
        Subscribe   quint32 requestId | quint64 objectId   (answered by a Result)
        Unsubscribe quint64 objectId                       (no answer)
        Ping        (empty)                                (answered by a Pong: a client
                                                            waiting for answers checks that
                                                            the server still turns its loop)
      server -> client
        Result      quint32 requestId | Value result
        ObjectResult quint32 requestId | Value token
                    a method returned a shared object: the server made it an object of its
                    own (or found it one) and gave the caller one reference to it, which the
                    caller's proxy takes over (or releases). Python's method_to_typeid.
        Failure     quint32 requestId | quint16 Error | QString message
        Event       quint64 objectId | QByteArray name | Value args (a list)
        EventInfo   as Event, then quint64 version | quint64 origin | qint64 position: the
                    object's version after the change, the client whose call made it (0: the
                    server), and where it happened (a dict entry's position in insertion
                    order, before a removal; -1 when the event has none). Sent, instead of
                    Event, only to a connection that asked with the call changeInfo(objectId,
                    true) on object 0 after subscribing (an older server fails that call and
                    goes on sending Events); an Unsubscribe ends it. Proxy::changeInfo().
        Goodbye     QString reason                         (the server is shutting down)
        Pong        (empty)                                (the answer to a Ping)
      Object id 0 is the server's own introspection object ("__manager__"): create, incref,
      ping, typeIds, objects, clients, liveObjectCount, shutdown, and the named objects:
      named (name, typeId, args: get-or-create, answers a token), lookup (name: a token),
      removeName (name), names. Clients: whoami (this connection's id), client ([id]: one
      client as clients describes it, this connection without an id), setClientName (name:
      what clients show; a client sends it as its first call, pipelined with whatever follows,
      and drops the answer, so a server without it costs nothing but a Failure).
      Requests carry ids so a client can pipeline them; answers may come in any order (a parked
      call answers when it can).

    The server-wide event stream (introspection 3): Subscribe to object 0 (a full client or an
      observer) answers a Result (true), then sends Events of object 0, in the order the server
      made them, until Unsubscribe or the end of the connection. Each Event's args start with
      quint64 seq and qint64 time (ms since the epoch, coarse clock), then, by name:
        streamStarted   (nothing more)            the subscription begins; seq is the last
                                                  number the server gave, so the first event
                                                  after it is seq + 1
        overflow        quint64 firstLost         the client did not read (its unsent output
                                                  passed half of outputSoftLimit): the server
                                                  dropped the events firstLost..seq for it, and
                                                  sends this once the client has read enough;
                                                  the client resynchronizes (objectsPage(),
                                                  clients(), syncState()) and goes on from
                                                  seq + 1
        created         quint64 object, QString typeId, quint64 creator (client, 0: the server)
        released        quint64 object            its last reference went (or it was deleted)
        references      quint64 object, qint64 total            (coalesced, see below)
        changed         quint64 object, quint64 version, quint64 origin (client, 0: the
                        server), qint64 changedAt (ms)          (coalesced; no values)
        clientConnected quint64 client, QString name, qint64 pid, QString peer,
                        QString role ("full", "observer"), QString transport ("local", "tcp")
        clientRenamed   quint64 client, QString name
        clientGone      quint64 client, QString reason ("closed", "protocol", "outputLimit",
                        "outputTimeout", "outOfMemory", "shutdown"), QString text (translated)
        acquired        quint64 object, quint64 client, qint64 count (what the client holds of
                        it now: recursion count, permits)
        holdReleased    quint64 object, quint64 client, qint64 count (held now), bool gone (the
                        client went, and its holds with it)
        waitStarted     quint64 object, quint64 client, quint32 requestId, QByteArray method,
                        qint64 deadline (ms since the epoch, -1: none)
        waitEnded       quint64 object, quint64 client, quint32 requestId, QString outcome:
                        "granted" (answered: acquired, got, notified, set, passed), "timeout",
                        "cancelled" (the client gave up), "gone" (the client went), "failed"
                        (answered with an error: a broken barrier, the object destroyed)
        broken, reset   quint64 object, quint64 client    (a Barrier)
        set, cleared    quint64 object, quint64 client    (an Event)
      Sequence numbers are per server and grow by one per event made while anybody watches;
      every subscriber gets every event, so on one connection they are consecutive, except
      across an overflow notice, which names the ones dropped. A gap without one is a bug.
      Coalescing: a change or a change of reference count only marks the object; the marks are
      reported at the end of the server's turn, at most once per Stream::CoalesceMs, with the
      latest version, origin and count. An object released in between is reported released
      only. Waits are the parked calls of every type (Queue.get() too, application types'
      Deferreds); holds, set, cleared, broken and reset those of the standard types.
      Nothing is built, and nothing but a flag is tested, while nobody subscribes.

    Value: quint8 tag, then
        Null | Bool quint8 | Int qint32 | LongLong qint64 | UInt quint32 | ULongLong quint64
        | Double double | String QString | Bytes QByteArray
        | List quint32 n, n Values | Map quint32 n, n (QString, Value) | Hash (same as Map)
        | StringList quint32 n, n QString
        | Token QString address, QString typeId, quint64 id, QByteArray serverId
        | DateTime qint64 msecsSinceEpoch, quint8 Qt::TimeSpec (255: invalid), qint32 offset,
          QByteArray time zone id (checked against the system's list before use)
        | BitArray quint32 bits, QByteArray packed | ByteArrayList quint32 n, n QByteArray
        | Other: a QVariant as QDataStream writes it, for an allow-list of types whose
          QDataStream readers are bounded and touch nothing outside the stream (numbers, QChar,
          QDate, QTime, QUrl, QUuid, geometry, QRegularExpression, JSON, CBOR, QColor) and for
          application types with stream operators whose name does not contain "QVariant".
          Containers of QVariant must use the tags above so that their limits apply; Qt's own
          readers for them (and for QStringList, QBitArray, QDateTime) trust the peer.
      While encoding and decoding, List, Map and Hash values nest at most MaxNestingDepth deep
      (an argument list is level 1); while decoding, containers hold at most as many elements
      as bytes remain, and QDataStream::status() is checked after every read.

    Decoded size: a byte on the wire can cost 32 in memory (a Null in a list is a QVariant), so
      the decoder also counts what the values it makes take (a QVariant per list element, a
      QString or QByteArray per string-list item, a node per map entry, the payload of strings
      and byte arrays, an estimate for opaque values) and refuses a message, before reserving
      room for it, once that passes DecodedSizeFactor times the frame's size plus
      DecodedSizeSlack, or the connection's decode budget (DefaultDecodeBudget, at least twice
      the maximum frame size). A refused message is a malformed frame: the connection closes.
      Each connection decodes one message at a time, so the budget bounds what one connection's
      decoding can hold; what a large message decoded into is released once it has been handled.
      Frames of at most ReleaseDecodedAbove / 32 bytes are not counted: nothing decodes into more
      than 32 times its bytes, so they cannot pass either limit.
*/

#include <QtCore/qdatastream.h>
#include <QtCore/qglobal.h>

namespace LibManager::Protocol {

inline constexpr char Magic[4] = { 'L', 'M', 'G', 'R' };
inline constexpr quint16 Version = 3;
inline constexpr quint16 DataStreamVersion = QDataStream::Qt_6_0;

inline constexpr int NonceSize = 32;
inline constexpr int MacSize = 32;
inline constexpr int ServerHelloSize = 4 + 2 + 2 + NonceSize;
inline constexpr int ClientHelloSize = 4 + 2 + 2 + NonceSize + MacSize;
inline constexpr int ServerIdSize = 16;
inline constexpr int WelcomeSize = 1 + MacSize + ServerIdSize;
inline constexpr int ServerRefusalSize = 4 + 2 + 2 + 1;
inline constexpr int MaxHandshakeFrame = 128;
inline constexpr int FrameHeaderSize = 4;

inline constexpr qsizetype DefaultMaxFrameSize = 256 * 1024 * 1024;
inline constexpr int MaxNestingDepth = 64;
/*! A message may decode into at most this many times its frame's size, plus DecodedSizeSlack:
    a list of numbers (5 to 9 bytes each, 32 decoded) or of Bools (2 bytes, 32 decoded) fits,
    and a map of short keys (about 13 bytes an entry, 130 decoded); a long list of Nulls
    (1 byte, 32 decoded) does not. */
inline constexpr qsizetype DecodedSizeFactor = 16;
inline constexpr qsizetype DecodedSizeSlack = 1024 * 1024;
/*! At most this much memory for one decoded message, whatever its frame's size (a connection
    whose maximum frame size is larger gets twice that). */
inline constexpr qsizetype DefaultDecodeBudget = 512 * 1024 * 1024;
/*! A connection drops the buffers of a message that decoded into more than this once it has
    been handled, so that an idle connection does not hold them; smaller ones are reused. */
inline constexpr qsizetype ReleaseDecodedAbove = 64 * 1024;

enum WelcomeStatus : quint8 {
    WelcomeOk = 0,
    WelcomeBadKey = 1,
    WelcomeBadVersion = 2,
    WelcomeObserver = 3,
};

enum Refusal : quint8 { RefusedFull = 1, RefusedNoResources = 2, TlsFollows = 3 };

enum class Kind : quint8 {
    Call = 1,
    Release = 2,
    Cancel = 3,
    Subscribe = 4,
    Unsubscribe = 5,
    Post = 6,
    Ping = 7,
    Result = 16,
    Failure = 17,
    Event = 18,
    Goodbye = 19,
    ObjectResult = 20,
    Pong = 21,
    EventInfo = 22,
};

enum class Tag : quint8 {
    Null = 0,
    Bool,
    Int,
    LongLong,
    UInt,
    ULongLong,
    Double,
    String,
    Bytes,
    List,
    Map,
    Hash,
    StringList,
    Token,
    Other,
    DateTime,
    BitArray,
    ByteArrayList,
};

/*! The server's introspection object (BaseManager::introspector(), Server's
    callIntrospector()): object 0, typeid IntrospectorTypeId on the wire. */
inline constexpr quint64 IntrospectorObjectId = 0;
/*! The event a subscriber gets when the server releases the object (its last reference went):
    what lets an observer without a reference (BaseManager::observe()) know. */
inline constexpr char ReleasedEvent[] = "__released__";
/*! The introspection object's typeid, as the wire has always spelt it. */
inline constexpr char IntrospectorTypeId[] = "__manager__";

/*! The server-wide event stream (events of object 0; see above). */
namespace Stream {
inline constexpr char Started[] = "streamStarted";
inline constexpr char Overflow[] = "overflow";
inline constexpr char Created[] = "created";
inline constexpr char Released[] = "released";
inline constexpr char References[] = "references";
inline constexpr char Changed[] = "changed";
inline constexpr char ClientConnected[] = "clientConnected";
inline constexpr char ClientRenamed[] = "clientRenamed";
inline constexpr char ClientGone[] = "clientGone";
inline constexpr char Acquired[] = "acquired";
inline constexpr char HoldReleased[] = "holdReleased";
inline constexpr char WaitStarted[] = "waitStarted";
inline constexpr char WaitEnded[] = "waitEnded";
inline constexpr char Broken[] = "broken";
inline constexpr char Reset[] = "reset";
inline constexpr char Set[] = "set";
inline constexpr char Cleared[] = "cleared";
/*! Coalesced changes and reference counts of one object: one report per this many ms at
    most (so at most 100 "changed" events a second per object, however fast it changes). */
inline constexpr int CoalesceMs = 10;
/*! The introspection revision that has the stream (ServerCapabilities::introspection). */
inline constexpr int IntrospectionRevision = 3;
} // namespace Stream

/*!
    The revision of the introspection calls this server has (ServerCapabilities::
    introspection): 2 objectsPage, syncState, waitGraph; 3 the event stream; 4 changeInfo,
    and objectsPage's version, changedAt, changedBy, length, state, holder, waiting and
    preview (then as rows, {rows: true}); 5 objectsPage as columns instead of rows.

    objectsPage({columnar: true, after, count, typeIds, previewChars}) answers {total, next,
    atEnd, count, columns}; "columns" maps a column's name to one value for the page's count
    rows:
    - id, references, subscribers, creator, createdAt, bytes, version, changedAt, changedBy,
      length, holder, waiting: a byte array of count little-endian 64-bit integers;
    - typeId, className, state: [words (a string list), a byte array of count little-endian
      16-bit indexes into words];
    - referencesByClient: a byte array of little-endian 64-bit (row, client, count) triples;
    - names: [a byte array of little-endian 32-bit rows, a list of the rows' string lists];
    - preview (only when previewChars was asked): a string list of count.
    A server that does not know "columnar" answers maps ({objects: [...]}), as revision 2 did.
*/
inline constexpr int IntrospectionRevision = 5;

} // namespace LibManager::Protocol

#endif // LIBMANAGER_PROTOCOL_P_H
