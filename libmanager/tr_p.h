// SPDX-License-Identifier: BSD-3-Clause
//
//  W A R N I N G
//  -------------
// This file is not part of the libmanager API. It may change from version to version without
// notice, or even be removed.

#ifndef LIBMANAGER_TR_P_H
#define LIBMANAGER_TR_P_H

#include <QtCore/qcoreapplication.h>
#include <QtCore/qstring.h>

namespace LibManager {

/*!
    The library's translatable texts, in the context "LibManager" of the catalogues in
    translations/ (the context errorText() uses too).

    Tr::tr() is QCoreApplication::translate("LibManager", ...). It is a class's static tr()
    because lupdate finds the calls of a class declared with Q_DECLARE_TR_FUNCTIONS, where it
    would take a free function named tr() for one of whatever class it is called in.

    A text is translated where it is made, by the translators installed in that process. Call
    tr() only where a failure is reported, never on a path that succeeds: every call looks the
    text up in every installed translator.
*/
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(LibManager)

public:
    /*! A text followed by its details, "Authentication failed: the server at ... rejected our
        key", joined as the language joins them (French writes a space before the colon). */
    static QString withDetails(const QString &text, const QString &details)
    {
        //: A text, then its details: "Connection refused: /run/app.sock: no such file"
        return tr("%1: %2", "text: details").arg(text, details);
    }

    /*! The language of the library's catalogue installed in this process, "en" if none is: a
        server that BaseManager::start() runs loads the catalogue of that language, so that
        what it reports reads like what this process says. */
    static QString catalogueLanguage()
    {
        //: Not a text: the code of this catalogue's language (de, fr, pt_BR, ...). A server
        //: that start() runs loads the catalogue of that language.
        return tr("en", "catalogue language code");
    }
};

} // namespace LibManager

#endif // LIBMANAGER_TR_P_H
