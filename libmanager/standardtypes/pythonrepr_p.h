// SPDX-License-Identifier: BSD-3-Clause
//
//  W A R N I N G
//  -------------
// This file is not part of the libmanager API. It may change from version to version without
// notice, or even be removed.

#ifndef LIBMANAGER_PYTHONREPR_P_H
#define LIBMANAGER_PYTHONREPR_P_H

#include <libmanager/libmanager_global.h>

#include <QtCore/qvariant.h>

namespace LibManager {

/*!
    The value as Python's repr() would show it: 10, 12.3, 'hello', b'raw', True, None,
    [1, 2], {'k': 1}. The standard types' string forms use it, so that a Namespace prints as
    the seed shows: Namespace(x=10, y='hello').
*/
LIBMANAGER_AUTOTEST_EXPORT QString pythonRepr(const QVariant &value);

/*!
    Appends pythonRepr(\a value) to \a out, but stops once \a out holds \a limit characters:
    true if the whole repr went in, false if it was cut there. Stops without looking at the
    rest: a 50 MB string costs what is shown. (A string cut short chooses its quotes from
    what is shown; Python looks at all of it.)
*/
LIBMANAGER_AUTOTEST_EXPORT bool appendPythonRepr(QString &out, const QVariant &value,
                                                 qsizetype limit);

/*! Appends \a text to \a out up to \a limit characters in all; false if it was cut. */
bool appendLimited(QString &out, QLatin1StringView text, qsizetype limit);
bool appendLimited(QString &out, QStringView text, qsizetype limit);

/*! \a n with thousands separators, as Python's format(n, ','): "1,000,000". */
LIBMANAGER_AUTOTEST_EXPORT QString groupedNumber(qint64 n);

/*!
    A container's preview (StandardObject::preview()) built item by item: "{'k0': 0, 'k1': 1,
    … (1,000,000 items)}". Items go in whole while they fit in about maxChars characters; the
    first one is cut if it alone does not. The tail (the count of items) comes beyond maxChars.
*/
class ContainerPreview
{
public:
    /*! \a open and \a close around \a total items of which some will be shown ("items",
        "attributes": \a noun). */
    ContainerPreview(int maxChars, const QString &open, const QString &close, qint64 total,
                     const QString &noun = QStringLiteral("items"));
    /*!
        Appends one item: \a write(QString &out, qsizetype limit) appends it and returns
        appendPythonRepr()'s answer. False once the preview is full: the caller stops.
    */
    template<typename Write>
    bool add(Write &&write)
    {
        if (m_full)
            return false;
        const qsizetype mark = m_out.size();
        if (m_shown > 0)
            m_out += QLatin1String(", ");
        if (write(m_out, m_limit) && m_out.size() <= m_limit) {
            ++m_shown;
            return true;
        }
        m_full = true;
        if (m_shown > 0)
            m_out.truncate(mark); // an item shows whole, or (the first) alone
        else
            m_partial = true;
        return false;
    }
    /*! The preview, with the tail if not every item was shown. */
    QString finish();

private:
    QString m_out;
    QString m_close;
    QString m_noun;
    qsizetype m_limit;
    qint64 m_total;
    qint64 m_shown = 0;
    bool m_full = false;
    bool m_partial = false;
};

} // namespace LibManager

#endif // LIBMANAGER_PYTHONREPR_P_H
