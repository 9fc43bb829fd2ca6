// SPDX-License-Identifier: BSD-3-Clause
#include "connectionsettings.h"

#include <QtCore/qsettings.h>

namespace Inspector {

namespace {

const QString Group = QStringLiteral("connections");

QString sourceName(ConnectionProfile::KeySource source)
{
    switch (source) {
    case ConnectionProfile::KeySource::File:
        return QStringLiteral("file");
    case ConnectionProfile::KeySource::Typed:
        return QStringLiteral("typed");
    case ConnectionProfile::KeySource::Environment:
        return QStringLiteral("env");
    }
    return QStringLiteral("file");
}

ConnectionProfile::KeySource sourceFromName(const QString &name)
{
    if (name == QLatin1String("typed"))
        return ConnectionProfile::KeySource::Typed;
    if (name == QLatin1String("env"))
        return ConnectionProfile::KeySource::Environment;
    return ConnectionProfile::KeySource::File;
}

} // namespace

QList<ConnectionProfile> ConnectionSettings::recent()
{
    QSettings settings;
    return recent(settings);
}

QList<ConnectionProfile> ConnectionSettings::recent(QSettings &settings)
{
    QList<ConnectionProfile> list;
    settings.beginGroup(Group);
    for (int n = 1; n <= MaxRecent; ++n) {
        const QString key = QString::number(n);
        if (!settings.childGroups().contains(key))
            continue;
        settings.beginGroup(key);
        ConnectionProfile profile;
        profile.address = settings.value(QStringLiteral("address")).toString();
        profile.keySource = sourceFromName(settings.value(QStringLiteral("keySource")).toString());
        profile.keyFile = settings.value(QStringLiteral("keyFile")).toString();
        profile.keyEnv = settings.value(QStringLiteral("keyEnv")).toString();
        profile.readOnly = settings.value(QStringLiteral("readOnly"), false).toBool();
        profile.connectTimeoutMs = settings.value(QStringLiteral("timeout"), 10000).toInt();
        profile.label = settings.value(QStringLiteral("label")).toString();
        profile.lastUsed = QDateTime::fromString(settings.value(QStringLiteral("lastUsed")).toString(), Qt::ISODateWithMs);
        settings.endGroup();
        if (profile.isValid())
            list.append(profile);
    }
    settings.endGroup();
    return list;
}

void ConnectionSettings::remember(const ConnectionProfile &profile)
{
    QSettings settings;
    remember(settings, profile);
}

void ConnectionSettings::remember(QSettings &settings, const ConnectionProfile &profile)
{
    if (!profile.isValid())
        return;
    QList<ConnectionProfile> list = recent(settings);
    list.removeIf([&](const ConnectionProfile &p) { return p.address == profile.address; });
    ConnectionProfile stamped = profile;
    stamped.lastUsed = QDateTime::currentDateTimeUtc();
    list.prepend(stamped);
    while (list.size() > MaxRecent)
        list.removeLast();

    settings.remove(Group);
    settings.beginGroup(Group);
    for (int i = 0; i < list.size(); ++i) {
        const ConnectionProfile &p = list.at(i);
        settings.beginGroup(QString::number(i + 1));
        settings.setValue(QStringLiteral("address"), p.address);
        settings.setValue(QStringLiteral("keySource"), sourceName(p.keySource));
        // Only where the key comes from; a typed key (p.typedKey) is never written.
        if (p.keySource == ConnectionProfile::KeySource::File)
            settings.setValue(QStringLiteral("keyFile"), p.keyFile);
        if (p.keySource == ConnectionProfile::KeySource::Environment)
            settings.setValue(QStringLiteral("keyEnv"), p.keyEnv);
        settings.setValue(QStringLiteral("readOnly"), p.readOnly);
        settings.setValue(QStringLiteral("timeout"), p.connectTimeoutMs);
        if (!p.label.isEmpty())
            settings.setValue(QStringLiteral("label"), p.label);
        settings.setValue(QStringLiteral("lastUsed"), p.lastUsed.toString(Qt::ISODateWithMs));
        settings.endGroup();
    }
    settings.endGroup();
    settings.sync();
}

ConnectionProfile ConnectionSettings::find(const QString &address)
{
    const QList<ConnectionProfile> list = recent();
    for (const ConnectionProfile &p : list) {
        if (p.address == address)
            return p;
    }
    return {};
}

void ConnectionSettings::clear()
{
    QSettings settings;
    settings.remove(Group);
}

} // namespace Inspector
