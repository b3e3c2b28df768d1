// The state of one build (builder.cpp) and where its parts are: the
// bundle's metadata, modules, documents, glossary and agenda in
// builder.cpp; a module's deck (Markdown with its images, a PDF, a
// PowerPoint or Impress file) in builddeck.cpp. Private to okuw_builder.
#pragma once

#include "builder.h"
#include "core/writer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>

namespace okuw::builder {

// lupdate and the runtime agree on this context wherever BuilderText::tr is called.
struct BuilderText
{
    Q_DECLARE_TR_FUNCTIONS(okuw::builder)
};

// The text of a UTF-8 file, or a null string with an error naming the
// file (and the line of the first bad byte).
QString readUtf8(const QString &path, Errors *errors);

class Build
{
public:
    Build(const QString &sourceDir, const QString &output, const BuildOptions &options,
          const ProgressCallback &progress)
        : m_source(QFileInfo(sourceDir).absoluteFilePath()), m_writer(output), m_options(options),
          m_progress(progress)
    {}
    void signWith(const core::SecretKey *key) { m_writer.signWith(key); }

    BuildResult run();

private:
    void addModule(const ModuleSource &module, qint64 moduleId);
    void addDeck(const ModuleSource &module, qint64 moduleId, const QString &lang,
                 const QString &path);
    void addPdfDeck(const ModuleSource &module, qint64 moduleId, const QString &lang,
                    const QString &source, const QString &pdf, const QStringList *notes);
    void addOfficeDeck(const ModuleSource &module, qint64 moduleId, const QString &lang,
                       const QString &source);
    void addDocument(const ModuleSource &module, qint64 moduleId, const DocumentSource &doc,
                     int position);
    void error(const QString &file, int line, const QString &message)
    {
        m_errors.append({file, line, message});
    }
    // Built anyway, unless the build is strict.
    void warning(const QString &file, int line, const QString &message)
    {
        m_warnings.append({file, line, BuilderText::tr("warning: %1").arg(message)});
    }

    QString m_source;
    core::BundleWriter m_writer;
    Errors m_errors;
    Errors m_warnings;
    BuildOptions m_options;
    BuildResult m_result;
    QTemporaryDir m_scratch;
    QSet<QString> m_assetsAdded;                 // "moduleId/path"
    QByteArray m_handoutDate = "20000101000000"; // or SOURCE_DATE_EPOCH's
    ProgressCallback m_progress;
    int m_moduleTotal = 0;
};

} // namespace okuw::builder
