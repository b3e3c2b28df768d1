// Shared by the libFuzzer targets in this folder: the Qt application they
// run in, a scratch folder, and a few inputs the targets reuse.
#pragma once

#include <QByteArray>
#include <QString>
#include <cstddef>
#include <cstdint>

namespace okuw::fuzz {

enum class App { Core, Gui };

// Makes the Q*Application once (offscreen platform for Gui), after pointing
// HOME and the XDG folders into a scratch folder: nothing a target runs may
// read or write the real user's settings. Call from LLVMFuzzerInitialize.
void initialize(int *argc, char ***argv, App app);

// A folder that lives as long as the process.
QString scratchDir();

// The input as a QString. Invalid UTF-8 becomes U+FFFD, as it does where
// Okuw reads text from a bundle (Statement::text) or a file.
QString text(const uint8_t *data, size_t size);

// A small PNG and a small SVG, for the asset loaders of the targets.
QByteArray tinyPng();
QByteArray tinySvg();

} // namespace okuw::fuzz
