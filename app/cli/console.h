#pragma once

#include <QString>

#include <QByteArray>

#include <cstdio>
#include <string_view>

namespace altrata::cli {

// Standard streams of the CLI: results on stdout, explanations, warnings and prompts on stderr, so that
// `--json` output stays parseable. Injecting the FILE pointers keeps it testable.
class Console final {
public:
    explicit Console(FILE *in = stdin, FILE *out = stdout, FILE *err = stderr);

    void out(const QString &text) const;
    void err(const QString &text) const;
    // Writes bytes as they are (documents are UTF-8 whatever the locale says).
    void outBytes(std::string_view bytes) const;
    // Everything on standard input up to its end.
    QByteArray readAllInput() const;
    // True when standard input is a terminal a person can answer on.
    bool isInteractive() const;
    // Asks a yes/no question on stderr and reads the answer from stdin; anything but y/yes is "no".
    bool confirm(const QString &question) const;

private:
    FILE *m_in;
    FILE *m_out;
    FILE *m_err;
};

} // namespace altrata::cli
