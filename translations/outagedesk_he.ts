<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL" sourcelanguage="en">
<context>
    <name>AmPmSlip</name>
    <message>
        <source>did you mean %1?</source>
        <translation>האם התכוונת ל-%1?</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Approve RCA</source>
        <translation>אישור ניתוח גורם השורש</translation>
    </message>
</context>
<context>
    <name>AvailabilityCommand</name>
    <message>
        <source>downtime and availability per data center and instance</source>
        <translation>זמן השבתה וזמינות לכל מרכז נתונים ומופע</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>פלט JSON</translation>
    </message>
    <message>
        <source>availability: unknown data center %1</source>
        <translation>availability: מרכז נתונים לא מוכר %1</translation>
    </message>
</context>
<context>
    <name>AvailabilityReport</name>
    <message>
        <source>Availability from %1 to %2
</source>
        <translation>זמינות מ-%1 עד %2
</translation>
    </message>
</context>
<context>
    <name>BuildPortalDialog</name>
    <message>
        <source>Build Portal</source>
        <translation>בניית פורטל</translation>
    </message>
    <message>
        <source>Writes the whole workspace as a static status portal into a folder, as “outagedesk portal build” does: every incident as it is now, without internal notes or unapproved RCAs. Nothing is uploaded.</source>
        <translation>כותב את כל סביבת העבודה כפורטל סטטוס סטטי לתיקייה, כמו “outagedesk portal build”: כל תקרית כפי שהיא כעת, בלי הערות פנימיות ובלי ניתוחי גורם שורש שלא אושרו. דבר אינו מועלה.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;תיקייה:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;עיון…</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;שפה:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;כותרת:</translation>
    </message>
    <message>
        <source>a default heading in the portal&apos;s language</source>
        <translation>כותרת ברירת מחדל בשפת הפורטל</translation>
    </message>
    <message>
        <source>Site &amp;URL:</source>
        <translation>&amp;כתובת האתר:</translation>
    </message>
    <message>
        <source>for the feed&apos;s links; empty: relative links</source>
        <translation>עבור הקישורים בפיד; ריק: קישורים יחסיים</translation>
    </message>
</context>
<context>
    <name>CustomersDialog</name>
    <message>
        <source>Registered Customers</source>
        <translation>לקוחות רשומים</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;הצג:</translation>
    </message>
    <message>
        <source>Subscribed &amp;to:</source>
        <translation>&amp;מנוי על:</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;ייבוא CSV…</translation>
    </message>
    <message>
        <source>Add or update customers from a CSV file with the columns email, name, language and subscriptions</source>
        <translation>הוספה או עדכון של לקוחות מקובץ CSV עם העמודות email, name, language ו-subscriptions</translation>
    </message>
    <message>
        <source>&amp;Unsubscribe</source>
        <translation>&amp;ביטול מינוי</translation>
    </message>
    <message>
        <source>Keep the selected customers on record but send them nothing more</source>
        <translation>לשמור את הלקוחות שנבחרו ולא לשלוח להם דבר נוסף</translation>
    </message>
    <message>
        <source>&amp;Resubscribe</source>
        <translation>&amp;חידוש מינוי</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;הסרה</translation>
    </message>
</context>
<context>
    <name>DataCentersDialog</name>
    <message>
        <source>Data Centers and Instances</source>
        <translation>מרכזי נתונים ומופעים</translation>
    </message>
    <message>
        <source>&amp;Data centers</source>
        <translation>&amp;מרכזי נתונים</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;קוד:</translation>
    </message>
    <message>
        <source>Short key, e.g. EU</source>
        <translation>מפתח קצר, למשל EU</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;שם:</translation>
    </message>
    <message>
        <source>e.g. Europe Data Center</source>
        <translation>למשל מרכז הנתונים באירופה</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;אזור זמן:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;הוספה</translation>
    </message>
    <message>
        <source>&amp;Update selected</source>
        <translation>&amp;עדכון הנבחר</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>ה&amp;סרת הנבחר</translation>
    </message>
    <message>
        <source>&amp;Instances</source>
        <translation>&amp;מופעים</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>ש&amp;ם:</translation>
    </message>
    <message>
        <source>e.g. Primo MT EU01</source>
        <translation>למשל Primo MT EU01</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;מוצר:</translation>
    </message>
    <message>
        <source>e.g. Primo</source>
        <translation>למשל Primo</translation>
    </message>
    <message>
        <source>Data &amp;center:</source>
        <translation>מרכז &amp;נתונים:</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>הו&amp;ספה</translation>
    </message>
    <message>
        <source>U&amp;pdate selected</source>
        <translation>ע&amp;דכון הנבחר</translation>
    </message>
    <message>
        <source>R&amp;emove selected</source>
        <translation>הס&amp;רת הנבחר</translation>
    </message>
</context>
<context>
    <name>GanttExportDialog</name>
    <message>
        <source>Export chart</source>
        <translation>ייצוא התרשים</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;קובץ:</translation>
    </message>
    <message>
        <source>chart.png, chart.svg or chart.pdf</source>
        <translation>chart.png, chart.svg או chart.pdf</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;עיון…</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;גודל:</translation>
    </message>
    <message>
        <source>pixels (points for PDF)</source>
        <translation>פיקסלים (נקודות ב-PDF)</translation>
    </message>
</context>
<context>
    <name>HttpTransport</name>
    <message>
        <source>Cannot read a PEM certificate from the CA file %1 of portal %2.</source>
        <translation>לא ניתן לקרוא אישור PEM מקובץ רשות האישורים %1 של הפורטל %2.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>import incident files (exchange format), each all-or-nothing</source>
        <translation>ייבוא קובצי תקריות (פורמט החלפה), כל קובץ במלואו או בכלל לא</translation>
    </message>
    <message>
        <source>files to import</source>
        <translation>קבצים לייבוא</translation>
    </message>
    <message>
        <source>import: name at least one file</source>
        <translation>import: יש לציין לפחות קובץ אחד</translation>
    </message>
    <message>
        <source>%1: %2 created, %3 updated</source>
        <translation>%1: %2 נוצרו, %3 עודכנו</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;כותרת:</translation>
    </message>
    <message>
        <source>What customers noticed, e.g. “Primo MT EU01 unreachable”</source>
        <translation>מה הלקוחות הבחינו, למשל „Primo MT EU01 אינו זמין”</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;מצב:</translation>
    </message>
    <message>
        <source>&amp;Cause:</source>
        <translation>&amp;סיבה:</translation>
    </message>
    <message>
        <source>Short cause, e.g. “Storage controller failure”</source>
        <translation>סיבה בקצרה, למשל „תקלה בבקר האחסון”</translation>
    </message>
    <message>
        <source>&amp;Detected by:</source>
        <translation>&amp;זוהה על ידי:</translation>
    </message>
    <message>
        <source>e.g. 24x7 monitoring</source>
        <translation>למשל ניטור 24/7</translation>
    </message>
    <message>
        <source>Security &amp;breach:</source>
        <translation>&amp;פרצת אבטחה:</translation>
    </message>
    <message>
        <source>Internal notes: staff only, never published</source>
        <translation>הערות פנימיות: לצוות בלבד, לעולם אינן מתפרסמות</translation>
    </message>
    <message>
        <source>Only the JSON export carries these notes; portals, HTML and PDF never do.</source>
        <translation>רק ייצוא JSON כולל את ההערות האלה; פורטלים, HTML ו-PDF לעולם לא.</translation>
    </message>
    <message>
        <source>Notes for the team: who was paged, what not to say publicly…</source>
        <translation>הערות לצוות: מי הוזעק, מה אסור לומר בפומבי…</translation>
    </message>
    <message>
        <source>&amp;Windows</source>
        <translation>&amp;חלונות</translation>
    </message>
    <message>
        <source>Add window</source>
        <translation>הוספת חלון</translation>
    </message>
    <message>
        <source>Remove window</source>
        <translation>הסרת חלון</translation>
    </message>
    <message>
        <source>Times are in each data center&apos;s own zone; leave the end empty while a window is ongoing.</source>
        <translation>הזמנים הם לפי אזור הזמן של כל מרכז נתונים; כל עוד חלון נמשך יש להשאיר את הסיום ריק.</translation>
    </message>
    <message>
        <source>Status &amp;updates</source>
        <translation>&amp;עדכוני סטטוס</translation>
    </message>
    <message>
        <source>Add update</source>
        <translation>הוספת עדכון</translation>
    </message>
    <message>
        <source>Remove update</source>
        <translation>הסרת עדכון</translation>
    </message>
    <message>
        <source>&amp;Action items</source>
        <translation>&amp;משימות</translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation>הוספת משימה</translation>
    </message>
    <message>
        <source>Remove action item</source>
        <translation>הסרת משימה</translation>
    </message>
    <message>
        <source>&amp;RCA</source>
        <translation>&amp;ניתוח גורם שורש</translation>
    </message>
    <message>
        <source>Add from template</source>
        <translation>הוספה מתבנית</translation>
    </message>
    <message>
        <source>A status update with the incident&apos;s facts filled in, in the customers&apos; language</source>
        <translation>עדכון סטטוס עם עובדות התקרית, בשפת הלקוחות</translation>
    </message>
    <message>
        <source>Severit&amp;y:</source>
        <translation>&amp;חומרה:</translation>
    </message>
    <message>
        <source>Custo&amp;mer data affected:</source>
        <translation>נתוני &amp;לקוחות נפגעו:</translation>
    </message>
    <message>
        <source>&amp;Use the fix</source>
        <translation>&amp;להשתמש בתיקון</translation>
    </message>
    <message>
        <source>&amp;Keep as typed</source>
        <translation>&amp;להשאיר כפי שהוקלד</translation>
    </message>
    <message>
        <source>You looked at it and the window is right as it is: recorded as accepted, under your name.</source>
        <translation>בדקת והחלון נכון כפי שהוא: יירשם כמאושר, בשמך.</translation>
    </message>
</context>
<context>
    <name>IncidentImporter</name>
    <message>
        <source>a string</source>
        <translation>מחרוזת</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ערך בוליאני</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>מספר</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>מערך</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>אובייקט</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>צפוי %1, נמצא %2</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>שדה חובה חסר</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; (expected one of: %2)</source>
        <translation>ערך לא מוכר „%1” (צפוי אחד מהבאים: %2)</translation>
    </message>
    <message>
        <source>malformed JSON at line %1, column %2: %3</source>
        <translation>JSON פגום בשורה %1, עמודה %2: %3</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>לא ניתן לקרוא את הקובץ: %1</translation>
    </message>
    <message>
        <source>%1 is half of a UTF-16 surrogate pair, without the other half</source>
        <translation>%1 הוא מחצית של זוג תחליפי UTF-16, ללא המחצית השנייה</translation>
    </message>
    <message>
        <source>malformed JSON: %1</source>
        <translation>JSON פגום: %1</translation>
    </message>
    <message>
        <source>raw control character U+%1 inside a string (JSON needs it escaped, e.g. \u%1)</source>
        <translation>תו בקרה גולמי U+%1 בתוך מחרוזת (ב־JSON יש לכתוב אותו כרצף מילוט, למשל \u%1)</translation>
    </message>
</context>
<context>
    <name>LintCommand</name>
    <message>
        <source>check an incident and its RCA (exit 1 on errors)</source>
        <translation>בדיקת תקרית וניתוח גורם השורש שלה (קוד יציאה 1 אם יש שגיאות)</translation>
    </message>
    <message>
        <source>the incident&apos;s UUID or a unique prefix of at least 8 characters</source>
        <translation>ה-UUID של התקרית או תחילית ייחודית שלו באורך 8 תווים לפחות</translation>
    </message>
    <message>
        <source>lint: name one incident ID</source>
        <translation>lint: יש לציין מזהה תקרית אחד</translation>
    </message>
</context>
<context>
    <name>LintFinding</name>
    <message>
        <source> (accepted by %1)</source>
        <translation> (אושר על ידי %1)</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>list the incidents, newest first</source>
        <translation>הצגת רשימת התקריות, החדשות ביותר תחילה</translation>
    </message>
    <message>
        <source>print a JSON array</source>
        <translation>פלט מערך JSON</translation>
    </message>
