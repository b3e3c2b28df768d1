<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tk" sourcelanguage="en">
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; parametrinden soň baha ýok.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; parametrinden soň garaşylmadyk baha.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Offline viewer for training bundles</source>
        <translation>Okuw ýygyndylaryny internetsiz görmek üçin programma</translation>
    </message>
    <message>
        <source>The .okuw file to open</source>
        <translation>Açmaly .okuw faýly</translation>
    </message>
    <message>
        <source>Portable mode</source>
        <translation>Göçme tertip</translation>
    </message>
    <message>
        <source>%1
The default bundle is shown instead.</source>
        <translation>%1
Onuň ýerine adaty paket görkezilýär.</translation>
    </message>
</context>
<context>
    <name>okuw::builder</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>okap bolmaýar: %1</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>faýl UTF-8 tekst däl</translation>
    </message>
    <message>
        <source>not a PDF that can be read (%1)</source>
        <translation>okalyp bilinýän PDF däl (%1)</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>faýl ýok</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>dogry YAML däl: %1</translation>
    </message>
    <message>
        <source>expected a YAML mapping (key: value lines)</source>
        <translatorcomment>review: &quot;YAML mapping&quot; rendered descriptively as &quot;YAML made of key: value lines&quot;</translatorcomment>
        <translation>„açar: baha“ setirlerinden ybarat YAML garaşylýar</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must map languages to files</source>
        <translation>&quot;%1&quot; her dil üçin faýl görkezmeli</translation>
    </message>
    <message>
        <source>a file name is empty</source>
        <translation>faýlyň ady boş</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an absolute path; name files relative to the module folder</source>
        <translatorcomment>review: &quot;absolute path&quot; = &quot;doly ýol&quot;, &quot;relative to&quot; = &quot;bukjasyna görä&quot;</translatorcomment>
        <translation>&quot;%1&quot; doly ýol; faýllary modul bukjasyna görä ýol bilen görkeziň</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is outside the source folder</source>
        <translation>&quot;%1&quot; çeşme bukjasyndan daşarda</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist</source>
        <translation>&quot;%1&quot; ýok</translation>
    </message>
    <message>
        <source>&quot;id&quot; is missing: give the bundle a stable id (a UUID)</source>
        <translation>&quot;id&quot; ýok: ýygyndy üçin hemişelik id (UUID) beriň</translation>
    </message>
    <message>
        <source>&quot;version&quot; is missing</source>
        <translation>&quot;version&quot; ýok</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code like en, ru or tk</source>
        <translation>&quot;%1&quot; en, ru ýa-da tk ýaly dil kody däl</translation>
    </message>
    <message>
        <source>&quot;languages&quot; must list the content languages, e.g. [en, ru, tk]</source>
        <translation>&quot;languages&quot; mazmunyň dillerini sanamaly, meselem [en, ru, tk]</translation>
    </message>
    <message>
        <source>&quot;default_language&quot; must be one of &quot;languages&quot;</source>
        <translation>&quot;default_language&quot; &quot;languages&quot; sanawyndaky dilleriň biri bolmaly</translation>
    </message>
    <message>
        <source>&quot;title&quot; is missing</source>
        <translation>&quot;title&quot; ýok</translation>
    </message>
    <message>
        <source>&quot;slug&quot; must be lower-case letters, digits and dashes</source>
        <translation>&quot;slug&quot; diňe kiçi harplardan, sanlardan we defislerden ybarat bolmaly</translation>
    </message>
    <message>
        <source>&quot;order&quot; must be a whole number</source>
        <translation>&quot;order&quot; bitin san bolmaly</translation>
    </message>
    <message>
        <source>&quot;duration&quot; must be minutes</source>
        <translation>&quot;duration&quot; minutlarda görkezilmeli</translation>
    </message>
    <message>
        <source>&quot;decks&quot; is missing: name a slide deck per language</source>
        <translation>&quot;decks&quot; ýok: her dil üçin slaýdlar toplumyny görkeziň</translation>
    </message>
    <message>
        <source>&quot;documents&quot; must be a list</source>
        <translation>&quot;documents&quot; sanaw bolmaly</translation>
    </message>
    <message>
        <source>a document needs &quot;lang&quot; and &quot;title&quot;</source>
        <translation>resminama üçin &quot;lang&quot; we &quot;title&quot; gerek</translation>
    </message>
    <message>
        <source>&quot;questions&quot; must be a list</source>
        <translation>&quot;questions&quot; sanaw bolmaly</translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be single or multiple</source>
        <translation>&quot;kind&quot; single ýa-da multiple bolmaly</translation>
    </message>
    <message>
        <source>a question needs &quot;id&quot; and &quot;prompt&quot;</source>
        <translation>sorag üçin &quot;id&quot; we &quot;prompt&quot; gerek</translation>
    </message>
    <message>
        <source>a question needs at least two &quot;choices&quot;</source>
        <translation>soragda azyndan iki &quot;choices&quot; (jogap warianty) bolmaly</translation>
    </message>
    <message>
        <source>question &quot;%1&quot; has no right answer</source>
        <translation>&quot;%1&quot; soragynyň dogry jogaby ýok</translation>
    </message>
    <message>
        <source>question &quot;%1&quot; is single choice but has %2 right answers</source>
        <translation>&quot;%1&quot; soragy bir jogaply, emma onuň %2 dogry jogaby bar</translation>
    </message>
    <message>
        <source>&quot;terms&quot; must be a list</source>
        <translation>&quot;terms&quot; sanaw bolmaly</translation>
    </message>
    <message>
        <source>a term needs an &quot;id&quot;</source>
        <translation>adalga üçin &quot;id&quot; gerek</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must hold {term: ..., definition: ...}</source>
        <translation>&quot;%1&quot; {term: ..., definition: ...} görnüşinde bolmaly</translation>
    </message>
    <message>
        <source>&quot;days&quot; must be a list</source>
        <translation>&quot;days&quot; sanaw bolmaly</translation>
    </message>
    <message>
        <source>&quot;start&quot; and &quot;end&quot; must be times like 09:30</source>
        <translation>&quot;start&quot; we &quot;end&quot; 09:30 ýaly wagt bolmaly</translation>
    </message>
    <message>
        <source>a session needs a &quot;module&quot; or a &quot;title&quot;</source>
        <translation>sapak üçin &quot;module&quot; ýa-da &quot;title&quot; gerek</translation>
    </message>
    <message>
        <source>%1: not a content source folder (it does not exist or is not a folder)</source>
        <translation>%1: mazmunyň çeşme bukjasy däl (ol ýok ýa-da bukja däl)</translation>
    </message>
    <message>
        <source>the slug &quot;%1&quot; is used by another module</source>
        <translatorcomment>review: &quot;slug&quot; kept as the module.yaml key name (short module identifier)</translatorcomment>
        <translation>&quot;%1&quot; slug başga modulda ulanylýar</translation>
    </message>
    <message>
        <source>the order %1 is used by another module</source>
        <translation>%1 tertip belgisi başga modulda ulanylýar</translation>
    </message>
    <message>
        <source>no module folders (each with a module.yaml) were found</source>
        <translation>modul bukjalary (her birinde module.yaml bolan) tapylmady</translation>
    </message>
    <message>
        <source>the deck language &quot;%1&quot; is not listed in bundle.yaml</source>
        <translation>slaýdlar toplumynyň &quot;%1&quot; dili bundle.yaml faýlynda görkezilmedik</translation>
    </message>
    <message>
        <source>the term id &quot;%1&quot; is used twice</source>
        <translation>&quot;%1&quot; adalga id-si iki gezek ulanylýar</translation>
    </message>
    <message>
        <source>no module has the slug &quot;%1&quot;</source>
        <translation>slug-y &quot;%1&quot; bolan modul ýok</translation>
    </message>
    <message>
        <source>the question id &quot;%1&quot; is used twice</source>
        <translation>&quot;%1&quot; sorag id-si iki gezek ulanylýar</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read</source>
        <translation>&quot;%1&quot; okap bolmaýar</translation>
    </message>
    <message>
        <source>the handout could not be rendered: %1</source>
        <translatorcomment>review: &quot;handout&quot; = &quot;paýlama material&quot;</translatorcomment>
        <translation>paýlama materialyny taýýarlap bolmady: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must map each language to a text (en: ..., ru: ...)</source>
        <translation>&quot;%1&quot; her dil üçin tekst bermeli (en: ..., ru: ...)</translation>
    </message>
    <message>
        <source>&quot;unreviewed_translation&quot; names &quot;%1&quot;, which is not listed in bundle.yaml</source>
        <translation>«unreviewed_translation» bundle.yaml-da ýok «%1» dilini görkezýär</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>UTF-8 tekst däl</translation>
    </message>
    <message>
        <source>expected languages mapped to lists of terms (ru: [...])</source>
        <translation>dillere degişli adalga sanawlary garaşylýar (ru: [...])</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the bundle&apos;s languages</source>
        <translation>«%1» bukjanyň dilleriniň biri däl</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of {prefer, avoid, reason}</source>
        <translation>«%1» {prefer, avoid, reason} sanawy bolmaly</translation>
    </message>
    <message>
        <source>a term needs &quot;prefer&quot;, &quot;reason&quot; and a list &quot;avoid&quot;</source>
        <translation>adalgada «prefer», «reason» we «avoid» sanawy bolmaly</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid pattern: %2</source>
        <translation>«%1» dogry nusga däl: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: write &quot;%2&quot; (%3)</source>
        <translation>«%1»: «%2» diýip ýazyň (%3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the glossary term &quot;%2&quot; in a form the glossary does not list: use the term, or add the form to its &quot;forms&quot; in glossary.yaml</source>
        <translation>«%1» — sözlükdäki «%2» adalgasy, emma sözlükde ýok görnüşde: adalgany ulanyň ýa-da bu görnüşi glossary.yaml-da onuň «forms» sanawyna goşuň</translation>
    </message>
    <message>
        <source>slide id &quot;%1&quot; is not in the %2 deck (%3)</source>
        <translation>«%1» slaýd belgisi %2 toplumynda ýok (%3)</translation>
    </message>
    <message>
        <source>slide id &quot;%1&quot; of the %2 deck is missing here</source>
        <translation>%2 toplumynyň «%1» slaýdy bu ýerde ýok</translation>
    </message>
    <message>
        <source>slide &quot;%1&quot; is slide %2 here but slide %3 in the %4 deck</source>
        <translation>«%1» slaýdy bu ýerde %2-nji, %4 toplumynda bolsa %3-nji</translation>
    </message>
    <message>
        <source>slide &quot;%1&quot; has no speaker notes</source>
        <translation>«%1» slaýdynda çykyş edijiniň bellikleri ýok</translation>
    </message>
    <message>
        <source>the notes of slide &quot;%1&quot; give no time: end them with a line like &quot;Time: 5 min&quot;</source>
        <translation>«%1» slaýdynyň belliklerinde wagt ýok: olary «Wagt: 5 minut» ýaly setir bilen tamamlaň</translation>
    </message>
    <message>
        <source>slide &quot;%1&quot; shows the figure &quot;%2&quot; but names no source, on the slide or in its notes (&quot;Source: ...&quot;)</source>
        <translation>«%1» slaýdynda «%2» san bar, emma slaýdda-da, belliklerde-de çeşme görkezilmedik («Çeşme: ...»)</translation>
    </message>
    <message>
        <source>the notes of %1 add up to %2 min, but &quot;duration&quot; is %3 min (5% either way is allowed)</source>
        <translation>%1 belliklerine görä jemi %2 minut, «duration» bolsa %3 minut (iki tarapa 5% rugsat berilýär)</translation>
    </message>
    <message>
        <source>not a content source folder</source>
        <translation>mazmun çeşmesiniň bukjasy däl</translation>
    </message>
    <message>
        <source>&quot;unreviewed_translation&quot; must list languages, e.g. [tk]</source>
        <translation>«unreviewed_translation» dilleri sanamaly, meselem [tk]</translation>
    </message>
    <message>
        <source>the SVG refers to something outside it (%1); embed it or remove the reference</source>
        <translation>SVG özünden daşardaky bir zada salgylanýar (%1); ony faýlyň içine goşuň ýa-da salgylanmany aýryň</translation>
    </message>
    <message>
        <source>not an image (%1)</source>
        <translation>surat däl (%1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an image Okuw can show: %2</source>
        <translation>«%1» Okuw-yň görkezip bilýän suraty däl: %2</translation>
    </message>
    <message>
        <source>the deck %1</source>
        <translation>prezentasiýa %1</translation>
    </message>
    <message>
        <source>the deck has %1 pages; Okuw shows at most %2 slides</source>
        <translation>prezentasiýada %1 sahypa bar; Okuw iň köp %2 slaýd görkezýär</translation>
    </message>
    <message>
        <source>page %1: %2</source>
        <translation>%1-nji sahypa: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>duýduryş: %1</translation>
    </message>
    <message>
        <source>math ($…$, $$…$$) is shown as its TeX source: Okuw has no offline formula renderer</source>
        <translation>formulalar ($…$, $$…$$) TeX çeşme görnüşinde görkezilýär: Okuw-da formulalary oflaýn çekýän serişde ýok</translation>
    </message>
    <message>
        <source>the remote image &quot;%1&quot; is never fetched; the slide shows a frame in its place</source>
        <translation>uzakdaky surat «%1» hiç haçan ýüklenmeýär; slaýdda onuň ýerinde çarçuwa görkezilýär</translation>
    </message>
    <message>
        <source>the file has speaker notes for %1 slides, but LibreOffice made %2 pages of it: the notes are given to the pages in order and may be on the wrong slides</source>
        <translation>faýlda %1 slaýd üçin çykyş edijiniň bellikleri bar, emma LibreOffice ondan %2 sahypa ýasady: bellikler sahypalara tertip boýunça berildi we başga slaýdlara düşen bolmagy mümkin</translation>
    </message>
</context>
<context>
    <name>okuw::builder::OfficeDeck</name>
    <message>
        <source>is a zip file but not a PowerPoint presentation (it has no ppt/presentation.xml)</source>
        <translation>zip arhiw, emma PowerPoint prezentasiýasy däl (onda ppt/presentation.xml ýok)</translation>
    </message>
    <message>
        <source>is a damaged PowerPoint file (%1)</source>
        <translation>zeperli PowerPoint faýly (%1)</translation>
    </message>
    <message>
        <source>is a zip file but not an OpenDocument presentation (its mimetype is “%1”)</source>
        <translation>zip arhiw, emma OpenDocument prezentasiýasy däl (onuň mimetype-y «%1»)</translation>
    </message>
    <message>
        <source>is a damaged OpenDocument file (%1)</source>
        <translation>zeperli OpenDocument faýly (%1)</translation>
    </message>
    <message>
        <source>is not a zip file, so not a .pptx or .odp presentation</source>
        <translation>zip arhiw däl, diýmek .pptx ýa-da .odp prezentasiýa hem däl</translation>
    </message>
    <message>
        <source>cannot be read as a zip file (libzip error %1)</source>
        <translation>zip arhiw hökmünde okalmaýar (libzip ýalňyşlygy %1)</translation>
    </message>
    <message>
        <source>needs LibreOffice to become slides, and it is not installed: install it (on Debian: apt install libreoffice-impress-nogui), or export the deck to PDF yourself and name the PDF in module.yaml, with its speaker notes in a notes file beside it (README: &quot;A deck as a PDF, PowerPoint or Impress file&quot;)</source>
        <translation>slaýda öwrülmek üçin LibreOffice gerek, ol bolsa gurnalmadyk: ony gurnaň (Debian-da: apt install libreoffice-impress-nogui) ýa-da prezentasiýany özüňiz PDF-e eksport edip, şol PDF-i module.yaml-da görkeziň, çykyş edijiniň belliklerini bolsa ýanyndaky bellikler faýlynda saklaň (README: &quot;A deck as a PDF, PowerPoint or Impress file&quot;)</translation>
    </message>
    <message>
        <source>could not be converted: LibreOffice (%1) did not start: %2</source>
        <translation>öwrüp bolmady: LibreOffice (%1) işe başlamady: %2</translation>
    </message>
    <message>
        <source>was not converted: LibreOffice did not finish within %1 seconds (OKUW_SOFFICE_TIMEOUT sets the limit); no bundle was written. Export the deck to PDF yourself and name the PDF in module.yaml</source>
        <translation>öwrülmedi: LibreOffice %1 sekuntda işini tamamlamady (çägi OKUW_SOFFICE_TIMEOUT kesgitleýär); bukja ýazylmady. Prezentasiýany özüňiz PDF-e eksport edip, şol PDF-i module.yaml-da görkeziň</translation>
    </message>
    <message>
        <source>could not be converted by LibreOffice (exit code %1): %2</source>
        <translation>LibreOffice faýly öwrüp bilmedi (çykyş kody %1): %2</translation>
    </message>
</context>
<context>
    <name>okuw::builder::PdfDeck</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>okalmaýar: %1</translation>
    </message>
    <message>
        <source>is not a PDF (it does not begin with %PDF-)</source>
        <translation>PDF däl (faýl %PDF- bilen başlanmaýar)</translation>
    </message>
    <message>
        <source>is encrypted with a password; export it again without one</source>
        <translation>parol bilen şifrlenen; ony parolsyz täzeden eksport ediň</translation>
    </message>
    <message>
        <source>is not a PDF that can be read (%1)</source>
        <translation>okap bolýan PDF däl (%1)</translation>
    </message>
    <message>
        <source>has no pages</source>
        <translation>sahypasy ýok</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Sahypa %1</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>faýl UTF-8 tekst däl</translation>
    </message>
    <message>
        <source>is not pdfpc&apos;s JSON notes file: %1</source>
        <translation>pdfpc-iň JSON bellikler faýly däl: %1</translation>
    </message>
    <message>
        <source>notes for pages the PDF does not have (it has %1): %2</source>
        <translation>PDF-de ýok sahypalar üçin bellikler (onda %1 sahypa bar): %2</translation>
    </message>
    <message>
        <source>section %1 “%2” has no page: the PDF has %3 pages; its notes are left out</source>
        <translation>%1-nji «%2» bölüme sahypa ýok: PDF-de %3 sahypa bar; onuň bellikleri goşulmady</translation>
    </message>
</context>
<context>
    <name>okuw::cli</name>
    <message>
        <source>%1: no module %2</source>
        <translation>%1: %2 atly modul ýok</translation>
    </message>
    <message>
        <source>%1: module %2 has no slides in language %3</source>
        <translation>%1: %2 modulynda %3 dilinde slaýd ýok</translation>
    </message>
    <message>
        <source>slide %1</source>
        <translation>slaýd %1</translation>
    </message>
    <message>
        <source>notes of slide %1</source>
        <translation>slaýd %1 bellikleri</translation>
    </message>
    <message>
        <source>PDF page %1</source>
        <translation>PDF sahypa %1</translation>
    </message>
    <message>
        <source>glossary</source>
        <translation>sözlük</translation>
    </message>
    <message>
        <source>knowledge check</source>
        <translation>bilim barlagy</translation>
    </message>
    <message>
        <source>%1: no module has the slug &quot;%2&quot;</source>
        <translation>%1: slug-y &quot;%2&quot; bolan modul ýok</translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>Hiç zat tapylmady.</translation>
    </message>
    <message>
        <source>(bundle)</source>
        <translation>(ýygyndy)</translation>
    </message>
    <message>
        <source>%1: OK</source>
        <translation>%1: kadaly</translation>
    </message>
    <message>
        <source>Title:      %1</source>
        <translation>Ady:         %1</translation>
    </message>
    <message>
        <source>Id:         %1</source>
        <translation>Id:          %1</translation>
    </message>
    <message>
        <source>Version:    %1</source>
        <translation>Wersiýa:     %1</translation>
    </message>
    <message>
        <source>Languages:  %1 (default %2)</source>
        <translation>Diller:      %1 (esasy %2)</translation>
    </message>
    <message>
        <source>Built:      %1</source>
        <translation>Taýýarlandy: %1</translation>
    </message>
    <message>
        <source>Content:    sha256 %1</source>
        <translation>Mazmun:      sha256 %1</translation>
    </message>
    <message>
        <source>Usage: okuw-bundle &lt;command&gt; [arguments]</source>
        <translation>Ulanylyşy: okuw-bundle &lt;buýruk&gt; [argumentler]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Buýruklar:</translation>
    </message>
    <message>
        <source>No notes file at %1</source>
        <translation>Bellikler faýly tapylmady: %1</translation>
    </message>
    <message>
        <source>%1 has no module &quot;%2&quot;</source>
        <translation>%1 içinde &quot;%2&quot; atly modul ýok</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 faýlyna ýazyp bolmaýar: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n slide(s) exported to %1</source>
        <translation>
            <numerusform>%n slaýd eksport edildi: %1</numerusform>
            <numerusform>%n slaýd eksport edildi: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>--limit needs a whole number of 1 or more, not &quot;%1&quot;</source>
        <translation>--limit üçin 1-den kiçi bolmadyk bitin san gerek, &quot;%1&quot; däl</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Ulanylyşy: %1</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumentler:</translation>
    </message>
    <message>
        <source>%1 Required.</source>
        <translation>%1 Hökmany.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Bu kömegi görkezmek.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Parametrler:</translation>
    </message>
    <message>
        <source>Give exactly one of %1.</source>
        <translation>Şulardan diňe birini görkeziň: %1.</translation>
    </message>
    <message>
        <source>Builds, checks and inspects Okuw bundles (.okuw files).</source>
        <translation>Okuw ýygyndylaryny (.okuw faýllaryny) taýýarlaýar, barlaýar we görkezýär.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Wersiýany görkezmek.</translation>
    </message>
    <message>
        <source>&quot;okuw-bundle &lt;command&gt; --help&quot; or &quot;okuw-bundle help &lt;command&gt;&quot; describes a command.</source>
        <translation>&quot;okuw-bundle &lt;buýruk&gt; --help&quot; ýa-da &quot;okuw-bundle help &lt;buýruk&gt;&quot; buýrugy düşündirýär.</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>näbelli parametr &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Try &quot;%1 --help&quot; for more.</source>
        <translation>Giňişleýin: &quot;%1 --help&quot;.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>garaşylmadyk argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 görkezilmedi</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 üçin baha gerek</translation>
    </message>
    <message>
        <source>give exactly one of %1</source>
        <translation>şulardan diňe birini görkeziň: %1</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>näbelli buýruk &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&lt;file.okuw&gt;</source>
        <translation>&lt;faýl.okuw&gt;</translation>
    </message>
    <message>
        <source>&lt;source-dir&gt;</source>
        <translation>&lt;çeşme-bukja&gt;</translation>
    </message>
    <message>
        <source>The content source folder: bundle.yaml and one folder per module.</source>
        <translation>Mazmunyň çeşme bukjasy: bundle.yaml we her modul üçin bir bukja.</translation>
    </message>
    <message>
        <source>The bundle to write. A file already there is replaced only when the build succeeds.</source>
        <translation>Ýazyljak ýygyndy. Öňden bar bolan faýl diňe taýýarlama şowly bolsa çalşyrylýar.</translation>
    </message>
    <message>
        <source>Print JSON for tools; its keys are stable.</source>
        <translation>Gurallar üçin JSON çykarmak; onuň açarlary üýtgemeýär.</translation>
    </message>
    <message>
        <source>&lt;slug&gt;</source>
        <translation>&lt;slug&gt;</translation>
    </message>
    <message>
        <source>Only this module&apos;s notes.</source>
        <translation>Diňe şu modulyň bellikleri.</translation>
    </message>
    <message>
        <source>&lt;code&gt;</source>
        <translation>&lt;kod&gt;</translation>
    </message>
    <message>
        <source>The content language of slide titles and pictures (default: the bundle&apos;s default language).</source>
        <translation>Slaýd atlarynyň we suratlarynyň mazmun dili (adatça: ýygyndynyň esasy dili).</translation>
    </message>
    <message>
        <source>&lt;file.md&gt;</source>
        <translation>&lt;faýl.md&gt;</translation>
    </message>
    <message>
        <source>Write Markdown to this file.</source>
        <translation>Markdown-y şu faýla ýazmak.</translation>
    </message>
    <message>
        <source>&lt;file.pdf&gt;</source>
        <translation>&lt;faýl.pdf&gt;</translation>
    </message>
    <message>
        <source>Write a PDF, each note beside its slide&apos;s picture, to this file.</source>
        <translation>Şu faýla PDF ýazmak: her bellik öz slaýdynyň suratynyň ýanynda.</translation>
    </message>
    <message>
        <source>&lt;file&gt;</source>
        <translation>&lt;faýl&gt;</translation>
    </message>
    <message>
        <source>The notes file to read (default: the viewer&apos;s, in your user data folder).</source>
        <translation>Okaljak bellikler faýly (adatça: görkeziji programmanyň faýly, ulanyjy maglumatlaryňyzyň bukjasynda).</translation>
    </message>
    <message>
        <source>&quot;&lt;query&gt;&quot;</source>
        <translation>&quot;&lt;gözleg&gt;&quot;</translation>
    </message>
    <message>
        <source>Only this content language.</source>
        <translation>Diňe şu mazmun dili.</translation>
    </message>
    <message>
        <source>Only this module.</source>
        <translation>Diňe şu modul.</translation>
    </message>
    <message>
        <source>&lt;n&gt;</source>
        <translation>&lt;n&gt;</translation>
    </message>
    <message>
        <source>At most this many matches (default 20).</source>
        <translation>Tapylanlaryň iň köp sany (adatça 20).</translation>
    </message>
    <message>
        <source>&lt;module&gt;</source>
        <translation>&lt;modul&gt;</translation>
    </message>
    <message>
        <source>The module&apos;s slug.</source>
        <translation>Modulyň slug-y.</translation>
    </message>
    <message>
        <source>The deck&apos;s language (default: the bundle&apos;s default language).</source>
        <translation>Slaýdlaryň dili (adatça: ýygyndynyň esasy dili).</translation>
    </message>
    <message>
        <source>&lt;dir&gt;</source>
        <translation>&lt;bukja&gt;</translation>
    </message>
    <message>
        <source>Write one 1920x1080 PNG per slide into this folder.</source>
        <translation>Şu bukja her slaýd üçin bir 1920x1080 PNG ýazmak.</translation>
    </message>
    <message>
        <source>Write the slides with their speaker notes to this PDF.</source>
        <translation>Slaýdlary çykyş edijiniň bellikleri bilen şu PDF-e ýazmak.</translation>
    </message>
    <message>
        <source>Build a bundle from a content source folder. Nothing is written unless every file checks out; each error names file:line. SOURCE_DATE_EPOCH sets a reproducible build time.</source>
        <translation>Mazmunyň çeşme bukjasyndan ýygyndy taýýarlamak. Ähli faýllar barlagdan geçmese, hiç zat ýazylmaýar; her ýalňyşlyk faýl:setir görkezýär. SOURCE_DATE_EPOCH gaýtalanyp bilinýän taýýarlama wagtyny belleýär.</translation>
    </message>
    <message>
        <source>Check a bundle: exit 0 when it is sound, else 1 and one line per problem.</source>
        <translation>Ýygyndyny barlamak: kadaly bolsa çykyş kody 0, bolmasa 1 we her ýalňyşlyk üçin bir setir.</translation>
    </message>
    <message>
        <source>Show what a bundle holds: its metadata, modules, documents, glossary and agenda.</source>
        <translation>Ýygyndyda näme bardygyny görkezmek: metamaglumatlar, modullar, resminamalar, sözlük we gün tertibi.</translation>
    </message>
    <message>
        <source>Export your notes and bookmarks for a bundle, as the viewer saved them, to Markdown or PDF.</source>
        <translation>Görkeziji programmanyň saklan belliklerini we saýlananlaryny Markdown ýa-da PDF görnüşinde eksport etmek.</translation>
    </message>
    <message>
        <source>Search a bundle&apos;s full-text index, ranked as the viewer ranks it.</source>
        <translation>Ýygyndynyň doly tekst indeksinde gözlemek; netijeler görkeziji programmadaky ýaly tertiplenýär.</translation>
    </message>
    <message>
        <source>Export a module&apos;s slides as PNG images or as a PDF with speaker notes, drawn as the viewer draws them.</source>
        <translation>Modulyň slaýdlaryny PNG suratlary ýa-da çykyş edijiniň bellikleri bilen PDF görnüşinde eksport etmek; olar görkeziji programmadaky ýaly çekilýär.</translation>
    </message>
    <message>
        <source>Words to find: word* finds words that begin so, &quot;a quoted phrase&quot; finds the words in that order. Put -- before a query that begins with -.</source>
        <translation>Gözlenýän sözler: söz* şeýle başlanýan sözleri tapýar, &quot;dyrnak içindäki söz düzümi&quot; sözleri şol tertipde tapýar. - bilen başlanýan gözlegiň öňünde -- goýuň.</translation>
    </message>
    <message>
        <source>The bundle file.</source>
        <translation>Ýygyndy faýly.</translation>
    </message>
    <message>
        <source>Glossary terms marked for review: %1</source>
        <translation>Barlag üçin bellenen sözlük adalgalary: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ýok</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n kemçilik</numerusform>
            <numerusform>%n kemçilik</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: module %2 has no slides in language %3; the %4 deck stands in</source>
        <translation>%1: %2 modulynda %3 dilinde slaýd ýok; onuň ýerine %4 dilindäki slaýdlar ulanylýar</translation>
    </message>
    <message>
        <source>Cannot read the notes in %1: %2</source>
        <translation>%1 içindäki bellikleri okap bolmaýar: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a folder</source>
        <translation>&quot;%1&quot; bukja däl</translation>
    </message>
    <message>
        <source>Check a content source folder before building it: terminology, slide ids across languages, speaker notes and timing, sources for figures, glossary forms. Prints file:line: message for each problem (exit 1) and how many glossary terms are marked for review.</source>
        <translation>Mazmunyň çeşme bukjasyny taýýarlamazdan öň barlamak: adalgalar, diller boýunça slaýd id-leri, çykyş edijiniň bellikleri we wagty, sanlaryň çeşmeleri, sözlügiň adalga görnüşleri. Her ýalňyşlyk üçin faýl:setir: habar çykarýar (çykyş kody 1) we barlag üçin bellenen sözlük adalgalarynyň sanyny görkezýär.</translation>
    </message>
    <message>
        <source>%1: image &quot;%2&quot;: %3</source>
        <translation>%1: surat «%2»: %3</translation>
    </message>
    <message>
        <source>%1: image &quot;%2&quot; cannot be shown: %3</source>
        <translation>%1: suraty «%2» görkezip bolmaýar: %3</translation>
    </message>
    <message>
        <source>%1: image &quot;%2&quot; refers to something outside it (%3); the viewer leaves it out</source>
        <translation>%1: surat «%2» özünden daşardaky zada salgylanýar (%3); programma ony görkezmeýär</translation>
    </message>
    <message>
        <source>okuw-bundle build: the signing key cannot be used; no bundle was written</source>
        <translation>okuw-bundle build: gol çekiş açaryny ulanyp bolmaýar; bukja ýazylmady</translation>
    </message>
    <message>
        <source>Signed by %1 (key fingerprint %2)</source>
        <translation>Gol çeken: %1 (açaryň barmak yzy %2)</translation>
    </message>
    <message>
        <source>the publisher&apos;s name is empty</source>
        <translation>neşirçiniň ady boş</translation>
    </message>
    <message>
        <source>okuw-bundle keygen: the cryptography library cannot start</source>
        <translation>okuw-bundle keygen: kriptografiýa kitaphanasyny işledip bolmaýar</translation>
    </message>
    <message>
        <source>Wrote %1.secret (the secret key: only you may read it; keep a copy offline) and %1.public (give it to your readers).</source>
        <translation>%1.secret (gizlin açar: ony diňe siz okap bilersiňiz; nusgasyny setden daşda saklaň) we %1.public (okyjylaryňyza beriň) ýazyldy.</translation>
    </message>
    <message>
        <source>Publisher: %1, key fingerprint %2</source>
        <translation>Neşirçi: %1, açaryň barmak yzy %2</translation>
    </message>
    <message>
        <source>%1: the content matches its digest (every blob re-hashed)</source>
        <translation>%1: mazmuny öz daýjestine gabat gelýär (her bir maglumat bölegi täzeden heşlendi)</translation>
    </message>
    <message>
        <source>%1: a bundle of format %2 has no content digest to check</source>
        <translation>%1: %2 formatly bukjada barlamak üçin mazmun daýjesti ýok</translation>
    </message>
    <message>
        <source>%1: changed after it was built: %2</source>
        <translation>%1: gurlandan soň üýtgedildi: %2</translation>
    </message>
    <message>
        <source>%1: the content cannot be checked: %2</source>
        <translation>%1: mazmuny barlap bolmaýar: %2</translation>
    </message>
    <message>
        <source>%1: not signed</source>
        <translation>%1: gol çekilmedik</translation>
    </message>
    <message>
        <source>%1: not signed, so not by the trusted key of %2</source>
        <translation>%1: gol çekilmedik, diýmek, %2 ynamdar açary bilen hem däl</translation>
    </message>
    <message>
        <source>%1: the signature is not valid: %2</source>
        <translation>%1: gol hakyky däl: %2</translation>
    </message>
    <message>
        <source>%1: signed by &quot;%2&quot; (key fingerprint %3), not by the trusted key of %4 (key fingerprint %5)</source>
        <translation>%1: «%2» tarapyndan gol çekilen (açaryň barmak yzy %3), %4 ynamdar açary bilen däl (açaryň barmak yzy %5)</translation>
    </message>
    <message>
        <source>%1: signed by %2, the trusted key (key fingerprint %3)</source>
        <translation>%1: %2 tarapyndan ynamdar açar bilen gol çekilen (açaryň barmak yzy %3)</translation>
    </message>
    <message>
        <source>%1: signed by &quot;%2&quot; (key fingerprint %3); give --trust &lt;public-key&gt; to check that it is the key you expect</source>
        <translation>%1: «%2» tarapyndan gol çekilen (açaryň barmak yzy %3); garaşýan açaryňyzdygyny barlamak üçin --trust &lt;public-key&gt; beriň</translation>
    </message>
    <message>
        <source>&lt;secret-key&gt;</source>
        <translation>&lt;secret-key&gt;</translation>
    </message>
    <message>
        <source>Sign the bundle with this secret key file (made by keygen). A key that cannot be read stops the build; nothing is written.</source>
        <translation>Bukja şu gizlin açar faýly (keygen bilen döredilen) bilen gol çekmek. Okap bolmaýan açar gurluşy togtadýar; hiç zat ýazylmaýar.</translation>
    </message>
    <message>
        <source>&lt;name&gt;</source>
        <translation>&lt;name&gt;</translation>
    </message>
    <message>
        <source>The publisher&apos;s name, as readers will see it: &quot;Signed by &lt;name&gt;&quot;.</source>
        <translation>Neşirçiniň okyjylaryň görjek ady: «Gol çeken: &lt;name&gt;».</translation>
    </message>
    <message>
        <source>&lt;base&gt;</source>
        <translation>&lt;base&gt;</translation>
    </message>
    <message>
        <source>Write &lt;base&gt;.secret and &lt;base&gt;.public (default: the name in lower case, in the current folder). Existing files are never overwritten.</source>
        <translation>&lt;base&gt;.secret we &lt;base&gt;.public ýazmak (adaty: ady kiçi harplar bilen, häzirki bukjada). Bar bolan faýllaryň üstünden hiç haçan ýazylmaýar.</translation>
    </message>
    <message>
        <source>&lt;public-key&gt;</source>
        <translation>&lt;public-key&gt;</translation>
    </message>
    <message>
        <source>Succeed only when the bundle is signed with this public key file.</source>
        <translation>Diňe bukja şu açyk açar faýly bilen gol çekilen bolsa üstünlikli.</translation>
    </message>
    <message>
        <source>Check that a bundle&apos;s content matches its content digest (every blob re-hashed) and its signature, and say who signed it. Exit 0 when the content is intact and the signature, if any, is valid (with --trust: signed with that key), else 1.</source>
        <translation>Bukjanyň mazmunynyň öz daýjestine (her bir maglumat bölegi täzeden heşlenýär) we goluna gabat gelýändigini barlamak we kimiň gol çekendigini aýtmak. Mazmun üýtgemedik we gol, bar bolsa, hakyky bolsa (--trust bilen: şol açar bilen gol çekilen bolsa) çykyş kody 0, bolmasa 1.</translation>
    </message>
    <message>
        <source>Make a publisher&apos;s key pair for signing bundles: a secret key file (only you may read it; keep it off shared machines) and a public key file to give to readers.</source>
        <translation>Bukjalara gol çekmek üçin neşirçiniň açar jübütini döretmek: gizlin açar faýly (ony diňe siz okap bilersiňiz; umumy kompýuterlerde saklamaň) we okyjylara bermek üçin açyk açar faýly.</translation>
    </message>
    <message>
        <source>okuw-bundle: %1: %2 of %3 pages read</source>
        <translation>okuw-bundle: %1: %3 sahypadan %2-si okaldy</translation>
    </message>
    <message>
        <source>Treat warnings (what Marp would ignore too) as errors: no bundle is written.</source>
        <translation>Duýduryşlary (Marp-yň hem geçip gitjek zatlaryny) ýalňyşlyk hasaplamak: bukja ýazylmaýar.</translation>
    </message>
    <message numerus="yes">
        <source>okuw-bundle build: %n problem(s); no bundle was written</source>
        <translation>
            <numerusform>okuw-bundle build: %n ýalňyşlyk; bukja ýazylmady</numerusform>
            <numerusform>okuw-bundle build: %n ýalňyşlyk; bukja ýazylmady</numerusform>
        </translation>
    </message>
    <message>
        <source>Built %1: %2, %3, %4</source>
        <translation>%1 ýygnaldy: %2, %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n modul</numerusform>
            <numerusform>%n modul</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slide(s)</source>
        <translation>
            <numerusform>%n slaýd</numerusform>
            <numerusform>%n slaýd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n resminama</numerusform>
            <numerusform>%n resminama</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n note(s) and bookmark(s) to %1</source>
        <translation>
            <numerusform>%n bellik we bellik-sahypa %1 faýlyna eksport edildi</numerusform>
            <numerusform>%n bellik we bellik-sahypa %1 faýlyna eksport edildi</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3 with notes, %4</source>
        <translation>%1: %2, %3 sanysy çykyş bellikli, %4</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n sorag</numerusform>
            <numerusform>%n sorag</numerusform>
        </translation>
    </message>
    <message>
        <source>document (%1): %2, %3</source>
        <translation>resminama (%1): %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n sahypa</numerusform>
            <numerusform>%n sahypa</numerusform>
        </translation>
    </message>
    <message>
        <source>Glossary:   %1</source>
        <translation>Sözlük:     %1</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s)</source>
        <translation>
            <numerusform>%n adalga</numerusform>
            <numerusform>%n adalga</numerusform>
        </translation>
    </message>
    <message>
        <source>Agenda:     %1</source>
        <translation>Meýilnama: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sapak</numerusform>
            <numerusform>%n sapak</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: no problems in %n file(s)</source>
        <translation>
            <numerusform>%1: %n faýlda ýalňyşlyk ýok</numerusform>
            <numerusform>%1: %n faýlda ýalňyşlyk ýok</numerusform>
        </translation>
    </message>
    <message>
        <source>Format:     %1</source>
        <translation>Formaty:     %1</translation>
    </message>
    <message>
        <source>cannot run SQLite&apos;s check of it: %1</source>
        <translation>ony SQLite bilen barlap bolanok: %1</translation>
    </message>
    <message>
        <source>SQLite&apos;s check of it did not finish within %1 s</source>
        <translation>SQLite barlagy %1 sekuntda tamamlanmady</translation>
    </message>
    <message>
        <source>SQLite&apos;s check of it crashed, which only a damaged index does</source>
        <translation>SQLite barlagy duýdansyz togtady, bu diňe zaýalanan indeksde bolýar</translation>
    </message>
    <message>
        <source>Run only SQLite&apos;s own check of the search index. validate runs it so, in a process of its own, because SQLite can crash on a damaged index.</source>
        <translation>Gözleg indeksini diňe SQLite-iň öz barlagy bilen barla. validate ony şeýle, aýratyn prosesde işledýär, sebäbi SQLite zaýalanan indeksde duýdansyz togtap biler.</translation>
    </message>
</context>
<context>
    <name>okuw::core::Bundle</name>
    <message>
        <source>%1: the bundle is damaged: %2</source>
        <translation>%1: ýygyndy zaýalanan: %2</translation>
    </message>
    <message>
        <source>no file was given</source>
        <translation>faýl görkezilmedi</translation>
    </message>
    <message>
        <source>it cannot be opened: %1</source>
        <translation>ony açyp bolmaýar: %1</translation>
    </message>
    <message>
        <source>the bundle is damaged: %1</source>
        <translation>ýygyndy zaýalanan: %1</translation>
    </message>
    <message>
        <source>the bundle is damaged: the table &quot;%1&quot; is missing</source>
        <translation>ýygyndy zaýalanan: &quot;%1&quot; tablisasy ýok</translation>
    </message>
    <message>
        <source>the bundle is damaged: it has no bundle id</source>
        <translation>ýygyndy zaýalanan: onuň id-si ýok</translation>
    </message>
    <message>
        <source>document %1 cannot be read: %2</source>
        <translation>%1 resminamasyny okap bolmaýar: %2</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>faýl ýok</translation>
    </message>
    <message>
        <source>it is a folder, not a bundle file</source>
        <translation>bu bukja, ýygyndy faýly däl</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>faýl boş</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>faýly okap bolmaýar: %1</translation>
    </message>
    <message>
        <source>it is not an Okuw bundle (not an SQLite database)</source>
        <translation>bu Okuw ýygyndysy däl (SQLite maglumatlar binýady däl)</translation>
    </message>
    <message>
        <source>it is an SQLite database but not an Okuw bundle (application id %1)</source>
        <translation>bu SQLite maglumatlar binýady, emma Okuw ýygyndysy däl (programmanyň id-si %1)</translation>
    </message>
    <message>
        <source>it was made for a newer Okuw (bundle format %1.%2); this version reads format %3. Install a newer Okuw to open it</source>
        <translation>ol Okuw programmasynyň täze wersiýasy üçin taýýarlanypdyr (ýygyndy formaty %1.%2); bu wersiýa %3 formatyny okaýar. Ony açmak üçin Okuw programmasynyň täze wersiýasyny guruň</translation>
    </message>
    <message>
        <source>its bundle format version (%1) is not valid</source>
        <translation>ýygyndy formatynyň wersiýasy (%1) nädogry</translation>
    </message>
    <message>
        <source>the file is truncated: it has %1 bytes of %2 (an incomplete copy?)</source>
        <translation>faýl kesilen: %2 baýtdan diňe %1 baýt bar (doly göçürilmedikmi?)</translation>
    </message>
    <message>
        <source>it has more than %1 modules, more than Okuw reads</source>
        <translation>onda %1-den köp modul bar — Okuw-yň okaýanyndan köp</translation>
    </message>
    <message>
        <source>This slide is too large to show: %1 KB, where Okuw shows at most %2 KB.</source>
        <translation>Bu slaýd görkezmek üçin örän uly: %1 KB, Okuw iň köp %2 KB görkezýär.</translation>
    </message>
    <message>
        <source>module “%1” has %2 slides in “%3”; Okuw shows at most %4</source>
        <translation>«%1» modulynda «%3» dilinde %2 slaýd bar; Okuw iň köp %4 görkezýär</translation>
    </message>
    <message>
        <source>a deck of module %1 holds more text than Okuw reads (%2 MB at most)</source>
        <translation>%1 modulyň slaýd toplumynda Okuw-yň okaýanyndan köp tekst bar (iň köp %2 MB)</translation>
    </message>
    <message>
        <source>document %1 is larger than Okuw opens (%2 MB at most)</source>
        <translation>%1 resminama Okuw-yň açýanyndan uly (iň köp %2 MB)</translation>
    </message>
    <message>
        <source>image %1 cannot be read: %2</source>
        <translation>%1 suraty okap bolmaýar: %2</translation>
    </message>
    <message>
        <source>image %1 is larger than Okuw shows (%2 MB at most)</source>
        <translation>%1 surat Okuw-yň görkezýäninden uly (iň köp %2 MB)</translation>
    </message>
    <message>
        <source>it has no PDF decks, but a slide names one</source>
        <translation>onda PDF prezentasiýa ýok, emma slaýd şolaryň birine salgylanýar</translation>
    </message>
    <message>
        <source>PDF deck %1 cannot be read: %2</source>
        <translation>%1 PDF prezentasiýany okap bolmaýar: %2</translation>
    </message>
    <message>
        <source>PDF deck %1 is larger than Okuw opens (%2 MB at most)</source>
        <translation>%1 PDF prezentasiýa Okuw-yň açýanyndan uly (iň köp %2 MB)</translation>
    </message>
</context>
<context>
    <name>okuw::core::BundleWriter</name>
    <message>
        <source>%1: the folder does not exist</source>
        <translation>%1: bukja ýok</translation>
    </message>
    <message>
        <source>%1: is a folder</source>
        <translation>%1: bu bukja</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: ýazyp bolmaýar: %2</translation>
    </message>
    <message>
        <source>%1: cannot create the bundle: %2</source>
        <translation>%1: ýygyndyny döredip bolmaýar: %2</translation>
    </message>
    <message>
        <source>the document is empty or larger than 2 GB</source>
        <translation>resminama boş ýa-da 2 GB-dan uly</translation>
    </message>
    <message>
        <source>the document could not be read whole</source>
        <translation>resminamany doly okap bolmady</translation>
    </message>
    <message>
        <source>%1: cannot finish the bundle: %2</source>
        <translation>%1: ýygyndyny tamamlap bolmaýar: %2</translation>
    </message>
</context>
<context>
    <name>okuw::core::Deck</name>
    <message>
        <source>the front matter is not valid YAML (%1): Marp ignores all of it, and so does Okuw</source>
        <translation>giriş bölegi (front matter) nädogry YAML (%1): Marp ony doly taşlaýar, Okuw hem</translation>
    </message>
</context>
<context>
    <name>okuw::core::UserPaths</name>
    <message>
        <source>The portable-mode file %1 is not a valid INI file (line %2). Its settings are ignored; your notes and settings are kept in %3.</source>
        <translation>Göçme tertibiň %1 faýly dogry INI faýly däl (%2-nji setir). Onuň sazlamalary hasaba alynmaýar; bellikleriňiz we sazlamalaryňyz %3 içinde saklanýar.</translation>
    </message>
    <message>
        <source>The portable-mode file %1 names a data folder outside the program&apos;s folder, which would not travel with it. Your notes and settings are kept in %2 instead.</source>
        <translation>Göçme tertibiň %1 faýly programmanyň bukjasyndan daşarda ýerleşýän maglumat bukjasyny görkezýär, ol programma bilen bile göçürilmezdi. Şonuň üçin bellikleriňiz we sazlamalaryňyz %2 içinde saklanýar.</translation>
    </message>
    <message>
        <source>Portable mode: the folder %1 cannot be written (is the USB stick write-protected?). Okuw works read-only: notes, bookmarks, progress and settings are not kept.</source>
        <translation>Göçme tertip: %1 bukjasyna ýazyp bolmaýar (USB fleşka ýazgydan goralanmy?). Okuw diňe okamak tertibinde işleýär: bellikler, saýlananlar, öňegidişlik we sazlamalar saklanmaýar.</translation>
    </message>
</context>
<context>
    <name>okuw::core::UserStore</name>
    <message>
        <source>Cannot create the folder %1 for your notes. Notes, bookmarks and progress will not be saved.</source>
        <translation>Bellikleriňiz üçin %1 bukjasyny döredip bolmaýar. Bellikler, saýlananlar we öňegidişlik ýatda saklanmaz.</translation>
    </message>
    <message>
        <source>Cannot open your notes file %1: %2. Notes, bookmarks and progress will not be saved.</source>
        <translation>%1 bellikler faýlyňyzy açyp bolmaýar: %2. Bellikler, saýlananlar we öňegidişlik ýatda saklanmaz.</translation>
    </message>
    <message>
        <source>Your notes file %1 cannot be written (%2). Okuw works read-only: new notes, bookmarks and progress are not saved.</source>
        <translation>%1 bellikler faýlyňyza ýazyp bolmaýar (%2). Okuw diňe okamak tertibinde işleýär: täze bellikler, saýlananlar we öňegidişlik ýatda saklanmaýar.</translation>
    </message>
    <message>
        <source>it is not an Okuw notes file</source>
        <translation>bu Okuw bellikler faýly däl</translation>
    </message>
    <message>
        <source>Your notes file %1 cannot be read (%2). It was left untouched; Okuw works read-only until you start a new notes file (the damaged one is kept for recovery).</source>
        <translation>%1 bellikler faýlyňyzy okap bolmaýar (%2). Oňa degilmedi; täze bellikler faýlyny başlaýançaňyz Okuw diňe okamak tertibinde işleýär (zaýalanan faýl dikeltmek üçin saklanýar).</translation>
    </message>
    <message>
        <source>Your notes file %1 was written by a newer version of Okuw (format %2, this version knows %3). It is opened read-only and left unchanged.</source>
        <translation>%1 bellikler faýlyňyz Okuw programmasynyň täze wersiýasy bilen ýazylypdyr (format %2, bu wersiýa %3 formatyny bilýär). Ol diňe okamak üçin açyldy we üýtgedilmedi.</translation>
    </message>
    <message>
        <source>Your notes file %1 is damaged (%2). It was left untouched; Okuw works read-only until you start a new notes file (the damaged one is kept for recovery).</source>
        <translation>%1 bellikler faýlyňyz zaýalanan (%2). Oňa degilmedi; täze bellikler faýlyny başlaýançaňyz Okuw diňe okamak tertibinde işleýär (zaýalanan faýl dikeltmek üçin saklanýar).</translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>faýl ýa-da onuň bukjasy diňe okamak üçin</translation>
    </message>
    <message>
        <source>Cannot move the damaged notes file %1 aside; nothing was changed.</source>
        <translation>Zaýalanan %1 bellikler faýlyny başga ýere geçirip bolmaýar; hiç zat üýtgedilmedi.</translation>
    </message>
    <message>
        <source>Could not save to your notes file %1: %2. Is the disk full?</source>
        <translation>%1 bellikler faýlyňyza ýatda saklap bolmady: %2. Disk doldumy?</translation>
    </message>
    <message>
        <source>the notes file is not open</source>
        <translation>bellikler faýly açylmady</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>näbelli ýalňyşlyk</translation>
    </message>
    <message>
        <source>Could not read from your notes file %1: %2. What could not be read is not shown and will not be overwritten.</source>
        <translation>%1 bellikler faýlyňyzdan okap bolmady: %2. Okalmadyk zat görkezilmeýär we onuň üstünden ýazylmaz.</translation>
    </message>
    <message>
        <source>it could not be brought to format %1 (%2)</source>
        <translation>ony %1 formata geçirip bolmady (%2)</translation>
    </message>
</context>
<context>
    <name>okuw::core::digest</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 okap bolmaýar: %2</translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>goşuldy: %1</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>üýtgedildi: %1</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>ýok: %1</translation>
    </message>
    <message>
        <source>the content digest&apos;s version %1 is unknown</source>
        <translation>mazmun daýjestiniň %1 wersiýasy näbelli</translation>
    </message>
</context>
<context>
    <name>okuw::core::search</name>
    <message>
        <source>this bundle has no search index</source>
        <translation>bu ýygyndyda gözleg indeksi ýok</translation>
    </message>
    <message>
        <source>cannot build the search index: %1</source>
        <translation>gözleg indeksini döredip bolmaýar: %1</translation>
    </message>
    <message>
        <source>search failed: %1</source>
        <translation>gözleg şowsuz boldy: %1</translation>
    </message>
    <message>
        <source>this bundle&apos;s search index was made by another version of Okuw (index %1, this version reads %2)</source>
        <translation>bu ýygyndynyň gözleg indeksi Okuw programmasynyň başga wersiýasy bilen döredilipdir (indeks %1, bu wersiýa %2 okaýar)</translation>
    </message>
</context>
<context>
    <name>okuw::core::signature</name>
    <message>
        <source>%1: the key file does not exist</source>
        <translation>%1: açar faýly ýok</translation>
    </message>
    <message>
        <source>%1: the key file cannot be read: %2</source>
        <translation>%1: açar faýlyny okap bolmaýar: %2</translation>
    </message>
    <message>
        <source>%1: not an Okuw key file (too large)</source>
        <translation>%1: Okuw açar faýly däl (gaty uly)</translation>
    </message>
    <message>
        <source>this is a public key; signing needs the secret key (the .secret file keygen wrote)</source>
        <translation>bu açyk açar; gol çekmek üçin gizlin açar gerek (keygen ýazan .secret faýly)</translation>
    </message>
    <message>
        <source>not an Okuw secret key file</source>
        <translation>Okuw gizlin açar faýly däl</translation>
    </message>
    <message>
        <source>the secret key is truncated or damaged</source>
        <translation>gizlin açar kesilen ýa-da zaýalanan</translation>
    </message>
    <message>
        <source>the key file names no publisher</source>
        <translation>açar faýlynda neşirçi görkezilmedik</translation>
    </message>
    <message>
        <source>the cryptography library cannot start</source>
        <translation>kriptografiýa kitaphanasyny işledip bolmaýar</translation>
    </message>
    <message>
        <source>the secret key is damaged (its halves do not match)</source>
        <translation>gizlin açar zaýalanan (onuň ýarymlary gabat gelmeýär)</translation>
    </message>
    <message>
        <source>this is a secret key; give the public key (the .public file) instead, and keep the secret one private</source>
        <translation>bu gizlin açar; onuň ýerine açyk açary (.public faýly) beriň, gizlin açary bolsa gizlin saklaň</translation>
    </message>
    <message>
        <source>not an Okuw public key file</source>
        <translation>Okuw açyk açar faýly däl</translation>
    </message>
    <message>
        <source>the public key is truncated or damaged</source>
        <translation>açyk açar kesilen ýa-da zaýalanan</translation>
    </message>
    <message>
        <source>%1: already exists; a key file is never overwritten</source>
        <translation>%1: eýýäm bar; açar faýlynyň üstünden hiç haçan ýazylmaýar</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: ýazyp bolmaýar: %2</translation>
    </message>
    <message>
        <source>its signature cannot be read: %1</source>
        <translation>onuň golyny okap bolmaýar: %1</translation>
    </message>
    <message>
        <source>it says it was signed, but its signature was removed</source>
        <translation>onda gol çekilendigi aýdylýar, emma onuň goly aýrylypdyr</translation>
    </message>
    <message>
        <source>it carries a signature, but its content does not say it was signed: the signature was added or the content changed</source>
        <translation>onda gol bar, emma mazmunynda gol çekilendigi aýdylmaýar: gol goşulypdyr ýa-da mazmun üýtgedilipdir</translation>
    </message>
    <message>
        <source>it carries more than one signature</source>
        <translation>onda birden köp gol bar</translation>
    </message>
    <message>
        <source>its signature uses &quot;%1&quot;, which this Okuw does not know</source>
        <translation>onuň goly «%1» ulanýar, bu Okuw ony tanamaýar</translation>
    </message>
    <message>
        <source>its signature is damaged</source>
        <translation>onuň goly zaýalanan</translation>
    </message>
    <message>
        <source>it was changed after it was signed (the signature does not match)</source>
        <translation>ol gol çekilenden soň üýtgedilipdir (gol gabat gelmeýär)</translation>
    </message>
</context>
<context>
    <name>okuw::core::validate</name>
    <message>
        <source>the file is damaged: %1</source>
        <translation>faýl zaýalanan: %1</translation>
    </message>
    <message>
        <source>row %1 of table &quot;%2&quot; refers to a missing row of &quot;%3&quot;</source>
        <translation>&quot;%2&quot; tablisasynyň %1 setiri &quot;%3&quot; tablisasynda ýok setire salgylanýar</translation>
    </message>
    <message>
        <source>the default language &quot;%1&quot; is not among the bundle&apos;s languages</source>
        <translation>esasy dil &quot;%1&quot; ýygyndynyň dilleriniň arasynda ýok</translation>
    </message>
    <message>
        <source>content in language &quot;%1&quot;, which the bundle does not list</source>
        <translation>&quot;%1&quot; dilinde mazmun bar, emma ýygyndynyň dilleriniň sanawynda bu dil ýok</translation>
    </message>
    <message>
        <source>module &quot;%1&quot; has no slides</source>
        <translation>&quot;%1&quot; modulynda slaýd ýok</translation>
    </message>
    <message>
        <source>document &quot;%1&quot; has no pages</source>
        <translation>&quot;%1&quot; resminamasynda sahypa ýok</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2</source>
        <translation>&quot;%1&quot; okap bolmaýar: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match its SHA-256: the bundle was altered or damaged</source>
        <translation>&quot;%1&quot; öz SHA-256 barlag jemine gabat gelmeýär: ýygyndy üýtgedilipdir ýa-da zaýalanypdyr</translation>
    </message>
    <message>
        <source>(and more of the same)</source>
        <translation>(we şuňa meňzeşler ýene bar)</translation>
    </message>
    <message>
        <source>a table cannot be read as Okuw reads it: %1</source>
        <translation>tablisany Okuw-yň okaýşy ýaly okap bolmaýar: %1</translation>
    </message>
    <message>
        <source>row %1 of &quot;%2&quot; has no %3 (NULL)</source>
        <translation>«%2» tablisanyň %1-nji setirinde %3 ýok (NULL)</translation>
    </message>
    <message>
        <source>row %1 of &quot;%2&quot;: %3 is %4, where Okuw reads %5</source>
        <translation>«%2» tablisanyň %1-nji setiri: %3 — %4, Okuw bolsa %5 okaýar</translation>
    </message>
    <message>
        <source>the module slug &quot;%1&quot; is used %2 times</source>
        <translation>«%1» modul belligi %2 gezek ulanylýar</translation>
    </message>
    <message>
        <source>the module position %1 is used %2 times</source>
        <translation>%1 modul orny %2 gezek ulanylýar</translation>
    </message>
    <message>
        <source>the slide id %1 is used %2 times</source>
        <translation>%1 slaýd belgisi %2 gezek ulanylýar</translation>
    </message>
    <message>
        <source>the slide position %1 is used %2 times</source>
        <translation>%1 slaýd orny %2 gezek ulanylýar</translation>
    </message>
    <message>
        <source>the glossary term &quot;%1&quot; is listed %2 times</source>
        <translation>sözlükdäki «%1» adalga %2 gezek görkezilýär</translation>
    </message>
    <message>
        <source>the question id &quot;%1&quot; is used %2 times</source>
        <translation>«%1» sorag belgisi %2 gezek ulanylýar</translation>
    </message>
    <message>
        <source>%1 modules, more than Okuw reads (%2)</source>
        <translation>%1 modul — Okuw-yň okaýanyndan köp (%2)</translation>
    </message>
    <message>
        <source>module &quot;%1&quot; has %2 slides in &quot;%3&quot;; Okuw shows at most %4</source>
        <translation>«%1» modulda «%3» dilinde %2 slaýd bar; Okuw iň köp %4 slaýd görkezýär</translation>
    </message>
    <message>
        <source>the &quot;%2&quot; deck of module &quot;%1&quot; holds %3 MB of text; Okuw reads at most %4 MB</source>
        <translation>«%1» modulyň «%2» slaýdlar toplumynda %3 MB tekst bar; Okuw iň köp %4 MB okaýar</translation>
    </message>
    <message>
        <source>slide %3 of module &quot;%1&quot; (%2) is larger than Okuw shows (%4 KB)</source>
        <translation>«%1» modulyň %3-nji slaýdy (%2) Okuw-yň görkezýäninden uly (%4 KB)</translation>
    </message>
    <message>
        <source>document &quot;%1&quot; claims %2 pages (%3 bytes); Okuw reads 1 to %4 pages</source>
        <translation>«%1» resminama %2 sahypa diýýär (%3 baýt); Okuw 1-den %4-e çenli sahypa okaýar</translation>
    </message>
    <message>
        <source>image &quot;%1&quot; is %2 MB; Okuw shows images up to %3 MB</source>
        <translation>«%1» surat %2 MB; Okuw %3 MB-a çenli suratlary görkezýär</translation>
    </message>
    <message>
        <source>%1 glossary terms; Okuw reads %2</source>
        <translation>sözlükde %1 adalga; Okuw %2 okaýar</translation>
    </message>
    <message>
        <source>%1 questions in one quiz; Okuw reads %2</source>
        <translation>bir testde %1 sorag; Okuw %2 okaýar</translation>
    </message>
    <message>
        <source>%1 agenda sessions; Okuw reads %2</source>
        <translation>maksatnamada %1 sapak; Okuw %2 okaýar</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; cannot be read: %2</source>
        <translation>«%1» tablisany okap bolmaýar: %2</translation>
    </message>
    <message>
        <source>the list of languages is not a list</source>
        <translation>diller sanawy sanaw däl</translation>
    </message>
    <message>
        <source>the languages list holds %1, which names no language</source>
        <translation>diller sanawynda %1 bar, ol hiç bir dili aňlatmaýar</translation>
    </message>
    <message>
        <source>the language &quot;%1&quot; is listed twice</source>
        <translation>«%1» dili iki gezek görkezilýär</translation>
    </message>
    <message>
        <source>the bundle lists no content language</source>
        <translation>toplumda mazmunyň hiç bir dili görkezilmeýär</translation>
    </message>
    <message>
        <source>the search index is damaged: %1</source>
        <translation>gözleg indeksi zaýalanypdyr: %1</translation>
    </message>
    <message>
        <source>the search index holds %1 entries that index nothing</source>
        <translation>gözleg indeksinde hiç zady görkezmeýän %1 ýazgy bar</translation>
    </message>
    <message>
        <source>question &quot;%1&quot;: its choices or right answers are not what Okuw reads (a list of texts, and indexes into it)</source>
        <translation>«%1» sorag: jogap wariantlary ýa-da dogry jogaplar Okuw-yň okaýan görnüşinde däl (tekstleriň sanawy we ondaky belgiler)</translation>
    </message>
    <message>
        <source>a title in &quot;%1&quot; is longer than Okuw shows (1000 characters): “%2…”</source>
        <translation>«%1» içindäki at Okuw-yň görkezýäninden uzyn (1000 nyşan): «%2…»</translation>
    </message>
    <message>
        <source>the content does not match its digest (%1): the bundle was changed after it was built</source>
        <translation>mazmuny öz daýjestine gabat gelmeýär (%1): bukja gurlandan soň üýtgedilipdir</translation>
    </message>
    <message>
        <source>slide %1 names page %2 of a PDF deck that has %3 pages</source>
        <translation>%1-nji slaýd %3 sahypaly PDF prezentasiýanyň %2-nji sahypasyna salgylanýar</translation>
    </message>
    <message numerus="yes">
        <source>the content does not match its digest in other places too (%n more not shown)</source>
        <translation>
            <numerusform>mazmun beýleki ýerlerde hem öz daýjestine gabat gelenok (ýene %n görkezilmedi)</numerusform>
            <numerusform>mazmun beýleki ýerlerde hem öz daýjestine gabat gelenok (ýene %n görkezilmedi)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>okuw::core::verify</name>
    <message>
        <source>the content digest&apos;s version was removed</source>
        <translation>mazmun daýjestiniň wersiýasy aýrylypdyr</translation>
    </message>
    <message>
        <source>its content digest is of version %1, which this Okuw cannot check</source>
        <translation>onuň mazmun daýjesti %1 wersiýaly, bu Okuw ony barlap bilmeýär</translation>
    </message>
    <message>
        <source>changed: %1 (its bytes do not match its SHA-256)</source>
        <translation>üýtgedildi: %1 (onuň baýtlary öz SHA-256-syna gabat gelmeýär)</translation>
    </message>
    <message>
        <source>the stored content digest was changed</source>
        <translation>saklanan mazmun daýjesti üýtgedilipdir</translation>
    </message>
</context>
<context>
    <name>okuw::core::yaml</name>
    <message>
        <source>it is not a list of &quot;key: value&quot; lines</source>
        <translation>bu «açar: baha» setirleriniň sanawy däl</translation>
    </message>
    <message>
        <source>a mapping (key: value lines) is not closed where it should be</source>
        <translation>sözlük («açar: baha» setirleri) gerek ýerinde ýapylmandyr</translation>
    </message>
    <message>
        <source>a { … } mapping is not closed with }</source>
        <translation>{ … } sözlügi } bilen ýapylmandyr</translation>
    </message>
    <message>
        <source>a list (- item lines) is not closed where it should be</source>
        <translation>sanaw («- element» setirleri) gerek ýerinde ýapylmandyr</translation>
    </message>
    <message>
        <source>a [ … ] list is not closed with ]</source>
        <translation>[ … ] sanawy ] bilen ýapylmandyr</translation>
    </message>
    <message>
        <source>an unexpected character</source>
        <translation>garaşylmadyk belgi</translation>
    </message>
    <message>
        <source>a quoted text is not closed before the end of the file</source>
        <translation>dyrnakdaky tekst faýlyň soňuna çenli ýapylmandyr</translation>
    </message>
    <message>
        <source>a character that is not allowed in a text value</source>
        <translation>tekst bahasynda rugsat berilmeýän belgi</translation>
    </message>
    <message>
        <source>a tab in the indentation (indent with spaces)</source>
        <translation>çekinişde tab belgisi (boşluk bilen çekiniň)</translation>
    </message>
    <message>
        <source>a closing ] or } without its opening one</source>
        <translation>açylýanysyz ýapylýan ] ýa-da }</translation>
    </message>
    <message>
        <source>a list item (- ) where a list cannot start</source>
        <translation>sanaw başlap bilmeýän ýerde sanaw elementi (- )</translation>
    </message>
    <message>
        <source>a key where a key cannot stand</source>
        <translation>açar bolup bilmeýän ýerde açar</translation>
    </message>
    <message>
        <source>a value where none can stand (a colon too many, or wrong indentation)</source>
        <translation>baha bolup bilmeýän ýerde baha (artykmaç iki nokat ýa-da nädogry çekiniş)</translation>
    </message>
    <message>
        <source>no name after *</source>
        <translation>* belgisinden soň at ýok</translation>
    </message>
    <message>
        <source>--- or ... inside a text value</source>
        <translation>tekst bahasynyň içinde --- ýa-da ...</translation>
    </message>
    <message>
        <source>an unexpected character in a | or &gt; text block</source>
        <translation>| ýa-da &gt; tekst böleginde garaşylmadyk belgi</translation>
    </message>
    <message>
        <source>an unknown escape in a quoted text: \%1</source>
        <translation>dyrnakdaky tekstde näbelli gaçyş yzygiderligi: \%1</translation>
    </message>
    <message>
        <source>an anchor (the sign before a name) without a name</source>
        <translation>atsyz labyr (adyň öňündäki belgi)</translation>
    </message>
    <message>
        <source>an alias refers to no anchor defined above it</source>
        <translation>salgylanma ýokarda kesgitlenmedik labyra salgylanýar</translation>
    </message>
