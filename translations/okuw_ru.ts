<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Отсутствует значение после «%1».</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Неожиданное значение после «%1».</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Offline viewer for training bundles</source>
        <translation>Автономный просмотрщик учебных пакетов</translation>
    </message>
    <message>
        <source>The .okuw file to open</source>
        <translation>Файл .okuw, который нужно открыть</translation>
    </message>
    <message>
        <source>Portable mode</source>
        <translation>Переносной режим</translation>
    </message>
    <message>
        <source>%1
The default bundle is shown instead.</source>
        <translation>%1
Вместо него показан пакет по умолчанию.</translation>
    </message>
</context>
<context>
    <name>okuw::builder</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>не удаётся прочитать: %1</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>файл не является текстом в кодировке UTF-8</translation>
    </message>
    <message>
        <source>not a PDF that can be read (%1)</source>
        <translation>не читаемый PDF (%1)</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>файл отсутствует</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>некорректный YAML: %1</translation>
    </message>
    <message>
        <source>expected a YAML mapping (key: value lines)</source>
        <translation>ожидается словарь YAML (строки вида «ключ: значение»)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must map languages to files</source>
        <translation>«%1» должен сопоставлять языкам файлы</translation>
    </message>
    <message>
        <source>a file name is empty</source>
        <translation>пустое имя файла</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an absolute path; name files relative to the module folder</source>
        <translation>«%1» — абсолютный путь; указывайте файлы относительно папки модуля</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is outside the source folder</source>
        <translation>«%1» находится вне исходной папки</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist</source>
        <translation>«%1» не существует</translation>
    </message>
    <message>
        <source>&quot;id&quot; is missing: give the bundle a stable id (a UUID)</source>
        <translation>нет «id»: задайте пакету постоянный идентификатор (UUID)</translation>
    </message>
    <message>
        <source>&quot;version&quot; is missing</source>
        <translation>нет «version»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code like en, ru or tk</source>
        <translation>«%1» — не код языка вида en, ru или tk</translation>
    </message>
    <message>
        <source>&quot;languages&quot; must list the content languages, e.g. [en, ru, tk]</source>
        <translation>«languages» должен перечислять языки содержимого, например [en, ru, tk]</translation>
    </message>
    <message>
        <source>&quot;default_language&quot; must be one of &quot;languages&quot;</source>
        <translation>«default_language» должен быть одним из «languages»</translation>
    </message>
    <message>
        <source>&quot;title&quot; is missing</source>
        <translation>нет «title»</translation>
    </message>
    <message>
        <source>&quot;slug&quot; must be lower-case letters, digits and dashes</source>
        <translation>«slug» может содержать только строчные буквы, цифры и дефисы</translation>
    </message>
    <message>
        <source>&quot;order&quot; must be a whole number</source>
        <translation>«order» должен быть целым числом</translation>
    </message>
    <message>
        <source>&quot;duration&quot; must be minutes</source>
        <translation>«duration» задаётся в минутах</translation>
    </message>
    <message>
        <source>&quot;decks&quot; is missing: name a slide deck per language</source>
        <translation>нет «decks»: укажите набор слайдов для каждого языка</translation>
    </message>
    <message>
        <source>&quot;documents&quot; must be a list</source>
        <translation>«documents» должен быть списком</translation>
    </message>
    <message>
        <source>a document needs &quot;lang&quot; and &quot;title&quot;</source>
        <translation>у документа должны быть «lang» и «title»</translation>
    </message>
    <message>
        <source>&quot;questions&quot; must be a list</source>
        <translation>«questions» должен быть списком</translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be single or multiple</source>
        <translation>«kind» должен быть single или multiple</translation>
    </message>
    <message>
        <source>a question needs &quot;id&quot; and &quot;prompt&quot;</source>
        <translation>у вопроса должны быть «id» и «prompt»</translation>
    </message>
    <message>
        <source>a question needs at least two &quot;choices&quot;</source>
        <translation>у вопроса должно быть не менее двух вариантов в «choices»</translation>
    </message>
    <message>
        <source>question &quot;%1&quot; has no right answer</source>
        <translation>у вопроса «%1» нет правильного ответа</translation>
    </message>
    <message>
        <source>question &quot;%1&quot; is single choice but has %2 right answers</source>
        <translation>вопрос «%1» с одним ответом, но правильных ответов: %2</translation>
    </message>
    <message>
        <source>&quot;terms&quot; must be a list</source>
        <translation>«terms» должен быть списком</translation>
    </message>
    <message>
        <source>a term needs an &quot;id&quot;</source>
        <translation>у термина должен быть «id»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must hold {term: ..., definition: ...}</source>
        <translation>«%1» должен содержать {term: ..., definition: ...}</translation>
    </message>
    <message>
        <source>&quot;days&quot; must be a list</source>
        <translation>«days» должен быть списком</translation>
    </message>
    <message>
        <source>&quot;start&quot; and &quot;end&quot; must be times like 09:30</source>
        <translation>«start» и «end» должны быть временем вида 09:30</translation>
    </message>
    <message>
        <source>a session needs a &quot;module&quot; or a &quot;title&quot;</source>
        <translation>у занятия должны быть «module» или «title»</translation>
    </message>
    <message>
        <source>%1: not a content source folder (it does not exist or is not a folder)</source>
        <translation>%1: не папка с исходными материалами (не существует или не является папкой)</translation>
    </message>
    <message>
        <source>the slug &quot;%1&quot; is used by another module</source>
        <translation>slug «%1» уже занят другим модулем</translation>
    </message>
    <message>
        <source>the order %1 is used by another module</source>
        <translation>порядковый номер %1 уже занят другим модулем</translation>
    </message>
    <message>
        <source>no module folders (each with a module.yaml) were found</source>
        <translation>не найдено ни одной папки модуля (с файлом module.yaml)</translation>
    </message>
    <message>
        <source>the deck language &quot;%1&quot; is not listed in bundle.yaml</source>
        <translation>язык слайдов «%1» не указан в bundle.yaml</translation>
    </message>
    <message>
        <source>the term id &quot;%1&quot; is used twice</source>
        <translation>идентификатор термина «%1» встречается дважды</translation>
    </message>
    <message>
        <source>no module has the slug &quot;%1&quot;</source>
        <translation>нет модуля со slug «%1»</translation>
    </message>
    <message>
        <source>the question id &quot;%1&quot; is used twice</source>
        <translation>идентификатор вопроса «%1» встречается дважды</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read</source>
        <translation>не удаётся прочитать «%1»</translation>
    </message>
    <message>
        <source>the handout could not be rendered: %1</source>
        <translation>не удалось сформировать раздаточный материал: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must map each language to a text (en: ..., ru: ...)</source>
        <translation>«%1» должен сопоставлять каждому языку текст (en: ..., ru: ...)</translation>
    </message>
    <message>
        <source>&quot;unreviewed_translation&quot; names &quot;%1&quot;, which is not listed in bundle.yaml</source>
        <translation>«unreviewed_translation» называет «%1», которого нет в bundle.yaml</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>не является текстом в кодировке UTF-8</translation>
    </message>
    <message>
        <source>expected languages mapped to lists of terms (ru: [...])</source>
        <translation>ожидаются языки со списками терминов (ru: [...])</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the bundle&apos;s languages</source>
        <translation>«%1» — не язык пакета</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of {prefer, avoid, reason}</source>
        <translation>«%1» должен быть списком {prefer, avoid, reason}</translation>
    </message>
    <message>
        <source>a term needs &quot;prefer&quot;, &quot;reason&quot; and a list &quot;avoid&quot;</source>
        <translation>у термина должны быть «prefer», «reason» и список «avoid»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid pattern: %2</source>
        <translation>«%1» — недопустимый шаблон: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: write &quot;%2&quot; (%3)</source>
        <translation>«%1»: пишите «%2» (%3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the glossary term &quot;%2&quot; in a form the glossary does not list: use the term, or add the form to its &quot;forms&quot; in glossary.yaml</source>
        <translation>«%1» — термин глоссария «%2» в форме, которой нет в глоссарии: используйте термин или добавьте форму в его «forms» в glossary.yaml</translation>
    </message>
    <message>
        <source>slide id &quot;%1&quot; is not in the %2 deck (%3)</source>
        <translation>идентификатора слайда «%1» нет в наборе %2 (%3)</translation>
    </message>
    <message>
        <source>slide id &quot;%1&quot; of the %2 deck is missing here</source>
        <translation>здесь нет слайда «%1» из набора %2</translation>
    </message>
    <message>
        <source>slide &quot;%1&quot; is slide %2 here but slide %3 in the %4 deck</source>
        <translation>слайд «%1» здесь %2-й, а в наборе %4 — %3-й</translation>
    </message>
    <message>
        <source>slide &quot;%1&quot; has no speaker notes</source>
        <translation>у слайда «%1» нет заметок докладчика</translation>
    </message>
    <message>
        <source>the notes of slide &quot;%1&quot; give no time: end them with a line like &quot;Time: 5 min&quot;</source>
        <translation>в заметках к слайду «%1» не указано время: закончите их строкой вида «Время: 5 мин»</translation>
    </message>
    <message>
        <source>slide &quot;%1&quot; shows the figure &quot;%2&quot; but names no source, on the slide or in its notes (&quot;Source: ...&quot;)</source>
        <translation>на слайде «%1» есть цифра «%2», но ни на слайде, ни в заметках не назван источник («Источник: ...»)</translation>
    </message>
    <message>
        <source>the notes of %1 add up to %2 min, but &quot;duration&quot; is %3 min (5% either way is allowed)</source>
        <translation>по заметкам %1 получается %2 мин, а «duration» — %3 мин (допускается 5% в любую сторону)</translation>
    </message>
    <message>
        <source>not a content source folder</source>
        <translation>не папка с исходными материалами</translation>
    </message>
    <message>
        <source>&quot;unreviewed_translation&quot; must list languages, e.g. [tk]</source>
        <translation>«unreviewed_translation» должен перечислять языки, например [tk]</translation>
    </message>
    <message>
        <source>the SVG refers to something outside it (%1); embed it or remove the reference</source>
        <translation>SVG ссылается на что-то вне себя (%1); встройте это в файл или уберите ссылку</translation>
    </message>
    <message>
        <source>not an image (%1)</source>
        <translation>не изображение (%1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an image Okuw can show: %2</source>
        <translation>«%1» — не изображение, которое Okuw может показать: %2</translation>
    </message>
    <message>
        <source>the deck %1</source>
        <translation>презентация %1</translation>
    </message>
    <message>
        <source>the deck has %1 pages; Okuw shows at most %2 slides</source>
        <translation>в презентации %1 стр.; Okuw показывает не более %2 слайдов</translation>
    </message>
    <message>
        <source>page %1: %2</source>
        <translation>страница %1: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>предупреждение: %1</translation>
    </message>
    <message>
        <source>math ($…$, $$…$$) is shown as its TeX source: Okuw has no offline formula renderer</source>
        <translation>формулы ($…$, $$…$$) показаны в исходном виде TeX: в Okuw нет офлайн-средства для их отрисовки</translation>
    </message>
    <message>
        <source>the remote image &quot;%1&quot; is never fetched; the slide shows a frame in its place</source>
        <translation>удалённое изображение «%1» никогда не загружается; на слайде на его месте показана рамка</translation>
    </message>
    <message>
        <source>the file has speaker notes for %1 slides, but LibreOffice made %2 pages of it: the notes are given to the pages in order and may be on the wrong slides</source>
        <translation>в файле заметки докладчика для %1 слайдов, а LibreOffice сделал из него %2 стр.: заметки присвоены страницам по порядку и могут оказаться не у тех слайдов</translation>
    </message>
</context>
<context>
    <name>okuw::builder::OfficeDeck</name>
    <message>
        <source>is a zip file but not a PowerPoint presentation (it has no ppt/presentation.xml)</source>
        <translation>является zip-архивом, но не презентацией PowerPoint (в нём нет ppt/presentation.xml)</translation>
    </message>
    <message>
        <source>is a damaged PowerPoint file (%1)</source>
        <translation>повреждённый файл PowerPoint (%1)</translation>
    </message>
    <message>
        <source>is a zip file but not an OpenDocument presentation (its mimetype is “%1”)</source>
        <translation>является zip-архивом, но не презентацией OpenDocument (его mimetype — «%1»)</translation>
    </message>
    <message>
        <source>is a damaged OpenDocument file (%1)</source>
        <translation>повреждённый файл OpenDocument (%1)</translation>
    </message>
    <message>
        <source>is not a zip file, so not a .pptx or .odp presentation</source>
        <translation>не является zip-архивом, а значит, и презентацией .pptx или .odp</translation>
    </message>
    <message>
        <source>cannot be read as a zip file (libzip error %1)</source>
        <translation>не читается как zip-архив (ошибка libzip %1)</translation>
    </message>
    <message>
        <source>needs LibreOffice to become slides, and it is not installed: install it (on Debian: apt install libreoffice-impress-nogui), or export the deck to PDF yourself and name the PDF in module.yaml, with its speaker notes in a notes file beside it (README: &quot;A deck as a PDF, PowerPoint or Impress file&quot;)</source>
        <translation>для превращения в слайды нужен LibreOffice, а он не установлен: установите его (в Debian: apt install libreoffice-impress-nogui) или сами экспортируйте презентацию в PDF и укажите этот PDF в module.yaml, а заметки докладчика положите рядом в файл заметок (README: &quot;A deck as a PDF, PowerPoint or Impress file&quot;)</translation>
    </message>
    <message>
        <source>could not be converted: LibreOffice (%1) did not start: %2</source>
        <translation>не удалось преобразовать: LibreOffice (%1) не запустился: %2</translation>
    </message>
    <message>
        <source>was not converted: LibreOffice did not finish within %1 seconds (OKUW_SOFFICE_TIMEOUT sets the limit); no bundle was written. Export the deck to PDF yourself and name the PDF in module.yaml</source>
        <translation>не преобразован: LibreOffice не закончил работу за %1 с (предел задаёт OKUW_SOFFICE_TIMEOUT); пакет не записан. Экспортируйте презентацию в PDF сами и укажите этот PDF в module.yaml</translation>
    </message>
    <message>
        <source>could not be converted by LibreOffice (exit code %1): %2</source>
        <translation>LibreOffice не смог преобразовать файл (код выхода %1): %2</translation>
    </message>
</context>
<context>
    <name>okuw::builder::PdfDeck</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>не читается: %1</translation>
    </message>
    <message>
        <source>is not a PDF (it does not begin with %PDF-)</source>
        <translation>не является PDF (файл не начинается с %PDF-)</translation>
    </message>
    <message>
        <source>is encrypted with a password; export it again without one</source>
        <translation>зашифрован паролем; экспортируйте его заново без пароля</translation>
    </message>
    <message>
        <source>is not a PDF that can be read (%1)</source>
        <translation>не является читаемым PDF (%1)</translation>
    </message>
    <message>
        <source>has no pages</source>
        <translation>не содержит страниц</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Страница %1</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>файл не является текстом UTF-8</translation>
    </message>
    <message>
        <source>is not pdfpc&apos;s JSON notes file: %1</source>
        <translation>не является файлом заметок pdfpc в формате JSON: %1</translation>
    </message>
    <message>
        <source>notes for pages the PDF does not have (it has %1): %2</source>
        <translation>заметки для страниц, которых нет в PDF (в нём %1): %2</translation>
    </message>
    <message>
        <source>section %1 “%2” has no page: the PDF has %3 pages; its notes are left out</source>
        <translation>для раздела %1 «%2» нет страницы: в PDF %3 стр.; его заметки пропущены</translation>
    </message>
</context>
<context>
    <name>okuw::cli</name>
    <message>
        <source>%1: no module %2</source>
        <translation>%1: нет модуля %2</translation>
    </message>
    <message>
        <source>%1: module %2 has no slides in language %3</source>
        <translation>%1: в модуле %2 нет слайдов на языке %3</translation>
    </message>
    <message>
        <source>slide %1</source>
        <translation>слайд %1</translation>
    </message>
    <message>
        <source>notes of slide %1</source>
        <translation>заметки к слайду %1</translation>
    </message>
    <message>
        <source>PDF page %1</source>
        <translation>страница PDF %1</translation>
    </message>
    <message>
        <source>glossary</source>
        <translation>глоссарий</translation>
    </message>
    <message>
        <source>knowledge check</source>
        <translation>проверка знаний</translation>
    </message>
    <message>
        <source>%1: no module has the slug &quot;%2&quot;</source>
        <translation>%1: нет модуля со slug «%2»</translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>Ничего не найдено.</translation>
    </message>
    <message>
        <source>(bundle)</source>
        <translation>(пакет)</translation>
    </message>
    <message>
        <source>%1: OK</source>
        <translation>%1: в порядке</translation>
    </message>
    <message>
        <source>Title:      %1</source>
        <translation>Название:   %1</translation>
    </message>
    <message>
        <source>Id:         %1</source>
        <translation>ID:         %1</translation>
    </message>
    <message>
        <source>Version:    %1</source>
        <translation>Версия:     %1</translation>
    </message>
    <message>
        <source>Languages:  %1 (default %2)</source>
        <translation>Языки:      %1 (по умолчанию %2)</translation>
    </message>
    <message>
        <source>Built:      %1</source>
        <translation>Собран:     %1</translation>
    </message>
    <message>
        <source>Content:    sha256 %1</source>
        <translation>Содержимое: sha256 %1</translation>
    </message>
    <message>
        <source>Usage: okuw-bundle &lt;command&gt; [arguments]</source>
        <translation>Использование: okuw-bundle &lt;команда&gt; [аргументы]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <source>No notes file at %1</source>
        <translation>Файл заметок не найден: %1</translation>
    </message>
    <message>
        <source>%1 has no module &quot;%2&quot;</source>
        <translation>В %1 нет модуля «%2»</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n slide(s) exported to %1</source>
        <translation>
            <numerusform>%n слайд экспортирован в %1</numerusform>
            <numerusform>%n слайда экспортировано в %1</numerusform>
            <numerusform>%n слайдов экспортировано в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>--limit needs a whole number of 1 or more, not &quot;%1&quot;</source>
        <translation>для --limit нужно целое число не меньше 1, а не «%1»</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Использование: %1</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Аргументы:</translation>
    </message>
    <message>
        <source>%1 Required.</source>
        <translation>%1 Обязательно.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Параметры:</translation>
    </message>
    <message>
        <source>Give exactly one of %1.</source>
        <translation>Укажите ровно один из параметров: %1.</translation>
    </message>
    <message>
        <source>Builds, checks and inspects Okuw bundles (.okuw files).</source>
        <translation>Собирает, проверяет и описывает пакеты Okuw (файлы .okuw).</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Показать версию.</translation>
    </message>
    <message>
        <source>&quot;okuw-bundle &lt;command&gt; --help&quot; or &quot;okuw-bundle help &lt;command&gt;&quot; describes a command.</source>
        <translation>«okuw-bundle &lt;команда&gt; --help» или «okuw-bundle help &lt;команда&gt;» описывает команду.</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>неизвестный параметр «%1»</translation>
    </message>
    <message>
        <source>Try &quot;%1 --help&quot; for more.</source>
        <translation>Подробнее: «%1 --help».</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>неожиданный аргумент «%1»</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>не указано: %1</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>для %1 нужно значение</translation>
    </message>
    <message>
        <source>give exactly one of %1</source>
        <translation>укажите ровно один из параметров: %1</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>неизвестная команда «%1»</translation>
    </message>
    <message>
        <source>&lt;file.okuw&gt;</source>
        <translation>&lt;файл.okuw&gt;</translation>
    </message>
    <message>
        <source>&lt;source-dir&gt;</source>
        <translation>&lt;исходная-папка&gt;</translation>
    </message>
    <message>
        <source>The content source folder: bundle.yaml and one folder per module.</source>
        <translation>Папка с исходным содержимым: bundle.yaml и по папке на каждый модуль.</translation>
    </message>
    <message>
        <source>The bundle to write. A file already there is replaced only when the build succeeds.</source>
        <translation>Пакет, который нужно записать. Уже существующий файл заменяется, только если сборка удалась.</translation>
    </message>
    <message>
        <source>Print JSON for tools; its keys are stable.</source>
        <translation>Вывести JSON для программ; его ключи не меняются.</translation>
    </message>
    <message>
        <source>&lt;slug&gt;</source>
        <translation>&lt;slug&gt;</translation>
    </message>
    <message>
        <source>Only this module&apos;s notes.</source>
        <translation>Только заметки этого модуля.</translation>
    </message>
    <message>
        <source>&lt;code&gt;</source>
        <translation>&lt;код&gt;</translation>
    </message>
    <message>
        <source>The content language of slide titles and pictures (default: the bundle&apos;s default language).</source>
        <translation>Язык содержимого для названий и изображений слайдов (по умолчанию — основной язык пакета).</translation>
    </message>
    <message>
        <source>&lt;file.md&gt;</source>
        <translation>&lt;файл.md&gt;</translation>
    </message>
    <message>
        <source>Write Markdown to this file.</source>
        <translation>Записать Markdown в этот файл.</translation>
    </message>
    <message>
        <source>&lt;file.pdf&gt;</source>
        <translation>&lt;файл.pdf&gt;</translation>
    </message>
    <message>
        <source>Write a PDF, each note beside its slide&apos;s picture, to this file.</source>
        <translation>Записать в этот файл PDF, где каждая заметка стоит рядом с изображением своего слайда.</translation>
    </message>
    <message>
        <source>&lt;file&gt;</source>
        <translation>&lt;файл&gt;</translation>
    </message>
    <message>
        <source>The notes file to read (default: the viewer&apos;s, in your user data folder).</source>
        <translation>Файл заметок, из которого читать (по умолчанию — файл программы просмотра в папке ваших данных).</translation>
    </message>
    <message>
        <source>&quot;&lt;query&gt;&quot;</source>
        <translation>&quot;&lt;запрос&gt;&quot;</translation>
    </message>
    <message>
        <source>Only this content language.</source>
        <translation>Только этот язык содержимого.</translation>
    </message>
    <message>
        <source>Only this module.</source>
        <translation>Только этот модуль.</translation>
    </message>
    <message>
        <source>&lt;n&gt;</source>
        <translation>&lt;n&gt;</translation>
    </message>
    <message>
        <source>At most this many matches (default 20).</source>
        <translation>Не больше указанного числа совпадений (по умолчанию 20).</translation>
    </message>
    <message>
        <source>&lt;module&gt;</source>
        <translation>&lt;модуль&gt;</translation>
    </message>
    <message>
        <source>The module&apos;s slug.</source>
        <translation>Slug модуля.</translation>
    </message>
    <message>
        <source>The deck&apos;s language (default: the bundle&apos;s default language).</source>
        <translation>Язык слайдов (по умолчанию — основной язык пакета).</translation>
    </message>
    <message>
        <source>&lt;dir&gt;</source>
        <translation>&lt;папка&gt;</translation>
    </message>
    <message>
        <source>Write one 1920x1080 PNG per slide into this folder.</source>
        <translation>Записать в эту папку по одному PNG 1920x1080 на каждый слайд.</translation>
    </message>
    <message>
        <source>Write the slides with their speaker notes to this PDF.</source>
        <translation>Записать слайды с заметками докладчика в этот PDF.</translation>
    </message>
    <message>
        <source>Build a bundle from a content source folder. Nothing is written unless every file checks out; each error names file:line. SOURCE_DATE_EPOCH sets a reproducible build time.</source>
        <translation>Собрать пакет из папки с исходным содержимым. Ничего не записывается, пока все файлы не пройдут проверку; каждая ошибка указывает файл:строку. SOURCE_DATE_EPOCH задаёт воспроизводимое время сборки.</translation>
    </message>
    <message>
        <source>Check a bundle: exit 0 when it is sound, else 1 and one line per problem.</source>
        <translation>Проверить пакет: код выхода 0, если он исправен, иначе 1 и по строке на каждую проблему.</translation>
    </message>
    <message>
        <source>Show what a bundle holds: its metadata, modules, documents, glossary and agenda.</source>
        <translation>Показать, что содержит пакет: метаданные, модули, документы, глоссарий и программу.</translation>
    </message>
    <message>
        <source>Export your notes and bookmarks for a bundle, as the viewer saved them, to Markdown or PDF.</source>
        <translation>Экспортировать ваши заметки и закладки к пакету, сохранённые программой просмотра, в Markdown или PDF.</translation>
    </message>
    <message>
        <source>Search a bundle&apos;s full-text index, ranked as the viewer ranks it.</source>
        <translation>Искать по полнотекстовому индексу пакета с тем же ранжированием, что в программе просмотра.</translation>
    </message>
    <message>
        <source>Export a module&apos;s slides as PNG images or as a PDF with speaker notes, drawn as the viewer draws them.</source>
        <translation>Экспортировать слайды модуля в изображения PNG или в PDF с заметками докладчика, нарисованные так же, как в программе просмотра.</translation>
    </message>
    <message>
        <source>Words to find: word* finds words that begin so, &quot;a quoted phrase&quot; finds the words in that order. Put -- before a query that begins with -.</source>
        <translation>Искомые слова: слово* находит слова с таким началом, &quot;фраза в кавычках&quot; — слова в этом порядке. Перед запросом, который начинается с -, поставьте --.</translation>
    </message>
    <message>
        <source>The bundle file.</source>
        <translation>Файл пакета.</translation>
    </message>
    <message>
        <source>Glossary terms marked for review: %1</source>
        <translation>Термины глоссария, отмеченные для проверки: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n проблема</numerusform>
            <numerusform>%n проблемы</numerusform>
            <numerusform>%n проблем</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: module %2 has no slides in language %3; the %4 deck stands in</source>
        <translation>%1: в модуле %2 нет слайдов на языке %3; вместо них — слайды на языке %4</translation>
    </message>
    <message>
        <source>Cannot read the notes in %1: %2</source>
        <translation>Не удаётся прочитать заметки в %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a folder</source>
        <translation>«%1» — не папка</translation>
    </message>
    <message>
        <source>Check a content source folder before building it: terminology, slide ids across languages, speaker notes and timing, sources for figures, glossary forms. Prints file:line: message for each problem (exit 1) and how many glossary terms are marked for review.</source>
        <translation>Проверить папку с исходным содержимым перед сборкой: терминологию, идентификаторы слайдов во всех языках, заметки докладчика и хронометраж, источники цифр, формы терминов глоссария. Выводит файл:строка: сообщение для каждой проблемы (код выхода 1) и число терминов глоссария, отмеченных для проверки.</translation>
    </message>
    <message>
        <source>%1: image &quot;%2&quot;: %3</source>
        <translation>%1: изображение «%2»: %3</translation>
    </message>
    <message>
        <source>%1: image &quot;%2&quot; cannot be shown: %3</source>
        <translation>%1: изображение «%2» нельзя показать: %3</translation>
    </message>
    <message>
        <source>%1: image &quot;%2&quot; refers to something outside it (%3); the viewer leaves it out</source>
        <translation>%1: изображение «%2» ссылается на что-то вне себя (%3); программа его не покажет</translation>
    </message>
    <message>
        <source>okuw-bundle build: the signing key cannot be used; no bundle was written</source>
        <translation>okuw-bundle build: ключ подписи нельзя использовать; пакет не записан</translation>
    </message>
    <message>
        <source>Signed by %1 (key fingerprint %2)</source>
        <translation>Подписано: %1 (отпечаток ключа %2)</translation>
    </message>
    <message>
        <source>the publisher&apos;s name is empty</source>
        <translation>имя издателя пусто</translation>
    </message>
    <message>
        <source>okuw-bundle keygen: the cryptography library cannot start</source>
        <translation>okuw-bundle keygen: не удаётся запустить криптографическую библиотеку</translation>
    </message>
    <message>
        <source>Wrote %1.secret (the secret key: only you may read it; keep a copy offline) and %1.public (give it to your readers).</source>
        <translation>Записаны %1.secret (секретный ключ: читать его можете только вы; храните копию вне сети) и %1.public (передайте его читателям).</translation>
    </message>
    <message>
        <source>Publisher: %1, key fingerprint %2</source>
        <translation>Издатель: %1, отпечаток ключа %2</translation>
    </message>
    <message>
        <source>%1: the content matches its digest (every blob re-hashed)</source>
        <translation>%1: содержимое совпадает со своим дайджестом (каждый блок данных хэширован заново)</translation>
    </message>
    <message>
        <source>%1: a bundle of format %2 has no content digest to check</source>
        <translation>%1: у пакета формата %2 нет дайджеста содержимого для проверки</translation>
    </message>
    <message>
        <source>%1: changed after it was built: %2</source>
        <translation>%1: изменён после сборки: %2</translation>
    </message>
    <message>
        <source>%1: the content cannot be checked: %2</source>
        <translation>%1: содержимое нельзя проверить: %2</translation>
    </message>
    <message>
        <source>%1: not signed</source>
        <translation>%1: не подписан</translation>
    </message>
    <message>
        <source>%1: not signed, so not by the trusted key of %2</source>
        <translation>%1: не подписан, а значит, и не доверенным ключом %2</translation>
    </message>
    <message>
        <source>%1: the signature is not valid: %2</source>
        <translation>%1: подпись недействительна: %2</translation>
    </message>
    <message>
        <source>%1: signed by &quot;%2&quot; (key fingerprint %3), not by the trusted key of %4 (key fingerprint %5)</source>
        <translation>%1: подписан «%2» (отпечаток ключа %3), а не доверенным ключом %4 (отпечаток ключа %5)</translation>
    </message>
    <message>
        <source>%1: signed by %2, the trusted key (key fingerprint %3)</source>
        <translation>%1: подписан %2, доверенным ключом (отпечаток ключа %3)</translation>
    </message>
    <message>
        <source>%1: signed by &quot;%2&quot; (key fingerprint %3); give --trust &lt;public-key&gt; to check that it is the key you expect</source>
        <translation>%1: подписан «%2» (отпечаток ключа %3); укажите --trust &lt;public-key&gt;, чтобы проверить, что это ожидаемый ключ</translation>
    </message>
    <message>
        <source>&lt;secret-key&gt;</source>
        <translation>&lt;secret-key&gt;</translation>
    </message>
    <message>
        <source>Sign the bundle with this secret key file (made by keygen). A key that cannot be read stops the build; nothing is written.</source>
        <translation>Подписать пакет этим файлом секретного ключа (созданным keygen). Ключ, который нельзя прочитать, останавливает сборку; ничего не записывается.</translation>
    </message>
    <message>
        <source>&lt;name&gt;</source>
        <translation>&lt;name&gt;</translation>
    </message>
    <message>
        <source>The publisher&apos;s name, as readers will see it: &quot;Signed by &lt;name&gt;&quot;.</source>
        <translation>Имя издателя, как его увидят читатели: «Подписано: &lt;name&gt;».</translation>
    </message>
    <message>
        <source>&lt;base&gt;</source>
        <translation>&lt;base&gt;</translation>
    </message>
    <message>
        <source>Write &lt;base&gt;.secret and &lt;base&gt;.public (default: the name in lower case, in the current folder). Existing files are never overwritten.</source>
        <translation>Записать &lt;base&gt;.secret и &lt;base&gt;.public (по умолчанию: имя строчными буквами, в текущей папке). Существующие файлы никогда не перезаписываются.</translation>
    </message>
    <message>
        <source>&lt;public-key&gt;</source>
        <translation>&lt;public-key&gt;</translation>
    </message>
    <message>
        <source>Succeed only when the bundle is signed with this public key file.</source>
        <translation>Успех только если пакет подписан ключом из этого файла открытого ключа.</translation>
    </message>
    <message>
        <source>Check that a bundle&apos;s content matches its content digest (every blob re-hashed) and its signature, and say who signed it. Exit 0 when the content is intact and the signature, if any, is valid (with --trust: signed with that key), else 1.</source>
        <translation>Проверить, что содержимое пакета совпадает с его дайджестом (каждый блок данных хэшируется заново) и подписью, и сообщить, кто подписал. Код 0, если содержимое не изменено и подпись, если есть, действительна (с --trust: подписано этим ключом), иначе 1.</translation>
    </message>
    <message>
        <source>Make a publisher&apos;s key pair for signing bundles: a secret key file (only you may read it; keep it off shared machines) and a public key file to give to readers.</source>
        <translation>Создать пару ключей издателя для подписи пакетов: файл секретного ключа (читать его можете только вы; не храните его на общих компьютерах) и файл открытого ключа для читателей.</translation>
    </message>
    <message>
        <source>okuw-bundle: %1: %2 of %3 pages read</source>
        <translation>okuw-bundle: %1: прочитано %2 из %3 стр.</translation>
    </message>
    <message>
        <source>Treat warnings (what Marp would ignore too) as errors: no bundle is written.</source>
        <translation>Считать предупреждения (то, что Marp тоже пропустил бы) ошибками: пакет не записывается.</translation>
    </message>
    <message numerus="yes">
        <source>okuw-bundle build: %n problem(s); no bundle was written</source>
        <translation>
            <numerusform>okuw-bundle build: %n ошибка; пакет не записан</numerusform>
            <numerusform>okuw-bundle build: %n ошибки; пакет не записан</numerusform>
            <numerusform>okuw-bundle build: %n ошибок; пакет не записан</numerusform>
        </translation>
    </message>
    <message>
        <source>Built %1: %2, %3, %4</source>
        <translation>Собран %1: %2, %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n модуль</numerusform>
            <numerusform>%n модуля</numerusform>
            <numerusform>%n модулей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slide(s)</source>
        <translation>
            <numerusform>%n слайд</numerusform>
            <numerusform>%n слайда</numerusform>
            <numerusform>%n слайдов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документа</numerusform>
            <numerusform>%n документов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n note(s) and bookmark(s) to %1</source>
        <translation>
            <numerusform>%n заметка или закладка экспортирована в %1</numerusform>
            <numerusform>%n заметки и закладки экспортированы в %1</numerusform>
            <numerusform>%n заметок и закладок экспортировано в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3 with notes, %4</source>
        <translation>%1: %2, %3 с заметками докладчика, %4</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n вопрос</numerusform>
            <numerusform>%n вопроса</numerusform>
            <numerusform>%n вопросов</numerusform>
        </translation>
    </message>
    <message>
        <source>document (%1): %2, %3</source>
        <translation>документ (%1): %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
    <message>
        <source>Glossary:   %1</source>
        <translation>Глоссарий: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s)</source>
        <translation>
            <numerusform>%n термин</numerusform>
            <numerusform>%n термина</numerusform>
            <numerusform>%n терминов</numerusform>
        </translation>
    </message>
    <message>
        <source>Agenda:     %1</source>
        <translation>Программа: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n занятие</numerusform>
            <numerusform>%n занятия</numerusform>
            <numerusform>%n занятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: no problems in %n file(s)</source>
        <translation>
            <numerusform>%1: в %n файле ошибок нет</numerusform>
            <numerusform>%1: в %n файлах ошибок нет</numerusform>
            <numerusform>%1: в %n файлах ошибок нет</numerusform>
        </translation>
    </message>
    <message>
        <source>Format:     %1</source>
        <translation>Формат:     %1</translation>
    </message>
    <message>
        <source>cannot run SQLite&apos;s check of it: %1</source>
        <translation>не удаётся запустить его проверку средствами SQLite: %1</translation>
    </message>
    <message>
        <source>SQLite&apos;s check of it did not finish within %1 s</source>
        <translation>проверка средствами SQLite не завершилась за %1 с</translation>
    </message>
    <message>
        <source>SQLite&apos;s check of it crashed, which only a damaged index does</source>
        <translation>проверка средствами SQLite аварийно завершилась, что бывает только с повреждённым индексом</translation>
    </message>
    <message>
        <source>Run only SQLite&apos;s own check of the search index. validate runs it so, in a process of its own, because SQLite can crash on a damaged index.</source>
        <translation>Выполнить только собственную проверку поискового индекса средствами SQLite. validate запускает её так, в отдельном процессе, потому что SQLite может аварийно завершиться на повреждённом индексе.</translation>
    </message>
</context>
<context>
    <name>okuw::core::Bundle</name>
    <message>
        <source>%1: the bundle is damaged: %2</source>
        <translation>%1: пакет повреждён: %2</translation>
    </message>
    <message>
        <source>no file was given</source>
        <translation>файл не указан</translation>
    </message>
    <message>
        <source>it cannot be opened: %1</source>
        <translation>его не удаётся открыть: %1</translation>
    </message>
    <message>
        <source>the bundle is damaged: %1</source>
        <translation>пакет повреждён: %1</translation>
    </message>
    <message>
        <source>the bundle is damaged: the table &quot;%1&quot; is missing</source>
        <translation>пакет повреждён: нет таблицы «%1»</translation>
    </message>
    <message>
        <source>the bundle is damaged: it has no bundle id</source>
        <translation>пакет повреждён: у него нет идентификатора</translation>
    </message>
    <message>
        <source>document %1 cannot be read: %2</source>
        <translation>не удаётся прочитать документ %1: %2</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>файл не существует</translation>
    </message>
    <message>
        <source>it is a folder, not a bundle file</source>
        <translation>это папка, а не файл пакета</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>не удаётся прочитать файл: %1</translation>
    </message>
    <message>
        <source>it is not an Okuw bundle (not an SQLite database)</source>
        <translation>это не пакет Okuw (не база данных SQLite)</translation>
    </message>
    <message>
        <source>it is an SQLite database but not an Okuw bundle (application id %1)</source>
        <translation>это база данных SQLite, но не пакет Okuw (application id %1)</translation>
    </message>
    <message>
        <source>it was made for a newer Okuw (bundle format %1.%2); this version reads format %3. Install a newer Okuw to open it</source>
        <translation>пакет создан для более новой версии Okuw (формат %1.%2); эта версия читает формат %3. Чтобы открыть его, установите новую версию Okuw</translation>
    </message>
    <message>
        <source>its bundle format version (%1) is not valid</source>
        <translation>недопустимая версия формата пакета (%1)</translation>
    </message>
    <message>
        <source>the file is truncated: it has %1 bytes of %2 (an incomplete copy?)</source>
        <translation>файл обрезан: %1 байт из %2 (неполная копия?)</translation>
    </message>
    <message>
        <source>it has more than %1 modules, more than Okuw reads</source>
        <translation>в нём больше %1 модулей — больше, чем читает Okuw</translation>
    </message>
    <message>
        <source>This slide is too large to show: %1 KB, where Okuw shows at most %2 KB.</source>
        <translation>Этот слайд слишком велик для показа: %1 КБ, а Okuw показывает не более %2 КБ.</translation>
    </message>
    <message>
        <source>module “%1” has %2 slides in “%3”; Okuw shows at most %4</source>
        <translation>в модуле «%1» %2 слайдов на языке «%3»; Okuw показывает не более %4</translation>
    </message>
    <message>
        <source>a deck of module %1 holds more text than Okuw reads (%2 MB at most)</source>
        <translation>набор слайдов модуля %1 содержит больше текста, чем читает Okuw (не более %2 МБ)</translation>
    </message>
    <message>
        <source>document %1 is larger than Okuw opens (%2 MB at most)</source>
        <translation>документ %1 больше, чем открывает Okuw (не более %2 МБ)</translation>
    </message>
    <message>
        <source>image %1 cannot be read: %2</source>
        <translation>не удаётся прочитать изображение %1: %2</translation>
    </message>
    <message>
        <source>image %1 is larger than Okuw shows (%2 MB at most)</source>
        <translation>изображение %1 больше, чем показывает Okuw (не более %2 МБ)</translation>
    </message>
    <message>
        <source>it has no PDF decks, but a slide names one</source>
        <translation>в нём нет PDF-презентаций, но слайд ссылается на одну из них</translation>
    </message>
    <message>
        <source>PDF deck %1 cannot be read: %2</source>
        <translation>PDF-презентацию %1 нельзя прочитать: %2</translation>
    </message>
    <message>
        <source>PDF deck %1 is larger than Okuw opens (%2 MB at most)</source>
        <translation>PDF-презентация %1 больше, чем открывает Okuw (не более %2 МБ)</translation>
    </message>
</context>
<context>
    <name>okuw::core::BundleWriter</name>
    <message>
        <source>%1: the folder does not exist</source>
        <translation>%1: папка не существует</translation>
    </message>
    <message>
        <source>%1: is a folder</source>
        <translation>%1: это папка</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: не удаётся записать: %2</translation>
    </message>
    <message>
        <source>%1: cannot create the bundle: %2</source>
        <translation>%1: не удаётся создать пакет: %2</translation>
    </message>
    <message>
        <source>the document is empty or larger than 2 GB</source>
        <translation>документ пуст или больше 2 ГБ</translation>
    </message>
    <message>
        <source>the document could not be read whole</source>
        <translation>документ не удалось прочитать целиком</translation>
    </message>
    <message>
        <source>%1: cannot finish the bundle: %2</source>
        <translation>%1: не удаётся завершить пакет: %2</translation>
    </message>
</context>
<context>
    <name>okuw::core::Deck</name>
    <message>
        <source>the front matter is not valid YAML (%1): Marp ignores all of it, and so does Okuw</source>
        <translation>вступительный блок (front matter) — некорректный YAML (%1): Marp пропускает его целиком, и Okuw тоже</translation>
    </message>
</context>
<context>
    <name>okuw::core::UserPaths</name>
    <message>
        <source>The portable-mode file %1 is not a valid INI file (line %2). Its settings are ignored; your notes and settings are kept in %3.</source>
        <translation>Файл переносного режима %1 не является правильным файлом INI (строка %2). Его настройки не учитываются; ваши заметки и настройки хранятся в %3.</translation>
    </message>
    <message>
        <source>The portable-mode file %1 names a data folder outside the program&apos;s folder, which would not travel with it. Your notes and settings are kept in %2 instead.</source>
        <translation>Файл переносного режима %1 указывает папку данных вне папки программы, и она не переносилась бы вместе с ней. Поэтому ваши заметки и настройки хранятся в %2.</translation>
    </message>
    <message>
        <source>Portable mode: the folder %1 cannot be written (is the USB stick write-protected?). Okuw works read-only: notes, bookmarks, progress and settings are not kept.</source>
        <translation>Переносной режим: в папку %1 нельзя записать (флешка защищена от записи?). Okuw работает только для чтения: заметки, закладки, прогресс и настройки не сохраняются.</translation>
    </message>
</context>
<context>
    <name>okuw::core::UserStore</name>
    <message>
        <source>Cannot create the folder %1 for your notes. Notes, bookmarks and progress will not be saved.</source>
        <translation>Не удаётся создать папку %1 для ваших заметок. Заметки, закладки и прогресс не будут сохраняться.</translation>
    </message>
    <message>
        <source>Cannot open your notes file %1: %2. Notes, bookmarks and progress will not be saved.</source>
        <translation>Не удаётся открыть файл заметок %1: %2. Заметки, закладки и прогресс не будут сохраняться.</translation>
    </message>
    <message>
        <source>Your notes file %1 cannot be written (%2). Okuw works read-only: new notes, bookmarks and progress are not saved.</source>
        <translation>В файл заметок %1 нельзя записать (%2). Okuw работает только для чтения: новые заметки, закладки и прогресс не сохраняются.</translation>
    </message>
    <message>
        <source>it is not an Okuw notes file</source>
        <translation>это не файл заметок Okuw</translation>
    </message>
    <message>
        <source>Your notes file %1 cannot be read (%2). It was left untouched; Okuw works read-only until you start a new notes file (the damaged one is kept for recovery).</source>
        <translation>Не удаётся прочитать файл заметок %1 (%2). Он оставлен без изменений; Okuw работает только для чтения, пока вы не начнёте новый файл заметок (повреждённый сохраняется для восстановления).</translation>
    </message>
    <message>
        <source>Your notes file %1 was written by a newer version of Okuw (format %2, this version knows %3). It is opened read-only and left unchanged.</source>
        <translation>Файл заметок %1 записан более новой версией Okuw (формат %2, эта версия знает %3). Он открыт только для чтения и не изменяется.</translation>
    </message>
    <message>
        <source>Your notes file %1 is damaged (%2). It was left untouched; Okuw works read-only until you start a new notes file (the damaged one is kept for recovery).</source>
        <translation>Файл заметок %1 повреждён (%2). Он оставлен без изменений; Okuw работает только для чтения, пока вы не начнёте новый файл заметок (повреждённый сохраняется для восстановления).</translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>файл или его папка доступны только для чтения</translation>
    </message>
    <message>
        <source>Cannot move the damaged notes file %1 aside; nothing was changed.</source>
        <translation>Не удаётся переместить повреждённый файл заметок %1; ничего не изменено.</translation>
    </message>
    <message>
        <source>Could not save to your notes file %1: %2. Is the disk full?</source>
        <translation>Не удалось сохранить в файл заметок %1: %2. Возможно, диск заполнен?</translation>
    </message>
    <message>
        <source>the notes file is not open</source>
        <translation>файл заметок не открыт</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>неизвестная ошибка</translation>
    </message>
    <message>
        <source>Could not read from your notes file %1: %2. What could not be read is not shown and will not be overwritten.</source>
        <translation>Не удалось прочитать файл заметок %1: %2. То, что не прочиталось, не показывается и не будет перезаписано.</translation>
    </message>
    <message>
        <source>it could not be brought to format %1 (%2)</source>
        <translation>его не удалось перевести в формат %1 (%2)</translation>
    </message>
</context>
<context>
    <name>okuw::core::digest</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 не удаётся прочитать: %2</translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>добавлено: %1</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>изменено: %1</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>отсутствует: %1</translation>
    </message>
    <message>
        <source>the content digest&apos;s version %1 is unknown</source>
        <translation>версия %1 дайджеста содержимого неизвестна</translation>
    </message>
</context>
<context>
    <name>okuw::core::search</name>
    <message>
        <source>this bundle has no search index</source>
        <translation>в этом пакете нет поискового индекса</translation>
    </message>
    <message>
        <source>cannot build the search index: %1</source>
        <translation>не удаётся построить поисковый индекс: %1</translation>
    </message>
    <message>
        <source>search failed: %1</source>
        <translation>ошибка поиска: %1</translation>
    </message>
    <message>
        <source>this bundle&apos;s search index was made by another version of Okuw (index %1, this version reads %2)</source>
        <translation>поисковый индекс пакета создан другой версией Okuw (индекс %1, эта версия читает %2)</translation>
    </message>
</context>
<context>
    <name>okuw::core::signature</name>
    <message>
        <source>%1: the key file does not exist</source>
        <translation>%1: файл ключа не существует</translation>
    </message>
    <message>
        <source>%1: the key file cannot be read: %2</source>
        <translation>%1: файл ключа не удаётся прочитать: %2</translation>
    </message>
    <message>
        <source>%1: not an Okuw key file (too large)</source>
        <translation>%1: это не файл ключа Okuw (слишком большой)</translation>
    </message>
    <message>
        <source>this is a public key; signing needs the secret key (the .secret file keygen wrote)</source>
        <translation>это открытый ключ; для подписи нужен секретный ключ (файл .secret, созданный keygen)</translation>
    </message>
    <message>
        <source>not an Okuw secret key file</source>
        <translation>это не файл секретного ключа Okuw</translation>
    </message>
    <message>
        <source>the secret key is truncated or damaged</source>
        <translation>секретный ключ обрезан или повреждён</translation>
    </message>
    <message>
        <source>the key file names no publisher</source>
        <translation>в файле ключа не указан издатель</translation>
    </message>
    <message>
        <source>the cryptography library cannot start</source>
        <translation>не удаётся запустить криптографическую библиотеку</translation>
    </message>
    <message>
        <source>the secret key is damaged (its halves do not match)</source>
        <translation>секретный ключ повреждён (его половины не совпадают)</translation>
    </message>
    <message>
        <source>this is a secret key; give the public key (the .public file) instead, and keep the secret one private</source>
        <translation>это секретный ключ; укажите вместо него открытый ключ (файл .public), а секретный храните в тайне</translation>
    </message>
    <message>
        <source>not an Okuw public key file</source>
        <translation>это не файл открытого ключа Okuw</translation>
    </message>
    <message>
        <source>the public key is truncated or damaged</source>
        <translation>открытый ключ обрезан или повреждён</translation>
    </message>
    <message>
        <source>%1: already exists; a key file is never overwritten</source>
        <translation>%1: уже существует; файл ключа никогда не перезаписывается</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: не удаётся записать: %2</translation>
    </message>
    <message>
        <source>its signature cannot be read: %1</source>
        <translation>его подпись не удаётся прочитать: %1</translation>
    </message>
    <message>
        <source>it says it was signed, but its signature was removed</source>
        <translation>в нём сказано, что он подписан, но его подпись удалена</translation>
    </message>
    <message>
        <source>it carries a signature, but its content does not say it was signed: the signature was added or the content changed</source>
        <translation>в нём есть подпись, но в его содержимом не сказано, что он подписан: подпись добавлена или содержимое изменено</translation>
    </message>
    <message>
        <source>it carries more than one signature</source>
        <translation>в нём больше одной подписи</translation>
    </message>
    <message>
        <source>its signature uses &quot;%1&quot;, which this Okuw does not know</source>
        <translation>его подпись использует «%1», который эта версия Okuw не знает</translation>
    </message>
    <message>
        <source>its signature is damaged</source>
        <translation>его подпись повреждена</translation>
    </message>
    <message>
        <source>it was changed after it was signed (the signature does not match)</source>
        <translation>он был изменён после подписания (подпись не совпадает)</translation>
    </message>
</context>
<context>
    <name>okuw::core::validate</name>
    <message>
        <source>the file is damaged: %1</source>
        <translation>файл повреждён: %1</translation>
    </message>
    <message>
        <source>row %1 of table &quot;%2&quot; refers to a missing row of &quot;%3&quot;</source>
        <translation>строка %1 таблицы «%2» ссылается на отсутствующую строку «%3»</translation>
    </message>
    <message>
        <source>the default language &quot;%1&quot; is not among the bundle&apos;s languages</source>
        <translation>язык по умолчанию «%1» не входит в языки пакета</translation>
    </message>
    <message>
        <source>content in language &quot;%1&quot;, which the bundle does not list</source>
        <translation>содержимое на языке «%1», которого нет в списке языков пакета</translation>
    </message>
    <message>
        <source>module &quot;%1&quot; has no slides</source>
        <translation>в модуле «%1» нет слайдов</translation>
    </message>
    <message>
        <source>document &quot;%1&quot; has no pages</source>
        <translation>в документе «%1» нет страниц</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2</source>
        <translation>не удаётся прочитать «%1»: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match its SHA-256: the bundle was altered or damaged</source>
        <translation>«%1» не совпадает со своей суммой SHA-256: пакет изменён или повреждён</translation>
    </message>
    <message>
        <source>(and more of the same)</source>
        <translation>(и ещё такие же)</translation>
    </message>
    <message>
        <source>a table cannot be read as Okuw reads it: %1</source>
        <translation>таблицу нельзя прочитать так, как её читает Okuw: %1</translation>
    </message>
    <message>
        <source>row %1 of &quot;%2&quot; has no %3 (NULL)</source>
        <translation>в строке %1 таблицы «%2» нет значения %3 (NULL)</translation>
    </message>
    <message>
        <source>row %1 of &quot;%2&quot;: %3 is %4, where Okuw reads %5</source>
        <translation>строка %1 таблицы «%2»: %3 имеет тип %4, а Okuw читает %5</translation>
    </message>
    <message>
        <source>the module slug &quot;%1&quot; is used %2 times</source>
        <translation>идентификатор модуля «%1» встречается %2 раз(а)</translation>
    </message>
    <message>
        <source>the module position %1 is used %2 times</source>
        <translation>позиция модуля %1 встречается %2 раз(а)</translation>
    </message>
    <message>
        <source>the slide id %1 is used %2 times</source>
        <translation>идентификатор слайда %1 встречается %2 раз(а)</translation>
    </message>
    <message>
        <source>the slide position %1 is used %2 times</source>
        <translation>позиция слайда %1 встречается %2 раз(а)</translation>
    </message>
    <message>
        <source>the glossary term &quot;%1&quot; is listed %2 times</source>
        <translation>термин глоссария «%1» указан %2 раз(а)</translation>
    </message>
    <message>
        <source>the question id &quot;%1&quot; is used %2 times</source>
        <translation>идентификатор вопроса «%1» встречается %2 раз(а)</translation>
    </message>
    <message>
        <source>%1 modules, more than Okuw reads (%2)</source>
        <translation>модулей: %1 — больше, чем читает Okuw (%2)</translation>
    </message>
    <message>
        <source>module &quot;%1&quot; has %2 slides in &quot;%3&quot;; Okuw shows at most %4</source>
        <translation>в модуле «%1» на языке «%3» слайдов: %2; Okuw показывает не больше %4</translation>
    </message>
    <message>
        <source>the &quot;%2&quot; deck of module &quot;%1&quot; holds %3 MB of text; Okuw reads at most %4 MB</source>
        <translation>колода «%2» модуля «%1» содержит %3 МБ текста; Okuw читает не больше %4 МБ</translation>
    </message>
    <message>
        <source>slide %3 of module &quot;%1&quot; (%2) is larger than Okuw shows (%4 KB)</source>
        <translation>слайд %3 модуля «%1» (%2) больше, чем показывает Okuw (%4 КБ)</translation>
    </message>
    <message>
        <source>document &quot;%1&quot; claims %2 pages (%3 bytes); Okuw reads 1 to %4 pages</source>
        <translation>документ «%1» заявляет %2 страниц (%3 байт); Okuw читает от 1 до %4 страниц</translation>
    </message>
    <message>
        <source>image &quot;%1&quot; is %2 MB; Okuw shows images up to %3 MB</source>
        <translation>изображение «%1» занимает %2 МБ; Okuw показывает изображения до %3 МБ</translation>
    </message>
    <message>
        <source>%1 glossary terms; Okuw reads %2</source>
        <translation>терминов глоссария: %1; Okuw читает %2</translation>
    </message>
    <message>
        <source>%1 questions in one quiz; Okuw reads %2</source>
        <translation>вопросов в одном тесте: %1; Okuw читает %2</translation>
    </message>
    <message>
        <source>%1 agenda sessions; Okuw reads %2</source>
        <translation>занятий в программе: %1; Okuw читает %2</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; cannot be read: %2</source>
        <translation>таблицу «%1» нельзя прочитать: %2</translation>
    </message>
    <message>
        <source>the list of languages is not a list</source>
        <translation>список языков не является списком</translation>
    </message>
    <message>
        <source>the languages list holds %1, which names no language</source>
        <translation>в списке языков есть %1 — это не название языка</translation>
    </message>
    <message>
        <source>the language &quot;%1&quot; is listed twice</source>
        <translation>язык «%1» указан дважды</translation>
    </message>
    <message>
        <source>the bundle lists no content language</source>
        <translation>в пакете не указан ни один язык содержимого</translation>
    </message>
    <message>
        <source>the search index is damaged: %1</source>
        <translation>поисковый индекс повреждён: %1</translation>
    </message>
    <message>
        <source>the search index holds %1 entries that index nothing</source>
        <translation>в поисковом индексе %1 записей, которые ни на что не указывают</translation>
    </message>
    <message>
        <source>question &quot;%1&quot;: its choices or right answers are not what Okuw reads (a list of texts, and indexes into it)</source>
        <translation>вопрос «%1»: варианты или правильные ответы не в том виде, в каком их читает Okuw (список текстов и номера в нём)</translation>
    </message>
    <message>
        <source>a title in &quot;%1&quot; is longer than Okuw shows (1000 characters): “%2…”</source>
        <translation>название в «%1» длиннее, чем показывает Okuw (1000 символов): «%2…»</translation>
    </message>
    <message>
        <source>the content does not match its digest (%1): the bundle was changed after it was built</source>
        <translation>содержимое не совпадает со своим дайджестом (%1): пакет изменён после сборки</translation>
    </message>
    <message>
        <source>slide %1 names page %2 of a PDF deck that has %3 pages</source>
        <translation>слайд %1 ссылается на страницу %2 PDF-презентации, в которой %3 стр.</translation>
    </message>
    <message numerus="yes">
        <source>the content does not match its digest in other places too (%n more not shown)</source>
        <translation>
            <numerusform>содержимое не совпадает со своим дайджестом и в других местах (ещё %n не показано)</numerusform>
            <numerusform>содержимое не совпадает со своим дайджестом и в других местах (ещё %n не показаны)</numerusform>
            <numerusform>содержимое не совпадает со своим дайджестом и в других местах (ещё %n не показано)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>okuw::core::verify</name>
    <message>
        <source>the content digest&apos;s version was removed</source>
        <translation>версия дайджеста содержимого удалена</translation>
    </message>
    <message>
        <source>its content digest is of version %1, which this Okuw cannot check</source>
        <translation>его дайджест содержимого версии %1, которую эта версия Okuw не умеет проверять</translation>
    </message>
    <message>
        <source>changed: %1 (its bytes do not match its SHA-256)</source>
        <translation>изменено: %1 (его байты не совпадают с его SHA-256)</translation>
    </message>
    <message>
        <source>the stored content digest was changed</source>
        <translation>сохранённый дайджест содержимого изменён</translation>
    </message>
</context>
<context>
    <name>okuw::core::yaml</name>
    <message>
        <source>it is not a list of &quot;key: value&quot; lines</source>
        <translation>это не список строк вида «ключ: значение»</translation>
    </message>
    <message>
        <source>a mapping (key: value lines) is not closed where it should be</source>
        <translation>словарь (строки «ключ: значение») не закрыт там, где должен</translation>
    </message>
    <message>
        <source>a { … } mapping is not closed with }</source>
        <translation>словарь { … } не закрыт скобкой }</translation>
    </message>
    <message>
        <source>a list (- item lines) is not closed where it should be</source>
        <translation>список (строки «- элемент») не закрыт там, где должен</translation>
    </message>
    <message>
        <source>a [ … ] list is not closed with ]</source>
        <translation>список [ … ] не закрыт скобкой ]</translation>
    </message>
    <message>
        <source>an unexpected character</source>
        <translation>неожиданный символ</translation>
    </message>
    <message>
        <source>a quoted text is not closed before the end of the file</source>
        <translation>текст в кавычках не закрыт до конца файла</translation>
    </message>
    <message>
        <source>a character that is not allowed in a text value</source>
        <translation>символ, недопустимый в текстовом значении</translation>
    </message>
    <message>
        <source>a tab in the indentation (indent with spaces)</source>
        <translation>табуляция в отступе (отступайте пробелами)</translation>
    </message>
    <message>
        <source>a closing ] or } without its opening one</source>
        <translation>закрывающая ] или } без открывающей</translation>
    </message>
    <message>
        <source>a list item (- ) where a list cannot start</source>
        <translation>элемент списка (- ) там, где список начаться не может</translation>
    </message>
    <message>
        <source>a key where a key cannot stand</source>
        <translation>ключ там, где ключа быть не может</translation>
    </message>
    <message>
        <source>a value where none can stand (a colon too many, or wrong indentation)</source>
        <translation>значение там, где его быть не может (лишнее двоеточие или неверный отступ)</translation>
    </message>
    <message>
        <source>no name after *</source>
        <translation>нет имени после *</translation>
    </message>
    <message>
        <source>--- or ... inside a text value</source>
        <translation>--- или ... внутри текстового значения</translation>
    </message>
    <message>
        <source>an unexpected character in a | or &gt; text block</source>
        <translation>неожиданный символ в текстовом блоке | или &gt;</translation>
    </message>
    <message>
        <source>an unknown escape in a quoted text: \%1</source>
        <translation>неизвестная escape-последовательность в тексте в кавычках: \%1</translation>
    </message>
    <message>
        <source>an anchor (the sign before a name) without a name</source>
        <translation>якорь (знак перед именем) без имени</translation>
    </message>
    <message>
        <source>an alias refers to no anchor defined above it</source>
        <translation>ссылка указывает на якорь, которого выше нет</translation>
    </message>
