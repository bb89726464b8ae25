#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// What the keyring tests share to prove a secret never lands anywhere when no Secret Service
// runs: a child run of the test in a home of its own, searched afterwards for the secret.
namespace SecretLeakCheck {

// A secret no file could hold by chance.
QString uniqueSecret();
// The environment of the child: SHIPDECK_TEST_NO_KEYRING_CHILD and SHIPDECK_TEST_SECRET set, a
// D-Bus address that leads nowhere (an unset one could find $XDG_RUNTIME_DIR/bus or autolaunch on
// X11), no DISPLAY, and HOME and the XDG folders inside `home`.
QProcessEnvironment childEnvironment(const QString &home, const QString &secret);
// The files below `dir` (hidden ones too) whose bytes contain `needle`.
QStringList filesContaining(const QString &dir, const QString &needle);

} // namespace SecretLeakCheck
