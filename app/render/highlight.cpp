#include "highlight.h"

#include "assets.h"

#include <QHash>
#include <QMutex>

#ifdef OKUW_HAVE_SOURCE_HIGHLIGHT
#include <srchilite/langmap.h>
#include <srchilite/settings.h>
#include <srchilite/sourcehighlight.h>
#include <sstream>
#endif

namespace okuw::render {

bool haveSourceHighlight()
{
#ifdef OKUW_HAVE_SOURCE_HIGHLIGHT
    return true;
#else
    return false;
#endif
}

QString highlightCode(const QString &code, const QString &language)
{
#ifdef OKUW_HAVE_SOURCE_HIGHLIGHT
    const QString lang = language.trimmed().toLower();
    if (lang.isEmpty() || code.size() > 20000)
        return {};
    // Slides are laid out again and again: each block is coloured once.
    static QMutex mutex;
    static QHash<QString, QString> cache;
    const QString key = lang + QLatin1Char('\n') + code;
    QMutexLocker lock(&mutex);
    if (const auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    QString html;
    try {
        const std::string dataDir = srchilite::Settings::retrieveDataDir();
        srchilite::LangMap langMap(dataDir, "lang.map");
        const std::string langFile = langMap.getMappedFileName(lang.toStdString());
        if (!langFile.empty()) {
            srchilite::SourceHighlight highlighter("html.outlang");
            highlighter.setDataDir(dataDir);
            highlighter.setGenerateEntireDoc(false);
            std::istringstream in(code.toStdString());
            std::ostringstream out;
            highlighter.highlight(in, out, langFile);
            // <!-- Generator … --><pre><tt>…</tt></pre>: the inside, in the
            // slide's monospace font.
            QString raw = QString::fromStdString(out.str());
            const qsizetype begin = raw.indexOf(QLatin1String("<tt>"));
            const qsizetype end = raw.lastIndexOf(QLatin1String("</tt>"));
            if (begin >= 0 && end > begin) {
                raw = raw.mid(begin + 4, end - begin - 4);
                if (raw.endsWith(QLatin1Char('\n')))
                    raw.chop(1);
                html =
                    QStringLiteral("<div style=\"white-space:pre-wrap;font-family:'%1'\">%2</div>")
                        .arg(monoFamily(), raw);
            }
        }
    } catch (...) {
        html.clear(); // a language file Source-highlight cannot read: plain
    }
    if (cache.size() > 500)
        cache.clear();
    cache.insert(key, html);
    return html;
#else
    Q_UNUSED(code);
    Q_UNUSED(language);
    return {};
#endif
}

} // namespace okuw::render
