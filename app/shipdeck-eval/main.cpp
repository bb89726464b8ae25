// shipdeck-eval: how well problem detection and the expected delivery do against what physically
// happened in simulated journeys. Prints one JSON object per line, in the benchmark format.

#include "problems/problemevaluation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "shipdeck-eval: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Evaluates Shipdeck's problem detection and expected delivery on simulated journeys."_s);
    parser.addHelpOption();
    const QCommandLineOption seedOption(u"seed"_s, u"Seed of the journeys evaluated (default 1)."_s, u"S"_s, u"1"_s);
    const QCommandLineOption countOption(u"count"_s, u"How many journeys (default 10000)."_s, u"N"_s, u"10000"_s);
    const QCommandLineOption trainOption(u"train-seed"_s, u"Seed of the delivered journeys the expected delivery and the scan-gap norms learn from (default: seed + 1)."_s, u"S"_s);
    const QCommandLineOption thresholdsOption(u"thresholds"_s, u"Detection thresholds as JSON (see core/problems/README.md)."_s, u"file"_s);
    const QCommandLineOption explainOption(u"explain"_s, u"Instead of the figures, print each false alarm and miss of this case type (e.g. stalled): the journey's truth, its scans and the engine's verdicts."_s, u"type"_s);
    const QCommandLineOption reviewOption(u"review-minutes"_s, u"How often the poller's round reviews a shipment between polls (default 60; 0: at polls only)."_s, u"M"_s, u"60"_s);
    parser.addOptions({seedOption, countOption, trainOption, thresholdsOption, explainOption, reviewOption});
    parser.process(app);

    bool ok = false;
    ProblemEvaluation::Options options;
    options.seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok)
        return fail(u"--seed needs a whole number, not \"%1\""_s.arg(parser.value(seedOption)));
    options.count = parser.value(countOption).toInt(&ok);
    if (!ok || options.count <= 0)
        return fail(u"--count needs a positive whole number, not \"%1\""_s.arg(parser.value(countOption)));
    if (parser.isSet(trainOption)) {
        options.trainSeed = parser.value(trainOption).toULongLong(&ok);
        if (!ok || options.trainSeed == options.seed)
            return fail(u"--train-seed needs a whole number other than the evaluated seed"_s);
    }
    options.reviewMinutes = parser.value(reviewOption).toInt(&ok);
    if (!ok || options.reviewMinutes < 0)
        return fail(u"--review-minutes needs a whole number of minutes, 0 or more, not \"%1\""_s.arg(parser.value(reviewOption)));
    if (parser.isSet(explainOption)) {
        options.explain = ProblemTypes::fromKey(parser.value(explainOption));
        if (!options.explain)
            return fail(u"--explain needs a case type such as stalled or lost, not \"%1\""_s.arg(parser.value(explainOption)));
    }
    ProblemThresholds thresholds = ProblemThresholds::defaults();
    if (parser.isSet(thresholdsOption)) {
        QFile file(parser.value(thresholdsOption));
        if (!file.open(QIODevice::ReadOnly))
            return fail(u"cannot read %1: %2"_s.arg(file.fileName(), file.errorString()));
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &error);
        if (!json.isObject())
            return fail(u"%1 is not a JSON object: %2 at offset %3"_s.arg(file.fileName(), error.errorString(), QString::number(error.offset)));
        QStringList problems;
        thresholds = ProblemThresholds::fromJson(json.object(), &problems);
        for (const QString &problem : std::as_const(problems))
            std::fprintf(stderr, "shipdeck-eval: %s: %s\n", qPrintable(file.fileName()), qPrintable(problem));
        if (!problems.isEmpty())
            return 1;
    }

    QElapsedTimer timer;
    timer.start();
    const ProblemEvaluation evaluation(options, ProblemEngine(thresholds));
    const ProblemEvaluation::Result result = evaluation.run();
    const QStringList lines = options.explain ? result.explanations : ProblemEvaluation::jsonLines(result);
    for (const QString &line : lines)
        std::printf("%s\n", qPrintable(line));
    std::fprintf(stderr, "shipdeck-eval: seed %llu, %d journeys, %lld engine runs in %.1f s\n", static_cast<unsigned long long>(options.seed),
                 result.journeys, static_cast<long long>(result.evaluations), double(timer.elapsed()) / 1000.0);
    return 0;
}