</context>
<context>
    <name>okuw::render</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Не удаётся создать папку %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be started</source>
        <translation>Не удаётся записать %1: не удалось начать PDF</translation>
    </message>
    <message>
        <source>Slide %1 of %2</source>
        <translation>Слайд %1 из %2</translation>
    </message>
    <message>
        <source>The handout PDF&apos;s output is not open for writing</source>
        <translation>Файл PDF раздаточного материала не открыт для записи</translation>
    </message>
    <message>
        <source>Remote image, not loaded: %1</source>
        <translation>Внешнее изображение, не загружено: %1</translation>
    </message>
    <message>
        <source>Image without a path</source>
        <translation>Изображение без пути</translation>
    </message>
    <message>
        <source>Image not found or unreadable: %1</source>
        <translation>Изображение не найдено или не читается: %1</translation>
    </message>
    <message>
        <source>Image not found: %1</source>
        <translation>Изображение не найдено: %1</translation>
    </message>
    <message>
        <source>Cannot write the handout PDF: %1</source>
        <translation>Не удаётся записать PDF раздаточного материала: %1</translation>
    </message>
</context>
<context>
    <name>okuw::render::Images</name>
    <message>
        <source>the SVG is larger than %1 MB</source>
        <translation>SVG больше %1 МБ</translation>
    </message>
    <message>
        <source>a compressed SVG (.svgz) is not drawn; save it as plain SVG</source>
        <translation>сжатый SVG (.svgz) не отображается; сохраните его как обычный SVG</translation>
    </message>
    <message>
        <source>the SVG has more than %1 elements</source>
        <translation>в SVG больше %1 элементов</translation>
    </message>
    <message>
        <source>the SVG uses an entity (&amp;%1;)</source>
        <translation>SVG использует сущность (&amp;%1;)</translation>
    </message>
    <message>
        <source>the SVG is not well-formed XML: %1 (line %2)</source>
        <translation>SVG — некорректный XML: %1 (строка %2)</translation>
    </message>
    <message>
        <source>the file is not an SVG</source>
        <translation>файл не является SVG</translation>
    </message>
    <message>
        <source>no image data</source>
        <translation>нет данных изображения</translation>
    </message>
    <message>
        <source>the image is larger than %1 MB</source>
        <translation>изображение больше %1 МБ</translation>
    </message>
    <message>
        <source>the SVG cannot be drawn</source>
        <translation>SVG не удаётся отобразить</translation>
    </message>
    <message>
        <source>the image is %1×%2 pixels, more than Okuw draws</source>
        <translation>изображение размером %1×%2 пикселей — больше, чем отображает Okuw</translation>
    </message>
    <message>
        <source>not an image Okuw can read (%1)</source>
        <translation>не изображение, которое Okuw может прочитать (%1)</translation>
    </message>
    <message>
        <source>the image has no size</source>
        <translation>у изображения нет размера</translation>
    </message>
