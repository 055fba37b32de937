#include "jsoneditor.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

using altrata::ui::JsonEditor;

namespace {

long sci(const JsonEditor &e, unsigned int msg, unsigned long w = 0, long l = 0) {
    return e.SendScintilla(msg, w, l);
}

bool underlinedAt(const JsonEditor &e, qsizetype bytePosition) {
    return sci(e, QsciScintillaBase::SCI_INDICATORVALUEAT, static_cast<unsigned long>(e.errorIndicator()),
               static_cast<long>(bytePosition)) != 0;
}

QList<qsizetype> underlinedBytes(const JsonEditor &e) {
    QList<qsizetype> bytes;
    for (qsizetype i = 0; i < e.text().toUtf8().size(); ++i) {
        if (underlinedAt(e, i))
            bytes.append(i);
    }
    return bytes;
}

QColor styleColour(const JsonEditor &e, unsigned int msg, int style) {
    const auto bgr = static_cast<unsigned long>(sci(e, msg, static_cast<unsigned long>(style)));
    return QColor(int(bgr & 0xff), int((bgr >> 8) & 0xff), int((bgr >> 16) & 0xff));
}

} // namespace

class TestJsonEditor final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void variables_emptyOrBlank_isAnEmptyObject();
    void variables_object_isReturned();
    void variables_invalid_sentenceNamesLineAndColumn_data();
    void variables_invalid_sentenceNamesLineAndColumn();
    void variables_notAnObject_isAProblem_data();
    void variables_notAnObject_isAProblem();
    void typing_checksOnlyAfterThePause_thenFixClearsIt();
    void problem_runsAPendingCheck();
    void hoverOverUnderline_showsTheSentence();
    void readOnly_setJson_replacesTextAndStaysReadOnly();
    void colours_followPalette_andLexerStylesJson();
    void folding_lineNumbers_braceMatching();
};

void TestJsonEditor::variables_emptyOrBlank_isAnEmptyObject() {
    JsonEditor editor(JsonEditor::Mode::Variables);
    QCOMPARE(editor.mode(), JsonEditor::Mode::Variables);
    for (const QString &text : {QString(), QStringLiteral("  \n\t ")}) {
        editor.setText(text);
        editor.checkNow();
        QVERIFY(editor.problem().isEmpty());
        QCOMPARE(editor.variables(), std::optional<QJsonObject>(QJsonObject{}));
    }
}

void TestJsonEditor::variables_object_isReturned() {
    JsonEditor editor(JsonEditor::Mode::Variables);
    editor.setText(QStringLiteral("{\n  \"name\": \"Zo\u00eb\",\n  \"first\": 10,\n  \"ids\": [1, 2]\n}\n"));
    editor.checkNow();
    QVERIFY(editor.problem().isEmpty());
    const auto variables = editor.variables();
    QVERIFY(variables.has_value());
    QCOMPARE(variables->value(QStringLiteral("name")).toString(), QStringLiteral("Zo\u00eb"));
    QCOMPARE(variables->value(QStringLiteral("first")).toInt(), 10);
    QCOMPARE(variables->value(QStringLiteral("ids")).toArray().size(), 2);
}

void TestJsonEditor::variables_invalid_sentenceNamesLineAndColumn_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("problem");
    QTest::addColumn<int>("underlinedByte"); // -1: the last character (the text ends too soon)
    QTest::newRow("missing comma") << QStringLiteral("{\n  \"a\": 1\n  \"b\": 2\n}")
                                   << QStringLiteral("Variables: expected ',' or '}' at line 3, column 3.") << 13;
    QTest::newRow("missing colon") << QStringLiteral("{\"a\" 1}")
                                   << QStringLiteral("Variables: expected ':' after the name at line 1, column 6.")
                                   << 5;
    QTest::newRow("missing value") << QStringLiteral("{\"a\": }")
                                   << QStringLiteral("Variables: expected a value at line 1, column 7.") << 6;
    QTest::newRow("trailing comma") << QStringLiteral("{\"a\": 1,}")
                                    << QStringLiteral(
                                           "Variables: expected a name in double quotes after ',' at line 1, column 9.")
                                    << 8;
    QTest::newRow("unquoted name") << QStringLiteral("{a: 1}")
                                   << QStringLiteral("Variables: expected a name in double quotes at line 1, column 2.")
                                   << 1;
    QTest::newRow("bad value after non-ASCII")
        << QStringLiteral("{\"n\": \"Zo\u00eb \u6771\", \"x\": tru}")
        << QStringLiteral("Variables: expected a value (a string, number, object, array, true, false or null) at "
                          "line 1, column 21.")
        << 23;
    QTest::newRow("array without comma") << QStringLiteral("{\"a\": [1 2]}")
                                         << QStringLiteral("Variables: expected ',' or ']' at line 1, column 10.") << 9;
    QTest::newRow("garbage after the object")
        << QStringLiteral("{\"a\": 1}\nx")
        << QStringLiteral("Variables: unexpected text after the closing '}' at line 2, column 1.") << 9;
    QTest::newRow("ends too soon") << QStringLiteral("{\"a\": 1")
                                   << QStringLiteral("Variables: the text ends too soon at line 1, column 8.") << -1;
    QTest::newRow("open string") << QStringLiteral("{\"a\": \"abc}")
                                 << QStringLiteral("Variables: a string is not closed with '\"' at line 1, column 12.")
                                 << -1;
}

