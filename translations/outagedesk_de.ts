<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AmPmSlip</name>
    <message>
        <source>did you mean %1?</source>
        <translation>meinten Sie %1?</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Approve RCA</source>
        <translation>Ursachenanalyse freigeben</translation>
    </message>
</context>
<context>
    <name>AvailabilityCommand</name>
    <message>
        <source>downtime and availability per data center and instance</source>
        <translation>Ausfallzeit und Verfügbarkeit je Rechenzentrum und Instanz</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>JSON ausgeben</translation>
    </message>
    <message>
        <source>availability: unknown data center %1</source>
        <translation>availability: unbekanntes Rechenzentrum %1</translation>
    </message>
</context>
<context>
    <name>AvailabilityReport</name>
    <message>
        <source>Availability from %1 to %2
</source>
        <translation>Verfügbarkeit von %1 bis %2
</translation>
    </message>
</context>
<context>
    <name>BuildPortalDialog</name>
    <message>
        <source>Build Portal</source>
        <translation>Portal erstellen</translation>
    </message>
    <message>
        <source>Writes the whole workspace as a static status portal into a folder, as “outagedesk portal build” does: every incident as it is now, without internal notes or unapproved RCAs. Nothing is uploaded.</source>
        <translation>Schreibt den ganzen Arbeitsbereich als statisches Statusportal in einen Ordner, wie „outagedesk portal build“: jede Störung in ihrem jetzigen Stand, ohne interne Notizen und ohne nicht freigegebene Ursachenanalysen. Nichts wird hochgeladen.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>a default heading in the portal&apos;s language</source>
        <translation>eine Standardüberschrift in der Sprache des Portals</translation>
    </message>
    <message>
        <source>Site &amp;URL:</source>
        <translation>Site-&amp;URL:</translation>
    </message>
    <message>
        <source>for the feed&apos;s links; empty: relative links</source>
        <translation>für die Links des Feeds; leer: relative Links</translation>
    </message>
</context>
<context>
    <name>CustomersDialog</name>
    <message>
        <source>Registered Customers</source>
        <translation>Registrierte Kunden</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Subscribed &amp;to:</source>
        <translation>Abonniert &amp;für:</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Add or update customers from a CSV file with the columns email, name, language and subscriptions</source>
        <translation>Kunden aus einer CSV-Datei mit den Spalten email, name, language und subscriptions hinzufügen oder aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Unsubscribe</source>
        <translation>Ab&amp;bestellen</translation>
    </message>
    <message>
        <source>Keep the selected customers on record but send them nothing more</source>
        <translation>Die gewählten Kunden behalten, ihnen aber nichts mehr senden</translation>
    </message>
    <message>
        <source>&amp;Resubscribe</source>
        <translation>&amp;Wieder abonnieren</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
</context>
<context>
    <name>DataCentersDialog</name>
    <message>
        <source>Data Centers and Instances</source>
        <translation>Rechenzentren und Instanzen</translation>
    </message>
    <message>
        <source>&amp;Data centers</source>
        <translation>&amp;Rechenzentren</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kürzel:</translation>
    </message>
    <message>
        <source>Short key, e.g. EU</source>
        <translation>Kurzes Kürzel, z. B. EU</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>e.g. Europe Data Center</source>
        <translation>z. B. Rechenzentrum Europa</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Update selected</source>
        <translation>Auswahl &amp;aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>Auswahl &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Instances</source>
        <translation>&amp;Instanzen</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>e.g. Primo MT EU01</source>
        <translation>z. B. Primo MT EU01</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Produkt:</translation>
    </message>
    <message>
        <source>e.g. Primo</source>
        <translation>z. B. Primo</translation>
    </message>
    <message>
        <source>Data &amp;center:</source>
        <translation>Rechen&amp;zentrum:</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Hin&amp;zufügen</translation>
    </message>
    <message>
        <source>U&amp;pdate selected</source>
        <translation>Auswahl a&amp;ktualisieren</translation>
    </message>
    <message>
        <source>R&amp;emove selected</source>
        <translation>Auswahl en&amp;tfernen</translation>
    </message>
</context>
<context>
    <name>GanttExportDialog</name>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>chart.png, chart.svg or chart.pdf</source>
        <translation>diagramm.png, diagramm.svg oder diagramm.pdf</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>pixels (points for PDF)</source>
        <translation>Pixel (Punkt bei PDF)</translation>
    </message>
</context>
<context>
    <name>HttpTransport</name>
    <message>
        <source>Cannot read a PEM certificate from the CA file %1 of portal %2.</source>
        <translation>Aus der CA-Datei %1 des Portals %2 lässt sich kein PEM-Zertifikat lesen.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>import incident files (exchange format), each all-or-nothing</source>
        <translation>Störungsdateien (Austauschformat) importieren, jede ganz oder gar nicht</translation>
    </message>
    <message>
        <source>files to import</source>
        <translation>zu importierende Dateien</translation>
    </message>
    <message>
        <source>import: name at least one file</source>
        <translation>import: mindestens eine Datei angeben</translation>
    </message>
    <message>
        <source>%1: %2 created, %3 updated</source>
        <translation>%1: %2 angelegt, %3 aktualisiert</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>What customers noticed, e.g. “Primo MT EU01 unreachable”</source>
        <translation>Was die Kunden bemerkt haben, z. B. „Primo MT EU01 nicht erreichbar“</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Cause:</source>
        <translation>&amp;Ursache:</translation>
    </message>
    <message>
        <source>Short cause, e.g. “Storage controller failure”</source>
        <translation>Kurze Ursache, z. B. „Ausfall eines Speicher-Controllers“</translation>
    </message>
    <message>
        <source>&amp;Detected by:</source>
        <translation>&amp;Erkannt durch:</translation>
    </message>
    <message>
        <source>e.g. 24x7 monitoring</source>
        <translation>z. B. Überwachung rund um die Uhr</translation>
    </message>
    <message>
        <source>Security &amp;breach:</source>
        <translation>Sicherheits&amp;verletzung:</translation>
    </message>
    <message>
        <source>Internal notes: staff only, never published</source>
        <translation>Interne Notizen: nur für Mitarbeitende, werden nie veröffentlicht</translation>
    </message>
    <message>
        <source>Only the JSON export carries these notes; portals, HTML and PDF never do.</source>
        <translation>Nur der JSON-Export enthält diese Notizen; Portale, HTML und PDF nie.</translation>
    </message>
    <message>
        <source>Notes for the team: who was paged, what not to say publicly…</source>
        <translation>Notizen für das Team: wer alarmiert wurde, was nicht öffentlich gesagt werden soll…</translation>
    </message>
    <message>
        <source>&amp;Windows</source>
        <translation>&amp;Ausfallzeiträume</translation>
    </message>
    <message>
        <source>Add window</source>
        <translation>Zeitraum hinzufügen</translation>
    </message>
    <message>
        <source>Remove window</source>
        <translation>Zeitraum entfernen</translation>
    </message>
    <message>
        <source>Times are in each data center&apos;s own zone; leave the end empty while a window is ongoing.</source>
        <translation>Die Zeiten gelten in der Zone des jeweiligen Rechenzentrums; solange ein Zeitraum andauert, bleibt das Ende leer.</translation>
    </message>
    <message>
        <source>Status &amp;updates</source>
        <translation>Status&amp;meldungen</translation>
    </message>
    <message>
        <source>Add update</source>
        <translation>Meldung hinzufügen</translation>
    </message>
    <message>
        <source>Remove update</source>
        <translation>Meldung entfernen</translation>
    </message>
    <message>
        <source>&amp;Action items</source>
        <translation>&amp;Maßnahmen</translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
    <message>
        <source>Remove action item</source>
        <translation>Maßnahme entfernen</translation>
    </message>
    <message>
        <source>&amp;RCA</source>
        <translation>U&amp;rsachenanalyse</translation>
    </message>
    <message>
        <source>Add from template</source>
        <translation>Aus Vorlage hinzufügen</translation>
    </message>
    <message>
        <source>A status update with the incident&apos;s facts filled in, in the customers&apos; language</source>
        <translation>Eine Statusmeldung mit den Fakten der Störung, in der Sprache der Kunden</translation>
    </message>
    <message>
        <source>Severit&amp;y:</source>
        <translation>Sch&amp;weregrad:</translation>
    </message>
    <message>
        <source>Custo&amp;mer data affected:</source>
        <translation>&amp;Kundendaten betroffen:</translation>
    </message>
    <message>
        <source>&amp;Use the fix</source>
        <translation>&amp;Korrektur übernehmen</translation>
    </message>
    <message>
        <source>&amp;Keep as typed</source>
        <translation>&amp;Wie eingegeben behalten</translation>
    </message>
    <message>
        <source>You looked at it and the window is right as it is: recorded as accepted, under your name.</source>
        <translation>Sie haben es geprüft und der Zeitraum stimmt so: wird unter Ihrem Namen als akzeptiert festgehalten.</translation>
    </message>
</context>
<context>
    <name>IncidentImporter</name>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>%1 erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>Pflichtfeld fehlt</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; (expected one of: %2)</source>
        <translation>unbekannter Wert „%1“ (erwartet einer von: %2)</translation>
    </message>
    <message>
        <source>malformed JSON at line %1, column %2: %3</source>
        <translation>fehlerhaftes JSON in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>Datei nicht lesbar: %1</translation>
    </message>
    <message>
        <source>%1 is half of a UTF-16 surrogate pair, without the other half</source>
        <translation>%1 ist die Hälfte eines UTF-16-Surrogatpaars, ohne die andere Hälfte</translation>
    </message>
    <message>
        <source>malformed JSON: %1</source>
        <translation>fehlerhaftes JSON: %1</translation>
    </message>
    <message>
        <source>raw control character U+%1 inside a string (JSON needs it escaped, e.g. \u%1)</source>
        <translation>rohes Steuerzeichen U+%1 in einer Zeichenkette (JSON verlangt es maskiert, z. B. \u%1)</translation>
    </message>
</context>
<context>
    <name>LintCommand</name>
    <message>
        <source>check an incident and its RCA (exit 1 on errors)</source>
        <translation>eine Störung und ihre Ursachenanalyse prüfen (Exit-Status 1 bei Fehlern)</translation>
    </message>
    <message>
        <source>the incident&apos;s UUID or a unique prefix of at least 8 characters</source>
        <translation>die UUID der Störung oder ein eindeutiger Anfang davon mit mindestens 8 Zeichen</translation>
    </message>
    <message>
        <source>lint: name one incident ID</source>
        <translation>lint: genau eine Störungs-ID angeben</translation>
    </message>
</context>
<context>
    <name>LintFinding</name>
    <message>
        <source> (accepted by %1)</source>
        <translation> (akzeptiert von %1)</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>list the incidents, newest first</source>
        <translation>die Störungen auflisten, neueste zuerst</translation>
    </message>
    <message>
        <source>print a JSON array</source>
        <translation>ein JSON-Array ausgeben</translation>
    </message>
</context>
<context>
    <name>OutageDesk</name>
    <message>
        <source>portal add: --kind must be webdav, statuspage or webhook</source>
        <translation>portal add: --kind muss webdav, statuspage oder webhook sein</translation>
    </message>
    <message>
        <source>portal add: --url is required</source>
        <translation>portal add: --url ist erforderlich</translation>
    </message>
    <message>
        <source>portal add: --url must be an http or https URL, not “%1”</source>
        <translation>portal add: --url muss eine http- oder https-URL sein, nicht „%1“</translation>
    </message>
    <message>
        <source>portal add: a statuspage portal needs --page-id</source>
        <translation>portal add: ein Statuspage-Portal braucht --page-id</translation>
    </message>
    <message>
        <source>portal add: --timeout-ms must be a number of milliseconds, at least 100</source>
        <translation>portal add: --timeout-ms muss eine Anzahl Millisekunden sein, mindestens 100</translation>
    </message>
    <message>
        <source>portal add: --component takes INSTANCE=COMPONENT_ID, not “%1”</source>
        <translation>portal add: --component erwartet INSTANZ=KOMPONENTEN_ID, nicht „%1“</translation>
    </message>
    <message>
        <source>portal add: “%1” is not a valid portal name (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;)</source>
        <translation>portal add: „%1“ ist kein gültiger Portalname (Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;)</translation>
    </message>
    <message>
        <source>Secret for portal %1 (password or API key): </source>
        <translation>Geheimnis für Portal %1 (Passwort oder API-Schlüssel): </translation>
    </message>
    <message>
        <source>portal add: no secret given (set OUTAGEDESK_PORTAL_SECRET or type it when asked)</source>
        <translation>portal add: kein Geheimnis angegeben (OUTAGEDESK_PORTAL_SECRET setzen oder bei der Abfrage eingeben)</translation>
    </message>
    <message>
        <source>Portal %1 (%2) saved; its secret is in the system keychain.</source>
        <translation>Portal %1 (%2) gespeichert; sein Geheimnis liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>portal remove: no portal named “%1”</source>
        <translation>portal remove: kein Portal namens „%1“</translation>
    </message>
    <message>
        <source>portal build: --out DIR is required</source>
        <translation>portal build: --out ORDNER ist erforderlich</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1</source>
        <translation>
            <numerusform>%n Datei nach %1 geschrieben</numerusform>
            <numerusform>%n Dateien nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>the window starting %1 on %2</source>
        <translation>der Zeitraum ab %1 auf %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid data center code (1–32 of A–Z, a–z, 0–9, _ and -)</source>
        <translation>„%1“ ist kein gültiges Rechenzentrumskürzel (1–32 Zeichen aus A–Z, a–z, 0–9, _ und -)</translation>
    </message>
    <message>
        <source>data center %1 is declared twice</source>
        <translation>Rechenzentrum %1 ist doppelt angegeben</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>der Name ist leer</translation>
    </message>
    <message>
        <source>unknown IANA time zone &quot;%1&quot; (e.g. Europe/Amsterdam, America/Chicago, UTC)</source>
        <translation>unbekannte IANA-Zeitzone „%1“ (z. B. Europe/Amsterdam, America/Chicago, UTC)</translation>
    </message>
    <message>
        <source>instance &quot;%1&quot; is declared twice</source>
        <translation>Instanz „%1“ ist doppelt angegeben</translation>
    </message>
    <message>
        <source>data center &quot;%1&quot; is not declared in dataCenters</source>
        <translation>Rechenzentrum „%1“ ist nicht unter dataCenters angegeben</translation>
    </message>
    <message>
        <source>instance &quot;%1&quot; is not declared in instances</source>
        <translation>Instanz „%1“ ist nicht unter instances angegeben</translation>
    </message>
    <message>
        <source>the window ends (%1) before or when it starts (%2); if a 12-hour time was misread, check AM/PM</source>
        <translation>der Zeitraum endet (%1), bevor oder wenn er beginnt (%2); falls eine 12-Stunden-Zeit falsch gelesen wurde, AM/PM prüfen</translation>
    </message>
    <message>
        <source>an %1 window cannot start in the future (%2 is after now, %3); only maintenance is announced ahead</source>
        <translation>ein Zeitraum vom Typ %1 kann nicht in der Zukunft beginnen (%2 liegt nach jetzt, %3); nur Wartung wird vorab angekündigt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UUID</source>
        <translation>„%1“ ist keine UUID</translation>
    </message>
    <message>
        <source>the title must have 1 to 300 characters (it has %1)</source>
        <translation>der Titel muss 1 bis 300 Zeichen haben (er hat %1)</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; (expected: markdown)</source>
        <translation>unbekannter Wert „%1“ (erwartet: markdown)</translation>
    </message>
    <message>
        <source>the title is empty</source>
        <translation>der Titel ist leer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>„%1“ ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>The keychain holds no secret for portal %1; add it again with its secret.</source>
        <translation>Der Schlüsselbund enthält kein Geheimnis für Portal %1; das Portal mit seinem Geheimnis erneut hinzufügen.</translation>
    </message>
    <message>
        <source>The keychain refused access to the secret of portal %1 (%2).</source>
        <translation>Der Schlüsselbund hat den Zugriff auf das Geheimnis von Portal %1 verweigert (%2).</translation>
    </message>
    <message>
        <source>Keychain error for portal %1: %2</source>
        <translation>Schlüsselbundfehler für Portal %1: %2</translation>
    </message>
    <message>
        <source>Outage</source>
        <translation>Ausfall</translation>
    </message>
    <message>
        <source>Looking up incident on Statuspage</source>
        <translation>Störung wird auf Statuspage gesucht</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Welcome to Outage Desk</source>
        <translation>Willkommen bei Outage Desk</translation>
    </message>
    <message>
        <source>&lt;p&gt;There is no workspace yet. A workspace is one file that holds your incidents, data centers and root cause analyses.&lt;/p&gt;&lt;p&gt;Open a &lt;b&gt;sample workspace&lt;/b&gt; to look around (a few incidents in Europe, North America and Asia-Pacific), or start with an empty one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Es gibt noch keinen Arbeitsbereich. Ein Arbeitsbereich ist eine Datei mit Ihren Störungen, Rechenzentren und Ursachenanalysen.&lt;/p&gt;&lt;p&gt;Öffnen Sie einen &lt;b&gt;Beispiel-Arbeitsbereich&lt;/b&gt;, um sich umzusehen (einige Störungen in Europa, Nordamerika und Asien-Pazifik), oder beginnen Sie mit einem leeren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open Sample Workspace</source>
        <translation>Beispiel-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Start Empty</source>
        <translation>Leer beginnen</translation>
    </message>
    <message>
        <source>Open Existing…</source>
        <translation>Vorhandenen öffnen…</translation>
    </message>
    <message>
        <source>Sample workspace</source>
        <translation>Beispiel-Arbeitsbereich</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Outage Desk workspaces (*.sqlite *.db);;All files (*)</source>
        <translation>Outage-Desk-Arbeitsbereiche (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The sample workspace could not be built: %1</source>
        <translation>Der Beispiel-Arbeitsbereich konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Reading the incident back from Statuspage</source>
        <translation>Vorfall von Statuspage zurücklesen</translation>
    </message>
    <message>
        <source>Portal %1 (%2) saved; its secret is asked for at each publish and kept nowhere.</source>
        <translation>Portal %1 (%2) gespeichert; sein Geheimnis wird bei jeder Veröffentlichung abgefragt und nirgends aufbewahrt.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Outage Desk keeps portal secrets only in a Secret Service: on Debian install gnome-keyring (or turn on KeePassXC&apos;s Secret Service integration), run Outage Desk in a desktop session with a D-Bus session bus (dbus-user-session), unlock the keychain and try again — or let the portal ask for its secret at each publish.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1). Outage Desk bewahrt Portalgeheimnisse nur in einem Secret Service auf: Installieren Sie unter Debian gnome-keyring (oder schalten Sie die Secret-Service-Integration von KeePassXC ein), starten Sie Outage Desk in einer Desktopsitzung mit D-Bus-Sitzungsbus (dbus-user-session), entsperren Sie den Schlüsselbund und versuchen Sie es erneut – oder lassen Sie das Portal sein Geheimnis bei jeder Veröffentlichung abfragen.</translation>
    </message>
    <message>
        <source>%1: %2 customers created, %3 updated</source>
        <translation>%1: %2 Kunden angelegt, %3 aktualisiert</translation>
    </message>
    <message>
        <source>unsubscribed</source>
        <translation>abbestellt</translation>
    </message>
    <message>
        <source>subscribed</source>
        <translation>abonniert</translation>
    </message>
    <message>
        <source>customers %1: no customer with the address %2</source>
        <translation>customers %1: kein Kunde mit der Adresse %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Setting the time of update %1 on Statuspage</source>
        <translation>Zeitpunkt der Statusmeldung %1 auf Statuspage setzen</translation>
    </message>
    <message>
        <source>%1 is outside the supported years 0001 to 9999 in the data center&apos;s time zone %2</source>
        <translation>%1 liegt in der Zeitzone %2 des Rechenzentrums außerhalb der unterstützten Jahre 0001 bis 9999</translation>
    </message>
    <message>
        <source>the all-zero UUID cannot identify an incident (leave &quot;id&quot; out to have one assigned)</source>
        <translation>die UUID aus lauter Nullen kann keine Störung bezeichnen (lassen Sie „id“ weg, dann wird eine vergeben)</translation>
    </message>
    <message>
        <source>the title shows nothing (it has only control or zero-width characters)</source>
        <translation>der Titel zeigt nichts an (er besteht nur aus Steuer- oder Nullbreitenzeichen)</translation>
    </message>
    <message>
        <source>%1: --language must be one of %2, not “%3”</source>
        <translation>%1: --language muss eine von %2 sein, nicht „%3“</translation>
    </message>
    <message>
        <source>%1: --time-format must be 12h or 24h, not “%2”</source>
        <translation>%1: --time-format muss 12h oder 24h sein, nicht „%2“</translation>
    </message>
    <message>
        <source>No --url given: the links in feed.atom and the JSON files are relative to the site.</source>
        <translation>Kein --url angegeben: Die Links in feed.atom und in den JSON-Dateien sind relativ zur Site.</translation>
    </message>
