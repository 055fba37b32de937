#include "console.h"

#include <unistd.h>

namespace altrata::cli {

Console::Console(FILE *in, FILE *out, FILE *err)
    : m_in(in)
    , m_out(out)
    , m_err(err) {}

void Console::out(const QString &text) const {
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), m_out);
    std::fflush(m_out);
}

void Console::err(const QString &text) const {
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), m_err);
    std::fflush(m_err);
}

void Console::outBytes(std::string_view bytes) const {
    std::fwrite(bytes.data(), 1, bytes.size(), m_out);
    std::fflush(m_out);
}

QByteArray Console::readAllInput() const {
    QByteArray bytes;
    char buffer[65536];
    std::size_t read = 0;
    while ((read = std::fread(buffer, 1, sizeof buffer, m_in)) > 0)
        bytes.append(buffer, static_cast<qsizetype>(read));
    return bytes;
}

bool Console::isInteractive() const {
    return ::isatty(::fileno(m_in)) == 1;
}

bool Console::confirm(const QString &question) const {
    err(question + QStringLiteral(" [y/N] "));
    char line[64] = {};
    if (!std::fgets(line, sizeof line, m_in))
        return false;
    const QString answer = QString::fromLocal8Bit(line).trimmed().toLower();
    return answer == QStringLiteral("y") || answer == QStringLiteral("yes");
}

} // namespace altrata::cli
