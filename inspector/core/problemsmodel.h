// SPDX-License-Identifier: BSD-3-Clause
#ifndef INSPECTOR_PROBLEMSMODEL_H
#define INSPECTOR_PROBLEMSMODEL_H

#include <libmanager/clientinfo.h>
#include <libmanager/introspector.h>

#include "readpacer.h"

#include <QtCore/qabstractitemmodel.h>
#include <QtCore/qdatetime.h>
#include <QtCore/qelapsedtimer.h>
#include <QtCore/qhash.h>
#include <QtGui/qicon.h>

#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

namespace Inspector {

class InspectorSession;
class ObjectTypeResolver;

/*!
    What is wrong on the server now, worst first, from Introspector::waitGraphAsync() and
    clientsAsync():
    - deadlocks: each cycle of the wait-for graph, as a chain ("worker-a (client 7) waits for
      Lock 4 → held by worker-b (client 9) → waits for Lock 2 → held by worker-a (client 7)")
      whose steps are its children;
    - locks held longer than heldThreshold() seconds (5 by default);
    - parked calls past their deadline;
    - waits longer than waitThreshold() seconds (1 by default), the longest first.

    At most maximumRows() problems are listed (500; totalCount() says how many there are). The
    graph is read again, coalesced (at most every 500 ms, or ten times as
    long as the last read took), on every synchronization event and
    every client that goes, and once a second while calls wait; durations tick once a second
    without asking the server. Every row names its object (ObjectIdRole, TypeIdRole) and/or
    client (ClientIdRole), to navigate to. Rows are merged by identity on every read, so
    selections and expanded cycles stay.
*/
class ProblemsModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class Kind { Deadlock, HeldTooLong, PastDeadline, LongWait, Step };
    Q_ENUM(Kind)
    enum Column { ProblemColumn, KindColumn, DurationColumn, ColumnCount };
    enum Roles {
        KindRole = Qt::UserRole + 1, //!< Kind, as an int
        ObjectIdRole,                //!< quint64, 0 for none
        TypeIdRole,                  //!< QString, empty if unknown
        ClientIdRole,                //!< quint64, 0 for none
        SortRole,                    //!< the duration in ms for DurationColumn
    };

    explicit ProblemsModel(InspectorSession *session, QObject *parent = nullptr);
    ~ProblemsModel() override;

    int heldThreshold() const { return m_heldThreshold; }
    void setHeldThreshold(int seconds);
    int waitThreshold() const { return m_waitThreshold; }
    void setWaitThreshold(int seconds);
    int maximumRows() const { return m_maximumRows; }
    void setMaximumRows(int rows);
    /*! The problems found in the last read, listed or not. */
    int totalCount() const { return m_total; }
    /*! How many deadlock cycles the last read found. */
    int cycleCount() const { return m_cycles; }
    /*! The icons for deadlocks and for the other problems (a view gives its style's). */
    void setIcons(const QIcon &error, const QIcon &warning);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    /*! Reads the graph again (coalesced). */
    void refresh();

Q_SIGNALS:
    /*! A read was merged. */
    void refreshed();

private:
    struct Step
    {
        bool isObject = false;
        quint64 id = 0;
        QDateTime since; // waiting (object) or holding (client) since
    };
    struct Problem
    {
        Kind kind = Kind::LongWait;
        QString key;
        quint64 objectId = 0;
        quint64 clientId = 0;
        QDateTime since;
        QDateTime deadline;
        QString method;
        int count = 0;
        QList<quint64> cycle;
        std::vector<Step> steps;
        int row = 0;
    };

    void attach();
    void detach();
    void readNow();
    void apply();
    void rebuild();
    void merge(std::vector<std::unique_ptr<Problem>> fresh);
    void tick();
    std::vector<Step> chain(const QList<quint64> &cycle) const;
    QString clientText(quint64 clientId) const;
    QString objectText(quint64 objectId) const;
    QString problemText(const Problem &problem) const;
    QString stepText(const Problem &problem, size_t step) const;
    qint64 durationMs(const Problem &problem) const;
    QString durationText(qint64 ms) const;
    void typesResolved();

    InspectorSession *const m_session;
    ObjectTypeResolver *m_types = nullptr;
    std::vector<std::unique_ptr<Problem>> m_rows;
    LibManager::WaitGraph m_graph;
    QList<LibManager::ClientInfo> m_clients;
    QHash<quint64, QString> m_names;
    QDateTime m_now;
    ReadPacer *m_pacer = nullptr;
    QTimer *m_tickTimer = nullptr;
    QTimer *m_typesTimer = nullptr;
    QList<QMetaObject::Connection> m_streamConnections;
    QIcon m_errorIcon;
    QIcon m_warningIcon;
    quint64 m_generation = 0;
    int m_pending = 0;
    bool m_stream = false;
    int m_heldThreshold = 5;
    int m_waitThreshold = 1;
    int m_maximumRows = 500;
    int m_total = 0;
    int m_cycles = 0;
    LibManager::WaitGraph m_readGraph;
    QList<LibManager::ClientInfo> m_readClients;
    bool m_readOk = true;
};

} // namespace Inspector

#endif // INSPECTOR_PROBLEMSMODEL_H
