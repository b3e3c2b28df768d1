<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tk" sourcelanguage="en">
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Bolýar</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Ýok</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Hawa</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Kömek</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Ýatda sakla</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Bes et</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Ulan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Ýap</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Gaýtadan düz</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Gaýtala</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Başdaky sazlamalar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ýatyr</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Geç</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Hiç birine &amp;ýok</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Hemmesini ýatda sakla</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Taşla</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Hemmesine &amp;hawa</translation>
    </message>
    <message>
        <source>Don't Save</source>
        <translation>Ýatda saklama</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Ýatda saklaman ýap</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>Bolýar</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Jikme-jiklikleri görkez...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Jikme-jiklikleri gizle...</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Qt barada</translation>
    </message>
    <message>
        <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Qt barada&lt;/h3&gt;&lt;p&gt;Bu programma Qt-nyň %1 wersiýasyny ulanýar.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>Baha giriziň:</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Ýatyr</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Back</source>
        <translation>Yza</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Faýl</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Aç</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Ýatda sakla</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Lakam</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Disk</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Faýllar</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Görkez </translation>
    </message>
    <message>
        <source>'%1' is write protected.
Do you want to delete it anyway?</source>
        <translation>'%1' üýtgetmekden goralan.
Şonda-da pozmak isleýärsiňizmi?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>'%1' hakykatdan-da pozulsynmy?</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Ýerleriň we bellikleriň sanawy</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Faýlyň &amp;ady:</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Faýl bukjasy</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poz</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Täze bukja</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Bukja</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Ýokarky bukja</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Täze bukja</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Aýyr</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Meniň kompýuterim</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Seret:</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Täze bukja döret</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1 faýly</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Faýlyň görnüşi:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Bukjany tap</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Gizlin faýllary &amp;görkez</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Başga at bilen ýatda sakla</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Bukja tapylmady.
Bukjanyň adynyň dogrudygyny barlaň.</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Gapdal panel</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Sanaw</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Saýla</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Poz</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Ähli faýllar (*)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Ähli faýllar (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Bukjalar</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Adyny üýtget</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Bukjany pozup bolmady.</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Bukja:</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Näbelli</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 eýýäm bar.
Ony çalyşmak isleýärsiňizmi?</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Öňe</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Öňe geç</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Ýokarky bukja geç</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Soňky ýerler</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Yza gaýt</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Jikme-jik görnüşe geç</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Täze bukja döret</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Gysga ýol</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Jikme-jik görnüş</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Faýl tapylmady.
Faýlyň adynyň dogrudygyny barlaň.</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Sanaw görnüşine geç</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Kind</source>
        <translation>Görnüşi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ady</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ölçegi</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Görnüşi</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Meniň kompýuterim</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Kompýuter</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>Nädogry faýl ady</translation>
    </message>
    <message>
        <source>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation>&lt;b&gt;"%1" adyny ulanyp bolmaýar.&lt;/b&gt;&lt;p&gt;Has gysga ýa-da dyngy belgisiz başga at saýlaň.</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Üýtgedilen senesi</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Kes</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Göçür</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gaýtala</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Yza al</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Goý</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poz</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Hemmesini saýla</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Kes</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Göçür</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gaýtala</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Yza al</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Goý</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poz</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Hemmesini saýla</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Salgyny &amp;göçür</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Aşak ädim</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>Ý&amp;okary ädim</translation>
    </message>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Hemmesini saýla</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Top</source>
        <translation>Ýokarsy</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Aşak süýşür</translation>
    </message>
    <message>
        <source>Scroll here</source>
        <translation>Şu ýere süýşür</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>Çepe süýşür</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Aşagy</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>Bir sahypa ýokary</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>Bir sahypa saga</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>Ýokary süýşür</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>Saga süýşür</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>Çep gyrasy</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>Bir sahypa aşak</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>Bir sahypa çepe</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>Sag gyrasy</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <source>Close</source>
        <translation>Ýap</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Aýrybaşdala</translation>
    </message>
    <message>
        <source>Undocks and re-attaches the dock widget</source>
        <translation>Paneli aýyrýar we yzyna birikdirýär</translation>
    </message>
    <message>
        <source>Closes the dock widget</source>
        <translation>Paneli ýapýar</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>Çepe süýşür</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>Saga süýşür</translation>
    </message>
</context>
<context>
    <name>QComboBox</name>
    <message>
        <source>Open the combo box selection popup</source>
        <translation>Saýlaw sanawyny aç</translation>
    </message>
</context>
</TS>
