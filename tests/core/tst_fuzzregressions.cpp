// Replays every fuzz input kept in the repository through the normal (gcc) build: the seeds in
// tests/data/fuzz/corpus/<target>/ and what the fuzzers found in tests/data/fuzz/regressions/<target>/.
// Each file gets the very calls its fuzzer made (FuzzDriver::exercise, tests/fuzz/fuzzdriver.h):
// it must return, and every error must name the carrier in a non-empty message.
#include "../fuzz/fuzzdriver.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void everyTargetHasSeeds();
    void replay_data();
    void replay();
};

namespace {

QString fuzzDataDir() { return QStringLiteral(SHIPDECK_TEST_DATA_DIR "/fuzz"); }

} // namespace

void TestFuzzRegressions::everyTargetHasSeeds()
{
    // A carrier registered without a fuzzer (tests/fuzz/fuzz_<key>.cpp) and seeds shows up here.
    for (const QString &target : FuzzDriver::targets()) {
        const QDir seeds(fuzzDataDir() + u"/corpus/"_s + target);
        QVERIFY2(!seeds.entryList(QDir::Files).isEmpty(), qPrintable(u"no seeds in "_s + seeds.path()));
    }
}

void TestFuzzRegressions::replay_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("path");
    for (const QString &kind : {u"regressions"_s, u"corpus"_s}) {
        const QDir kindDir(fuzzDataDir() + u'/' + kind);
        for (const QString &target : kindDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            const QDir dir(kindDir.filePath(target));
            for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
                QTest::newRow(qPrintable(kind + u'/' + target + u'/' + file)) << target << dir.filePath(file);
            }
        }
    }
}

void TestFuzzRegressions::replay()
{
    QFETCH(QString, target);
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QByteArray bytes = file.readAll();

    const QStringList problems = FuzzDriver::exercise(target, bytes);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