</context>
<context>
    <name>okuw::render::NotesExport</name>
    <message>
        <source>Slide %1: %2</source>
        <translation>Слайд %1: %2</translation>
    </message>
    <message>
        <source>%1, page %2</source>
        <translation>%1, страница %2</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Мои заметки</translation>
    </message>
    <message>
        <source>No notes or bookmarks yet.</source>
        <translation>Заметок и закладок пока нет.</translation>
    </message>
    <message>
        <source>(no longer in this bundle) </source>
        <translation>(больше нет в этом пакете) </translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>В закладках</translation>
    </message>
    <message>
        <source>My notes — %1</source>
        <translation>Мои заметки — %1</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Не удаётся записать %1</translation>
    </message>
</context>
<context>
    <name>okuw::render::PdfSlide</name>
    <message>
        <source>Page %1 of this PDF deck cannot be shown: the bundle&apos;s PDF is damaged or missing.</source>
        <translation>Страницу %1 этой PDF-презентации нельзя показать: PDF в пакете повреждён или отсутствует.</translation>
    </message>
</context>
<context>
    <name>okuw::render::SlideModel</name>
    <message>
        <source>… This slide is longer than a slide can show; the rest is left out.</source>
        <translation>… Этот слайд длиннее, чем помещается на слайде; остальное не показано.</translation>
    </message>