</context>
<context>
    <name>okuw::render</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>%1 bukjasyny döredip bolmaýar</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 faýlyna ýazyp bolmaýar: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be started</source>
        <translation>%1 faýlyna ýazyp bolmaýar: PDF-i başlap bolmady</translation>
    </message>
    <message>
        <source>Slide %1 of %2</source>
        <translation>Slaýd %1 / %2</translation>
    </message>
    <message>
        <source>The handout PDF&apos;s output is not open for writing</source>
        <translation>Paýlama materialynyň PDF faýly ýazmak üçin açylmandyr</translation>
    </message>
    <message>
        <source>Remote image, not loaded: %1</source>
        <translation>Daşky surat, ýüklenmedi: %1</translation>
    </message>
    <message>
        <source>Image without a path</source>
        <translation>Ýoly görkezilmedik surat</translation>
    </message>
    <message>
        <source>Image not found or unreadable: %1</source>
        <translation>Surat tapylmady ýa-da okalmaýar: %1</translation>
    </message>
    <message>
        <source>Image not found: %1</source>
        <translation>Surat tapylmady: %1</translation>
    </message>
    <message>
        <source>Cannot write the handout PDF: %1</source>
        <translation>Paýlanylýan materialyň PDF-ini ýazyp bolmaýar: %1</translation>
    </message>