void TestJsonEditor::variables_invalid_sentenceNamesLineAndColumn() {
    QFETCH(QString, text);
    QFETCH(QString, problem);
    QFETCH(int, underlinedByte);
    JsonEditor editor(JsonEditor::Mode::Variables);
    QSignalSpy spy(&editor, &JsonEditor::problemChanged);
    editor.setText(text);
    editor.checkNow();
    QCOMPARE(editor.problem(), problem);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.constFirst().constFirst().toString(), problem);
    QVERIFY(!editor.variables().has_value());
    const qsizetype expected = underlinedByte >= 0 ? underlinedByte : text.toUtf8().size() - 1;
    QCOMPARE(underlinedBytes(editor).value(0, -2), expected);
}

void TestJsonEditor::variables_notAnObject_isAProblem_data() {
    QTest::addColumn<QString>("text");
    QTest::newRow("array") << QStringLiteral("  [1, 2]");
    QTest::newRow("number") << QStringLiteral("  1");
    QTest::newRow("string") << QStringLiteral("  \"x\"");
    QTest::newRow("null") << QStringLiteral("  null");
}

void TestJsonEditor::variables_notAnObject_isAProblem() {
    QFETCH(QString, text);
    JsonEditor editor(JsonEditor::Mode::Variables);
    editor.setText(text);
    editor.checkNow();
    QCOMPARE(editor.problem(), QStringLiteral("Variables must be a JSON object, like {\"id\": 1}."));
    QVERIFY(!editor.variables().has_value());
    QCOMPARE(underlinedBytes(editor).value(0, -1), 2);
}

void TestJsonEditor::typing_checksOnlyAfterThePause_thenFixClearsIt() {
    JsonEditor editor(JsonEditor::Mode::Variables);
    QSignalSpy spy(&editor, &JsonEditor::problemChanged);
    QTest::keyClicks(&editor, QStringLiteral("{\"a\": }"));
    QCOMPARE(spy.size(), 0); // no event loop yet: the check waits for typing to stop
    QVERIFY(!underlinedAt(editor, 6));
    QTRY_COMPARE(spy.size(), 1);
    QCOMPARE(spy.constLast().constFirst().toString(),
             QStringLiteral("Variables: expected a value at line 1, column 7."));
    QVERIFY(underlinedAt(editor, 6));
    editor.setCursorPosition(0, 6);
    QTest::keyClicks(&editor, QStringLiteral("1"));
    QTRY_COMPARE(spy.size(), 2);
    QVERIFY(spy.constLast().constFirst().toString().isEmpty());
    QVERIFY(underlinedBytes(editor).isEmpty());
    QCOMPARE(editor.variables()->value(QStringLiteral("a")).toInt(), 1);
}

void TestJsonEditor::problem_runsAPendingCheck() {
    JsonEditor editor(JsonEditor::Mode::Variables);
    QTest::keyClicks(&editor, QStringLiteral("[]"));
    QVERIFY(!editor.problem().isEmpty()); // the check was still waiting for its timer
    editor.clear();
    QVERIFY(editor.problem().isEmpty());
    QCOMPARE(editor.variables(), std::optional<QJsonObject>(QJsonObject{}));
}

