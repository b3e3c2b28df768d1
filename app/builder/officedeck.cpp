#include "officedeck.h"

#include "core/markdowntext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QUrl>
#include <QXmlStreamReader>
#include <memory>
#include <zip.h>

#ifdef Q_OS_UNIX
#include <csignal>
#include <unistd.h>
#endif

namespace okuw::builder {

namespace {

// lupdate and the runtime agree on this context wherever OfficeText::tr is called.
struct OfficeText
{
    Q_DECLARE_TR_FUNCTIONS(okuw::builder::OfficeDeck)
};

// An XML part of a presentation is a few MB at most; a larger entry (a zip
// bomb) is not read.
constexpr zip_uint64_t kMaxPartBytes = 64 * 1024 * 1024;

struct ZipCloser
{
    void operator()(zip_t *z) const { zip_discard(z); }
};
using Zip = std::unique_ptr<zip_t, ZipCloser>;

// The bytes of `name`, or a null array when the archive has no such entry
// (or it is too large).
QByteArray entry(zip_t *zip, const QString &name)
{
    const QByteArray utf8 = name.toUtf8();
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(zip, utf8.constData(), 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE) ||
        st.size > kMaxPartBytes)
        return {};
    zip_file_t *file = zip_fopen(zip, utf8.constData(), 0);
    if (!file)
        return {};
    QByteArray bytes(qsizetype(st.size), Qt::Uninitialized);
    const zip_int64_t read = zip_fread(file, bytes.data(), st.size);
    zip_fclose(file);
    if (read != zip_int64_t(st.size))
        return {};
    return bytes.isEmpty() ? QByteArray("") : bytes;
}

// A part's relationships: id -> target path inside the archive.
QHash<QString, QString> relationships(zip_t *zip, const QString &part,
                                      QHash<QString, QString> *types)
{
    const int slash = int(part.lastIndexOf(QLatin1Char('/')));
    const QString dir = part.left(slash);
    const QString rels =
        dir + QStringLiteral("/_rels/") + part.mid(slash + 1) + QStringLiteral(".rels");
    QHash<QString, QString> out;
    QXmlStreamReader xml(entry(zip, rels));
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("Relationship")) {
            const auto a = xml.attributes();
            QString target = a.value(QLatin1String("Target")).toString();
            target = target.startsWith(QLatin1Char('/'))
                         ? target.mid(1)
                         : QDir::cleanPath(dir + QLatin1Char('/') + target);
            const QString id = a.value(QLatin1String("Id")).toString();
            out.insert(id, target);
            if (types)
                types->insert(id, a.value(QLatin1String("Type")).toString());
        }
    }
    return out;
}

// The text of a notes slide's body placeholder, a paragraph per line pair.
QString pptxNotesText(const QByteArray &bytes)
{
    QXmlStreamReader xml(bytes);
    QStringList paragraphs;
    bool inShape = false, isBody = false;
    QStringList shapeParagraphs;
    QString paragraph;
    while (!xml.atEnd()) {
        xml.readNext();
        const auto name = xml.name();
        if (xml.isStartElement()) {
            if (name == QLatin1String("sp")) {
                inShape = true;
                isBody = false;
                shapeParagraphs.clear();
            } else if (inShape && name == QLatin1String("ph")) {
                isBody = xml.attributes().value(QLatin1String("type")) == QLatin1String("body");
            } else if (inShape && name == QLatin1String("p")) {
                paragraph.clear();
            } else if (inShape && name == QLatin1String("t")) {
                paragraph += xml.readElementText();
            } else if (inShape && name == QLatin1String("br")) {
                paragraph += QLatin1Char('\n');
            }
        } else if (xml.isEndElement()) {
            if (inShape && name == QLatin1String("p")) {
                shapeParagraphs << paragraph;
            } else if (name == QLatin1String("sp")) {
                if (isBody)
                    paragraphs += shapeParagraphs;
                inShape = false;
            }
        }
    }
    while (!paragraphs.isEmpty() && paragraphs.last().trimmed().isEmpty())
        paragraphs.removeLast();
    return paragraphs.join(QStringLiteral("\n\n")).trimmed();
}

