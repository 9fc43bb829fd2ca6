// SPDX-License-Identifier: BSD-3-Clause
#ifndef INSPECTOR_CONNECTIONPROFILE_H
#define INSPECTOR_CONNECTIONPROFILE_H

#include <QtCore/qbytearray.h>
#include <QtCore/qdatetime.h>
#include <QtCore/qmetatype.h>
#include <QtCore/qstring.h>

namespace Inspector {

/*!
    How to reach one server: its address, where the key comes from, and the options the user
    chose for it. A typed key lives only in memory (typedKey); ConnectionSettings writes the
    rest, never that.
*/
class ConnectionProfile
{
    Q_GADGET
public:
    enum class KeySource {
        File,        //!< keyFile, read with LibManager::readAuthKeyFile()
        Typed,       //!< typedKey, typed into the dialog; never saved
        Environment, //!< the environment variable keyEnv
    };
    Q_ENUM(KeySource)

    QString address;
    KeySource keySource = KeySource::File;
    QString keyFile;
    QString keyEnv;
    /*! KeySource::Typed only; in memory, never saved. Raw bytes (hex already decoded). */
    QByteArray typedKey;
    bool readOnly = false;
    int connectTimeoutMs = 10000;
    QString label;
    QDateTime lastUsed;

    bool isValid() const { return !address.trimmed().isEmpty(); }
    /*!
        The key by the profile's source; empty with the reason in \a errorString (if not null)
        when the file cannot be read, the variable is unset or empty, or no key was typed.
    */
    QByteArray resolveKey(QString *errorString = nullptr) const;
    /*! What a menu shows: the label and the address, or the address alone. */
    QString displayName() const;
};

} // namespace Inspector

#endif // INSPECTOR_CONNECTIONPROFILE_H
