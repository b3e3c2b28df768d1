// Reads Qt Linguist .ts files for the translation tests: what each message
// says in the source language and in the translation.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace okuw::test {

struct TsMessage
{
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form (numerus)
    bool numerus = false;
    bool unfinished = false; // type="unfinished", "vanished" or "obsolete"
};

// The messages of `path`; `error` names the file and the problem when it
// cannot be read.
QList<TsMessage> readTs(const QString &path, QString *error);

// The translation of (context, source) in `messages`, empty when absent.
QString tsTranslation(const QList<TsMessage> &messages, const QString &context,
                      const QString &source);

// Placeholders (%1..%9, %n) in `text`, sorted, one entry per kind.
QStringList placeholders(const QString &text);

// Accelerator letters marked with & (not &&), lower-cased.
QString accelerators(const QString &text);

} // namespace okuw::test
