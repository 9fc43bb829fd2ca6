// SPDX-License-Identifier: BSD-3-Clause
#include "methodtable_p.h"
#include <libmanager/tr_p.h>

#include <QtCore/qmetaobject.h>
#include <QtCore/qobject.h>
#include <QtCore/qvarlengtharray.h>

#include <exception>

namespace LibManager {

namespace {

constexpr int MaxArguments = 10;

QString typeList(const QVariantList &args)
{
    QStringList names;
    for (const QVariant &arg : args)
        names.append(QString::fromLatin1(arg.isValid() ? arg.metaType().name() : "null"));
    return names.join(QLatin1String(", "));
}

// Converts args to the method's parameter types. storage keeps the converted values alive;
// argv[1..] point into it. Returns -1, or the index of the first argument that does not
// convert (the message is made only if no overload takes the arguments: see conversionFailure()).
qsizetype prepareArguments(const QMetaMethod &method, const QVariantList &args,
                           QVarLengthArray<QVariant, MaxArguments> &storage, void **argv)
{
    storage.resize(args.size());
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QMetaType type = method.parameterMetaType(int(i));
        if (type == QMetaType::fromType<QVariant>()) {
            storage[i] = args.at(i);
            argv[i + 1] = &storage[i];
            continue;
        }
        QVariant value = args.at(i);
        if (value.metaType() != type && !value.convert(type))
            return i;
        storage[i] = std::move(value);
        argv[i + 1] = storage[i].data();
    }
    return -1;
}

QString conversionFailure(const QMetaMethod &method, const QVariantList &args, qsizetype i)
{
    return Tr::tr("argument %1 of %2: cannot convert %3 to %4")
        .arg(QString::number(i + 1), QString::fromLatin1(method.methodSignature()),
             QString::fromLatin1(args.at(i).isValid() ? args.at(i).metaType().name() : "null"),
             QString::fromLatin1(method.parameterMetaType(int(i)).name()));
}

// Why no overload took the arguments: the last one whose arguments did not convert, else the
// first whose argument count differs. Indexes of -1 are none.
struct OverloadMiss
{
    int countMismatch = -1;
    int unconvertible = -1;
    qsizetype badArgument = -1;
};

} // namespace

MethodTable::MethodTable(const QMetaObject *metaObject, const std::optional<QStringList> &exposed,
                         const QStringList &readMethods)
    : m_metaObject(metaObject)
{
    const int first = QObject::staticMetaObject.methodCount();
    for (int i = exposed ? 0 : first; i < metaObject->methodCount(); ++i) {
        const QMetaMethod method = metaObject->method(i);
        if (method.methodType() != QMetaMethod::Method && method.methodType() != QMetaMethod::Slot)
            continue;
        const QByteArray name = method.name();
        if (exposed) {
            if (!exposed->contains(QString::fromLatin1(name)))
                continue;
        } else if (method.access() != QMetaMethod::Public || name.startsWith('_')) {
            continue;
        }
        m_methods[name].append(i);
    }
    // Read methods: declared by the class (a base class's count too) and at registration.
    QList<QByteArray> declared;
    for (int i = 0; i < metaObject->classInfoCount(); ++i) {
        const QMetaClassInfo info = metaObject->classInfo(i);
        if (qstrcmp(info.name(), ReadMethodsClassInfo) == 0)
            declared += QByteArray(info.value()).replace(',', ' ').simplified().split(' ');
    }
    for (const QString &name : readMethods)
        declared.append(name.toLatin1());
    for (const QByteArray &name : std::as_const(declared)) {
        if (m_methods.contains(name))
            m_readMethods.insert(name);
    }
}

QStringList MethodTable::exposedNames() const
{
    QStringList names;
    for (auto it = m_methods.cbegin(); it != m_methods.cend(); ++it)
        names.append(QString::fromLatin1(it.key()));
    names.sort();
    return names;
}

QStringList MethodTable::signatures() const
{
    QStringList out;
    for (const QList<int> &indexes : m_methods) {
        for (int index : indexes) {
            const QMetaMethod method = m_metaObject->method(index);
            out.append(QString::fromLatin1(method.typeName()) + QLatin1Char(' ')
                       + QString::fromLatin1(method.methodSignature()));
        }
    }
    out.sort();
    return out;
}

