// SPDX-License-Identifier: BSD-3-Clause
#include "connectionprofile.h"

#include <libmanager/authkey.h>

#include <QtCore/qcoreapplication.h>

namespace Inspector {

QByteArray ConnectionProfile::resolveKey(QString *errorString) const
{
    const auto fail = [errorString](const QString &text) {
        if (errorString)
            *errorString = text;
        return QByteArray();
    };
    switch (keySource) {
    case KeySource::File:
        if (keyFile.isEmpty())
            return fail(QCoreApplication::translate("Inspector::ConnectionProfile", "Choose the key file"));
        return LibManager::readAuthKeyFile(keyFile, errorString);
    case KeySource::Typed:
        if (typedKey.isEmpty())
            return fail(QCoreApplication::translate("Inspector::ConnectionProfile", "Type the key"));
        return typedKey;
    case KeySource::Environment: {
        if (keyEnv.isEmpty())
            return fail(QCoreApplication::translate("Inspector::ConnectionProfile",
                                                    "Name the environment variable that holds the key"));
        const QByteArray key = qgetenv(keyEnv.toLocal8Bit().constData());
        if (key.isEmpty())
            return fail(QCoreApplication::translate("Inspector::ConnectionProfile",
                                                    "The environment variable %1 is empty or not set")
                                .arg(keyEnv));
        return key;
    }
    }
    return fail(QString());
}

QString ConnectionProfile::displayName() const
{
    if (label.isEmpty())
        return address;
    return QCoreApplication::translate("Inspector::ConnectionProfile", "%1 (%2)").arg(label, address);
}

} // namespace Inspector
