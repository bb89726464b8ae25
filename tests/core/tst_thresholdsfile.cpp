#include "problems/thresholdsfile.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestThresholdsFile : public QObject
{
    Q_OBJECT

private slots:
    void besideTheSettingsOrNamedInThem();
    void goodFileIsUsed();
    void badFieldNamesFileAndFieldAndKeepsItsDefault();
    void unreadableOrBrokenFileGivesTheDefaults();

private:
    QString write(const QString &name, const QByteArray &content);
    QTemporaryDir m_dir;
};

QString TestThresholdsFile::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestThresholdsFile::besideTheSettingsOrNamedInThem()
{
    QSettings settings(m_dir.filePath(u"shipdeck.conf"_s), QSettings::IniFormat);
    QCOMPARE(ThresholdsFile::locate(settings), QString()); // none beside, none named
    const QString beside = write(u"thresholds.json"_s, "{}");
    QCOMPARE(ThresholdsFile::locate(settings), beside);
    settings.setValue(ThresholdsFile::settingKey(), u"/etc/shipdeck/thresholds.json"_s);
    QCOMPARE(ThresholdsFile::locate(settings), u"/etc/shipdeck/thresholds.json"_s);
}

void TestThresholdsFile::goodFileIsUsed()
{
    const QString path = write(u"good.json"_s, R"({"defaults": {"stalled_hours": 36}, "overrides": {"ups": {"lost_days": 9}}})");
    QStringList problems;
    const ProblemThresholds t = ThresholdsFile::load(path, &problems);
    QCOMPARE(problems, QStringList());
    QCOMPARE(t.forShipment(u"dhl"_s, u"Paket"_s).stalledHours, 36);
    QCOMPARE(t.forShipment(u"ups"_s, u"Standard"_s).lostDays, 9);
}

void TestThresholdsFile::badFieldNamesFileAndFieldAndKeepsItsDefault()
{
    const QString path = write(u"typo.json"_s, R"({"defaults": {"stalled_hours": 36}, "overrides": {"ups": {"stalled_hourz": 72}}})");
    QStringList problems;
    const ProblemThresholds t = ThresholdsFile::load(path, &problems);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().startsWith(path + u": overrides.ups.stalled_hourz"_s), qPrintable(problems.first()));
    QCOMPARE(t.forShipment(u"dhl"_s, u"Paket"_s).stalledHours, 36); // the rest of the file still counts
}

void TestThresholdsFile::unreadableOrBrokenFileGivesTheDefaults()
{
    QStringList problems;
    QCOMPARE(ThresholdsFile::load(m_dir.filePath(u"missing.json"_s), &problems).toJson(), ProblemThresholds::defaults().toJson());
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().contains(u"missing.json"_s));

    problems.clear();
    const QString broken = write(u"broken.json"_s, R"({"defaults": {"stalled_hours": 36})");
    QCOMPARE(ThresholdsFile::load(broken, &problems).toJson(), ProblemThresholds::defaults().toJson());
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(broken + u": not valid JSON"_s), qPrintable(problems.first()));
}

QTEST_GUILESS_MAIN(TestThresholdsFile)
#include "tst_thresholdsfile.moc"