</context>
<context>
    <name>okuw::ui::AboutDialog</name>
    <message>
        <source>The file manager (%1) could not be started.</source>
        <translation>Не удалось запустить файловый менеджер (%1).</translation>
    </message>
    <message>
        <source>No bundle is open.</source>
        <translation>Пакет не открыт.</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <source>Built</source>
        <translation>Собран</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Your notes, bookmarks, progress and settings are kept in:</source>
        <translation>Ваши заметки, закладки, прогресс и настройки хранятся в папке:</translation>
    </message>
    <message>
        <source>Portable mode: beside the program, so they travel with it and nothing is left on this computer.</source>
        <translation>Переносной режим: рядом с программой, поэтому они переносятся вместе с ней, и на этом компьютере ничего не остаётся.</translation>
    </message>
    <message>
        <source>In your user profile on this computer. To keep them on a USB stick instead, put a file named %1 beside the program.</source>
        <translation>В вашем профиле пользователя на этом компьютере. Чтобы хранить их на флешке, положите рядом с программой файл с именем %1.</translation>
    </message>
    <message>
        <source>Okuw</source>
        <translation>Okuw</translation>
    </message>
    <message>
        <source>Okuw&apos;s code is free software under the MIT licence.</source>
        <translation>Код Okuw — свободное программное обеспечение под лицензией MIT.</translation>
    </message>
    <message>
        <source>Training content</source>
        <translation>Учебные материалы</translation>
    </message>
    <message>
        <source>The content of the default bundle is licensed under Creative Commons Attribution 4.0 International (CC BY 4.0). Other bundles carry their publisher&apos;s terms.</source>
        <translation>Материалы пакета по умолчанию распространяются по лицензии Creative Commons Attribution 4.0 International (CC BY 4.0). На другие пакеты распространяются условия их издателей.</translation>
    </message>
    <message>
        <source>Embedded fonts</source>
        <translation>Встроенные шрифты</translation>
    </message>
    <message>
        <source>DejaVu Sans and DejaVu Sans Mono, under the Bitstream Vera and Arev fonts licence; DejaVu&apos;s changes are in the public domain.</source>
        <translation>DejaVu Sans и DejaVu Sans Mono по лицензии шрифтов Bitstream Vera и Arev; изменения DejaVu являются общественным достоянием.</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Библиотеки</translation>
    </message>
    <message>
        <source>The full texts follow, in English as their authors wrote them.</source>
        <translation>Ниже — полные тексты на английском языке, как их написали авторы.</translation>
    </message>
    <message>
        <source>About Okuw</source>
        <translation>О программе Okuw</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Лицензии</translation>
    </message>
    <message>
        <source>Offline viewer for training bundles</source>
        <translation>Автономный просмотрщик учебных пакетов</translation>
    </message>
    <message>
        <source>Qt %1. Okuw never opens a network connection.</source>
        <translation>Qt %1. Okuw никогда не открывает сетевых соединений.</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Ваши данные</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>О Qt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>(not covered by the signature)</source>
        <translation>(не заверено подписью)</translation>
    </message>
    <message>
        <source>Qt %1 (LGPL version 3), SQLite (public domain), MD4C and yaml-cpp (MIT), Snowball libstemmer (BSD 3-clause), libsodium (ISC), libzip (BSD 3-clause).</source>
        <translation>Qt %1 (LGPL версии 3), SQLite (общественное достояние), MD4C и yaml-cpp (MIT), Snowball libstemmer (BSD, 3 пункта), libsodium (ISC), libzip (BSD, 3 пункта).</translation>
    </message>
    <message>
        <source>GNU Source-highlight</source>
        <translation>GNU Source-highlight</translation>
    </message>
    <message>
        <source>Code on slides is coloured by GNU Source-highlight, under the GNU General Public License version 3 or later (GPL). This program is linked with it, so as distributed it is covered by the GPL version 3 or later as a whole: whoever passes it on must do so under the GPL&apos;s terms, source included. Okuw&apos;s own code stays under the MIT licence.</source>
        <translation>Код на слайдах раскрашивает GNU Source-highlight, распространяемый по GNU General Public License версии 3 или более поздней (GPL). Эта программа скомпонована с ним, поэтому в распространяемом виде она в целом подпадает под GPL версии 3 или более поздней: кто передаёт её дальше, должен делать это на условиях GPL, включая исходный код. Собственный код Okuw остаётся под лицензией MIT.</translation>
    </message>
