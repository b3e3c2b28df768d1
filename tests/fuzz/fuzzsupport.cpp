#include "fuzzsupport.h"

#include "hermetic.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QImage>
#include <QTemporaryDir>

namespace okuw::fuzz {

void initialize(int *argc, char ***argv, App app)
{
    okuw::test::makeHermetic();
    if (app == App::Gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Qt's warnings about hostile input (a bad SVG, an unknown colour) would
    // flood the fuzzer's output; they are not findings.
    qputenv("QT_LOGGING_RULES", "*.debug=false;*.info=false;*.warning=false");
    // The application keeps argc by reference: it must outlive it.
    static int qtArgc = 1;
    static char *qtArgv[] = {(*argv)[0], nullptr};
    (void)argc;
    // Never destroyed: at exit, Qt's own globals may already be gone.
    static QCoreApplication *const instance = app == App::Gui
                                                  ? new QGuiApplication(qtArgc, qtArgv)
                                                  : new QCoreApplication(qtArgc, qtArgv);
    (void)instance;
}

QString scratchDir()
{
    static QTemporaryDir dir;
    return dir.path();
}

QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

QByteArray tinyPng()
{
    static const QByteArray png = [] {
        QImage image(4, 3, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return bytes;
    }();
    return png;
}

QByteArray tinySvg()
{
    return QByteArrayLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 40 30\">"
                             "<rect width=\"40\" height=\"30\" fill=\"#2b6cb0\"/>"
                             "<text x=\"4\" y=\"20\" font-size=\"12\">Ж ý</text></svg>");
}

} // namespace okuw::fuzz

// Built into every target, so a finding reproduces without any environment.
// Memory that fontconfig (under Qt's font database) keeps until the process
// ends: LeakSanitizer's check at exit would report it. Not Okuw's memory.
extern "C" const char *__lsan_default_suppressions()
{
    return "leak:libfontconfig.so\n";
}