void TestJsonEditor::hoverOverUnderline_showsTheSentence() {
    JsonEditor editor(JsonEditor::Mode::Variables);
    editor.resize(400, 200);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.setText(QStringLiteral("{\"a\": }"));
    editor.checkNow();
    Q_EMIT editor.SCN_DWELLSTART(6, 10, 10);
    QTRY_COMPARE(QToolTip::text(), QStringLiteral("Variables: expected a value at line 1, column 7."));
    QToolTip::hideText();
    QTRY_VERIFY(!QToolTip::isVisible());
    Q_EMIT editor.SCN_DWELLSTART(1, 10, 10); // not on the squiggle
    QVERIFY(!QToolTip::isVisible());
}

void TestJsonEditor::readOnly_setJson_replacesTextAndStaysReadOnly() {
    JsonEditor editor(JsonEditor::Mode::ReadOnly);
    QCOMPARE(editor.mode(), JsonEditor::Mode::ReadOnly);
    QVERIFY(editor.isReadOnly());
    const QByteArray first = "{\n  \"name\": \"Zo\xc3\xab \xe6\x9d\xb1\"\n}";
    editor.setJson(first);
    QCOMPARE(editor.text().toUtf8(), first);
    QVERIFY(editor.isReadOnly());
    QVERIFY(!editor.isUndoAvailable());
    QTest::keyClicks(&editor, QStringLiteral("xyz"));
    QCOMPARE(editor.text().toUtf8(), first);
    editor.setJson("[1]");
    QCOMPARE(editor.text(), QStringLiteral("[1]"));
    // A response is not variables: no check, no problem.
    editor.checkNow();
    QVERIFY(editor.problem().isEmpty());
    QCOMPARE(editor.errorIndicator(), -1);
}

void TestJsonEditor::colours_followPalette_andLexerStylesJson() {
    JsonEditor editor(JsonEditor::Mode::ReadOnly);
    editor.setJson("{\"key\": 12, \"s\": \"v\", \"b\": true}");
    sci(editor, QsciScintillaBase::SCI_COLOURISE, 0, -1);
    QCOMPARE(sci(editor, QsciScintillaBase::SCI_GETSTYLEAT, 2), long(QsciLexerJSON::Property));
    QCOMPARE(sci(editor, QsciScintillaBase::SCI_GETSTYLEAT, 8), long(QsciLexerJSON::Number));
    QCOMPARE(sci(editor, QsciScintillaBase::SCI_GETSTYLEAT, 29), long(QsciLexerJSON::Keyword));
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Text, QColor(0xdd, 0xdd, 0xdd));
    editor.setPalette(dark);
    QCOMPARE(styleColour(editor, QsciScintillaBase::SCI_STYLEGETBACK, QsciLexerJSON::Property),
             dark.color(QPalette::Base));
    QVERIFY(styleColour(editor, QsciScintillaBase::SCI_STYLEGETFORE, QsciLexerJSON::Default).lightnessF() > 0.6);
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    editor.setPalette(light);
    QCOMPARE(styleColour(editor, QsciScintillaBase::SCI_STYLEGETBACK, QsciLexerJSON::Property), QColor(Qt::white));
    QVERIFY(styleColour(editor, QsciScintillaBase::SCI_STYLEGETFORE, QsciLexerJSON::Property).lightnessF() < 0.5);
}

void TestJsonEditor::folding_lineNumbers_braceMatching() {
    JsonEditor editor(JsonEditor::Mode::Variables);
    editor.setText(QStringLiteral("{\n  \"a\": {\n    \"b\": 1\n  }\n}"));
    sci(editor, QsciScintillaBase::SCI_COLOURISE, 0, -1);
    QVERIFY(sci(editor, QsciScintillaBase::SCI_GETFOLDLEVEL, 0) & QsciScintillaBase::SC_FOLDLEVELHEADERFLAG);
    QVERIFY(sci(editor, QsciScintillaBase::SCI_GETFOLDLEVEL, 1) & QsciScintillaBase::SC_FOLDLEVELHEADERFLAG);
    QVERIFY(!(sci(editor, QsciScintillaBase::SCI_GETFOLDLEVEL, 2) & QsciScintillaBase::SC_FOLDLEVELHEADERFLAG));
    QVERIFY(editor.marginLineNumbers(0));
    QVERIFY(editor.marginWidth(0) > 0);
    QCOMPARE(editor.braceMatching(), QsciScintilla::SloppyBraceMatch);
    editor.setCursorPosition(0, 1);
    editor.moveToMatchingBrace();
    QCOMPARE(editor.SendScintilla(QsciScintillaBase::SCI_GETCURRENTPOS), long(editor.text().toUtf8().size() - 1));
}

QTEST_MAIN(TestJsonEditor)
#include "tst_jsoneditor.moc"
