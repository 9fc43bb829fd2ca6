// SPDX-License-Identifier: BSD-3-Clause
// libFuzzer target: everything a peer can send before and after authentication, through the
// decoders that read it. Built by scripts/run-fuzzer.sh with clang's -fsanitize=fuzzer (and
// AddressSanitizer and UBSan over the whole library); corpus/ seeds it, crashers/ keeps what
// it found. Nothing may crash, leak or hang, whatever the bytes.

#include <libmanager/wire/framereader_p.h>
#include <libmanager/wire/handshake_p.h>
#include <libmanager/wire/protocol_p.h>
#include <libmanager/wire/wirecodec_p.h>

#include <QtCore/qbytearray.h>
#include <QtCore/qlogging.h>
#include <QtCore/qstring.h>

#include <cstddef>
#include <cstdint>

using namespace LibManager;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // Qt warns about every invalid type id QDataStream meets (millions of lines a minute).
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto *bytes = reinterpret_cast<const char *>(data);
    const auto length = qsizetype(size);

    // A frame's payload, as the server and the client decode it after the handshake.
    Wire::Message message;
    QString why;
    Wire::decodeMessage(bytes, length, &message, &why);

    // The same bytes as a stream of frames, length prefixes included, read by a FrameReader
    // the way a connection reads its socket, each payload decoded into one reused message.
    FrameReader reader;
    reader.setMaxFrameSize(1 << 20);
    reader.append(bytes, length);
    const char *payload = nullptr;
    qsizetype payloadSize = 0;
    Wire::Message reused;
    while (reader.next(&payload, &payloadSize) == FrameReader::Frame)
        Wire::decodeMessage(payload, payloadSize, &reused, &why);

    // The fixed-layout handshake, the only thing read from a peer that has not authenticated.
    Handshake::Hello hello;
    const QByteArray raw = QByteArray::fromRawData(bytes, length);
    Handshake::parseServerHello(raw, &hello);
    Handshake::parseClientHello(raw, &hello);
    return 0;
}