</context>
<context>
    <name>OutageDesk</name>
    <message>
        <source>portal add: --kind must be webdav, statuspage or webhook</source>
        <translation>portal add: הערך של --kind חייב להיות webdav, statuspage או webhook</translation>
    </message>
    <message>
        <source>portal add: --url is required</source>
        <translation>portal add: חובה לציין --url</translation>
    </message>
    <message>
        <source>portal add: --url must be an http or https URL, not “%1”</source>
        <translation>portal add: --url חייב להיות כתובת http או https, לא „%1”</translation>
    </message>
    <message>
        <source>portal add: a statuspage portal needs --page-id</source>
        <translation>portal add: פורטל Statuspage דורש --page-id</translation>
    </message>
    <message>
        <source>portal add: --timeout-ms must be a number of milliseconds, at least 100</source>
        <translation>portal add: --timeout-ms חייב להיות מספר אלפיות שנייה, 100 לפחות</translation>
    </message>
    <message>
        <source>portal add: --component takes INSTANCE=COMPONENT_ID, not “%1”</source>
        <translation>portal add: --component מקבל INSTANCE=COMPONENT_ID, לא „%1”</translation>
    </message>
    <message>
        <source>portal add: “%1” is not a valid portal name (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;)</source>
        <translation>portal add: „%1” אינו שם פורטל תקין (אותיות, ספרות, &apos;.&apos;, &apos;_&apos; ו-&apos;-&apos;)</translation>
    </message>
    <message>
        <source>Secret for portal %1 (password or API key): </source>
        <translation>הסוד של הפורטל %1 (סיסמה או מפתח API): </translation>
    </message>
    <message>
        <source>portal add: no secret given (set OUTAGEDESK_PORTAL_SECRET or type it when asked)</source>
        <translation>portal add: לא סופק סוד (יש להגדיר את OUTAGEDESK_PORTAL_SECRET או להקליד אותו כשיתבקש)</translation>
    </message>
    <message>
        <source>Portal %1 (%2) saved; its secret is in the system keychain.</source>
        <translation>הפורטל %1 (%2) נשמר; הסוד שלו נמצא במחזיק המפתחות של המערכת.</translation>
    </message>
    <message>
        <source>portal remove: no portal named “%1”</source>
        <translation>portal remove: אין פורטל בשם „%1”</translation>
    </message>
    <message>
        <source>portal build: --out DIR is required</source>
        <translation>portal build: חובה לציין --out DIR</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1</source>
        <translation>
            <numerusform>קובץ אחד נכתב אל %1</numerusform>
            <numerusform>%n קבצים נכתבו אל %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the window starting %1 on %2</source>
        <translation>החלון שמתחיל ב-%1 ב-%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid data center code (1–32 of A–Z, a–z, 0–9, _ and -)</source>
        <translation>„%1” אינו קוד תקין של מרכז נתונים (1–32 תווים מתוך A–Z, a–z, 0–9, _ ו--)</translation>
    </message>
    <message>
        <source>data center %1 is declared twice</source>
        <translation>מרכז הנתונים %1 מוגדר פעמיים</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>השם ריק</translation>
    </message>
    <message>
        <source>unknown IANA time zone &quot;%1&quot; (e.g. Europe/Amsterdam, America/Chicago, UTC)</source>
        <translation>אזור זמן IANA לא מוכר „%1” (למשל Europe/Amsterdam, America/Chicago, UTC)</translation>
    </message>
    <message>
        <source>instance &quot;%1&quot; is declared twice</source>
        <translation>המופע „%1” מוגדר פעמיים</translation>
    </message>
    <message>
        <source>data center &quot;%1&quot; is not declared in dataCenters</source>
        <translation>מרכז הנתונים „%1” אינו מוגדר ב-dataCenters</translation>
    </message>
    <message>
        <source>instance &quot;%1&quot; is not declared in instances</source>
        <translation>המופע „%1” אינו מוגדר ב-instances</translation>
    </message>
    <message>
        <source>the window ends (%1) before or when it starts (%2); if a 12-hour time was misread, check AM/PM</source>
        <translation>החלון מסתיים (%1) לפני שהוא מתחיל או בדיוק כשהוא מתחיל (%2); אם שעה בפורמט 12 שעות נקראה לא נכון, יש לבדוק AM/PM</translation>
    </message>
    <message>
        <source>an %1 window cannot start in the future (%2 is after now, %3); only maintenance is announced ahead</source>
        <translation>חלון מסוג %1 אינו יכול להתחיל בעתיד (%2 מאוחר מעכשיו, %3); רק תחזוקה מוכרזת מראש</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UUID</source>
        <translation>„%1” אינו UUID</translation>
    </message>
    <message>
        <source>the title must have 1 to 300 characters (it has %1)</source>
        <translation>הכותרת חייבת להכיל 1 עד 300 תווים (יש בה %1)</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; (expected: markdown)</source>
        <translation>ערך לא מוכר „%1” (צפוי: markdown)</translation>
    </message>
    <message>
        <source>the title is empty</source>
        <translation>הכותרת ריקה</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>„%1” אינו תאריך (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>The keychain holds no secret for portal %1; add it again with its secret.</source>
        <translation>במחזיק המפתחות אין סוד עבור הפורטל %1; יש להוסיף אותו שוב יחד עם הסוד שלו.</translation>
    </message>
    <message>
        <source>The keychain refused access to the secret of portal %1 (%2).</source>
        <translation>מחזיק המפתחות סירב לגישה לסוד של הפורטל %1 (%2).</translation>
    </message>
    <message>
        <source>Keychain error for portal %1: %2</source>
        <translation>שגיאת מחזיק מפתחות עבור הפורטל %1: %2</translation>
    </message>
    <message>
        <source>Outage</source>
        <translation>השבתה</translation>
    </message>
    <message>
        <source>Looking up incident on Statuspage</source>
        <translation>מחפש את התקרית ב-Statuspage</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>ביצועים ירודים</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>תחזוקה</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>לא ניתן לכתוב את %1: %2</translation>
    </message>
    <message>
        <source>Welcome to Outage Desk</source>
        <translation>ברוכים הבאים ל-Outage Desk</translation>
    </message>
    <message>
        <source>&lt;p&gt;There is no workspace yet. A workspace is one file that holds your incidents, data centers and root cause analyses.&lt;/p&gt;&lt;p&gt;Open a &lt;b&gt;sample workspace&lt;/b&gt; to look around (a few incidents in Europe, North America and Asia-Pacific), or start with an empty one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;עדיין אין סביבת עבודה. סביבת עבודה היא קובץ אחד שמכיל את התקריות, מרכזי הנתונים וניתוחי גורם השורש שלכם.&lt;/p&gt;&lt;p&gt;אפשר לפתוח &lt;b&gt;סביבת עבודה לדוגמה&lt;/b&gt; כדי להתרשם (כמה תקריות באירופה, בצפון אמריקה ובאסיה-פסיפיק), או להתחיל בסביבה ריקה.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open Sample Workspace</source>
        <translation>פתיחת סביבת העבודה לדוגמה</translation>
    </message>
    <message>
        <source>Start Empty</source>
        <translation>התחלה בסביבה ריקה</translation>
    </message>
    <message>
        <source>Open Existing…</source>
        <translation>פתיחת סביבה קיימת…</translation>
    </message>
    <message>
        <source>Sample workspace</source>
        <translation>סביבת עבודה לדוגמה</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>פתיחת סביבת עבודה</translation>
    </message>
    <message>
        <source>Outage Desk workspaces (*.sqlite *.db);;All files (*)</source>
        <translation>סביבות עבודה של Outage Desk (*.sqlite *.db);;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>The sample workspace could not be built: %1</source>
        <translation>לא ניתן היה ליצור את סביבת העבודה לדוגמה: %1</translation>
    </message>
    <message>
        <source>Reading the incident back from Statuspage</source>
        <translation>קריאה חוזרת של התקרית מ-Statuspage</translation>
    </message>
    <message>
        <source>Portal %1 (%2) saved; its secret is asked for at each publish and kept nowhere.</source>
        <translation>הפורטל %1 (%2) נשמר; הסוד שלו נשאל בכל פרסום ואינו נשמר בשום מקום.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Outage Desk keeps portal secrets only in a Secret Service: on Debian install gnome-keyring (or turn on KeePassXC&apos;s Secret Service integration), run Outage Desk in a desktop session with a D-Bus session bus (dbus-user-session), unlock the keychain and try again — or let the portal ask for its secret at each publish.</source>
        <translation>מחזיק המפתחות של המערכת אינו זמין (%1). Outage Desk שומר סודות של פורטלים רק ב-Secret Service: ב-Debian יש להתקין את gnome-keyring (או להפעיל את שילוב ה-Secret Service של KeePassXC), להריץ את Outage Desk בהפעלת שולחן עבודה עם אפיק הפעלה של D-Bus ‏(dbus-user-session), לבטל את נעילת מחזיק המפתחות ולנסות שוב — או לתת לפורטל לבקש את הסוד שלו בכל פרסום.</translation>
    </message>
    <message>
        <source>%1: %2 customers created, %3 updated</source>
        <translation>%1: נוצרו %2 לקוחות, עודכנו %3</translation>
    </message>
    <message>
        <source>unsubscribed</source>
        <translation>מינוי בוטל</translation>
    </message>
    <message>
        <source>subscribed</source>
        <translation>מנוי</translation>
    </message>
    <message>
        <source>customers %1: no customer with the address %2</source>
        <translation>customers %1: אין לקוח עם הכתובת %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>שורה %1</translation>
    </message>
    <message>
        <source>Setting the time of update %1 on Statuspage</source>
        <translation>קביעת הזמן של עדכון הסטטוס %1 ב-Statuspage</translation>
    </message>
    <message>
        <source>%1 is outside the supported years 0001 to 9999 in the data center&apos;s time zone %2</source>
        <translation>%1 נמצא מחוץ לשנים הנתמכות 0001 עד 9999 באזור הזמן %2 של מרכז הנתונים</translation>
    </message>
    <message>
        <source>the all-zero UUID cannot identify an incident (leave &quot;id&quot; out to have one assigned)</source>
        <translation>UUID שכולו אפסים אינו יכול לזהות תקרית (השמיטו את &quot;id&quot; כדי שיוקצה מזהה)</translation>
    </message>
    <message>
        <source>the title shows nothing (it has only control or zero-width characters)</source>
        <translation>הכותרת אינה מציגה דבר (יש בה רק תווי בקרה או תווים ברוחב אפס)</translation>
    </message>
    <message>
        <source>%1: --language must be one of %2, not “%3”</source>
        <translation>%1: --language חייב להיות אחד מ־%2, לא „%3”</translation>
    </message>
    <message>
        <source>%1: --time-format must be 12h or 24h, not “%2”</source>
        <translation>%1: --time-format חייב להיות 12h או 24h, לא „%2”</translation>
    </message>
    <message>
        <source>No --url given: the links in feed.atom and the JSON files are relative to the site.</source>
        <translation>לא ניתן --url: הקישורים ב־feed.atom ובקובצי ה־JSON יחסיים לאתר.</translation>
    </message>
</context>
<context>
    <name>OutageDesk::ActionItemsTableModel</name>
    <message>
        <source>Done</source>
        <translation>בוצע</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>פתוח</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>משימה</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>אחראי</translation>
    </message>
    <message>
        <source>Due (YYYY-MM-DD)</source>
        <translation>יעד (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Mark action done</source>
        <translation>סימון המשימה כבוצעה</translation>
    </message>
    <message>
        <source>Reopen action</source>
        <translation>פתיחה מחדש של המשימה</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>עריכת המשימה</translation>
    </message>
    <message>
        <source>Change action owner</source>
        <translation>שינוי האחראי למשימה</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; type it as 2016-12-15.</source>
        <translation>„%1” אינו תאריך; יש להקליד אותו בתבנית 2016-12-15.</translation>
    </message>
    <message>
        <source>Change due date</source>
        <translation>שינוי תאריך היעד</translation>
    </message>
</context>
<context>
    <name>OutageDesk::ApproveCommand</name>
    <message>
        <source>mark the incident&apos;s RCA approved (an edit afterwards returns it to draft)</source>
        <translation>אישור ניתוח גורם השורש של התקרית (עריכה מאוחרת יותר מחזירה אותו לטיוטה)</translation>
    </message>
    <message>
        <source>the incident&apos;s UUID or a unique prefix of at least 8 characters</source>
        <translation>ה-UUID של התקרית או תחילית ייחודית שלו באורך 8 תווים לפחות</translation>
    </message>
    <message>
        <source>who approves it</source>
        <translation>מי מאשר</translation>
    </message>
    <message>
        <source>approve: name one incident ID</source>
        <translation>approve: יש לציין מזהה תקרית אחד</translation>
    </message>
    <message>
        <source>approve: --by NAME is required</source>
        <translation>approve: חובה לציין --by NAME</translation>
    </message>
    <message>
        <source>approve: incident %1 has no RCA text to approve</source>
        <translation>approve: לתקרית %1 אין טקסט של ניתוח גורם שורש לאישור</translation>
    </message>
    <message>
        <source>accept the open lint error CODE (someone looked at it); repeat or separate with commas</source>
        <translation>לאשר את שגיאת הבדיקה הפתוחה CODE (מישהו בדק אותה); אפשר לחזור על האפשרות או להפריד בפסיקים</translation>
    </message>
    <message>
        <source>approve: the RCA is already approved by %1</source>
        <translation>approve: ניתוח גורם השורש כבר אושר על ידי %1</translation>
    </message>
    <message>
        <source>approve: --accept %1: no open lint error has that code</source>
        <translation>approve: --accept %1: לאף שגיאת בדיקה פתוחה אין את הקוד הזה</translation>
    </message>
    <message numerus="yes">
        <source>approve: not approved: %n open lint error(s); fix them, or accept each with --accept CODE</source>
        <translation>
            <numerusform>approve: לא אושר: שגיאת בדיקה פתוחה אחת; יש לתקן אותה, או לאשר אותה עם --accept CODE</numerusform>
            <numerusform>approve: לא אושר: %n שגיאות בדיקה פתוחות; יש לתקן אותן, או לאשר כל אחת עם --accept CODE</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutageDesk::ApproveDialog</name>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;לאשר</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your name is not set.&lt;/b&gt; An approval records who gave it: set your name in Preferences ▸ Preferences… and approve again.</source>
        <translation>&lt;b&gt;השם שלך לא הוגדר.&lt;/b&gt; אישור מתעד מי נתן אותו: יש להגדיר את שמך בהעדפות ▸ העדפות… ולאשר שוב.</translation>
    </message>
    <message>
        <source>Approved by &lt;b&gt;%1&lt;/b&gt; (your name in Preferences).</source>
        <translation>מאושר על ידי &lt;b&gt;%1&lt;/b&gt; (השם שלך בהעדפות).</translation>
    </message>
    <message>
        <source>The checks found no open error.</source>
        <translation>הבדיקות לא מצאו שגיאה פתוחה.</translation>
    </message>
    <message numerus="yes">
        <source>The checks found %n open error(s). Fix them first, or tick each one you looked at and accept as it is; the acceptance is kept in the RCA history.</source>
        <translation>
            <numerusform>הבדיקות מצאו שגיאה פתוחה אחת. יש לתקן אותה קודם, או לסמן אותה אם בדקת אותה ואישרת אותה כפי שהיא; האישור נשמר בהיסטוריית ניתוח גורם השורש.</numerusform>
            <numerusform>הבדיקות מצאו %n שגיאות פתוחות. יש לתקן אותן קודם, או לסמן כל אחת שבדקת ואישרת כפי שהיא; האישור נשמר בהיסטוריית ניתוח גורם השורש.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick to accept: you looked at it and it is right as it is.</source>
        <translation>יש לסמן כדי לאשר: בדקת וזה נכון כפי שזה.</translation>
    </message>
</context>
<context>
    <name>OutageDesk::AvailabilityModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Data center / instance</source>
        <translation>מרכז נתונים / מופע</translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation>זמן השבתה</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>ביצועים ירודים</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>תחזוקה</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>זמינות</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>חלונות</translation>
    </message>
    <message>
        <source>Availability on %1 (%2), the From/To range</source>
        <translation>זמינות ב-%1 (%2), הטווח מ/עד</translation>
    </message>
    <message>
        <source>Availability %1 – %2 (%3), the From/To range</source>
        <translation>זמינות %1 – %2 (%3), הטווח מ/עד</translation>
    </message>
    <message>
        <source>Availability %1 – %2, the range shown on request</source>
        <translation>זמינות %1 – %2, הטווח שהתבקש</translation>
    </message>
</context>
<context>
    <name>OutageDesk::BuildPortalDialog</name>
    <message>
        <source>&amp;Build</source>
        <translation>&amp;בנייה</translation>
    </message>
    <message>
        <source>Portal Folder</source>
        <translation>תיקיית הפורטל</translation>
    </message>
    <message>
        <source>Choose the folder to write the portal to.</source>
        <translation>יש לבחור את התיקייה שאליה ייכתב הפורטל.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1</source>
        <translation>
            <numerusform>קובץ אחד נכתב אל %1</numerusform>
            <numerusform>%n קבצים נכתבו אל %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n incident(s)); open index.html there to look at it.</source>
        <translation>
            <numerusform>(תקרית אחת); אפשר לפתוח שם את index.html כדי לראות אותו.</numerusform>
            <numerusform>(%n תקריות); אפשר לפתוח שם את index.html כדי לראות אותו.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutageDesk::CatalogRepository</name>
    <message>
        <source>cannot save data center %1: %2</source>
        <translation>לא ניתן לשמור את מרכז הנתונים %1: %2</translation>
    </message>
    <message>
        <source>cannot save instance %1: %2</source>
        <translation>לא ניתן לשמור את המופע %1: %2</translation>
    </message>
    <message>
        <source>cannot save instance %1: no data center %2</source>
        <translation>לא ניתן לשמור את המופע %1: אין מרכז נתונים %2</translation>
    </message>
    <message>
        <source>the data center still hosts %1 instance(s); remove or move them first</source>
        <translation>מרכז הנתונים עדיין מארח %1 מופעים; יש להסיר או להעביר אותם קודם</translation>
    </message>
    <message>
        <source>the instance has %1 outage window(s) recorded; it cannot be removed</source>
        <translation>למופע רשומים %1 חלונות השבתה; לא ניתן להסיר אותו</translation>
    </message>
</context>
<context>
    <name>OutageDesk::CheckCommand</name>
    <message>
        <source>check the workspace file for damage (exit 1 when damaged)</source>
        <translation>בדיקת קובץ סביבת העבודה לנזק (קוד יציאה 1 כשהוא פגום)</translation>
    </message>
    <message>
        <source>check the structure only (PRAGMA quick_check), not every index</source>
        <translation>בדיקת המבנה בלבד (PRAGMA quick_check), לא כל אינדקס</translation>
    </message>
    <message>
        <source>%1: intact (SQLite found no damage)</source>
        <translation>%1: תקין (SQLite לא מצא נזק)</translation>
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
        <translation>שימוש: outagedesk [--db PATH] [--lang CODE] [SUBCOMMAND …]
Outage Desk: תקריות, חלונות השבתה וניתוחי גורם שורש לתפעול ענן.
ללא תת-פקודה נפתח החלון הראשי.

אפשרויות כלליות:
  --db PATH      קובץ סביבת העבודה (ברירת מחדל: %1)
  --lang CODE    שפת הממשק (en, de, fr, he, …)
  --help         עזרה זו; SUBCOMMAND --help לאפשרויות של תת-פקודה
  --version      הגרסה

תת-פקודות:
</translation>
    </message>
    <message>
        <source>
Exit status: 0 success, 1 problems found, 2 bad usage or invalid input (nothing written),
3 accepted but queued, 4 database or I/O failure.
</source>
        <translation>
קוד יציאה: 0 הצלחה, 1 נמצאו בעיות, 2 שימוש שגוי או קלט לא תקין (דבר לא נכתב),
3 התקבל אך ממתין בתור, 4 כשל במסד הנתונים או בקלט/פלט.
</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>האפשרות %1 דורשת ערך</translation>
    </message>
    <message>
        <source>unknown option %1 (see outagedesk --help)</source>
        <translation>אפשרות לא מוכרת %1 (ראו outagedesk --help)</translation>
    </message>
    <message>
        <source>unknown subcommand %1 (see outagedesk --help)</source>
        <translation>תת-פקודה לא מוכרת %1 (ראו outagedesk --help)</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>הצגת עזרה זו.</translation>
    </message>
</context>
<context>
    <name>OutageDesk::ConnectionCheck</name>
    <message>
        <source>Connected: the WebDAV folder %1 answers (HTTP %2).</source>
        <translation>מחובר: תיקיית ה-WebDAV ‏%1 עונה (HTTP %2).</translation>
    </message>
    <message>
        <source>The server at %1 answers and did not refuse the credentials, but it does not list folders (PROPFIND, HTTP %2), so the folder itself could not be checked. Uploads may still work; nginx lists folders with its dav-ext module.</source>
        <translation>השרת ב-%1 עונה ולא דחה את פרטי ההתחברות, אך אינו מציג רשימת תיקיות (PROPFIND, ‏HTTP %2), ולכן לא ניתן היה לבדוק את התיקייה עצמה. ייתכן שההעלאות עדיין יעבדו; nginx מציג רשימת תיקיות עם המודול dav-ext.</translation>
    </message>
    <message>
        <source>Statuspage page %1</source>
        <translation>דף Statuspage ‏%1</translation>
    </message>
    <message>
        <source>Connected: Statuspage page %1 accepts the API key.</source>
        <translation>מחובר: דף Statuspage ‏%1 מקבל את מפתח ה-API.</translation>
    </message>
    <message>
        <source>Nothing was sent: every request to a webhook is an event to its receiver. A publish sends one POST to %1, signed with the secret (X-OutageDesk-Signature), with the incident (no internal notes) and its page.</source>
        <translation>דבר לא נשלח: כל בקשה ל-webhook היא אירוע עבור מקבל שלו. פרסום שולח בקשת POST אחת אל %1, חתומה בסוד (X-OutageDesk-Signature), עם התקרית (בלי הערות פנימיות) והדף שלה.</translation>
    </message>
</context>
<context>
    <name>OutageDesk::CsvReader</name>
    <message>
        <source>not UTF-8 text</source>
        <translation>אינו טקסט UTF-8</translation>
    </message>
    <message>
        <source>text after the closing quote of a field (a quote inside a quoted field is written &quot;&quot;)</source>
        <translation>טקסט אחרי המירכאות הסוגרות של שדה (מירכאות בתוך שדה במירכאות נכתבות &quot;&quot;)</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field (quote the whole field and write the quote as &quot;&quot;)</source>
        <translation>מירכאות בתוך שדה שאינו במירכאות (יש להקיף את כל השדה במירכאות ולכתוב את המירכאות כ-&quot;&quot;)</translation>
    </message>
    <message>
        <source>a carriage return outside quotes that does not end a line</source>
        <translation>תו חזרת גררה מחוץ למירכאות שאינו מסיים שורה</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>שדה במירכאות לא נסגר לפני סוף הקובץ</translation>
    </message>
</context>
<context>
    <name>OutageDesk::CustomerImporter</name>
    <message>
        <source>the file is empty; it needs a header row: email,name,language,subscriptions</source>
        <translation>הקובץ ריק; נדרשת שורת כותרת: email,name,language,subscriptions</translation>
    </message>
    <message>
        <source>the column %1 appears twice</source>
        <translation>העמודה %1 מופיעה פעמיים</translation>
    </message>
    <message>
        <source>the column %1 is missing (the header must name email, name, language and subscriptions)</source>
        <translation>העמודה %1 חסרה (הכותרת חייבת לכלול email, name, language ו-subscriptions)</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 שדות כשבכותרת יש %2</translation>
    </message>
    <message>
        <source>the e-mail address is empty</source>
        <translation>כתובת הדוא״ל ריקה</translation>
    </message>
    <message>
        <source>%1 is not an e-mail address (write only the address, e.g. it-desk@library.example: no name, angle brackets or comments)</source>
        <translation>%1 אינה כתובת דוא״ל (יש לכתוב רק את הכתובת, למשל it-desk@library.example: בלי שם, סוגריים משולשים או הערות)</translation>
    </message>
    <message>
        <source>the address %1 is already on line %2</source>
        <translation>הכתובת %1 כבר מופיעה בשורה %2</translation>
    </message>
    <message>
        <source>the name %1 contains a line break or another control character</source>
        <translation>השם %1 מכיל מעבר שורה או תו בקרה אחר</translation>
    </message>
    <message>
        <source>%1 is not a known language code (en, de, fr, he, …)</source>
        <translation>%1 אינו קוד שפה מוכר (en, de, fr, he, …)</translation>
    </message>
    <message>
        <source>%1 is neither a data center code nor an instance name of this workspace (nor * for everything)</source>
        <translation>%1 אינו קוד של מרכז נתונים ואינו שם של מופע בסביבת עבודה זו (וגם לא * לכול)</translation>
    </message>
    <message>
        <source>no subscriptions: name data center codes or instances separated by &apos;;&apos;, or * for everything</source>
        <translation>אין מינויים: יש לציין קודים של מרכזי נתונים או מופעים מופרדים ב-&apos;;&apos;, או * לכול</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>לא ניתן לקרוא את הקובץ: %1</translation>
    </message>
</context>
<context>
    <name>OutageDesk::CustomerRepository</name>
    <message>
        <source>cannot save customer %1: %2</source>
        <translation>לא ניתן לשמור את הלקוח %1: %2</translation>
    </message>
    <message>
        <source>no customer with the address %1</source>
        <translation>אין לקוח עם הכתובת %1</translation>
    </message>
</context>
<context>
    <name>OutageDesk::CustomersCommand</name>
    <message>
        <source>registered customers: customers import FILE.csv; customers list [--json]; customers remove EMAIL; customers unsubscribe EMAIL</source>
        <translation>לקוחות רשומים: customers import FILE.csv; customers list [--json]; customers remove EMAIL; customers unsubscribe EMAIL</translation>
    </message>
    <message>
        <source>import, list, remove or unsubscribe</source>
        <translation>import, list, remove או unsubscribe</translation>
    </message>
    <message>
        <source>the CSV file (import) or the address (remove, unsubscribe)</source>
        <translation>קובץ ה-CSV ‏(import) או הכתובת (remove, unsubscribe)</translation>
    </message>
    <message>
        <source>list: print a JSON array</source>
        <translation>list: הדפסת מערך JSON</translation>
    </message>
    <message>
        <source>customers: use “customers import FILE.csv”, “customers list [--json]”, “customers remove EMAIL” or “customers unsubscribe EMAIL”</source>
        <translation>customers: יש להשתמש ב-“customers import FILE.csv”, “customers list [--json]”, “customers remove EMAIL” או “customers unsubscribe EMAIL”</translation>
    </message>
</context>
<context>
    <name>OutageDesk::CustomersDialog</name>
    <message>
        <source>All customers</source>
        <translation>כל הלקוחות</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>מנויים</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>מינוי בוטל</translation>
    </message>
    <message>
        <source>Anything</source>
        <translation>כל דבר</translation>
    </message>
    <message>
        <source>%1 (data center)</source>
        <translation>%1 (מרכז נתונים)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customer(s) shown</source>
        <translation>
            <numerusform>מוצגים %1 מתוך לקוח אחד</numerusform>
            <numerusform>מוצגים %1 מתוך %n לקוחות</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Customers</source>
        <translation>ייבוא לקוחות</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>קובצי CSV ‏(*.csv);;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>דבר לא יובא. %1</translation>
    </message>
    <message>
        <source>%1: %2 customers added, %3 updated.</source>
        <translation>%1: נוספו %2 לקוחות, עודכנו %3.</translation>
    </message>
    <message>
        <source>Select the customers first.</source>
        <translation>יש לבחור תחילה את הלקוחות.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) unsubscribed: they keep their record and are sent nothing more.</source>
        <translation>
            <numerusform>בוטל המינוי של לקוח אחד: הרשומה נשמרת ולא יישלח אליו דבר.</numerusform>
            <numerusform>בוטל המינוי של %n לקוחות: הרשומות נשמרות ולא יישלח אליהם דבר.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) subscribed again.</source>
        <translation>
            <numerusform>לקוח אחד חזר להיות מנוי.</numerusform>
            <numerusform>%n לקוחות חזרו להיות מנויים.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) removed.</source>
        <translation>
            <numerusform>לקוח אחד הוסר.</numerusform>
            <numerusform>%n לקוחות הוסרו.</numerusform>
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
        <translation>הכול</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>מינוי בוטל</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>מנויים</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>דוא״ל</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>שפה</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>מינויים</translation>
    </message>
    <message>
        <source>State</source>
        <translation>מצב</translation>
    </message>