bool pptxNotes(zip_t *zip, QStringList *notes, QString *why)
{
    const QString presentation = QStringLiteral("ppt/presentation.xml");
    const QByteArray bytes = entry(zip, presentation);
    if (bytes.isNull()) {
        *why = OfficeText::tr("is a zip file but not a PowerPoint presentation (it has no "
                              "ppt/presentation.xml)");
        return false;
    }
    const QHash<QString, QString> rels = relationships(zip, presentation, nullptr);
    QXmlStreamReader xml(bytes);
    QStringList slides;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("sldId")) {
            for (const QXmlStreamAttribute &a : xml.attributes()) {
                if (a.name() == QLatin1String("id") && !a.prefix().isEmpty())
                    slides << rels.value(a.value().toString());
            }
        }
    }
    if (xml.hasError()) {
        *why = OfficeText::tr("is a damaged PowerPoint file (%1)").arg(xml.errorString());
        return false;
    }
    for (const QString &slide : std::as_const(slides)) {
        const QByteArray slideXml = entry(zip, slide);
        QXmlStreamReader sx(slideXml);
        if (sx.readNextStartElement() &&
            sx.attributes().value(QLatin1String("show")) == QLatin1String("0"))
            continue; // hidden: not in the PDF either
        QHash<QString, QString> types;
        const QHash<QString, QString> slideRels = relationships(zip, slide, &types);
        QString text;
        for (auto it = types.cbegin(); it != types.cend(); ++it) {
            if (it.value().endsWith(QLatin1String("/notesSlide")))
                text = pptxNotesText(entry(zip, slideRels.value(it.key())));
        }
        notes->append(text);
    }
    return true;
}

// The text of a <text:p> or <text:h>, the reader just past its start.
QString odfParagraph(QXmlStreamReader &xml)
{
    QString out;
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters()) {
            out += xml.text();
        } else if (xml.isStartElement()) {
            ++depth;
            const auto name = xml.name();
            if (name == QLatin1String("s")) {
                const int n = xml.attributes().value(QLatin1String("c")).toInt();
                out += QString(std::max(1, n), QLatin1Char(' '));
            } else if (name == QLatin1String("tab")) {
                out += QLatin1Char('\t');
            } else if (name == QLatin1String("line-break")) {
                out += QLatin1Char('\n');
            }
        } else if (xml.isEndElement()) {
            --depth;
        }
    }
    return out;
}

bool odpNotes(zip_t *zip, QStringList *notes, QString *why)
{
    const QByteArray mimetype = entry(zip, QStringLiteral("mimetype")).trimmed();
    const QByteArray content = entry(zip, QStringLiteral("content.xml"));
    if (mimetype != "application/vnd.oasis.opendocument.presentation" || content.isNull()) {
        *why = OfficeText::tr("is a zip file but not an OpenDocument presentation (its mimetype "
                              "is “%1”)")
                   .arg(QString::fromUtf8(mimetype.left(100)));
        return false;
    }
    QXmlStreamReader xml(content);
    QSet<QString> hiddenStyles;
    QString style;
    bool inPage = false, hidden = false, inNotes = false;
    QStringList paragraphs;
    while (!xml.atEnd()) {
        xml.readNext();
        const auto name = xml.name();
        if (xml.isStartElement()) {
            const auto a = xml.attributes();
            if (name == QLatin1String("style")) {
                style = a.value(QLatin1String("style:name")).toString();
            } else if (name == QLatin1String("drawing-page-properties") &&
                       a.value(QLatin1String("presentation:visibility")) ==
                           QLatin1String("hidden")) {
                hiddenStyles.insert(style);
            } else if (name == QLatin1String("page") && xml.prefix() == QLatin1String("draw")) {
                inPage = true;
                hidden =
                    hiddenStyles.contains(a.value(QLatin1String("draw:style-name")).toString());
                paragraphs.clear();
            } else if (inPage && name == QLatin1String("notes")) {
                inNotes = true;
            } else if (inNotes && (name == QLatin1String("p") || name == QLatin1String("h"))) {
                paragraphs << odfParagraph(xml);
            }
        } else if (xml.isEndElement()) {
            if (name == QLatin1String("notes")) {
                inNotes = false;
            } else if (name == QLatin1String("page") && xml.prefix() == QLatin1String("draw")) {
                inPage = false;
                if (!hidden)
                    notes->append(paragraphs.join(QStringLiteral("\n\n")).trimmed());
            }
        }
    }
    if (xml.hasError()) {
        *why = OfficeText::tr("is a damaged OpenDocument file (%1)").arg(xml.errorString());
        return false;
    }
    return true;
}

} // namespace

bool isOfficeDeck(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("pptx") || suffix == QLatin1String("odp");
}