</context>
<context>
    <name>OutageDesk::ActionItemsTableModel</name>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due (YYYY-MM-DD)</source>
        <translation>Fällig (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>Mark action done</source>
        <translation>Maßnahme als erledigt markieren</translation>
    </message>
    <message>
        <source>Reopen action</source>
        <translation>Maßnahme wieder öffnen</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Maßnahme bearbeiten</translation>
    </message>
    <message>
        <source>Change action owner</source>
        <translation>Verantwortliche Person ändern</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; type it as 2016-12-15.</source>
        <translation>„%1“ ist kein Datum; bitte im Format 2016-12-15 eingeben.</translation>
    </message>
    <message>
        <source>Change due date</source>
        <translation>Fälligkeitsdatum ändern</translation>
    </message>
</context>
<context>
    <name>OutageDesk::ApproveCommand</name>
    <message>
        <source>mark the incident&apos;s RCA approved (an edit afterwards returns it to draft)</source>
        <translation>die Ursachenanalyse der Störung freigeben (eine spätere Änderung macht sie wieder zum Entwurf)</translation>
    </message>
    <message>
        <source>the incident&apos;s UUID or a unique prefix of at least 8 characters</source>
        <translation>die UUID der Störung oder ein eindeutiger Anfang davon mit mindestens 8 Zeichen</translation>
    </message>
    <message>
        <source>who approves it</source>
        <translation>wer sie freigibt</translation>
    </message>
    <message>
        <source>approve: name one incident ID</source>
        <translation>approve: genau eine Störungs-ID angeben</translation>
    </message>
    <message>
        <source>approve: --by NAME is required</source>
        <translation>approve: --by NAME ist erforderlich</translation>
    </message>
    <message>
        <source>approve: incident %1 has no RCA text to approve</source>
        <translation>approve: Störung %1 hat keinen Ursachenanalyse-Text zum Freigeben</translation>
    </message>
    <message>
        <source>accept the open lint error CODE (someone looked at it); repeat or separate with commas</source>
        <translation>den offenen Prüffehler CODE akzeptieren (jemand hat ihn geprüft); wiederholen oder mit Kommas trennen</translation>
    </message>
    <message>
        <source>approve: the RCA is already approved by %1</source>
        <translation>approve: die Ursachenanalyse ist bereits von %1 freigegeben</translation>
    </message>
    <message>
        <source>approve: --accept %1: no open lint error has that code</source>
        <translation>approve: --accept %1: kein offener Prüffehler hat diesen Code</translation>
    </message>
    <message numerus="yes">
        <source>approve: not approved: %n open lint error(s); fix them, or accept each with --accept CODE</source>
        <translation>
            <numerusform>approve: nicht freigegeben: %n offener Prüffehler; beheben oder mit --accept CODE akzeptieren</numerusform>
            <numerusform>approve: nicht freigegeben: %n offene Prüffehler; beheben oder jeden mit --accept CODE akzeptieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutageDesk::ApproveDialog</name>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your name is not set.&lt;/b&gt; An approval records who gave it: set your name in Preferences ▸ Preferences… and approve again.</source>
        <translation>&lt;b&gt;Ihr Name ist nicht eingetragen.&lt;/b&gt; Eine Freigabe hält fest, wer sie erteilt hat: Tragen Sie Ihren Namen unter Einstellungen ▸ Einstellungen… ein und geben Sie erneut frei.</translation>
    </message>
    <message>
        <source>Approved by &lt;b&gt;%1&lt;/b&gt; (your name in Preferences).</source>
        <translation>Freigegeben von &lt;b&gt;%1&lt;/b&gt; (Ihr Name in den Einstellungen).</translation>
    </message>
    <message>
        <source>The checks found no open error.</source>
        <translation>Die Prüfungen haben keinen offenen Fehler gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>The checks found %n open error(s). Fix them first, or tick each one you looked at and accept as it is; the acceptance is kept in the RCA history.</source>
        <translation>
            <numerusform>Die Prüfungen haben %n offenen Fehler gefunden. Beheben Sie ihn zuerst, oder haken Sie ihn ab, wenn Sie ihn geprüft haben und so akzeptieren; die Akzeptanz wird im Verlauf der Ursachenanalyse festgehalten.</numerusform>
            <numerusform>Die Prüfungen haben %n offene Fehler gefunden. Beheben Sie sie zuerst, oder haken Sie jeden ab, den Sie geprüft haben und so akzeptieren; die Akzeptanz wird im Verlauf der Ursachenanalyse festgehalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick to accept: you looked at it and it is right as it is.</source>
        <translation>Abhaken zum Akzeptieren: Sie haben es geprüft und es stimmt so.</translation>
    </message>
</context>
<context>
    <name>OutageDesk::AvailabilityModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Data center / instance</source>
        <translation>Rechenzentrum / Instanz</translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation>Ausfallzeit</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Zeiträume</translation>
    </message>
    <message>
        <source>Availability on %1 (%2), the From/To range</source>
        <translation>Verfügbarkeit am %1 (%2), der Bereich Von/Bis</translation>
    </message>
    <message>
        <source>Availability %1 – %2 (%3), the From/To range</source>
        <translation>Verfügbarkeit %1 – %2 (%3), der Bereich Von/Bis</translation>
    </message>
    <message>
        <source>Availability %1 – %2, the range shown on request</source>
        <translation>Verfügbarkeit %1 – %2, der angeforderte Bereich</translation>
    </message>
</context>
<context>
    <name>OutageDesk::BuildPortalDialog</name>
    <message>
        <source>&amp;Build</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>Portal Folder</source>
        <translation>Portalordner</translation>
    </message>
    <message>
        <source>Choose the folder to write the portal to.</source>
        <translation>Wählen Sie den Ordner, in den das Portal geschrieben wird.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1</source>
        <translation>
            <numerusform>%n Datei nach %1 geschrieben</numerusform>
            <numerusform>%n Dateien nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n incident(s)); open index.html there to look at it.</source>
        <translation>
            <numerusform>(%n Störung); öffnen Sie dort index.html, um es anzusehen.</numerusform>
            <numerusform>(%n Störungen); öffnen Sie dort index.html, um es anzusehen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutageDesk::CatalogRepository</name>
    <message>
        <source>cannot save data center %1: %2</source>
        <translation>Rechenzentrum %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>cannot save instance %1: %2</source>
        <translation>Instanz %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>cannot save instance %1: no data center %2</source>
        <translation>Instanz %1 kann nicht gespeichert werden: kein Rechenzentrum %2</translation>
    </message>
    <message>
        <source>the data center still hosts %1 instance(s); remove or move them first</source>
        <translation>das Rechenzentrum beherbergt noch %1 Instanz(en); zuerst entfernen oder verschieben</translation>
    </message>
    <message>
        <source>the instance has %1 outage window(s) recorded; it cannot be removed</source>
        <translation>für die Instanz sind %1 Ausfallzeiträume erfasst; sie kann nicht entfernt werden</translation>
    </message>
</context>
<context>
    <name>OutageDesk::CheckCommand</name>
    <message>
        <source>check the workspace file for damage (exit 1 when damaged)</source>
        <translation>die Arbeitsbereichsdatei auf Schäden prüfen (Exit-Status 1 bei Schäden)</translation>
    </message>
    <message>
        <source>check the structure only (PRAGMA quick_check), not every index</source>
        <translation>nur die Struktur prüfen (PRAGMA quick_check), nicht jeden Index</translation>
    </message>
    <message>
        <source>%1: intact (SQLite found no damage)</source>
        <translation>%1: unversehrt (SQLite hat keinen Schaden gefunden)</translation>
    </message>
</context>
<context>
    <name>OutageDesk::CommandLine</name>
    <message>
        <source>Usage: outagedesk [--db PATH] [--lang CODE] [SUBCOMMAND …]
Outage Desk: incidents, outage windows and root cause analyses for cloud operations.
With no subcommand it opens the main window.

Global options:
  --db PATH      the workspace file (default: %1)
  --lang CODE    user interface language (en, de, fr, he, …)
  --help         this help; SUBCOMMAND --help for a subcommand&apos;s options
  --version      the version

Subcommands:
</source>
        <translation>Aufruf: outagedesk [--db PFAD] [--lang CODE] [UNTERBEFEHL …]
Outage Desk: Störungen, Ausfallzeiträume und Ursachenanalysen für den Cloud-Betrieb.
Ohne Unterbefehl öffnet sich das Hauptfenster.

Globale Optionen:
  --db PFAD      die Arbeitsbereichsdatei (Standard: %1)
  --lang CODE    Sprache der Oberfläche (en, de, fr, he, …)
  --help         diese Hilfe; UNTERBEFEHL --help für die Optionen eines Unterbefehls
  --version      die Version

Unterbefehle:
</translation>
    </message>
    <message>
        <source>
Exit status: 0 success, 1 problems found, 2 bad usage or invalid input (nothing written),
3 accepted but queued, 4 database or I/O failure.
</source>
        <translation>
Exit-Status: 0 Erfolg, 1 Probleme gefunden, 2 falscher Aufruf oder ungültige Eingabe (nichts geschrieben),
3 angenommen, aber in der Warteschlange, 4 Datenbank- oder E/A-Fehler.
</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>Option %1 braucht einen Wert</translation>
    </message>
    <message>
        <source>unknown option %1 (see outagedesk --help)</source>
        <translation>unbekannte Option %1 (siehe outagedesk --help)</translation>
    </message>
    <message>
        <source>unknown subcommand %1 (see outagedesk --help)</source>
        <translation>unbekannter Unterbefehl %1 (siehe outagedesk --help)</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
</context>
<context>
    <name>OutageDesk::ConnectionCheck</name>
    <message>
        <source>Connected: the WebDAV folder %1 answers (HTTP %2).</source>
        <translation>Verbunden: Der WebDAV-Ordner %1 antwortet (HTTP %2).</translation>
    </message>
    <message>
        <source>The server at %1 answers and did not refuse the credentials, but it does not list folders (PROPFIND, HTTP %2), so the folder itself could not be checked. Uploads may still work; nginx lists folders with its dav-ext module.</source>
        <translation>Der Server unter %1 antwortet und hat die Zugangsdaten nicht abgelehnt, listet aber keine Ordner auf (PROPFIND, HTTP %2); der Ordner selbst ließ sich daher nicht prüfen. Uploads können trotzdem funktionieren; nginx listet Ordner mit seinem Modul dav-ext auf.</translation>
    </message>
    <message>
        <source>Statuspage page %1</source>
        <translation>Statuspage-Seite %1</translation>
    </message>
    <message>
        <source>Connected: Statuspage page %1 accepts the API key.</source>
        <translation>Verbunden: Die Statuspage-Seite %1 akzeptiert den API-Schlüssel.</translation>
    </message>
    <message>
        <source>Nothing was sent: every request to a webhook is an event to its receiver. A publish sends one POST to %1, signed with the secret (X-OutageDesk-Signature), with the incident (no internal notes) and its page.</source>
        <translation>Nichts wurde gesendet: Jede Anfrage an einen Webhook ist für seinen Empfänger ein Ereignis. Eine Veröffentlichung sendet einen POST an %1, mit dem Geheimnis signiert (X-OutageDesk-Signature), mit der Störung (ohne interne Notizen) und ihrer Seite.</translation>
    </message>