</context>
<context>
    <name>okuw::ui::AgendaDialog</name>
    <message>
        <source>Agenda</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Занятие</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>День %1</translation>
    </message>
    <message>
        <source>Double-click to open this module</source>
        <translation>Дважды щёлкните, чтобы открыть этот модуль</translation>
    </message>
    <message>
        <source>▶ Now: %1</source>
        <translation>▶ Сейчас: %1</translation>
    </message>
    <message>
        <source>Open module</source>
        <translation>Открыть модуль</translation>
    </message>
</context>
<context>
    <name>okuw::ui::AudienceWindow</name>
    <message>
        <source>Slide show</source>
        <translation>Показ слайдов</translation>
    </message>
</context>
<context>
    <name>okuw::ui::BookmarksDock</name>
    <message>
        <source>[no longer in this bundle] %1</source>
        <translation>[больше нет в этом пакете] %1</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Закладки</translation>
    </message>
    <message>
        <source>Bookmarks (%1)</source>
        <translation>Закладки (%1)</translation>
    </message>
    <message>
        <source>All my notes (%1)</source>
        <translation>Все мои заметки (%1)</translation>
    </message>
    <message>
        <source>Remove bookmark</source>
        <translation>Удалить закладку</translation>
    </message>
    <message>
        <source>All my notes</source>
        <translation>Все мои заметки</translation>
    </message>