</context>
<context>
    <name>OutageDesk::DataCentersDialog</name>
    <message>
        <source>The code &quot;%1&quot; is not usable: use 1 to 32 letters, digits, &quot;-&quot; or &quot;_&quot; (e.g. EU).</source>
        <translation>לא ניתן להשתמש בקוד „%1”: יש להשתמש ב-1 עד 32 אותיות, ספרות, „-” או „_” (למשל EU).</translation>
    </message>
    <message>
        <source>There is already a data center with the code %1 (%2).</source>
        <translation>כבר קיים מרכז נתונים עם הקוד %1 (%2).</translation>
    </message>
    <message>
        <source>Give the data center a name, e.g. &quot;Europe Data Center&quot;.</source>
        <translation>יש לתת למרכז הנתונים שם, למשל „מרכז הנתונים באירופה”.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known IANA time zone. Pick one from the list, e.g. Europe/Amsterdam.</source>
        <translation>„%1” אינו אזור זמן IANA מוכר. יש לבחור אזור מהרשימה, למשל Europe/Amsterdam.</translation>
    </message>
    <message>
        <source>Give the instance a name, e.g. &quot;Primo MT EU01&quot;.</source>
        <translation>יש לתת למופע שם, למשל „Primo MT EU01”.</translation>
    </message>
    <message>
        <source>There is already an instance named %1.</source>
        <translation>כבר קיים מופע בשם %1.</translation>
    </message>
    <message>
        <source>Choose the data center that hosts the instance (add the data center first).</source>
        <translation>יש לבחור את מרכז הנתונים שמארח את המופע (קודם יש להוסיף את מרכז הנתונים).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add data center %1</source>
        <translation>הוספת מרכז הנתונים %1</translation>
    </message>
    <message>
        <source>Select the data center to update first.</source>
        <translation>יש לבחור קודם את מרכז הנתונים לעדכון.</translation>
    </message>
    <message>
        <source>Edit data center %1</source>
        <translation>עריכת מרכז הנתונים %1</translation>
    </message>
    <message>
        <source>Select the data center to remove first.</source>
        <translation>יש לבחור קודם את מרכז הנתונים להסרה.</translation>
    </message>
    <message numerus="yes">
        <source>Cannot remove data center %1: it still hosts %n instance(s). Remove them or move them to another data center first.</source>
        <translation>
            <numerusform>לא ניתן להסיר את מרכז הנתונים %1: הוא עדיין מארח מופע אחד. יש להסיר אותו או להעביר אותו קודם למרכז נתונים אחר.</numerusform>
            <numerusform>לא ניתן להסיר את מרכז הנתונים %1: הוא עדיין מארח %n מופעים. יש להסיר אותם או להעביר אותם קודם למרכז נתונים אחר.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove data center %1</source>
        <translation>הסרת מרכז הנתונים %1</translation>
    </message>
    <message>
        <source>Add instance %1</source>
        <translation>הוספת המופע %1</translation>
    </message>
    <message>
        <source>Select the instance to update first.</source>
        <translation>יש לבחור קודם את המופע לעדכון.</translation>
    </message>
    <message>
        <source>Edit instance %1</source>
        <translation>עריכת המופע %1</translation>
    </message>
    <message>
        <source>Select the instance to remove first.</source>
        <translation>יש לבחור קודם את המופע להסרה.</translation>
    </message>
    <message>
        <source>Remove instance %1</source>
        <translation>הסרת המופע %1</translation>
    </message>
    <message>
        <source>Cannot remove instance %1: %2.</source>
        <translation>לא ניתן להסיר את המופע %1: %2.</translation>
    </message>
    <message>
        <source>Removed instance %1.</source>
        <translation>המופע %1 הוסר.</translation>
    </message>
</context>
<context>
    <name>OutageDesk::DataCentersTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>⁦%1 (%2)⁩</translation>
    </message>
    <message>
        <source>%1 (unknown zone)</source>
        <translation>%1 (אזור לא מוכר)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>קוד</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>אזור זמן</translation>
    </message>
</context>
<context>
    <name>OutageDesk::DisplayNames</name>
    <message>
        <source>None</source>
        <translation>אין</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>קלה</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>חמורה</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>קריטית</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>בבדיקה</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>הגורם זוהה</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>במעקב</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>נפתר</translation>
    </message>
    <message>
        <source>Outage</source>
        <translation>השבתה</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>ביצועים ירודים</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>תחזוקה</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>לא ידוע</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>כן</translation>
    </message>
    <message>
        <source>No</source>
        <translation>לא</translation>
    </message>
</context>
<context>
    <name>OutageDesk::EditHistory</name>
    <message>
        <source>No workspace is open.</source>
        <translation>אין סביבת עבודה פתוחה.</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>תקרית חדשה</translation>
    </message>
    <message>
        <source>Delete incident &quot;%1&quot;</source>
        <translation>מחיקת התקרית „%1”</translation>
    </message>
</context>
<context>
    <name>OutageDesk::ExportCommand</name>
    <message>
        <source>export one incident (or --all) as json, md, html or pdf</source>
        <translation>ייצוא תקרית אחת (או --all) כ-json, md, html או pdf</translation>
    </message>
    <message>
        <source>the incident&apos;s UUID or a unique prefix of at least 8 characters</source>
        <translation>ה-UUID של התקרית או תחילית ייחודית שלו באורך 8 תווים לפחות</translation>
    </message>
    <message>
        <source>json, md, html or pdf</source>
        <translation>json, md, html או pdf</translation>
    </message>
    <message>
        <source>write to FILE instead of stdout</source>
        <translation>כתיבה אל FILE במקום לפלט התקני</translation>
    </message>
    <message>
        <source>the whole workspace (json only)</source>
        <translation>כל סביבת העבודה (json בלבד)</translation>
    </message>
    <message>
        <source>pdf paper: a4 (default) or letter</source>
        <translation>גודל הנייר ב-PDF: a4 (ברירת מחדל) או letter</translation>
    </message>
    <message>
        <source>export: --format is required (json, md, html or pdf)</source>
        <translation>export: חובה לציין --format (json, md, html או pdf)</translation>
    </message>
    <message>
        <source>export: unknown format &quot;%1&quot; (json, md, html or pdf)</source>
        <translation>export: פורמט לא מוכר „%1” (json, md, html או pdf)</translation>
    </message>
    <message>
        <source>export: name one incident ID, or --all</source>
        <translation>export: יש לציין מזהה תקרית אחד, או --all</translation>
    </message>
    <message>
        <source>export: --all exports json only</source>
        <translation>export: --all מייצא json בלבד</translation>
    </message>
    <message>
        <source>export: pdf needs -o FILE</source>
        <translation>export: pdf דורש -o FILE</translation>
    </message>
    <message>
        <source>export: unknown page size &quot;%1&quot; (a4 or letter)</source>
        <translation>export: גודל נייר לא מוכר „%1” (a4 או letter)</translation>
    </message>
</context>
<context>
    <name>OutageDesk::FindReplaceBar</name>
    <message>
        <source>Match &amp;case</source>
        <translation>התאמת &amp;רישיות</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>ה&amp;חלפה</translation>
    </message>
    <message>
        <source>Replace &amp;all</source>
        <translation>החלפת ה&amp;כול</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>חיפוש</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>החלפה ב-</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>הקודם</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>הבא</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>סגירה (Escape)</translation>
    </message>
    <message>
        <source>Wrapped around</source>
        <translation>החיפוש חזר להתחלה</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>לא נמצא</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>הוחלף מופע אחד</numerusform>
            <numerusform>הוחלפו %n מופעים</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutageDesk::GanttChart</name>
    <message>
        <source>Outage</source>
        <translation>השבתה</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>ביצועים ירודים</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>תחזוקה</translation>
    </message>
    <message>
        <source>Colour: impact · Border: severity (thin minor, thick major, hatched critical) · Arrow: ongoing</source>
        <translation>צבע: השפעה · מסגרת: חומרה (דקה קלה, עבה חמורה, מקווקוות קריטית) · חץ: נמשך</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>זמן (UTC)</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>זמן (%1)</translation>
    </message>
    <message>
        <source>Time (UTC: the data centers are in different zones; tooltips use each one&apos;s own)</source>
        <translation>זמן (UTC: מרכזי הנתונים נמצאים באזורי זמן שונים; ההסברים הקופצים משתמשים באזור של כל אחד)</translation>
    </message>
</context>
<context>
    <name>OutageDesk::GanttChartView</name>
    <message>
        <source>Outage Gantt chart</source>
        <translation>תרשים גאנט של ההשבתות</translation>
    </message>
    <message>
        <source>Wheel or + and - zoom, drag or the arrow keys pan, click a bar to open its incident.</source>
        <translation>גלגלת העכבר או + ו- - לשינוי התקריב, גרירה או מקשי החצים להזזה, לחיצה על פס פותחת את התקרית שלו.</translation>
    </message>
</context>
<context>
    <name>OutageDesk::GanttCommand</name>
    <message>
        <source>draw the outage Gantt chart to a PNG, SVG or PDF file</source>
        <translation>שרטוט תרשים הגאנט של ההשבתות לקובץ PNG, SVG או PDF</translation>
    </message>
    <message>
        <source>Zone of the time axis: an IANA id, utc, or dc (each data center&apos;s own, the default).</source>
        <translation>אזור הזמן של ציר הזמן: מזהה IANA, utc או dc (האזור של כל מרכז נתונים, ברירת המחדל).</translation>
    </message>
    <message>
        <source>Z</source>
        <translation>Z</translation>
    </message>
    <message>
        <source>Size in pixels (points for PDF), default 1600x900.</source>
        <translation>גודל בפיקסלים (נקודות ב-PDF), ברירת מחדל 1600x900.</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <source>The file to write; .png, .svg or .pdf.</source>
        <translation>הקובץ לכתיבה; .png, .svg או .pdf.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>unknown time zone %1 (use an IANA id such as Europe/Amsterdam, utc, or dc)</source>
        <translation>אזור זמן לא מוכר %1 (יש להשתמש במזהה IANA כגון Europe/Amsterdam, utc או dc)</translation>
    </message>
    <message>
        <source>invalid --size %1 (use WxH, each between %2 and %3)</source>
        <translation>--size %1 לא תקין (יש להשתמש ב-WxH, כל אחד בין %2 ל-%3)</translation>
    </message>
    <message>
        <source>unknown file type of %1 (use .png, .svg or .pdf)</source>
        <translation>סוג קובץ לא מוכר של %1 (יש להשתמש ב-.png, .svg או .pdf)</translation>
    </message>
    <message>
        <source>unknown data center %1</source>
        <translation>מרכז נתונים לא מוכר %1</translation>
    </message>
    <message>
        <source>gantt needs -o FILE (.png, .svg or .pdf)</source>
        <translation>gantt דורש -o FILE (.png, .svg או .pdf)</translation>
    </message>
</context>
<context>
    <name>OutageDesk::GanttDocument</name>
    <message>
        <source>Outage</source>
        <translation>השבתה</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>ביצועים ירודים</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>תחזוקה</translation>
    </message>
    <message>
        <source>ongoing (now %1)</source>
        <translation>נמשך (כעת %1)</translation>
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
מופע: %2
מרכז נתונים: %3
התחלה: %4
סיום: %5
משך: %6
%7</translation>
    </message>
</context>
<context>
    <name>OutageDesk::GanttExportDialog</name>
    <message>
        <source>Export chart</source>
        <translation>ייצוא התרשים</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>תמונת PNG (*.png);;שרטוט SVG (*.svg);;מסמך PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The file name must end in .png, .svg or .pdf.</source>
        <translation>שם הקובץ חייב להסתיים ב-.png, .svg או .pdf.</translation>
    </message>
</context>
<context>
    <name>OutageDesk::GanttExporter</name>
    <message>
        <source>unknown file type %1 (use .png, .svg or .pdf)</source>
        <translation>סוג קובץ לא מוכר %1 (יש להשתמש ב-.png, .svg או .pdf)</translation>
    </message>
    <message>
        <source>cannot encode the PNG image</source>
        <translation>לא ניתן לקודד את תמונת ה-PNG</translation>
    </message>
    <message>
        <source>Outage Gantt chart</source>
        <translation>תרשים גאנט של ההשבתות</translation>
    </message>
    <message>
        <source>cannot create the PDF</source>
        <translation>לא ניתן ליצור את ה-PDF</translation>
    </message>
