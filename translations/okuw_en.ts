<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Offline viewer for training bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .okuw file to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portable mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The default bundle is shown instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okuw::builder</name>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a PDF that can be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a YAML mapping (key: value lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must map languages to files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an absolute path; name files relative to the module folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is outside the source folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;id&quot; is missing: give the bundle a stable id (a UUID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;version&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code like en, ru or tk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;languages&quot; must list the content languages, e.g. [en, ru, tk]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;default_language&quot; must be one of &quot;languages&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;title&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;slug&quot; must be lower-case letters, digits and dashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;order&quot; must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;duration&quot; must be minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;decks&quot; is missing: name a slide deck per language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;documents&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a document needs &quot;lang&quot; and &quot;title&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;questions&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be single or multiple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a question needs &quot;id&quot; and &quot;prompt&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a question needs at least two &quot;choices&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question &quot;%1&quot; has no right answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question &quot;%1&quot; is single choice but has %2 right answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;terms&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a term needs an &quot;id&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must hold {term: ..., definition: ...}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;days&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;start&quot; and &quot;end&quot; must be times like 09:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a session needs a &quot;module&quot; or a &quot;title&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a content source folder (it does not exist or is not a folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the slug &quot;%1&quot; is used by another module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the order %1 is used by another module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no module folders (each with a module.yaml) were found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deck language &quot;%1&quot; is not listed in bundle.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the term id &quot;%1&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no module has the slug &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the question id &quot;%1&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the handout could not be rendered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must map each language to a text (en: ..., ru: ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;unreviewed_translation&quot; names &quot;%1&quot;, which is not listed in bundle.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected languages mapped to lists of terms (ru: [...])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the bundle&apos;s languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of {prefer, avoid, reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a term needs &quot;prefer&quot;, &quot;reason&quot; and a list &quot;avoid&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid pattern: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: write &quot;%2&quot; (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the glossary term &quot;%2&quot; in a form the glossary does not list: use the term, or add the form to its &quot;forms&quot; in glossary.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slide id &quot;%1&quot; is not in the %2 deck (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slide id &quot;%1&quot; of the %2 deck is missing here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slide &quot;%1&quot; is slide %2 here but slide %3 in the %4 deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slide &quot;%1&quot; has no speaker notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notes of slide &quot;%1&quot; give no time: end them with a line like &quot;Time: 5 min&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slide &quot;%1&quot; shows the figure &quot;%2&quot; but names no source, on the slide or in its notes (&quot;Source: ...&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notes of %1 add up to %2 min, but &quot;duration&quot; is %3 min (5% either way is allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a content source folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;unreviewed_translation&quot; must list languages, e.g. [tk]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SVG refers to something outside it (%1); embed it or remove the reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an image (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an image Okuw can show: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deck %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deck has %1 pages; Okuw shows at most %2 slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>math ($…$, $$…$$) is shown as its TeX source: Okuw has no offline formula renderer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the remote image &quot;%1&quot; is never fetched; the slide shows a frame in its place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has speaker notes for %1 slides, but LibreOffice made %2 pages of it: the notes are given to the pages in order and may be on the wrong slides</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okuw::builder::OfficeDeck</name>
    <message>
        <source>is a zip file but not a PowerPoint presentation (it has no ppt/presentation.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a damaged PowerPoint file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a zip file but not an OpenDocument presentation (its mimetype is “%1”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a damaged OpenDocument file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a zip file, so not a .pptx or .odp presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read as a zip file (libzip error %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs LibreOffice to become slides, and it is not installed: install it (on Debian: apt install libreoffice-impress-nogui), or export the deck to PDF yourself and name the PDF in module.yaml, with its speaker notes in a notes file beside it (README: &quot;A deck as a PDF, PowerPoint or Impress file&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be converted: LibreOffice (%1) did not start: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was not converted: LibreOffice did not finish within %1 seconds (OKUW_SOFFICE_TIMEOUT sets the limit); no bundle was written. Export the deck to PDF yourself and name the PDF in module.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be converted by LibreOffice (exit code %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okuw::builder::PdfDeck</name>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a PDF (it does not begin with %PDF-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is encrypted with a password; export it again without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a PDF that can be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not pdfpc&apos;s JSON notes file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes for pages the PDF does not have (it has %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section %1 “%2” has no page: the PDF has %3 pages; its notes are left out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okuw::cli</name>
    <message>
        <source>%1: no module %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: module %2 has no slides in language %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slide %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes of slide %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knowledge check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no module has the slug &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(bundle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id:         %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages:  %1 (default %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content:    sha256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: okuw-bundle &lt;command&gt; [arguments]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes file at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no module &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n slide(s) exported to %1</source>
        <translation>
            <numerusform>%n slide exported to %1</numerusform>
            <numerusform>%n slides exported to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>--limit needs a whole number of 1 or more, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Builds, checks and inspects Okuw bundles (.okuw files).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;okuw-bundle &lt;command&gt; --help&quot; or &quot;okuw-bundle help &lt;command&gt;&quot; describes a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &quot;%1 --help&quot; for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;file.okuw&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;source-dir&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content source folder: bundle.yaml and one folder per module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle to write. A file already there is replaced only when the build succeeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON for tools; its keys are stable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;slug&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this module&apos;s notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;code&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content language of slide titles and pictures (default: the bundle&apos;s default language).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;file.md&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write Markdown to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;file.pdf&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a PDF, each note beside its slide&apos;s picture, to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;file&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes file to read (default: the viewer&apos;s, in your user data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;&lt;query&gt;&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this content language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;n&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many matches (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;module&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The module&apos;s slug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deck&apos;s language (default: the bundle&apos;s default language).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;dir&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one 1920x1080 PNG per slide into this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the slides with their speaker notes to this PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build a bundle from a content source folder. Nothing is written unless every file checks out; each error names file:line. SOURCE_DATE_EPOCH sets a reproducible build time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a bundle: exit 0 when it is sound, else 1 and one line per problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what a bundle holds: its metadata, modules, documents, glossary and agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export your notes and bookmarks for a bundle, as the viewer saved them, to Markdown or PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search a bundle&apos;s full-text index, ranked as the viewer ranks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a module&apos;s slides as PNG images or as a PDF with speaker notes, drawn as the viewer draws them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to find: word* finds words that begin so, &quot;a quoted phrase&quot; finds the words in that order. Put -- before a query that begins with -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary terms marked for review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: module %2 has no slides in language %3; the %4 deck stands in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the notes in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a content source folder before building it: terminology, slide ids across languages, speaker notes and timing, sources for figures, glossary forms. Prints file:line: message for each problem (exit 1) and how many glossary terms are marked for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: image &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: image &quot;%2&quot; cannot be shown: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: image &quot;%2&quot; refers to something outside it (%3); the viewer leaves it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>okuw-bundle build: the signing key cannot be used; no bundle was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %1 (key fingerprint %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the publisher&apos;s name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>okuw-bundle keygen: the cryptography library cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.secret (the secret key: only you may read it; keep a copy offline) and %1.public (give it to your readers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher: %1, key fingerprint %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the content matches its digest (every blob re-hashed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a bundle of format %2 has no content digest to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: changed after it was built: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the content cannot be checked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not signed, so not by the trusted key of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the signature is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: signed by &quot;%2&quot; (key fingerprint %3), not by the trusted key of %4 (key fingerprint %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: signed by %2, the trusted key (key fingerprint %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: signed by &quot;%2&quot; (key fingerprint %3); give --trust &lt;public-key&gt; to check that it is the key you expect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;secret-key&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the bundle with this secret key file (made by keygen). A key that cannot be read stops the build; nothing is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;name&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publisher&apos;s name, as readers will see it: &quot;Signed by &lt;name&gt;&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;base&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write &lt;base&gt;.secret and &lt;base&gt;.public (default: the name in lower case, in the current folder). Existing files are never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;public-key&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeed only when the bundle is signed with this public key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that a bundle&apos;s content matches its content digest (every blob re-hashed) and its signature, and say who signed it. Exit 0 when the content is intact and the signature, if any, is valid (with --trust: signed with that key), else 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a publisher&apos;s key pair for signing bundles: a secret key file (only you may read it; keep it off shared machines) and a public key file to give to readers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>okuw-bundle: %1: %2 of %3 pages read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treat warnings (what Marp would ignore too) as errors: no bundle is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>okuw-bundle build: %n problem(s); no bundle was written</source>
        <translation type="unfinished">
            <numerusform>okuw-bundle build: %n problem; no bundle was written</numerusform>
            <numerusform>okuw-bundle build: %n problems; no bundle was written</numerusform>
        </translation>
    </message>
    <message>
        <source>Built %1: %2, %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation type="unfinished">
            <numerusform>%n module</numerusform>
            <numerusform>%n modules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slide(s)</source>
        <translation type="unfinished">
            <numerusform>%n slide</numerusform>
            <numerusform>%n slides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation type="unfinished">
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n note(s) and bookmark(s) to %1</source>
        <translation type="unfinished">
            <numerusform>Exported %n note or bookmark to %1</numerusform>
            <numerusform>Exported %n notes and bookmarks to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3 with notes, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation type="unfinished">
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>document (%1): %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Glossary:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n term(s)</source>
        <translation type="unfinished">
            <numerusform>%n term</numerusform>
            <numerusform>%n terms</numerusform>
        </translation>
    </message>
    <message>
        <source>Agenda:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation type="unfinished">
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: no problems in %n file(s)</source>
        <translation type="unfinished">
            <numerusform>%1: no problems in %n file</numerusform>
            <numerusform>%1: no problems in %n files</numerusform>
        </translation>
    </message>
    <message>
        <source>Format:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot run SQLite&apos;s check of it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite&apos;s check of it did not finish within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite&apos;s check of it crashed, which only a damaged index does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run only SQLite&apos;s own check of the search index. validate runs it so, in a process of its own, because SQLite can crash on a damaged index.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okuw::core::Bundle</name>
    <message>
        <source>%1: the bundle is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle is damaged: the table &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle is damaged: it has no bundle id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder, not a bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an Okuw bundle (not an SQLite database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is an SQLite database but not an Okuw bundle (application id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was made for a newer Okuw (bundle format %1.%2); this version reads format %3. Install a newer Okuw to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its bundle format version (%1) is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is truncated: it has %1 bytes of %2 (an incomplete copy?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has more than %1 modules, more than Okuw reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This slide is too large to show: %1 KB, where Okuw shows at most %2 KB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>module “%1” has %2 slides in “%3”; Okuw shows at most %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a deck of module %1 holds more text than Okuw reads (%2 MB at most)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document %1 is larger than Okuw opens (%2 MB at most)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1 is larger than Okuw shows (%2 MB at most)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no PDF decks, but a slide names one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF deck %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF deck %1 is larger than Okuw opens (%2 MB at most)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okuw::core::BundleWriter</name>
    <message>
        <source>%1: the folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the bundle: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is empty or larger than 2 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document could not be read whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot finish the bundle: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okuw::core::Deck</name>
    <message>
        <source>the front matter is not valid YAML (%1): Marp ignores all of it, and so does Okuw</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okuw::core::UserPaths</name>
    <message>
        <source>The portable-mode file %1 is not a valid INI file (line %2). Its settings are ignored; your notes and settings are kept in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portable-mode file %1 names a data folder outside the program&apos;s folder, which would not travel with it. Your notes and settings are kept in %2 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portable mode: the folder %1 cannot be written (is the USB stick write-protected?). Okuw works read-only: notes, bookmarks, progress and settings are not kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okuw::core::UserStore</name>
    <message>
        <source>Cannot create the folder %1 for your notes. Notes, bookmarks and progress will not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open your notes file %1: %2. Notes, bookmarks and progress will not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes file %1 cannot be written (%2). Okuw works read-only: new notes, bookmarks and progress are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an Okuw notes file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes file %1 cannot be read (%2). It was left untouched; Okuw works read-only until you start a new notes file (the damaged one is kept for recovery).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes file %1 was written by a newer version of Okuw (format %2, this version knows %3). It is opened read-only and left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes file %1 is damaged (%2). It was left untouched; Okuw works read-only until you start a new notes file (the damaged one is kept for recovery).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the damaged notes file %1 aside; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save to your notes file %1: %2. Is the disk full?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notes file is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read from your notes file %1: %2. What could not be read is not shown and will not be overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be brought to format %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okuw::core::digest</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the content digest&apos;s version %1 is unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okuw::core::search</name>
    <message>
        <source>this bundle has no search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot build the search index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this bundle&apos;s search index was made by another version of Okuw (index %1, this version reads %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okuw::core::signature</name>
    <message>
        <source>%1: the key file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the key file cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an Okuw key file (too large)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a public key; signing needs the secret key (the .secret file keygen wrote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an Okuw secret key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret key is truncated or damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key file names no publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cryptography library cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret key is damaged (its halves do not match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a secret key; give the public key (the .public file) instead, and keep the secret one private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an Okuw public key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the public key is truncated or damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: already exists; a key file is never overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its signature cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it says it was signed, but its signature was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it carries a signature, but its content does not say it was signed: the signature was added or the content changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it carries more than one signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its signature uses &quot;%1&quot;, which this Okuw does not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its signature is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was changed after it was signed (the signature does not match)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okuw::core::validate</name>
    <message>
        <source>the file is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 of table &quot;%2&quot; refers to a missing row of &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default language &quot;%1&quot; is not among the bundle&apos;s languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content in language &quot;%1&quot;, which the bundle does not list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>module &quot;%1&quot; has no slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document &quot;%1&quot; has no pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match its SHA-256: the bundle was altered or damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(and more of the same)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a table cannot be read as Okuw reads it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 of &quot;%2&quot; has no %3 (NULL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 of &quot;%2&quot;: %3 is %4, where Okuw reads %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the module slug &quot;%1&quot; is used %2 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the module position %1 is used %2 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the slide id %1 is used %2 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the slide position %1 is used %2 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the glossary term &quot;%1&quot; is listed %2 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the question id &quot;%1&quot; is used %2 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 modules, more than Okuw reads (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>module &quot;%1&quot; has %2 slides in &quot;%3&quot;; Okuw shows at most %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &quot;%2&quot; deck of module &quot;%1&quot; holds %3 MB of text; Okuw reads at most %4 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slide %3 of module &quot;%1&quot; (%2) is larger than Okuw shows (%4 KB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document &quot;%1&quot; claims %2 pages (%3 bytes); Okuw reads 1 to %4 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image &quot;%1&quot; is %2 MB; Okuw shows images up to %3 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 glossary terms; Okuw reads %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 questions in one quiz; Okuw reads %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 agenda sessions; Okuw reads %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table &quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list of languages is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the languages list holds %1, which names no language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language &quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle lists no content language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the search index is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the search index holds %1 entries that index nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question &quot;%1&quot;: its choices or right answers are not what Okuw reads (a list of texts, and indexes into it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a title in &quot;%1&quot; is longer than Okuw shows (1000 characters): “%2…”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the content does not match its digest (%1): the bundle was changed after it was built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slide %1 names page %2 of a PDF deck that has %3 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the content does not match its digest in other places too (%n more not shown)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>okuw::core::verify</name>
    <message>
        <source>the content digest&apos;s version was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its content digest is of version %1, which this Okuw cannot check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed: %1 (its bytes do not match its SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored content digest was changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okuw::core::yaml</name>
    <message>
        <source>it is not a list of &quot;key: value&quot; lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping (key: value lines) is not closed where it should be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a { … } mapping is not closed with }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list (- item lines) is not closed where it should be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a [ … ] list is not closed with ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unexpected character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted text is not closed before the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a character that is not allowed in a text value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tab in the indentation (indent with spaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a closing ] or } without its opening one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list item (- ) where a list cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key where a key cannot stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value where none can stand (a colon too many, or wrong indentation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no name after *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--- or ... inside a text value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unexpected character in a | or &gt; text block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown escape in a quoted text: \%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an anchor (the sign before a name) without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an alias refers to no anchor defined above it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okuw::render</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handout PDF&apos;s output is not open for writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote image, not loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image without a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image not found or unreadable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the handout PDF: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okuw::render::Images</name>
    <message>
        <source>the SVG is larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a compressed SVG (.svgz) is not drawn; save it as plain SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SVG has more than %1 elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SVG uses an entity (&amp;%1;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SVG is not well-formed XML: %1 (line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not an SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no image data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image is larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SVG cannot be drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image is %1×%2 pixels, more than Okuw draws</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an image Okuw can read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image has no size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okuw::render::NotesExport</name>
    <message>
        <source>Slide %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, page %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes or bookmarks yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no longer in this bundle) </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My notes — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okuw::render::PdfSlide</name>
    <message>
        <source>Page %1 of this PDF deck cannot be shown: the bundle&apos;s PDF is damaged or missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okuw::render::SlideModel</name>
    <message>
        <source>… This slide is longer than a slide can show; the rest is left out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okuw::ui::AboutDialog</name>
    <message>
        <source>The file manager (%1) could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bundle is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes, bookmarks, progress and settings are kept in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portable mode: beside the program, so they travel with it and nothing is left on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your user profile on this computer. To keep them on a USB stick instead, put a file named %1 beside the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okuw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okuw&apos;s code is free software under the MIT licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content of the default bundle is licensed under Creative Commons Attribution 4.0 International (CC BY 4.0). Other bundles carry their publisher&apos;s terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded fonts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DejaVu Sans and DejaVu Sans Mono, under the Bitstream Vera and Arev fonts licence; DejaVu&apos;s changes are in the public domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full texts follow, in English as their authors wrote them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Okuw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline viewer for training bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt %1. Okuw never opens a network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not covered by the signature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt %1 (LGPL version 3), SQLite (public domain), MD4C and yaml-cpp (MIT), Snowball libstemmer (BSD 3-clause), libsodium (ISC), libzip (BSD 3-clause).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GNU Source-highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code on slides is coloured by GNU Source-highlight, under the GNU General Public License version 3 or later (GPL). This program is linked with it, so as distributed it is covered by the GPL version 3 or later as a whole: whoever passes it on must do so under the GPL&apos;s terms, source included. Okuw&apos;s own code stays under the MIT licence.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okuw::ui::AgendaDialog</name>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to open this module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ Now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open module</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okuw::ui::AudienceWindow</name>
    <message>
        <source>Slide show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okuw::ui::BookmarksDock</name>
    <message>
        <source>[no longer in this bundle] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarks (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All my notes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All my notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okuw::ui::ConsoleWindow</name>
    <message>
        <source>Presenter console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the slide show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speaker notes for this slide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or resume the timer (T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the timer to zero (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes A−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller notes (-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes A+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bigger notes (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap the console and the audience screen (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview of all slides (Tab, G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys of the slide show (?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the slide show (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to %1 ↵</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audience sees a black screen. Any key shows the slide again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audience sees a white screen. Any key shows the slide again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The module gives no duration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time (%1 min planned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behind: more time used than slides shown (%1 min planned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over time (%1 min planned)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okuw::ui::ExportChoiceDialog</name>
    <message>
        <source>Export my notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which notes do you want to export?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All my notes in this bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this module (no module is open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this &amp;module: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next you choose where to save them, as a PDF with slide pictures or as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okuw::ui::ExportedBar</name>
    <message>
        <source>Your notes were saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the exported notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the folder of the exported notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okuw::ui::GlossaryDialog</name>
    <message>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: type a word in English, Russian or Turkmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turkmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This translation is not yet confirmed by a reviewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;No term matches &quot;%1&quot;.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet confirmed in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okuw::ui::HelpDialog</name>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During the slide show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okuw Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okuw::ui::HelpOverlay</name>
    <message>
        <source>Slide show keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okuw::ui::LanguageMenu</name>
    <message>
        <source>&amp;Interface Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of menus, dialogs and messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okuw::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Text from Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit &amp;Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit &amp;Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;irst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Okuw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the selected text, or the whole page when nothing is selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the document shown (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a module in the navigator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bundle is open. Use File &gt; Open or drop a .okuw file here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Okuw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okuw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okuw bundles (*.okuw);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no slide %1 in the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no document %1 in the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no module %1 in the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The module “%1” has no slides or documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(No speaker notes for this slide.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Documents have no speaker notes.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed after it was signed, or its signature was damaged: %2. It was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trusted Publishers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed after it was signed (%2). It has been closed: its slides cannot be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed after it was built (%2). It has been closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be checked: %2. It has been closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Still shown: “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use File &gt; Open or drop a .okuw file here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide thumbnails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules, slides and documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This module has no documents in %1: shown in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This module has no slides in %1: shown in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content &amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okuw::ui::Navigator</name>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n page(s))</source>
        <translation>
            <numerusform>%1 (%2, %n page)</numerusform>
            <numerusform>%1 (%2, %n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n slide(s)</source>
        <translation>
            <numerusform>%n slide</numerusform>
            <numerusform>%n slides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okuw::ui::NotesDock</name>
    <message>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a slide or a page to take notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes on this slide or page. Only you see them; they are saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note here could not be read (%1). It is not shown, and nothing is saved over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Other notes are not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># Notes Okuw could not save

Bundle: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: your text is kept here and saved when the notes file can be written again (see the bar above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: your text is kept here and saved when the notes file can be written again (see the bar above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some notes are not saved yet (see the bar above); they are kept and saved when the notes file can be written again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My note on this slide or page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okuw::ui::PdfFindBar</name>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous hit (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next hit (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okuw::ui::PdfPane</name>
    <message>
        <source>No document is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected text, or the whole page when nothing is selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of %1 </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle has no document %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show “%1” (%2): the PDF is damaged or not a PDF (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching… %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline and pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page thumbnails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in document (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Down / Page Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next / previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll down one screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home / End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First / last page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or F3 / Shift+Enter or Shift+F3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next / previous hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document has no outline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okuw::ui::Presenter</name>
    <message>
        <source>Slide show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a module with slides to start the slide show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from the &amp;First Slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the slide show from the first slide (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from the &amp;Current Slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the slide show from the current slide (Shift+F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rehearse in a Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console and slide side by side in windows, to practise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Swap Console and Audience Screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During the show: the console and the slide change screens (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Slide Show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okuw::ui::PresenterState</name>
    <message>
        <source>Right, Down, Page Down, Space, Enter, N, click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left, Up, Page Up, Backspace, P, right click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home / End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First / last slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to that slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B or .</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black screen (any key returns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W or ,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White screen (any key returns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab or G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview of all slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap the console and audience screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One screen: show the console or the slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T / R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or resume / reset the timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ / -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bigger / smaller notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? or F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This help (any key closes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okuw::ui::Progress</name>
    <message>
        <source>quiz %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n slide(s) seen</source>
        <translation>
            <numerusform>%1 of %n slide seen</numerusform>
            <numerusform>%1 of %n slides seen</numerusform>
        </translation>
    </message>
    <message>
        <source>Knowledge check: best %1/%2, last %3/%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge check not taken yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okuw::ui::QuizDialog</name>
    <message>
        <source>Knowledge check — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This module has no questions in this language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — choose all that apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an answer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not quite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See my score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your score: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every answer was right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the slides again and try once more when you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers to look at again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered wrongly:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right: %1 of the %2 questions answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You began at question %1. Try again to answer them all and get a score.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okuw::ui::ReviewNotice</name>
    <message>
        <source>Translation not yet reviewed by a Turkmen-speaking lawyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation not yet reviewed by a Russian-speaking lawyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text not yet reviewed by an English-speaking lawyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation not yet reviewed by a lawyer who speaks this language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authors mark this translation as not yet checked by a lawyer. Before you rely on its legal wording, compare it with the English or Russian version (View &gt; Content language).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okuw::ui::SearchPanel</name>
    <message>
        <source>Search slides, notes, documents… (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bundle is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes, slide %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search the Bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No matches in %1; %n match(es) in other languages:</source>
        <translation>
            <numerusform>No matches in %1; %n match in other languages:</numerusform>
            <numerusform>No matches in %1; %n matches in other languages:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matches; the best %1 are shown</source>
        <translation type="unfinished">
            <numerusform>%n match; the best %1 are shown</numerusform>
            <numerusform>%n matches; the best %1 are shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation type="unfinished">
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>okuw::ui::SignatureStatus</name>
    <message>
        <source>Not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by an unknown publisher (key fingerprint %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing tells who made this bundle or whether it was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature matches a publisher key you trust (key fingerprint %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is valid, but its key is not among your trusted publishers (Help &gt; Trusted Publishers). Compare the fingerprint with the one the training team gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole content was checked against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content is being checked…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okuw::ui::SlideView</name>
    <message>
        <source>Choose a module or a slide in the navigator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right, Down, Page Down, Space, Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left, Up, Page Up, Backspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home / End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First / last slide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okuw::ui::TrustedKeysDialog</name>
    <message>
        <source>Add a Publisher Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okuw public keys (*.public);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — key fingerprint %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is trusted already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (key fingerprint %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted Publishers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bundle signed with one of these keys shows &quot;Signed by&quot; its publisher. Add the public key file (.public) your training team gave you; remove a key you no longer trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Key File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okuw::ui::Workspace</name>
    <message>
        <source>Start a new notes file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New notes file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bookmark this slide or page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Knowledge check for this module…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Glossary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agenda…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove my data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export my notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slide %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, page %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a module first, then start its knowledge check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export my notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF with slide pictures (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown text (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete your notes, bookmarks, progress and quiz answers for this bundle? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For every bundle on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of your notes could not be saved in your notes file (%1). Their text was written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of your notes could not be saved, neither in your notes file nor in a file of their own (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A new notes file was started, with the %n note(s) that could still be read from the damaged one. The damaged file is kept at %1.</source>
        <translation>
            <numerusform>A new notes file was started, with the %n note that could still be read from the damaged one. The damaged file is kept at %1.</numerusform>
            <numerusform>A new notes file was started, with the %n notes that could still be read from the damaged one. The damaged file is kept at %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bookmarked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slide %1, “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last time %1 of %2, best %3 of %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
