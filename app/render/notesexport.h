// Exports my notes and bookmarks (one module or all) to Markdown or to a
// PDF with each slide's thumbnail beside its note. The viewer's workspace and
// the okuw-bundle CLI both export through it, so it lives below the UI.
#pragma once

#include "core/contentlanguage.h"
#include "core/types.h"
#include "core/userstore.h"

#include <optional>

namespace okuw::core {
class Bundle;
}

namespace okuw::render {

struct NotesEntry
{
    core::ItemRef ref;
    QString moduleTitle; // "2. Module title"
    QString heading;     // "Slide 4: Title" / "Handout, page 3"
    QString note;
    bool bookmarked = false;
    bool orphan = false; // the slide or page is gone from this bundle
    std::optional<core::Slide> slide;
};

// In module order, then slide/page order; orphans last in their module.
// `module` empty: every module. Titles and slides in `content`'s language.
// Fails (error set) when the store cannot be read: an export must not look
// complete when notes are missing from it.
core::StoreRead<QList<NotesEntry>> collectNotes(const core::Bundle &bundle,
                                                const core::UserStore &store, const QString &module,
                                                const core::ContentLanguage &content);

QString notesMarkdown(const core::Bundle &bundle, const QList<NotesEntry> &entries,
                      const core::ContentLanguage &content);
bool writeNotesPdf(const core::Bundle &bundle, const QList<NotesEntry> &entries,
                   const core::ContentLanguage &content, const QString &path, QString *error);

} // namespace okuw::render