</context>
<context>
    <name>okuw::render::Images</name>
    <message>
        <source>the SVG is larger than %1 MB</source>
        <translation>SVG %1 MB-dan uly</translation>
    </message>
    <message>
        <source>a compressed SVG (.svgz) is not drawn; save it as plain SVG</source>
        <translation>gysylan SVG (.svgz) çekilmeýär; ony adaty SVG görnüşinde saklaň</translation>
    </message>
    <message>
        <source>the SVG has more than %1 elements</source>
        <translation>SVG-de %1-den köp element bar</translation>
    </message>
    <message>
        <source>the SVG uses an entity (&amp;%1;)</source>
        <translation>SVG bir entity ulanýar (&amp;%1;)</translation>
    </message>
    <message>
        <source>the SVG is not well-formed XML: %1 (line %2)</source>
        <translation>SVG dogry düzülen XML däl: %1 (%2-nji setir)</translation>
    </message>
    <message>
        <source>the file is not an SVG</source>
        <translation>faýl SVG däl</translation>
    </message>
    <message>
        <source>no image data</source>
        <translation>suratyň maglumaty ýok</translation>
    </message>
    <message>
        <source>the image is larger than %1 MB</source>
        <translation>surat %1 MB-dan uly</translation>
    </message>
    <message>
        <source>the SVG cannot be drawn</source>
        <translation>SVG-ni çekip bolmaýar</translation>
    </message>
    <message>
        <source>the image is %1×%2 pixels, more than Okuw draws</source>
        <translation>surat %1×%2 piksel — Okuw-yň çekýäninden uly</translation>
    </message>
    <message>
        <source>not an image Okuw can read (%1)</source>
        <translation>Okuw-yň okap bilýän suraty däl (%1)</translation>
    </message>
    <message>
        <source>the image has no size</source>
        <translation>suratyň ölçegi ýok</translation>
    </message>
