#include "aboutdialog.h"

#include "core/bundle.h"
#include "core/i18n.h"
#include "mainwindow.h"
#include "profile.h"
#include "render/highlight.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace okuw::ui {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QLabel *makeLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// One row of a two-column table: a name and its value.
QString row(const QString &name, const QString &value)
{
    return QStringLiteral("<tr><td style='padding-right:12px'>%1</td><td><b>%2</b></td></tr>")
        .arg(esc(name), esc(value));
}

} // namespace

AboutDialog::AboutDialog(MainWindow *window)
    : QDialog(window), m_window(window), m_dataFolder(window->profile().paths().dataDir)
{
    setObjectName(QStringLiteral("aboutDialog"));
    m_tabs = new QTabWidget(this);

    auto *about = new QWidget(m_tabs);
    auto *icon = new QLabel(about);
    icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);
    m_title = makeLabel(QStringLiteral("title"), about);
    auto *header = new QHBoxLayout;
    header->addWidget(icon);
    header->addWidget(m_title, 1);

    auto *bundleBox = new QGroupBox(about);
    bundleBox->setObjectName(QStringLiteral("bundleBox"));
    m_bundle = makeLabel(QStringLiteral("bundle"), bundleBox);
    m_signature = makeLabel(QStringLiteral("signature"), bundleBox);
    m_signature->hide();
    auto *bundleLayout = new QVBoxLayout(bundleBox);
    bundleLayout->addWidget(m_bundle);
    bundleLayout->addWidget(m_signature);

    auto *dataBox = new QGroupBox(about);
    dataBox->setObjectName(QStringLiteral("dataBox"));
    m_data = makeLabel(QStringLiteral("data"), dataBox);
    m_openFolder = new QPushButton(dataBox);
    m_openFolder->setObjectName(QStringLiteral("openFolder"));
    m_openFolder->setEnabled(QFileInfo(m_dataFolder).isDir());
    connect(m_openFolder, &QPushButton::clicked, this, &AboutDialog::openDataFolder);
    m_openFailed = makeLabel(QStringLiteral("openFailed"), dataBox);
    m_openFailed->hide();
    auto *dataLayout = new QVBoxLayout(dataBox);
    dataLayout->addWidget(m_data);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_openFolder);
    buttonRow->addStretch(1);
    dataLayout->addLayout(buttonRow);
    dataLayout->addWidget(m_openFailed);

    auto *aboutLayout = new QVBoxLayout(about);
    aboutLayout->addLayout(header);
    aboutLayout->addWidget(bundleBox);
    aboutLayout->addWidget(dataBox);
    aboutLayout->addStretch(1);

    m_licences = new QTextBrowser(m_tabs);
    m_licences->setObjectName(QStringLiteral("licences"));
    // Offline: nothing in the licences opens anything.
    m_licences->setOpenLinks(false);
    m_licences->setOpenExternalLinks(false);

    m_tabs->addTab(about, QString());
    m_tabs->addTab(m_licences, QString());

    auto *buttons = new QDialogButtonBox(this);
    m_aboutQt = buttons->addButton(QString(), QDialogButtonBox::HelpRole);
    connect(m_aboutQt, &QPushButton::clicked, this, [this] { QMessageBox::aboutQt(this); });
    m_close = buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    resize(640, 520);
    retranslate();
    // The signature line says when the background check of the content ends.
    connect(window, &MainWindow::contentChecked, this, &AboutDialog::retranslate);
    connect(window, &MainWindow::bundleClosed, this, &AboutDialog::retranslate);
}

AboutDialog::Command AboutDialog::fileManagerCommand(const QString &folder)
{
#if defined(Q_OS_WIN)
    return {QStringLiteral("explorer.exe"), {QDir::toNativeSeparators(folder)}};
#elif defined(Q_OS_MACOS)
    return {QStringLiteral("open"), {folder}};
#else
    return {QStringLiteral("xdg-open"), {folder}};
#endif
}

