#include "cliprocess.h"
#include "graphql/astjson.h"
#include "graphql/parser.h"

#include <QTemporaryDir>
#include <QTest>

namespace {

using altrata::test::CliRun;

const QByteArray unformatted = "query Q{a(x:1){b}}";
// graphql-js 16.15.0 print(parse(unformatted)), plus the line break the CLI ends its output with.
const QByteArray formatted = "query Q {\n  a(x: 1) {\n    b\n  }\n}\n";

} // namespace

// The real altrata-explorer-cli's format and parse commands: local files and standard input only.
class TestCliFormat final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void format_file_printsFormattedDocument();
    void format_dashOrNoFile_readsStandardInput_data();
    void format_dashOrNoFile_readsStandardInput();
    void format_minify_printsOneLine();
    void format_check_formattedFile_exitsZeroSilently_data();
    void format_check_formattedFile_exitsZeroSilently();
    void format_check_unformattedFile_exitsOneWithNoteOnStderr();
    void format_syntaxError_reportsFileLineColumnAndExitsTwo();
    void format_syntaxErrorOnStandardInput_namesStdin();
    void format_missingFile_exitsTwo();
    void parse_json_printsTheAstAsJson();
    void parse_json_equalsToJsonOfTheDocument();
    void parse_syntaxError_exitsTwo();
    void parse_withoutJson_isUsageError();
    void help_documentsFormatParseAndTheirExitCodes();

private:
    QString writeFile(const QString &name, const QByteArray &content);
    static CliRun run(const QStringList &args, const QByteArray &input = {});

    QTemporaryDir m_dir;
};

QString TestCliFormat::writeFile(const QString &name, const QByteArray &content) {
    return altrata::test::writeTestFile(m_dir, name, content);
}

CliRun TestCliFormat::run(const QStringList &args, const QByteArray &input) {
    return altrata::test::runCli(QStringLiteral(CLI_PATH), args, input);
}

void TestCliFormat::format_file_printsFormattedDocument() {
    const CliRun result = run({QStringLiteral("format"), writeFile(QStringLiteral("q.graphql"), unformatted)});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, formatted);
    QCOMPARE(result.err, QByteArray());
}

void TestCliFormat::format_dashOrNoFile_readsStandardInput_data() {
    QTest::addColumn<QStringList>("args");
    QTest::newRow("dash") << QStringList{QStringLiteral("format"), QStringLiteral("-")};
    QTest::newRow("no file") << QStringList{QStringLiteral("format")};
}

void TestCliFormat::format_dashOrNoFile_readsStandardInput() {
    QFETCH(QStringList, args);
    const CliRun result = run(args, unformatted);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, formatted);
}

void TestCliFormat::format_minify_printsOneLine() {
    const QString path = writeFile(QStringLiteral("m.graphql"), formatted);
    const CliRun result = run({QStringLiteral("format"), QStringLiteral("--minify"), path});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, unformatted + '\n');
}

void TestCliFormat::format_check_formattedFile_exitsZeroSilently_data() {
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("minify");
    QTest::newRow("with final line break") << formatted << false;
    QTest::newRow("without final line break") << formatted.chopped(1) << false;
    QTest::newRow("minified, --minify") << unformatted << true;
}

void TestCliFormat::format_check_formattedFile_exitsZeroSilently() {
    QFETCH(QByteArray, content);
    QFETCH(bool, minify);
    QStringList args{QStringLiteral("format"), QStringLiteral("--check"),
                     writeFile(QStringLiteral("c.graphql"), content)};
    if (minify)
        args << QStringLiteral("--minify");
    const CliRun result = run(args);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QByteArray());
    QCOMPARE(result.err, QByteArray());
}

void TestCliFormat::format_check_unformattedFile_exitsOneWithNoteOnStderr() {
    const QString path = writeFile(QStringLiteral("u.graphql"), unformatted);
    const CliRun result = run({QStringLiteral("format"), QStringLiteral("--check"), path});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.out, QByteArray());
    QVERIFY2(result.err.contains(path.toUtf8()) && result.err.contains("not formatted"), result.err.constData());
}

