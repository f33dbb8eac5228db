#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// The shipped catalogues are complete: no message left unfinished, empty, copied
// from the English or missing a placeholder, the same messages in every language,
// and nothing in the sources that lupdate would add as new.
class TestTranslationFiles : public QObject
{
    Q_OBJECT

    struct Message
    {
        QString context;
        QString source;
        QString comment;
        bool numerus = false;
        bool unfinished = false;
        QStringList translations; // one, or one per plural form
    };

    static QList<Message> parse(const QByteArray &xml, QString *error)
    {
        QList<Message> messages;
        QXmlStreamReader reader(xml);
        QString context;
        Message current;
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement()) {
                const auto name = reader.name();
                if (name == QLatin1String("name")) {
                    context = reader.readElementText();
                } else if (name == QLatin1String("message")) {
                    current = Message{context, {}, {}, reader.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), false, {}};
                } else if (name == QLatin1String("source")) {
                    current.source = reader.readElementText();
                } else if (name == QLatin1String("comment")) {
                    current.comment = reader.readElementText();
                } else if (name == QLatin1String("translation")) {
                    const QStringView type = reader.attributes().value(QLatin1String("type"));
                    // vanished/obsolete messages are history, not shipped text.
                    if (type == QLatin1String("vanished") || type == QLatin1String("obsolete")) {
                        current.source.clear();
                        reader.skipCurrentElement();
                        continue;
                    }
                    current.unfinished = type == QLatin1String("unfinished");
                    if (!current.numerus)
                        current.translations << reader.readElementText();
                } else if (name == QLatin1String("numerusform")) {
                    current.translations << reader.readElementText();
                }
            } else if (reader.isEndElement() && reader.name() == QLatin1String("message")) {
                if (!current.source.isEmpty())
                    messages << current;
            }
        }
        if (reader.hasError())
            *error = reader.errorString();
        return messages;
    }

    // Texts that may read the same as the English: names, formats, key sequences,
    // value names (FILE, WxH), file names and URLs, and, per language, words that are
    // spelled the same there (German "Status", French "Instance").
    static bool mayEqualSource(const QString &source, const QString &language)
    {
        static const QStringList names{QStringLiteral("Outage Desk"), QStringLiteral("Atlassian Statuspage"),
                                       QStringLiteral("Statuspage"), QStringLiteral("WebDAV"), QStringLiteral("Webhook"),
                                       QStringLiteral("Markdown"), QStringLiteral("Hunspell"), QStringLiteral("JSON"),
                                       QStringLiteral("HTML"), QStringLiteral("PDF"), QStringLiteral("PNG"),
                                       QStringLiteral("SVG"), QStringLiteral("UTC"), QStringLiteral("URL"),
                                       QStringLiteral("A4"), QStringLiteral("Letter")};
        static const QRegularExpression keySequence(QStringLiteral("^(?:(?:Ctrl|Shift|Alt|Meta)\\+)+\\S+$"));
        static const QRegularExpression fileOrUrl(QStringLiteral("^[^\\s]+[./][^\\s]+$"));
        static const QRegularExpression commandPrefix(
            QStringLiteral("^(?:import|list|export|lint|availability|gantt|portal|approve|publish|outbox)(?: \\w+)?: "));
        static const QRegularExpression placeholder(QStringLiteral("%(?:\\d+|n)"));
        static const QRegularExpression filePattern(QStringLiteral("\\(\\*\\.[^)]*\\)"));
        static const QRegularExpression letter(QStringLiteral("\\p{L}"));
        static const QHash<QString, QSet<QString>> sameWords{
            {QStringLiteral("de"), {QStringLiteral("Name"), QStringLiteral("&Name:"), QStringLiteral("Status"),
                                    QStringLiteral("&Status:"), QStringLiteral("Zone:"), QStringLiteral("Portal"),
                                    QStringLiteral("&Portal:"), QStringLiteral("Link"), QStringLiteral("Code"),
                                    QStringLiteral("&URL:"), QStringLiteral("%1 in %2 (%3)")}},
            {QStringLiteral("fr"), {QStringLiteral("Instance"), QStringLiteral("&Instances"), QStringLiteral("Impact"),
                                    QStringLiteral("Maintenance"), QStringLiteral("Action"), QStringLiteral("Code"),
                                    QStringLiteral("Local (%1)"), QStringLiteral("Service"), QStringLiteral("Date"),
                                    QStringLiteral("Publication"), QStringLiteral("Incident"), QStringLiteral("&Incident"),
                                    QStringLiteral("%1 h %2 min"), QStringLiteral("%1 min")}},
        };
        const QString text = source.trimmed();
        if (text.size() <= 3 || keySequence.match(text).hasMatch() || fileOrUrl.match(text).hasMatch())
            return true;
        if (text.toUpper() == text) // value names in help: FILE, CODE
            return true;
        if (sameWords.value(language).contains(source))
            return true;
        QString rest = text;
        rest.remove(commandPrefix).remove(placeholder).remove(filePattern);
        for (const QString &name : names)
            rest.remove(name);
        return !letter.match(rest).hasMatch();
    }

    static QSet<QString> placeholders(const QString &text)
    {
        static const QRegularExpression pattern(QStringLiteral("%(?:\\d+|n|L\\d+)"));
        QSet<QString> found;
        for (auto it = pattern.globalMatch(text); it.hasNext();)
            found.insert(it.next().captured());
        return found;
    }

    // What is wrong with a catalogue, one line per message; empty when it may ship.
    static QStringList problems(const QByteArray &xml, bool pluralsOnly = false)
    {
        QXmlStreamReader header(xml);
        while (!header.atEnd() && !(header.readNext() == QXmlStreamReader::StartElement && header.name() == QLatin1String("TS"))) {
        }
        const QString language = header.attributes().value(QLatin1String("language")).toString().section(QLatin1Char('_'), 0, 0);
        QString error;
        const QList<Message> messages = parse(xml, &error);
        if (!error.isEmpty())
            return {QStringLiteral("not a readable .ts file: %1").arg(error)};
        QStringList found;
        for (const Message &m : messages) {
            const QString where = m.context + QStringLiteral(": ") + m.source.left(60);
            if (pluralsOnly && !m.numerus)
                found << QStringLiteral("not a plural message in the plurals file: %1").arg(where);
            if (m.unfinished)
                found << QStringLiteral("unfinished: %1").arg(where);
            if (m.translations.isEmpty())
                found << QStringLiteral("no translation: %1").arg(where);
            for (const QString &t : m.translations) {
                if (t.trimmed().isEmpty()) {
                    found << QStringLiteral("empty: %1").arg(where);
                    continue;
                }
                if (!pluralsOnly && !m.numerus && t == m.source && !mayEqualSource(m.source, language))
                    found << QStringLiteral("copied from the English: %1").arg(where);
                // %n may be left out of a singular form ("one incident"); numbered ones may not.
                QSet<QString> needed = placeholders(m.source);
                if (m.numerus)
                    needed.remove(QStringLiteral("%n"));
                if (!placeholders(t).contains(needed))
                    found << QStringLiteral("placeholder missing: %1 → %2").arg(where, t.left(60));
            }
        }
        if (messages.isEmpty())
            found << QStringLiteral("no messages at all");
        return found;
    }

    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static QString tsPath(const QString &language)
    {
        return QStringLiteral(OUTAGEDESK_SOURCE_DIR "/translations/outagedesk_%1.ts").arg(language);
    }

    static QByteArray wrap(const QByteArray &message, const QByteArray &language = "de")
    {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?><!DOCTYPE TS><TS version=\"2.1\" language=\"" + language
            + "\"><context><name>MainWindow</name>" + message + "</context></TS>";
    }