</context>
<context>
    <name>okuw::render::NotesExport</name>
    <message>
        <source>Slide %1: %2</source>
        <translation>Slaýd %1: %2</translation>
    </message>
    <message>
        <source>%1, page %2</source>
        <translation>%1, sahypa %2</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Belliklerim</translation>
    </message>
    <message>
        <source>No notes or bookmarks yet.</source>
        <translation>Entek bellik ýa-da saýlanan ýok.</translation>
    </message>
    <message>
        <source>(no longer in this bundle) </source>
        <translation>(indi bu ýygyndyda ýok) </translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>Saýlananlarda</translation>
    </message>
    <message>
        <source>My notes — %1</source>
        <translation>Belliklerim — %1</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 faýlyna ýazyp bolmaýar</translation>
    </message>
</context>
<context>
    <name>okuw::render::PdfSlide</name>
    <message>
        <source>Page %1 of this PDF deck cannot be shown: the bundle&apos;s PDF is damaged or missing.</source>
        <translation>Bu PDF prezentasiýanyň %1-nji sahypasyny görkezip bolmaýar: bukjadaky PDF zeperli ýa-da ýok.</translation>
    </message>
</context>
<context>
    <name>okuw::render::SlideModel</name>
    <message>
        <source>… This slide is longer than a slide can show; the rest is left out.</source>
        <translation>… Bu slaýd bir slaýda sygýandan uzyn; galan bölegi görkezilmeýär.</translation>
    </message>