Reply MethodTable::invoke(QObject *object, const QByteArray &name, const QVariantList &args) const
{
    const auto it = m_methods.constFind(name);
    if (it == m_methods.cend()) {
        return Reply::fromError(Error::MethodNotExposed,
                                Tr::tr("'%1' is not an exposed method of %2 (exposed: %3)")
                                    .arg(QString::fromLatin1(name),
                                         QString::fromLatin1(m_metaObject->className()),
                                         exposedNames().join(QLatin1String(", "))));
    }
    if (args.size() > MaxArguments)
        return Reply::fromError(Error::InvalidArguments,
                                Tr::tr("at most %1 arguments").arg(MaxArguments));
    OverloadMiss miss;
    for (int index : *it) {
        const QMetaMethod method = m_metaObject->method(index);
        if (method.parameterCount() != args.size()) {
            if (miss.countMismatch < 0)
                miss.countMismatch = index;
            continue;
        }
        QVarLengthArray<QVariant, MaxArguments> storage;
        void *argv[MaxArguments + 1] = {};
        if (const qsizetype bad = prepareArguments(method, args, storage, argv); bad >= 0) {
            miss.unconvertible = index;
            miss.badArgument = bad;
            continue;
        }
        const QMetaType returnType = method.returnMetaType();
        QVariant result;
        if (returnType == QMetaType::fromType<QVariant>()) {
            argv[0] = &result;
        } else if (returnType.isValid() && returnType.id() != QMetaType::Void) {
            result = QVariant(returnType);
            argv[0] = result.data();
        }
        try {
            QMetaObject::metacall(object, QMetaObject::InvokeMetaMethod, index, argv);
        } catch (const std::exception &e) {
            return Reply::fromError(Error::RemoteException,
                                    Tr::tr("%1 threw: %2")
                                        .arg(QString::fromLatin1(method.methodSignature()),
                                             QString::fromLocal8Bit(e.what())));
        } catch (...) {
            return Reply::fromError(
                Error::RemoteException,
                Tr::tr("%1 threw an exception").arg(QString::fromLatin1(method.methodSignature())));
        }
        return Reply::fromValue(result);
    }
    // No overload took them: only now is there a message to make.
    if (miss.unconvertible >= 0) {
        return Reply::fromError(
            Error::InvalidArguments,
            conversionFailure(m_metaObject->method(miss.unconvertible), args, miss.badArgument));
    }
    const QMetaMethod method = m_metaObject->method(miss.countMismatch);
    return Reply::fromError(Error::InvalidArguments,
                            Tr::tr("%1 takes %2 arguments, %3 given (%4)")
                                .arg(QString::fromLatin1(method.methodSignature()),
                                     QString::number(method.parameterCount()),
                                     QString::number(args.size()), typeList(args)));
}

QString MethodTable::reprOf(QObject *object)
{
    const QString address = QStringLiteral("0x%1").arg(quintptr(object), 0, 16);
    const QString className = QString::fromLatin1(object->metaObject()->className());
    if (object->objectName().isEmpty())
        return QStringLiteral("<%1 object at %2>").arg(className, address);
    return QStringLiteral("<%1 object \"%2\" at %3>").arg(className, object->objectName(), address);
}

QString MethodTable::stringOf(QObject *object)
{
    const QMetaObject *metaObject = object->metaObject();
    const int index = metaObject->indexOfMethod("toString()");
    if (index >= 0 && metaObject->method(index).returnMetaType() == QMetaType::fromType<QString>()) {
        QString text;
        void *argv[] = { &text };
        try {
            QMetaObject::metacall(object, QMetaObject::InvokeMetaMethod, index, argv);
            return text;
        } catch (...) {
        }
    }
    return reprOf(object);
}

QObject *MethodTable::construct(const QMetaObject &metaObject, const QVariantList &args, QString *why)
{
    if (args.size() > MaxArguments) {
        *why = Tr::tr("at most %1 constructor arguments").arg(MaxArguments);
        return nullptr;
    }
    OverloadMiss miss;
    for (int i = 0; i < metaObject.constructorCount(); ++i) {
        const QMetaMethod constructor = metaObject.constructor(i);
        if (constructor.parameterCount() != args.size())
            continue;
        QVarLengthArray<QVariant, MaxArguments> storage;
        void *argv[MaxArguments + 1] = {};
        if (const qsizetype bad = prepareArguments(constructor, args, storage, argv); bad >= 0) {
            miss.unconvertible = i;
            miss.badArgument = bad;
            continue;
        }
        QObject *object = nullptr;
        argv[0] = &object;
        metaObject.static_metacall(QMetaObject::CreateInstance, i, argv);
        if (object)
            return object;
    }
    if (miss.unconvertible >= 0) {
        const QMetaMethod constructor = metaObject.constructor(miss.unconvertible);
        *why = conversionFailure(constructor, args, miss.badArgument);
    } else {
        *why = Tr::tr("%1 has no Q_INVOKABLE constructor taking (%2)")
                   .arg(QString::fromLatin1(metaObject.className()), typeList(args));
    }
    return nullptr;
}

} // namespace LibManager