</context>
<context>
    <name>OutageDesk::CsvReader</name>
    <message>
        <source>not UTF-8 text</source>
        <translation>kein UTF-8-Text</translation>
    </message>
    <message>
        <source>text after the closing quote of a field (a quote inside a quoted field is written &quot;&quot;)</source>
        <translation>Text nach dem schließenden Anführungszeichen eines Feldes (ein Anführungszeichen in einem Feld in Anführungszeichen wird &quot;&quot; geschrieben)</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field (quote the whole field and write the quote as &quot;&quot;)</source>
        <translation>ein Anführungszeichen in einem Feld ohne Anführungszeichen (das ganze Feld in Anführungszeichen setzen und das Zeichen als &quot;&quot; schreiben)</translation>
    </message>
    <message>
        <source>a carriage return outside quotes that does not end a line</source>
        <translation>ein Wagenrücklauf außerhalb von Anführungszeichen, der keine Zeile beendet</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>ein Feld in Anführungszeichen ist vor dem Dateiende nicht geschlossen</translation>
    </message>
</context>
<context>
    <name>OutageDesk::CustomerImporter</name>
    <message>
        <source>the file is empty; it needs a header row: email,name,language,subscriptions</source>
        <translation>die Datei ist leer; sie braucht eine Kopfzeile: email,name,language,subscriptions</translation>
    </message>
    <message>
        <source>the column %1 appears twice</source>
        <translation>die Spalte %1 kommt zweimal vor</translation>
    </message>
    <message>
        <source>the column %1 is missing (the header must name email, name, language and subscriptions)</source>
        <translation>die Spalte %1 fehlt (die Kopfzeile muss email, name, language und subscriptions nennen)</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 Felder, wo die Kopfzeile %2 hat</translation>
    </message>
    <message>
        <source>the e-mail address is empty</source>
        <translation>die E-Mail-Adresse ist leer</translation>
    </message>
    <message>
        <source>%1 is not an e-mail address (write only the address, e.g. it-desk@library.example: no name, angle brackets or comments)</source>
        <translation>%1 ist keine E-Mail-Adresse (nur die Adresse schreiben, z. B. it-desk@library.example: kein Name, keine spitzen Klammern, keine Kommentare)</translation>
    </message>
    <message>
        <source>the address %1 is already on line %2</source>
        <translation>die Adresse %1 steht schon in Zeile %2</translation>
    </message>
    <message>
        <source>the name %1 contains a line break or another control character</source>
        <translation>der Name %1 enthält einen Zeilenumbruch oder ein anderes Steuerzeichen</translation>
    </message>
    <message>
        <source>%1 is not a known language code (en, de, fr, he, …)</source>
        <translation>%1 ist kein bekannter Sprachcode (en, de, fr, he, …)</translation>
    </message>
    <message>
        <source>%1 is neither a data center code nor an instance name of this workspace (nor * for everything)</source>
        <translation>%1 ist weder der Code eines Rechenzentrums noch der Name einer Instanz dieses Arbeitsbereichs (noch * für alles)</translation>
    </message>
    <message>
        <source>no subscriptions: name data center codes or instances separated by &apos;;&apos;, or * for everything</source>
        <translation>keine Abonnements: Codes von Rechenzentren oder Instanzen durch &apos;;&apos; getrennt angeben, oder * für alles</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>Datei nicht lesbar: %1</translation>
    </message>
</context>
<context>
    <name>OutageDesk::CustomerRepository</name>
    <message>
        <source>cannot save customer %1: %2</source>
        <translation>Kunde %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>no customer with the address %1</source>
        <translation>kein Kunde mit der Adresse %1</translation>
    </message>
</context>
<context>
    <name>OutageDesk::CustomersCommand</name>
    <message>
        <source>registered customers: customers import FILE.csv; customers list [--json]; customers remove EMAIL; customers unsubscribe EMAIL</source>
        <translation>registrierte Kunden: customers import FILE.csv; customers list [--json]; customers remove EMAIL; customers unsubscribe EMAIL</translation>
    </message>
    <message>
        <source>import, list, remove or unsubscribe</source>
        <translation>import, list, remove oder unsubscribe</translation>
    </message>
    <message>
        <source>the CSV file (import) or the address (remove, unsubscribe)</source>
        <translation>die CSV-Datei (import) oder die Adresse (remove, unsubscribe)</translation>
    </message>
    <message>
        <source>list: print a JSON array</source>
        <translation>list: ein JSON-Array ausgeben</translation>
    </message>
    <message>
        <source>customers: use “customers import FILE.csv”, “customers list [--json]”, “customers remove EMAIL” or “customers unsubscribe EMAIL”</source>
        <translation>customers: „customers import FILE.csv“, „customers list [--json]“, „customers remove EMAIL“ oder „customers unsubscribe EMAIL“ verwenden</translation>
    </message>
</context>
<context>
    <name>OutageDesk::CustomersDialog</name>
    <message>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>Abonniert</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Abbestellt</translation>
    </message>
    <message>
        <source>Anything</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>%1 (data center)</source>
        <translation>%1 (Rechenzentrum)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customer(s) shown</source>
        <translation>
            <numerusform>%1 von %n Kunden angezeigt</numerusform>
            <numerusform>%1 von %n Kunden angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Customers</source>
        <translation>Kunden importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Nichts wurde importiert. %1</translation>
    </message>
    <message>
        <source>%1: %2 customers added, %3 updated.</source>
        <translation>%1: %2 Kunden hinzugefügt, %3 aktualisiert.</translation>
    </message>
    <message>
        <source>Select the customers first.</source>
        <translation>Zuerst die Kunden auswählen.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) unsubscribed: they keep their record and are sent nothing more.</source>
        <translation>
            <numerusform>%n Kunde abbestellt: der Eintrag bleibt, es wird nichts mehr gesendet.</numerusform>
            <numerusform>%n Kunden abbestellt: die Einträge bleiben, es wird nichts mehr gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) subscribed again.</source>
        <translation>
            <numerusform>%n Kunde wieder abonniert.</numerusform>
            <numerusform>%n Kunden wieder abonniert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) removed.</source>
        <translation>
            <numerusform>%n Kunde entfernt.</numerusform>
            <numerusform>%n Kunden entfernt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutageDesk::CustomersTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>alles</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Abbestellt</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>Abonniert</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>OutageDesk::DataCentersDialog</name>
    <message>
        <source>The code &quot;%1&quot; is not usable: use 1 to 32 letters, digits, &quot;-&quot; or &quot;_&quot; (e.g. EU).</source>
        <translation>Das Kürzel „%1“ ist nicht verwendbar: 1 bis 32 Buchstaben, Ziffern, „-“ oder „_“ verwenden (z. B. EU).</translation>
    </message>
    <message>
        <source>There is already a data center with the code %1 (%2).</source>
        <translation>Es gibt bereits ein Rechenzentrum mit dem Kürzel %1 (%2).</translation>
    </message>
    <message>
        <source>Give the data center a name, e.g. &quot;Europe Data Center&quot;.</source>
        <translation>Geben Sie dem Rechenzentrum einen Namen, z. B. „Rechenzentrum Europa“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known IANA time zone. Pick one from the list, e.g. Europe/Amsterdam.</source>
        <translation>„%1“ ist keine bekannte IANA-Zeitzone. Wählen Sie eine aus der Liste, z. B. Europe/Amsterdam.</translation>
    </message>
    <message>
        <source>Give the instance a name, e.g. &quot;Primo MT EU01&quot;.</source>
        <translation>Geben Sie der Instanz einen Namen, z. B. „Primo MT EU01“.</translation>
    </message>
    <message>
        <source>There is already an instance named %1.</source>
        <translation>Es gibt bereits eine Instanz namens %1.</translation>
    </message>
    <message>
        <source>Choose the data center that hosts the instance (add the data center first).</source>
        <translation>Wählen Sie das Rechenzentrum, das die Instanz beherbergt (legen Sie das Rechenzentrum zuerst an).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add data center %1</source>
        <translation>Rechenzentrum %1 hinzufügen</translation>
    </message>
    <message>
        <source>Select the data center to update first.</source>
        <translation>Wählen Sie zuerst das zu aktualisierende Rechenzentrum.</translation>
    </message>
    <message>
        <source>Edit data center %1</source>
        <translation>Rechenzentrum %1 bearbeiten</translation>
    </message>
    <message>
        <source>Select the data center to remove first.</source>
        <translation>Wählen Sie zuerst das zu entfernende Rechenzentrum.</translation>
    </message>
    <message numerus="yes">
        <source>Cannot remove data center %1: it still hosts %n instance(s). Remove them or move them to another data center first.</source>
        <translation>
            <numerusform>Rechenzentrum %1 kann nicht entfernt werden: Es beherbergt noch %n Instanz. Entfernen Sie sie oder verschieben Sie sie zuerst in ein anderes Rechenzentrum.</numerusform>
            <numerusform>Rechenzentrum %1 kann nicht entfernt werden: Es beherbergt noch %n Instanzen. Entfernen Sie sie oder verschieben Sie sie zuerst in ein anderes Rechenzentrum.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove data center %1</source>
        <translation>Rechenzentrum %1 entfernen</translation>
    </message>
    <message>
        <source>Add instance %1</source>
        <translation>Instanz %1 hinzufügen</translation>
    </message>
    <message>
        <source>Select the instance to update first.</source>
        <translation>Wählen Sie zuerst die zu aktualisierende Instanz.</translation>
    </message>
    <message>
        <source>Edit instance %1</source>
        <translation>Instanz %1 bearbeiten</translation>
    </message>
    <message>
        <source>Select the instance to remove first.</source>
        <translation>Wählen Sie zuerst die zu entfernende Instanz.</translation>
    </message>
    <message>
        <source>Remove instance %1</source>
        <translation>Instanz %1 entfernen</translation>
    </message>
    <message>
        <source>Cannot remove instance %1: %2.</source>
        <translation>Instanz %1 kann nicht entfernt werden: %2.</translation>
    </message>
    <message>
        <source>Removed instance %1.</source>
        <translation>Instanz %1 entfernt.</translation>
    </message>
</context>
<context>
    <name>OutageDesk::DataCentersTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (unknown zone)</source>
        <translation>%1 (unbekannte Zone)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
</context>
<context>
    <name>OutageDesk::DisplayNames</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Gering</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>Wird untersucht</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Ursache erkannt</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Wird beobachtet</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Outage</source>
        <translation>Ausfall</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>OutageDesk::EditHistory</name>
    <message>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Neue Störung</translation>
    </message>
    <message>
        <source>Delete incident &quot;%1&quot;</source>
        <translation>Störung „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>OutageDesk::ExportCommand</name>
    <message>
        <source>export one incident (or --all) as json, md, html or pdf</source>
        <translation>eine Störung (oder mit --all alle) als json, md, html oder pdf exportieren</translation>
    </message>
    <message>
        <source>the incident&apos;s UUID or a unique prefix of at least 8 characters</source>
        <translation>die UUID der Störung oder ein eindeutiger Anfang davon mit mindestens 8 Zeichen</translation>
    </message>
    <message>
        <source>json, md, html or pdf</source>
        <translation>json, md, html oder pdf</translation>
    </message>
    <message>
        <source>write to FILE instead of stdout</source>
        <translation>in DATEI statt auf die Standardausgabe schreiben</translation>
    </message>
    <message>
        <source>the whole workspace (json only)</source>
        <translation>der ganze Arbeitsbereich (nur json)</translation>
    </message>
    <message>
        <source>pdf paper: a4 (default) or letter</source>
        <translation>PDF-Papierformat: a4 (Standard) oder letter</translation>
    </message>
    <message>
        <source>export: --format is required (json, md, html or pdf)</source>
        <translation>export: --format ist erforderlich (json, md, html oder pdf)</translation>
    </message>
    <message>
        <source>export: unknown format &quot;%1&quot; (json, md, html or pdf)</source>
        <translation>export: unbekanntes Format „%1“ (json, md, html oder pdf)</translation>
    </message>
    <message>
        <source>export: name one incident ID, or --all</source>
        <translation>export: genau eine Störungs-ID angeben, oder --all</translation>
    </message>
    <message>
        <source>export: --all exports json only</source>
        <translation>export: --all exportiert nur json</translation>
    </message>
    <message>
        <source>export: pdf needs -o FILE</source>
        <translation>export: pdf braucht -o DATEI</translation>
    </message>
    <message>
        <source>export: unknown page size &quot;%1&quot; (a4 or letter)</source>
        <translation>export: unbekanntes Papierformat „%1“ (a4 oder letter)</translation>
    </message>
</context>
<context>
    <name>OutageDesk::FindReplaceBar</name>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Replace &amp;all</source>
        <translation>&amp;Alle ersetzen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorheriges</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächstes</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Wrapped around</source>
        <translation>Am Anfang fortgesetzt</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n ersetzt</numerusform>
            <numerusform>%n ersetzt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutageDesk::GanttChart</name>
    <message>
        <source>Outage</source>
        <translation>Ausfall</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>Colour: impact · Border: severity (thin minor, thick major, hatched critical) · Arrow: ongoing</source>
        <translation>Farbe: Auswirkung · Rahmen: Schweregrad (dünn gering, dick schwer, schraffiert kritisch) · Pfeil: dauert an</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>Zeit (%1)</translation>
    </message>
    <message>
        <source>Time (UTC: the data centers are in different zones; tooltips use each one&apos;s own)</source>
        <translation>Zeit (UTC: die Rechenzentren liegen in verschiedenen Zonen; die Tooltips verwenden jeweils die eigene)</translation>
    </message>
</context>
<context>
    <name>OutageDesk::GanttChartView</name>
    <message>
        <source>Outage Gantt chart</source>
        <translation>Gantt-Diagramm der Ausfälle</translation>
    </message>
    <message>
        <source>Wheel or + and - zoom, drag or the arrow keys pan, click a bar to open its incident.</source>
        <translation>Mausrad oder + und - zoomen, Ziehen oder die Pfeiltasten verschieben, ein Klick auf einen Balken öffnet seine Störung.</translation>
    </message>
</context>
<context>
    <name>OutageDesk::GanttCommand</name>
    <message>
        <source>draw the outage Gantt chart to a PNG, SVG or PDF file</source>
        <translation>das Gantt-Diagramm der Ausfälle als PNG-, SVG- oder PDF-Datei zeichnen</translation>
    </message>
    <message>
        <source>Zone of the time axis: an IANA id, utc, or dc (each data center&apos;s own, the default).</source>
        <translation>Zone der Zeitachse: eine IANA-Kennung, utc oder dc (die Zone des jeweiligen Rechenzentrums, Standard).</translation>
    </message>
    <message>
        <source>Z</source>
        <translation>Z</translation>
    </message>
    <message>
        <source>Size in pixels (points for PDF), default 1600x900.</source>
        <translation>Größe in Pixeln (Punkte bei PDF), Standard 1600x900.</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>BxH</translation>
    </message>
    <message>
        <source>The file to write; .png, .svg or .pdf.</source>
        <translation>Die zu schreibende Datei; .png, .svg oder .pdf.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>unknown time zone %1 (use an IANA id such as Europe/Amsterdam, utc, or dc)</source>
        <translation>unbekannte Zeitzone %1 (eine IANA-Kennung wie Europe/Amsterdam, utc oder dc verwenden)</translation>
    </message>
    <message>
        <source>invalid --size %1 (use WxH, each between %2 and %3)</source>
        <translation>ungültiges --size %1 (BxH verwenden, jeweils zwischen %2 und %3)</translation>
    </message>
    <message>
        <source>unknown file type of %1 (use .png, .svg or .pdf)</source>
        <translation>unbekannter Dateityp von %1 (.png, .svg oder .pdf verwenden)</translation>
    </message>
    <message>
        <source>unknown data center %1</source>
        <translation>unbekanntes Rechenzentrum %1</translation>
    </message>
    <message>
        <source>gantt needs -o FILE (.png, .svg or .pdf)</source>
        <translation>gantt braucht -o DATEI (.png, .svg oder .pdf)</translation>
    </message>
</context>
<context>
    <name>OutageDesk::GanttDocument</name>
    <message>
        <source>Outage</source>
        <translation>Ausfall</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>ongoing (now %1)</source>
        <translation>dauert an (jetzt %1)</translation>
    </message>
    <message>
        <source>%1
Instance: %2
Data center: %3
Start: %4
End: %5
Duration: %6
%7</source>
        <translation>%1
Instanz: %2
Rechenzentrum: %3
Beginn: %4
Ende: %5
Dauer: %6
%7</translation>
    </message>
</context>
<context>
    <name>OutageDesk::GanttExportDialog</name>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>The file name must end in .png, .svg or .pdf.</source>
        <translation>Der Dateiname muss auf .png, .svg oder .pdf enden.</translation>
    </message>