</context>
<context>
    <name>okuw::ui::ConsoleWindow</name>
    <message>
        <source>Presenter console</source>
        <translation>Консоль докладчика</translation>
    </message>
    <message>
        <source>End of the slide show</source>
        <translation>Конец показа слайдов</translation>
    </message>
    <message>
        <source>No speaker notes for this slide.</source>
        <translation>К этому слайду нет заметок докладчика.</translation>
    </message>
    <message>
        <source>Slide</source>
        <translation>Слайд</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Прошло</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Pause or resume the timer (T)</source>
        <translation>Приостановить или продолжить таймер (T)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Сброс</translation>
    </message>
    <message>
        <source>Reset the timer to zero (R)</source>
        <translation>Сбросить таймер на ноль (R)</translation>
    </message>
    <message>
        <source>Notes A−</source>
        <translation>Заметки A−</translation>
    </message>
    <message>
        <source>Smaller notes (-)</source>
        <translation>Мельче заметки (-)</translation>
    </message>
    <message>
        <source>Notes A+</source>
        <translation>Заметки A+</translation>
    </message>
    <message>
        <source>Bigger notes (+)</source>
        <translation>Крупнее заметки (+)</translation>
    </message>
    <message>
        <source>Swap screens</source>
        <translation>Поменять экраны</translation>
    </message>
    <message>
        <source>Swap the console and the audience screen (S)</source>
        <translation>Поменять местами консоль и экран для слушателей (S)</translation>
    </message>
    <message>
        <source>All slides</source>
        <translation>Все слайды</translation>
    </message>
    <message>
        <source>Overview of all slides (Tab, G)</source>
        <translation>Обзор всех слайдов (Tab, G)</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>The keys of the slide show (?)</source>
        <translation>Клавиши показа слайдов (?)</translation>
    </message>
    <message>
        <source>End show</source>
        <translation>Завершить показ</translation>
    </message>
    <message>
        <source>End the slide show (Esc)</source>
        <translation>Завершить показ слайдов (Esc)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Следующий</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Go to %1 ↵</source>
        <translation>Перейти к %1 ↵</translation>
    </message>
    <message>
        <source>The audience sees a black screen. Any key shows the slide again.</source>
        <translation>Слушатели видят чёрный экран. Любая клавиша снова покажет слайд.</translation>
    </message>
    <message>
        <source>The audience sees a white screen. Any key shows the slide again.</source>
        <translation>Слушатели видят белый экран. Любая клавиша снова покажет слайд.</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (пауза)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>no plan</source>
        <translation>без плана</translation>
    </message>
    <message>
        <source>The module gives no duration.</source>
        <translation>У модуля не указана продолжительность.</translation>
    </message>
    <message>
        <source>On time (%1 min planned)</source>
        <translation>В графике (запланировано %1 мин)</translation>
    </message>
    <message>
        <source>Behind: more time used than slides shown (%1 min planned)</source>
        <translation>Отставание: времени ушло больше, чем показано слайдов (запланировано %1 мин)</translation>
    </message>
    <message>
        <source>Over time (%1 min planned)</source>
        <translation>Время вышло (запланировано %1 мин)</translation>
    </message>
</context>
<context>
    <name>okuw::ui::ExportChoiceDialog</name>
    <message>
        <source>Export my notes</source>
        <translation>Экспорт моих заметок</translation>
    </message>
    <message>
        <source>Which notes do you want to export?</source>
        <translation>Какие заметки экспортировать?</translation>
    </message>
    <message>
        <source>&amp;All my notes in this bundle</source>
        <translation>&amp;Все мои заметки в этом пакете</translation>
    </message>
    <message>
        <source>Only this module (no module is open)</source>
        <translation>Только этот модуль (ни один модуль не открыт)</translation>
    </message>
    <message>
        <source>Only this &amp;module: %1</source>
        <translation>Только этот &amp;модуль: %1</translation>
    </message>
    <message>
        <source>Next you choose where to save them, as a PDF with slide pictures or as text.</source>
        <translation>Затем вы выберете, куда их сохранить: в PDF с изображениями слайдов или в виде текста.</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Выбрать, куда сохранить…</translation>
    </message>
</context>
<context>
    <name>okuw::ui::ExportedBar</name>
    <message>
        <source>Your notes were saved to %1</source>
        <translation>Ваши заметки сохранены в %1</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Open the exported notes</source>
        <translation>Открыть экспортированные заметки</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Показать в &amp;папке</translation>
    </message>
    <message>
        <source>Show the folder of the exported notes</source>
        <translation>Показать папку с экспортированными заметками</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Закрыть это сообщение</translation>
    </message>
</context>
<context>
    <name>okuw::ui::GlossaryDialog</name>
    <message>
        <source>Glossary</source>
        <translation>Глоссарий</translation>
    </message>
    <message>
        <source>Filter: type a word in English, Russian or Turkmen</source>
        <translation>Фильтр: введите слово на английском, русском или туркменском</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Turkmen</source>
        <translation>Туркменский</translation>
    </message>
    <message>
        <source>This translation is not yet confirmed by a reviewer.</source>
        <translation>Этот перевод ещё не подтверждён рецензентом.</translation>
    </message>
    <message>
        <source>&lt;i&gt;No term matches &quot;%1&quot;.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Нет терминов, соответствующих «%1».&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Not yet confirmed in: %1</source>
        <translation>Ещё не подтверждено: %1</translation>
    </message>
    <message>
        <source>Filter the terms</source>
        <translation>Отбор терминов</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Термины</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Определение</translation>
    </message>
</context>
<context>
    <name>okuw::ui::HelpDialog</name>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Что они делают</translation>
    </message>
    <message>
        <source> or </source>
        <translation> или </translation>
    </message>
    <message>
        <source>In the window</source>
        <translation>В окне</translation>
    </message>
    <message>
        <source>Reading slides</source>
        <translation>Чтение слайдов</translation>
    </message>
    <message>
        <source>Reading a PDF</source>
        <translation>Чтение PDF</translation>
    </message>
    <message>
        <source>During the slide show</source>
        <translation>Во время показа слайдов</translation>
    </message>
    <message>
        <source>Okuw Help</source>
        <translation>Справка Okuw</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Руководство</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Клавиши</translation>
    </message>
</context>
<context>
    <name>okuw::ui::HelpOverlay</name>
    <message>
        <source>Slide show keys</source>
        <translation>Клавиши показа слайдов</translation>
    </message>
</context>
<context>
    <name>okuw::ui::LanguageMenu</name>
    <message>
        <source>&amp;Interface Language</source>
        <translation>&amp;Язык интерфейса</translation>
    </message>
    <message>
        <source>The language of menus, dialogs and messages</source>
        <translation>Язык меню, диалогов и сообщений</translation>
    </message>
</context>
<context>
    <name>okuw::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Сервис</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Спр&amp;авка</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Открыть &amp;недавний</translation>
    </message>
    <message>
        <source>&amp;Open Bundle…</source>
        <translation>&amp;Открыть пакет…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Copy Text from Document</source>
        <translation>&amp;Копировать текст документа</translation>
    </message>
    <message>
        <source>&amp;Find in Document</source>
        <translation>&amp;Найти в документе</translation>
    </message>
    <message>
        <source>&amp;Navigator</source>
        <translation>&amp;Навигатор</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>Fit &amp;Width</source>
        <translation>По &amp;ширине</translation>
    </message>
    <message>
        <source>Fit &amp;Page</source>
        <translation>Страница &amp;целиком</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>Во весь &amp;экран</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Вперёд</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>F&amp;irst</source>
        <translation>К &amp;первому</translation>
    </message>
    <message>
        <source>&amp;Last</source>
        <translation>К по&amp;следнему</translation>
    </message>
    <message>
        <source>&amp;About Okuw</source>
        <translation>&amp;О программе Okuw</translation>
    </message>
    <message>
        <source>Copies the selected text, or the whole page when nothing is selected</source>
        <translation>Копирует выделенный текст или всю страницу, если ничего не выделено</translation>
    </message>
    <message>
        <source>Find in the document shown (Ctrl+F)</source>
        <translation>Найти в открытом документе (Ctrl+F)</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>Заметки докладчика</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Слайды</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <source>Choose a module in the navigator.</source>
        <translation>Выберите модуль в навигаторе.</translation>
    </message>
    <message>
        <source>No bundle is open. Use File &gt; Open or drop a .okuw file here.</source>
        <translation>Пакет не открыт. Выберите «Файл &gt; Открыть» или перетащите сюда файл .okuw.</translation>
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
        <translation>(нет)</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;Очистить список</translation>
    </message>
    <message>
        <source>Open Bundle</source>
        <translation>Открыть пакет</translation>
    </message>
    <message>
        <source>Okuw bundles (*.okuw);;All files (*)</source>
        <translation>Пакеты Okuw (*.okuw);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation>Не удаётся открыть %1.</translation>
    </message>
    <message>
        <source>Cannot open the bundle</source>
        <translation>Не удаётся открыть пакет</translation>
    </message>
    <message>
        <source>There is no slide %1 in the bundle.</source>
        <translation>В пакете нет слайда %1.</translation>
    </message>
    <message>
        <source>There is no document %1 in the bundle.</source>
        <translation>В пакете нет документа %1.</translation>
    </message>
    <message>
        <source>There is no module %1 in the bundle.</source>
        <translation>В пакете нет модуля %1.</translation>
    </message>
    <message>
        <source>The module “%1” has no slides or documents.</source>
        <translation>В модуле «%1» нет ни слайдов, ни документов.</translation>
    </message>
    <message>
        <source>(No speaker notes for this slide.)</source>
        <translation>(К этому слайду нет заметок докладчика.)</translation>
    </message>
    <message>
        <source>Slide %1 / %2</source>
        <translation>Слайд %1 / %2</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>Страница %1 / %2</translation>
    </message>
    <message>
        <source>(Documents have no speaker notes.)</source>
        <translation>(У документов нет заметок докладчика.)</translation>
    </message>
    <message>
        <source>%1 was changed after it was signed, or its signature was damaged: %2. It was not opened.</source>
        <translation>%1 изменён после подписания, или его подпись повреждена: %2. Он не открыт.</translation>
    </message>
    <message>
        <source>&amp;Trusted Publishers…</source>
        <translation>&amp;Доверенные издатели…</translation>
    </message>
    <message>
        <source>%1 was changed after it was signed (%2). It has been closed: its slides cannot be trusted.</source>
        <translation>%1 изменён после подписания (%2). Он закрыт: его слайдам нельзя доверять.</translation>
    </message>
    <message>
        <source>%1 was changed after it was built (%2). It has been closed.</source>
        <translation>%1 изменён после сборки (%2). Он закрыт.</translation>
    </message>
    <message>
        <source>%1 cannot be checked: %2. It has been closed.</source>
        <translation>%1 не удаётся проверить: %2. Он закрыт.</translation>
    </message>
    <message>
        <source>Bundle refused</source>
        <translation>Пакет отклонён</translation>
    </message>
    <message>
        <source>%1