</context>
<context>
    <name>okuw::ui::AboutDialog</name>
    <message>
        <source>The file manager (%1) could not be started.</source>
        <translation>Faýl dolandyryjysyny (%1) işledip bolmady.</translation>
    </message>
    <message>
        <source>No bundle is open.</source>
        <translation>Hiç bir ýygyndy açylmadyk.</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>näbelli</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Ady</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Wersiýasy</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Neşir eden</translation>
    </message>
    <message>
        <source>Built</source>
        <translation>Taýýarlanan wagty</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Faýl</translation>
    </message>
    <message>
        <source>Your notes, bookmarks, progress and settings are kept in:</source>
        <translation>Bellikleriňiz, saýlananlaryňyz, öňegidişligiňiz we sazlamalaryňyz şu bukjada saklanýar:</translation>
    </message>
    <message>
        <source>Portable mode: beside the program, so they travel with it and nothing is left on this computer.</source>
        <translation>Göçme tertip: programmanyň ýanynda, şonuň üçin olar programma bilen bile göçürilýär we şu kompýuterde hiç zat galmaýar.</translation>
    </message>
    <message>
        <source>In your user profile on this computer. To keep them on a USB stick instead, put a file named %1 beside the program.</source>
        <translation>Şu kompýuterdäki ulanyjy profiliňizde. Olary USB fleşkada saklamak üçin programmanyň ýanynda %1 atly faýl goýuň.</translation>
    </message>
    <message>
        <source>Okuw</source>
        <translation>Okuw</translation>
    </message>
    <message>
        <source>Okuw&apos;s code is free software under the MIT licence.</source>
        <translation>Okuw-yň kody MIT ygtyýarnamasy boýunça erkin programma üpjünçiligidir.</translation>
    </message>
    <message>
        <source>Training content</source>
        <translation>Okuw materiallary</translation>
    </message>
    <message>
        <source>The content of the default bundle is licensed under Creative Commons Attribution 4.0 International (CC BY 4.0). Other bundles carry their publisher&apos;s terms.</source>
        <translation>Deslapky ýygyndynyň mazmuny Creative Commons Attribution 4.0 International (CC BY 4.0) ygtyýarnamasy boýunça ýaýradylýar. Beýleki ýygyndylar öz neşirçileriniň şertlerine laýyklykda ýaýradylýar.</translation>
    </message>
    <message>
        <source>Embedded fonts</source>
        <translation>Goşulan şriftler</translation>
    </message>
    <message>
        <source>DejaVu Sans and DejaVu Sans Mono, under the Bitstream Vera and Arev fonts licence; DejaVu&apos;s changes are in the public domain.</source>
        <translation>DejaVu Sans we DejaVu Sans Mono, Bitstream Vera we Arev şriftleriniň ygtyýarnamasy boýunça; DejaVu-nyň üýtgetmeleri jemgyýetçilik eýeçiligindedir.</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Kitaphanalar</translation>
    </message>
    <message>
        <source>The full texts follow, in English as their authors wrote them.</source>
        <translation>Aşakda doly tekstler awtorlaryň ýazyşy ýaly iňlis dilinde berilýär.</translation>
    </message>
    <message>
        <source>About Okuw</source>
        <translation>Okuw barada</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Ygtyýarnamalar</translation>
    </message>
    <message>
        <source>Offline viewer for training bundles</source>
        <translation>Okuw ýygyndylaryny internetsiz görmek üçin programma</translation>
    </message>
    <message>
        <source>Qt %1. Okuw never opens a network connection.</source>
        <translation>Qt %1. Okuw hiç haçan tor birikmesini açmaýar.</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Ýygyndy</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Siziň maglumatlaryňyz</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Bukjany aç</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Qt barada</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Ýap</translation>
    </message>
    <message>
        <source>(not covered by the signature)</source>
        <translation>(gol bilen tassyklanmadyk)</translation>
    </message>
    <message>
        <source>Qt %1 (LGPL version 3), SQLite (public domain), MD4C and yaml-cpp (MIT), Snowball libstemmer (BSD 3-clause), libsodium (ISC), libzip (BSD 3-clause).</source>
        <translation>Qt %1 (LGPL 3-nji wersiýasy), SQLite (jemgyýetçilik eýeçiligi), MD4C we yaml-cpp (MIT), Snowball libstemmer (BSD, 3 bentli), libsodium (ISC), libzip (BSD, 3 bentli).</translation>
    </message>
    <message>
        <source>GNU Source-highlight</source>
        <translation>GNU Source-highlight</translation>
    </message>
    <message>
        <source>Code on slides is coloured by GNU Source-highlight, under the GNU General Public License version 3 or later (GPL). This program is linked with it, so as distributed it is covered by the GPL version 3 or later as a whole: whoever passes it on must do so under the GPL&apos;s terms, source included. Okuw&apos;s own code stays under the MIT licence.</source>
        <translation>Slaýdlardaky kody GNU Source-highlight reňkleýär, ol GNU General Public License-iň 3-nji ýa-da has soňky wersiýasy (GPL) boýunça ýaýradylýar. Bu programma onuň bilen baglanyşdyrylandyr, şonuň üçin ýaýradylýan görnüşinde ol tutuşlygyna GPL-iň 3-nji ýa-da has soňky wersiýasyna degişlidir: ony başgalara berýän her kim muny GPL-iň şertlerinde, çeşme kody bilen bilelikde etmelidir. Okuw-yň öz kody MIT ygtyýarnamasy boýunça galýar.</translation>
    </message>