</context>
<context>
    <name>OutageDesk::GanttView</name>
    <message>
        <source>Data centers</source>
        <translation>מרכזי נתונים</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>אחורה</translation>
    </message>
    <message>
        <source>Previous zoom (Alt+Left)</source>
        <translation>התקריב הקודם (Alt+שמאלה)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>קדימה</translation>
    </message>
    <message>
        <source>Next zoom (Alt+Right)</source>
        <translation>התקריב הבא (Alt+ימינה)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>התקרבות</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>התקרבות (+)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>התרחקות</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>התרחקות (-)</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>הצגת הכול</translation>
    </message>
    <message>
        <source>Show every window (Home)</source>
        <translation>הצגת כל החלונות (Home)</translation>
    </message>
    <message>
        <source>Fit selection</source>
        <translation>התאמה לבחירה</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>יום</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>שבוע</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>חודש</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>רבעון</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>שנה</translation>
    </message>
    <message>
        <source>Zone:</source>
        <translation>אזור זמן:</translation>
    </message>
    <message>
        <source>Data center</source>
        <translation>מרכז נתונים</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Local (%1)</source>
        <translation>מקומי (%1)</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>מתאריך:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>עד תאריך:</translation>
    </message>
    <message>
        <source>Last day shown (inclusive)</source>
        <translation>היום האחרון המוצג (כולל)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>הצגה</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>ייצוא…</translation>
    </message>
    <message>
        <source>Chart written to %1</source>
        <translation>התרשים נכתב אל %1</translation>
    </message>
    <message>
        <source>The chart could not be printed.</source>
        <translation>לא ניתן היה להדפיס את התרשים.</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>ייצוא התרשים…</translation>
    </message>
    <message>
        <source>Print chart…</source>
        <translation>הדפסת התרשים…</translation>
    </message>
    <message>
        <source>Collapse all data centers</source>
        <translation>כיווץ כל מרכזי הנתונים</translation>
    </message>
    <message>
        <source>Expand all data centers</source>
        <translation>הרחבת כל מרכזי הנתונים</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>זמינות</translation>
    </message>
</context>
<context>
    <name>OutageDesk::GeneratedSections</name>
    <message>
        <source>No outage windows recorded.</source>
        <translation>לא נרשמו חלונות השבתה.</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>מופע</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>התחלה</translation>
    </message>
    <message>
        <source>End</source>
        <translation>סיום</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>משך</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>השפעה</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>נמשך</translation>
    </message>
    <message>
        <source>%1 so far (ongoing)</source>
        <translation>%1 עד כה (נמשך)</translation>
    </message>
    <message>
        <source>Not published yet.</source>
        <translation>טרם פורסם.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>פרסום</translation>
    </message>
    <message>
        <source>No action items recorded.</source>
        <translation>לא נרשמו משימות.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>משימה</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>אחראי</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>יעד</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>בוצע</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>פתוח</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>חומרה</translation>
    </message>
    <message>
        <source>Outage windows</source>
        <translation>חלונות השבתה</translation>
    </message>
    <message>
        <source>Status updates</source>
        <translation>עדכוני סטטוס</translation>
    </message>
    <message>
        <source>No status updates recorded.</source>
        <translation>לא נרשמו עדכוני סטטוס.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>שעה</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>עדכון</translation>
    </message>
</context>
<context>
    <name>OutageDesk::IncidentChartSvg</name>
    <message>
        <source>ongoing</source>
        <translation>נמשך</translation>
    </message>
    <message>
        <source>now</source>
        <translation>עכשיו</translation>
    </message>
    <message>
        <source>Outage windows of %1</source>
        <translation>חלונות השבתה של %1</translation>
    </message>
    <message>
        <source>%1: %2 from %3 to %4 (%5).</source>
        <translation>%1: %2 מ-%3 עד %4 (%5).</translation>
    </message>
    <message>
        <source>%1: %2 from %3, ongoing (%4 so far).</source>
        <translation>%1: %2 מ-%3, נמשך (%4 עד כה).</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation>אזור זמן: %1</translation>
    </message>
    <message>
        <source>Times in UTC: the affected services are in different time zones</source>
        <translation>הזמנים ב-UTC: השירותים המושפעים נמצאים באזורי זמן שונים</translation>
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
        <translation>עריכת הכותרת</translation>
    </message>
    <message>
        <source>Edit cause</source>
        <translation>עריכת הסיבה</translation>
    </message>
    <message>
        <source>Edit &quot;detected by&quot;</source>
        <translation>עריכת „זוהה על ידי”</translation>
    </message>
    <message>
        <source>Edit internal notes</source>
        <translation>עריכת ההערות הפנימיות</translation>
    </message>
    <message>
        <source>Change severity</source>
        <translation>שינוי החומרה</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>שינוי המצב</translation>
    </message>
    <message>
        <source>Change data impact</source>
        <translation>שינוי ההשפעה על הנתונים</translation>
    </message>
    <message>
        <source>Change security breach</source>
        <translation>שינוי פרצת האבטחה</translation>
    </message>
    <message>
        <source>Root cause analysis, in Markdown.</source>
        <translation>ניתוח גורם שורש, ב-Markdown.</translation>
    </message>
    <message>
        <source>Edit RCA text</source>
        <translation>עריכת הטקסט של ניתוח גורם השורש</translation>
    </message>
    <message>
        <source>There is no instance to record a window on yet. Add a data center and an instance first (Workspace ▸ Data centers and instances…).</source>
        <translation>עדיין אין מופע שאפשר לרשום עליו חלון. יש להוסיף קודם מרכז נתונים ומופע (סביבת עבודה ▸ מרכזי נתונים ומופעים…).</translation>
    </message>
    <message>
        <source>Add window</source>
        <translation>הוספת חלון</translation>
    </message>
    <message>
        <source>Remove window</source>
        <translation>הסרת חלון</translation>
    </message>
    <message>
        <source>Add status update</source>
        <translation>הוספת עדכון סטטוס</translation>
    </message>
    <message>
        <source>Remove status update</source>
        <translation>הסרת עדכון סטטוס</translation>
    </message>
    <message>
        <source>New action item</source>
        <translation>משימה חדשה</translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation>הוספת משימה</translation>
    </message>
    <message>
        <source>Remove action item</source>
        <translation>הסרת משימה</translation>
    </message>
    <message>
        <source>Add status update from template</source>
        <translation>הוספת עדכון סטטוס מתבנית</translation>
    </message>
    <message>
        <source>Window %1: %2</source>
        <translation>חלון %1: %2</translation>
    </message>
    <message>
        <source>&amp;Use %1</source>
        <translation>&amp;להשתמש ב-%1</translation>
    </message>
    <message>
        <source>Set your name in Preferences first: an acceptance records who looked at the window.</source>
        <translation>יש להגדיר קודם את שמך בהעדפות: אישור מתעד מי בדק את החלון.</translation>
    </message>
</context>
<context>
    <name>OutageDesk::IncidentImporter</name>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>צפוי אובייקט JSON ברמה העליונה</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Outage Desk incident file (expected &quot;outagedesk.incidents&quot;)</source>
        <translation>„%1” אינו קובץ תקריות של Outage Desk (צפוי „outagedesk.incidents”)</translation>
    </message>
    <message>
        <source>unsupported version %1 (this Outage Desk reads version %2; a newer file needs a newer Outage Desk)</source>
        <translation>גרסה %1 אינה נתמכת (Outage Desk זה קורא את גרסה %2; קובץ חדש יותר דורש Outage Desk חדש יותר)</translation>
    </message>
    <message>
        <source>incident %1 appears twice in this file</source>
        <translation>התקרית %1 מופיעה פעמיים בקובץ זה</translation>
    </message>
    <message>
        <source>data center %1 already exists with time zone %2; the file says %3. Change the zone in the workspace first if it really moved.</source>
        <translation>מרכז הנתונים %1 כבר קיים עם אזור הזמן %2; בקובץ מופיע %3. אם הוא באמת עבר, יש לשנות קודם את האזור בסביבת העבודה.</translation>
    </message>
    <message>
        <source>instance %1 already exists in data center %2; the file says %3</source>
        <translation>המופע %1 כבר קיים במרכז הנתונים %2; בקובץ מופיע %3</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was written</source>
        <translation>הייבוא בוטל; דבר לא נכתב</translation>
    </message>
</context>
<context>
    <name>OutageDesk::IncidentListModel</name>
    <message>
        <source>ongoing</source>
        <translation>נמשך</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>כותרת</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>חומרה</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>התחלה</translation>
    </message>
    <message>
        <source>End</source>
        <translation>סיום</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 עד כה</translation>
    </message>
    <message>
        <source>%1 in %2 (%3)</source>
        <translation>%1 ב-%2 (%3)</translation>
    </message>
    <message>
        <source>Data center</source>
        <translation>מרכז נתונים</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>משך</translation>
    </message>
</context>
<context>
    <name>OutageDesk::IncidentRepository</name>
    <message>
        <source>incident id %1 is too short: give the UUID or at least its first 8 characters</source>
        <translation>מזהה התקרית %1 קצר מדי: יש לציין את ה-UUID או לפחות את 8 התווים הראשונים שלו</translation>
    </message>
    <message>
        <source>no incident with id %1</source>
        <translation>אין תקרית עם המזהה %1</translation>
    </message>
    <message>
        <source>incident id %1 is ambiguous: several incidents start with it</source>
        <translation>מזהה התקרית %1 אינו חד-משמעי: כמה תקריות מתחילות בו</translation>
    </message>
    <message>
        <source>cannot save incident &quot;%1&quot;: %2</source>
        <translation>לא ניתן לשמור את התקרית „%1”: %2</translation>
    </message>
    <message>
        <source>incident &quot;%1&quot;: unknown instance %2</source>
        <translation>התקרית „%1”: מופע לא מוכר %2</translation>
    </message>
    <message>
        <source>incident &quot;%1&quot;: a window on %2 ends before it starts</source>
        <translation>התקרית „%1”: חלון ב-%2 מסתיים לפני שהוא מתחיל</translation>
    </message>
</context>
<context>
    <name>OutageDesk::InstancesTableModel</name>
    <message>
        <source>Instance</source>
        <translation>מופע</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>מוצר</translation>
    </message>
    <message>
        <source>Data center</source>
        <translation>מרכז נתונים</translation>
    </message>
</context>
<context>
    <name>OutageDesk::KeychainCredentialStore</name>
    <message>
        <source>this build has no keychain support</source>
        <translation>גרסה זו אינה תומכת במחזיק מפתחות</translation>
    </message>
</context>
<context>
    <name>OutageDesk::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;שפה</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>&amp;ברירת המחדל של המערכת</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>שפה</translation>
    </message>
    <message>
        <source>Outage Desk will use the new language the next time it starts.</source>
        <translation>Outage Desk ישתמש בשפה החדשה בהפעלה הבאה.</translation>
    </message>
</context>
<context>
    <name>OutageDesk::LintAcceptanceRepository</name>
    <message>
        <source>cannot record the acceptance of %1: %2</source>
        <translation>לא ניתן לתעד את האישור של %1: %2</translation>
    </message>