bool readOfficeNotes(const QString &path, QStringList *notes, QString *why)
{
    int error = 0;
    Zip zip(zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error));
    if (!zip) {
        *why = error == ZIP_ER_NOZIP
                   ? OfficeText::tr("is not a zip file, so not a .pptx or .odp presentation")
                   : OfficeText::tr("cannot be read as a zip file (libzip error %1)").arg(error);
        return false;
    }
    notes->clear();
    const bool read = QFileInfo(path).suffix().toLower() == QLatin1String("odp")
                          ? odpNotes(zip.get(), notes, why)
                          : pptxNotes(zip.get(), notes, why);
    // Written as plain text: stored as Markdown that shows it as written.
    for (QString &note : *notes)
        note = core::plainTextToMarkdown(note);
    return read;
}

int officeConversionTimeout()
{
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("OKUW_SOFFICE_TIMEOUT", &ok);
    return ok && seconds > 0 ? seconds : 300;
}

QString convertOfficeDeck(const QString &path, const QString &outDir, int timeoutSeconds,
                          QString *why)
{
    QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty())
        soffice = QStandardPaths::findExecutable(QStringLiteral("libreoffice"));
    if (soffice.isEmpty()) {
        *why = OfficeText::tr("needs LibreOffice to become slides, and it is not installed: "
                              "install it (on Debian: apt install libreoffice-impress-nogui), or "
                              "export the deck to PDF yourself and name the PDF in module.yaml, "
                              "with its speaker notes in a notes file beside it (README: \"A deck "
                              "as a PDF, PowerPoint or Impress file\")");
        return {};
    }
    const QDir out(outDir);
    out.mkpath(QStringLiteral("lo-profile"));
    QProcess process;
    process.setProgram(soffice);
    process.setArguments(
        {QStringLiteral("-env:UserInstallation=") +
             QUrl::fromLocalFile(out.filePath(QStringLiteral("lo-profile"))).toString(),
         QStringLiteral("--headless"), QStringLiteral("--norestore"), QStringLiteral("--nologo"),
         QStringLiteral("--nolockcheck"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
         QStringLiteral("--outdir"), out.absolutePath(), QFileInfo(path).absoluteFilePath()});
    process.setProcessChannelMode(QProcess::MergedChannels);
    // A home of its own too: LibreOffice and the libraries it loads (dconf,
    // fontconfig, GTK) write caches and settings under $HOME and XDG's
    // folders, never into the user's.
    const QString home = out.filePath(QStringLiteral("home"));
    out.mkpath(QStringLiteral("home"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_STATE_HOME"), home + QStringLiteral("/.local/state"));
    env.insert(QStringLiteral("GSETTINGS_BACKEND"), QStringLiteral("memory"));
    process.setProcessEnvironment(env);
#ifdef Q_OS_UNIX
    // Its own process group, so that a conversion that hangs is ended with
    // every process LibreOffice started.
    process.setChildProcessModifier([] { ::setsid(); });
#endif
    process.start();
    if (!process.waitForStarted(30000)) {
        *why = OfficeText::tr("could not be converted: LibreOffice (%1) did not start: %2")
                   .arg(soffice, process.errorString());
        return {};
    }
    if (!process.waitForFinished(timeoutSeconds * 1000)) {
#ifdef Q_OS_UNIX
        if (const qint64 pid = process.processId(); pid > 0)
            ::kill(-pid_t(pid), SIGKILL);
#endif
        // (Through its slot: what Windows needs, and the process itself elsewhere.)
        QMetaObject::invokeMethod(&process, &QProcess::kill);
        process.waitForFinished(5000);
        *why = OfficeText::tr("was not converted: LibreOffice did not finish within %1 seconds "
                              "(OKUW_SOFFICE_TIMEOUT sets the limit); no bundle was written. "
                              "Export the deck to PDF yourself and name the PDF in module.yaml")
                   .arg(timeoutSeconds);
        return {};
    }
    const QString pdf = out.filePath(QFileInfo(path).completeBaseName() + QStringLiteral(".pdf"));
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 ||
        !QFileInfo(pdf).isFile()) {
        *why = OfficeText::tr("could not be converted by LibreOffice (exit code %1): %2")
                   .arg(process.exitCode())
                   .arg(QString::fromLocal8Bit(process.readAll()).trimmed().left(500));
        return {};
    }
    return pdf;
}

} // namespace okuw::builder
