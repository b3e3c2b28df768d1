// Reads the YAML files of a content source folder (see README "Writing
// content") into plain structs. Every problem names its file and line.
#pragma once

#include "core/types.h"

#include <QList>
#include <QString>

namespace okuw::builder {

struct SourceError
{
    QString file;
    int line = 0; // 0: the whole file
    QString message;
    QString text() const; // "file:line: message"
};
using Errors = QList<SourceError>;

struct BundleSource
{
    QString id;
    QString version;
    QString defaultLanguage;
    QStringList languages;
    core::LocalizedText title;
    core::LocalizedText description;
    core::LocalizedText publisher;
};

struct DocumentSource
{
    QString lang;
    QString title;
    QString path;         // absolute, checked to be inside the module folder
    bool handout = false; // Markdown to render, else a PDF file
    int line = 0;
};

struct ModuleSource
{
    QString manifest; // absolute path of module.yaml
    QString dir;
    QString slug;
    int order = 0;
    int duration = 0;
    core::LocalizedText title;
    core::LocalizedText summary;
    QMap<QString, QString> decks;   // lang -> absolute path
    QMap<QString, QString> quizzes; // lang -> absolute path
    QList<DocumentSource> documents;
    // `unreviewed_translation: [tk]`: languages in which a lawyer who speaks
    // them has not yet reviewed the module's translation.
    QStringList unreviewedTranslation;
    int unreviewedLine = 0;
};

struct AgendaSource
{
    core::AgendaItem item;
    QString moduleSlug;
    QString file;
    int line = 0;
};

bool readBundleManifest(const QString &path, BundleSource *out, Errors *errors);
bool readModuleManifest(const QString &path, ModuleSource *out, Errors *errors);
QList<core::Question> readQuiz(const QString &path, const QString &lang, Errors *errors);
QList<core::GlossaryTerm> readGlossary(const QString &path, Errors *errors);
QList<AgendaSource> readAgenda(const QString &path, Errors *errors);

// `relative` resolved against `dir`; empty (and an error) when it leaves it.
QString resolveInside(const QString &dir, const QString &relative, const QString &file, int line,
                      Errors *errors);

} // namespace okuw::builder
