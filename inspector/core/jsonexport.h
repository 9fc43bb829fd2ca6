// SPDX-License-Identifier: BSD-3-Clause
#ifndef INSPECTOR_JSONEXPORT_H
#define INSPECTOR_JSONEXPORT_H

#include <QtCore/qjsonvalue.h>
#include <QtCore/qobject.h>
#include <QtCore/qvariant.h>

#include <memory>

namespace Inspector {

class InspectorSession;

/*!
    Writes one shared object (dict, list, Namespace, Array or Value) to a JSON file, reading it
    page by page with the proxies' asynchronous paged reads (DictProxy::itemsRangeAsync(),
    ListProxy::windowAsync(), ArrayProxy::windowAsync()), so that the GUI thread never waits and
    a big container is never held whole in memory. The file is written through QSaveFile: it
    appears complete or not at all (cancel() and failures leave an existing file untouched).

    The file is one JSON object:
    \code
    { "format": "libmanager-inspector-export", "formatVersion": 1,
      "typeId": "dict", "objectId": 17, "exported": "2026-12-01T23:59:00.000Z",
      "value": { ... }, "count": 5000, "version": 812, "consistent": true }
    \endcode
    "value" is toJson() of the contents; a dict is a JSON object in insertion order whose
    non-string keys are written as "$key:" followed by the compact JSON of toJson(key) (so are
    string keys that begin with "$key:"). "consistent" is false when the object changed while
    the pages were read (the pages then come from different versions).
*/
class JsonExport : public QObject
{
    Q_OBJECT
public:
    enum class Status { Idle, Running, Finished, Failed, Canceled };
    Q_ENUM(Status)

    /*! The items (entries) asked for in one page. */
    static constexpr int PageSize = 1000;

    JsonExport(InspectorSession *session, quint64 objectId, const QString &typeId,
               QObject *parent = nullptr);
    ~JsonExport() override;

    /*! Whether objects of \a typeId can be exported. */
    static bool canExport(const QString &typeId);

    /*!
        \a value as JSON: null, bool, numbers (integers beyond +-2^53 and non-finite doubles
        tagged), strings, arrays and objects map directly; the rest become tagged objects:
        {"$type":"bytes","base64":...}, {"$type":"QDateTime","iso":...} (also QDate, QTime),
        {"$type":"Token","token":...}, {"$type":"pairs","items":[[k,v],...]} for a list of
        pairs, {"$type":"map","items":{...}} for a map that has a "$type" key itself, and
        {"$type":"<type name>","text":...} for what converts to text, else without "text".
    */
    static QJsonValue toJson(const QVariant &value);
    /*! The inverse of toJson() for everything it tags, except unknown types (their tag
        object is returned as a map). */
    static QVariant fromJson(const QJsonValue &value);
    /*! The member name a dict key is written as, and back. */
    static QString keyToJson(const QVariant &key);
    static QVariant keyFromJson(const QString &name);

    QString fileName() const;
    void setFileName(const QString &fileName);

    /*! Starts reading and writing; false (with errorString()) if it cannot begin. */
    bool start();
    /*! Stops; the file is not written. */
    void cancel();
    Status status() const;
    QString errorString() const;
    /*! Items written so far, and the total (the container's length when last read; 1 for a
        Value, 0 until known). */
    qint64 done() const;
    qint64 total() const;

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    /*! Finished, failed or canceled: status() says which. */
    void finished(Inspector::JsonExport::Status status);

private:
    void requestNext();
    void fail(const QString &message);
    void finish();
    bool write(const QByteArray &data);

    struct Private;
    std::unique_ptr<Private> const d;
};

} // namespace Inspector

#endif // INSPECTOR_JSONEXPORT_H