</context>
<context>
    <name>OutageDesk::Linter</name>
    <message>
        <source>instance %1 belongs to no known data center, so its times have no zone</source>
        <translation>המופע %1 אינו שייך לאף מרכז נתונים מוכר, ולכן לזמנים שלו אין אזור זמן</translation>
    </message>
    <message>
        <source>data center %1 has no valid IANA time zone (&quot;%2&quot;): its windows cannot be shown in local time</source>
        <translation>למרכז הנתונים %1 אין אזור זמן IANA תקין („%2”): לא ניתן להציג את החלונות שלו בזמן מקומי</translation>
    </message>
    <message>
        <source>%1 overlaps %2; the overlap is counted once in availability, but check whether the same outage was logged twice</source>
        <translation>%1 חופף ל-%2; החפיפה נספרת פעם אחת בזמינות, אבל כדאי לבדוק אם אותה השבתה נרשמה פעמיים</translation>
    </message>
    <message>
        <source>%1 is an %2 window that starts in the future; only maintenance is announced ahead</source>
        <translation>%1 הוא חלון מסוג %2 שמתחיל בעתיד; רק תחזוקה מוכרזת מראש</translation>
    </message>
    <message>
        <source>the incident is resolved but %1 has no end; record when it ended</source>
        <translation>התקרית נפתרה אבל ל-%1 אין סיום; יש לרשום מתי הוא הסתיים</translation>
    </message>
    <message>
        <source>%1 runs %2, from evening to %3 the next morning; if the end was meant as PM, it is %4 (%5)</source>
        <translation>%1 נמשך %2, מהערב עד %3 למחרת בבוקר; אם הסיום נועד להיות PM, הוא %4 (%5)</translation>
    </message>
    <message>
        <source>%1 goes on after the incident was posted as resolved (%2)</source>
        <translation>%1 נמשך אחרי שהתקרית פורסמה כנפתרה (%2)</translation>
    </message>
    <message>
        <source>%1 ends at %2, not after its start; if the end was meant in the other half of the day, it is %3 (%4)</source>
        <translation>%1 מסתיים ב-%2, לא אחרי תחילתו; אם הסיום נועד לחצי השני של היום, הוא %3 (%4)</translation>
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
        <translation>חיפוש בכותרות, בעדכונים ובטקסט של ניתוח גורם השורש (Ctrl+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>כל המצבים</translation>
    </message>
    <message>
        <source>Open (not resolved)</source>
        <translation>פתוחות (לא נפתרו)</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>כל דרגות החומרה</translation>
    </message>
    <message>
        <source>All data centers</source>
        <translation>כל מרכזי הנתונים</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an incident on the left, or create one with &lt;b&gt;Incident ▸ New Incident&lt;/b&gt; (Ctrl+N).&lt;/p&gt;&lt;p&gt;Every change is saved as you make it; Ctrl+Z takes it back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;יש לבחור תקרית מימין, או ליצור תקרית חדשה דרך &lt;b&gt;תקרית ▸ תקרית חדשה&lt;/b&gt; (Ctrl+N).&lt;/p&gt;&lt;p&gt;כל שינוי נשמר ברגע שהוא נעשה; Ctrl+Z מבטל אותו.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>תקרית</translation>
    </message>
    <message>
        <source>Outage Gantt</source>
        <translation>גאנט השבתות</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>סביבת עבודה &amp;חדשה…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;פתיחת סביבת עבודה…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>י&amp;יבוא…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>י&amp;צוא…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>י&amp;ציאה</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;ביטול</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;ביטול: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ב&amp;צע שוב</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>ב&amp;צע שוב: %1</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;חיפוש…</translation>
    </message>
    <message>
        <source>&amp;New Incident</source>
        <translation>תקרית &amp;חדשה</translation>
    </message>
    <message>
        <source>&amp;Delete Incident</source>
        <translation>&amp;מחיקת תקרית</translation>
    </message>
    <message>
        <source>Add Outage &amp;Window</source>
        <translation>הוספת &amp;חלון השבתה</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>Add Status &amp;Update</source>
        <translation>הוספת &amp;עדכון סטטוס</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>&amp;Data Centers and Instances…</source>
        <translation>&amp;מרכזי נתונים ומופעים…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>&amp;About Outage Desk</source>
        <translation>&amp;אודות Outage Desk</translation>
    </message>
    <message>
        <source>About Outage Desk</source>
        <translation>אודות Outage Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Outage Desk %1&lt;/h3&gt;&lt;p&gt;Log incidents, record outage windows per data center, write the root cause analysis and publish it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Outage Desk %1&lt;/h3&gt;&lt;p&gt;תיעוד תקריות, רישום חלונות השבתה לכל מרכז נתונים, כתיבת ניתוח גורם השורש ופרסומו.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;קובץ</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;אחרונים</translation>
    </message>
    <message>
        <source>Export &amp;Chart…</source>
        <translation>ייצוא ה&amp;תרשים…</translation>
    </message>
    <message>
        <source>&amp;Print Chart…</source>
        <translation>ה&amp;דפסת התרשים…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;עריכה</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>&amp;תקרית</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;עזרה</translation>
    </message>
    <message>
        <source>%1 — Outage Desk</source>
        <translation>%1 — Outage Desk</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>נשמר</translation>
    </message>
    <message>
        <source>Every change is written to the workspace file as you make it.</source>
        <translation>כל שינוי נכתב לקובץ סביבת העבודה ברגע שהוא נעשה.</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>לא ניתן לפתוח את סביבת העבודה</translation>
    </message>
    <message>
        <source>Open Another…</source>
        <translation>פתיחת סביבה אחרת…</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>פתיחת סביבת עבודה</translation>
    </message>
    <message>
        <source>Outage Desk workspaces (*.sqlite *.db);;All files (*)</source>
        <translation>סביבות עבודה של Outage Desk (*.sqlite *.db);;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>סביבת עבודה חדשה</translation>
    </message>
    <message>
        <source>workspace.sqlite</source>
        <translation>workspace.sqlite</translation>
    </message>
    <message>
        <source>Outage Desk workspaces (*.sqlite)</source>
        <translation>סביבות עבודה של Outage Desk (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 already exists; it is opened as it is, nothing in it is replaced.</source>
        <translation>%1 כבר קיים; הוא נפתח כמות שהוא, דבר בו אינו מוחלף.</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>אחרונים</translation>
    </message>
    <message>
        <source>%1 is no longer there; it is taken off the list.</source>
        <translation>%1 כבר אינו קיים; הוא הוסר מהרשימה.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>אין סביבת עבודה פתוחה.</translation>
    </message>
    <message>
        <source>Import Incidents</source>
        <translation>ייבוא תקריות</translation>
    </message>
    <message>
        <source>Outage Desk exchange files (*.json);;All files (*)</source>
        <translation>קובצי החלפה של Outage Desk (*.json);;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>ייבוא</translation>
    </message>
    <message>
        <source>Each file is imported whole or not at all:

%1</source>
        <translation>כל קובץ מיובא במלואו או בכלל לא:

%1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ייצוא</translation>
    </message>
    <message>
        <source>Export the selected incident or the whole workspace?</source>
        <translation>לייצא את התקרית הנבחרת או את כל סביבת העבודה?</translation>
    </message>
    <message>
        <source>Selected Incident</source>
        <translation>התקרית הנבחרת</translation>
    </message>
    <message>
        <source>Whole Workspace</source>
        <translation>כל סביבת העבודה</translation>
    </message>
    <message>
        <source>Export Incidents</source>
        <translation>ייצוא תקריות</translation>
    </message>
    <message>
        <source>Outage Desk exchange files (*.json)</source>
        <translation>קובצי החלפה של Outage Desk (*.json)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>יוצא אל %1</translation>
    </message>
    <message>
        <source>Select the incident to export first.</source>
        <translation>יש לבחור קודם את התקרית לייצוא.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>לא ניתן לכתוב את %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>אין סביבת עבודה פתוחה</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>תקרית אחת</numerusform>
            <numerusform>%n תקריות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n incident(s)</source>
        <translation>
            <numerusform>%1 מתוך תקרית אחת</numerusform>
            <numerusform>%1 מתוך %n תקריות</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n data center(s)</source>
        <translation>
            <numerusform>מרכז נתונים אחד</numerusform>
            <numerusform>%n מרכזי נתונים</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>נשמר %1</translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation>השינוי לא נשמר</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>תקרית חדשה</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;. Undo with %2.</source>
        <translation>„%1” נמחקה. לביטול: %2.</translation>
    </message>
    <message>
        <source>&amp;Preferences</source>
        <translation>&amp;העדפות</translation>
    </message>
    <message>
        <source>%1: %2, %3.</source>
        <extracomment>%1 the file name, %2 &quot;N incident(s) created&quot;, %3 &quot;N updated&quot;</extracomment>
        <translation>%1: %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) created</source>
        <translation>
            <numerusform>נוצרה תקרית אחת</numerusform>
            <numerusform>נוצרו %n תקריות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>אחת עודכנה</numerusform>
            <numerusform>%n עודכנו</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>מייבא את %1…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>קורא את %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>Writing %1: %2 of %3 incidents…</source>
        <translation>כותב את %1: %2 מתוך %3 תקריות…</translation>
    </message>
    <message>
        <source>Building the search index for %1…</source>
        <translation>בונה את אינדקס החיפוש עבור %1…</translation>
    </message>
    <message>
        <source>&amp;Customers…</source>
        <translation>&amp;לקוחות…</translation>
    </message>
    <message>
        <source>Incident &amp;List</source>
        <translation>&amp;רשימת תקריות</translation>
    </message>
    <message>
        <source>&amp;Focus Mode</source>
        <translation>מצב &amp;מיקוד</translation>
    </message>
    <message>
        <source>Give the editor or the chart the whole window (%1)</source>
        <translation>מסירת החלון כולו לעורך או לתרשים (%1)</translation>
    </message>
    <message>
        <source>RCA Preview &amp;Below the Text</source>
        <translation>תצוגה מקדימה של הניתוח &amp;מתחת לטקסט</translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation>הכרטיסייה ה&amp;באה</translation>
    </message>
    <message>
        <source>&amp;Previous Tab</source>
        <translation>הכרטיסייה ה&amp;קודמת</translation>
    </message>
    <message>
        <source>Outage &amp;Gantt</source>
        <translation>&amp;גאנט השבתות</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;העדפות…</translation>
    </message>
    <message>
        <source>W&amp;orkspace</source>
        <translation>סבי&amp;בת עבודה</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;תצוגה</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>בוטל: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>בוצע שוב: %1</translation>
    </message>
    <message>
        <source>Undone in “%1”: %2</source>
        <extracomment>%1 the incident&apos;s title, %2 what was undone, e.g. &quot;Edit title&quot;</extracomment>
        <translation>בוטל ב„%1”: %2</translation>
    </message>
    <message>
        <source>Redone in “%1”: %2</source>
        <translation>בוצע שוב ב„%1”: %2</translation>
    </message>
    <message>
        <source>No incident matches these filters.</source>
        <translation>אין תקרית שמתאימה למסננים אלה.</translation>
    </message>
    <message>
        <source>No incident matches &quot;%1&quot; with these filters.</source>
        <translation>אין תקרית שמתאימה ל-„%1” עם מסננים אלה.</translation>
    </message>
</context>
<context>
    <name>OutageDesk::MessageBoxWallTimeQuestion</name>
    <message>
        <source>Time does not exist</source>
        <translation>השעה אינה קיימת</translation>
    </message>
    <message>
        <source>Time happened twice</source>
        <translation>השעה התרחשה פעמיים</translation>
    </message>
    <message>
        <source>Time not accepted</source>
        <translation>השעה לא התקבלה</translation>
    </message>
</context>
<context>
    <name>OutageDesk::MimeComposer</name>
    <message>
        <source>“%1” is not an e-mail address</source>
        <translation>“%1” אינה כתובת דוא״ל</translation>
    </message>
    <message>
        <source>the message could not be composed</source>
        <translation>לא ניתן היה לחבר את ההודעה</translation>
    </message>
</context>
<context>
    <name>OutageDesk::NotificationMail</name>
    <message>
        <source>Status notifications</source>
        <translation>התראות סטטוס</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>נמשך</translation>
    </message>
    <message>
        <source>Update of %1 (%2):</source>
        <translation>עדכון מ-%1 (%2):</translation>
    </message>
    <message>
        <source>Affected:</source>
        <translation>מושפעים:</translation>
    </message>
    <message>
        <source>Current status: %1</source>
        <translation>סטטוס נוכחי: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>פרטים: %1</translation>
    </message>
    <message>
        <source>You receive this because you are registered for status notifications. To unsubscribe, reply with &quot;unsubscribe&quot; or write to %1.</source>
        <translation>הודעה זו נשלחה אליך כי נרשמת להתראות סטטוס. לביטול המינוי יש להשיב עם &quot;unsubscribe&quot; או לכתוב אל %1.</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>מופע</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>התחלה</translation>
    </message>
    <message>
        <source>End</source>
        <translation>סיום</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>השפעה</translation>
    </message>
    <message>
        <source>See the incident on the status portal</source>
        <translation>צפייה בתקרית בפורטל הסטטוס</translation>
    </message>
</context>
<context>
    <name>OutageDesk::OutboxCommand</name>
    <message>
        <source>send every waiting or failed publication now</source>
        <translation>שליחה כעת של כל פרסום ממתין או שנכשל</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>פלט JSON</translation>
    </message>
    <message>
        <source>include finished publications</source>
        <translation>כולל פרסומים שהסתיימו</translation>
    </message>
    <message numerus="yes">
        <source>%n published</source>
        <translation>
            <numerusform>פרסום אחד יצא</numerusform>
            <numerusform>%n פורסמו</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>אחד ממתין</numerusform>
            <numerusform>%n ממתינים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>אחד נכשל</numerusform>
            <numerusform>%n נכשלו</numerusform>
        </translation>
    </message>
    <message>
        <source>list queued publications (--json); “outbox retry” sends them now; “outbox cancel ID” withdraws one</source>
        <translation>הצגת פרסומים ממתינים (‎--json); “outbox retry” שולח אותם כעת; “outbox cancel ID” מבטל אחד</translation>
    </message>
    <message>
        <source>withdraw the waiting or failed publication ID</source>
        <translation>ביטול הפרסום הממתין או שנכשל ID</translation>
    </message>
    <message>
        <source>outbox cancel: “%1” is not a publication id (see “outbox”)</source>
        <translation>outbox cancel: “%1” אינו מזהה פרסום (ראו “outbox”)</translation>
    </message>
    <message>
        <source>publication %1 cancelled; nothing was sent</source>
        <translation>הפרסום %1 בוטל; דבר לא נשלח</translation>
    </message>
    <message>
        <source>outbox: use “outbox [--json]”, “outbox retry” or “outbox cancel ID”</source>
        <translation>outbox: יש להשתמש ב-“outbox [--json]”, ‏“outbox retry” או “outbox cancel ID”</translation>
    </message>
</context>
<context>
    <name>OutageDesk::OutboxDialog</name>
    <message>
        <source>Nothing is waiting: every publication went out.</source>
        <translation>שום דבר אינו ממתין: כל הפרסומים יצאו.</translation>
    </message>
    <message>
        <source>Everything went out.</source>
        <translation>הכול יצא.</translation>
    </message>
    <message numerus="yes">
        <source>%n publication(s) still waiting; see the reasons above.</source>
        <translation>
            <numerusform>פרסום אחד עדיין ממתין; הסיבות מופיעות למעלה.</numerusform>
            <numerusform>%n פרסומים עדיין ממתינים; הסיבות מופיעות למעלה.</numerusform>
        </translation>
    </message>
    <message>
        <source>The publication of “%1” to %2 is cancelled; nothing was sent.</source>
        <translation>הפרסום של “%1” אל %2 בוטל; דבר לא נשלח.</translation>
    </message>
</context>
<context>
    <name>OutageDesk::OutboxTableModel</name>
    <message>
        <source>Waiting</source>
        <translation>ממתין</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>הופסק</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>דורש טיפול</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>פורסם</translation>
    </message>
    <message>
        <source>after a retry</source>
        <translation>אחרי ניסיון חוזר</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>תקרית</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>פורטל</translation>
    </message>
    <message>
        <source>State</source>
        <translation>מצב</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>ניסיונות</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>הניסיון הבא</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>סיבה</translation>
    </message>
</context>
<context>
    <name>OutageDesk::PortalCommand</name>
    <message>
        <source>publishing targets: portal add NAME --kind webdav|statuspage|webhook --url URL; portal list; portal remove NAME; portal build --out DIR</source>
        <translation>יעדי פרסום: portal add NAME --kind webdav|statuspage|webhook --url URL; portal list; portal remove NAME; portal build --out DIR</translation>
    </message>
    <message>
        <source>add, list, remove or build</source>
        <translation>add, list, remove או build</translation>
    </message>
    <message>
        <source>the portal&apos;s name (add, remove)</source>
        <translation>שם הפורטל (add, remove)</translation>
    </message>
    <message>
        <source>webdav, statuspage or webhook</source>
        <translation>webdav, statuspage או webhook</translation>
    </message>
    <message>
        <source>WebDAV folder, Statuspage API base or webhook endpoint; for build, the site&apos;s public URL</source>
        <translation>תיקיית WebDAV, כתובת הבסיס של ה-API של Statuspage או נקודת הקצה של ה-webhook; עבור build, הכתובת הציבורית של האתר</translation>
    </message>
    <message>
        <source>WebDAV user</source>
        <translation>משתמש WebDAV</translation>
    </message>
    <message>
        <source>Statuspage page id</source>
        <translation>מזהה הדף ב-Statuspage</translation>
    </message>
    <message>
        <source>PEM file of a private CA to trust for this portal</source>
        <translation>קובץ PEM של רשות אישורים פרטית שיש לסמוך עליה עבור פורטל זה</translation>
    </message>
    <message>
        <source>map an instance to a Statuspage component (repeatable)</source>
        <translation>מיפוי מופע לרכיב ב-Statuspage (ניתן לחזור על האפשרות)</translation>
    </message>
    <message>
        <source>the portal&apos;s heading</source>
        <translation>הכותרת של הפורטל</translation>
    </message>
    <message>
        <source>transfer timeout per request (default 30000)</source>
        <translation>זמן קצוב לכל בקשה (ברירת מחדל 30000)</translation>
    </message>
    <message>
        <source>build: the folder to write the site to</source>
        <translation>build: התיקייה שאליה ייכתב האתר</translation>
    </message>
    <message>
        <source>portal: use “portal add NAME --kind … --url …”, “portal list”, “portal remove NAME” or “portal build --out DIR”</source>
        <translation>portal: יש להשתמש ב-„portal add NAME --kind … --url …”, „portal list”, „portal remove NAME” או „portal build --out DIR”</translation>
    </message>
    <message>
        <source>add: keep the secret nowhere; ask for it at each publish (for a desk without a keychain)</source>
        <translation>add: לא לשמור את הסוד בשום מקום; לבקש אותו בכל פרסום (לעמדה בלי מחזיק מפתחות)</translation>
    </message>
    <message>
        <source>the language of every page the portal shows (en, de, fr, he; default en)</source>
        <translation>השפה של כל דף שהפורטל מציג (en, de, fr, he; ברירת מחדל en)</translation>
    </message>
    <message>
        <source>the portal&apos;s clock: 24h (default) or 12h</source>
        <translation>תצוגת השעה של הפורטל: 24h (ברירת מחדל) או 12h</translation>
    </message>
</context>
<context>
    <name>OutageDesk::PortalRepository</name>
    <message>
        <source>“%1” is not a valid portal name (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, at most 64).</source>
        <translation>„%1” אינו שם פורטל תקין (אותיות, ספרות, &apos;.&apos;, &apos;_&apos; ו-&apos;-&apos;, עד 64 תווים).</translation>
    </message>
    <message>
        <source>A portal named “%1” already exists.</source>
        <translation>כבר קיים פורטל בשם „%1”.</translation>
    </message>
</context>
<context>
    <name>OutageDesk::PortalSiteBuilder</name>
    <message>
        <source>Service status</source>
        <translation>מצב השירות</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>עודכן %1</translation>
    </message>
    <message>
        <source>Active incidents</source>
        <translation>תקריות פעילות</translation>
    </message>
    <message>
        <source>No active incidents.</source>
        <translation>אין תקריות פעילות.</translation>
    </message>
    <message>
        <source>Scheduled maintenance</source>
        <translation>תחזוקה מתוכננת</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>מצב נוכחי</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>שירות</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <source>Daily availability of %1, oldest first</source>
        <translation>זמינות יומית של %1, מהישנה לחדשה</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Recent incidents</source>
        <translation>תקריות אחרונות</translation>
    </message>
    <message>
        <source>No incidents reported.</source>
        <translation>לא דווחו תקריות.</translation>
    </message>
    <message>
        <source>All incidents</source>
        <translation>כל התקריות</translation>
    </message>
    <message>
        <source>Incident history</source>
        <translation>היסטוריית תקריות</translation>
    </message>
    <message>
        <source>Impact: %1</source>
        <translation>השפעה: %1</translation>
    </message>
    <message>
        <source>Affected services</source>
        <translation>שירותים מושפעים</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>התחלה</translation>
    </message>
    <message>
        <source>End</source>
        <translation>סיום</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>משך</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>השפעה</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>נמשך</translation>
    </message>
    <message>
        <source>Outage windows on a time line</source>
        <translation>חלונות השבתה על ציר זמן</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>עדכונים</translation>
    </message>
    <message>
        <source>No updates yet.</source>
        <translation>אין עדיין עדכונים.</translation>
    </message>
    <message>
        <source>Root cause analysis</source>
        <translation>ניתוח גורם שורש</translation>
    </message>
    <message>
        <source>[Root cause analysis] %1</source>
        <translation>[ניתוח גורם שורש] %1</translation>
    </message>
    <message>
        <source>Availability, last %1 days</source>
        <translation>זמינות, %1 הימים האחרונים</translation>
    </message>
    <message>
        <source>One bar per day, oldest first: green no interruption, amber degraded or under 1 % down, red 1 % down or more, blue maintenance. Each bar names its day and figure.</source>
        <translation>עמודה אחת לכל יום, מהישן לחדש: ירוק ללא הפסקה, כתום ביצועים ירודים או פחות מ-1% השבתה, אדום 1% השבתה או יותר, כחול תחזוקה. כל עמודה מציינת את היום ואת הנתון שלו.</translation>
    </message>
    <message>
        <source>Skip to content</source>
        <translation>דילוג לתוכן</translation>
    </message>
    <message>
        <source>Incident feed</source>
        <translation>עדכוני תקריות</translation>
    </message>
    <message>
        <source>Atom feed</source>
        <translation>עדכון Atom</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>פעיל</translation>
    </message>
    <message>
        <source>Outage</source>
        <translation>השבתה</translation>
    </message>
    <message>
        <source>Degraded performance</source>
        <translation>ביצועים ירודים</translation>
    </message>
    <message>
        <source>Under maintenance</source>
        <translation>בתחזוקה</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>מתוכננת</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>בביצוע</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>הושלמה</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 עד %2</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>תחזוקה</translation>
    </message>
    <message>
        <source>All systems operational</source>
        <translation>כל המערכות פעילות</translation>
    </message>
    <message>
        <source>Minor service outage</source>
        <translation>תקלת שירות קלה</translation>
    </message>
    <message>
        <source>Major service outage</source>
        <translation>תקלת שירות חמורה</translation>
    </message>
    <message>
        <source>Critical service outage</source>
        <translation>תקלת שירות קריטית</translation>
    </message>
    <message>
        <source>Service under maintenance</source>
        <translation>השירות בתחזוקה</translation>
    </message>
</context>
<context>
    <name>OutageDesk::PortalsDialog</name>
    <message>
        <source>Static status portal (WebDAV)</source>
        <translation>פורטל סטטוס סטטי (WebDAV)</translation>
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
        <translation>מופע</translation>
    </message>
    <message>
        <source>Statuspage component id</source>
        <translation>מזהה רכיב ב-Statuspage</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>אישור רשות אישורים</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>אישורי PEM (*.pem *.crt);;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>unchanged (kept in the keychain)</source>
        <translation>ללא שינוי (שמור במחזיק המפתחות)</translation>
    </message>
    <message>
        <source>password or API key</source>
        <translation>סיסמה או מפתח API</translation>
    </message>
    <message>
        <source>Give the portal a name: letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>יש לתת לפורטל שם: אותיות, ספרות, &apos;.&apos;, &apos;_&apos; ו-&apos;-&apos;.</translation>
    </message>
    <message>
        <source>The URL must start with https:// (or http:// on a trusted network).</source>
        <translation>הכתובת חייבת להתחיל ב-https:// (או http:// ברשת מהימנה).</translation>
    </message>
    <message>
        <source>A Statuspage portal needs its page id.</source>
        <translation>פורטל Statuspage דורש את מזהה הדף שלו.</translation>
    </message>
    <message>
        <source>Type the portal&apos;s secret (password or API key); it is stored in the system keychain.</source>
        <translation>יש להקליד את הסוד של הפורטל (סיסמה או מפתח API); הוא נשמר במחזיק המפתחות של המערכת.</translation>
    </message>
    <message>
        <source>Portal %1 saved.</source>
        <translation>הפורטל %1 נשמר.</translation>
    </message>
    <message>
        <source>Remove Portal</source>
        <translation>הסרת פורטל</translation>
    </message>
    <message>
        <source>Remove portal %1 and its secret? Publications waiting for it are dropped.</source>
        <translation>להסיר את הפורטל %1 ואת הסוד שלו? פרסומים שממתינים לו יימחקו.</translation>
    </message>
    <message>
        <source>Portal %1 removed.</source>
        <translation>הפורטל %1 הוסר.</translation>
    </message>
    <message>
        <source>asked for at each publish</source>
        <translation>נשאל בכל פרסום</translation>
    </message>
    <message>
        <source>Portal %1 saved; its secret is asked for at each publish and kept nowhere.</source>
        <translation>הפורטל %1 נשמר; הסוד שלו נשאל בכל פרסום ואינו נשמר בשום מקום.</translation>
    </message>
    <message>
        <source>Type the portal&apos;s secret to test with.</source>
        <translation>יש להקליד את סוד הפורטל לצורך הבדיקה.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>פונה אל %1…</translation>
    </message>
</context>
<context>
    <name>OutageDesk::PreferencesDialog</name>
    <message>
        <source>System</source>
        <translation>כמו המערכת</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>בהיר</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>כהה</translation>
    </message>
    <message>
        <source>Inserts spaces</source>
        <translation>מוסיף רווחים</translation>
    </message>
    <message>
        <source>Moves to the next field</source>
        <translation>עובר לשדה הבא</translation>
    </message>
    <message>
        <source>24-hour (14:56)</source>
        <translation>24 שעות (14:56)</translation>
    </message>
    <message>
        <source>12-hour (2:56 PM)</source>
        <translation>12 שעות (2:56 PM)</translation>
    </message>
</context>
<context>
    <name>OutageDesk::PublicLocale</name>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>OutageDesk::PublishCommand</name>
    <message>
        <source>publish an incident, its updates and its approved RCA to a portal (exit 3 when queued)</source>
        <translation>פרסום תקרית, העדכונים שלה וניתוח גורם השורש המאושר שלה בפורטל (קוד יציאה 3 אם הוכנס לתור)</translation>
    </message>
    <message>
        <source>the incident&apos;s UUID or a unique prefix of at least 8 characters</source>
        <translation>ה-UUID של התקרית או תחילית ייחודית שלו באורך 8 תווים לפחות</translation>
    </message>
    <message>
        <source>the portal to publish to</source>
        <translation>הפורטל שבו יתבצע הפרסום</translation>
    </message>
    <message>
        <source>the Publication History note</source>
        <translation>ההערה להיסטוריית הפרסומים</translation>
    </message>
    <message>
        <source>let the portal notify its subscribers (statuspage)</source>
        <translation>לאפשר לפורטל להודיע למנויים שלו (statuspage)</translation>
    </message>
    <message>
        <source>publish: use “publish ID --portal NAME [--note TEXT]”</source>
        <translation>publish: יש להשתמש ב-„publish ID --portal NAME [--note TEXT]”</translation>
    </message>
    <message>
        <source>publish: no portal named “%1” (see outagedesk portal list)</source>
        <translation>publish: אין פורטל בשם „%1” (ראו outagedesk portal list)</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>פורסם</translation>
    </message>
    <message>
        <source>publish: the RCA of this incident is not approved and was left out; its status updates are published</source>
        <translation>publish: ניתוח גורם השורש של תקרית זו לא אושר ולכן הושמט; עדכוני הסטטוס שלה מתפרסמים</translation>
    </message>
    <message>
        <source>Published %1 to %2.</source>
        <translation>%1 פורסם ב-%2.</translation>
    </message>
    <message>
        <source>publish: %1</source>
        <translation>publish: %1</translation>
    </message>
    <message>
        <source>publish: the publication stays in the outbox (job %1); fix the portal, then run “outagedesk outbox retry”</source>
        <translation>publish: הפרסום נשאר בתיבת היוצא (משימה %1); יש לתקן את הפורטל ואז להריץ „outagedesk outbox retry”</translation>
    </message>
    <message>
        <source>publish: queued in the outbox (job %1), will retry: %2</source>
        <translation>publish: הוכנס לתור בתיבת היוצא (משימה %1), ינוסה שוב: %2</translation>
    </message>
    <message>
        <source>publish: warning: %1</source>
        <translation>publish: אזהרה: %1</translation>
    </message>
</context>
<context>
    <name>OutageDesk::PublishDialog</name>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;פרסום</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>פורסם</translation>
    </message>
    <message>
        <source>There is no portal yet: add one under Workspace ▸ Portals.</source>
        <translation>עדיין אין פורטל: אפשר להוסיף אחד בתפריט סביבת עבודה ▸ פורטלים.</translation>
    </message>
    <message>
        <source>The status portal at %1 is regenerated; only changed files are uploaded.</source>
        <translation>פורטל הסטטוס בכתובת %1 נוצר מחדש; רק קבצים שהשתנו מועלים.</translation>
    </message>
    <message>
        <source>Statuspage page %1: the incident, its new status updates and, if approved, the RCA as postmortem.</source>
        <translation>דף Statuspage %1: התקרית, עדכוני הסטטוס החדשים שלה ואם אושר, ניתוח גורם השורש כ-postmortem.</translation>
    </message>
    <message>
        <source>A signed POST to %1 with the incident (no internal notes) and this page.</source>
        <translation>בקשת POST חתומה אל %1 עם התקרית (ללא הערות פנימיות) ודף זה.</translation>
    </message>
    <message>
        <source>Subscribers ARE notified.</source>
        <translation>המנויים יקבלו הודעה.</translation>
    </message>
    <message>
        <source>Subscribers are not notified.</source>
        <translation>המנויים לא יקבלו הודעה.</translation>
    </message>
    <message>
        <source>The RCA is not approved and is left out; the status updates are published.</source>
        <translation>ניתוח גורם השורש לא אושר ולכן מושמט; עדכוני הסטטוס מתפרסמים.</translation>
    </message>
    <message>
        <source>The approved RCA is included.</source>
        <translation>ניתוח גורם השורש המאושר כלול.</translation>
    </message>
    <message>
        <source>There is no RCA yet; the status updates are published.</source>
        <translation>עדיין אין ניתוח גורם שורש; עדכוני הסטטוס מתפרסמים.</translation>
    </message>
    <message>
        <source>Notify Subscribers</source>
        <translation>הודעה למנויים</translation>
    </message>
    <message>
        <source>Everyone subscribed to %1 will be notified now. Publish and notify?</source>
        <translation>כל המנויים של %1 יקבלו הודעה עכשיו. לפרסם ולשלוח הודעה?</translation>
    </message>
    <message>
        <source>There is no portal yet: add one with Add Portal….</source>
        <translation>אין עדיין פורטל: אפשר להוסיף אחד עם “הוספת פורטל…”.</translation>
    </message>
    <message numerus="yes">
        <source>Open warnings in the checks (%n):</source>
        <translation>
            <numerusform>אזהרה פתוחה אחת בבדיקות:</numerusform>
            <numerusform>אזהרות פתוחות בבדיקות (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutageDesk::PublishOutcome</name>
    <message>
        <source>%1: the server&apos;s TLS certificate was refused (%2). Name the portal&apos;s CA file in its settings if it uses a private CA.</source>
        <translation>%1: אישור ה-TLS של השרת נדחה (%2). אם הפורטל משתמש ברשות אישורים פרטית, יש לציין את קובץ רשות האישורים בהגדרות שלו.</translation>
    </message>
    <message>
        <source>%1: no answer from the server in time.</source>
        <translation>%1: השרת לא ענה בזמן.</translation>
    </message>
    <message>
        <source>%1: TLS handshake failed (%2).</source>
        <translation>%1: לחיצת היד של TLS נכשלה (%2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: HTTP 401, the portal refused the credentials (wrong user, password or API key?)%2</source>
        <translation>%1: HTTP 401, הפורטל דחה את פרטי הגישה (משתמש, סיסמה או מפתח API שגויים?)%2</translation>
    </message>
    <message>
        <source>%1: HTTP 403, the account may not do this%2</source>
        <translation>%1: HTTP 403, לחשבון אין הרשאה לכך%2</translation>
    </message>
    <message>
        <source>%1: HTTP 404, not found: check the portal&apos;s URL and page id%2</source>
        <translation>%1: HTTP 404, לא נמצא: יש לבדוק את הכתובת ואת מזהה הדף של הפורטל%2</translation>
    </message>
    <message>
        <source>%1: HTTP %2, try again later%3</source>
        <translation>%1: HTTP %2, יש לנסות שוב מאוחר יותר%3</translation>
    </message>
    <message>
        <source>%1: HTTP %2 from the server%3</source>
        <translation>%1: HTTP %2 מהשרת%3</translation>
    </message>
    <message>
        <source>%1: HTTP %2%3</source>
        <translation>%1: HTTP %2%3</translation>
    </message>
    <message>
        <source>%1: the connection closed before the server answered; it may have arrived, and the next attempt checks before sending again.</source>
        <translation>%1: החיבור נסגר לפני שהשרת ענה; ייתכן שהבקשה הגיעה, והניסיון הבא יבדוק זאת לפני שליחה חוזרת.</translation>
    </message>
    <message>
        <source>%1: the server redirected to %2, another origin; publications never follow a redirect away from the configured portal (nothing was sent there). Correct the portal&apos;s URL if it moved.</source>
        <translation>%1: השרת הפנה אל %2, מקור אחר; פרסום אף פעם אינו עוקב אחר הפניה אל מחוץ לפורטל שהוגדר (דבר לא נשלח לשם). תקנו את כתובת ה-URL של הפורטל אם הוא עבר.</translation>
    </message>
    <message>
        <source>%1: the server answered HTTP %2 with a redirect to %3, which would change the request&apos;s method or drop its body; nothing was sent there. Correct the portal&apos;s URL.</source>
        <translation>%1: השרת ענה HTTP %2 עם הפניה אל %3, שהייתה משנה את שיטת הבקשה או משמיטה את תוכנה; דבר לא נשלח לשם. תקנו את כתובת ה-URL של הפורטל.</translation>
    </message>
    <message>
        <source>%1: HTTP %2, too many requests; the portal asked us to wait%3</source>
        <translation>%1: HTTP %2, יותר מדי בקשות; הפורטל ביקש להמתין%3</translation>
    </message>
</context>
<context>
    <name>OutageDesk::PublishedIncidents</name>
    <message>
        <source>The copy of incident %1 last sent to this portal cannot be read (%2); publish that incident again to replace it.</source>
        <translation>לא ניתן לקרוא את העותק של התקרית %1 שנשלח לאחרונה לפורטל זה (%2); פרסמו שוב את התקרית כדי להחליף אותו.</translation>
    </message>
</context>
<context>
    <name>OutageDesk::Publisher</name>
    <message>
        <source>No portal named “%1”; add it first (outagedesk portal add).</source>
        <translation>אין פורטל בשם „%1”; יש להוסיף אותו קודם (outagedesk portal add).</translation>
    </message>
    <message>
        <source>No incident %1.</source>
        <translation>אין תקרית %1.</translation>
    </message>
    <message>
        <source>The portal of this job was removed.</source>
        <translation>הפורטל של משימה זו הוסר.</translation>
    </message>
    <message>
        <source>The incident of this job was deleted.</source>
        <translation>התקרית של משימה זו נמחקה.</translation>
    </message>
    <message>
        <source>No keychain.</source>
        <translation>אין מחזיק מפתחות.</translation>
    </message>
    <message>
        <source>Published, but the workspace could not record it: %1</source>
        <translation>פורסם, אבל סביבת העבודה לא הצליחה לרשום זאת: %1</translation>
    </message>
    <message>
        <source>Portal %1 asks for its secret at each publish, and none was given: publish again or retry from the outbox, and type it when asked.</source>
        <translation>הפורטל %1 מבקש את הסוד שלו בכל פרסום, ולא ניתן סוד: יש לפרסם שוב או לנסות שוב מתיבת היוצא, ולהקליד אותו כשיתבקש.</translation>
    </message>
</context>
<context>
    <name>OutageDesk::PublishingActions</name>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;פרסום…</translation>
    </message>
    <message>
        <source>Publish the incident to a status portal, after a preview</source>
        <translation>פרסום התקרית בפורטל סטטוס, אחרי תצוגה מקדימה</translation>
    </message>
    <message>
        <source>P&amp;ortals…</source>
        <translation>&amp;פורטלים…</translation>
    </message>
    <message>
        <source>Out&amp;box…</source>
        <translation>תיבת &amp;יוצא…</translation>
    </message>
    <message numerus="yes">
        <source>%n publication(s) waiting</source>
        <translation>
            <numerusform>פרסום אחד ממתין</numerusform>
            <numerusform>%n פרסומים ממתינים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>offline — %n waiting</source>
        <translation>
            <numerusform>לא מקוון — אחד ממתין</numerusform>
            <numerusform>לא מקוון — %n ממתינים</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Workspace ▸ Outbox to see why and to retry.</source>
        <translation>אפשר לפתוח את סביבת עבודה ▸ תיבת יוצא כדי לראות את הסיבה ולנסות שוב.</translation>
    </message>
    <message>
        <source>Select the incident to publish first.</source>
        <translation>יש לבחור קודם את התקרית לפרסום.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>פרסום</translation>
    </message>
    <message>
        <source>Published to %1.</source>
        <translation>פורסם ב-%1.</translation>
    </message>
    <message>
        <source>%1 refused the publication:
%2

It stays in the outbox; fix the portal under Workspace ▸ Portals, then retry it from the outbox.</source>
        <translation>%1 דחה את הפרסום:
%2

הוא נשאר בתיבת היוצא; יש לתקן את הפורטל בסביבת עבודה ▸ פורטלים ואז לנסות שוב מתיבת היוצא.</translation>
    </message>
    <message>
        <source>Queued: %1 — it goes out by itself when %2 is reachable.</source>
        <translation>בתור: %1 — יישלח מעצמו כש-%2 יהיה זמין.</translation>
    </message>
    <message>
        <source>&amp;Build Portal…</source>
        <translation>&amp;בניית פורטל…</translation>
    </message>
    <message>
        <source>Write the workspace as a static status portal into a folder</source>
        <translation>כתיבת סביבת העבודה כפורטל סטטוס סטטי לתיקייה</translation>
    </message>
    <message>
        <source>Copy RCA as &amp;Markdown</source>
        <translation>העתקת ניתוח גורם השורש כ-&amp;Markdown</translation>
    </message>
    <message>
        <source>Copy RCA as &amp;HTML</source>
        <translation>העתקת ניתוח גורם השורש כ-&amp;HTML</translation>
    </message>
    <message>
        <source>Not published: portal %1 needs its secret.</source>
        <translation>לא פורסם: הפורטל %1 זקוק לסוד שלו.</translation>
    </message>
    <message>
        <source>The RCA is on the clipboard as Markdown.</source>
        <translation>ניתוח גורם השורש נמצא בלוח ההעתקה כ-Markdown.</translation>
    </message>
    <message>
        <source>The RCA is on the clipboard as HTML.</source>
        <translation>ניתוח גורם השורש נמצא בלוח ההעתקה כ-HTML.</translation>
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
        <translation>מודגש</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>נטוי</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>כותרת</translation>
    </message>
    <message>
        <source>List</source>
        <translation>רשימה</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>קישור</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>חיפוש</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>החלפה</translation>
    </message>
    <message>
        <source>Spelling language of this incident&apos;s RCA</source>
        <translation>שפת בדיקת האיות של ניתוח גורם השורש של תקרית זו</translation>
    </message>
    <message>
        <source>No spelling check</source>
        <translation>ללא בדיקת איות</translation>
    </message>
    <message>
        <source>No Hunspell dictionary is installed (Debian: hunspell-en-us, hunspell-de-de, …)</source>
        <translation>לא מותקן מילון Hunspell (Debian: hunspell-en-us, hunspell-he, …)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ייצוא</translation>
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
        <translation>שמירת הטקסט כתבנית…</translation>
    </message>
    <message>
        <source>Submit for Review</source>
        <translation>הגשה לבדיקה</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>אישור…</translation>
    </message>
    <message>
        <source>Back to Draft</source>
        <translation>חזרה לטיוטה</translation>
    </message>
    <message>
        <source>Start from Template</source>
        <translation>התחלה מתבנית</translation>
    </message>
    <message>
        <source>This incident has no RCA yet.</source>
        <translation>לתקרית זו עדיין אין ניתוח גורם שורש.</translation>
    </message>
    <message>
        <source>Select one revision to compare it with the current text, or two to compare them.</source>
        <translation>יש לבחור גרסה אחת כדי להשוות אותה לטקסט הנוכחי, או שתיים כדי להשוות ביניהן.</translation>
    </message>
    <message>
        <source>Restore This Revision</source>
        <translation>שחזור גרסה זו</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>תצוגה מקדימה</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>בדיקות</translation>
    </message>
    <message>
        <source>History</source>
        <translation>היסטוריה</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>מילה אחת</numerusform>
            <numerusform>%n מילים</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>לא נמצאו בעיות.</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s), %3 note(s)</source>
        <translation>%1 שגיאות, %2 אזהרות, %3 הערות</translation>
    </message>
    <message>
        <source>Checks (%1)</source>
        <translation>בדיקות (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Draft&lt;/b&gt;: not yet reviewed; it will not be published.</source>
        <translation>&lt;b&gt;טיוטה&lt;/b&gt;: טרם נבדקה; היא לא תפורסם.</translation>
    </message>
    <message>
        <source>&lt;b&gt;In review&lt;/b&gt;: waiting for approval; any edit returns it to draft.</source>
        <translation>&lt;b&gt;בבדיקה&lt;/b&gt;: ממתינה לאישור; כל עריכה מחזירה אותה לטיוטה.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Approved&lt;/b&gt; by %1 on %2; any edit returns it to draft.</source>
        <translation>&lt;b&gt;אושרה&lt;/b&gt; על ידי %1 ב-%2; כל עריכה מחזירה אותה לטיוטה.</translation>
    </message>
    <message>
        <source>Submit RCA for review</source>
        <translation>הגשת ניתוח גורם השורש לבדיקה</translation>
    </message>
    <message>
        <source>Approve RCA</source>
        <translation>אישור ניתוח גורם השורש</translation>
    </message>
    <message>
        <source>Return RCA to draft</source>
        <translation>החזרת ניתוח גורם השורש לטיוטה</translation>
    </message>
    <message>
        <source>That revision no longer exists.</source>
        <translation>גרסה זו כבר אינה קיימת.</translation>
    </message>
    <message>
        <source>Restore RCA revision of %1</source>
        <translation>שחזור גרסת ניתוח גורם השורש מ-%1</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; cannot be read.</source>
        <translation>לא ניתן לקרוא את התבנית „%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) changed</source>
        <translation>
            <numerusform>מילה אחת שונתה</numerusform>
            <numerusform>%n מילים שונו</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>לא ניתן לכתוב את %1: %2</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>דף אינטרנט (*.html)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export RCA</source>
        <translation>ייצוא ניתוח גורם השורש</translation>
    </message>
    <message>
        <source>Save as Template</source>
        <translation>שמירה כתבנית</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>שם התבנית:</translation>
    </message>
    <message>
        <source>Spelling &amp;Language</source>
        <translation>&amp;שפת איות</translation>
    </message>
    <message>
        <source>Choose Spelling &amp;Language…</source>
        <translation>בחירת &amp;שפת איות…</translation>
    </message>
    <message>
        <source>E&amp;xport RCA</source>
        <translation>&amp;ייצוא ניתוח גורם שורש</translation>
    </message>
    <message>
        <source>&amp;Export RCA…</source>
        <translation>&amp;ייצוא ניתוח גורם שורש…</translation>
    </message>
    <message>
        <source>&amp;Submit RCA for Review</source>
        <translation>&amp;הגשת הניתוח לבדיקה</translation>
    </message>
    <message>
        <source>&amp;Approve RCA…</source>
        <translation>&amp;אישור הניתוח…</translation>
    </message>
    <message>
        <source>Return RCA to Dra&amp;ft</source>
        <translation>החזרת הניתוח ל&amp;טיוטה</translation>
    </message>
    <message>
        <source>Not approved: set your name in Preferences first; an approval records who gave it.</source>
        <translation>לא אושר: יש להגדיר קודם את שמך בהעדפות; אישור מתעד מי נתן אותו.</translation>
    </message>
    <message numerus="yes">
        <source>Not approved: %n open error(s) in the checks (%1); fix or accept them first.</source>
        <translation>
            <numerusform>לא אושר: שגיאה פתוחה אחת בבדיקות (%1); יש לתקן או לאשר אותה קודם.</numerusform>
            <numerusform>לא אושר: %n שגיאות פתוחות בבדיקות (%1); יש לתקן או לאשר אותן קודם.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutageDesk::RcaOutlineModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(ללא כותרת)</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>שורה %1</translation>
    </message>
</context>
<context>
    <name>OutageDesk::RcaRenderer</name>
    <message>
        <source>Approved by %1 on %2</source>
        <translation>אושר על ידי %1 ב-%2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>לא ניתן לכתוב את %1: %2</translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation>לא ניתן להתחיל את ה-PDF</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>עמוד %1 מתוך %2</translation>
    </message>
    <message>
        <source>cannot finish the PDF</source>
        <translation>לא ניתן להשלים את ה-PDF</translation>
    </message>
</context>
<context>
    <name>OutageDesk::RcaReview</name>
    <message>
        <source>Draft</source>
        <translation>טיוטה</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>בבדיקה</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>מאושר</translation>
    </message>
    <message>
        <source>only a draft can be submitted for review (the RCA is %1)</source>
        <translation>רק טיוטה יכולה להיות מוגשת לבדיקה (ניתוח גורם השורש נמצא במצב: %1)</translation>
    </message>
    <message>
        <source>the RCA is empty</source>
        <translation>ניתוח גורם השורש ריק</translation>
    </message>
    <message>
        <source>the RCA is already approved by %1</source>
        <translation>ניתוח גורם השורש כבר אושר על ידי %1</translation>
    </message>
    <message>
        <source>an approval needs the approver&apos;s name</source>
        <translation>אישור דורש את שם המאשר</translation>
    </message>
    <message>
        <source>an approval needs its time</source>
        <translation>אישור דורש את מועד האישור</translation>
    </message>
    <message>
        <source>the RCA is already a draft</source>
        <translation>ניתוח גורם השורש כבר נמצא בטיוטה</translation>
    </message>
</context>
<context>
    <name>OutageDesk::RcaRevisionRepository</name>
    <message>
        <source>cannot record the RCA revision: %1</source>
        <translation>לא ניתן לרשום את הגרסה של ניתוח גורם השורש: %1</translation>
    </message>
</context>
<context>
    <name>OutageDesk::RcaRevisionsModel</name>
    <message>
        <source>Edited (%1)</source>
        <translation>נערך (%1)</translation>
    </message>
    <message>
        <source>Now %1</source>
        <translation>כעת %1</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>פורסם</translation>
    </message>
    <message>
        <source>Restored an earlier revision</source>
        <translation>שוחזרה גרסה קודמת</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>תו אחד</numerusform>
            <numerusform>%n תווים</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>מתי</translation>
    </message>
    <message>
        <source>What</source>
        <translation>מה</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>גודל</translation>
    </message>
    <message>
        <source>Before the first edit (%1)</source>
        <translation>לפני העריכה הראשונה (%1)</translation>
    </message>
    <message>
        <source>Accepted by %1: %2: %3</source>
        <translation>אושר על ידי %1: %2: %3</translation>
    </message>
    <message>
        <source>%1; accepted %2 (%3)</source>
        <translation>%1; אושר: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>OutageDesk::RcaStore</name>
    <message>
        <source>the incident no longer exists</source>
        <translation>התקרית כבר אינה קיימת</translation>
    </message>
    <message>
        <source>the incident has no RCA</source>
        <translation>לתקרית אין ניתוח גורם שורש</translation>
    </message>
</context>
<context>
    <name>OutageDesk::RcaTextEdit</name>
    <message>
        <source>link text</source>
        <translation>טקסט הקישור</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>אין הצעות</translation>
    </message>
    <message>
        <source>Add &quot;%1&quot; to Dictionary</source>
        <translation>הוספת „%1” למילון</translation>
    </message>
</context>
<context>
    <name>OutageDesk::RcaTextLinter</name>
    <message>
        <source>line %1: placeholder &quot;%2&quot; left in the text</source>
        <translation>שורה %1: מציין המיקום „%2” נשאר בטקסט</translation>
    </message>
    <message>
        <source>line %1: unknown generated-section marker %2</source>
        <translation>שורה %1: סמן לא מוכר של מקטע שנוצר אוטומטית %2</translation>
    </message>
    <message>
        <source>line %1: %2 must stand on a line of its own to be replaced</source>
        <translation>שורה %1: %2 חייב לעמוד בשורה משלו כדי שיוחלף</translation>
    </message>
    <message>
        <source>line %1: section &quot;%2&quot; is empty</source>
        <translation>שורה %1: המקטע „%2” ריק</translation>
    </message>
    <message>
        <source>required section &quot;%1&quot; is missing</source>
        <translation>מקטע החובה „%1” חסר</translation>
    </message>
    <message>
        <source>%1 is missing: the section &quot;%2&quot; will not show the recorded data</source>
        <translation>%1 חסר: המקטע „%2” לא יציג את הנתונים שנרשמו</translation>
    </message>
    <message>
        <source>the text does not say whether customer data was affected</source>
        <translation>הטקסט אינו מציין אם נתוני לקוחות נפגעו</translation>
    </message>
    <message>
        <source>the text does not say whether a security breach was found</source>
        <translation>הטקסט אינו מציין אם נמצאה פרצת אבטחה</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; may be misspelt</source>
        <translation>שורה %1: ייתכן ש-„%2” מאוית שגוי</translation>
    </message>
    <message>
        <source>the incident has no RCA text yet</source>
        <translation>לתקרית עדיין אין טקסט של ניתוח גורם שורש</translation>
    </message>
    <message>
        <source>action item &quot;%1&quot; has no owner</source>
        <translation>למשימה „%1” אין אחראי</translation>
    </message>
    <message>
        <source>action item &quot;%1&quot; has no due date</source>
        <translation>למשימה „%1” אין תאריך יעד</translation>
    </message>
</context>
<context>
    <name>OutageDesk::SmtpTransport</name>
    <message>
        <source>the relay must be given as smtp://HOST:PORT or smtps://HOST:PORT, not “%1”</source>
        <translation>יש לציין את שרת הממסר כ-smtp://HOST:PORT או smtps://HOST:PORT, לא “%1”</translation>
    </message>
    <message>
        <source>the relay URL has no path: smtp://HOST:PORT</source>
        <translation>לכתובת שרת הממסר אין נתיב: smtp://HOST:PORT</translation>
    </message>
    <message>
        <source>the sender “%1” is not an e-mail address</source>
        <translation>השולח “%1” אינו כתובת דוא״ל</translation>
    </message>
</context>
<context>
    <name>OutageDesk::StatusUpdatesTableModel</name>
    <message>
        <source>Posted</source>
        <translation>פורסם</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <source>Message (customer-facing)</source>
        <translation>הודעה (ללקוחות)</translation>
    </message>
    <message>
        <source>A status update needs the time it was posted.</source>
        <translation>עדכון סטטוס דורש את מועד הפרסום שלו.</translation>
    </message>
    <message>
        <source>Change update time</source>
        <translation>שינוי מועד העדכון</translation>
    </message>
    <message>
        <source>Change update status</source>
        <translation>שינוי המצב של העדכון</translation>
    </message>
    <message>
        <source>Edit update message</source>
        <translation>עריכת הודעת העדכון</translation>
    </message>
</context>
<context>
    <name>OutageDesk::StatuspageConnector</name>
    <message>
        <source>Portal %1 has no Statuspage page id.</source>
        <translation>לפורטל %1 אין מזהה דף ב-Statuspage.</translation>
    </message>
    <message>
        <source>Creating incident on Statuspage</source>
        <translation>יוצר את התקרית ב-Statuspage</translation>
    </message>
    <message>
        <source>Statuspage created the incident but sent no id back.</source>
        <translation>Statuspage יצר את התקרית אך לא החזיר מזהה.</translation>
    </message>
    <message>
        <source>Removing duplicate incident %1 from Statuspage</source>
        <translation>מסיר את התקרית הכפולה %1 מ-Statuspage</translation>
    </message>
    <message>
        <source>Posting update %1 to Statuspage</source>
        <translation>שולח את העדכון %1 ל-Statuspage</translation>
    </message>
    <message>
        <source>Sending the postmortem to Statuspage</source>
        <translation>שולח את ה-postmortem ל-Statuspage</translation>
    </message>
    <message>
        <source>Publishing the postmortem on Statuspage</source>
        <translation>מפרסם את ה-postmortem ב-Statuspage</translation>
    </message>
    <message>
        <source>The incident&apos;s title has %1 characters; Statuspage accepts at most %2. Shorten it, then publish again.</source>
        <translation>לכותרת התקרית יש %1 תווים; Statuspage מקבל לכל היותר %2. קצרו אותה ופרסמו שוב.</translation>
    </message>
    <message>
        <source>Status update %1 has %2 characters; Statuspage accepts at most %3 per update. Shorten or split it, then publish again.</source>
        <translation>לעדכון הסטטוס %1 יש %2 תווים; Statuspage מקבל לכל היותר %3 לעדכון. קצרו או פצלו אותו ופרסמו שוב.</translation>
    </message>
    <message>
        <source>Reading the incident back from Statuspage</source>
        <translation>קריאת התקרית בחזרה מ-Statuspage</translation>
    </message>
</context>
<context>
    <name>OutageDesk::TimeRangeOptions</name>
    <message>
        <source>start of the period (RFC 3339 or YYYY-MM-DD)</source>
        <translation>תחילת התקופה (RFC 3339 או YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>end of the period, exclusive</source>
        <translation>סוף התקופה, לא כולל</translation>
    </message>
    <message>
        <source>only this data center</source>
        <translation>מרכז נתונים זה בלבד</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>חובה לציין --%1</translation>
    </message>
    <message>
        <source>--%1 %2: %3</source>
        <translation>--%1 %2: %3</translation>
    </message>
    <message>
        <source>the period is empty or reversed: --to %1 is not after --from %2</source>
        <translation>התקופה ריקה או הפוכה: --to %1 אינו אחרי --from %2</translation>
    </message>
</context>
<context>
    <name>OutageDesk::WallTimeDelegate</name>
    <message>
        <source>Wall time in %1; the zone&apos;s daylight saving is taken into account.</source>
        <translation>שעון מקומי ב-%1; שעון הקיץ של האזור נלקח בחשבון.</translation>
    </message>
</context>
<context>
    <name>OutageDesk::WallTimeEntry</name>
    <message>
        <source>%1 does not exist on %2 in %3 (the clocks were put forward); use %4?</source>
        <translation>השעה %1 אינה קיימת ב-%2 ב-%3 (השעון הוקדם); להשתמש ב-%4?</translation>
    </message>
    <message>
        <source>%1 happened twice on %2 in %3 (the clocks were put back). Which one?</source>
        <translation>השעה %1 התרחשה פעמיים ב-%2 ב-%3 (השעון הוחזר לאחור). איזו מהן?</translation>
    </message>
    <message>
        <source>First, %1</source>
        <translation>הראשונה, %1</translation>
    </message>
    <message>
        <source>Second, %1</source>
        <translation>השנייה, %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be placed in %2.</source>
        <translation>לא ניתן למקם את „%1” ב-%2.</translation>
    </message>
</context>
<context>
    <name>OutageDesk::WallTimeParser</name>
    <message>
        <source>2016-11-14 14:56 or 2016-11-14 2:56 PM</source>
        <translation>2016-11-14 14:56 או 2016-11-14 2:56 PM</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time. Type it as %2 (in %3).</source>
        <translation>„%1” אינו תאריך ושעה. יש להקליד כ-%2 (לפי %3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (in &quot;%2&quot;). Type it as %3.</source>
        <translation>„%1” אינו תאריך (ב-„%2”). יש להקליד כ-%3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a year (in &quot;%2&quot;). Type it as %3.</source>
        <translation>ל-„%1” נדרשת שנה (ב-„%2”). יש להקליד כ-%3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no time. Type it as %2.</source>
        <translation>ל-„%1” אין שעה. יש להקליד כ-%2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time (in &quot;%2&quot;). Type it as %3.</source>
        <translation>„%1” אינו שעה (ב-„%2”). יש להקליד כ-%3.</translation>
    </message>
    <message>
        <source>&quot;%1 %2&quot; mixes a 24-hour time with AM/PM (in &quot;%3&quot;). Type %4 or %5.</source>
        <translation>„%1 %2” מערב שעה בתבנית 24 שעות עם AM/PM (ב-„%3”). יש להקליד %4 או %5.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day (in &quot;%2&quot;). Type it as %3.</source>
        <translation>„%1” אינו שעה ביום (ב-„%2”). יש להקליד כ-%3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no date. Type it as %2.</source>
        <translation>ל-„%1” אין תאריך. יש להקליד כ-%2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; after the time was not understood (in &quot;%2&quot;). Type the time as %3; it is read in %4.</source>
        <translation>„%1” אחרי השעה לא הובן (ב-„%2”). יש להקליד את השעה כ-%3; היא נקראת לפי %4.</translation>
    </message>
</context>
<context>
    <name>OutageDesk::WebDavConnector</name>
    <message>
        <source>Reading %1</source>
        <translation>קורא את %1</translation>
    </message>
    <message>
        <source>Creating folder %1</source>
        <translation>יוצר את התיקייה %1</translation>
    </message>
    <message>
        <source>Uploading %1</source>
        <translation>מעלה את %1</translation>
    </message>
    <message>
        <source>Deleting %1</source>
        <translation>מוחק את %1</translation>
    </message>
    <message>
        <source>%1 lists “%2”, which is not a file Outage Desk generates; it was left alone, not deleted.</source>
        <translation>%1 מציין את „%2”, שאינו קובץ ש-Outage Desk מייצר; הוא נשאר כפי שהוא ולא נמחק.</translation>
    </message>
</context>
<context>
    <name>OutageDesk::WindowsTableModel</name>
    <message>
        <source>ongoing</source>
        <translation>נמשך</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 עד כה</translation>
    </message>
    <message>
        <source>%1 in %2 (%3)</source>
        <translation>%1 ב-%2 (%3)</translation>
    </message>
    <message>
        <source>Still ongoing: leave the end empty until the service is back.</source>
        <translation>עדיין נמשך: יש להשאיר את הסיום ריק עד שהשירות יחזור.</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>מופע</translation>
    </message>
    <message>
        <source>Start (data center time)</source>
        <translation>התחלה (שעון מרכז הנתונים)</translation>
    </message>
    <message>
        <source>End</source>
        <translation>סיום</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>משך</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>השפעה</translation>
    </message>
    <message>
        <source>Change window instance</source>
        <translation>שינוי המופע של החלון</translation>
    </message>
    <message>
        <source>Change window impact</source>
        <translation>שינוי ההשפעה של החלון</translation>
    </message>
    <message>
        <source>A window needs a start time.</source>
        <translation>חלון דורש שעת התחלה.</translation>
    </message>
    <message>
        <source>Change window start</source>
        <translation>שינוי ההתחלה של החלון</translation>
    </message>
    <message>
        <source>Change window end</source>
        <translation>שינוי הסיום של החלון</translation>
    </message>
    <message>
        <source>%1 to %2 is %3, from evening to the next morning: %4</source>
        <translation>מ-%1 עד %2 זה %3, מהערב עד הבוקר שלמחרת: %4</translation>
    </message>
    <message>
        <source>Fix AM/PM slip</source>
        <translation>תיקון בלבול AM/PM</translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1 (לא נשמר)</translation>
    </message>
    <message>
        <source>end not saved</source>
        <translation>הסיום לא נשמר</translation>
    </message>
    <message>
        <source>Times kept as typed: %1 is now read in %2 (%3).</source>
        <translation>השעות נשמרו כפי שהוקלדו: %1 נקרא כעת לפי %2 (%3).</translation>
    </message>
    <message>
        <source>The end moved with the start, to %1, keeping the window&apos;s %2.</source>
        <translation>הסיום זז יחד עם ההתחלה, אל %1, והחלון שומר על %2 שלו.</translation>
    </message>
    <message>
        <source>The end %1 is not after the start %2: %3</source>
        <translation>הסיום %1 אינו אחרי ההתחלה %2: %3</translation>
    </message>
    <message>
        <source>The end %1 is not after the start %2.</source>
        <translation>הסיום %1 אינו אחרי ההתחלה %2.</translation>
    </message>
</context>
<context>
    <name>OutageDesk::Workspace</name>
    <message>
        <source>Workspace %1 does not exist.</source>
        <translation>סביבת העבודה %1 אינה קיימת.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the workspace.</source>
        <translation>לא ניתן ליצור את התיקייה %1 עבור סביבת העבודה.</translation>
    </message>
    <message>
        <source>Workspace %1 is already open for writing by another Outage Desk (process %2 on %3). Close it there first.</source>
        <translation>סביבת העבודה %1 כבר פתוחה לכתיבה במופע אחר של Outage Desk (תהליך %2 ב-%3). יש לסגור אותה שם קודם.</translation>
    </message>
    <message>
        <source>Cannot open workspace %1: %2</source>
        <translation>לא ניתן לפתוח את סביבת העבודה %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an Outage Desk workspace (not an SQLite database).</source>
        <translation>%1 אינו סביבת עבודה של Outage Desk (אינו מסד נתונים של SQLite).</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not an Outage Desk workspace.</source>
        <translation>%1 הוא מסד נתונים של SQLite אבל אינו סביבת עבודה של Outage Desk.</translation>
    </message>
    <message>
        <source>Workspace %1 was written by a newer Outage Desk (schema %2; this version understands up to %3). It was not changed; open it with the newer version.</source>
        <translation>סביבת העבודה %1 נכתבה בגרסה חדשה יותר של Outage Desk (סכֵמה %2; גרסה זו מבינה עד %3). היא לא שונתה; יש לפתוח אותה בגרסה החדשה.</translation>
    </message>
    <message>
        <source>Workspace %1 needs an upgrade (schema %2 → %3); open it for writing once.</source>
        <translation>סביבת העבודה %1 דורשת שדרוג (סכֵמה %2 ← %3); יש לפתוח אותה פעם אחת לכתיבה.</translation>
    </message>
    <message>
        <source>Cannot prepare the search index of %1: %2</source>
        <translation>לא ניתן להכין את אינדקס החיפוש של %1: %2</translation>
    </message>
    <message>
        <source>Cannot configure workspace %1: %2</source>
        <translation>לא ניתן להגדיר את סביבת העבודה %1: %2</translation>
    </message>
    <message>
        <source>Cannot copy workspace %1 aside before upgrading it: %2</source>
        <translation>לא ניתן לשמור עותק של סביבת העבודה %1 לפני השדרוג: %2</translation>
    </message>
    <message>
        <source>migration %1 is missing from this build</source>
        <translation>ההגירה %1 חסרה בגרסה זו</translation>
    </message>
    <message>
        <source>Cannot upgrade workspace %1: %2</source>
        <translation>לא ניתן לשדרג את סביבת העבודה %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>לא ניתן לקרוא את %1</translation>
    </message>
    <message>
        <source>no workspace is open</source>
        <translation>אין סביבת עבודה פתוחה</translation>
    </message>
    <message>
        <source>workspace %1 is open read-only</source>
        <translation>סביבת העבודה %1 פתוחה לקריאה בלבד</translation>
    </message>
    <message>
        <source>Workspace %1 was left in the middle of a write (an interrupted import?); open it for writing once to roll that back.</source>
        <translation>סביבת העבודה %1 נותרה באמצע כתיבה (ייבוא שנקטע?); פתחו אותה פעם אחת לכתיבה כדי לבטל את הכתיבה.</translation>
    </message>
    <message>
        <source>no workspace is open for writing</source>
        <translation>אין סביבת עבודה פתוחה לכתיבה</translation>
    </message>
    <message>
        <source>restore it from a backup</source>
        <translation>שחזרו אותה מגיבוי</translation>
    </message>
    <message>
        <source>restore the copy kept before the last upgrade (%1), losing what was written since</source>
        <translation>שחזרו את העותק שנשמר לפני השדרוג האחרון (%1), ומה שנכתב מאז יאבד</translation>
    </message>
    <message>
        <source>Workspace %1 is damaged (%2). It was not read or changed. To recover, %3, or salvage what SQLite can still read with “sqlite3 %1 .recover | sqlite3 recovered.sqlite” and open that; “outagedesk check” lists the damage.</source>
        <translation>סביבת העבודה %1 פגומה (%2). היא לא נקראה ולא שונתה. לשחזור: %3, או הצילו את מה ש־SQLite עדיין יכול לקרוא בעזרת &quot;sqlite3 %1 .recover | sqlite3 recovered.sqlite&quot; ופתחו את הקובץ שנוצר; &quot;outagedesk check&quot; מפרט את הנזק.</translation>
    </message>
    <message>
        <source>the file is %1 bytes long, its header says %2: it was cut short</source>
        <translation>אורך הקובץ %1 בתים, הכותרת שלו מציינת %2: הוא נקטע</translation>
    </message>
    <message>
        <source>Workspace %1 is read-only (%2): it can be listed and exported, not changed.</source>
        <translation>סביבת העבודה %1 לקריאה בלבד (%2): אפשר להציג ולייצא אותה, לא לשנות.</translation>
    </message>
    <message>
        <source>the file cannot be written</source>
        <translation>אי אפשר לכתוב לקובץ</translation>
    </message>
    <message>
        <source>its folder cannot be written, and a writer keeps a lock file and a journal there</source>
        <translation>אי אפשר לכתוב לתיקייה שלה, ומי שכותב שומר שם קובץ נעילה ויומן</translation>
    </message>
    <message>
        <source>Cannot create workspace %1: the folder is not writable.</source>
        <translation>לא ניתן ליצור את סביבת העבודה %1: אין הרשאת כתיבה לתיקייה.</translation>
    </message>
</context>
<context>
    <name>OutageDesk::ZonePicker</name>
    <message>
        <source>Type to search, e.g. Amsterdam</source>
        <translation>יש להקליד לחיפוש, למשל Amsterdam</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation>תיבת יוצא</translation>
    </message>
    <message>
        <source>Publications that have not reached their portal yet. Waiting ones are retried by themselves; those that need attention go out after you fix the portal and retry.</source>
        <translation>פרסומים שעדיין לא הגיעו לפורטל שלהם. פרסומים ממתינים נשלחים שוב מעצמם; פרסומים שדורשים טיפול יוצאים אחרי שמתקנים את הפורטל ומנסים שוב.</translation>
    </message>
    <message>
        <source>&amp;Retry Now</source>
        <translation>&amp;ניסיון חוזר כעת</translation>
    </message>
    <message>
        <source>&amp;Cancel Publication</source>
        <translation>&amp;ביטול הפרסום</translation>
    </message>
    <message>
        <source>Withdraw the selected publication before it goes out</source>
        <translation>ביטול הפרסום שנבחר לפני שהוא יוצא</translation>
    </message>
</context>
<context>
    <name>OutboxRepository</name>
    <message>
        <source>The incident %1 no longer exists.</source>
        <translation>התקרית %1 כבר אינה קיימת.</translation>
    </message>
    <message>
        <source>There is no publication %1 in the outbox.</source>
        <translation>אין פרסום %1 בתיבת היוצא.</translation>
    </message>
    <message>
        <source>Publication %1 has already gone out to %2.</source>
        <translation>הפרסום %1 כבר יצא אל %2.</translation>
    </message>
    <message>
        <source>Publication %1 is being sent to %2 (or its last attempt was interrupted and may have reached it): it cannot be cancelled now.</source>
        <translation>הפרסום %1 נשלח כעת אל %2 (או שהניסיון האחרון שלו נקטע ואולי הגיע אליו): אי אפשר לבטל אותו עכשיו.</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>לא ניתן לכתוב את %1: %2</translation>
    </message>
</context>
<context>
    <name>PortalSite</name>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>לא ניתן ליצור את התיקייה עבור %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>לא ניתן לכתוב את %1: %2</translation>
    </message>
</context>
<context>
    <name>PortalsDialog</name>
    <message>
        <source>Portals</source>
        <translation>פורטלים</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;חדש</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>ה&amp;סרה</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;שם:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;סוג:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;כתובת:</translation>
    </message>
    <message>
        <source>https://status.example.com/dav/</source>
        <translation>https://status.example.com/dav/</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;משתמש:</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;סוד:</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>ללא שינוי</translation>
    </message>
    <message>
        <source>&amp;Page id:</source>
        <translation>מזהה &amp;דף:</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>אישור &amp;רשות אישורים:</translation>
    </message>
    <message>
        <source>only for a private CA</source>
        <translation>רק לרשות אישורים פרטית</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;עיון…</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;שפה:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;כותרת:</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;זמן קצוב:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> שנ׳</translation>
    </message>
    <message>
        <source>C&amp;omponents:</source>
        <translation>&amp;רכיבים:</translation>
    </message>
    <message>
        <source>Where publications go. Secrets (passwords, API keys) are kept in the system keychain, never in the workspace; a portal can also ask for its secret at each publish and keep it nowhere.</source>
        <translation>לאן הפרסומים הולכים. סודות (סיסמאות, מפתחות API) נשמרים במחזיק המפתחות של המערכת, לעולם לא בסביבת העבודה; פורטל יכול גם לבקש את הסוד שלו בכל פרסום ולא לשמור אותו בשום מקום.</translation>
    </message>
    <message>
        <source>As&amp;k at each publish</source>
        <translation>&amp;לשאול בכל פרסום</translation>
    </message>
    <message>
        <source>Keep the secret nowhere: it is asked for at every publish and held in memory for that publication only</source>
        <translation>לא לשמור את הסוד בשום מקום: הוא נשאל בכל פרסום ונשמר בזיכרון רק עבור אותו פרסום</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;בדיקת חיבור</translation>
    </message>
    <message>
        <source>Ask the portal whether these settings work, changing nothing on it</source>
        <translation>לשאול את הפורטל אם ההגדרות האלה עובדות, בלי לשנות בו דבר</translation>
    </message>
    <message>
        <source>As&amp;k for the Secret at Each Publish</source>
        <translation>&amp;לבקש את הסוד בכל פרסום</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>העדפות</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;ערכת נושא:</translation>
    </message>
    <message>
        <source>Tab &amp;key in the RCA text:</source>
        <translation>מקש &amp;Tab בטקסט הניתוח:</translation>
    </message>
    <message>
        <source>In a list item Tab always indents the item and Shift+Tab outdents it.</source>
        <translation>בפריט רשימה, Tab תמיד מזיח את הפריט פנימה ו־Shift+Tab מחזיר אותו.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>ה&amp;שם שלך:</translation>
    </message>
    <message>
        <source>as it goes on an approval</source>
        <translation>כפי שיופיע באישור</translation>
    </message>
    <message>
        <source>T&amp;ime format:</source>
        <translation>&amp;תבנית שעה:</translation>
    </message>
    <message>
        <source>How this window shows times. Portals, exports and mails keep the convention of their own language.</source>
        <translation>האופן שבו חלון זה מציג שעות. פורטלים, ייצואים ודואר שומרים על המוסכמה של השפה שלהם.</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish</source>
        <translation>פרסום</translation>
    </message>
    <message>
        <source>&amp;Portal:</source>
        <translation>&amp;פורטל:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;הערה:</translation>
    </message>
    <message>
        <source>shown in the Publication History</source>
        <translation>מוצגת בהיסטוריית הפרסומים</translation>
    </message>
    <message>
        <source>Notify the portal&apos;s &amp;subscribers (mail, SMS)</source>
        <translation>שליחת הודעה ל&amp;מנויי הפורטל (דוא״ל, SMS)</translation>
    </message>
    <message>
        <source>Exactly what goes out:</source>
        <translation>מה בדיוק יוצא:</translation>
    </message>
    <message>
        <source>&amp;Add Portal…</source>
        <translation>&amp;הוספת פורטל…</translation>
    </message>
</context>
<context>
    <name>PublishOutcome</name>
    <message>
        <source> (the server asked to wait longer than one hour; the next attempt is in one hour)</source>
        <translation> (השרת ביקש להמתין יותר משעה; הניסיון הבא יהיה בעוד שעה)</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <extracomment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</extracomment>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>RcaClipboard</name>
    <message>
        <source>Select the incident whose RCA to copy first.</source>
        <translation>יש לבחור תחילה את התקרית שאת ניתוח גורם השורש שלה רוצים להעתיק.</translation>
    </message>
    <message>
        <source>“%1” has no RCA yet: there is nothing to copy.</source>
        <translation>ל-“%1” אין עדיין ניתוח גורם שורש: אין מה להעתיק.</translation>
    </message>
</context>
<context>
    <name>RcaHighlighter</name>
    <message>
        <source>built-in Markdown highlighter</source>
        <translation>הדגשת Markdown מובנית</translation>
    </message>
</context>
<context>
    <name>RcaTemplates</name>
    <message>
        <source>&quot;%1&quot; is not a usable template name</source>
        <translation>„%1” אינו שם תבנית שמיש</translation>
    </message>
    <message>
        <source>cannot save the template: %1</source>
        <translation>לא ניתן לשמור את התבנית: %1</translation>
    </message>
</context>
<context>
    <name>Rfc3339</name>
    <message>
        <source>not an RFC 3339 timestamp (expected e.g. 2016-11-14T14:56:00+01:00)</source>
        <translation>אינו חותמת זמן RFC 3339 (צפוי למשל 2016-11-14T14:56:00+01:00)</translation>
    </message>
    <message>
        <source>timestamp has no UTC offset (add Z or ±hh:mm; a wall time alone is ambiguous)</source>
        <translation>לחותמת הזמן אין היסט UTC (יש להוסיף Z או ±hh:mm; שעה מקומית לבדה אינה חד-משמעית)</translation>
    </message>
    <message>
        <source>timestamp has an out-of-range date, time or offset</source>
        <translation>לחותמת הזמן יש תאריך, שעה או היסט מחוץ לטווח</translation>
    </message>
    <message>
        <source>timestamp is outside the supported years 0001 to 9999 (in UTC)</source>
        <translation>חותמת הזמן מחוץ לשנים הנתמכות 0001 עד 9999 (ב־UTC)</translation>
    </message>
</context>
<context>
    <name>SecretPrompt</name>
    <message>
        <source>Secret for portal %1 (for this publication only, not stored): </source>
        <translation>סוד עבור הפורטל %1 (לפרסום הזה בלבד, לא נשמר): </translation>
    </message>
</context>
<context>
    <name>SecretQuestion</name>
    <message>
        <source>Secret (password or API key) of portal %1, for this publication only; it is not stored:</source>
        <translation>הסוד (סיסמה או מפתח API) של הפורטל %1, לפרסום הזה בלבד; הוא אינו נשמר:</translation>
    </message>
    <message>
        <source>Secret (password or API key) of portal %1, for this test only; it is not stored:</source>
        <translation>הסוד (סיסמה או מפתח API) של הפורטל %1, לבדיקה הזו בלבד; הוא אינו נשמר:</translation>
    </message>
    <message>
        <source>Portal Secret</source>
        <translation>סוד הפורטל</translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message>
        <source>%1 d %2 h %3 min</source>
        <translation>%1 ימים %2 שע׳ %3 דק׳</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 שע׳ %2 דק׳</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 דק׳</translation>
    </message>
</context>
<context>
    <name>WebhookConnector</name>
    <message>
        <source>Posting to %1</source>
        <translation>שולח אל %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>outagedesk: unknown language: %1</source>
        <translation>outagedesk: שפה לא מוכרת: %1</translation>
    </message>
</context>
</TS>