</context>
<context>
    <name>OutageDesk::GanttExporter</name>
    <message>
        <source>unknown file type %1 (use .png, .svg or .pdf)</source>
        <translation>unbekannter Dateityp %1 (.png, .svg oder .pdf verwenden)</translation>
    </message>
    <message>
        <source>cannot encode the PNG image</source>
        <translation>das PNG-Bild kann nicht kodiert werden</translation>
    </message>
    <message>
        <source>Outage Gantt chart</source>
        <translation>Gantt-Diagramm der Ausfälle</translation>
    </message>
    <message>
        <source>cannot create the PDF</source>
        <translation>das PDF kann nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>OutageDesk::GanttView</name>
    <message>
        <source>Data centers</source>
        <translation>Rechenzentren</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous zoom (Alt+Left)</source>
        <translation>Vorheriger Zoom (Alt+Links)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <source>Next zoom (Alt+Right)</source>
        <translation>Nächster Zoom (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Vergrößern (+)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Verkleinern (-)</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>Alles einpassen</translation>
    </message>
    <message>
        <source>Show every window (Home)</source>
        <translation>Jeden Zeitraum zeigen (Pos1)</translation>
    </message>
    <message>
        <source>Fit selection</source>
        <translation>Auswahl einpassen</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Zone:</source>
        <translation>Zone:</translation>
    </message>
    <message>
        <source>Data center</source>
        <translation>Rechenzentrum</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Local (%1)</source>
        <translation>Lokal (%1)</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <source>Last day shown (inclusive)</source>
        <translation>Letzter angezeigter Tag (einschließlich)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Chart written to %1</source>
        <translation>Diagramm nach %1 geschrieben</translation>
    </message>
    <message>
        <source>The chart could not be printed.</source>
        <translation>Das Diagramm konnte nicht gedruckt werden.</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Diagramm exportieren…</translation>
    </message>
    <message>
        <source>Print chart…</source>
        <translation>Diagramm drucken…</translation>
    </message>
    <message>
        <source>Collapse all data centers</source>
        <translation>Alle Rechenzentren zuklappen</translation>
    </message>
    <message>
        <source>Expand all data centers</source>
        <translation>Alle Rechenzentren aufklappen</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
</context>
<context>
    <name>OutageDesk::GeneratedSections</name>
    <message>
        <source>No outage windows recorded.</source>
        <translation>Keine Ausfallzeiträume erfasst.</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>dauert an</translation>
    </message>
    <message>
        <source>%1 so far (ongoing)</source>
        <translation>bisher %1 (dauert an)</translation>
    </message>
    <message>
        <source>Not published yet.</source>
        <translation>Noch nicht veröffentlicht.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Veröffentlichung</translation>
    </message>
    <message>
        <source>No action items recorded.</source>
        <translation>Keine Maßnahmen erfasst.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Outage windows</source>
        <translation>Ausfallzeiträume</translation>
    </message>
    <message>
        <source>Status updates</source>
        <translation>Statusmeldungen</translation>
    </message>
    <message>
        <source>No status updates recorded.</source>
        <translation>Keine Statusmeldungen erfasst.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>OutageDesk::IncidentChartSvg</name>
    <message>
        <source>ongoing</source>
        <translation>dauert an</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>Outage windows of %1</source>
        <translation>Ausfallzeiträume von %1</translation>
    </message>
    <message>
        <source>%1: %2 from %3 to %4 (%5).</source>
        <translation>%1: %2 von %3 bis %4 (%5).</translation>
    </message>
    <message>
        <source>%1: %2 from %3, ongoing (%4 so far).</source>
        <translation>%1: %2 seit %3, dauert an (bisher %4).</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation>Zeitzone: %1</translation>
    </message>
    <message>
        <source>Times in UTC: the affected services are in different time zones</source>
        <translation>Zeiten in UTC: Die betroffenen Dienste liegen in verschiedenen Zeitzonen</translation>
    </message>
</context>
<context>
    <name>OutageDesk::IncidentEditor</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation>Titel bearbeiten</translation>
    </message>
    <message>
        <source>Edit cause</source>
        <translation>Ursache bearbeiten</translation>
    </message>
    <message>
        <source>Edit &quot;detected by&quot;</source>
        <translation>„Erkannt durch“ bearbeiten</translation>
    </message>
    <message>
        <source>Edit internal notes</source>
        <translation>Interne Notizen bearbeiten</translation>
    </message>
    <message>
        <source>Change severity</source>
        <translation>Schweregrad ändern</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Status ändern</translation>
    </message>
    <message>
        <source>Change data impact</source>
        <translation>Datenauswirkung ändern</translation>
    </message>
    <message>
        <source>Change security breach</source>
        <translation>Sicherheitsverletzung ändern</translation>
    </message>
    <message>
        <source>Root cause analysis, in Markdown.</source>
        <translation>Ursachenanalyse in Markdown.</translation>
    </message>
    <message>
        <source>Edit RCA text</source>
        <translation>Text der Ursachenanalyse bearbeiten</translation>
    </message>
    <message>
        <source>There is no instance to record a window on yet. Add a data center and an instance first (Workspace ▸ Data centers and instances…).</source>
        <translation>Es gibt noch keine Instanz, für die ein Zeitraum erfasst werden kann. Legen Sie zuerst ein Rechenzentrum und eine Instanz an (Arbeitsbereich ▸ Rechenzentren und Instanzen…).</translation>
    </message>
    <message>
        <source>Add window</source>
        <translation>Zeitraum hinzufügen</translation>
    </message>
    <message>
        <source>Remove window</source>
        <translation>Zeitraum entfernen</translation>
    </message>
    <message>
        <source>Add status update</source>
        <translation>Statusmeldung hinzufügen</translation>
    </message>
    <message>
        <source>Remove status update</source>
        <translation>Statusmeldung entfernen</translation>
    </message>
    <message>
        <source>New action item</source>
        <translation>Neue Maßnahme</translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
    <message>
        <source>Remove action item</source>
        <translation>Maßnahme entfernen</translation>
    </message>
    <message>
        <source>Add status update from template</source>
        <translation>Statusmeldung aus Vorlage hinzufügen</translation>
    </message>
    <message>
        <source>Window %1: %2</source>
        <translation>Zeitraum %1: %2</translation>
    </message>
    <message>
        <source>&amp;Use %1</source>
        <translation>%1 &amp;übernehmen</translation>
    </message>
    <message>
        <source>Set your name in Preferences first: an acceptance records who looked at the window.</source>
        <translation>Tragen Sie zuerst Ihren Namen in den Einstellungen ein: Eine Akzeptanz hält fest, wer den Zeitraum geprüft hat.</translation>
    </message>
</context>
<context>
    <name>OutageDesk::IncidentImporter</name>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>auf oberster Ebene wurde ein JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Outage Desk incident file (expected &quot;outagedesk.incidents&quot;)</source>
        <translation>„%1“ ist keine Outage-Desk-Störungsdatei (erwartet „outagedesk.incidents“)</translation>
    </message>
    <message>
        <source>unsupported version %1 (this Outage Desk reads version %2; a newer file needs a newer Outage Desk)</source>
        <translation>nicht unterstützte Version %1 (dieses Outage Desk liest Version %2; eine neuere Datei braucht ein neueres Outage Desk)</translation>
    </message>
    <message>
        <source>incident %1 appears twice in this file</source>
        <translation>Störung %1 kommt in dieser Datei zweimal vor</translation>
    </message>
    <message>
        <source>data center %1 already exists with time zone %2; the file says %3. Change the zone in the workspace first if it really moved.</source>
        <translation>Rechenzentrum %1 existiert bereits mit der Zeitzone %2; die Datei sagt %3. Ändern Sie zuerst die Zone im Arbeitsbereich, falls es wirklich umgezogen ist.</translation>
    </message>
    <message>
        <source>instance %1 already exists in data center %2; the file says %3</source>
        <translation>Instanz %1 existiert bereits im Rechenzentrum %2; die Datei sagt %3</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was written</source>
        <translation>der Import wurde abgebrochen; nichts wurde geschrieben</translation>
    </message>
</context>
<context>
    <name>OutageDesk::IncidentListModel</name>
    <message>
        <source>ongoing</source>
        <translation>dauert an</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>bisher %1</translation>
    </message>
    <message>
        <source>%1 in %2 (%3)</source>
        <translation>%1 in %2 (%3)</translation>
    </message>
    <message>
        <source>Data center</source>
        <translation>Rechenzentrum</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>OutageDesk::IncidentRepository</name>
    <message>
        <source>incident id %1 is too short: give the UUID or at least its first 8 characters</source>
        <translation>Störungs-ID %1 ist zu kurz: die UUID oder mindestens ihre ersten 8 Zeichen angeben</translation>
    </message>
    <message>
        <source>no incident with id %1</source>
        <translation>keine Störung mit der ID %1</translation>
    </message>
    <message>
        <source>incident id %1 is ambiguous: several incidents start with it</source>
        <translation>Störungs-ID %1 ist mehrdeutig: mehrere Störungen beginnen damit</translation>
    </message>
    <message>
        <source>cannot save incident &quot;%1&quot;: %2</source>
        <translation>Störung „%1“ kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>incident &quot;%1&quot;: unknown instance %2</source>
        <translation>Störung „%1“: unbekannte Instanz %2</translation>
    </message>
    <message>
        <source>incident &quot;%1&quot;: a window on %2 ends before it starts</source>
        <translation>Störung „%1“: ein Zeitraum auf %2 endet, bevor er beginnt</translation>
    </message>
</context>
<context>
    <name>OutageDesk::InstancesTableModel</name>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Data center</source>
        <translation>Rechenzentrum</translation>
    </message>
</context>
<context>
    <name>OutageDesk::KeychainCredentialStore</name>
    <message>
        <source>this build has no keychain support</source>
        <translation>dieser Build unterstützt keinen Schlüsselbund</translation>
    </message>
</context>
<context>
    <name>OutageDesk::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>&amp;Systemstandard</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Outage Desk will use the new language the next time it starts.</source>
        <translation>Outage Desk verwendet die neue Sprache beim nächsten Start.</translation>
    </message>
</context>
<context>
    <name>OutageDesk::LintAcceptanceRepository</name>
    <message>
        <source>cannot record the acceptance of %1: %2</source>
        <translation>die Akzeptanz von %1 kann nicht festgehalten werden: %2</translation>
    </message>
</context>
<context>
    <name>OutageDesk::Linter</name>
    <message>
        <source>instance %1 belongs to no known data center, so its times have no zone</source>
        <translation>Instanz %1 gehört zu keinem bekannten Rechenzentrum, ihre Zeiten haben daher keine Zone</translation>
    </message>
    <message>
        <source>data center %1 has no valid IANA time zone (&quot;%2&quot;): its windows cannot be shown in local time</source>
        <translation>Rechenzentrum %1 hat keine gültige IANA-Zeitzone („%2“): seine Zeiträume können nicht in Ortszeit gezeigt werden</translation>
    </message>
    <message>
        <source>%1 overlaps %2; the overlap is counted once in availability, but check whether the same outage was logged twice</source>
        <translation>%1 überschneidet sich mit %2; die Überschneidung zählt in der Verfügbarkeit einmal, aber prüfen Sie, ob derselbe Ausfall doppelt erfasst wurde</translation>
    </message>
    <message>
        <source>%1 is an %2 window that starts in the future; only maintenance is announced ahead</source>
        <translation>%1 ist ein Zeitraum vom Typ %2, der in der Zukunft beginnt; nur Wartung wird vorab angekündigt</translation>
    </message>
    <message>
        <source>the incident is resolved but %1 has no end; record when it ended</source>
        <translation>die Störung ist behoben, aber %1 hat kein Ende; erfassen Sie, wann er endete</translation>
    </message>
    <message>
        <source>%1 runs %2, from evening to %3 the next morning; if the end was meant as PM, it is %4 (%5)</source>
        <translation>%1 dauert %2, vom Abend bis %3 am nächsten Morgen; falls das Ende als PM gemeint war, ist es %4 (%5)</translation>
    </message>
    <message>
        <source>%1 goes on after the incident was posted as resolved (%2)</source>
        <translation>%1 dauert an, nachdem die Störung als behoben gemeldet wurde (%2)</translation>
    </message>
    <message>
        <source>%1 ends at %2, not after its start; if the end was meant in the other half of the day, it is %3 (%4)</source>
        <translation>%1 endet um %2, nicht nach seinem Beginn; war das Ende in der anderen Tageshälfte gemeint, ist es %3 (%4)</translation>
    </message>
</context>
<context>
    <name>OutageDesk::MainWindow</name>
    <message>
        <source>Outage Desk</source>
        <translation>Outage Desk</translation>
    </message>
    <message>
        <source>Search titles, updates and RCA text (Ctrl+F)</source>
        <translation>Titel, Meldungen und Text der Ursachenanalyse durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Open (not resolved)</source>
        <translation>Offen (nicht behoben)</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>All data centers</source>
        <translation>Alle Rechenzentren</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an incident on the left, or create one with &lt;b&gt;Incident ▸ New Incident&lt;/b&gt; (Ctrl+N).&lt;/p&gt;&lt;p&gt;Every change is saved as you make it; Ctrl+Z takes it back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie links eine Störung aus oder legen Sie eine mit &lt;b&gt;Störung ▸ Neue Störung&lt;/b&gt; (Strg+N) an.&lt;/p&gt;&lt;p&gt;Jede Änderung wird sofort gespeichert; Strg+Z nimmt sie zurück.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Störung</translation>
    </message>
    <message>
        <source>Outage Gantt</source>
        <translation>Gantt-Diagramm</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;New Incident</source>
        <translation>&amp;Neue Störung</translation>
    </message>
    <message>
        <source>&amp;Delete Incident</source>
        <translation>Störung &amp;löschen</translation>
    </message>
    <message>
        <source>Add Outage &amp;Window</source>
        <translation>Ausfall&amp;zeitraum hinzufügen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>Add Status &amp;Update</source>
        <translation>Status&amp;meldung hinzufügen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>&amp;Data Centers and Instances…</source>
        <translation>&amp;Rechenzentren und Instanzen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>&amp;About Outage Desk</source>
        <translation>Ü&amp;ber Outage Desk</translation>
    </message>
    <message>
        <source>About Outage Desk</source>
        <translation>Über Outage Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Outage Desk %1&lt;/h3&gt;&lt;p&gt;Log incidents, record outage windows per data center, write the root cause analysis and publish it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Outage Desk %1&lt;/h3&gt;&lt;p&gt;Störungen erfassen, Ausfallzeiträume je Rechenzentrum festhalten, die Ursachenanalyse schreiben und veröffentlichen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Export &amp;Chart…</source>
        <translation>&amp;Diagramm exportieren…</translation>
    </message>
    <message>
        <source>&amp;Print Chart…</source>
        <translation>Diagramm &amp;drucken…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>&amp;Störung</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>%1 — Outage Desk</source>
        <translation>%1 — Outage Desk</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Every change is written to the workspace file as you make it.</source>
        <translation>Jede Änderung wird sofort in die Arbeitsbereichsdatei geschrieben.</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Open Another…</source>
        <translation>Anderen öffnen…</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Outage Desk workspaces (*.sqlite *.db);;All files (*)</source>
        <translation>Outage-Desk-Arbeitsbereiche (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>workspace.sqlite</source>
        <translation>arbeitsbereich.sqlite</translation>
    </message>
    <message>
        <source>Outage Desk workspaces (*.sqlite)</source>
        <translation>Outage-Desk-Arbeitsbereiche (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 already exists; it is opened as it is, nothing in it is replaced.</source>
        <translation>%1 existiert bereits; die Datei wird unverändert geöffnet, nichts darin wird ersetzt.</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>%1 is no longer there; it is taken off the list.</source>
        <translation>%1 ist nicht mehr vorhanden; der Eintrag wird aus der Liste entfernt.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>Import Incidents</source>
        <translation>Störungen importieren</translation>
    </message>
    <message>
        <source>Outage Desk exchange files (*.json);;All files (*)</source>
        <translation>Outage-Desk-Austauschdateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Each file is imported whole or not at all:

%1</source>
        <translation>Jede Datei wird ganz oder gar nicht importiert:

%1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export the selected incident or the whole workspace?</source>
        <translation>Die ausgewählte Störung oder den ganzen Arbeitsbereich exportieren?</translation>
    </message>
    <message>
        <source>Selected Incident</source>
        <translation>Ausgewählte Störung</translation>
    </message>
    <message>
        <source>Whole Workspace</source>
        <translation>Ganzer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Export Incidents</source>
        <translation>Störungen exportieren</translation>
    </message>
    <message>
        <source>Outage Desk exchange files (*.json)</source>
        <translation>Outage-Desk-Austauschdateien (*.json)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
    <message>
        <source>Select the incident to export first.</source>
        <translation>Wählen Sie zuerst die zu exportierende Störung.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Kein Arbeitsbereich geöffnet</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n Störung</numerusform>
            <numerusform>%n Störungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n incident(s)</source>
        <translation>
            <numerusform>%1 von %n Störung</numerusform>
            <numerusform>%1 von %n Störungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n data center(s)</source>
        <translation>
            <numerusform>%n Rechenzentrum</numerusform>
            <numerusform>%n Rechenzentren</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert %1</translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation>Änderung nicht gespeichert</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Neue Störung</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;. Undo with %2.</source>
        <translation>„%1“ gelöscht. Rückgängig mit %2.</translation>
    </message>
    <message>
        <source>&amp;Preferences</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>%1: %2, %3.</source>
        <extracomment>%1 the file name, %2 &quot;N incident(s) created&quot;, %3 &quot;N updated&quot;</extracomment>
        <translation>%1: %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) created</source>
        <translation>
            <numerusform>%n Störung angelegt</numerusform>
            <numerusform>%n Störungen angelegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n aktualisiert</numerusform>
            <numerusform>%n aktualisiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1… wird gelesen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Writing %1: %2 of %3 incidents…</source>
        <translation>%1 wird geschrieben: %2 von %3 Vorfällen…</translation>
    </message>
    <message>
        <source>Building the search index for %1…</source>
        <translation>Suchindex für %1 wird aufgebaut…</translation>
    </message>
    <message>
        <source>&amp;Customers…</source>
        <translation>&amp;Kunden…</translation>
    </message>
    <message>
        <source>Incident &amp;List</source>
        <translation>Störungs&amp;liste</translation>
    </message>
    <message>
        <source>&amp;Focus Mode</source>
        <translation>&amp;Fokusmodus</translation>
    </message>
    <message>
        <source>Give the editor or the chart the whole window (%1)</source>
        <translation>Dem Editor oder dem Diagramm das ganze Fenster geben (%1)</translation>
    </message>
    <message>
        <source>RCA Preview &amp;Below the Text</source>
        <translation>Vorschau der Ursachenanalyse &amp;unter dem Text</translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation>&amp;Nächster Reiter</translation>
    </message>
    <message>
        <source>&amp;Previous Tab</source>
        <translation>&amp;Vorheriger Reiter</translation>
    </message>
    <message>
        <source>Outage &amp;Gantt</source>
        <translation>&amp;Gantt der Ausfälle</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>W&amp;orkspace</source>
        <translation>Arbeitsbere&amp;ich</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>Undone in “%1”: %2</source>
        <extracomment>%1 the incident&apos;s title, %2 what was undone, e.g. &quot;Edit title&quot;</extracomment>
        <translation>Rückgängig gemacht in „%1“: %2</translation>
    </message>
    <message>
        <source>Redone in “%1”: %2</source>
        <translation>Wiederhergestellt in „%1“: %2</translation>
    </message>
    <message>
        <source>No incident matches these filters.</source>
        <translation>Keine Störung passt zu diesen Filtern.</translation>
    </message>
    <message>
        <source>No incident matches &quot;%1&quot; with these filters.</source>
        <translation>Keine Störung passt zu „%1“ mit diesen Filtern.</translation>
    </message>
</context>
<context>
    <name>OutageDesk::MessageBoxWallTimeQuestion</name>
    <message>
        <source>Time does not exist</source>
        <translation>Zeitpunkt existiert nicht</translation>
    </message>
    <message>
        <source>Time happened twice</source>
        <translation>Zeitpunkt kam zweimal vor</translation>
    </message>
    <message>
        <source>Time not accepted</source>
        <translation>Zeitpunkt nicht angenommen</translation>
    </message>
</context>
<context>
    <name>OutageDesk::MimeComposer</name>
    <message>
        <source>“%1” is not an e-mail address</source>
        <translation>„%1“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>the message could not be composed</source>
        <translation>die Nachricht konnte nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>OutageDesk::NotificationMail</name>
    <message>
        <source>Status notifications</source>
        <translation>Statusmeldungen</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>andauernd</translation>
    </message>
    <message>
        <source>Update of %1 (%2):</source>
        <translation>Statusmeldung vom %1 (%2):</translation>
    </message>
    <message>
        <source>Affected:</source>
        <translation>Betroffen:</translation>
    </message>
    <message>
        <source>Current status: %1</source>
        <translation>Aktueller Status: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Einzelheiten: %1</translation>
    </message>
    <message>
        <source>You receive this because you are registered for status notifications. To unsubscribe, reply with &quot;unsubscribe&quot; or write to %1.</source>
        <translation>Sie erhalten diese Nachricht, weil Sie für Statusmeldungen registriert sind. Zum Abbestellen antworten Sie mit &quot;unsubscribe&quot; oder schreiben Sie an %1.</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>See the incident on the status portal</source>
        <translation>Die Störung im Statusportal ansehen</translation>
    </message>
</context>
<context>
    <name>OutageDesk::OutboxCommand</name>
    <message>
        <source>send every waiting or failed publication now</source>
        <translation>jede wartende oder fehlgeschlagene Veröffentlichung jetzt senden</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>JSON ausgeben</translation>
    </message>
    <message>
        <source>include finished publications</source>
        <translation>abgeschlossene Veröffentlichungen einbeziehen</translation>
    </message>
    <message numerus="yes">
        <source>%n published</source>
        <translation>
            <numerusform>%n veröffentlicht</numerusform>
            <numerusform>%n veröffentlicht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wartet</numerusform>
            <numerusform>%n warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>list queued publications (--json); “outbox retry” sends them now; “outbox cancel ID” withdraws one</source>
        <translation>wartende Veröffentlichungen auflisten (--json); „outbox retry“ sendet sie jetzt; „outbox cancel ID“ zieht eine zurück</translation>
    </message>
    <message>
        <source>withdraw the waiting or failed publication ID</source>
        <translation>die wartende oder fehlgeschlagene Veröffentlichung ID zurückziehen</translation>
    </message>
    <message>
        <source>outbox cancel: “%1” is not a publication id (see “outbox”)</source>
        <translation>outbox cancel: „%1“ ist keine Veröffentlichungsnummer (siehe „outbox“)</translation>
    </message>
    <message>
        <source>publication %1 cancelled; nothing was sent</source>
        <translation>Veröffentlichung %1 zurückgezogen; nichts wurde gesendet</translation>
    </message>
    <message>
        <source>outbox: use “outbox [--json]”, “outbox retry” or “outbox cancel ID”</source>
        <translation>outbox: „outbox [--json]“, „outbox retry“ oder „outbox cancel ID“ verwenden</translation>
    </message>
</context>
<context>
    <name>OutageDesk::OutboxDialog</name>
    <message>
        <source>Nothing is waiting: every publication went out.</source>
        <translation>Nichts wartet: Jede Veröffentlichung ist hinausgegangen.</translation>
    </message>
    <message>
        <source>Everything went out.</source>
        <translation>Alles ist hinausgegangen.</translation>
    </message>
    <message numerus="yes">
        <source>%n publication(s) still waiting; see the reasons above.</source>
        <translation>
            <numerusform>%n Veröffentlichung wartet noch; die Gründe stehen oben.</numerusform>
            <numerusform>%n Veröffentlichungen warten noch; die Gründe stehen oben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The publication of “%1” to %2 is cancelled; nothing was sent.</source>
        <translation>Die Veröffentlichung von „%1“ auf %2 ist zurückgezogen; nichts wurde gesendet.</translation>
    </message>
</context>
<context>
    <name>OutageDesk::OutboxTableModel</name>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>after a retry</source>
        <translation>nach erneutem Versuch</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Störung</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>OutageDesk::PortalCommand</name>
    <message>
        <source>publishing targets: portal add NAME --kind webdav|statuspage|webhook --url URL; portal list; portal remove NAME; portal build --out DIR</source>
        <translation>Veröffentlichungsziele: portal add NAME --kind webdav|statuspage|webhook --url URL; portal list; portal remove NAME; portal build --out ORDNER</translation>
    </message>
    <message>
        <source>add, list, remove or build</source>
        <translation>add, list, remove oder build</translation>
    </message>
    <message>
        <source>the portal&apos;s name (add, remove)</source>
        <translation>der Name des Portals (add, remove)</translation>
    </message>
    <message>
        <source>webdav, statuspage or webhook</source>
        <translation>webdav, statuspage oder webhook</translation>
    </message>
    <message>
        <source>WebDAV folder, Statuspage API base or webhook endpoint; for build, the site&apos;s public URL</source>
        <translation>WebDAV-Ordner, Statuspage-API-Basis oder Webhook-Endpunkt; bei build die öffentliche URL der Website</translation>
    </message>
    <message>
        <source>WebDAV user</source>
        <translation>WebDAV-Benutzer</translation>
    </message>
    <message>
        <source>Statuspage page id</source>
        <translation>Statuspage-Seiten-ID</translation>
    </message>
    <message>
        <source>PEM file of a private CA to trust for this portal</source>
        <translation>PEM-Datei einer privaten CA, der bei diesem Portal vertraut wird</translation>
    </message>
    <message>
        <source>map an instance to a Statuspage component (repeatable)</source>
        <translation>eine Instanz einer Statuspage-Komponente zuordnen (wiederholbar)</translation>
    </message>
    <message>
        <source>the portal&apos;s heading</source>
        <translation>die Überschrift des Portals</translation>
    </message>
    <message>
        <source>transfer timeout per request (default 30000)</source>
        <translation>Zeitlimit pro Anfrage (Standard 30000)</translation>
    </message>
    <message>
        <source>build: the folder to write the site to</source>
        <translation>build: der Ordner, in den die Website geschrieben wird</translation>
    </message>
    <message>
        <source>portal: use “portal add NAME --kind … --url …”, “portal list”, “portal remove NAME” or “portal build --out DIR”</source>
        <translation>portal: „portal add NAME --kind … --url …“, „portal list“, „portal remove NAME“ oder „portal build --out ORDNER“ verwenden</translation>
    </message>
    <message>
        <source>add: keep the secret nowhere; ask for it at each publish (for a desk without a keychain)</source>
        <translation>add: das Geheimnis nirgends aufbewahren; bei jeder Veröffentlichung abfragen (für einen Arbeitsplatz ohne Schlüsselbund)</translation>
    </message>
    <message>
        <source>the language of every page the portal shows (en, de, fr, he; default en)</source>
        <translation>die Sprache jeder Seite, die das Portal zeigt (en, de, fr, he; Standard en)</translation>
    </message>
    <message>
        <source>the portal&apos;s clock: 24h (default) or 12h</source>
        <translation>die Uhrzeit des Portals: 24h (Standard) oder 12h</translation>
    </message>
</context>
<context>
    <name>OutageDesk::PortalRepository</name>
    <message>
        <source>“%1” is not a valid portal name (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, at most 64).</source>
        <translation>„%1“ ist kein gültiger Portalname (Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;, höchstens 64).</translation>
    </message>
    <message>
        <source>A portal named “%1” already exists.</source>
        <translation>Ein Portal namens „%1“ existiert bereits.</translation>
    </message>
</context>
<context>
    <name>OutageDesk::PortalSiteBuilder</name>
    <message>
        <source>Service status</source>
        <translation>Dienststatus</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
    <message>
        <source>Active incidents</source>
        <translation>Aktive Störungen</translation>
    </message>
    <message>
        <source>No active incidents.</source>
        <translation>Keine aktiven Störungen.</translation>
    </message>
    <message>
        <source>Scheduled maintenance</source>
        <translation>Geplante Wartung</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>Aktueller Status</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Daily availability of %1, oldest first</source>
        <translation>Tägliche Verfügbarkeit von %1, älteste zuerst</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Recent incidents</source>
        <translation>Letzte Störungen</translation>
    </message>
    <message>
        <source>No incidents reported.</source>
        <translation>Keine Störungen gemeldet.</translation>
    </message>
    <message>
        <source>All incidents</source>
        <translation>Alle Störungen</translation>
    </message>
    <message>
        <source>Incident history</source>
        <translation>Störungsverlauf</translation>
    </message>
    <message>
        <source>Impact: %1</source>
        <translation>Auswirkung: %1</translation>
    </message>
    <message>
        <source>Affected services</source>
        <translation>Betroffene Dienste</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>dauert an</translation>
    </message>
    <message>
        <source>Outage windows on a time line</source>
        <translation>Ausfallzeiträume auf einer Zeitachse</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>No updates yet.</source>
        <translation>Noch keine Meldungen.</translation>
    </message>
    <message>
        <source>Root cause analysis</source>
        <translation>Ursachenanalyse</translation>
    </message>
    <message>
        <source>[Root cause analysis] %1</source>
        <translation>[Ursachenanalyse] %1</translation>
    </message>
    <message>
        <source>Availability, last %1 days</source>
        <translation>Verfügbarkeit, letzte %1 Tage</translation>
    </message>
    <message>
        <source>One bar per day, oldest first: green no interruption, amber degraded or under 1 % down, red 1 % down or more, blue maintenance. Each bar names its day and figure.</source>
        <translation>Ein Balken pro Tag, ältester zuerst: grün ohne Unterbrechung, gelb beeinträchtigt oder unter 1 % Ausfall, rot 1 % Ausfall oder mehr, blau Wartung. Jeder Balken nennt seinen Tag und seinen Wert.</translation>
    </message>
    <message>
        <source>Skip to content</source>
        <translation>Zum Inhalt springen</translation>
    </message>
    <message>
        <source>Incident feed</source>
        <translation>Störungs-Feed</translation>
    </message>
    <message>
        <source>Atom feed</source>
        <translation>Atom-Feed</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>In Betrieb</translation>
    </message>
    <message>
        <source>Outage</source>
        <translation>Ausfall</translation>
    </message>
    <message>
        <source>Degraded performance</source>
        <translation>Eingeschränkte Leistung</translation>
    </message>
    <message>
        <source>Under maintenance</source>
        <translation>In Wartung</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>All systems operational</source>
        <translation>Alle Systeme in Betrieb</translation>
    </message>
    <message>
        <source>Minor service outage</source>
        <translation>Leichte Dienststörung</translation>
    </message>
    <message>
        <source>Major service outage</source>
        <translation>Schwere Dienststörung</translation>
    </message>
    <message>
        <source>Critical service outage</source>
        <translation>Kritische Dienststörung</translation>
    </message>
    <message>
        <source>Service under maintenance</source>
        <translation>Dienst in Wartung</translation>
    </message>
</context>
<context>
    <name>OutageDesk::PortalsDialog</name>
    <message>
        <source>Static status portal (WebDAV)</source>
        <translation>Statisches Statusportal (WebDAV)</translation>
    </message>
    <message>
        <source>Atlassian Statuspage</source>
        <translation>Atlassian Statuspage</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Statuspage component id</source>
        <translation>Statuspage-Komponenten-ID</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>unchanged (kept in the keychain)</source>
        <translation>unverändert (im Schlüsselbund aufbewahrt)</translation>
    </message>
    <message>
        <source>password or API key</source>
        <translation>Passwort oder API-Schlüssel</translation>
    </message>
    <message>
        <source>Give the portal a name: letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Geben Sie dem Portal einen Namen: Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;.</translation>
    </message>
    <message>
        <source>The URL must start with https:// (or http:// on a trusted network).</source>
        <translation>Die URL muss mit https:// beginnen (oder http:// in einem vertrauenswürdigen Netz).</translation>
    </message>
    <message>
        <source>A Statuspage portal needs its page id.</source>
        <translation>Ein Statuspage-Portal braucht seine Seiten-ID.</translation>
    </message>
    <message>
        <source>Type the portal&apos;s secret (password or API key); it is stored in the system keychain.</source>
        <translation>Geben Sie das Geheimnis des Portals ein (Passwort oder API-Schlüssel); es wird im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Portal %1 saved.</source>
        <translation>Portal %1 gespeichert.</translation>
    </message>
    <message>
        <source>Remove Portal</source>
        <translation>Portal entfernen</translation>
    </message>
    <message>
        <source>Remove portal %1 and its secret? Publications waiting for it are dropped.</source>
        <translation>Portal %1 und sein Geheimnis entfernen? Veröffentlichungen, die darauf warten, werden verworfen.</translation>
    </message>
    <message>
        <source>Portal %1 removed.</source>
        <translation>Portal %1 entfernt.</translation>
    </message>
    <message>
        <source>asked for at each publish</source>
        <translation>wird bei jeder Veröffentlichung abgefragt</translation>
    </message>
    <message>
        <source>Portal %1 saved; its secret is asked for at each publish and kept nowhere.</source>
        <translation>Portal %1 gespeichert; sein Geheimnis wird bei jeder Veröffentlichung abgefragt und nirgends aufbewahrt.</translation>
    </message>
    <message>
        <source>Type the portal&apos;s secret to test with.</source>
        <translation>Geben Sie das Geheimnis des Portals für den Test ein.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Frage %1 an…</translation>
    </message>
</context>
<context>
    <name>OutageDesk::PreferencesDialog</name>
    <message>
        <source>System</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Inserts spaces</source>
        <translation>fügt Leerzeichen ein</translation>
    </message>
    <message>
        <source>Moves to the next field</source>
        <translation>springt zum nächsten Feld</translation>
    </message>
    <message>
        <source>24-hour (14:56)</source>
        <translation>24 Stunden (14:56)</translation>
    </message>
    <message>
        <source>12-hour (2:56 PM)</source>
        <translation>12 Stunden (2:56 PM)</translation>
    </message>
</context>
<context>
    <name>OutageDesk::PublicLocale</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>OutageDesk::PublishCommand</name>
    <message>
        <source>publish an incident, its updates and its approved RCA to a portal (exit 3 when queued)</source>
        <translation>eine Störung, ihre Meldungen und ihre freigegebene Ursachenanalyse auf einem Portal veröffentlichen (Exit-Status 3, wenn eingereiht)</translation>
    </message>
    <message>
        <source>the incident&apos;s UUID or a unique prefix of at least 8 characters</source>
        <translation>die UUID der Störung oder ein eindeutiger Anfang davon mit mindestens 8 Zeichen</translation>
    </message>
    <message>
        <source>the portal to publish to</source>
        <translation>das Portal, auf dem veröffentlicht wird</translation>
    </message>
    <message>
        <source>the Publication History note</source>
        <translation>die Notiz für den Veröffentlichungsverlauf</translation>
    </message>
    <message>
        <source>let the portal notify its subscribers (statuspage)</source>
        <translation>das Portal seine Abonnenten benachrichtigen lassen (statuspage)</translation>
    </message>
    <message>
        <source>publish: use “publish ID --portal NAME [--note TEXT]”</source>
        <translation>publish: „publish ID --portal NAME [--note TEXT]“ verwenden</translation>
    </message>
    <message>
        <source>publish: no portal named “%1” (see outagedesk portal list)</source>
        <translation>publish: kein Portal namens „%1“ (siehe outagedesk portal list)</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>publish: the RCA of this incident is not approved and was left out; its status updates are published</source>
        <translation>publish: die Ursachenanalyse dieser Störung ist nicht freigegeben und wurde weggelassen; ihre Statusmeldungen werden veröffentlicht</translation>
    </message>
    <message>
        <source>Published %1 to %2.</source>
        <translation>%1 auf %2 veröffentlicht.</translation>
    </message>
    <message>
        <source>publish: %1</source>
        <translation>publish: %1</translation>
    </message>
    <message>
        <source>publish: the publication stays in the outbox (job %1); fix the portal, then run “outagedesk outbox retry”</source>
        <translation>publish: die Veröffentlichung bleibt im Postausgang (Auftrag %1); das Portal korrigieren und dann „outagedesk outbox retry“ ausführen</translation>
    </message>
    <message>
        <source>publish: queued in the outbox (job %1), will retry: %2</source>
        <translation>publish: im Postausgang eingereiht (Auftrag %1), wird erneut versucht: %2</translation>
    </message>
    <message>
        <source>publish: warning: %1</source>
        <translation>publish: Warnung: %1</translation>
    </message>
</context>
<context>
    <name>OutageDesk::PublishDialog</name>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>There is no portal yet: add one under Workspace ▸ Portals.</source>
        <translation>Es gibt noch kein Portal: Fügen Sie eines unter Arbeitsbereich ▸ Portale hinzu.</translation>
    </message>
    <message>
        <source>The status portal at %1 is regenerated; only changed files are uploaded.</source>
        <translation>Das Statusportal unter %1 wird neu erzeugt; nur geänderte Dateien werden hochgeladen.</translation>
    </message>
    <message>
        <source>Statuspage page %1: the incident, its new status updates and, if approved, the RCA as postmortem.</source>
        <translation>Statuspage-Seite %1: die Störung, ihre neuen Statusmeldungen und, falls freigegeben, die Ursachenanalyse als Postmortem.</translation>
    </message>
    <message>
        <source>A signed POST to %1 with the incident (no internal notes) and this page.</source>
        <translation>Ein signierter POST an %1 mit der Störung (ohne interne Notizen) und dieser Seite.</translation>
    </message>
    <message>
        <source>Subscribers ARE notified.</source>
        <translation>Abonnenten WERDEN benachrichtigt.</translation>
    </message>
    <message>
        <source>Subscribers are not notified.</source>
        <translation>Abonnenten werden nicht benachrichtigt.</translation>
    </message>
    <message>
        <source>The RCA is not approved and is left out; the status updates are published.</source>
        <translation>Die Ursachenanalyse ist nicht freigegeben und wird weggelassen; die Statusmeldungen werden veröffentlicht.</translation>
    </message>
    <message>
        <source>The approved RCA is included.</source>
        <translation>Die freigegebene Ursachenanalyse ist enthalten.</translation>
    </message>
    <message>
        <source>There is no RCA yet; the status updates are published.</source>
        <translation>Es gibt noch keine Ursachenanalyse; die Statusmeldungen werden veröffentlicht.</translation>
    </message>
    <message>
        <source>Notify Subscribers</source>
        <translation>Abonnenten benachrichtigen</translation>
    </message>
    <message>
        <source>Everyone subscribed to %1 will be notified now. Publish and notify?</source>
        <translation>Alle Abonnenten von %1 werden jetzt benachrichtigt. Veröffentlichen und benachrichtigen?</translation>
    </message>
    <message>
        <source>There is no portal yet: add one with Add Portal….</source>
        <translation>Es gibt noch kein Portal: Fügen Sie eines mit „Portal hinzufügen…“ hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>Open warnings in the checks (%n):</source>
        <translation>
            <numerusform>Offene Warnung in den Prüfungen (%n):</numerusform>
            <numerusform>Offene Warnungen in den Prüfungen (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutageDesk::PublishOutcome</name>
    <message>
        <source>%1: the server&apos;s TLS certificate was refused (%2). Name the portal&apos;s CA file in its settings if it uses a private CA.</source>
        <translation>%1: das TLS-Zertifikat des Servers wurde abgelehnt (%2). Tragen Sie die CA-Datei des Portals in seinen Einstellungen ein, falls es eine private CA verwendet.</translation>
    </message>
    <message>
        <source>%1: no answer from the server in time.</source>
        <translation>%1: keine rechtzeitige Antwort vom Server.</translation>
    </message>
    <message>
        <source>%1: TLS handshake failed (%2).</source>
        <translation>%1: TLS-Handshake fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: HTTP 401, the portal refused the credentials (wrong user, password or API key?)%2</source>
        <translation>%1: HTTP 401, das Portal hat die Zugangsdaten abgelehnt (falscher Benutzer, falsches Passwort oder falscher API-Schlüssel?)%2</translation>
    </message>
    <message>
        <source>%1: HTTP 403, the account may not do this%2</source>
        <translation>%1: HTTP 403, das Konto darf das nicht%2</translation>
    </message>
    <message>
        <source>%1: HTTP 404, not found: check the portal&apos;s URL and page id%2</source>
        <translation>%1: HTTP 404, nicht gefunden: URL und Seiten-ID des Portals prüfen%2</translation>
    </message>
    <message>
        <source>%1: HTTP %2, try again later%3</source>
        <translation>%1: HTTP %2, später erneut versuchen%3</translation>
    </message>
    <message>
        <source>%1: HTTP %2 from the server%3</source>
        <translation>%1: HTTP %2 vom Server%3</translation>
    </message>
    <message>
        <source>%1: HTTP %2%3</source>
        <translation>%1: HTTP %2%3</translation>
    </message>
    <message>
        <source>%1: the connection closed before the server answered; it may have arrived, and the next attempt checks before sending again.</source>
        <translation>%1: Die Verbindung wurde geschlossen, bevor der Server antwortete; die Anfrage ist vielleicht angekommen, und der nächste Versuch prüft das, bevor er erneut sendet.</translation>
    </message>
    <message>
        <source>%1: the server redirected to %2, another origin; publications never follow a redirect away from the configured portal (nothing was sent there). Correct the portal&apos;s URL if it moved.</source>
        <translation>%1: Der Server leitete nach %2 um, zu einem anderen Ursprung; Veröffentlichungen folgen nie einer Umleitung weg vom eingerichteten Portal (dorthin wurde nichts gesendet). Korrigieren Sie die URL des Portals, falls es umgezogen ist.</translation>
    </message>
    <message>
        <source>%1: the server answered HTTP %2 with a redirect to %3, which would change the request&apos;s method or drop its body; nothing was sent there. Correct the portal&apos;s URL.</source>
        <translation>%1: Der Server antwortete mit HTTP %2 und einer Umleitung nach %3, die die Methode der Anfrage ändern oder ihren Inhalt verwerfen würde; dorthin wurde nichts gesendet. Korrigieren Sie die URL des Portals.</translation>
    </message>
    <message>
        <source>%1: HTTP %2, too many requests; the portal asked us to wait%3</source>
        <translation>%1: HTTP %2, zu viele Anfragen; das Portal bittet zu warten%3</translation>
    </message>
</context>
<context>
    <name>OutageDesk::PublishedIncidents</name>
    <message>
        <source>The copy of incident %1 last sent to this portal cannot be read (%2); publish that incident again to replace it.</source>
        <translation>Die zuletzt an dieses Portal gesendete Fassung von Vorfall %1 ist nicht lesbar (%2); veröffentlichen Sie diesen Vorfall erneut, um sie zu ersetzen.</translation>
    </message>
</context>
<context>
    <name>OutageDesk::Publisher</name>
    <message>
        <source>No portal named “%1”; add it first (outagedesk portal add).</source>
        <translation>Kein Portal namens „%1“; zuerst hinzufügen (outagedesk portal add).</translation>
    </message>
    <message>
        <source>No incident %1.</source>
        <translation>Keine Störung %1.</translation>
    </message>
    <message>
        <source>The portal of this job was removed.</source>
        <translation>Das Portal dieses Auftrags wurde entfernt.</translation>
    </message>
    <message>
        <source>The incident of this job was deleted.</source>
        <translation>Die Störung dieses Auftrags wurde gelöscht.</translation>
    </message>
    <message>
        <source>No keychain.</source>
        <translation>Kein Schlüsselbund.</translation>
    </message>
    <message>
        <source>Published, but the workspace could not record it: %1</source>
        <translation>Veröffentlicht, aber der Arbeitsbereich konnte es nicht festhalten: %1</translation>
    </message>
    <message>
        <source>Portal %1 asks for its secret at each publish, and none was given: publish again or retry from the outbox, and type it when asked.</source>
        <translation>Portal %1 fragt bei jeder Veröffentlichung nach seinem Geheimnis, und es wurde keines angegeben: Veröffentlichen Sie erneut oder versuchen Sie es aus dem Postausgang erneut, und geben Sie es auf Nachfrage ein.</translation>
    </message>
</context>
<context>
    <name>OutageDesk::PublishingActions</name>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Veröffentlichen…</translation>
    </message>
    <message>
        <source>Publish the incident to a status portal, after a preview</source>
        <translation>Die Störung nach einer Vorschau auf einem Statusportal veröffentlichen</translation>
    </message>
    <message>
        <source>P&amp;ortals…</source>
        <translation>P&amp;ortale…</translation>
    </message>
    <message>
        <source>Out&amp;box…</source>
        <translation>Post&amp;ausgang…</translation>
    </message>
    <message numerus="yes">
        <source>%n publication(s) waiting</source>
        <translation>
            <numerusform>%n Veröffentlichung wartet</numerusform>
            <numerusform>%n Veröffentlichungen warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>offline — %n waiting</source>
        <translation>
            <numerusform>offline — %n wartet</numerusform>
            <numerusform>offline — %n warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Workspace ▸ Outbox to see why and to retry.</source>
        <translation>Öffnen Sie Arbeitsbereich ▸ Postausgang, um den Grund zu sehen und es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Select the incident to publish first.</source>
        <translation>Wählen Sie zuerst die zu veröffentlichende Störung.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Published to %1.</source>
        <translation>Auf %1 veröffentlicht.</translation>
    </message>
    <message>
        <source>%1 refused the publication:
%2

It stays in the outbox; fix the portal under Workspace ▸ Portals, then retry it from the outbox.</source>
        <translation>%1 hat die Veröffentlichung abgelehnt:
%2

Sie bleibt im Postausgang; korrigieren Sie das Portal unter Arbeitsbereich ▸ Portale und versuchen Sie es dann aus dem Postausgang erneut.</translation>
    </message>
    <message>
        <source>Queued: %1 — it goes out by itself when %2 is reachable.</source>
        <translation>Eingereiht: %1 — geht von selbst hinaus, sobald %2 erreichbar ist.</translation>
    </message>
    <message>
        <source>&amp;Build Portal…</source>
        <translation>Portal &amp;erstellen…</translation>
    </message>
    <message>
        <source>Write the workspace as a static status portal into a folder</source>
        <translation>Den Arbeitsbereich als statisches Statusportal in einen Ordner schreiben</translation>
    </message>
    <message>
        <source>Copy RCA as &amp;Markdown</source>
        <translation>Ursachenanalyse als &amp;Markdown kopieren</translation>
    </message>
    <message>
        <source>Copy RCA as &amp;HTML</source>
        <translation>Ursachenanalyse als &amp;HTML kopieren</translation>
    </message>
    <message>
        <source>Not published: portal %1 needs its secret.</source>
        <translation>Nicht veröffentlicht: Portal %1 braucht sein Geheimnis.</translation>
    </message>
    <message>
        <source>The RCA is on the clipboard as Markdown.</source>
        <translation>Die Ursachenanalyse ist als Markdown in der Zwischenablage.</translation>
    </message>
    <message>
        <source>The RCA is on the clipboard as HTML.</source>
        <translation>Die Ursachenanalyse ist als HTML in der Zwischenablage.</translation>
    </message>
</context>
<context>
    <name>OutageDesk::RcaEditorWidget</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Spelling language of this incident&apos;s RCA</source>
        <translation>Rechtschreibsprache der Ursachenanalyse dieser Störung</translation>
    </message>
    <message>
        <source>No spelling check</source>
        <translation>Keine Rechtschreibprüfung</translation>
    </message>
    <message>
        <source>No Hunspell dictionary is installed (Debian: hunspell-en-us, hunspell-de-de, …)</source>
        <translation>Kein Hunspell-Wörterbuch installiert (Debian: hunspell-en-us, hunspell-de-de, …)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <source>HTML…</source>
        <translation>HTML…</translation>
    </message>
    <message>
        <source>PDF, A4…</source>
        <translation>PDF, A4…</translation>
    </message>
    <message>
        <source>PDF, Letter…</source>
        <translation>PDF, Letter…</translation>
    </message>
    <message>
        <source>Save Text as Template…</source>
        <translation>Text als Vorlage speichern…</translation>
    </message>
    <message>
        <source>Submit for Review</source>
        <translation>Zur Prüfung einreichen</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Freigeben…</translation>
    </message>
    <message>
        <source>Back to Draft</source>
        <translation>Zurück zum Entwurf</translation>
    </message>
    <message>
        <source>Start from Template</source>
        <translation>Mit einer Vorlage beginnen</translation>
    </message>
    <message>
        <source>This incident has no RCA yet.</source>
        <translation>Diese Störung hat noch keine Ursachenanalyse.</translation>
    </message>
    <message>
        <source>Select one revision to compare it with the current text, or two to compare them.</source>
        <translation>Wählen Sie eine Revision, um sie mit dem aktuellen Text zu vergleichen, oder zwei, um sie miteinander zu vergleichen.</translation>
    </message>
    <message>
        <source>Restore This Revision</source>
        <translation>Diese Revision wiederherstellen</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n Wort</numerusform>
            <numerusform>%n Wörter</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s), %3 note(s)</source>
        <translation>%1 Fehler, %2 Warnung(en), %3 Hinweis(e)</translation>
    </message>
    <message>
        <source>Checks (%1)</source>
        <translation>Prüfungen (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Draft&lt;/b&gt;: not yet reviewed; it will not be published.</source>
        <translation>&lt;b&gt;Entwurf&lt;/b&gt;: noch nicht geprüft; wird nicht veröffentlicht.</translation>
    </message>
    <message>
        <source>&lt;b&gt;In review&lt;/b&gt;: waiting for approval; any edit returns it to draft.</source>
        <translation>&lt;b&gt;In Prüfung&lt;/b&gt;: wartet auf Freigabe; jede Änderung macht sie wieder zum Entwurf.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Approved&lt;/b&gt; by %1 on %2; any edit returns it to draft.</source>
        <translation>&lt;b&gt;Freigegeben&lt;/b&gt; von %1 am %2; jede Änderung macht sie wieder zum Entwurf.</translation>
    </message>
    <message>
        <source>Submit RCA for review</source>
        <translation>Ursachenanalyse zur Prüfung einreichen</translation>
    </message>
    <message>
        <source>Approve RCA</source>
        <translation>Ursachenanalyse freigeben</translation>
    </message>
    <message>
        <source>Return RCA to draft</source>
        <translation>Ursachenanalyse zurück zum Entwurf</translation>
    </message>
    <message>
        <source>That revision no longer exists.</source>
        <translation>Diese Revision existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Restore RCA revision of %1</source>
        <translation>Revision der Ursachenanalyse vom %1 wiederherstellen</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; cannot be read.</source>
        <translation>Die Vorlage „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) changed</source>
        <translation>
            <numerusform>%n Wort geändert</numerusform>
            <numerusform>%n Wörter geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export RCA</source>
        <translation>Ursachenanalyse exportieren</translation>
    </message>
    <message>
        <source>Save as Template</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>Name der Vorlage:</translation>
    </message>
    <message>
        <source>Spelling &amp;Language</source>
        <translation>Recht&amp;schreibsprache</translation>
    </message>
    <message>
        <source>Choose Spelling &amp;Language…</source>
        <translation>Recht&amp;schreibsprache wählen…</translation>
    </message>
    <message>
        <source>E&amp;xport RCA</source>
        <translation>Ursachenanalyse e&amp;xportieren</translation>
    </message>
    <message>
        <source>&amp;Export RCA…</source>
        <translation>Ursachenanalyse &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Submit RCA for Review</source>
        <translation>Ursachenanalyse zur &amp;Prüfung einreichen</translation>
    </message>
    <message>
        <source>&amp;Approve RCA…</source>
        <translation>Ursachenanalyse &amp;freigeben…</translation>
    </message>
    <message>
        <source>Return RCA to Dra&amp;ft</source>
        <translation>Ursachenanalyse zurück zum &amp;Entwurf</translation>
    </message>
    <message>
        <source>Not approved: set your name in Preferences first; an approval records who gave it.</source>
        <translation>Nicht freigegeben: Tragen Sie zuerst Ihren Namen in den Einstellungen ein; eine Freigabe hält fest, wer sie erteilt hat.</translation>
    </message>
    <message numerus="yes">
        <source>Not approved: %n open error(s) in the checks (%1); fix or accept them first.</source>
        <translation>
            <numerusform>Nicht freigegeben: %n offener Fehler in den Prüfungen (%1); zuerst beheben oder akzeptieren.</numerusform>
            <numerusform>Nicht freigegeben: %n offene Fehler in den Prüfungen (%1); zuerst beheben oder akzeptieren.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutageDesk::RcaOutlineModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
</context>
<context>
    <name>OutageDesk::RcaRenderer</name>
    <message>
        <source>Approved by %1 on %2</source>
        <translation>Freigegeben von %1 am %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation>das PDF kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>cannot finish the PDF</source>
        <translation>das PDF kann nicht abgeschlossen werden</translation>
    </message>
</context>
<context>
    <name>OutageDesk::RcaReview</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>only a draft can be submitted for review (the RCA is %1)</source>
        <translation>nur ein Entwurf kann zur Prüfung eingereicht werden (die Ursachenanalyse ist: %1)</translation>
    </message>
    <message>
        <source>the RCA is empty</source>
        <translation>die Ursachenanalyse ist leer</translation>
    </message>
    <message>
        <source>the RCA is already approved by %1</source>
        <translation>die Ursachenanalyse ist bereits von %1 freigegeben</translation>
    </message>
    <message>
        <source>an approval needs the approver&apos;s name</source>
        <translation>eine Freigabe braucht den Namen der freigebenden Person</translation>
    </message>
    <message>
        <source>an approval needs its time</source>
        <translation>eine Freigabe braucht ihren Zeitpunkt</translation>
    </message>
    <message>
        <source>the RCA is already a draft</source>
        <translation>die Ursachenanalyse ist bereits ein Entwurf</translation>
    </message>
</context>
<context>
    <name>OutageDesk::RcaRevisionRepository</name>
    <message>
        <source>cannot record the RCA revision: %1</source>
        <translation>die Revision der Ursachenanalyse kann nicht festgehalten werden: %1</translation>
    </message>
</context>
<context>
    <name>OutageDesk::RcaRevisionsModel</name>
    <message>
        <source>Edited (%1)</source>
        <translation>Bearbeitet (%1)</translation>
    </message>
    <message>
        <source>Now %1</source>
        <translation>Jetzt %1</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Restored an earlier revision</source>
        <translation>Frühere Revision wiederhergestellt</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n Zeichen</numerusform>
            <numerusform>%n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Before the first edit (%1)</source>
        <translation>Vor der ersten Änderung (%1)</translation>
    </message>
    <message>
        <source>Accepted by %1: %2: %3</source>
        <translation>Akzeptiert von %1: %2: %3</translation>
    </message>
    <message>
        <source>%1; accepted %2 (%3)</source>
        <translation>%1; akzeptiert: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>OutageDesk::RcaStore</name>
    <message>
        <source>the incident no longer exists</source>
        <translation>die Störung existiert nicht mehr</translation>
    </message>
    <message>
        <source>the incident has no RCA</source>
        <translation>die Störung hat keine Ursachenanalyse</translation>
    </message>
</context>
<context>
    <name>OutageDesk::RcaTextEdit</name>
    <message>
        <source>link text</source>
        <translation>Linktext</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>Keine Vorschläge</translation>
    </message>
    <message>
        <source>Add &quot;%1&quot; to Dictionary</source>
        <translation>„%1“ zum Wörterbuch hinzufügen</translation>
    </message>
</context>
<context>
    <name>OutageDesk::RcaTextLinter</name>
    <message>
        <source>line %1: placeholder &quot;%2&quot; left in the text</source>
        <translation>Zeile %1: Platzhalter „%2“ im Text stehen geblieben</translation>
    </message>
    <message>
        <source>line %1: unknown generated-section marker %2</source>
        <translation>Zeile %1: unbekannte Markierung für einen erzeugten Abschnitt %2</translation>
    </message>
    <message>
        <source>line %1: %2 must stand on a line of its own to be replaced</source>
        <translation>Zeile %1: %2 muss allein auf einer Zeile stehen, um ersetzt zu werden</translation>
    </message>
    <message>
        <source>line %1: section &quot;%2&quot; is empty</source>
        <translation>Zeile %1: Abschnitt „%2“ ist leer</translation>
    </message>
    <message>
        <source>required section &quot;%1&quot; is missing</source>
        <translation>der erforderliche Abschnitt „%1“ fehlt</translation>
    </message>
    <message>
        <source>%1 is missing: the section &quot;%2&quot; will not show the recorded data</source>
        <translation>%1 fehlt: der Abschnitt „%2“ zeigt die erfassten Daten nicht</translation>
    </message>
    <message>
        <source>the text does not say whether customer data was affected</source>
        <translation>der Text sagt nicht, ob Kundendaten betroffen waren</translation>
    </message>
    <message>
        <source>the text does not say whether a security breach was found</source>
        <translation>der Text sagt nicht, ob eine Sicherheitsverletzung festgestellt wurde</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; may be misspelt</source>
        <translation>Zeile %1: „%2“ ist womöglich falsch geschrieben</translation>
    </message>
    <message>
        <source>the incident has no RCA text yet</source>
        <translation>die Störung hat noch keinen Text der Ursachenanalyse</translation>
    </message>
    <message>
        <source>action item &quot;%1&quot; has no owner</source>
        <translation>Maßnahme „%1“ hat keine verantwortliche Person</translation>
    </message>
    <message>
        <source>action item &quot;%1&quot; has no due date</source>
        <translation>Maßnahme „%1“ hat kein Fälligkeitsdatum</translation>
    </message>
</context>
<context>
    <name>OutageDesk::SmtpTransport</name>
    <message>
        <source>the relay must be given as smtp://HOST:PORT or smtps://HOST:PORT, not “%1”</source>
        <translation>der Relay-Server muss als smtp://HOST:PORT oder smtps://HOST:PORT angegeben werden, nicht „%1“</translation>
    </message>
    <message>
        <source>the relay URL has no path: smtp://HOST:PORT</source>
        <translation>die Relay-URL hat keinen Pfad: smtp://HOST:PORT</translation>
    </message>
    <message>
        <source>the sender “%1” is not an e-mail address</source>
        <translation>der Absender „%1“ ist keine E-Mail-Adresse</translation>
    </message>
</context>
<context>
    <name>OutageDesk::StatusUpdatesTableModel</name>
    <message>
        <source>Posted</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Message (customer-facing)</source>
        <translation>Meldung (für Kunden)</translation>
    </message>
    <message>
        <source>A status update needs the time it was posted.</source>
        <translation>Eine Statusmeldung braucht den Zeitpunkt ihrer Veröffentlichung.</translation>
    </message>
    <message>
        <source>Change update time</source>
        <translation>Zeitpunkt der Meldung ändern</translation>
    </message>
    <message>
        <source>Change update status</source>
        <translation>Status der Meldung ändern</translation>
    </message>
    <message>
        <source>Edit update message</source>
        <translation>Meldungstext bearbeiten</translation>
    </message>
</context>
<context>
    <name>OutageDesk::StatuspageConnector</name>
    <message>
        <source>Portal %1 has no Statuspage page id.</source>
        <translation>Portal %1 hat keine Statuspage-Seiten-ID.</translation>
    </message>
    <message>
        <source>Creating incident on Statuspage</source>
        <translation>Störung wird auf Statuspage angelegt</translation>
    </message>
    <message>
        <source>Statuspage created the incident but sent no id back.</source>
        <translation>Statuspage hat die Störung angelegt, aber keine ID zurückgeschickt.</translation>
    </message>
    <message>
        <source>Removing duplicate incident %1 from Statuspage</source>
        <translation>Doppelte Störung %1 wird von Statuspage entfernt</translation>
    </message>
    <message>
        <source>Posting update %1 to Statuspage</source>
        <translation>Meldung %1 wird an Statuspage gesendet</translation>
    </message>
    <message>
        <source>Sending the postmortem to Statuspage</source>
        <translation>Postmortem wird an Statuspage gesendet</translation>
    </message>
    <message>
        <source>Publishing the postmortem on Statuspage</source>
        <translation>Postmortem wird auf Statuspage veröffentlicht</translation>
    </message>
    <message>
        <source>The incident&apos;s title has %1 characters; Statuspage accepts at most %2. Shorten it, then publish again.</source>
        <translation>Der Titel der Störung hat %1 Zeichen; Statuspage nimmt höchstens %2 an. Kürzen Sie ihn und veröffentlichen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Status update %1 has %2 characters; Statuspage accepts at most %3 per update. Shorten or split it, then publish again.</source>
        <translation>Statusmeldung %1 hat %2 Zeichen; Statuspage nimmt höchstens %3 je Meldung an. Kürzen oder teilen Sie sie und veröffentlichen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Reading the incident back from Statuspage</source>
        <translation>Störung von Statuspage zurücklesen</translation>
    </message>
</context>
<context>
    <name>OutageDesk::TimeRangeOptions</name>
    <message>
        <source>start of the period (RFC 3339 or YYYY-MM-DD)</source>
        <translation>Beginn des Zeitraums (RFC 3339 oder JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>end of the period, exclusive</source>
        <translation>Ende des Zeitraums, ausschließlich</translation>
    </message>
    <message>
        <source>only this data center</source>
        <translation>nur dieses Rechenzentrum</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 ist erforderlich</translation>
    </message>
    <message>
        <source>--%1 %2: %3</source>
        <translation>--%1 %2: %3</translation>
    </message>
    <message>
        <source>the period is empty or reversed: --to %1 is not after --from %2</source>
        <translation>der Zeitraum ist leer oder umgekehrt: --to %1 liegt nicht nach --from %2</translation>
    </message>
</context>
<context>
    <name>OutageDesk::WallTimeDelegate</name>
    <message>
        <source>Wall time in %1; the zone&apos;s daylight saving is taken into account.</source>
        <translation>Ortszeit in %1; die Sommerzeit der Zone wird berücksichtigt.</translation>
    </message>
</context>
<context>
    <name>OutageDesk::WallTimeEntry</name>
    <message>
        <source>%1 does not exist on %2 in %3 (the clocks were put forward); use %4?</source>
        <translation>%1 gibt es am %2 in %3 nicht (die Uhren wurden vorgestellt); %4 verwenden?</translation>
    </message>
    <message>
        <source>%1 happened twice on %2 in %3 (the clocks were put back). Which one?</source>
        <translation>%1 kam am %2 in %3 zweimal vor (die Uhren wurden zurückgestellt). Welches?</translation>
    </message>
    <message>
        <source>First, %1</source>
        <translation>Erstes, %1</translation>
    </message>
    <message>
        <source>Second, %1</source>
        <translation>Zweites, %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be placed in %2.</source>
        <translation>„%1“ lässt sich in %2 nicht einordnen.</translation>
    </message>
</context>
<context>
    <name>OutageDesk::WallTimeParser</name>
    <message>
        <source>2016-11-14 14:56 or 2016-11-14 2:56 PM</source>
        <translation>2016-11-14 14:56 oder 2016-11-14 2:56 PM</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time. Type it as %2 (in %3).</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit. Geben Sie es als %2 ein (in %3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (in &quot;%2&quot;). Type it as %3.</source>
        <translation>„%1“ ist kein Datum (in „%2“). Geben Sie es als %3 ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a year (in &quot;%2&quot;). Type it as %3.</source>
        <translation>„%1“ braucht eine Jahreszahl (in „%2“). Geben Sie es als %3 ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no time. Type it as %2.</source>
        <translation>„%1“ hat keine Uhrzeit. Geben Sie sie als %2 ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time (in &quot;%2&quot;). Type it as %3.</source>
        <translation>„%1“ ist keine Uhrzeit (in „%2“). Geben Sie sie als %3 ein.</translation>
    </message>
    <message>
        <source>&quot;%1 %2&quot; mixes a 24-hour time with AM/PM (in &quot;%3&quot;). Type %4 or %5.</source>
        <translation>„%1 %2“ mischt eine 24-Stunden-Zeit mit AM/PM (in „%3“). Geben Sie %4 oder %5 ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day (in &quot;%2&quot;). Type it as %3.</source>
        <translation>„%1“ ist keine gültige Tageszeit (in „%2“). Geben Sie sie als %3 ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no date. Type it as %2.</source>
        <translation>„%1“ hat kein Datum. Geben Sie es als %2 ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; after the time was not understood (in &quot;%2&quot;). Type the time as %3; it is read in %4.</source>
        <translation>„%1“ nach der Uhrzeit wurde nicht verstanden (in „%2“). Geben Sie die Uhrzeit als %3 ein; sie gilt in %4.</translation>
    </message>
</context>
<context>
    <name>OutageDesk::WebDavConnector</name>
    <message>
        <source>Reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <source>Creating folder %1</source>
        <translation>Ordner %1 wird angelegt</translation>
    </message>
    <message>
        <source>Uploading %1</source>
        <translation>%1 wird hochgeladen</translation>
    </message>
    <message>
        <source>Deleting %1</source>
        <translation>%1 wird gelöscht</translation>
    </message>
    <message>
        <source>%1 lists “%2”, which is not a file Outage Desk generates; it was left alone, not deleted.</source>
        <translation>%1 nennt „%2“, keine Datei, die Outage Desk erzeugt; sie wurde nicht angerührt und nicht gelöscht.</translation>
    </message>
</context>
<context>
    <name>OutageDesk::WindowsTableModel</name>
    <message>
        <source>ongoing</source>
        <translation>dauert an</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>bisher %1</translation>
    </message>
    <message>
        <source>%1 in %2 (%3)</source>
        <translation>%1 in %2 (%3)</translation>
    </message>
    <message>
        <source>Still ongoing: leave the end empty until the service is back.</source>
        <translation>Dauert noch an: das Ende leer lassen, bis der Dienst wieder läuft.</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Start (data center time)</source>
        <translation>Beginn (Zeit des Rechenzentrums)</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Change window instance</source>
        <translation>Instanz des Zeitraums ändern</translation>
    </message>
    <message>
        <source>Change window impact</source>
        <translation>Auswirkung des Zeitraums ändern</translation>
    </message>
    <message>
        <source>A window needs a start time.</source>
        <translation>Ein Zeitraum braucht eine Beginnzeit.</translation>
    </message>
    <message>
        <source>Change window start</source>
        <translation>Beginn des Zeitraums ändern</translation>
    </message>
    <message>
        <source>Change window end</source>
        <translation>Ende des Zeitraums ändern</translation>
    </message>
    <message>
        <source>%1 to %2 is %3, from evening to the next morning: %4</source>
        <translation>%1 bis %2 sind %3, vom Abend bis zum nächsten Morgen: %4</translation>
    </message>
    <message>
        <source>Fix AM/PM slip</source>
        <translation>AM/PM-Verwechslung korrigieren</translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1 (nicht gespeichert)</translation>
    </message>
    <message>
        <source>end not saved</source>
        <translation>Ende nicht gespeichert</translation>
    </message>
    <message>
        <source>Times kept as typed: %1 is now read in %2 (%3).</source>
        <translation>Uhrzeiten wie eingegeben behalten: %1 gilt jetzt in %2 (%3).</translation>
    </message>
    <message>
        <source>The end moved with the start, to %1, keeping the window&apos;s %2.</source>
        <translation>Das Ende wurde mit dem Beginn auf %1 verschoben; der Zeitraum behält seine %2.</translation>
    </message>
    <message>
        <source>The end %1 is not after the start %2: %3</source>
        <translation>Das Ende %1 liegt nicht nach dem Beginn %2: %3</translation>
    </message>
    <message>
        <source>The end %1 is not after the start %2.</source>
        <translation>Das Ende %1 liegt nicht nach dem Beginn %2.</translation>
    </message>
</context>
<context>
    <name>OutageDesk::Workspace</name>
    <message>
        <source>Workspace %1 does not exist.</source>
        <translation>Arbeitsbereich %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the workspace.</source>
        <translation>Der Ordner %1 für den Arbeitsbereich kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Workspace %1 is already open for writing by another Outage Desk (process %2 on %3). Close it there first.</source>
        <translation>Arbeitsbereich %1 ist bereits von einem anderen Outage Desk zum Schreiben geöffnet (Prozess %2 auf %3). Schließen Sie ihn zuerst dort.</translation>
    </message>
    <message>
        <source>Cannot open workspace %1: %2</source>
        <translation>Arbeitsbereich %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not an Outage Desk workspace (not an SQLite database).</source>
        <translation>%1 ist kein Outage-Desk-Arbeitsbereich (keine SQLite-Datenbank).</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not an Outage Desk workspace.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber kein Outage-Desk-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Workspace %1 was written by a newer Outage Desk (schema %2; this version understands up to %3). It was not changed; open it with the newer version.</source>
        <translation>Arbeitsbereich %1 wurde von einem neueren Outage Desk geschrieben (Schema %2; diese Version versteht bis %3). Er wurde nicht verändert; öffnen Sie ihn mit der neueren Version.</translation>
    </message>
    <message>
        <source>Workspace %1 needs an upgrade (schema %2 → %3); open it for writing once.</source>
        <translation>Arbeitsbereich %1 muss aktualisiert werden (Schema %2 → %3); öffnen Sie ihn einmal zum Schreiben.</translation>
    </message>
    <message>
        <source>Cannot prepare the search index of %1: %2</source>
        <translation>Der Suchindex von %1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>Cannot configure workspace %1: %2</source>
        <translation>Arbeitsbereich %1 kann nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <source>Cannot copy workspace %1 aside before upgrading it: %2</source>
        <translation>Arbeitsbereich %1 kann vor der Aktualisierung nicht beiseitekopiert werden: %2</translation>
    </message>
    <message>
        <source>migration %1 is missing from this build</source>
        <translation>Migration %1 fehlt in diesem Build</translation>
    </message>
    <message>
        <source>Cannot upgrade workspace %1: %2</source>
        <translation>Arbeitsbereich %1 kann nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>no workspace is open</source>
        <translation>kein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <source>workspace %1 is open read-only</source>
        <translation>Arbeitsbereich %1 ist schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>Workspace %1 was left in the middle of a write (an interrupted import?); open it for writing once to roll that back.</source>
        <translation>Der Arbeitsbereich %1 wurde mitten in einem Schreibvorgang zurückgelassen (ein abgebrochener Import?); öffnen Sie ihn einmal zum Schreiben, um diesen zurückzurollen.</translation>
    </message>
    <message>
        <source>no workspace is open for writing</source>
        <translation>kein Arbeitsbereich ist zum Schreiben geöffnet</translation>
    </message>
    <message>
        <source>restore it from a backup</source>
        <translation>stellen Sie ihn aus einer Sicherung wieder her</translation>
    </message>
    <message>
        <source>restore the copy kept before the last upgrade (%1), losing what was written since</source>
        <translation>stellen Sie die vor dem letzten Upgrade aufbewahrte Kopie wieder her (%1); was seitdem geschrieben wurde, geht verloren</translation>
    </message>
    <message>
        <source>Workspace %1 is damaged (%2). It was not read or changed. To recover, %3, or salvage what SQLite can still read with “sqlite3 %1 .recover | sqlite3 recovered.sqlite” and open that; “outagedesk check” lists the damage.</source>
        <translation>Der Arbeitsbereich %1 ist beschädigt (%2). Er wurde weder gelesen noch geändert. Zur Wiederherstellung: %3, oder retten Sie, was SQLite noch lesen kann, mit „sqlite3 %1 .recover | sqlite3 recovered.sqlite“ und öffnen Sie diese Datei; „outagedesk check“ listet die Schäden auf.</translation>
    </message>
    <message>
        <source>the file is %1 bytes long, its header says %2: it was cut short</source>
        <translation>die Datei ist %1 Bytes lang, ihr Kopf nennt %2: sie wurde abgeschnitten</translation>
    </message>
    <message>
        <source>Workspace %1 is read-only (%2): it can be listed and exported, not changed.</source>
        <translation>Der Arbeitsbereich %1 ist schreibgeschützt (%2): er kann aufgelistet und exportiert, aber nicht geändert werden.</translation>
    </message>
    <message>
        <source>the file cannot be written</source>
        <translation>die Datei ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>its folder cannot be written, and a writer keeps a lock file and a journal there</source>
        <translation>sein Ordner ist nicht beschreibbar, und ein Schreibender legt dort eine Sperrdatei und ein Journal an</translation>
    </message>
    <message>
        <source>Cannot create workspace %1: the folder is not writable.</source>
        <translation>Arbeitsbereich %1 kann nicht angelegt werden: der Ordner ist nicht beschreibbar.</translation>
    </message>
</context>
<context>
    <name>OutageDesk::ZonePicker</name>
    <message>
        <source>Type to search, e.g. Amsterdam</source>
        <translation>Zum Suchen tippen, z. B. Amsterdam</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>Publications that have not reached their portal yet. Waiting ones are retried by themselves; those that need attention go out after you fix the portal and retry.</source>
        <translation>Veröffentlichungen, die ihr Portal noch nicht erreicht haben. Wartende werden von selbst erneut versucht; solche, die Aufmerksamkeit brauchen, gehen hinaus, nachdem Sie das Portal korrigiert und es erneut versucht haben.</translation>
    </message>
    <message>
        <source>&amp;Retry Now</source>
        <translation>&amp;Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Cancel Publication</source>
        <translation>Veröffentlichung &amp;zurückziehen</translation>
    </message>
    <message>
        <source>Withdraw the selected publication before it goes out</source>
        <translation>Die gewählte Veröffentlichung zurückziehen, bevor sie hinausgeht</translation>
    </message>
</context>
<context>
    <name>OutboxRepository</name>
    <message>
        <source>The incident %1 no longer exists.</source>
        <translation>Die Störung %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>There is no publication %1 in the outbox.</source>
        <translation>Im Postausgang gibt es keine Veröffentlichung %1.</translation>
    </message>
    <message>
        <source>Publication %1 has already gone out to %2.</source>
        <translation>Veröffentlichung %1 ist bereits an %2 hinausgegangen.</translation>
    </message>
    <message>
        <source>Publication %1 is being sent to %2 (or its last attempt was interrupted and may have reached it): it cannot be cancelled now.</source>
        <translation>Veröffentlichung %1 wird gerade an %2 gesendet (oder ihr letzter Versuch wurde unterbrochen und hat es vielleicht erreicht): Sie kann jetzt nicht zurückgezogen werden.</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>PortalSite</name>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>Der Ordner für %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>PortalsDialog</name>
    <message>
        <source>Portals</source>
        <translation>Portale</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>https://status.example.com/dav/</source>
        <translation>https://status.example.com/dav/</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>&amp;Page id:</source>
        <translation>&amp;Seiten-ID:</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>&amp;CA-Zertifikat:</translation>
    </message>
    <message>
        <source>only for a private CA</source>
        <translation>nur bei einer privaten CA</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>C&amp;omponents:</source>
        <translation>K&amp;omponenten:</translation>
    </message>
    <message>
        <source>Where publications go. Secrets (passwords, API keys) are kept in the system keychain, never in the workspace; a portal can also ask for its secret at each publish and keep it nowhere.</source>
        <translation>Wohin Veröffentlichungen gehen. Geheimnisse (Passwörter, API-Schlüssel) liegen im Schlüsselbund des Systems, nie im Arbeitsbereich; ein Portal kann sein Geheimnis auch bei jeder Veröffentlichung abfragen und nirgends aufbewahren.</translation>
    </message>
    <message>
        <source>As&amp;k at each publish</source>
        <translation>Bei jeder Veröffentlichung &amp;fragen</translation>
    </message>
    <message>
        <source>Keep the secret nowhere: it is asked for at every publish and held in memory for that publication only</source>
        <translation>Das Geheimnis nirgends aufbewahren: Es wird bei jeder Veröffentlichung abgefragt und nur für diese im Speicher gehalten</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Ask the portal whether these settings work, changing nothing on it</source>
        <translation>Das Portal fragen, ob diese Einstellungen funktionieren, ohne dort etwas zu ändern</translation>
    </message>
    <message>
        <source>As&amp;k for the Secret at Each Publish</source>
        <translation>Geheimnis bei jeder Veröffentlichung &amp;abfragen</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Tab &amp;key in the RCA text:</source>
        <translation>&amp;Tabulatortaste im Text der Ursachenanalyse:</translation>
    </message>
    <message>
        <source>In a list item Tab always indents the item and Shift+Tab outdents it.</source>
        <translation>In einem Listenpunkt rückt Tab den Punkt immer ein und Umschalt+Tab wieder aus.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>as it goes on an approval</source>
        <translation>wie er in einer Freigabe steht</translation>
    </message>
    <message>
        <source>T&amp;ime format:</source>
        <translation>&amp;Uhrzeitformat:</translation>
    </message>
    <message>
        <source>How this window shows times. Portals, exports and mails keep the convention of their own language.</source>
        <translation>Wie dieses Fenster Uhrzeiten zeigt. Portale, Exporte und Mails folgen der Schreibweise ihrer eigenen Sprache.</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>&amp;Portal:</source>
        <translation>&amp;Portal:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>shown in the Publication History</source>
        <translation>wird im Veröffentlichungsverlauf angezeigt</translation>
    </message>
    <message>
        <source>Notify the portal&apos;s &amp;subscribers (mail, SMS)</source>
        <translation>Die &amp;Abonnenten des Portals benachrichtigen (E-Mail, SMS)</translation>
    </message>
    <message>
        <source>Exactly what goes out:</source>
        <translation>Was genau hinausgeht:</translation>
    </message>
    <message>
        <source>&amp;Add Portal…</source>
        <translation>Portal &amp;hinzufügen…</translation>
    </message>
</context>
<context>
    <name>PublishOutcome</name>
    <message>
        <source> (the server asked to wait longer than one hour; the next attempt is in one hour)</source>
        <translation> (der Server bat, länger als eine Stunde zu warten; der nächste Versuch folgt in einer Stunde)</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <extracomment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</extracomment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>RcaClipboard</name>
    <message>
        <source>Select the incident whose RCA to copy first.</source>
        <translation>Wählen Sie zuerst die Störung, deren Ursachenanalyse kopiert werden soll.</translation>
    </message>
    <message>
        <source>“%1” has no RCA yet: there is nothing to copy.</source>
        <translation>„%1“ hat noch keine Ursachenanalyse: Es gibt nichts zu kopieren.</translation>
    </message>
</context>
<context>
    <name>RcaHighlighter</name>
    <message>
        <source>built-in Markdown highlighter</source>
        <translation>eingebaute Markdown-Hervorhebung</translation>
    </message>
</context>
<context>
    <name>RcaTemplates</name>
    <message>
        <source>&quot;%1&quot; is not a usable template name</source>
        <translation>„%1“ ist kein verwendbarer Vorlagenname</translation>
    </message>
    <message>
        <source>cannot save the template: %1</source>
        <translation>die Vorlage kann nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Rfc3339</name>
    <message>
        <source>not an RFC 3339 timestamp (expected e.g. 2016-11-14T14:56:00+01:00)</source>
        <translation>kein RFC-3339-Zeitstempel (erwartet z. B. 2016-11-14T14:56:00+01:00)</translation>
    </message>
    <message>
        <source>timestamp has no UTC offset (add Z or ±hh:mm; a wall time alone is ambiguous)</source>
        <translation>Zeitstempel ohne UTC-Versatz (Z oder ±hh:mm ergänzen; eine Uhrzeit allein ist mehrdeutig)</translation>
    </message>
    <message>
        <source>timestamp has an out-of-range date, time or offset</source>
        <translation>Zeitstempel mit Datum, Uhrzeit oder Versatz außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>timestamp is outside the supported years 0001 to 9999 (in UTC)</source>
        <translation>Zeitstempel außerhalb der unterstützten Jahre 0001 bis 9999 (in UTC)</translation>
    </message>
</context>
<context>
    <name>SecretPrompt</name>
    <message>
        <source>Secret for portal %1 (for this publication only, not stored): </source>
        <translation>Geheimnis für Portal %1 (nur für diese Veröffentlichung, wird nicht gespeichert): </translation>
    </message>
</context>
<context>
    <name>SecretQuestion</name>
    <message>
        <source>Secret (password or API key) of portal %1, for this publication only; it is not stored:</source>
        <translation>Geheimnis (Passwort oder API-Schlüssel) von Portal %1, nur für diese Veröffentlichung; es wird nicht gespeichert:</translation>
    </message>
    <message>
        <source>Secret (password or API key) of portal %1, for this test only; it is not stored:</source>
        <translation>Geheimnis (Passwort oder API-Schlüssel) von Portal %1, nur für diesen Test; es wird nicht gespeichert:</translation>
    </message>
    <message>
        <source>Portal Secret</source>
        <translation>Portalgeheimnis</translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message>
        <source>%1 d %2 h %3 min</source>
        <translation>%1 Tg. %2 Std. %3 Min.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
</context>
<context>
    <name>WebhookConnector</name>
    <message>
        <source>Posting to %1</source>
        <translation>Sende an %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>outagedesk: unknown language: %1</source>
        <translation>outagedesk: unbekannte Sprache: %1</translation>
    </message>
</context>
</TS>
