// SPDX-License-Identifier: BSD-3-Clause
#include "error.h"

#include <QtCore/qcoreapplication.h>
#include <QtCore/qmetaobject.h>

namespace LibManager {

QString errorText(Error error)
{
    const char *text = nullptr;
    switch (error) {
    case Error::NoError: text = QT_TRANSLATE_NOOP("LibManager", "No error"); break;
    case Error::InvalidAddress: text = QT_TRANSLATE_NOOP("LibManager", "Invalid address"); break;
    case Error::ConnectionRefused: text = QT_TRANSLATE_NOOP("LibManager", "Connection refused"); break;
    case Error::AuthenticationFailed: text = QT_TRANSLATE_NOOP("LibManager", "Authentication failed"); break;
    case Error::ProtocolMismatch: text = QT_TRANSLATE_NOOP("LibManager", "Protocol mismatch"); break;
    case Error::ProtocolError: text = QT_TRANSLATE_NOOP("LibManager", "Protocol error"); break;
    case Error::ConnectionLost: text = QT_TRANSLATE_NOOP("LibManager", "Connection lost"); break;
    case Error::Timeout: text = QT_TRANSLATE_NOOP("LibManager", "Timed out"); break;
    case Error::NotConnected: text = QT_TRANSLATE_NOOP("LibManager", "Not connected"); break;
    case Error::StartFailed: text = QT_TRANSLATE_NOOP("LibManager", "Could not start the server"); break;
    case Error::NotStarted: text = QT_TRANSLATE_NOOP("LibManager", "Server not started by this manager"); break;
    case Error::AlreadyStarted: text = QT_TRANSLATE_NOOP("LibManager", "Server already started"); break;
    case Error::ServeFailed: text = QT_TRANSLATE_NOOP("LibManager", "Could not serve"); break;
    case Error::NotFinished: text = QT_TRANSLATE_NOOP("LibManager", "Call not finished"); break;
    case Error::UnsupportedValue: text = QT_TRANSLATE_NOOP("LibManager", "Value cannot be sent"); break;
    case Error::ShutDown: text = QT_TRANSLATE_NOOP("LibManager", "Manager shut down"); break;
    case Error::InvalidToken: text = QT_TRANSLATE_NOOP("LibManager", "Invalid token"); break;
    case Error::WrongServer: text = QT_TRANSLATE_NOOP("LibManager", "Token of another server"); break;
    case Error::ServerFull: text = QT_TRANSLATE_NOOP("LibManager", "Server full"); break;
    case Error::ServerNotResponding: text = QT_TRANSLATE_NOOP("LibManager", "Server not responding"); break;
    case Error::TlsFailed: text = QT_TRANSLATE_NOOP("LibManager", "Secure connection failed"); break;
    case Error::UnknownTypeId: text = QT_TRANSLATE_NOOP("LibManager", "Unknown typeid"); break;
    case Error::MethodNotExposed: text = QT_TRANSLATE_NOOP("LibManager", "Method not exposed"); break;
    case Error::ObjectGone: text = QT_TRANSLATE_NOOP("LibManager", "Object gone"); break;
    case Error::InvalidArguments: text = QT_TRANSLATE_NOOP("LibManager", "Invalid arguments"); break;
    case Error::RemoteException: text = QT_TRANSLATE_NOOP("LibManager", "Method failed on the server"); break;
    case Error::Cancelled: text = QT_TRANSLATE_NOOP("LibManager", "Call cancelled"); break;
    case Error::KeyError: text = QT_TRANSLATE_NOOP("LibManager", "Key error"); break;
    case Error::IndexError: text = QT_TRANSLATE_NOOP("LibManager", "Index error"); break;
    case Error::ValueError: text = QT_TRANSLATE_NOOP("LibManager", "Value error"); break;
    case Error::TypeError: text = QT_TRANSLATE_NOOP("LibManager", "Type error"); break;
    case Error::Empty: text = QT_TRANSLATE_NOOP("LibManager", "Queue empty"); break;
    case Error::Full: text = QT_TRANSLATE_NOOP("LibManager", "Queue full"); break;
    case Error::NotOwner: text = QT_TRANSLATE_NOOP("LibManager", "Not the owner"); break;
    case Error::BrokenBarrier: text = QT_TRANSLATE_NOOP("LibManager", "Broken barrier"); break;
    case Error::NameNotFound: text = QT_TRANSLATE_NOOP("LibManager", "Name not found"); break;
    case Error::NameTypeMismatch: text = QT_TRANSLATE_NOOP("LibManager", "Name holds another type"); break;
    case Error::ObjectQuotaExceeded: text = QT_TRANSLATE_NOOP("LibManager", "Object quota exceeded"); break;
    case Error::MemoryQuotaExceeded: text = QT_TRANSLATE_NOOP("LibManager", "Memory quota exceeded"); break;
    case Error::ServerMemoryFull: text = QT_TRANSLATE_NOOP("LibManager", "Server memory full"); break;
    case Error::ContainerTooLarge: text = QT_TRANSLATE_NOOP("LibManager", "Container too large"); break;
    case Error::ReadOnly: text = QT_TRANSLATE_NOOP("LibManager", "Read only"); break;
    }
    if (!text)
        return QCoreApplication::translate("LibManager", "Unknown error %1").arg(quint16(error));
    return QCoreApplication::translate("LibManager", text);
}

QString errorName(Error error)
{
    const char *key = QMetaEnum::fromType<Error>().valueToKey(int(error));
    return key ? QString::fromLatin1(key) : QString::number(quint16(error));
}

} // namespace LibManager