void AboutDialog::openDataFolder()
{
    // A local folder handed to the file manager as a program argument; not
    // the desktop's URL handler (QDesktopServices), which takes any URL.
    const Command command = fileManagerCommand(m_dataFolder);
    const bool started = QProcess::startDetached(command.program, command.arguments);
    m_openFailed->setText(
        started ? QString()
                : tr("The file manager (%1) could not be started.").arg(esc(command.program)));
    m_openFailed->setVisible(!started);
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

QString AboutDialog::bundleHtml() const
{
    const auto bundle = m_window->bundle();
    if (!bundle)
        return esc(tr("No bundle is open."));
    const core::BundleInfo &info = bundle->info();
    const core::ContentLanguage &content = m_window->content();
    const QLocale locale(core::installedLanguage());
    const QDateTime utc = info.buildTime.toUTC();
    QString built = info.buildTime.isValid()
                        ? tr("%1 UTC").arg(locale.toString(utc.date(), QLocale::LongFormat) +
                                           QStringLiteral(", ") +
                                           locale.toString(utc.time(), QLocale::ShortFormat))
                        : tr("unknown");
    // Bundles signed under digest version 1 left the build time out of
    // what was signed (BUNDLE-FORMAT.md, "Integrity").
    const SignatureStatus::Kind signature = m_window->signatureStatus().kind;
    if (info.digestVersion == 1 && (signature == SignatureStatus::Kind::Trusted ||
                                    signature == SignatureStatus::Kind::Unknown))
        built += QLatin1Char(' ') + tr("(not covered by the signature)");
    return QStringLiteral("<table>") + row(tr("Title"), content.text(info.title)) +
           row(tr("Version"), info.version) + row(tr("Publisher"), content.text(info.publisher)) +
           row(tr("Built"), built) + row(tr("File"), QDir::toNativeSeparators(info.path)) +
           QStringLiteral("</table>");
}

QString AboutDialog::dataHtml() const
{
    const core::UserPaths &paths = m_window->profile().paths();
    QString html =
        esc(tr("Your notes, bookmarks, progress and settings are kept in:")) +
        QStringLiteral("<br><b>%1</b><br>").arg(esc(QDir::toNativeSeparators(m_dataFolder)));
    html += esc(paths.portable
                    ? tr("Portable mode: beside the program, so they travel with it and nothing "
                         "is left on this computer.")
                    : tr("In your user profile on this computer. To keep them on a USB stick "
                         "instead, put a file named %1 beside the program.")
                          .arg(QLatin1String(core::UserPaths::kMarkerName)));
    if (const QString problem = paths.problem(); !problem.isEmpty())
        html += QStringLiteral("<br><span style='color:#a33'>%1</span>")
                    .arg(esc(problem).replace(QLatin1Char('\n'), QLatin1String("<br>")));
    return html;
}

QString AboutDialog::licencesHtml() const
{
    QString html;
    auto section = [&html](const QString &title, const QString &text) {
        html += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(esc(title), esc(text));
    };
    section(tr("Okuw"), tr("Okuw's code is free software under the MIT licence."));
    section(tr("Training content"),
            tr("The content of the default bundle is licensed under Creative Commons "
               "Attribution 4.0 International (CC BY 4.0). Other bundles carry their "
               "publisher's terms."));
    section(tr("Embedded fonts"),
            tr("DejaVu Sans and DejaVu Sans Mono, under the Bitstream Vera and Arev fonts "
               "licence; DejaVu's changes are in the public domain."));
    section(tr("Libraries"),
            tr("Qt %1 (LGPL version 3), SQLite (public domain), MD4C and yaml-cpp (MIT), "
               "Snowball libstemmer (BSD 3-clause), libsodium (ISC), libzip (BSD 3-clause).")
                .arg(QLatin1String(qVersion())));
    if (render::haveSourceHighlight())
        section(tr("GNU Source-highlight"),
                tr("Code on slides is coloured by GNU Source-highlight, under the GNU General "
                   "Public License version 3 or later (GPL). This program is linked with it, "
                   "so as distributed it is covered by the GPL version 3 or later as a whole: "
                   "whoever passes it on must do so under the GPL's terms, source included. "
                   "Okuw's own code stays under the MIT licence."));
    html += QStringLiteral("<p><i>%1</i></p>")
                .arg(esc(tr("The full texts follow, in English as their authors wrote them.")));
    for (const char *name :
         {"LICENSE", "content-CC-BY-4.0.txt", "DejaVu-fonts.txt", "third-party.txt"}) {
        QFile file(QStringLiteral(":/okuw/licenses/") + QLatin1String(name));
        if (file.open(QIODevice::ReadOnly))
            html += QStringLiteral("<hr><pre>%1</pre>").arg(esc(QString::fromUtf8(file.readAll())));
    }
    return html;
}

void AboutDialog::retranslate()
{
    setWindowTitle(tr("About Okuw"));
    m_tabs->setTabText(0, tr("Okuw"));
    m_tabs->setTabText(1, tr("Licences"));
    m_tabs->setAccessibleName(tr("About Okuw"));
    m_licences->setAccessibleName(tr("Licences"));
    m_title->setText(QStringLiteral("<h2>Okuw %1</h2><p>%2<br>%3</p>")
                         .arg(esc(QCoreApplication::applicationVersion()),
                              esc(tr("Offline viewer for training bundles")),
                              esc(tr("Qt %1. Okuw never opens a network connection.")
                                      .arg(QLatin1String(qVersion())))));
    m_tabs->widget(0)->findChild<QGroupBox *>(QStringLiteral("bundleBox"))->setTitle(tr("Bundle"));
    m_tabs->widget(0)->findChild<QGroupBox *>(QStringLiteral("dataBox"))->setTitle(tr("Your data"));
    m_bundle->setText(bundleHtml());
    // "Signed by …", "Signed by an unknown publisher (…)" or "Not signed",
    // as the status bar says it, with what it means.
    const SignatureStatus signature = m_window->signatureStatus();
    m_signature->setText(
        QStringLiteral("<b>%1</b><br>%2").arg(esc(signature.text()), esc(signature.details())));
    m_signature->setVisible(signature.kind != SignatureStatus::Kind::NoBundle);
    m_data->setText(dataHtml());
    m_openFolder->setText(tr("Open Folder"));
    m_openFolder->setToolTip(QDir::toNativeSeparators(m_dataFolder));
    m_licences->setHtml(licencesHtml());
    m_aboutQt->setText(tr("About Qt"));
    // Qt has no Turkmen translation of its own buttons.
    m_close->setText(tr("Close"));
}

void showAboutDialog(MainWindow *window)
{
    auto *dialog = new AboutDialog(window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace okuw::ui