</context>
<context>
    <name>okuw::ui::AgendaDialog</name>
    <message>
        <source>Agenda</source>
        <translation>Gün tertibi</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Wagt</translation>
    </message>
    <message>
        <source>Session</source>
        <translatorcomment>review: agenda column &quot;Session&quot; (workshop session) = &quot;Sapak&quot;</translatorcomment>
        <translation>Sapak</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Gün %1</translation>
    </message>
    <message>
        <source>Double-click to open this module</source>
        <translation>Bu moduly açmak üçin iki gezek basyň</translation>
    </message>
    <message>
        <source>▶ Now: %1</source>
        <translation>▶ Häzir: %1</translation>
    </message>
    <message>
        <source>Open module</source>
        <translation>Moduly aç</translation>
    </message>
</context>
<context>
    <name>okuw::ui::AudienceWindow</name>
    <message>
        <source>Slide show</source>
        <translation>Görkeziş</translation>
    </message>
</context>
<context>
    <name>okuw::ui::BookmarksDock</name>
    <message>
        <source>[no longer in this bundle] %1</source>
        <translation>[indi bu ýygyndyda ýok] %1</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Saýlananlar</translation>
    </message>
    <message>
        <source>Bookmarks (%1)</source>
        <translation>Saýlananlar (%1)</translation>
    </message>
    <message>
        <source>All my notes (%1)</source>
        <translation>Ähli belliklerim (%1)</translation>
    </message>
    <message>
        <source>Remove bookmark</source>
        <translation>Saýlananlardan aýyr</translation>
    </message>
    <message>
        <source>All my notes</source>
        <translation>Ähli belliklerim</translation>
    </message>
</context>
<context>
    <name>okuw::ui::ConsoleWindow</name>
    <message>
        <source>Presenter console</source>
        <translatorcomment>review: &quot;presenter console&quot; = &quot;çykyş edijiniň konsoly&quot;</translatorcomment>
        <translation>Çykyş edijiniň konsoly</translation>
    </message>
    <message>
        <source>End of the slide show</source>
        <translation>Görkezişiň soňy</translation>
    </message>
    <message>
        <source>No speaker notes for this slide.</source>
        <translation>Bu slaýd üçin çykyş bellikleri ýok.</translation>
    </message>
    <message>
        <source>Slide</source>
        <translation>Slaýd</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Geçen wagt</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Galan wagt</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Sagat</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Duruz</translation>
    </message>
    <message>
        <source>Pause or resume the timer (T)</source>
        <translation>Taýmeri duruz ýa-da dowam etdir (T)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translatorcomment>review: timer &quot;Reset&quot; = &quot;Nola getir&quot; (set back to zero)</translatorcomment>
        <translation>Nola getir</translation>
    </message>
    <message>
        <source>Reset the timer to zero (R)</source>
        <translation>Taýmeri nola getir (R)</translation>
    </message>
    <message>
        <source>Notes A−</source>
        <translation>Bellikler A−</translation>
    </message>
    <message>
        <source>Smaller notes (-)</source>
        <translation>Bellikleri kiçelt (-)</translation>
    </message>
    <message>
        <source>Notes A+</source>
        <translation>Bellikler A+</translation>
    </message>
    <message>
        <source>Bigger notes (+)</source>
        <translation>Bellikleri ulalt (+)</translation>
    </message>
    <message>
        <source>Swap screens</source>
        <translation>Ekranlary çalyş</translation>
    </message>
    <message>
        <source>Swap the console and the audience screen (S)</source>
        <translation>Konsol bilen diňleýjiler ekranynyň ýerini çalyş (S)</translation>
    </message>
    <message>
        <source>All slides</source>
        <translation>Ähli slaýdlar</translation>
    </message>
    <message>
        <source>Overview of all slides (Tab, G)</source>
        <translation>Ähli slaýdlara umumy syn (Tab, G)</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Düwmeler</translation>
    </message>
    <message>
        <source>The keys of the slide show (?)</source>
        <translation>Görkezişiň düwmeleri (?)</translation>
    </message>
    <message>
        <source>End show</source>
        <translation>Görkezişi gutar</translation>
    </message>
    <message>
        <source>End the slide show (Esc)</source>
        <translation>Görkezişi gutar (Esc)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Indiki</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Bellikler</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Go to %1 ↵</source>
        <translation>Geç: %1 ↵</translation>
    </message>
    <message>
        <source>The audience sees a black screen. Any key shows the slide again.</source>
        <translation>Diňleýjiler gara ekrany görýär. Islendik düwme slaýdy täzeden görkezýär.</translation>
    </message>
    <message>
        <source>The audience sees a white screen. Any key shows the slide again.</source>
        <translation>Diňleýjiler ak ekrany görýär. Islendik düwme slaýdy täzeden görkezýär.</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (duruzyldy)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Dowam et</translation>
    </message>
    <message>
        <source>no plan</source>
        <translation>meýilnama ýok</translation>
    </message>
    <message>
        <source>The module gives no duration.</source>
        <translation>Modulda dowamlylyk görkezilmedik.</translation>
    </message>
    <message>
        <source>On time (%1 min planned)</source>
        <translation>Wagtynda (meýilnama: %1 min)</translation>
    </message>
    <message>
        <source>Behind: more time used than slides shown (%1 min planned)</source>
        <translation>Yza galýar: görkezilen slaýdlara görä köp wagt geçdi (meýilnama: %1 min)</translation>
    </message>
    <message>
        <source>Over time (%1 min planned)</source>
        <translation>Wagt geçdi (meýilnama: %1 min)</translation>
    </message>
</context>
<context>
    <name>okuw::ui::ExportChoiceDialog</name>
    <message>
        <source>Export my notes</source>
        <translation>Belliklerimi eksport etmek</translation>
    </message>
    <message>
        <source>Which notes do you want to export?</source>
        <translation>Haýsy bellikleri eksport etmek isleýärsiňiz?</translation>
    </message>
    <message>
        <source>&amp;All my notes in this bundle</source>
        <translation>Şu ýygyndydaky &amp;ähli belliklerim</translation>
    </message>
    <message>
        <source>Only this module (no module is open)</source>
        <translation>Diňe şu modul (hiç bir modul açyk däl)</translation>
    </message>
    <message>
        <source>Only this &amp;module: %1</source>
        <translation>Diňe şu &amp;modul: %1</translation>
    </message>
    <message>
        <source>Next you choose where to save them, as a PDF with slide pictures or as text.</source>
        <translation>Soňra olary nirä ýatda saklamalydygyny saýlarsyňyz: slaýdlaryň suratlary bilen PDF ýa-da tekst görnüşinde.</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Nirä ýatda saklamalydygyny saýla…</translation>
    </message>
</context>
<context>
    <name>okuw::ui::ExportedBar</name>
    <message>
        <source>Your notes were saved to %1</source>
        <translation>Bellikleriňiz şu ýere ýatda saklandy: %1</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Aç</translation>
    </message>
    <message>
        <source>Open the exported notes</source>
        <translation>Eksport edilen bellikleri aç</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>&amp;Bukjada görkez</translation>
    </message>
    <message>
        <source>Show the folder of the exported notes</source>
        <translation>Eksport edilen bellikleriň bukjasyny görkez</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Bu habary ýap</translation>
    </message>
</context>
<context>
    <name>okuw::ui::GlossaryDialog</name>
    <message>
        <source>Glossary</source>
        <translation>Sözlük</translation>
    </message>
    <message>
        <source>Filter: type a word in English, Russian or Turkmen</source>
        <translation>Süzgüç: iňlis, rus ýa-da türkmen dilinde söz ýazyň</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Iňlisçe</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Rusça</translation>
    </message>
    <message>
        <source>Turkmen</source>
        <translation>Türkmençe</translation>
    </message>
    <message>
        <source>This translation is not yet confirmed by a reviewer.</source>
        <translation>Bu terjime heniz barlaýjy tarapyndan tassyklanmady.</translation>
    </message>
    <message>
        <source>&lt;i&gt;No term matches &quot;%1&quot;.&lt;/i&gt;</source>
        <translation>&lt;i&gt;&quot;%1&quot; boýunça adalga tapylmady.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Not yet confirmed in: %1</source>
        <translation>Heniz tassyklanmadyk: %1</translation>
    </message>
    <message>
        <source>Filter the terms</source>
        <translation>Adalgalary süzmek</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Adalgalar</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Kesgitleme</translation>
    </message>
</context>
<context>
    <name>okuw::ui::HelpDialog</name>
    <message>
        <source>Keys</source>
        <translation>Düwmeler</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Näme edýär</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ýa-da </translation>
    </message>
    <message>
        <source>In the window</source>
        <translation>Penjirede</translation>
    </message>
    <message>
        <source>Reading slides</source>
        <translation>Slaýdlary okamak</translation>
    </message>
    <message>
        <source>Reading a PDF</source>
        <translation>PDF okamak</translation>
    </message>
    <message>
        <source>During the slide show</source>
        <translation>Slaýd görkezilişi wagtynda</translation>
    </message>
    <message>
        <source>Okuw Help</source>
        <translation>Okuw kömegi</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Gollanma</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>Ulanyjy &amp;gollanmasy</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Düwmeler</translation>
    </message>
</context>
<context>
    <name>okuw::ui::HelpOverlay</name>
    <message>
        <source>Slide show keys</source>
        <translation>Görkezişiň düwmeleri</translation>
    </message>
</context>
<context>
    <name>okuw::ui::LanguageMenu</name>
    <message>
        <source>&amp;Interface Language</source>
        <translation>&amp;Interfeýs dili</translation>
    </message>
    <message>
        <source>The language of menus, dialogs and messages</source>
        <translation>Menýularyň, dialoglaryň we habarlaryň dili</translation>
    </message>
</context>
<context>
    <name>okuw::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Faýl</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Düzediş</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görnüş</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>G&amp;eç</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>G&amp;urallar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Kömek</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Soňky açylanlar</translation>
    </message>
    <message>
        <source>&amp;Open Bundle…</source>
        <translatorcomment>review: &quot;bundle&quot; (.okuw file) translated as &quot;ýygyndy&quot; (collection) everywhere; &quot;folder&quot; = &quot;bukja&quot;</translatorcomment>
        <translation>Ýygyndyny &amp;aç…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ç&amp;yk</translation>
    </message>
    <message>
        <source>&amp;Copy Text from Document</source>
        <translation>Resminamadan teksti &amp;göçür</translation>
    </message>
    <message>
        <source>&amp;Find in Document</source>
        <translation>Resminamada &amp;tap</translation>
    </message>
    <message>
        <source>&amp;Navigator</source>
        <translation>&amp;Nawigator</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Ulalt</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Kiçelt</translation>
    </message>
    <message>
        <source>Fit &amp;Width</source>
        <translation>&amp;Ini boýunça</translation>
    </message>
    <message>
        <source>Fit &amp;Page</source>
        <translation>Tutuş &amp;sahypa</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Doly ekran</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Indiki</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>Öň&amp;ki</translation>
    </message>
    <message>
        <source>F&amp;irst</source>
        <translation>&amp;Birinji</translation>
    </message>
    <message>
        <source>&amp;Last</source>
        <translation>&amp;Soňky</translation>
    </message>
    <message>
        <source>&amp;About Okuw</source>
        <translation>Okuw &amp;barada</translation>
    </message>
    <message>
        <source>Copies the selected text, or the whole page when nothing is selected</source>
        <translation>Saýlanan teksti, hiç zat saýlanmadyk bolsa, tutuş sahypany göçürýär</translation>
    </message>
    <message>
        <source>Find in the document shown (Ctrl+F)</source>
        <translation>Görkezilýän resminamada gözle (Ctrl+F)</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>Çykyş bellikleri</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Slaýdlar</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Esasy panel</translation>
    </message>
    <message>
        <source>Choose a module in the navigator.</source>
        <translation>Nawigatorda modul saýlaň.</translation>
    </message>
    <message>
        <source>No bundle is open. Use File &gt; Open or drop a .okuw file here.</source>
        <translation>Hiç bir ýygyndy açylmadyk. Faýl &gt; Ýygyndyny aç buýrugyny ulanyň ýa-da .okuw faýlyny şu ýere süýräp getiriň.</translation>
    </message>
    <message>
        <source>%1 — Okuw</source>
        <translation>%1 — Okuw</translation>
    </message>
    <message>
        <source>Okuw</source>
        <translation>Okuw</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ýok)</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>Sanawy &amp;arassala</translation>
    </message>
    <message>
        <source>Open Bundle</source>
        <translation>Ýygyndyny aç</translation>
    </message>
    <message>
        <source>Okuw bundles (*.okuw);;All files (*)</source>
        <translation>Okuw ýygyndylary (*.okuw);;Ähli faýllar (*)</translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation>%1 faýlyny açyp bolmaýar.</translation>
    </message>
    <message>
        <source>Cannot open the bundle</source>
        <translation>Ýygyndyny açyp bolmaýar</translation>
    </message>
    <message>
        <source>There is no slide %1 in the bundle.</source>
        <translation>Ýygyndyda şeýle slaýd ýok: %1.</translation>
    </message>
    <message>
        <source>There is no document %1 in the bundle.</source>
        <translation>Ýygyndyda şeýle resminama ýok: %1.</translation>
    </message>
    <message>
        <source>There is no module %1 in the bundle.</source>
        <translation>Ýygyndyda şeýle modul ýok: %1.</translation>
    </message>
    <message>
        <source>The module “%1” has no slides or documents.</source>
        <translation>“%1” modulynda slaýd hem, resminama hem ýok.</translation>
    </message>
    <message>
        <source>(No speaker notes for this slide.)</source>
        <translation>(Bu slaýd üçin çykyş bellikleri ýok.)</translation>
    </message>
    <message>
        <source>Slide %1 / %2</source>
        <translation>Slaýd %1 / %2</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>Sahypa %1 / %2</translation>
    </message>
    <message>
        <source>(Documents have no speaker notes.)</source>
        <translation>(Resminamalarda çykyş bellikleri ýok.)</translation>
    </message>
    <message>
        <source>%1 was changed after it was signed, or its signature was damaged: %2. It was not opened.</source>
        <translation>%1 gol çekilenden soň üýtgedilipdir ýa-da onuň goly zaýalanypdyr: %2. Ol açylmady.</translation>
    </message>
    <message>
        <source>&amp;Trusted Publishers…</source>
        <translation>&amp;Ynamdar neşirçiler…</translation>
    </message>
    <message>
        <source>%1 was changed after it was signed (%2). It has been closed: its slides cannot be trusted.</source>
        <translation>%1 gol çekilenden soň üýtgedilipdir (%2). Ol ýapyldy: onuň slaýdlaryna ynanyp bolmaýar.</translation>
    </message>
    <message>
        <source>%1 was changed after it was built (%2). It has been closed.</source>
        <translation>%1 gurlandan soň üýtgedilipdir (%2). Ol ýapyldy.</translation>
    </message>
    <message>
        <source>%1 cannot be checked: %2. It has been closed.</source>
        <translation>%1 barlap bolmaýar: %2. Ol ýapyldy.</translation>
    </message>
    <message>
        <source>Bundle refused</source>
        <translation>Bukja ret edildi</translation>
    </message>
    <message>
        <source>%1
