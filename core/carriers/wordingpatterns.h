#pragma once

#include <QRegularExpression>
#include <QString>

#include <iterator>
#include <vector>

// Carrier wordings compiled once: case-insensitive and Unicode-aware (German umlauts), each kept
// beside the rule it belongs to. For rule tables of structs with a `pattern` (const char16_t *).
template<typename Rule>
struct CompiledWording {
    const Rule *rule;
    QRegularExpression expression;
};

template<typename Rule, std::size_t N>
std::vector<CompiledWording<Rule>> compileWordings(const Rule (&rules)[N])
{
    std::vector<CompiledWording<Rule>> compiled;
    compiled.reserve(N);
    for (const Rule &rule : rules) {
        QRegularExpression expression(QString::fromUtf16(rule.pattern),
                                      QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        expression.optimize();
        compiled.push_back({&rule, std::move(expression)});
    }
    return compiled;
}