// graphql-js 16.15.0 parse("{\n  a(\n}") throws "Syntax Error: Expected Name, found \"}\"." at 3:1.
void TestCliFormat::format_syntaxError_reportsFileLineColumnAndExitsTwo() {
    const QString path = writeFile(QStringLiteral("bad.graphql"), "{\n  a(\n}");
    const CliRun result = run({QStringLiteral("format"), path});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QByteArray());
    QCOMPARE(result.err, path.toUtf8() + ":3:1: Syntax Error: Expected Name, found \"}\".\n");
}

void TestCliFormat::format_syntaxErrorOnStandardInput_namesStdin() {
    const CliRun result = run({QStringLiteral("format"), QStringLiteral("-")}, "{");
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.err, QByteArray("<stdin>:1:2: Syntax Error: Expected Name, found <EOF>.\n"));
}

void TestCliFormat::format_missingFile_exitsTwo() {
    const CliRun result = run({QStringLiteral("format"), m_dir.filePath(QStringLiteral("missing.graphql"))});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QByteArray());
    QVERIFY(result.err.contains("missing.graphql"));
}

// The JSON graphql-js 16.15.0 gives for JSON.stringify(parse(unformatted, {noLocation: true})).
void TestCliFormat::parse_json_printsTheAstAsJson() {
    const CliRun result = run({QStringLiteral("parse"), QStringLiteral("--json"), QStringLiteral("-")}, unformatted);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out,
             QByteArray("{\"kind\":\"Document\",\"definitions\":[{\"kind\":\"OperationDefinition\",\"operation\":"
                        "\"query\",\"name\":{\"kind\":\"Name\",\"value\":\"Q\"},\"variableDefinitions\":[],"
                        "\"directives\":[],\"selectionSet\":{\"kind\":\"SelectionSet\",\"selections\":[{\"kind\":"
                        "\"Field\",\"name\":{\"kind\":\"Name\",\"value\":\"a\"},\"arguments\":[{\"kind\":\"Argument\","
                        "\"name\":{\"kind\":\"Name\",\"value\":\"x\"},\"value\":{\"kind\":\"IntValue\",\"value\":\"1\"}"
                        "}],\"directives\":[],\"selectionSet\":{\"kind\":\"SelectionSet\",\"selections\":[{\"kind\":"
                        "\"Field\",\"name\":{\"kind\":\"Name\",\"value\":\"b\"},\"arguments\":[],\"directives\":[]}]}}"
                        "]}}]}\n"));
}

void TestCliFormat::parse_json_equalsToJsonOfTheDocument() {
    const QByteArray schema = "\"\"\"Doc\"\"\" type T implements I @d { f(a: [Int!] = [1]): String } union U = A | B";
    const CliRun result =
        run({QStringLiteral("parse"), QStringLiteral("--json"), writeFile(QStringLiteral("s.graphql"), schema)});
    QCOMPARE(result.exitCode, 0);
    const altrata::graphql::ParseResult parsed = altrata::graphql::parse(schema.toStdString());
    QVERIFY(parsed.ok());
    QCOMPARE(result.out, QByteArray::fromStdString(altrata::graphql::toJson(parsed.document) + '\n'));
}

void TestCliFormat::parse_syntaxError_exitsTwo() {
    const CliRun result = run({QStringLiteral("parse"), QStringLiteral("--json"), QStringLiteral("-")}, "{");
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QByteArray());
    QCOMPARE(result.err, QByteArray("<stdin>:1:2: Syntax Error: Expected Name, found <EOF>.\n"));
}

void TestCliFormat::parse_withoutJson_isUsageError() {
    const CliRun result = run({QStringLiteral("parse"), QStringLiteral("-")}, unformatted);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QByteArray());
    QVERIFY(result.err.contains("--json"));
}

void TestCliFormat::help_documentsFormatParseAndTheirExitCodes() {
    const CliRun result = run({QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    for (const char *word : {"format [FILE|-]", "parse --json [FILE|-]", "--minify", "--check", "FILE:LINE:COLUMN",
                             " 1  format --check", " 2  usage error"})
        QVERIFY2(result.out.contains(word), word);
}

QTEST_GUILESS_MAIN(TestCliFormat)
#include "tst_cliformat.moc"