Still shown: “%2”.</source>
        <translation>%1
Öňküsi açyk galýar: “%2”.</translation>
    </message>
    <message>
        <source>Use File &gt; Open or drop a .okuw file here.</source>
        <translation>Faýl &gt; Aç saýlaň ýa-da .okuw faýlyny şu ýere süýräp getiriň.</translation>
    </message>
    <message>
        <source>Slide thumbnails</source>
        <translation>Slaýdlaryň kiçi suratlary</translation>
    </message>
    <message>
        <source>Modules, slides and documents</source>
        <translation>Modullar, slaýdlar we resminamalar</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Bu habary ýap</translation>
    </message>
    <message>
        <source>This module has no documents in %1: shown in %2.</source>
        <translation>Bu modulda %1 dilinde resminama ýok: %2 dilinde görkezilýär.</translation>
    </message>
    <message>
        <source>This module has no slides in %1: shown in %2.</source>
        <translation>Bu modulda %1 dilinde slaýd ýok: %2 dilinde görkezilýär.</translation>
    </message>
    <message>
        <source>Content &amp;Language</source>
        <translation>&amp;Mazmunyň dili</translation>
    </message>
</context>
<context>
    <name>okuw::ui::Navigator</name>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(atsyz)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n page(s))</source>
        <translation>
            <numerusform>%1 (%2, %n sahypa)</numerusform>
            <numerusform>%1 (%2, %n sahypa)</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>Diller: %1</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Öňegidiş</translation>
    </message>
    <message numerus="yes">
        <source>%n slide(s)</source>
        <translation>
            <numerusform>%n slaýd</numerusform>
            <numerusform>%n slaýd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n resminama</numerusform>
            <numerusform>%n resminama</numerusform>
        </translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>Saýlananlarda</translation>
    </message>
</context>
<context>
    <name>okuw::ui::NotesDock</name>
    <message>
        <source>Editing…</source>
        <translation>Üýtgedilýär…</translation>
    </message>
    <message>
        <source>Open a slide or a page to take notes.</source>
        <translation>Bellik ýazmak üçin slaýdy ýa-da sahypany açyň.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saklandy</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Diňe okamak üçin: %1</translation>
    </message>
    <message>
        <source>Saved as you type.</source>
        <translation>Ýazan badyňyza ýatda saklanýar.</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Belliklerim</translation>
    </message>
    <message>
        <source>Your notes on this slide or page. Only you see them; they are saved on this computer.</source>
        <translation>Bu slaýd ýa-da sahypa boýunça bellikleriňiz. Olary diňe siz görýärsiňiz; olar şu kompýuterde saklanýar.</translation>
    </message>
    <message>
        <source>Your note here could not be read (%1). It is not shown, and nothing is saved over it.</source>
        <translation>Bu ýerdäki belligiňizi okap bolmady (%1). Ol görkezilmeýär we onuň üstünden hiç zat ýazylmaýar.</translation>
    </message>
    <message>
        <source>Saved. Other notes are not saved yet.</source>
        <translation>Ýazyldy. Beýleki bellikler entek ýazylmady.</translation>
    </message>
    <message>
        <source># Notes Okuw could not save

Bundle: %1
</source>
        <translation># Okuw-yň ýazyp bilmedik bellikleri

Toplum: %1
</translation>
    </message>
    <message>
        <source>Not saved yet: your text is kept here and saved when the notes file can be written again (see the bar above).</source>
        <translation>Entek ýazylmady: tekst şu ýerde saklanýar we bellikler faýlyna ýene ýazyp bolanda ýazylar (ýokarky zolaga serediň).</translation>
    </message>
    <message>
        <source>Not saved: your text is kept here and saved when the notes file can be written again (see the bar above).</source>
        <translation>Ýazylmady: tekst şu ýerde saklanýar we bellikler faýlyna ýene ýazyp bolanda ýazylar (ýokarky zolaga serediň).</translation>
    </message>
    <message>
        <source>Some notes are not saved yet (see the bar above); they are kept and saved when the notes file can be written again.</source>
        <translation>Käbir bellikler entek ýazylmady (ýokarky zolaga serediň); olar saklanýar we bellikler faýlyna ýene ýazyp bolanda ýazylar.</translation>
    </message>
    <message>
        <source>My note on this slide or page</source>
        <translation>Bu slaýda ýa-da sahypa meniň belligim</translation>
    </message>
</context>
<context>
    <name>okuw::ui::PdfFindBar</name>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Gözle:</translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation>Resminamada gözle</translation>
    </message>
    <message>
        <source>Previous hit (Shift+F3)</source>
        <translation>Öňki tapylan (Shift+F3)</translation>
    </message>
    <message>
        <source>Previous hit</source>
        <translation>Öňki tapylan</translation>
    </message>
    <message>
        <source>Next hit (F3)</source>
        <translation>Indiki tapylan (F3)</translation>
    </message>
    <message>
        <source>Next hit</source>
        <translation>Indiki tapylan</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Gözleg setirini ýap (Esc)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Gözleg setirini ýap</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Tapylanlar</translation>
    </message>
</context>
<context>
    <name>okuw::ui::PdfPane</name>
    <message>
        <source>No document is open.</source>
        <translation>Hiç bir resminama açylmadyk.</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Sahypa</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Kiçelt</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ulalt</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ini boýunça</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Tutuş sahypa</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Teksti göçür</translation>
    </message>
    <message>
        <source>Copy the selected text, or the whole page when nothing is selected</source>
        <translation>Saýlanan teksti, hiç zat saýlanmadyk bolsa, tutuş sahypany göçür</translation>
    </message>
    <message>
        <source>Previous hit</source>
        <translation>Öňki tapylan</translation>
    </message>
    <message>
        <source>Next hit</source>
        <translation>Indiki tapylan</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Mazmuny</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sahypalar</translation>
    </message>
    <message>
        <source> of %1 </source>
        <translation> / %1 </translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>resminama %1</translation>
    </message>
    <message>
        <source>The bundle has no document %1.</source>
        <translation>Ýygyndyda şeýle resminama ýok: %1.</translation>
    </message>
    <message>
        <source>Cannot open “%1”:
%2</source>
        <translation>“%1” resminamasyny açyp bolmaýar:
%2</translation>
    </message>
    <message>
        <source>Cannot show “%1” (%2): the PDF is damaged or not a PDF (%3).</source>
        <translation>“%1” (%2) görkezip bolmaýar: PDF zaýalanan ýa-da PDF däl (%3).</translation>
    </message>
    <message>
        <source>Searching… %1</source>
        <translation>Gözlenýär… %1</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Tapylmady</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Sahypanyň belgisi</translation>
    </message>
    <message>
        <source>Outline and pages</source>
        <translation>Mazmun we sahypalar</translation>
    </message>
    <message>
        <source>Page thumbnails</source>
        <translation>Sahypalaryň kiçi suratlary</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Ulaltma</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Gözle</translation>
    </message>
    <message>
        <source>Find in document (Ctrl+F)</source>
        <translation>Resminamada gözle (Ctrl+F)</translation>
    </message>
    <message>
        <source>Document page</source>
        <translation>Resminamanyň sahypasy</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%2 sahypadan %1-njisi</translation>
    </message>
    <message>
        <source>Page Down / Page Up</source>
        <translation>Page Down / Page Up</translation>
    </message>
    <message>
        <source>Next / previous page</source>
        <translation>Indiki / öňki sahypa</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Boşluk</translation>
    </message>
    <message>
        <source>Scroll down one screen</source>
        <translation>Bir ekran aşak süýşür</translation>
    </message>
    <message>
        <source>Home / End</source>
        <translation>Home / End</translation>
    </message>
    <message>
        <source>First / last page</source>
        <translation>Birinji / soňky sahypa</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Find in the document</source>
        <translation>Resminamada gözle</translation>
    </message>
    <message>
        <source>Enter or F3 / Shift+Enter or Shift+F3</source>
        <translation>Enter ýa-da F3 / Shift+Enter ýa-da Shift+F3</translation>
    </message>
    <message>
        <source>Next / previous hit</source>
        <translation>Indiki / öňki tapylan</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Gözleg setirini ýap</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <source>Copy the selected text</source>
        <translation>Saýlanan teksti göçür</translation>
    </message>
    <message>
        <source>This document has no outline</source>
        <translation>Bu resminamanyň mazmun sanawy ýok</translation>
    </message>
</context>
<context>
    <name>okuw::ui::Presenter</name>
    <message>
        <source>Slide show</source>
        <translation>Görkeziş</translation>
    </message>
    <message>
        <source>Open a module with slides to start the slide show.</source>
        <translation>Görkezişi başlamak üçin slaýdly moduly açyň.</translation>
    </message>
    <message>
        <source>Start from the &amp;First Slide</source>
        <translation>&amp;Birinji slaýddan başla</translation>
    </message>
    <message>
        <source>Start the slide show from the first slide (F5)</source>
        <translation>Görkezişi birinji slaýddan başla (F5)</translation>
    </message>
    <message>
        <source>Start from the &amp;Current Slide</source>
        <translation>&amp;Häzirki slaýddan başla</translation>
    </message>
    <message>
        <source>Start the slide show from the current slide (Shift+F5)</source>
        <translation>Görkezişi häzirki slaýddan başla (Shift+F5)</translation>
    </message>
    <message>
        <source>&amp;Rehearse in a Window</source>
        <translation>Penjirede &amp;türgenleş</translation>
    </message>
    <message>
        <source>Console and slide side by side in windows, to practise</source>
        <translation>Türgenleşmek üçin konsol we slaýd penjirelerde ýanaşyk</translation>
    </message>
    <message>
        <source>&amp;Swap Console and Audience Screens</source>
        <translation>&amp;Konsol bilen diňleýjiler ekranynyň ýerini çalyş</translation>
    </message>
    <message>
        <source>During the show: the console and the slide change screens (S)</source>
        <translation>Görkeziş wagtynda: konsol bilen slaýd ekranlaryny çalyşýar (S)</translation>
    </message>
    <message>
        <source>&amp;Slide Show</source>
        <translation>Gö&amp;rkeziş</translation>
    </message>
</context>
<context>
    <name>okuw::ui::PresenterState</name>
    <message>
        <source>Right, Down, Page Down, Space, Enter, N, click</source>
        <translation>→, ↓, Page Down, Boşluk, Enter, N, syçanyň çep düwmesi</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>Indiki slaýd</translation>
    </message>
    <message>
        <source>Left, Up, Page Up, Backspace, P, right click</source>
        <translation>←, ↑, Page Up, Backspace, P, syçanyň sag düwmesi</translation>
    </message>
    <message>
        <source>Previous slide</source>
        <translation>Öňki slaýd</translation>
    </message>
    <message>
        <source>Home / End</source>
        <translation>Home / End</translation>
    </message>
    <message>
        <source>First / last slide</source>
        <translation>Birinji / soňky slaýd</translation>
    </message>
    <message>
        <source>Number, then Enter</source>
        <translation>San, soňra Enter</translation>
    </message>
    <message>
        <source>Go to that slide</source>
        <translation>Şol slaýda geç</translation>
    </message>
    <message>
        <source>B or .</source>
        <translation>B ýa-da .</translation>
    </message>
    <message>
        <source>Black screen (any key returns)</source>
        <translation>Gara ekran (islendik düwme yzyna gaýtarýar)</translation>
    </message>
    <message>
        <source>W or ,</source>
        <translation>W ýa-da ,</translation>
    </message>
    <message>
        <source>White screen (any key returns)</source>
        <translation>Ak ekran (islendik düwme yzyna gaýtarýar)</translation>
    </message>
    <message>
        <source>Tab or G</source>
        <translation>Tab ýa-da G</translation>
    </message>
    <message>
        <source>Overview of all slides</source>
        <translation>Ähli slaýdlara umumy syn</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Swap the console and audience screens</source>
        <translation>Konsol bilen diňleýjiler ekranynyň ýerini çalyş</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>One screen: show the console or the slide</source>
        <translation>Bir ekran: konsoly ýa-da slaýdy görkez</translation>
    </message>
    <message>
        <source>T / R</source>
        <translation>T / R</translation>
    </message>
    <message>
        <source>Pause or resume / reset the timer</source>
        <translation>Taýmeri duruz ýa-da dowam etdir / nola getir</translation>
    </message>
    <message>
        <source>+ / -</source>
        <translation>+ / -</translation>
    </message>
    <message>
        <source>Bigger / smaller notes</source>
        <translation>Bellikleri ulalt / kiçelt</translation>
    </message>
    <message>
        <source>? or F1</source>
        <translation>? ýa-da F1</translation>
    </message>
    <message>
        <source>This help (any key closes it)</source>
        <translation>Şu kömek (islendik düwme ýapýar)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>End the show</source>
        <translation>Görkezişi gutar</translation>
    </message>
</context>
<context>
    <name>okuw::ui::Progress</name>
    <message>
        <source>quiz %1/%2</source>
        <translation>test %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n slide(s) seen</source>
        <translation>
            <numerusform>%n slaýddan %1 görüldi</numerusform>
            <numerusform>%n slaýddan %1 görüldi</numerusform>
        </translation>
    </message>
    <message>
        <source>Knowledge check: best %1/%2, last %3/%4</source>
        <translation>Bilim barlagy: iň gowusy %1/%2, soňkusy %3/%4</translation>
    </message>
    <message>
        <source>Knowledge check not taken yet</source>
        <translation>Bilim barlagy entek geçilmedi</translation>
    </message>
