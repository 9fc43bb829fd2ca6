// SPDX-License-Identifier: BSD-3-Clause
#ifndef INSPECTOR_DETAILSVIEW_H
#define INSPECTOR_DETAILSVIEW_H

#include <libmanager/introspector.h>

#include <QtCore/qpointer.h>
#include <QtWidgets/qwidget.h>

QT_BEGIN_NAMESPACE
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;
QT_END_NAMESPACE

namespace Inspector {

class ClientNames;
class InspectorSession;

/*!
    The Details dock: the current object's token, type, class, references per client,
    subscribers, creator (a link to the client), age, version, last change and its origin,
    length, state, names, and a preview of up to 1,000 characters. Live: a change, a new
    reference count or a hold or wait of that object reads it again (at most every 250 ms, one
    read in flight; while the session is paused, once on resume); "Object released" shows
    when it goes, with the last data kept.
*/
class DetailsView : public QWidget
{
    Q_OBJECT
public:
    explicit DetailsView(InspectorSession *session, QWidget *parent = nullptr);

    quint64 objectId() const { return m_id; }
    /*! What the last read said (id 0 before it came). */
    LibManager::ObjectInfo info() const { return m_info; }
    bool isReleased() const { return m_released; }
    /*! The object changed while the session was paused: what shows is older than that. */
    bool isStale() const { return m_changedWhilePaused; }

public Q_SLOTS:
    void showObject(quint64 objectId);
    void showClient(quint64 clientId);

Q_SIGNALS:
    void objectActivated(quint64 objectId, const QString &typeId);
    void currentObjectChanged(quint64 objectId, const QString &typeId);
    void clientActivated(quint64 clientId);
    /*! A read of the shown object came back (for tests and the status bar). */
    void refreshed(quint64 objectId);

private:
    void attach();
    void scheduleRefresh();
    void refresh();
    void render();
    void setReleased();
    QString clientLink(quint64 clientId) const;
    QLabel *addRow(const QString &label, const QString &objectName);

    InspectorSession *const m_session;
    ClientNames *m_names = nullptr;
    QPointer<LibManager::Introspector> m_introspector;
    quint64 m_id = 0;
    LibManager::ObjectInfo m_info;
    bool m_released = false;
    bool m_inFlight = false;
    bool m_again = false;
    bool m_changedWhilePaused = false;
    int m_serial = 0;

    QLabel *m_title = nullptr;
    QLabel *m_banner = nullptr;
    QWidget *m_form = nullptr;
    QFormLayout *m_formLayout = nullptr;
    QLabel *m_token = nullptr;
    QLabel *m_type = nullptr;
    QLabel *m_class = nullptr;
    QLabel *m_references = nullptr;
    QLabel *m_subscribers = nullptr;
    QLabel *m_creator = nullptr;
    QLabel *m_created = nullptr;
    QLabel *m_version = nullptr;
    QLabel *m_changed = nullptr;
    QLabel *m_length = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_namesLabel = nullptr;
    QLabel *m_bytes = nullptr;
    QPushButton *m_open = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QTimer *m_refreshTimer = nullptr;
    QTimer *m_ageTimer = nullptr;
};

} // namespace Inspector

#endif // INSPECTOR_DETAILSVIEW_H
