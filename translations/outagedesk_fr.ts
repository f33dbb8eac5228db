<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AvailabilityCommand</name>
    <message>
        <source>downtime and availability per data center and instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>availability: unknown data center %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AvailabilityReport</name>
    <message>
        <source>Availability from %1 to %2
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataCentersDialog</name>
    <message>
        <source>Data Centers and Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data centers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short key, e.g. EU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Europe Data Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Primo MT EU01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Primo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data &amp;center:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;pdate selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;emove selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GanttExportDialog</name>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart.png, chart.svg or chart.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pixels (points for PDF)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpTransport</name>
    <message>
        <source>Cannot read a PEM certificate from the CA file %1 of portal %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>import incident files (exchange format), each all-or-nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>files to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: name at least one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 created, %3 updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What customers noticed, e.g. “Primo MT EU01 unreachable”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short cause, e.g. “Storage controller failure”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Detected by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 24x7 monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer data a&amp;ffected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security &amp;breach:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal notes: staff only, never published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the JSON export carries these notes; portals, HTML and PDF never do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for the team: who was paged, what not to say publicly…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are in each data center&apos;s own zone; leave the end empty while a window is ongoing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status &amp;updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;RCA</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentImporter</name>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LintCommand</name>
    <message>
        <source>check an incident and its RCA (exit 1 on errors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the incident&apos;s UUID or a unique prefix of at least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lint: name one incident ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>list the incidents, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print a JSON array</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageDesk</name>
    <message>
        <source>portal add: --kind must be webdav, statuspage or webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portal add: --url is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portal add: --url must be an http or https URL, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portal add: a statuspage portal needs --page-id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portal add: --timeout-ms must be a number of milliseconds, at least 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portal add: --component takes INSTANCE=COMPONENT_ID, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portal add: “%1” is not a valid portal name (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret for portal %1 (password or API key): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portal add: no secret given (set OUTAGEDESK_PORTAL_SECRET or type it when asked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal %1 (%2) saved; its secret is in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portal remove: no portal named “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portal build: --out DIR is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the window starting %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid data center code (1–32 of A–Z, a–z, 0–9, _ and -)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data center %1 is declared twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown IANA time zone &quot;%1&quot; (e.g. Europe/Amsterdam, America/Chicago, UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance &quot;%1&quot; is declared twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data center &quot;%1&quot; is not declared in dataCenters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance &quot;%1&quot; is not declared in instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the window ends (%1) before or when it starts (%2); if a 12-hour time was misread, check AM/PM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an %1 window cannot start in the future (%2 is after now, %3); only maintenance is announced ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the title must have 1 to 300 characters (it has %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; (expected: markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the title is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Outage Desk keeps portal secrets only there: start a Secret Service such as GNOME Keyring or KWallet, unlock it, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain holds no secret for portal %1; add it again with its secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access to the secret of portal %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain error for portal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up incident on Statuspage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Outage Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;There is no workspace yet. A workspace is one file that holds your incidents, data centers and root cause analyses.&lt;/p&gt;&lt;p&gt;Open a &lt;b&gt;sample workspace&lt;/b&gt; to look around (a few incidents in Europe, North America and Asia-Pacific), or start with an empty one.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Sample Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Existing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outage Desk workspaces (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample workspace could not be built: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageDesk::ActionItemsTableModel</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark action done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change action owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; type it as 2016-12-15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change due date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageDesk::ApproveCommand</name>
    <message>
        <source>mark the incident&apos;s RCA approved (an edit afterwards returns it to draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the incident&apos;s UUID or a unique prefix of at least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who approves it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve: name one incident ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve: --by NAME is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve: incident %1 has no RCA text to approve</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageDesk::AvailabilityModel</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data center / instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageDesk::CatalogRepository</name>
    <message>
        <source>cannot save data center %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save instance %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save instance %1: no data center %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data center still hosts %1 instance(s); remove or move them first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the instance has %1 outage window(s) recorded; it cannot be removed</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Exit status: 0 success, 1 problems found, 2 bad usage or invalid input (nothing written),
3 accepted but queued, 4 database or I/O failure.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1 (see outagedesk --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subcommand %1 (see outagedesk --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageDesk::DataCentersDialog</name>
    <message>
        <source>The code &quot;%1&quot; is not usable: use 1 to 32 letters, digits, &quot;-&quot; or &quot;_&quot; (e.g. EU).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a data center with the code %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the data center a name, e.g. &quot;Europe Data Center&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known IANA time zone. Pick one from the list, e.g. Europe/Amsterdam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the instance a name, e.g. &quot;Primo MT EU01&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an instance named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the data center that hosts the instance (add the data center first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add data center %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the data center to update first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit data center %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the data center to remove first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cannot remove data center %1: it still hosts %n instance(s). Remove them or move them to another data center first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove data center %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the instance to update first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the instance to remove first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove instance %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed instance %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageDesk::DataCentersTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unknown zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageDesk::DisplayNames</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageDesk::EditHistory</name>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete incident &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageDesk::ExportCommand</name>
    <message>
        <source>export one incident (or --all) as json, md, html or pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the incident&apos;s UUID or a unique prefix of at least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json, md, html or pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write to FILE instead of stdout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole workspace (json only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pdf paper: a4 (default) or letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: --format is required (json, md, html or pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: unknown format &quot;%1&quot; (json, md, html or pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: name one incident ID, or --all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: --all exports json only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: pdf needs -o FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: unknown page size &quot;%1&quot; (a4 or letter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageDesk::FindReplaceBar</name>
    <message>
        <source>Match &amp;case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrapped around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutageDesk::GanttChart</name>
    <message>
        <source>Outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour: impact · Border: severity (thin minor, thick major, hatched critical) · Arrow: ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageDesk::GanttCommand</name>
    <message>
        <source>draw the outage Gantt chart to a PNG, SVG or PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the chart: RFC 3339 or YYYY-MM-DD (midnight UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the chart (exclusive): RFC 3339 or YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this data center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone of the time axis: an IANA id, utc, or dc (each data center&apos;s own, the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size in pixels (points for PDF), default 1600x900.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WxH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write; .png, .svg or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gantt needs --from, --to and -o FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid --from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid --to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to (%1) must be after --from (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time zone %1 (use an IANA id such as Europe/Amsterdam, utc, or dc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid --size %1 (use WxH, each between %2 and %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown file type of %1 (use .png, .svg or .pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown data center %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageDesk::GanttDocument</name>
    <message>
        <source>Outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongoing (now %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Instance: %2
Data center: %3
Start: %4
End: %5
Duration: %6
%7</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageDesk::GanttExportDialog</name>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name must end in .png, .svg or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageDesk::GanttExporter</name>
    <message>
        <source>unknown file type %1 (use .png, .svg or .pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot encode the PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outage Gantt chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageDesk::GanttView</name>
    <message>
        <source>Data centers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability of the visible range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous zoom (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next zoom (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every window (Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day shown (inclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart could not be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse all data centers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand all data centers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageDesk::GeneratedSections</name>
    <message>
        <source>No outage windows recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 so far (ongoing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action items recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageDesk::IncidentEditor</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &quot;detected by&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit internal notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change data impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change security breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause analysis, in Markdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit RCA text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no instance to record a window on yet. Add a data center and an instance first (Workspace ▸ Data centers and instances…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add status update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove status update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove action item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageDesk::IncidentImporter</name>
    <message>
        <source>malformed JSON at line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Outage Desk incident file (expected &quot;outagedesk.incidents&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported version %1 (this Outage Desk reads version %2; a newer file needs a newer Outage Desk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident %1 appears twice in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data center %1 already exists with time zone %2; the file says %3. Change the zone in the workspace first if it really moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance %1 already exists in data center %2; the file says %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageDesk::IncidentListModel</name>
    <message>
        <source>ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageDesk::IncidentRepository</name>
    <message>
        <source>incident id %1 is too short: give the UUID or at least its first 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no incident with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident id %1 is ambiguous: several incidents start with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save incident &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident &quot;%1&quot;: unknown instance %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident &quot;%1&quot;: a window on %2 ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageDesk::InstancesTableModel</name>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data center</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageDesk::KeychainCredentialStore</name>
    <message>
        <source>this build has no keychain support</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageDesk::LintFindingsModel</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageDesk::Linter</name>
    <message>
        <source>instance %1 belongs to no known data center, so its times have no zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data center %1 has no valid IANA time zone (&quot;%2&quot;): its windows cannot be shown in local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overlaps %2; the overlap is counted once in availability, but check whether the same outage was logged twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an %2 window that starts in the future; only maintenance is announced ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the incident is resolved but %1 has no end; record when it ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs %2, from evening to %3 the next morning; if the end was meant as PM, it is %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 goes on after the incident was posted as resolved (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageDesk::MainWindow</name>
    <message>
        <source>Outage Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles, updates and RCA text (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (not resolved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All severities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All data centers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an incident on the left, or create one with &lt;b&gt;Incident ▸ New Incident&lt;/b&gt; (Ctrl+N).&lt;/p&gt;&lt;p&gt;Every change is saved as you make it; Ctrl+Z takes it back.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outage Gantt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Outage &amp;Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Status &amp;Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data Centers and Instances…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Outage Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Outage Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Outage Desk %1&lt;/h3&gt;&lt;p&gt;Log incidents, record outage windows per data center, write the root cause analysis and publish it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print Chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Outage Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change is written to the workspace file as you make it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Another…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outage Desk workspaces (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outage Desk workspaces (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; it is opened as it is, nothing in it is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer there; it is taken off the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n incident(s) created</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n updated.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outage Desk exchange files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each file is imported whole or not at all:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the selected incident or the whole workspace?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outage Desk exchange files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the incident to export first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n incident(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n data center(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;. Undo with %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageDesk::MessageBoxWallTimeQuestion</name>
    <message>
        <source>Time does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time happened twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time not accepted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageDesk::OutboxCommand</name>
    <message>
        <source>list queued publications (--json); “outbox retry” sends them now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send every waiting or failed publication now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>include finished publications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox: use “outbox [--json]” or “outbox retry”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n published</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutageDesk::OutboxDialog</name>
    <message>
        <source>Nothing is waiting: every publication went out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything went out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n publication(s) still waiting; see the reasons above.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutageDesk::OutboxTableModel</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after a retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageDesk::Page</name>
    <message>
        <source>Incident feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip to content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atom feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageDesk::PortalCommand</name>
    <message>
        <source>publishing targets: portal add NAME --kind webdav|statuspage|webhook --url URL; portal list; portal remove NAME; portal build --out DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, list, remove or build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the portal&apos;s name (add, remove)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webdav, statuspage or webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebDAV folder, Statuspage API base or webhook endpoint; for build, the site&apos;s public URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebDAV user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statuspage page id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM file of a private CA to trust for this portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>map an instance to a Statuspage component (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the portal&apos;s language (en, de, fr, he, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the portal&apos;s heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer timeout per request (default 30000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build: the folder to write the site to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portal: use “portal add NAME --kind … --url …”, “portal list”, “portal remove NAME” or “portal build --out DIR”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageDesk::PortalRepository</name>
    <message>
        <source>“%1” is not a valid portal name (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, at most 64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A portal named “%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageDesk::PortalSiteBuilder</name>
    <message>
        <source>Service status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active incidents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Availability, last %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Daily availability of %1, oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incidents reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outage windows on a time line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No updates yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Root cause analysis] %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageDesk::PortalsDialog</name>
    <message>
        <source>Static status portal (WebDAV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atlassian Statuspage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statuspage component id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged (kept in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password or API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the portal a name: letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL must start with https:// (or http:// on a trusted network).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Statuspage portal needs its page id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the portal&apos;s secret (password or API key); it is stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove portal %1 and its secret? Publications waiting for it are dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal %1 removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageDesk::PublishCommand</name>
    <message>
        <source>publish an incident, its updates and its approved RCA to a portal (exit 3 when queued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the incident&apos;s UUID or a unique prefix of at least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the portal to publish to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Publication History note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>let the portal notify its subscribers (statuspage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish: use “publish ID --portal NAME [--note TEXT]”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish: no portal named “%1” (see outagedesk portal list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish: the RCA of this incident is not approved and was left out; its status updates are published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish: the publication stays in the outbox (job %1); fix the portal, then run “outagedesk outbox retry”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish: queued in the outbox (job %1), will retry: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageDesk::PublishDialog</name>
    <message>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no portal yet: add one under Workspace ▸ Portals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status portal at %1 is regenerated; only changed files are uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statuspage page %1: the incident, its new status updates and, if approved, the RCA as postmortem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signed POST to %1 with the incident (no internal notes) and this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribers ARE notified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribers are not notified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RCA is not approved and is left out; the status updates are published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approved RCA is included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no RCA yet; the status updates are published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify Subscribers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone subscribed to %1 will be notified now. Publish and notify?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageDesk::PublishOutcome</name>
    <message>
        <source>%1: the server&apos;s TLS certificate was refused (%2). Name the portal&apos;s CA file in its settings if it uses a private CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no answer from the server in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: TLS handshake failed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: HTTP 401, the portal refused the credentials (wrong user, password or API key?)%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: HTTP 403, the account may not do this%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: HTTP 404, not found: check the portal&apos;s URL and page id%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: HTTP %2, try again later%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: HTTP 429, too many requests; the portal asked us to wait%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: HTTP %2 from the server%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: HTTP %2%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageDesk::Publisher</name>
    <message>
        <source>No portal named “%1”; add it first (outagedesk portal add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incident %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal of this job was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident of this job was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published, but the workspace could not record it: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageDesk::PublishingActions</name>
    <message>
        <source>&amp;Publish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the incident to a status portal, after a preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ortals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out&amp;box…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n publication(s) waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>offline — %n waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open Workspace ▸ Outbox to see why and to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the incident to publish first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the publication:
%2

It stays in the outbox; fix the portal under Workspace ▸ Portals, then retry it from the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued: %1 — it goes out by itself when %2 is reachable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageDesk::RcaEditorWidget</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spelling language of this incident&apos;s RCA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No spelling check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Hunspell dictionary is installed (Debian: hunspell-en-us, hunspell-de-de, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF, A4…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF, Letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Text as Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This incident has no RCA yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one revision to compare it with the current text, or two to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore This Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s), %3 note(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Draft&lt;/b&gt;: not yet reviewed; it will not be published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;In review&lt;/b&gt;: waiting for approval; any edit returns it to draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Approved&lt;/b&gt; by %1 on %2; any edit returns it to draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit RCA for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve RCA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Approved with %n open error(s) in the checks.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Return RCA to draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That revision no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore RCA revision of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) changed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export RCA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageDesk::RcaOutlineModel</name>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageDesk::RcaRenderer</name>
    <message>
        <source>Approved by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot finish the PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageDesk::RcaReview</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a draft can be submitted for review (the RCA is %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the RCA is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the RCA is already approved by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an approval needs the approver&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an approval needs its time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the RCA is already a draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageDesk::RcaRevisionRepository</name>
    <message>
        <source>cannot record the RCA revision: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageDesk::RcaRevisionsModel</name>
    <message>
        <source>Edited (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored an earlier revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageDesk::RcaStore</name>
    <message>
        <source>the incident no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the incident has no RCA</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageDesk::RcaTextEdit</name>
    <message>
        <source>link text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &quot;%1&quot; to Dictionary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageDesk::RcaTextLinter</name>
    <message>
        <source>line %1: placeholder &quot;%2&quot; left in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: unknown generated-section marker %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 must stand on a line of its own to be replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: section &quot;%2&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required section &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing: the section &quot;%2&quot; will not show the recorded data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text does not say whether customer data was affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text does not say whether a security breach was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; may be misspelt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the incident has no RCA text yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action item &quot;%1&quot; has no owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action item &quot;%1&quot; has no due date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageDesk::Reader</name>
    <message>
        <source>expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; (expected one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageDesk::StatusUpdatesTableModel</name>
    <message>
        <source>Posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message (customer-facing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A status update needs the time it was posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change update time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change update status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit update message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageDesk::StatuspageConnector</name>
    <message>
        <source>Portal %1 has no Statuspage page id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating incident on Statuspage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statuspage created the incident but sent no id back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing duplicate incident %1 from Statuspage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting update %1 to Statuspage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the postmortem to Statuspage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing the postmortem on Statuspage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageDesk::TimeRangeOptions</name>
    <message>
        <source>start of the period (RFC 3339 or YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end of the period, exclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this data center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period is empty or reversed: --to %1 is not after --from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageDesk::WallTimeEntry</name>
    <message>
        <source>&quot;%1&quot; is not a date and time. Type it as 2016-11-14 14:56 (in %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist on %2 in %3 (the clocks were put forward); use %4?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 happened twice on %2 in %3 (the clocks were put back). Which one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be placed in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageDesk::WebDavConnector</name>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageDesk::WindowsTableModel</name>
    <message>
        <source>ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still ongoing: leave the end empty until the service is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (data center time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change window instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change window impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A window needs a start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end (%1) must be after the start (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change window start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change window end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageDesk::Workspace</name>
    <message>
        <source>Workspace %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace %1 is already open for writing by another Outage Desk (process %2 on %3). Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lock workspace %1: the folder is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open workspace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Outage Desk workspace (not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not an Outage Desk workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace %1 was written by a newer Outage Desk (schema %2; this version understands up to %3). It was not changed; open it with the newer version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace %1 needs an upgrade (schema %2 → %3); open it for writing once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the search index of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot configure workspace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy workspace %1 aside before upgrading it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration %1 is missing from this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upgrade workspace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no workspace is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace %1 is open read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageDesk::ZonePicker</name>
    <message>
        <source>Type to search, e.g. Amsterdam</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publications that have not reached their portal yet. Waiting ones are retried by themselves; those that need attention go out after you fix the portal and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry Now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxRepository</name>
    <message>
        <source>The incident %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalSite</name>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalsDialog</name>
    <message>
        <source>Portals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where publications go. Secrets (passwords, API keys) are kept in the system keychain, never in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://status.example.com/dav/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Page id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only for a private CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;omponents:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Portal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shown in the Publication History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify the portal&apos;s &amp;subscribers (mail, SMS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly what goes out:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <extracomment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RcaHighlighter</name>
    <message>
        <source>built-in Markdown highlighter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RcaTemplates</name>
    <message>
        <source>&quot;%1&quot; is not a usable template name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the template: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rfc3339</name>
    <message>
        <source>not an RFC 3339 timestamp (expected e.g. 2016-11-14T14:56:00+01:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timestamp has no UTC offset (add Z or ±hh:mm; a wall time alone is ambiguous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timestamp has an out-of-range date, time or offset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message>
        <source>%1 d %2 h %3 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhookConnector</name>
    <message>
        <source>Posting to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