</context>
<context>
    <name>okuw::ui::QuizDialog</name>
    <message>
        <source>Knowledge check — %1</source>
        <translation>Bilim barlagy — %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Täzeden synanyş</translation>
    </message>
    <message>
        <source>Check answer</source>
        <translation>Jogaby barla</translation>
    </message>
    <message>
        <source>This module has no questions in this language.</source>
        <translation>Bu modulda bu dilde sorag ýok.</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Sorag %1 / %2</translation>
    </message>
    <message>
        <source> — choose all that apply</source>
        <translation> — dogry bolanlaryň hemmesini saýlaň</translation>
    </message>
    <message>
        <source>Choose an answer first.</source>
        <translation>Ilki jogap saýlaň.</translation>
    </message>
    <message>
        <source>Correct.</source>
        <translation>Dogry.</translation>
    </message>
    <message>
        <source>Not quite.</source>
        <translation>Doly dogry däl.</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Indiki sorag</translation>
    </message>
    <message>
        <source>See my score</source>
        <translation>Netijämi görkez</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Taýýar</translation>
    </message>
    <message>
        <source>Your score: %1 of %2</source>
        <translation>Netijäňiz: %1 / %2</translation>
    </message>
    <message>
        <source>Every answer was right.</source>
        <translation>Ähli jogaplar dogry.</translation>
    </message>
    <message>
        <source>Look at the slides again and try once more when you like.</source>
        <translation>Slaýdlara ýene bir gezek serediň we isleseňiz täzeden synanyşyň.</translation>
    </message>
    <message>
        <source>Answers to look at again</source>
        <translation>Gaýtadan seretmeli jogaplar</translation>
    </message>
    <message>
        <source>Read again:</source>
        <translation>Gaýtadan okaň:</translation>
    </message>
    <message>
        <source>Answered wrongly:</source>
        <translation>Ýalňyş jogap berlenler:</translation>
    </message>
    <message>
        <source>Right: %1 of the %2 questions answered</source>
        <translation>Dogry: jogap berlen %2 soragdan %1</translation>
    </message>
    <message>
        <source>You began at question %1. Try again to answer them all and get a score.</source>
        <translation>Siz %1-nji soragdan başladyňyz. Ähli soraglara jogap bermek we netije almak üçin «Täzeden synanyş» düwmesine basyň.</translation>
    </message>
</context>
<context>
    <name>okuw::ui::ReviewNotice</name>
    <message>
        <source>Translation not yet reviewed by a Turkmen-speaking lawyer</source>
        <translation>Terjime türkmen dilini bilýän hukukçy tarapyndan entek barlanmady</translation>
    </message>
    <message>
        <source>Translation not yet reviewed by a Russian-speaking lawyer</source>
        <translation>Terjime rus dilini bilýän hukukçy tarapyndan entek barlanmady</translation>
    </message>
    <message>
        <source>Text not yet reviewed by an English-speaking lawyer</source>
        <translation>Tekst iňlis dilini bilýän hukukçy tarapyndan entek barlanmady</translation>
    </message>
    <message>
        <source>Translation not yet reviewed by a lawyer who speaks this language</source>
        <translation>Terjime bu dili bilýän hukukçy tarapyndan entek barlanmady</translation>
    </message>
    <message>
        <source>The authors mark this translation as not yet checked by a lawyer. Before you rely on its legal wording, compare it with the English or Russian version (View &gt; Content language).</source>
        <translation>Awtorlar bu terjimäniň hukukçy tarapyndan entek barlanmandygyny belläpdirler. Onuň hukuk sözlerine daýanmazdan öň, iňlis ýa-da rus görnüşi bilen deňeşdiriň (Görnüş &gt; Mazmunyň dili).</translation>
    </message>
</context>
<context>
    <name>okuw::ui::SearchPanel</name>
    <message>
        <source>Search slides, notes, documents… (Ctrl+K)</source>
        <translation>Slaýdlarda, belliklerde, resminamalarda gözle… (Ctrl+K)</translation>
    </message>
    <message>
        <source>This module</source>
        <translation>Bu modul</translation>
    </message>
    <message>
        <source>Whole bundle</source>
        <translation>Tutuş ýygyndy</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Ähli diller</translation>
    </message>
    <message>
        <source>No bundle is open.</source>
        <translation>Hiç bir ýygyndy açylmadyk.</translation>
    </message>
    <message>
        <source>No matches for “%1”.</source>
        <translation>“%1” boýunça hiç zat tapylmady.</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Sözlük</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Slaýdlar</translation>
    </message>
    <message>
        <source>Slide %1</source>
        <translation>Slaýd %1</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>Çykyş bellikleri</translation>
    </message>
    <message>
        <source>Notes, slide %1</source>
        <translation>Bellikler, slaýd %1</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Resminamalar</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Sahypa %1</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Adalgalar</translation>
    </message>
    <message>
        <source>Knowledge check</source>
        <translation>Bilim barlagy</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Sorag</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Gözleg</translation>
    </message>
    <message>
        <source>&amp;Search the Bundle…</source>
        <translation>Ýygyndyda gö&amp;zle…</translation>
    </message>
    <message>
        <source>Content language</source>
        <translation>Mazmunyň dili</translation>
    </message>
    <message>
        <source>Search the bundle</source>
        <translation>Paketde gözleg</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Gözleg netijeleri</translation>
    </message>
    <message>
        <source>Where to search</source>
        <translation>Nirede gözlemeli</translation>
    </message>
    <message>
        <source>Languages to search</source>
        <translation>Gözleg dilleri</translation>
    </message>
    <message numerus="yes">
        <source>No matches in %1; %n match(es) in other languages:</source>
        <translation>
            <numerusform>%1 dilinde tapylmady; beýleki dillerde %n tapylan:</numerusform>
            <numerusform>%1 dilinde tapylmady; beýleki dillerde %n tapylan:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matches; the best %1 are shown</source>
        <translation>
            <numerusform>%n gabat gelme; iň gowy %1 sanysy görkezilýär</numerusform>
            <numerusform>%n gabat gelme; iň gowy %1 sanysy görkezilýär</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n gabat gelme</numerusform>
            <numerusform>%n gabat gelme</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>okuw::ui::SignatureStatus</name>
    <message>
        <source>Not signed</source>
        <translation>Gol çekilmedik</translation>
    </message>
    <message>
        <source>Signed by %1</source>
        <translation>Gol çeken: %1</translation>
    </message>
    <message>
        <source>Signed by an unknown publisher (key fingerprint %1)</source>
        <translation>Näbelli neşirçi gol çeken (açaryň barmak yzy %1)</translation>
    </message>
    <message>
        <source>Nothing tells who made this bundle or whether it was changed.</source>
        <translation>Bu bukjany kimiň taýýarlandygyny ýa-da onuň üýtgedilendigini hiç zat görkezmeýär.</translation>
    </message>
    <message>
        <source>The signature matches a publisher key you trust (key fingerprint %1).</source>
        <translation>Gol siziň ynanýan neşirçiňiziň açaryna gabat gelýär (açaryň barmak yzy %1).</translation>
    </message>
    <message>
        <source>The signature is valid, but its key is not among your trusted publishers (Help &gt; Trusted Publishers). Compare the fingerprint with the one the training team gave you.</source>
        <translation>Gol hakyky, emma onuň açary siziň ynamdar neşirçileriňiziň arasynda ýok (Kömek &gt; Ynamdar neşirçiler). Barmak yzyny okuw toparynyň size beren barmak yzy bilen deňeşdiriň.</translation>
    </message>
    <message>
        <source>The whole content was checked against it.</source>
        <translation>Tutuş mazmun onuň bilen barlandy.</translation>
    </message>
    <message>
        <source>The content is being checked…</source>
        <translation>Mazmun barlanýar…</translation>
    </message>
</context>
<context>
    <name>okuw::ui::SlideView</name>
    <message>
        <source>Choose a module or a slide in the navigator.</source>
        <translation>Nawigatorda modul ýa-da slaýd saýlaň.</translation>
    </message>
    <message>
        <source>Slide view</source>
        <translation>Slaýd görnüşi</translation>
    </message>
    <message>
        <source>Slide %1 of %2: %3</source>
        <translation>%2 slaýddan %1-njisi: %3</translation>
    </message>
    <message>
        <source>Right, Down, Page Down, Space, Enter</source>
        <translation>→, ↓, Page Down, Boşluk, Enter</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>Indiki slaýd</translation>
    </message>
    <message>
        <source>Left, Up, Page Up, Backspace</source>
        <translation>←, ↑, Page Up, Backspace</translation>
    </message>
    <message>
        <source>Previous slide</source>
        <translation>Öňki slaýd</translation>
    </message>
    <message>
        <source>Home / End</source>
        <translation>Home / End</translation>
    </message>
    <message>
        <source>First / last slide</source>
        <translation>Birinji / soňky slaýd</translation>
    </message>
</context>
<context>
    <name>okuw::ui::TrustedKeysDialog</name>
    <message>
        <source>Add a Publisher Key</source>
        <translation>Neşirçiniň açaryny goşmak</translation>
    </message>
    <message>
        <source>Okuw public keys (*.public);;All files (*)</source>
        <translation>Okuw açyk açarlary (*.public);;Ähli faýllar (*)</translation>
    </message>
    <message>
        <source>%1 — key fingerprint %2</source>
        <translation>%1 — açaryň barmak yzy %2</translation>
    </message>
    <message>
        <source>%1 is trusted already.</source>
        <translation>%1 eýýäm ynamdarlaryň sanawynda.</translation>
    </message>
    <message>
        <source>Added %1 (key fingerprint %2).</source>
        <translation>%1 goşuldy (açaryň barmak yzy %2).</translation>
    </message>
    <message>
        <source>Trusted Publishers</source>
        <translation>Ynamdar neşirçiler</translation>
    </message>
    <message>
        <source>A bundle signed with one of these keys shows &quot;Signed by&quot; its publisher. Add the public key file (.public) your training team gave you; remove a key you no longer trust.</source>
        <translation>Şu açarlaryň biri bilen gol çekilen bukja «Gol çeken:» we neşirçiniň adyny görkezýär. Okuw toparynyň size beren açyk açar faýlyny (.public) goşuň; indi ynanmaýan açaryňyzy aýyryň.</translation>
    </message>
    <message>
        <source>&amp;Add Key File…</source>
        <translation>Açar faýlyny &amp;goşmak…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Aýyrmak</translation>
    </message>
</context>
<context>
    <name>okuw::ui::Workspace</name>
    <message>
        <source>Start a new notes file</source>
        <translation>Täze bellikler faýlyny başla</translation>
    </message>
    <message>
        <source>New notes file</source>
        <translation>Täze bellikler faýly</translation>
    </message>
    <message>
        <source>&amp;Bookmark this slide or page</source>
        <translation>Bu slaýdy ýa-da sahypany &amp;saýlananlara goş</translation>
    </message>
    <message>
        <source>&amp;Knowledge check for this module…</source>
        <translation>Bu modul boýunça &amp;bilim barlagy…</translation>
    </message>
    <message>
        <source>&amp;Glossary…</source>
        <translation>&amp;Sözlük…</translation>
    </message>
    <message>
        <source>&amp;Agenda…</source>
        <translation>&amp;Gün tertibi…</translation>
    </message>
    <message>
        <source>&amp;Remove my data…</source>
        <translation>Maglumatlarymy &amp;poz…</translation>
    </message>
    <message>
        <source>&amp;Export my notes…</source>
        <translation>Belliklerimi &amp;eksport et…</translation>
    </message>
    <message>
        <source>slide %1: %2</source>
        <translation>slaýd %1: %2</translation>
    </message>
    <message>
        <source>%1, page %2</source>
        <translation>%1, sahypa %2</translation>
    </message>
    <message>
        <source>Slide %1: %2</source>
        <translation>Slaýd %1: %2</translation>
    </message>
    <message>
        <source>Bookmark not saved</source>
        <translation>Saýlanan ýatda saklanmady</translation>
    </message>
    <message>
        <source>Knowledge check</source>
        <translation>Bilim barlagy</translation>
    </message>
    <message>
        <source>Open a module first, then start its knowledge check.</source>
        <translation>Ilki moduly açyň, soňra onuň bilim barlagyny başlaň.</translation>
    </message>
    <message>
        <source>Export my notes</source>
        <translation>Belliklerimi eksport et</translation>
    </message>
    <message>
        <source>PDF with slide pictures (*.pdf)</source>
        <translation>Slaýd suratly PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown text (*.md)</source>
        <translation>Markdown tekst (*.md)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksport şowsuz boldy</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 faýlyna ýazyp bolmady: %2</translation>
    </message>
    <message>
        <source>Remove my data</source>
        <translation>Maglumatlarymy poz</translation>
    </message>
    <message>
        <source>Delete your notes, bookmarks, progress and quiz answers for this bundle? This cannot be undone.</source>
        <translation>Bu ýygyndy boýunça bellikleriňiz, saýlananlaryňyz, öňegidişligiňiz we bilim barlagynyň jogaplary pozulsynmy? Muny yzyna gaýtaryp bolmaz.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poz</translation>
    </message>
    <message>
        <source>For every bundle on this computer</source>
        <translation>Şu kompýuterdäki ähli ýygyndylar üçin</translation>
    </message>
    <message>
        <source>Nothing was deleted: %1</source>
        <translation>Hiç zat pozulmady: %1</translation>
    </message>
    <message>
        <source>Notes not saved</source>
        <translation>Bellikler ýazylmady</translation>
    </message>
    <message>
        <source>Some of your notes could not be saved in your notes file (%1). Their text was written to %2.</source>
        <translation>Käbir bellikleriňizi bellikler faýlyna ýazyp bolmady (%1). Olaryň teksti %2 faýlyna ýazyldy.</translation>
    </message>
    <message>
        <source>Some of your notes could not be saved, neither in your notes file nor in a file of their own (%1).</source>
        <translation>Käbir bellikleriňizi ne bellikler faýlyna, ne-de aýratyn faýla ýazyp bolmady (%1).</translation>
    </message>
    <message numerus="yes">
        <source>A new notes file was started, with the %n note(s) that could still be read from the damaged one. The damaged file is kept at %1.</source>
        <translation>
            <numerusform>Täze bellikler faýly açyldy; oňa zaýalanan faýldan henizem okalýan %n bellik geçirildi. Zaýalanan faýl şu ýerde saklanýar: %1.</numerusform>
            <numerusform>Täze bellikler faýly açyldy; oňa zaýalanan faýldan henizem okalýan %n bellik geçirildi. Zaýalanan faýl şu ýerde saklanýar: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bookmarked: %1</source>
        <translation>Saýlananlara goşuldy: %1</translation>
    </message>
    <message>
        <source>Bookmark removed: %1</source>
        <translation>Saýlananlardan aýryldy: %1</translation>
    </message>
    <message>
        <source>slide %1, “%2”</source>
        <translation>%1-nji slaýd, “%2”</translation>
    </message>
    <message>
        <source>Last time %1 of %2, best %3 of %4.</source>
        <translation>Geçen gezek %2-den %1, iň gowusy %4-den %3.</translation>
    </message>
</context>
</TS>