Still shown: “%2”.</source>
        <translation>%1
По-прежнему открыт: «%2».</translation>
    </message>
    <message>
        <source>Use File &gt; Open or drop a .okuw file here.</source>
        <translation>Выберите Файл &gt; Открыть или перетащите сюда файл .okuw.</translation>
    </message>
    <message>
        <source>Slide thumbnails</source>
        <translation>Миниатюры слайдов</translation>
    </message>
    <message>
        <source>Modules, slides and documents</source>
        <translation>Модули, слайды и документы</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Закрыть это сообщение</translation>
    </message>
    <message>
        <source>This module has no documents in %1: shown in %2.</source>
        <translation>В этом модуле нет документов на языке «%1»: показаны на языке «%2».</translation>
    </message>
    <message>
        <source>This module has no slides in %1: shown in %2.</source>
        <translation>В этом модуле нет слайдов на языке «%1»: показаны на языке «%2».</translation>
    </message>
    <message>
        <source>Content &amp;Language</source>
        <translation>&amp;Язык содержимого</translation>
    </message>
</context>
<context>
    <name>okuw::ui::Navigator</name>
    <message>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(без названия)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n page(s))</source>
        <translation>
            <numerusform>%1 (%2, %n страница)</numerusform>
            <numerusform>%1 (%2, %n страницы)</numerusform>
            <numerusform>%1 (%2, %n страниц)</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>Языки: %1</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Прогресс</translation>
    </message>
    <message numerus="yes">
        <source>%n slide(s)</source>
        <translation>
            <numerusform>%n слайд</numerusform>
            <numerusform>%n слайда</numerusform>
            <numerusform>%n слайдов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документа</numerusform>
            <numerusform>%n документов</numerusform>
        </translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>В закладках</translation>
    </message>
</context>
<context>
    <name>okuw::ui::NotesDock</name>
    <message>
        <source>Editing…</source>
        <translation>Редактирование…</translation>
    </message>
    <message>
        <source>Open a slide or a page to take notes.</source>
        <translation>Откройте слайд или страницу, чтобы делать заметки.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Только чтение: %1</translation>
    </message>
    <message>
        <source>Saved as you type.</source>
        <translation>Сохраняется по мере ввода.</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Мои заметки</translation>
    </message>
    <message>
        <source>Your notes on this slide or page. Only you see them; they are saved on this computer.</source>
        <translation>Ваши заметки к этому слайду или странице. Их видите только вы; они сохраняются на этом компьютере.</translation>
    </message>
    <message>
        <source>Your note here could not be read (%1). It is not shown, and nothing is saved over it.</source>
        <translation>Вашу заметку здесь не удалось прочитать (%1). Она не показывается, и поверх неё ничего не сохраняется.</translation>
    </message>
    <message>
        <source>Saved. Other notes are not saved yet.</source>
        <translation>Сохранено. Другие заметки ещё не сохранены.</translation>
    </message>
    <message>
        <source># Notes Okuw could not save

Bundle: %1
</source>
        <translation># Заметки, которые Okuw не смог сохранить

Пакет: %1
</translation>
    </message>
    <message>
        <source>Not saved yet: your text is kept here and saved when the notes file can be written again (see the bar above).</source>
        <translation>Ещё не сохранено: текст остаётся здесь и будет сохранён, когда в файл заметок снова можно будет записывать (см. полосу выше).</translation>
    </message>
    <message>
        <source>Not saved: your text is kept here and saved when the notes file can be written again (see the bar above).</source>
        <translation>Не сохранено: текст остаётся здесь и будет сохранён, когда в файл заметок снова можно будет записывать (см. полосу выше).</translation>
    </message>
    <message>
        <source>Some notes are not saved yet (see the bar above); they are kept and saved when the notes file can be written again.</source>
        <translation>Некоторые заметки ещё не сохранены (см. полосу выше); они не потеряны и будут сохранены, когда в файл заметок снова можно будет записывать.</translation>
    </message>
    <message>
        <source>My note on this slide or page</source>
        <translation>Моя заметка к этому слайду или странице</translation>
    </message>
</context>
<context>
    <name>okuw::ui::PdfFindBar</name>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation>Найти в документе</translation>
    </message>
    <message>
        <source>Previous hit (Shift+F3)</source>
        <translation>Предыдущее совпадение (Shift+F3)</translation>
    </message>
    <message>
        <source>Previous hit</source>
        <translation>Предыдущее совпадение</translation>
    </message>
    <message>
        <source>Next hit (F3)</source>
        <translation>Следующее совпадение (F3)</translation>
    </message>
    <message>
        <source>Next hit</source>
        <translation>Следующее совпадение</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Закрыть панель поиска (Esc)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Закрыть панель поиска</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Совпадения</translation>
    </message>
</context>
<context>
    <name>okuw::ui::PdfPane</name>
    <message>
        <source>No document is open.</source>
        <translation>Документ не открыт.</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Страница целиком</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Копировать текст</translation>
    </message>
    <message>
        <source>Copy the selected text, or the whole page when nothing is selected</source>
        <translation>Копировать выделенный текст или всю страницу, если ничего не выделено</translation>
    </message>
    <message>
        <source>Previous hit</source>
        <translation>Предыдущее совпадение</translation>
    </message>
    <message>
        <source>Next hit</source>
        <translation>Следующее совпадение</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Оглавление</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <source> of %1 </source>
        <translation> из %1 </translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>документ %1</translation>
    </message>
    <message>
        <source>The bundle has no document %1.</source>
        <translation>В пакете нет документа %1.</translation>
    </message>
    <message>
        <source>Cannot open “%1”:
%2</source>
        <translation>Не удаётся открыть «%1»:
%2</translation>
    </message>
    <message>
        <source>Cannot show “%1” (%2): the PDF is damaged or not a PDF (%3).</source>
        <translation>Не удаётся показать «%1» (%2): PDF повреждён или это не PDF (%3).</translation>
    </message>
    <message>
        <source>Searching… %1</source>
        <translation>Поиск… %1</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Номер страницы</translation>
    </message>
    <message>
        <source>Outline and pages</source>
        <translation>Оглавление и страницы</translation>
    </message>
    <message>
        <source>Page thumbnails</source>
        <translation>Миниатюры страниц</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Масштаб</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <source>Find in document (Ctrl+F)</source>
        <translation>Найти в документе (Ctrl+F)</translation>
    </message>
    <message>
        <source>Document page</source>
        <translation>Страница документа</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>Page Down / Page Up</source>
        <translation>Page Down / Page Up</translation>
    </message>
    <message>
        <source>Next / previous page</source>
        <translation>Следующая / предыдущая страница</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Пробел</translation>
    </message>
    <message>
        <source>Scroll down one screen</source>
        <translation>Прокрутить вниз на один экран</translation>
    </message>
    <message>
        <source>Home / End</source>
        <translation>Home / End</translation>
    </message>
    <message>
        <source>First / last page</source>
        <translation>Первая / последняя страница</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Find in the document</source>
        <translation>Найти в документе</translation>
    </message>
    <message>
        <source>Enter or F3 / Shift+Enter or Shift+F3</source>
        <translation>Enter или F3 / Shift+Enter или Shift+F3</translation>
    </message>
    <message>
        <source>Next / previous hit</source>
        <translation>Следующее / предыдущее совпадение</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Закрыть панель поиска</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <source>Copy the selected text</source>
        <translation>Копировать выделенный текст</translation>
    </message>
    <message>
        <source>This document has no outline</source>
        <translation>У этого документа нет оглавления</translation>
    </message>
</context>
<context>
    <name>okuw::ui::Presenter</name>
    <message>
        <source>Slide show</source>
        <translation>Показ слайдов</translation>
    </message>
    <message>
        <source>Open a module with slides to start the slide show.</source>
        <translation>Чтобы начать показ, откройте модуль со слайдами.</translation>
    </message>
    <message>
        <source>Start from the &amp;First Slide</source>
        <translation>Начать с &amp;первого слайда</translation>
    </message>
    <message>
        <source>Start the slide show from the first slide (F5)</source>
        <translation>Начать показ с первого слайда (F5)</translation>
    </message>
    <message>
        <source>Start from the &amp;Current Slide</source>
        <translation>Начать с &amp;текущего слайда</translation>
    </message>
    <message>
        <source>Start the slide show from the current slide (Shift+F5)</source>
        <translation>Начать показ с текущего слайда (Shift+F5)</translation>
    </message>
    <message>
        <source>&amp;Rehearse in a Window</source>
        <translation>&amp;Репетиция в окне</translation>
    </message>
    <message>
        <source>Console and slide side by side in windows, to practise</source>
        <translation>Консоль и слайд рядом в окнах — для репетиции</translation>
    </message>
    <message>
        <source>&amp;Swap Console and Audience Screens</source>
        <translation>П&amp;оменять экраны консоли и слушателей</translation>
    </message>
    <message>
        <source>During the show: the console and the slide change screens (S)</source>
        <translation>Во время показа: консоль и слайд меняются экранами (S)</translation>
    </message>
    <message>
        <source>&amp;Slide Show</source>
        <translation>Показ с&amp;лайдов</translation>
    </message>
</context>
<context>
    <name>okuw::ui::PresenterState</name>
    <message>
        <source>Right, Down, Page Down, Space, Enter, N, click</source>
        <translation>Вправо, Вниз, Page Down, Пробел, Enter, N, щелчок</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>Следующий слайд</translation>
    </message>
    <message>
        <source>Left, Up, Page Up, Backspace, P, right click</source>
        <translation>Влево, Вверх, Page Up, Backspace, P, правый щелчок</translation>
    </message>
    <message>
        <source>Previous slide</source>
        <translation>Предыдущий слайд</translation>
    </message>
    <message>
        <source>Home / End</source>
        <translation>Home / End</translation>
    </message>
    <message>
        <source>First / last slide</source>
        <translation>Первый / последний слайд</translation>
    </message>
    <message>
        <source>Number, then Enter</source>
        <translation>Номер, затем Enter</translation>
    </message>
    <message>
        <source>Go to that slide</source>
        <translation>Перейти к этому слайду</translation>
    </message>
    <message>
        <source>B or .</source>
        <translation>B или .</translation>
    </message>
    <message>
        <source>Black screen (any key returns)</source>
        <translation>Чёрный экран (любая клавиша — возврат)</translation>
    </message>
    <message>
        <source>W or ,</source>
        <translation>W или ,</translation>
    </message>
    <message>
        <source>White screen (any key returns)</source>
        <translation>Белый экран (любая клавиша — возврат)</translation>
    </message>
    <message>
        <source>Tab or G</source>
        <translation>Tab или G</translation>
    </message>
    <message>
        <source>Overview of all slides</source>
        <translation>Обзор всех слайдов</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Swap the console and audience screens</source>
        <translation>Поменять местами экраны консоли и слушателей</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>One screen: show the console or the slide</source>
        <translation>Один экран: показать консоль или слайд</translation>
    </message>
    <message>
        <source>T / R</source>
        <translation>T / R</translation>
    </message>
    <message>
        <source>Pause or resume / reset the timer</source>
        <translation>Пауза или продолжение / сброс таймера</translation>
    </message>
    <message>
        <source>+ / -</source>
        <translation>+ / -</translation>
    </message>
    <message>
        <source>Bigger / smaller notes</source>
        <translation>Крупнее / мельче заметки</translation>
    </message>
    <message>
        <source>? or F1</source>
        <translation>? или F1</translation>
    </message>
    <message>
        <source>This help (any key closes it)</source>
        <translation>Эта справка (закрывается любой клавишей)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>End the show</source>
        <translation>Завершить показ</translation>
    </message>
</context>
<context>
    <name>okuw::ui::Progress</name>
    <message>
        <source>quiz %1/%2</source>
        <translation>тест %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n slide(s) seen</source>
        <translation>
            <numerusform>Просмотрено %1 из %n слайда</numerusform>
            <numerusform>Просмотрено %1 из %n слайдов</numerusform>
            <numerusform>Просмотрено %1 из %n слайдов</numerusform>
        </translation>
    </message>
    <message>
        <source>Knowledge check: best %1/%2, last %3/%4</source>
        <translation>Проверка знаний: лучший результат %1/%2, последний %3/%4</translation>
    </message>
    <message>
        <source>Knowledge check not taken yet</source>
        <translation>Проверка знаний ещё не пройдена</translation>
    </message>