private Q_SLOTS:
    // The checker itself, on catalogues made to fail: a test that cannot fail proves nothing.
    void problems_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("expected"); // empty: no problem

        QTest::newRow("translated") << wrap("<message><source>&amp;File</source><translation>&amp;Datei</translation></message>") << QString();
        QTest::newRow("unfinished") << wrap("<message><source>&amp;File</source><translation type=\"unfinished\">&amp;Datei</translation></message>") << QStringLiteral("unfinished");
        QTest::newRow("empty") << wrap("<message><source>&amp;File</source><translation></translation></message>") << QStringLiteral("empty");
        QTest::newRow("blank unfinished") << wrap("<message><source>&amp;File</source><translation type=\"unfinished\"></translation></message>") << QStringLiteral("unfinished");
        QTest::newRow("copied") << wrap("<message><source>Data centers</source><translation>Data centers</translation></message>") << QStringLiteral("copied from the English");
        QTest::newRow("format may be equal") << wrap("<message><source>%1 – %2</source><translation>%1 – %2</translation></message>") << QString();
        QTest::newRow("placeholder lost") << wrap("<message><source>Cannot open %1: %2</source><translation>Kann %1 nicht öffnen</translation></message>") << QStringLiteral("placeholder missing");
        QTest::newRow("plural form empty") << wrap("<message numerus=\"yes\"><source>%n incident(s)</source><translation><numerusform>%n Störung</numerusform><numerusform></numerusform></translation></message>") << QStringLiteral("empty");
        QTest::newRow("plural complete") << wrap("<message numerus=\"yes\"><source>%n incident(s)</source><translation><numerusform>eine Störung</numerusform><numerusform>%n Störungen</numerusform></translation></message>") << QString();
        QTest::newRow("vanished is not shipped") << wrap("<message><source>Old</source><translation type=\"vanished\">Alt</translation></message><message><source>New</source><translation>Neu</translation></message>") << QString();
        QTest::newRow("not xml") << QByteArray("<TS><context>") << QStringLiteral("not a readable");
    }

    void problems()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, expected);
        const QStringList found = problems(xml);
        if (expected.isEmpty()) {
            QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
        } else {
            QVERIFY2(!found.isEmpty() && found.first().startsWith(expected), qPrintable(found.join(QLatin1Char('\n'))));
        }
    }

    void shippedCatalogue_isComplete_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"de", "fr", "he"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    void shippedCatalogue_isComplete()
    {
        QFETCH(QString, language);
        const QByteArray xml = read(tsPath(language));
        QVERIFY2(!xml.isEmpty(), qPrintable(tsPath(language)));
        const QStringList found = problems(xml);
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("%1 problem(s):\n").arg(found.size()) + found.join(QLatin1Char('\n'))));
    }

    void pluralsFile_holdsOnlyCompletePluralForms()
    {
        const QByteArray xml = read(tsPath(QStringLiteral("en")));
        QVERIFY(!xml.isEmpty());
        const QStringList found = problems(xml, true);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    void everyLanguage_hasTheSameMessages()
    {
        QString error;
        const auto keys = [&](const QString &language) {
            QSet<QString> set;
            for (const Message &m : parse(read(tsPath(language)), &error))
                set.insert(m.context + QLatin1Char('\x1f') + m.source + QLatin1Char('\x1f') + m.comment);
            return set;
        };
        const QSet<QString> german = keys(QStringLiteral("de"));
        QVERIFY(!german.isEmpty());
        QCOMPARE(keys(QStringLiteral("fr")), german);
        QCOMPARE(keys(QStringLiteral("he")), german);
    }

    // lupdate over today's sources adds nothing new: every tr() string is in the
    // catalogues (run the build target update_translations, then translate).
    void catalogues_coverTheSources()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QStringLiteral("outagedesk_de.ts"));
        QVERIFY(QFile::copy(tsPath(QStringLiteral("de")), copy));
        QProcess lupdate;
        lupdate.start(QStringLiteral(OUTAGEDESK_LUPDATE),
                      {QStringLiteral("-source-language"), QStringLiteral("en"), QStringLiteral("-locations"),
                       QStringLiteral("none"), QStringLiteral("-no-obsolete"),
                       QStringLiteral(OUTAGEDESK_SOURCE_DIR "/src"), QStringLiteral(OUTAGEDESK_SOURCE_DIR "/ui"),
                       QStringLiteral("-ts"), copy});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        QStringList untranslated;
        QString error;
        for (const Message &m : parse(read(copy), &error)) {
            if (m.unfinished)
                untranslated << m.context + QStringLiteral(": ") + m.source;
        }
        QVERIFY2(untranslated.isEmpty(),
                 qPrintable(QStringLiteral("not in the catalogues yet:\n") + untranslated.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslationFiles)
#include "tst_translationfiles.moc"