</context>
<context>
    <name>okuw::ui::QuizDialog</name>
    <message>
        <source>Knowledge check — %1</source>
        <translation>Проверка знаний — %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Ещё раз</translation>
    </message>
    <message>
        <source>Check answer</source>
        <translation>Проверить ответ</translation>
    </message>
    <message>
        <source>This module has no questions in this language.</source>
        <translation>В этом модуле нет вопросов на этом языке.</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Вопрос %1 из %2</translation>
    </message>
    <message>
        <source> — choose all that apply</source>
        <translation> — выберите все подходящие варианты</translation>
    </message>
    <message>
        <source>Choose an answer first.</source>
        <translation>Сначала выберите ответ.</translation>
    </message>
    <message>
        <source>Correct.</source>
        <translation>Верно.</translation>
    </message>
    <message>
        <source>Not quite.</source>
        <translation>Не совсем.</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Следующий вопрос</translation>
    </message>
    <message>
        <source>See my score</source>
        <translation>Мой результат</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Your score: %1 of %2</source>
        <translation>Ваш результат: %1 из %2</translation>
    </message>
    <message>
        <source>Every answer was right.</source>
        <translation>Все ответы верны.</translation>
    </message>
    <message>
        <source>Look at the slides again and try once more when you like.</source>
        <translation>Просмотрите слайды ещё раз и попробуйте снова, когда захотите.</translation>
    </message>
    <message>
        <source>Answers to look at again</source>
        <translation>Ответы, к которым стоит вернуться</translation>
    </message>
    <message>
        <source>Read again:</source>
        <translation>Перечитайте:</translation>
    </message>
    <message>
        <source>Answered wrongly:</source>
        <translation>Ответы с ошибкой:</translation>
    </message>
    <message>
        <source>Right: %1 of the %2 questions answered</source>
        <translation>Верно: %1 из %2 отвеченных вопросов</translation>
    </message>
    <message>
        <source>You began at question %1. Try again to answer them all and get a score.</source>
        <translation>Вы начали с вопроса %1. Нажмите «Ещё раз», чтобы ответить на все вопросы и получить результат.</translation>
    </message>
</context>
<context>
    <name>okuw::ui::ReviewNotice</name>
    <message>
        <source>Translation not yet reviewed by a Turkmen-speaking lawyer</source>
        <translation>Перевод ещё не проверен юристом, владеющим туркменским языком</translation>
    </message>
    <message>
        <source>Translation not yet reviewed by a Russian-speaking lawyer</source>
        <translation>Перевод ещё не проверен юристом, владеющим русским языком</translation>
    </message>
    <message>
        <source>Text not yet reviewed by an English-speaking lawyer</source>
        <translation>Текст ещё не проверен юристом, владеющим английским языком</translation>
    </message>
    <message>
        <source>Translation not yet reviewed by a lawyer who speaks this language</source>
        <translation>Перевод ещё не проверен юристом, владеющим этим языком</translation>
    </message>
    <message>
        <source>The authors mark this translation as not yet checked by a lawyer. Before you rely on its legal wording, compare it with the English or Russian version (View &gt; Content language).</source>
        <translation>Авторы отметили, что этот перевод ещё не проверен юристом. Прежде чем опираться на его юридические формулировки, сравните его с английской или русской версией (Вид &gt; Язык содержимого).</translation>
    </message>
</context>
<context>
    <name>okuw::ui::SearchPanel</name>
    <message>
        <source>Search slides, notes, documents… (Ctrl+K)</source>
        <translation>Поиск по слайдам, заметкам, документам… (Ctrl+K)</translation>
    </message>
    <message>
        <source>This module</source>
        <translation>Этот модуль</translation>
    </message>
    <message>
        <source>Whole bundle</source>
        <translation>Весь пакет</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Все языки</translation>
    </message>
    <message>
        <source>No bundle is open.</source>
        <translation>Пакет не открыт.</translation>
    </message>
    <message>
        <source>No matches for “%1”.</source>
        <translation>По запросу «%1» ничего не найдено.</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Глоссарий</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Слайды</translation>
    </message>
    <message>
        <source>Slide %1</source>
        <translation>Слайд %1</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>Заметки докладчика</translation>
    </message>
    <message>
        <source>Notes, slide %1</source>
        <translation>Заметки, слайд %1</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Страница %1</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Термины</translation>
    </message>
    <message>
        <source>Knowledge check</source>
        <translation>Проверка знаний</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>&amp;Search the Bundle…</source>
        <translation>&amp;Поиск по пакету…</translation>
    </message>
    <message>
        <source>Content language</source>
        <translation>Язык содержимого</translation>
    </message>
    <message>
        <source>Search the bundle</source>
        <translation>Поиск по пакету</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <source>Where to search</source>
        <translation>Где искать</translation>
    </message>
    <message>
        <source>Languages to search</source>
        <translation>Языки поиска</translation>
    </message>
    <message numerus="yes">
        <source>No matches in %1; %n match(es) in other languages:</source>
        <translation>
            <numerusform>Нет совпадений на языке «%1»; %n совпадение на других языках:</numerusform>
            <numerusform>Нет совпадений на языке «%1»; %n совпадения на других языках:</numerusform>
            <numerusform>Нет совпадений на языке «%1»; %n совпадений на других языках:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matches; the best %1 are shown</source>
        <translation>
            <numerusform>%n совпадение; показаны лучшие %1</numerusform>
            <numerusform>%n совпадения; показаны лучшие %1</numerusform>
            <numerusform>%n совпадений; показаны лучшие %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n совпадение</numerusform>
            <numerusform>%n совпадения</numerusform>
            <numerusform>%n совпадений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>okuw::ui::SignatureStatus</name>
    <message>
        <source>Not signed</source>
        <translation>Не подписан</translation>
    </message>
    <message>
        <source>Signed by %1</source>
        <translation>Подписано: %1</translation>
    </message>
    <message>
        <source>Signed by an unknown publisher (key fingerprint %1)</source>
        <translation>Подписано неизвестным издателем (отпечаток ключа %1)</translation>
    </message>
    <message>
        <source>Nothing tells who made this bundle or whether it was changed.</source>
        <translation>Ничто не говорит о том, кто сделал этот пакет и не был ли он изменён.</translation>
    </message>
    <message>
        <source>The signature matches a publisher key you trust (key fingerprint %1).</source>
        <translation>Подпись соответствует ключу издателя, которому вы доверяете (отпечаток ключа %1).</translation>
    </message>
    <message>
        <source>The signature is valid, but its key is not among your trusted publishers (Help &gt; Trusted Publishers). Compare the fingerprint with the one the training team gave you.</source>
        <translation>Подпись действительна, но её ключа нет среди ваших доверенных издателей (Справка &gt; Доверенные издатели). Сравните отпечаток с тем, который вам дала команда тренеров.</translation>
    </message>
    <message>
        <source>The whole content was checked against it.</source>
        <translation>Всё содержимое проверено по ней.</translation>
    </message>
    <message>
        <source>The content is being checked…</source>
        <translation>Содержимое проверяется…</translation>
    </message>
</context>
<context>
    <name>okuw::ui::SlideView</name>
    <message>
        <source>Choose a module or a slide in the navigator.</source>
        <translation>Выберите модуль или слайд в навигаторе.</translation>
    </message>
    <message>
        <source>Slide view</source>
        <translation>Просмотр слайдов</translation>
    </message>
    <message>
        <source>Slide %1 of %2: %3</source>
        <translation>Слайд %1 из %2: %3</translation>
    </message>
    <message>
        <source>Right, Down, Page Down, Space, Enter</source>
        <translation>Вправо, Вниз, Page Down, Пробел, Enter</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>Следующий слайд</translation>
    </message>
    <message>
        <source>Left, Up, Page Up, Backspace</source>
        <translation>Влево, Вверх, Page Up, Backspace</translation>
    </message>
    <message>
        <source>Previous slide</source>
        <translation>Предыдущий слайд</translation>
    </message>
    <message>
        <source>Home / End</source>
        <translation>Home / End</translation>
    </message>
    <message>
        <source>First / last slide</source>
        <translation>Первый / последний слайд</translation>
    </message>
</context>
<context>
    <name>okuw::ui::TrustedKeysDialog</name>
    <message>
        <source>Add a Publisher Key</source>
        <translation>Добавить ключ издателя</translation>
    </message>
    <message>
        <source>Okuw public keys (*.public);;All files (*)</source>
        <translation>Открытые ключи Okuw (*.public);;Все файлы (*)</translation>
    </message>
    <message>
        <source>%1 — key fingerprint %2</source>
        <translation>%1 — отпечаток ключа %2</translation>
    </message>
    <message>
        <source>%1 is trusted already.</source>
        <translation>%1 уже в списке доверенных.</translation>
    </message>
    <message>
        <source>Added %1 (key fingerprint %2).</source>
        <translation>Добавлен %1 (отпечаток ключа %2).</translation>
    </message>
    <message>
        <source>Trusted Publishers</source>
        <translation>Доверенные издатели</translation>
    </message>
    <message>
        <source>A bundle signed with one of these keys shows &quot;Signed by&quot; its publisher. Add the public key file (.public) your training team gave you; remove a key you no longer trust.</source>
        <translation>Пакет, подписанный одним из этих ключей, показывает «Подписано:» и имя издателя. Добавьте файл открытого ключа (.public), который вам дала команда тренеров; удалите ключ, которому больше не доверяете.</translation>
    </message>
    <message>
        <source>&amp;Add Key File…</source>
        <translation>&amp;Добавить файл ключа…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
</context>
<context>
    <name>okuw::ui::Workspace</name>
    <message>
        <source>Start a new notes file</source>
        <translation>Начать новый файл заметок</translation>
    </message>
    <message>
        <source>New notes file</source>
        <translation>Новый файл заметок</translation>
    </message>
    <message>
        <source>&amp;Bookmark this slide or page</source>
        <translation>&amp;Закладка на этот слайд или страницу</translation>
    </message>
    <message>
        <source>&amp;Knowledge check for this module…</source>
        <translation>Проверка &amp;знаний по модулю…</translation>
    </message>
    <message>
        <source>&amp;Glossary…</source>
        <translation>&amp;Глоссарий…</translation>
    </message>
    <message>
        <source>&amp;Agenda…</source>
        <translation>П&amp;рограмма…</translation>
    </message>
    <message>
        <source>&amp;Remove my data…</source>
        <translation>&amp;Удалить мои данные…</translation>
    </message>
    <message>
        <source>&amp;Export my notes…</source>
        <translation>&amp;Экспорт моих заметок…</translation>
    </message>
    <message>
        <source>slide %1: %2</source>
        <translation>слайд %1: %2</translation>
    </message>
    <message>
        <source>%1, page %2</source>
        <translation>%1, страница %2</translation>
    </message>
    <message>
        <source>Slide %1: %2</source>
        <translation>Слайд %1: %2</translation>
    </message>
    <message>
        <source>Bookmark not saved</source>
        <translation>Закладка не сохранена</translation>
    </message>
    <message>
        <source>Knowledge check</source>
        <translation>Проверка знаний</translation>
    </message>
    <message>
        <source>Open a module first, then start its knowledge check.</source>
        <translation>Сначала откройте модуль, затем начните проверку знаний по нему.</translation>
    </message>
    <message>
        <source>Export my notes</source>
        <translation>Экспорт моих заметок</translation>
    </message>
    <message>
        <source>PDF with slide pictures (*.pdf)</source>
        <translation>PDF с изображениями слайдов (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown text (*.md)</source>
        <translation>Текст Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Ошибка экспорта</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Remove my data</source>
        <translation>Удаление моих данных</translation>
    </message>
    <message>
        <source>Delete your notes, bookmarks, progress and quiz answers for this bundle? This cannot be undone.</source>
        <translation>Удалить ваши заметки, закладки, прогресс и ответы на проверки знаний для этого пакета? Это действие необратимо.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>For every bundle on this computer</source>
        <translation>Для всех пакетов на этом компьютере</translation>
    </message>
    <message>
        <source>Nothing was deleted: %1</source>
        <translation>Ничего не удалено: %1</translation>
    </message>
    <message>
        <source>Notes not saved</source>
        <translation>Заметки не сохранены</translation>
    </message>
    <message>
        <source>Some of your notes could not be saved in your notes file (%1). Their text was written to %2.</source>
        <translation>Некоторые ваши заметки не удалось сохранить в файле заметок (%1). Их текст записан в %2.</translation>
    </message>
    <message>
        <source>Some of your notes could not be saved, neither in your notes file nor in a file of their own (%1).</source>
        <translation>Некоторые ваши заметки не удалось сохранить ни в файле заметок, ни в отдельном файле (%1).</translation>
    </message>
    <message numerus="yes">
        <source>A new notes file was started, with the %n note(s) that could still be read from the damaged one. The damaged file is kept at %1.</source>
        <translation>
            <numerusform>Начат новый файл заметок; в него перенесена %n заметка, которую ещё удалось прочитать из повреждённого. Повреждённый файл сохранён: %1.</numerusform>
            <numerusform>Начат новый файл заметок; в него перенесены %n заметки, которые ещё удалось прочитать из повреждённого. Повреждённый файл сохранён: %1.</numerusform>
            <numerusform>Начат новый файл заметок; в него перенесено %n заметок, которые ещё удалось прочитать из повреждённого. Повреждённый файл сохранён: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bookmarked: %1</source>
        <translation>Добавлено в закладки: %1</translation>
    </message>
    <message>
        <source>Bookmark removed: %1</source>
        <translation>Закладка удалена: %1</translation>
    </message>
    <message>
        <source>slide %1, “%2”</source>
        <translation>слайд %1, «%2»</translation>
    </message>
    <message>
        <source>Last time %1 of %2, best %3 of %4.</source>
        <translation>В прошлый раз %1 из %2, лучший результат %3 из %4.</translation>
    </message>
</context>
</TS>
