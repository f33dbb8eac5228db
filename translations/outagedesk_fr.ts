<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AmPmSlip</name>
    <message>
        <source>did you mean %1?</source>
        <translation>vouliez-vous dire %1&#xa0;?</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Approve RCA</source>
        <translation>Approuver l&apos;analyse des causes profondes</translation>
    </message>
</context>
<context>
    <name>AvailabilityCommand</name>
    <message>
        <source>downtime and availability per data center and instance</source>
        <translation>temps d&apos;arrêt et disponibilité par centre de données et par instance</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>afficher du JSON</translation>
    </message>
    <message>
        <source>availability: unknown data center %1</source>
        <translation>availability&#xa0;: centre de données inconnu %1</translation>
    </message>
</context>
<context>
    <name>AvailabilityReport</name>
    <message>
        <source>Availability from %1 to %2
</source>
        <translation>Disponibilité du %1 au %2
</translation>
    </message>
</context>
<context>
    <name>BuildPortalDialog</name>
    <message>
        <source>Build Portal</source>
        <translation>Générer le portail</translation>
    </message>
    <message>
        <source>Writes the whole workspace as a static status portal into a folder, as “outagedesk portal build” does: every incident as it is now, without internal notes or unapproved RCAs. Nothing is uploaded.</source>
        <translation>Écrit tout l&apos;espace de travail sous forme de portail d&apos;état statique dans un dossier, comme «&#xa0;outagedesk portal build&#xa0;»&#xa0;: chaque incident tel qu&apos;il est maintenant, sans notes internes ni ACP non approuvées. Rien n&apos;est envoyé.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>a default heading in the portal&apos;s language</source>
        <translation>un titre par défaut dans la langue du portail</translation>
    </message>
    <message>
        <source>Site &amp;URL:</source>
        <translation>&amp;URL du site&#xa0;:</translation>
    </message>
    <message>
        <source>for the feed&apos;s links; empty: relative links</source>
        <translation>pour les liens du flux&#xa0;; vide&#xa0;: liens relatifs</translation>
    </message>
</context>
<context>
    <name>CustomersDialog</name>
    <message>
        <source>Registered Customers</source>
        <translation>Clients inscrits</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Subscribed &amp;to:</source>
        <translation>Abonné &amp;à&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <source>Add or update customers from a CSV file with the columns email, name, language and subscriptions</source>
        <translation>Ajouter ou mettre à jour des clients depuis un fichier CSV aux colonnes email, name, language et subscriptions</translation>
    </message>
    <message>
        <source>&amp;Unsubscribe</source>
        <translation>&amp;Désabonner</translation>
    </message>
    <message>
        <source>Keep the selected customers on record but send them nothing more</source>
        <translation>Garder les clients sélectionnés sans plus rien leur envoyer</translation>
    </message>
    <message>
        <source>&amp;Resubscribe</source>
        <translation>&amp;Réabonner</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Supprimer</translation>
    </message>
</context>
<context>
    <name>DataCentersDialog</name>
    <message>
        <source>Data Centers and Instances</source>
        <translation>Centres de données et instances</translation>
    </message>
    <message>
        <source>&amp;Data centers</source>
        <translation>&amp;Centres de données</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
    <message>
        <source>Short key, e.g. EU</source>
        <translation>Code court, p. ex. EU</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Europe Data Center</source>
        <translation>p. ex. Centre de données Europe</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Update selected</source>
        <translation>&amp;Mettre à jour la sélection</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;Supprimer la sélection</translation>
    </message>
    <message>
        <source>&amp;Instances</source>
        <translation>&amp;Instances</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;om&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Primo MT EU01</source>
        <translation>p. ex. Primo MT EU01</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Produit&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Primo</source>
        <translation>p. ex. Primo</translation>
    </message>
    <message>
        <source>Data &amp;center:</source>
        <translation>Centre de &amp;données&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>U&amp;pdate selected</source>
        <translation>Mettre à &amp;jour la sélection</translation>
    </message>
    <message>
        <source>R&amp;emove selected</source>
        <translation>Supprim&amp;er la sélection</translation>
    </message>
</context>
<context>
    <name>GanttExportDialog</name>
    <message>
        <source>Export chart</source>
        <translation>Exporter le diagramme</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>chart.png, chart.svg or chart.pdf</source>
        <translation>diagramme.png, diagramme.svg ou diagramme.pdf</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Taille&#xa0;:</translation>
    </message>
    <message>
        <source>pixels (points for PDF)</source>
        <translation>pixels (points pour le PDF)</translation>
    </message>
</context>
<context>
    <name>HttpTransport</name>
    <message>
        <source>Cannot read a PEM certificate from the CA file %1 of portal %2.</source>
        <translation>Impossible de lire un certificat PEM dans le fichier d&apos;autorité de certification %1 du portail %2.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>import incident files (exchange format), each all-or-nothing</source>
        <translation>importer des fichiers d&apos;incidents (format d&apos;échange), chacun en entier ou pas du tout</translation>
    </message>
    <message>
        <source>files to import</source>
        <translation>fichiers à importer</translation>
    </message>
    <message>
        <source>import: name at least one file</source>
        <translation>import&#xa0;: indiquez au moins un fichier</translation>
    </message>
    <message>
        <source>%1: %2 created, %3 updated</source>
        <translation>%1&#xa0;: %2 créés, %3 mis à jour</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>What customers noticed, e.g. “Primo MT EU01 unreachable”</source>
        <translation>Ce que les clients ont constaté, p. ex. «&#xa0;Primo MT EU01 inaccessible&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Cause:</source>
        <translation>&amp;Cause&#xa0;:</translation>
    </message>
    <message>
        <source>Short cause, e.g. “Storage controller failure”</source>
        <translation>Cause en bref, p. ex. «&#xa0;Panne d&apos;un contrôleur de stockage&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Detected by:</source>
        <translation>&amp;Détecté par&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. 24x7 monitoring</source>
        <translation>p. ex. supervision 24 h/24, 7 j/7</translation>
    </message>
    <message>
        <source>Security &amp;breach:</source>
        <translation>&amp;Faille de sécurité&#xa0;:</translation>
    </message>
    <message>
        <source>Internal notes: staff only, never published</source>
        <translation>Notes internes&#xa0;: réservées à l&apos;équipe, jamais publiées</translation>
    </message>
    <message>
        <source>Only the JSON export carries these notes; portals, HTML and PDF never do.</source>
        <translation>Seul l&apos;export JSON contient ces notes&#xa0;; jamais les portails, le HTML ni le PDF.</translation>
    </message>
    <message>
        <source>Notes for the team: who was paged, what not to say publicly…</source>
        <translation>Notes pour l&apos;équipe&#xa0;: qui a été alerté, ce qu&apos;il ne faut pas dire publiquement…</translation>
    </message>
    <message>
        <source>&amp;Windows</source>
        <translation>&amp;Fenêtres</translation>
    </message>
    <message>
        <source>Add window</source>
        <translation>Ajouter une fenêtre</translation>
    </message>
    <message>
        <source>Remove window</source>
        <translation>Supprimer la fenêtre</translation>
    </message>
    <message>
        <source>Times are in each data center&apos;s own zone; leave the end empty while a window is ongoing.</source>
        <translation>Les heures sont celles du fuseau de chaque centre de données&#xa0;; laissez la fin vide tant qu&apos;une fenêtre est en cours.</translation>
    </message>
    <message>
        <source>Status &amp;updates</source>
        <translation>&amp;Mises à jour d&apos;état</translation>
    </message>
    <message>
        <source>Add update</source>
        <translation>Ajouter une mise à jour</translation>
    </message>
    <message>
        <source>Remove update</source>
        <translation>Supprimer la mise à jour</translation>
    </message>
    <message>
        <source>&amp;Action items</source>
        <translation>&amp;Actions correctives</translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>Remove action item</source>
        <translation>Supprimer l&apos;action</translation>
    </message>
    <message>
        <source>&amp;RCA</source>
        <translation>A&amp;CP</translation>
    </message>
    <message>
        <source>Add from template</source>
        <translation>Ajouter depuis un modèle</translation>
    </message>
    <message>
        <source>A status update with the incident&apos;s facts filled in, in the customers&apos; language</source>
        <translation>Une mise à jour d&apos;état reprenant les faits de l&apos;incident, dans la langue des clients</translation>
    </message>
    <message>
        <source>Severit&amp;y:</source>
        <translation>&amp;Gravité&#xa0;:</translation>
    </message>
    <message>
        <source>Custo&amp;mer data affected:</source>
        <translation>Données clie&amp;nts touchées&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Use the fix</source>
        <translation>&amp;Utiliser la correction</translation>
    </message>
    <message>
        <source>&amp;Keep as typed</source>
        <translation>&amp;Garder tel quel</translation>
    </message>
    <message>
        <source>You looked at it and the window is right as it is: recorded as accepted, under your name.</source>
        <translation>Vous l&apos;avez vérifiée et la fenêtre est juste telle quelle&#xa0;: enregistré comme accepté, à votre nom.</translation>
    </message>
</context>
<context>
    <name>IncidentImporter</name>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>%1 attendu, %2 trouvé</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>champ obligatoire manquant</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; (expected one of: %2)</source>
        <translation>valeur inconnue «&#xa0;%1&#xa0;» (attendu l&apos;un de&#xa0;: %2)</translation>
    </message>
    <message>
        <source>malformed JSON at line %1, column %2: %3</source>
        <translation>JSON mal formé ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is half of a UTF-16 surrogate pair, without the other half</source>
        <translation>%1 est la moitié d’une paire de substitution UTF-16, sans l’autre moitié</translation>
    </message>
    <message>
        <source>malformed JSON: %1</source>
        <translation>JSON mal formé&#xa0;: %1</translation>
    </message>
    <message>
        <source>raw control character U+%1 inside a string (JSON needs it escaped, e.g. \u%1)</source>
        <translation>caractère de contrôle brut U+%1 dans une chaîne (JSON exige qu&apos;il soit échappé, par ex. \u%1)</translation>
    </message>
</context>
<context>
    <name>LintCommand</name>
    <message>
        <source>check an incident and its RCA (exit 1 on errors)</source>
        <translation>vérifier un incident et son analyse des causes profondes (code de sortie 1 en cas d&apos;erreur)</translation>
    </message>
    <message>
        <source>the incident&apos;s UUID or a unique prefix of at least 8 characters</source>
        <translation>l&apos;UUID de l&apos;incident ou un préfixe unique d&apos;au moins 8 caractères</translation>
    </message>
    <message>
        <source>lint: name one incident ID</source>
        <translation>lint&#xa0;: indiquez un identifiant d&apos;incident</translation>
    </message>
</context>
<context>
    <name>LintFinding</name>
    <message>
        <source> (accepted by %1)</source>
        <translation> (accepté par %1)</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>list the incidents, newest first</source>
        <translation>lister les incidents, les plus récents d&apos;abord</translation>
    </message>
    <message>
        <source>print a JSON array</source>
        <translation>afficher un tableau JSON</translation>
    </message>
</context>
<context>
    <name>OutageDesk</name>
    <message>
        <source>portal add: --kind must be webdav, statuspage or webhook</source>
        <translation>portal add&#xa0;: --kind doit valoir webdav, statuspage ou webhook</translation>
    </message>
    <message>
        <source>portal add: --url is required</source>
        <translation>portal add&#xa0;: --url est obligatoire</translation>
    </message>
    <message>
        <source>portal add: --url must be an http or https URL, not “%1”</source>
        <translation>portal add&#xa0;: --url doit être une URL http ou https, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>portal add: a statuspage portal needs --page-id</source>
        <translation>portal add&#xa0;: un portail Statuspage nécessite --page-id</translation>
    </message>
    <message>
        <source>portal add: --timeout-ms must be a number of milliseconds, at least 100</source>
        <translation>portal add&#xa0;: --timeout-ms doit être un nombre de millisecondes, au moins 100</translation>
    </message>
    <message>
        <source>portal add: --component takes INSTANCE=COMPONENT_ID, not “%1”</source>
        <translation>portal add&#xa0;: --component attend INSTANCE=ID_COMPOSANT, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>portal add: “%1” is not a valid portal name (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;)</source>
        <translation>portal add&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un nom de portail valide (lettres, chiffres, &apos;.&apos;, &apos;_&apos; et &apos;-&apos;)</translation>
    </message>
    <message>
        <source>Secret for portal %1 (password or API key): </source>
        <translation>Secret du portail %1 (mot de passe ou clé d&apos;API)&#xa0;: </translation>
    </message>
    <message>
        <source>portal add: no secret given (set OUTAGEDESK_PORTAL_SECRET or type it when asked)</source>
        <translation>portal add&#xa0;: aucun secret fourni (définissez OUTAGEDESK_PORTAL_SECRET ou saisissez-le quand il est demandé)</translation>
    </message>
    <message>
        <source>Portal %1 (%2) saved; its secret is in the system keychain.</source>
        <translation>Portail %1 (%2) enregistré&#xa0;; son secret est dans le trousseau du système.</translation>
    </message>
    <message>
        <source>portal remove: no portal named “%1”</source>
        <translation>portal remove&#xa0;: aucun portail nommé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>portal build: --out DIR is required</source>
        <translation>portal build&#xa0;: --out DOSSIER est obligatoire</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1</source>
        <translation>
            <numerusform>%n fichier écrit dans %1</numerusform>
            <numerusform>%n fichiers écrits dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the window starting %1 on %2</source>
        <translation>la fenêtre commençant le %1 sur %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid data center code (1–32 of A–Z, a–z, 0–9, _ and -)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de centre de données valide (1 à 32 caractères parmi A–Z, a–z, 0–9, _ et -)</translation>
    </message>
    <message>
        <source>data center %1 is declared twice</source>
        <translation>le centre de données %1 est déclaré deux fois</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>le nom est vide</translation>
    </message>
    <message>
        <source>unknown IANA time zone &quot;%1&quot; (e.g. Europe/Amsterdam, America/Chicago, UTC)</source>
        <translation>fuseau horaire IANA inconnu «&#xa0;%1&#xa0;» (p. ex. Europe/Amsterdam, America/Chicago, UTC)</translation>
    </message>
    <message>
        <source>instance &quot;%1&quot; is declared twice</source>
        <translation>l&apos;instance «&#xa0;%1&#xa0;» est déclarée deux fois</translation>
    </message>
    <message>
        <source>data center &quot;%1&quot; is not declared in dataCenters</source>
        <translation>le centre de données «&#xa0;%1&#xa0;» n&apos;est pas déclaré dans dataCenters</translation>
    </message>
    <message>
        <source>instance &quot;%1&quot; is not declared in instances</source>
        <translation>l&apos;instance «&#xa0;%1&#xa0;» n&apos;est pas déclarée dans instances</translation>
    </message>
    <message>
        <source>the window ends (%1) before or when it starts (%2); if a 12-hour time was misread, check AM/PM</source>
        <translation>la fenêtre se termine (%1) avant ou au moment où elle commence (%2)&#xa0;; si une heure au format 12 h a été mal lue, vérifiez AM/PM</translation>
    </message>
    <message>
        <source>an %1 window cannot start in the future (%2 is after now, %3); only maintenance is announced ahead</source>
        <translation>une fenêtre de type %1 ne peut pas commencer dans le futur (%2 est après maintenant, %3)&#xa0;; seule la maintenance est annoncée à l&apos;avance</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UUID</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un UUID</translation>
    </message>
    <message>
        <source>the title must have 1 to 300 characters (it has %1)</source>
        <translation>le titre doit compter de 1 à 300 caractères (il en a %1)</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; (expected: markdown)</source>
        <translation>valeur inconnue «&#xa0;%1&#xa0;» (attendu&#xa0;: markdown)</translation>
    </message>
    <message>
        <source>the title is empty</source>
        <translation>le titre est vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>The keychain holds no secret for portal %1; add it again with its secret.</source>
        <translation>Le trousseau ne contient aucun secret pour le portail %1&#xa0;; ajoutez-le de nouveau avec son secret.</translation>
    </message>
    <message>
        <source>The keychain refused access to the secret of portal %1 (%2).</source>
        <translation>Le trousseau a refusé l&apos;accès au secret du portail %1 (%2).</translation>
    </message>
    <message>
        <source>Keychain error for portal %1: %2</source>
        <translation>Erreur du trousseau pour le portail %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Outage</source>
        <translation>Interruption</translation>
    </message>
    <message>
        <source>Looking up incident on Statuspage</source>
        <translation>Recherche de l&apos;incident sur Statuspage</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Dégradé</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Welcome to Outage Desk</source>
        <translation>Bienvenue dans Outage Desk</translation>
    </message>
    <message>
        <source>&lt;p&gt;There is no workspace yet. A workspace is one file that holds your incidents, data centers and root cause analyses.&lt;/p&gt;&lt;p&gt;Open a &lt;b&gt;sample workspace&lt;/b&gt; to look around (a few incidents in Europe, North America and Asia-Pacific), or start with an empty one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Il n&apos;y a pas encore d&apos;espace de travail. Un espace de travail est un fichier unique qui contient vos incidents, vos centres de données et vos analyses des causes profondes.&lt;/p&gt;&lt;p&gt;Ouvrez un &lt;b&gt;espace de travail d&apos;exemple&lt;/b&gt; pour découvrir l&apos;application (quelques incidents en Europe, en Amérique du Nord et en Asie-Pacifique), ou commencez avec un espace vide.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open Sample Workspace</source>
        <translation>Ouvrir l&apos;espace d&apos;exemple</translation>
    </message>
    <message>
        <source>Start Empty</source>
        <translation>Commencer à vide</translation>
    </message>
    <message>
        <source>Open Existing…</source>
        <translation>Ouvrir un existant…</translation>
    </message>
    <message>
        <source>Sample workspace</source>
        <translation>Espace de travail d&apos;exemple</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>Outage Desk workspaces (*.sqlite *.db);;All files (*)</source>
        <translation>Espaces de travail Outage Desk (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The sample workspace could not be built: %1</source>
        <translation>L&apos;espace de travail d&apos;exemple n&apos;a pas pu être créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reading the incident back from Statuspage</source>
        <translation>Relecture de l&apos;incident sur Statuspage</translation>
    </message>
    <message>
        <source>Portal %1 (%2) saved; its secret is asked for at each publish and kept nowhere.</source>
        <translation>Portail %1 (%2) enregistré&#xa0;; son secret est demandé à chaque publication et conservé nulle part.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Outage Desk keeps portal secrets only in a Secret Service: on Debian install gnome-keyring (or turn on KeePassXC&apos;s Secret Service integration), run Outage Desk in a desktop session with a D-Bus session bus (dbus-user-session), unlock the keychain and try again — or let the portal ask for its secret at each publish.</source>
        <translation>Le trousseau du système n&apos;est pas disponible (%1). Outage Desk ne conserve les secrets des portails que dans un Secret Service&#xa0;: sous Debian, installez gnome-keyring (ou activez l&apos;intégration Secret Service de KeePassXC), lancez Outage Desk dans une session de bureau disposant d&apos;un bus de session D-Bus (dbus-user-session), déverrouillez le trousseau et réessayez — ou laissez le portail demander son secret à chaque publication.</translation>
    </message>
    <message>
        <source>%1: %2 customers created, %3 updated</source>
        <translation>%1&#xa0;: %2 clients créés, %3 mis à jour</translation>
    </message>
    <message>
        <source>unsubscribed</source>
        <translation>désabonné</translation>
    </message>
    <message>
        <source>subscribed</source>
        <translation>abonné</translation>
    </message>
    <message>
        <source>customers %1: no customer with the address %2</source>
        <translation>customers %1&#xa0;: aucun client avec l’adresse %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>Setting the time of update %1 on Statuspage</source>
        <translation>Réglage de l&apos;heure de la mise à jour d&apos;état %1 sur Statuspage</translation>
    </message>
    <message>
        <source>%1 is outside the supported years 0001 to 9999 in the data center&apos;s time zone %2</source>
        <translation>%1 est hors des années prises en charge, 0001 à 9999, dans le fuseau horaire %2 du centre de données</translation>
    </message>
    <message>
        <source>the all-zero UUID cannot identify an incident (leave &quot;id&quot; out to have one assigned)</source>
        <translation>l&apos;UUID entièrement nul ne peut pas identifier un incident (omettez «&#xa0;id&#xa0;» pour qu&apos;un UUID soit attribué)</translation>
    </message>
    <message>
        <source>the title shows nothing (it has only control or zero-width characters)</source>
        <translation>le titre n&apos;affiche rien (il ne contient que des caractères de contrôle ou de largeur nulle)</translation>
    </message>
    <message>
        <source>%1: --language must be one of %2, not “%3”</source>
        <translation>%1&#xa0;: --language doit être l’une des langues %2, et non «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>%1: --time-format must be 12h or 24h, not “%2”</source>
        <translation>%1&#xa0;: --time-format doit valoir 12h ou 24h, et non «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>No --url given: the links in feed.atom and the JSON files are relative to the site.</source>
        <translation>Aucune --url indiquée&#xa0;: les liens de feed.atom et des fichiers JSON sont relatifs au site.</translation>
    </message>
</context>
<context>
    <name>OutageDesk::ActionItemsTableModel</name>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due (YYYY-MM-DD)</source>
        <translation>Échéance (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Mark action done</source>
        <translation>Marquer l&apos;action comme faite</translation>
    </message>
    <message>
        <source>Reopen action</source>
        <translation>Rouvrir l&apos;action</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Modifier l&apos;action</translation>
    </message>
    <message>
        <source>Change action owner</source>
        <translation>Changer le responsable de l&apos;action</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; type it as 2016-12-15.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date&#xa0;; saisissez-la sous la forme 2016-12-15.</translation>
    </message>
    <message>
        <source>Change due date</source>
        <translation>Changer l&apos;échéance</translation>
    </message>
</context>
<context>
    <name>OutageDesk::ApproveCommand</name>
    <message>
        <source>mark the incident&apos;s RCA approved (an edit afterwards returns it to draft)</source>
        <translation>approuver l&apos;analyse des causes profondes de l&apos;incident (toute modification ultérieure la remet en brouillon)</translation>
    </message>
    <message>
        <source>the incident&apos;s UUID or a unique prefix of at least 8 characters</source>
        <translation>l&apos;UUID de l&apos;incident ou un préfixe unique d&apos;au moins 8 caractères</translation>
    </message>
    <message>
        <source>who approves it</source>
        <translation>qui l&apos;approuve</translation>
    </message>
    <message>
        <source>approve: name one incident ID</source>
        <translation>approve&#xa0;: indiquez un identifiant d&apos;incident</translation>
    </message>
    <message>
        <source>approve: --by NAME is required</source>
        <translation>approve&#xa0;: --by NOM est obligatoire</translation>
    </message>
    <message>
        <source>approve: incident %1 has no RCA text to approve</source>
        <translation>approve&#xa0;: l&apos;incident %1 n&apos;a pas de texte d&apos;analyse des causes profondes à approuver</translation>
    </message>
    <message>
        <source>accept the open lint error CODE (someone looked at it); repeat or separate with commas</source>
        <translation>accepter l&apos;erreur de vérification ouverte CODE (quelqu&apos;un l&apos;a vérifiée)&#xa0;; à répéter ou à séparer par des virgules</translation>
    </message>
    <message>
        <source>approve: the RCA is already approved by %1</source>
        <translation>approve&#xa0;: l&apos;ACP est déjà approuvée par %1</translation>
    </message>
    <message>
        <source>approve: --accept %1: no open lint error has that code</source>
        <translation>approve&#xa0;: --accept %1&#xa0;: aucune erreur de vérification ouverte n&apos;a ce code</translation>
    </message>
    <message numerus="yes">
        <source>approve: not approved: %n open lint error(s); fix them, or accept each with --accept CODE</source>
        <translation>
            <numerusform>approve&#xa0;: non approuvé&#xa0;: %n erreur de vérification ouverte&#xa0;; corrigez-la ou acceptez-la avec --accept CODE</numerusform>
            <numerusform>approve&#xa0;: non approuvé&#xa0;: %n erreurs de vérification ouvertes&#xa0;; corrigez-les ou acceptez chacune avec --accept CODE</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutageDesk::ApproveDialog</name>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your name is not set.&lt;/b&gt; An approval records who gave it: set your name in Preferences ▸ Preferences… and approve again.</source>
        <translation>&lt;b&gt;Votre nom n&apos;est pas renseigné.&lt;/b&gt; Une approbation enregistre qui l&apos;a donnée&#xa0;: indiquez votre nom dans Préférences ▸ Préférences… puis approuvez à nouveau.</translation>
    </message>
    <message>
        <source>Approved by &lt;b&gt;%1&lt;/b&gt; (your name in Preferences).</source>
        <translation>Approuvé par &lt;b&gt;%1&lt;/b&gt; (votre nom dans les préférences).</translation>
    </message>
    <message>
        <source>The checks found no open error.</source>
        <translation>Les vérifications n&apos;ont trouvé aucune erreur ouverte.</translation>
    </message>
    <message numerus="yes">
        <source>The checks found %n open error(s). Fix them first, or tick each one you looked at and accept as it is; the acceptance is kept in the RCA history.</source>
        <translation>
            <numerusform>Les vérifications ont trouvé %n erreur ouverte. Corrigez-la d&apos;abord, ou cochez-la si vous l&apos;avez vérifiée et l&apos;acceptez telle quelle&#xa0;; l&apos;acceptation est conservée dans l&apos;historique de l&apos;ACP.</numerusform>
            <numerusform>Les vérifications ont trouvé %n erreurs ouvertes. Corrigez-les d&apos;abord, ou cochez chacune de celles que vous avez vérifiées et acceptez telles quelles&#xa0;; l&apos;acceptation est conservée dans l&apos;historique de l&apos;ACP.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick to accept: you looked at it and it is right as it is.</source>
        <translation>Cochez pour accepter&#xa0;: vous l&apos;avez vérifié et c&apos;est juste tel quel.</translation>
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
        <translation>Centre de données / instance</translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation>Temps d&apos;arrêt</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Dégradé</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Fenêtres</translation>
    </message>
    <message>
        <source>Availability on %1 (%2), the From/To range</source>
        <translation>Disponibilité le %1 (%2), la plage De/À</translation>
    </message>
    <message>
        <source>Availability %1 – %2 (%3), the From/To range</source>
        <translation>Disponibilité %1 – %2 (%3), la plage De/À</translation>
    </message>
    <message>
        <source>Availability %1 – %2, the range shown on request</source>
        <translation>Disponibilité %1 – %2, la plage demandée</translation>
    </message>
</context>
<context>
    <name>OutageDesk::BuildPortalDialog</name>
    <message>
        <source>&amp;Build</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <source>Portal Folder</source>
        <translation>Dossier du portail</translation>
    </message>
    <message>
        <source>Choose the folder to write the portal to.</source>
        <translation>Choisissez le dossier où écrire le portail.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1</source>
        <translation>
            <numerusform>%n fichier écrit dans %1</numerusform>
            <numerusform>%n fichiers écrits dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n incident(s)); open index.html there to look at it.</source>
        <translation>
            <numerusform>(%n incident)&#xa0;; ouvrez-y index.html pour le consulter.</numerusform>
            <numerusform>(%n incidents)&#xa0;; ouvrez-y index.html pour le consulter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutageDesk::CatalogRepository</name>
    <message>
        <source>cannot save data center %1: %2</source>
        <translation>impossible d&apos;enregistrer le centre de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot save instance %1: %2</source>
        <translation>impossible d&apos;enregistrer l&apos;instance %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot save instance %1: no data center %2</source>
        <translation>impossible d&apos;enregistrer l&apos;instance %1&#xa0;: pas de centre de données %2</translation>
    </message>
    <message>
        <source>the data center still hosts %1 instance(s); remove or move them first</source>
        <translation>le centre de données héberge encore %1 instance(s)&#xa0;; supprimez-les ou déplacez-les d&apos;abord</translation>
    </message>
    <message>
        <source>the instance has %1 outage window(s) recorded; it cannot be removed</source>
        <translation>l&apos;instance a %1 fenêtre(s) d&apos;interruption enregistrée(s)&#xa0;; elle ne peut pas être supprimée</translation>
    </message>
</context>
<context>
    <name>OutageDesk::CheckCommand</name>
    <message>
        <source>check the workspace file for damage (exit 1 when damaged)</source>
        <translation>vérifier que le fichier de l&apos;espace de travail n&apos;est pas endommagé (code de sortie 1 s&apos;il l&apos;est)</translation>
    </message>
    <message>
        <source>check the structure only (PRAGMA quick_check), not every index</source>
        <translation>vérifier seulement la structure (PRAGMA quick_check), pas chaque index</translation>
    </message>
    <message>
        <source>%1: intact (SQLite found no damage)</source>
        <translation>%1&#xa0;: intact (SQLite n&apos;a trouvé aucun dommage)</translation>
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
        <translation>Usage&#xa0;: outagedesk [--db CHEMIN] [--lang CODE] [SOUS-COMMANDE …]
Outage Desk&#xa0;: incidents, fenêtres d&apos;interruption et analyses des causes profondes pour l&apos;exploitation cloud.
Sans sous-commande, la fenêtre principale s&apos;ouvre.

Options globales&#xa0;:
  --db CHEMIN    le fichier de l&apos;espace de travail (par défaut&#xa0;: %1)
  --lang CODE    langue de l&apos;interface (en, de, fr, he, …)
  --help         cette aide&#xa0;; SOUS-COMMANDE --help pour les options d&apos;une sous-commande
  --version      la version

Sous-commandes&#xa0;:
</translation>
    </message>
    <message>
        <source>
Exit status: 0 success, 1 problems found, 2 bad usage or invalid input (nothing written),
3 accepted but queued, 4 database or I/O failure.
</source>
        <translation>
Code de sortie&#xa0;: 0 succès, 1 problèmes trouvés, 2 mauvais usage ou entrée invalide (rien n&apos;est écrit),
3 accepté mais en file d&apos;attente, 4 erreur de base de données ou d&apos;E/S.
</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>l&apos;option %1 attend une valeur</translation>
    </message>
    <message>
        <source>unknown option %1 (see outagedesk --help)</source>
        <translation>option inconnue %1 (voir outagedesk --help)</translation>
    </message>
    <message>
        <source>unknown subcommand %1 (see outagedesk --help)</source>
        <translation>sous-commande inconnue %1 (voir outagedesk --help)</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
</context>
<context>
    <name>OutageDesk::ConnectionCheck</name>
    <message>
        <source>Connected: the WebDAV folder %1 answers (HTTP %2).</source>
        <translation>Connecté&#xa0;: le dossier WebDAV %1 répond (HTTP %2).</translation>
    </message>
    <message>
        <source>The server at %1 answers and did not refuse the credentials, but it does not list folders (PROPFIND, HTTP %2), so the folder itself could not be checked. Uploads may still work; nginx lists folders with its dav-ext module.</source>
        <translation>Le serveur %1 répond et n&apos;a pas refusé les identifiants, mais il ne liste pas les dossiers (PROPFIND, HTTP %2)&#xa0;: le dossier lui-même n&apos;a donc pas pu être vérifié. Les envois peuvent tout de même fonctionner&#xa0;; nginx liste les dossiers avec son module dav-ext.</translation>
    </message>
    <message>
        <source>Statuspage page %1</source>
        <translation>Page Statuspage %1</translation>
    </message>
    <message>
        <source>Connected: Statuspage page %1 accepts the API key.</source>
        <translation>Connecté&#xa0;: la page Statuspage %1 accepte la clé d&apos;API.</translation>
    </message>
    <message>
        <source>Nothing was sent: every request to a webhook is an event to its receiver. A publish sends one POST to %1, signed with the secret (X-OutageDesk-Signature), with the incident (no internal notes) and its page.</source>
        <translation>Rien n&apos;a été envoyé&#xa0;: chaque requête vers un webhook est un événement pour son destinataire. Une publication envoie un POST à %1, signé avec le secret (X-OutageDesk-Signature), avec l&apos;incident (sans notes internes) et sa page.</translation>
    </message>
</context>
<context>
    <name>OutageDesk::CsvReader</name>
    <message>
        <source>not UTF-8 text</source>
        <translation>pas du texte UTF-8</translation>
    </message>
    <message>
        <source>text after the closing quote of a field (a quote inside a quoted field is written &quot;&quot;)</source>
        <translation>du texte après le guillemet fermant d’un champ (un guillemet dans un champ entre guillemets s’écrit &quot;&quot;)</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field (quote the whole field and write the quote as &quot;&quot;)</source>
        <translation>un guillemet dans un champ sans guillemets (mettre tout le champ entre guillemets et écrire le guillemet &quot;&quot;)</translation>
    </message>
    <message>
        <source>a carriage return outside quotes that does not end a line</source>
        <translation>un retour chariot hors guillemets qui ne termine pas une ligne</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>un champ entre guillemets n’est pas fermé avant la fin du fichier</translation>
    </message>
</context>
<context>
    <name>OutageDesk::CustomerImporter</name>
    <message>
        <source>the file is empty; it needs a header row: email,name,language,subscriptions</source>
        <translation>le fichier est vide&#xa0;; il lui faut une ligne d’en-tête&#xa0;: email,name,language,subscriptions</translation>
    </message>
    <message>
        <source>the column %1 appears twice</source>
        <translation>la colonne %1 apparaît deux fois</translation>
    </message>
    <message>
        <source>the column %1 is missing (the header must name email, name, language and subscriptions)</source>
        <translation>la colonne %1 manque (l’en-tête doit nommer email, name, language et subscriptions)</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 champs là où l’en-tête en a %2</translation>
    </message>
    <message>
        <source>the e-mail address is empty</source>
        <translation>l’adresse électronique est vide</translation>
    </message>
    <message>
        <source>%1 is not an e-mail address (write only the address, e.g. it-desk@library.example: no name, angle brackets or comments)</source>
        <translation>%1 n’est pas une adresse électronique (écrire seulement l’adresse, p. ex. it-desk@library.example&#xa0;: ni nom, ni chevrons, ni commentaires)</translation>
    </message>
    <message>
        <source>the address %1 is already on line %2</source>
        <translation>l’adresse %1 figure déjà à la ligne %2</translation>
    </message>
    <message>
        <source>the name %1 contains a line break or another control character</source>
        <translation>le nom %1 contient un saut de ligne ou un autre caractère de contrôle</translation>
    </message>
    <message>
        <source>%1 is not a known language code (en, de, fr, he, …)</source>
        <translation>%1 n’est pas un code de langue connu (en, de, fr, he, …)</translation>
    </message>
    <message>
        <source>%1 is neither a data center code nor an instance name of this workspace (nor * for everything)</source>
        <translation>ni code de centre de données ni nom d’instance de cet espace de travail (ni * pour tout)&#xa0;: %1</translation>
    </message>
    <message>
        <source>no subscriptions: name data center codes or instances separated by &apos;;&apos;, or * for everything</source>
        <translation>aucun abonnement&#xa0;: indiquer des codes de centre de données ou des instances séparés par «&#xa0;;&#xa0;», ou * pour tout</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>OutageDesk::CustomerRepository</name>
    <message>
        <source>cannot save customer %1: %2</source>
        <translation>impossible d’enregistrer le client %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no customer with the address %1</source>
        <translation>aucun client avec l’adresse %1</translation>
    </message>
</context>
<context>
    <name>OutageDesk::CustomersCommand</name>
    <message>
        <source>registered customers: customers import FILE.csv; customers list [--json]; customers remove EMAIL; customers unsubscribe EMAIL</source>
        <translation>clients inscrits&#xa0;: customers import FILE.csv&#xa0;; customers list [--json]&#xa0;; customers remove EMAIL&#xa0;; customers unsubscribe EMAIL</translation>
    </message>
    <message>
        <source>import, list, remove or unsubscribe</source>
        <translation>import, list, remove ou unsubscribe</translation>
    </message>
    <message>
        <source>the CSV file (import) or the address (remove, unsubscribe)</source>
        <translation>le fichier CSV (import) ou l’adresse (remove, unsubscribe)</translation>
    </message>
    <message>
        <source>list: print a JSON array</source>
        <translation>list&#xa0;: afficher un tableau JSON</translation>
    </message>
    <message>
        <source>customers: use “customers import FILE.csv”, “customers list [--json]”, “customers remove EMAIL” or “customers unsubscribe EMAIL”</source>
        <translation>customers&#xa0;: utiliser «&#xa0;customers import FILE.csv&#xa0;», «&#xa0;customers list [--json]&#xa0;», «&#xa0;customers remove EMAIL&#xa0;» ou «&#xa0;customers unsubscribe EMAIL&#xa0;»</translation>
    </message>
</context>
<context>
    <name>OutageDesk::CustomersDialog</name>
    <message>
        <source>All customers</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>Abonnés</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Désabonnés</translation>
    </message>
    <message>
        <source>Anything</source>
        <translation>N’importe quoi</translation>
    </message>
    <message>
        <source>%1 (data center)</source>
        <translation>%1 (centre de données)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customer(s) shown</source>
        <translation>
            <numerusform>%1 sur %n client affiché</numerusform>
            <numerusform>%1 sur %n clients affichés</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Customers</source>
        <translation>Importer des clients</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Rien n’a été importé. %1</translation>
    </message>
    <message>
        <source>%1: %2 customers added, %3 updated.</source>
        <translation>%1&#xa0;: %2 clients ajoutés, %3 mis à jour.</translation>
    </message>
    <message>
        <source>Select the customers first.</source>
        <translation>Sélectionnez d’abord les clients.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) unsubscribed: they keep their record and are sent nothing more.</source>
        <translation>
            <numerusform>%n client désabonné&#xa0;: il reste inscrit et ne reçoit plus rien.</numerusform>
            <numerusform>%n clients désabonnés&#xa0;: ils restent inscrits et ne reçoivent plus rien.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) subscribed again.</source>
        <translation>
            <numerusform>%n client réabonné.</numerusform>
            <numerusform>%n clients réabonnés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) removed.</source>
        <translation>
            <numerusform>%n client supprimé.</numerusform>
            <numerusform>%n clients supprimés.</numerusform>
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
        <translation>tout</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Désabonnés</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>Abonnés</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>OutageDesk::DataCentersDialog</name>
    <message>
        <source>The code &quot;%1&quot; is not usable: use 1 to 32 letters, digits, &quot;-&quot; or &quot;_&quot; (e.g. EU).</source>
        <translation>Le code «&#xa0;%1&#xa0;» n&apos;est pas utilisable&#xa0;: employez de 1 à 32 lettres, chiffres, «&#xa0;-&#xa0;» ou «&#xa0;_&#xa0;» (p. ex. EU).</translation>
    </message>
    <message>
        <source>There is already a data center with the code %1 (%2).</source>
        <translation>Il existe déjà un centre de données avec le code %1 (%2).</translation>
    </message>
    <message>
        <source>Give the data center a name, e.g. &quot;Europe Data Center&quot;.</source>
        <translation>Donnez un nom au centre de données, p. ex. «&#xa0;Centre de données Europe&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known IANA time zone. Pick one from the list, e.g. Europe/Amsterdam.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fuseau horaire IANA connu. Choisissez-en un dans la liste, p. ex. Europe/Amsterdam.</translation>
    </message>
    <message>
        <source>Give the instance a name, e.g. &quot;Primo MT EU01&quot;.</source>
        <translation>Donnez un nom à l&apos;instance, p. ex. «&#xa0;Primo MT EU01&#xa0;».</translation>
    </message>
    <message>
        <source>There is already an instance named %1.</source>
        <translation>Il existe déjà une instance nommée %1.</translation>
    </message>
    <message>
        <source>Choose the data center that hosts the instance (add the data center first).</source>
        <translation>Choisissez le centre de données qui héberge l&apos;instance (ajoutez d&apos;abord le centre de données).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add data center %1</source>
        <translation>Ajouter le centre de données %1</translation>
    </message>
    <message>
        <source>Select the data center to update first.</source>
        <translation>Sélectionnez d&apos;abord le centre de données à mettre à jour.</translation>
    </message>
    <message>
        <source>Edit data center %1</source>
        <translation>Modifier le centre de données %1</translation>
    </message>
    <message>
        <source>Select the data center to remove first.</source>
        <translation>Sélectionnez d&apos;abord le centre de données à supprimer.</translation>
    </message>
    <message numerus="yes">
        <source>Cannot remove data center %1: it still hosts %n instance(s). Remove them or move them to another data center first.</source>
        <translation>
            <numerusform>Impossible de supprimer le centre de données %1&#xa0;: il héberge encore %n instance. Supprimez-la ou déplacez-la d&apos;abord vers un autre centre de données.</numerusform>
            <numerusform>Impossible de supprimer le centre de données %1&#xa0;: il héberge encore %n instances. Supprimez-les ou déplacez-les d&apos;abord vers un autre centre de données.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove data center %1</source>
        <translation>Supprimer le centre de données %1</translation>
    </message>
    <message>
        <source>Add instance %1</source>
        <translation>Ajouter l&apos;instance %1</translation>
    </message>
    <message>
        <source>Select the instance to update first.</source>
        <translation>Sélectionnez d&apos;abord l&apos;instance à mettre à jour.</translation>
    </message>
    <message>
        <source>Edit instance %1</source>
        <translation>Modifier l&apos;instance %1</translation>
    </message>
    <message>
        <source>Select the instance to remove first.</source>
        <translation>Sélectionnez d&apos;abord l&apos;instance à supprimer.</translation>
    </message>
    <message>
        <source>Remove instance %1</source>
        <translation>Supprimer l&apos;instance %1</translation>
    </message>
    <message>
        <source>Cannot remove instance %1: %2.</source>
        <translation>Impossible de supprimer l&apos;instance %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Removed instance %1.</source>
        <translation>Instance %1 supprimée.</translation>
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
        <translation>%1 (fuseau inconnu)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
</context>
<context>
    <name>OutageDesk::DisplayNames</name>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Mineur</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Majeur</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>Investigation en cours</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Cause identifiée</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Sous surveillance</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Outage</source>
        <translation>Interruption</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Dégradé</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>OutageDesk::EditHistory</name>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Nouvel incident</translation>
    </message>
    <message>
        <source>Delete incident &quot;%1&quot;</source>
        <translation>Supprimer l&apos;incident «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>OutageDesk::ExportCommand</name>
    <message>
        <source>export one incident (or --all) as json, md, html or pdf</source>
        <translation>exporter un incident (ou --all) en json, md, html ou pdf</translation>
    </message>
    <message>
        <source>the incident&apos;s UUID or a unique prefix of at least 8 characters</source>
        <translation>l&apos;UUID de l&apos;incident ou un préfixe unique d&apos;au moins 8 caractères</translation>
    </message>
    <message>
        <source>json, md, html or pdf</source>
        <translation>json, md, html ou pdf</translation>
    </message>
    <message>
        <source>write to FILE instead of stdout</source>
        <translation>écrire dans FICHIER au lieu de la sortie standard</translation>
    </message>
    <message>
        <source>the whole workspace (json only)</source>
        <translation>tout l&apos;espace de travail (json uniquement)</translation>
    </message>
    <message>
        <source>pdf paper: a4 (default) or letter</source>
        <translation>format de papier du PDF&#xa0;: a4 (par défaut) ou letter</translation>
    </message>
    <message>
        <source>export: --format is required (json, md, html or pdf)</source>
        <translation>export&#xa0;: --format est obligatoire (json, md, html ou pdf)</translation>
    </message>
    <message>
        <source>export: unknown format &quot;%1&quot; (json, md, html or pdf)</source>
        <translation>export&#xa0;: format inconnu «&#xa0;%1&#xa0;» (json, md, html ou pdf)</translation>
    </message>
    <message>
        <source>export: name one incident ID, or --all</source>
        <translation>export&#xa0;: indiquez un identifiant d&apos;incident, ou --all</translation>
    </message>
    <message>
        <source>export: --all exports json only</source>
        <translation>export&#xa0;: --all n&apos;exporte que du json</translation>
    </message>
    <message>
        <source>export: pdf needs -o FILE</source>
        <translation>export&#xa0;: le pdf nécessite -o FICHIER</translation>
    </message>
    <message>
        <source>export: unknown page size &quot;%1&quot; (a4 or letter)</source>
        <translation>export&#xa0;: format de papier inconnu «&#xa0;%1&#xa0;» (a4 ou letter)</translation>
    </message>
</context>
<context>
    <name>OutageDesk::FindReplaceBar</name>
    <message>
        <source>Match &amp;case</source>
        <translation>Respecter la &amp;casse</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>Replace &amp;all</source>
        <translation>Remplacer &amp;tout</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Wrapped around</source>
        <translation>Recherche reprise au début</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n remplacement</numerusform>
            <numerusform>%n remplacements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutageDesk::GanttChart</name>
    <message>
        <source>Outage</source>
        <translation>Interruption</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Dégradé</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Colour: impact · Border: severity (thin minor, thick major, hatched critical) · Arrow: ongoing</source>
        <translation>Couleur&#xa0;: impact · Bordure&#xa0;: gravité (fine mineure, épaisse majeure, hachurée critique) · Flèche&#xa0;: en cours</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>Heure (%1)</translation>
    </message>
    <message>
        <source>Time (UTC: the data centers are in different zones; tooltips use each one&apos;s own)</source>
        <translation>Heure (UTC&#xa0;: les centres de données sont dans des fuseaux différents&#xa0;; les infobulles utilisent celui de chacun)</translation>
    </message>
</context>
<context>
    <name>OutageDesk::GanttChartView</name>
    <message>
        <source>Outage Gantt chart</source>
        <translation>Diagramme de Gantt des interruptions</translation>
    </message>
    <message>
        <source>Wheel or + and - zoom, drag or the arrow keys pan, click a bar to open its incident.</source>
        <translation>La molette ou + et - zooment, un glisser ou les flèches déplacent la vue, un clic sur une barre ouvre son incident.</translation>
    </message>
</context>
<context>
    <name>OutageDesk::GanttCommand</name>
    <message>
        <source>draw the outage Gantt chart to a PNG, SVG or PDF file</source>
        <translation>dessiner le diagramme de Gantt des interruptions dans un fichier PNG, SVG ou PDF</translation>
    </message>
    <message>
        <source>Zone of the time axis: an IANA id, utc, or dc (each data center&apos;s own, the default).</source>
        <translation>Fuseau de l&apos;axe du temps&#xa0;: un identifiant IANA, utc, ou dc (celui de chaque centre de données, par défaut).</translation>
    </message>
    <message>
        <source>Z</source>
        <translation>Z</translation>
    </message>
    <message>
        <source>Size in pixels (points for PDF), default 1600x900.</source>
        <translation>Taille en pixels (points pour le PDF), 1600x900 par défaut.</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>LxH</translation>
    </message>
    <message>
        <source>The file to write; .png, .svg or .pdf.</source>
        <translation>Le fichier à écrire&#xa0;; .png, .svg ou .pdf.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>unknown time zone %1 (use an IANA id such as Europe/Amsterdam, utc, or dc)</source>
        <translation>fuseau horaire inconnu %1 (utilisez un identifiant IANA comme Europe/Amsterdam, utc, ou dc)</translation>
    </message>
    <message>
        <source>invalid --size %1 (use WxH, each between %2 and %3)</source>
        <translation>--size %1 invalide (utilisez LxH, chacun entre %2 et %3)</translation>
    </message>
    <message>
        <source>unknown file type of %1 (use .png, .svg or .pdf)</source>
        <translation>type de fichier inconnu pour %1 (utilisez .png, .svg ou .pdf)</translation>
    </message>
    <message>
        <source>unknown data center %1</source>
        <translation>centre de données inconnu %1</translation>
    </message>
    <message>
        <source>gantt needs -o FILE (.png, .svg or .pdf)</source>
        <translation>gantt nécessite -o FICHIER (.png, .svg ou .pdf)</translation>
    </message>
</context>
<context>
    <name>OutageDesk::GanttDocument</name>
    <message>
        <source>Outage</source>
        <translation>Interruption</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Dégradé</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>ongoing (now %1)</source>
        <translation>en cours (maintenant %1)</translation>
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
Instance&#xa0;: %2
Centre de données&#xa0;: %3
Début&#xa0;: %4
Fin&#xa0;: %5
Durée&#xa0;: %6
%7</translation>
    </message>
</context>
<context>
    <name>OutageDesk::GanttExportDialog</name>
    <message>
        <source>Export chart</source>
        <translation>Exporter le diagramme</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg);;Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The file name must end in .png, .svg or .pdf.</source>
        <translation>Le nom du fichier doit se terminer par .png, .svg ou .pdf.</translation>
    </message>
</context>
<context>
    <name>OutageDesk::GanttExporter</name>
    <message>
        <source>unknown file type %1 (use .png, .svg or .pdf)</source>
        <translation>type de fichier inconnu %1 (utilisez .png, .svg ou .pdf)</translation>
    </message>
    <message>
        <source>cannot encode the PNG image</source>
        <translation>impossible d&apos;encoder l&apos;image PNG</translation>
    </message>
    <message>
        <source>Outage Gantt chart</source>
        <translation>Diagramme de Gantt des interruptions</translation>
    </message>
    <message>
        <source>cannot create the PDF</source>
        <translation>impossible de créer le PDF</translation>
    </message>
</context>
<context>
    <name>OutageDesk::GanttView</name>
    <message>
        <source>Data centers</source>
        <translation>Centres de données</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Previous zoom (Alt+Left)</source>
        <translation>Zoom précédent (Alt+Gauche)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Next zoom (Alt+Right)</source>
        <translation>Zoom suivant (Alt+Droite)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Zoom avant (+)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Zoom arrière (-)</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Show every window (Home)</source>
        <translation>Afficher toutes les fenêtres (Début)</translation>
    </message>
    <message>
        <source>Fit selection</source>
        <translation>Ajuster à la sélection</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Zone:</source>
        <translation>Fuseau&#xa0;:</translation>
    </message>
    <message>
        <source>Data center</source>
        <translation>Centre de données</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Local (%1)</source>
        <translation>Local (%1)</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Du&#xa0;:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Au&#xa0;:</translation>
    </message>
    <message>
        <source>Last day shown (inclusive)</source>
        <translation>Dernier jour affiché (inclus)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Chart written to %1</source>
        <translation>Diagramme écrit dans %1</translation>
    </message>
    <message>
        <source>The chart could not be printed.</source>
        <translation>Le diagramme n&apos;a pas pu être imprimé.</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Exporter le diagramme…</translation>
    </message>
    <message>
        <source>Print chart…</source>
        <translation>Imprimer le diagramme…</translation>
    </message>
    <message>
        <source>Collapse all data centers</source>
        <translation>Replier tous les centres de données</translation>
    </message>
    <message>
        <source>Expand all data centers</source>
        <translation>Déplier tous les centres de données</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
</context>
<context>
    <name>OutageDesk::GeneratedSections</name>
    <message>
        <source>No outage windows recorded.</source>
        <translation>Aucune fenêtre d&apos;interruption enregistrée.</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>%1 so far (ongoing)</source>
        <translation>%1 jusqu&apos;ici (en cours)</translation>
    </message>
    <message>
        <source>Not published yet.</source>
        <translation>Pas encore publié.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>No action items recorded.</source>
        <translation>Aucune action enregistrée.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Outage windows</source>
        <translation>Fenêtres d&apos;interruption</translation>
    </message>
    <message>
        <source>Status updates</source>
        <translation>Mises à jour d&apos;état</translation>
    </message>
    <message>
        <source>No status updates recorded.</source>
        <translation>Aucune mise à jour d&apos;état enregistrée.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
</context>
<context>
    <name>OutageDesk::IncidentChartSvg</name>
    <message>
        <source>ongoing</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>Outage windows of %1</source>
        <translation>Fenêtres d&apos;interruption de %1</translation>
    </message>
    <message>
        <source>%1: %2 from %3 to %4 (%5).</source>
        <translation>%1&#xa0;: %2 du %3 au %4 (%5).</translation>
    </message>
    <message>
        <source>%1: %2 from %3, ongoing (%4 so far).</source>
        <translation>%1&#xa0;: %2 depuis le %3, en cours (%4 jusqu&apos;ici).</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation>Fuseau horaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Times in UTC: the affected services are in different time zones</source>
        <translation>Heures en UTC&#xa0;: les services concernés sont dans des fuseaux horaires différents</translation>
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
        <translation>Modifier le titre</translation>
    </message>
    <message>
        <source>Edit cause</source>
        <translation>Modifier la cause</translation>
    </message>
    <message>
        <source>Edit &quot;detected by&quot;</source>
        <translation>Modifier «&#xa0;détecté par&#xa0;»</translation>
    </message>
    <message>
        <source>Edit internal notes</source>
        <translation>Modifier les notes internes</translation>
    </message>
    <message>
        <source>Change severity</source>
        <translation>Changer la gravité</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Changer l&apos;état</translation>
    </message>
    <message>
        <source>Change data impact</source>
        <translation>Changer l&apos;impact sur les données</translation>
    </message>
    <message>
        <source>Change security breach</source>
        <translation>Changer la faille de sécurité</translation>
    </message>
    <message>
        <source>Root cause analysis, in Markdown.</source>
        <translation>Analyse des causes profondes, en Markdown.</translation>
    </message>
    <message>
        <source>Edit RCA text</source>
        <translation>Modifier le texte de l&apos;analyse des causes profondes</translation>
    </message>
    <message>
        <source>There is no instance to record a window on yet. Add a data center and an instance first (Workspace ▸ Data centers and instances…).</source>
        <translation>Il n&apos;y a encore aucune instance sur laquelle enregistrer une fenêtre. Ajoutez d&apos;abord un centre de données et une instance (Espace de travail ▸ Centres de données et instances…).</translation>
    </message>
    <message>
        <source>Add window</source>
        <translation>Ajouter une fenêtre</translation>
    </message>
    <message>
        <source>Remove window</source>
        <translation>Supprimer la fenêtre</translation>
    </message>
    <message>
        <source>Add status update</source>
        <translation>Ajouter une mise à jour d&apos;état</translation>
    </message>
    <message>
        <source>Remove status update</source>
        <translation>Supprimer la mise à jour d&apos;état</translation>
    </message>
    <message>
        <source>New action item</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>Remove action item</source>
        <translation>Supprimer l&apos;action</translation>
    </message>
    <message>
        <source>Add status update from template</source>
        <translation>Ajouter une mise à jour d&apos;état depuis un modèle</translation>
    </message>
    <message>
        <source>Window %1: %2</source>
        <translation>Fenêtre %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&amp;Use %1</source>
        <translation>&amp;Utiliser %1</translation>
    </message>
    <message>
        <source>Set your name in Preferences first: an acceptance records who looked at the window.</source>
        <translation>Indiquez d&apos;abord votre nom dans les préférences&#xa0;: une acceptation enregistre qui a vérifié la fenêtre.</translation>
    </message>
</context>
<context>
    <name>OutageDesk::IncidentImporter</name>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>un objet JSON était attendu au premier niveau</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Outage Desk incident file (expected &quot;outagedesk.incidents&quot;)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fichier d&apos;incidents Outage Desk (attendu&#xa0;: «&#xa0;outagedesk.incidents&#xa0;»)</translation>
    </message>
    <message>
        <source>unsupported version %1 (this Outage Desk reads version %2; a newer file needs a newer Outage Desk)</source>
        <translation>version %1 non prise en charge (cet Outage Desk lit la version %2&#xa0;; un fichier plus récent nécessite un Outage Desk plus récent)</translation>
    </message>
    <message>
        <source>incident %1 appears twice in this file</source>
        <translation>l&apos;incident %1 apparaît deux fois dans ce fichier</translation>
    </message>
    <message>
        <source>data center %1 already exists with time zone %2; the file says %3. Change the zone in the workspace first if it really moved.</source>
        <translation>le centre de données %1 existe déjà avec le fuseau horaire %2&#xa0;; le fichier indique %3. Changez d&apos;abord le fuseau dans l&apos;espace de travail s&apos;il a vraiment déménagé.</translation>
    </message>
    <message>
        <source>instance %1 already exists in data center %2; the file says %3</source>
        <translation>l&apos;instance %1 existe déjà dans le centre de données %2&#xa0;; le fichier indique %3</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was written</source>
        <translation>l&apos;importation a été annulée ; rien n&apos;a été écrit</translation>
    </message>
</context>
<context>
    <name>OutageDesk::IncidentListModel</name>
    <message>
        <source>ongoing</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 jusqu&apos;ici</translation>
    </message>
    <message>
        <source>%1 in %2 (%3)</source>
        <translation>%1 à %2 (%3)</translation>
    </message>
    <message>
        <source>Data center</source>
        <translation>Centre de données</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
</context>
<context>
    <name>OutageDesk::IncidentRepository</name>
    <message>
        <source>incident id %1 is too short: give the UUID or at least its first 8 characters</source>
        <translation>l&apos;identifiant d&apos;incident %1 est trop court&#xa0;: donnez l&apos;UUID ou au moins ses 8 premiers caractères</translation>
    </message>
    <message>
        <source>no incident with id %1</source>
        <translation>aucun incident avec l&apos;identifiant %1</translation>
    </message>
    <message>
        <source>incident id %1 is ambiguous: several incidents start with it</source>
        <translation>l&apos;identifiant d&apos;incident %1 est ambigu&#xa0;: plusieurs incidents commencent ainsi</translation>
    </message>
    <message>
        <source>cannot save incident &quot;%1&quot;: %2</source>
        <translation>impossible d&apos;enregistrer l&apos;incident «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>incident &quot;%1&quot;: unknown instance %2</source>
        <translation>incident «&#xa0;%1&#xa0;»&#xa0;: instance inconnue %2</translation>
    </message>
    <message>
        <source>incident &quot;%1&quot;: a window on %2 ends before it starts</source>
        <translation>incident «&#xa0;%1&#xa0;»&#xa0;: une fenêtre sur %2 se termine avant de commencer</translation>
    </message>
</context>
<context>
    <name>OutageDesk::InstancesTableModel</name>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Data center</source>
        <translation>Centre de données</translation>
    </message>
</context>
<context>
    <name>OutageDesk::KeychainCredentialStore</name>
    <message>
        <source>this build has no keychain support</source>
        <translation>cette version n&apos;a pas de prise en charge du trousseau</translation>
    </message>
</context>
<context>
    <name>OutageDesk::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Outage Desk will use the new language the next time it starts.</source>
        <translation>Outage Desk utilisera la nouvelle langue au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>OutageDesk::LintAcceptanceRepository</name>
    <message>
        <source>cannot record the acceptance of %1: %2</source>
        <translation>impossible d&apos;enregistrer l&apos;acceptation de %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>OutageDesk::Linter</name>
    <message>
        <source>instance %1 belongs to no known data center, so its times have no zone</source>
        <translation>l&apos;instance %1 n&apos;appartient à aucun centre de données connu&#xa0;: ses heures n&apos;ont donc pas de fuseau</translation>
    </message>
    <message>
        <source>data center %1 has no valid IANA time zone (&quot;%2&quot;): its windows cannot be shown in local time</source>
        <translation>le centre de données %1 n&apos;a pas de fuseau horaire IANA valide («&#xa0;%2&#xa0;»)&#xa0;: ses fenêtres ne peuvent pas être affichées en heure locale</translation>
    </message>
    <message>
        <source>%1 overlaps %2; the overlap is counted once in availability, but check whether the same outage was logged twice</source>
        <translation>%1 chevauche %2&#xa0;; le chevauchement ne compte qu&apos;une fois dans la disponibilité, mais vérifiez que la même interruption n&apos;a pas été saisie deux fois</translation>
    </message>
    <message>
        <source>%1 is an %2 window that starts in the future; only maintenance is announced ahead</source>
        <translation>%1 est une fenêtre de type %2 qui commence dans le futur&#xa0;; seule la maintenance est annoncée à l&apos;avance</translation>
    </message>
    <message>
        <source>the incident is resolved but %1 has no end; record when it ended</source>
        <translation>l&apos;incident est résolu mais %1 n&apos;a pas de fin&#xa0;; indiquez quand elle s&apos;est terminée</translation>
    </message>
    <message>
        <source>%1 runs %2, from evening to %3 the next morning; if the end was meant as PM, it is %4 (%5)</source>
        <translation>%1 dure %2, du soir jusqu&apos;à %3 le lendemain matin&#xa0;; si la fin devait être PM, c&apos;est %4 (%5)</translation>
    </message>
    <message>
        <source>%1 goes on after the incident was posted as resolved (%2)</source>
        <translation>%1 se poursuit après l&apos;annonce de la résolution de l&apos;incident (%2)</translation>
    </message>
    <message>
        <source>%1 ends at %2, not after its start; if the end was meant in the other half of the day, it is %3 (%4)</source>
        <translation>%1 se termine à %2, pas après son début&#xa0;; si la fin visait l&apos;autre moitié de la journée, c&apos;est %3 (%4)</translation>
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
        <translation>Rechercher dans les titres, les mises à jour et l&apos;analyse des causes profondes (Ctrl+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Open (not resolved)</source>
        <translation>Ouverts (non résolus)</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Toutes les gravités</translation>
    </message>
    <message>
        <source>All data centers</source>
        <translation>Tous les centres de données</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an incident on the left, or create one with &lt;b&gt;Incident ▸ New Incident&lt;/b&gt; (Ctrl+N).&lt;/p&gt;&lt;p&gt;Every change is saved as you make it; Ctrl+Z takes it back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sélectionnez un incident à gauche, ou créez-en un avec &lt;b&gt;Incident ▸ Nouvel incident&lt;/b&gt; (Ctrl+N).&lt;/p&gt;&lt;p&gt;Chaque modification est enregistrée aussitôt&#xa0;; Ctrl+Z l&apos;annule.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Outage Gantt</source>
        <translation>Gantt des interruptions</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;New Incident</source>
        <translation>&amp;Nouvel incident</translation>
    </message>
    <message>
        <source>&amp;Delete Incident</source>
        <translation>&amp;Supprimer l&apos;incident</translation>
    </message>
    <message>
        <source>Add Outage &amp;Window</source>
        <translation>Ajouter une &amp;fenêtre d&apos;interruption</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>Add Status &amp;Update</source>
        <translation>Ajouter une mise à jour d&apos;ét&amp;at</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>&amp;Data Centers and Instances…</source>
        <translation>&amp;Centres de données et instances…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>&amp;About Outage Desk</source>
        <translation>À &amp;propos d&apos;Outage Desk</translation>
    </message>
    <message>
        <source>About Outage Desk</source>
        <translation>À propos d&apos;Outage Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Outage Desk %1&lt;/h3&gt;&lt;p&gt;Log incidents, record outage windows per data center, write the root cause analysis and publish it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Outage Desk %1&lt;/h3&gt;&lt;p&gt;Consignez les incidents, saisissez les fenêtres d&apos;interruption par centre de données, rédigez l&apos;analyse des causes profondes et publiez-la.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Export &amp;Chart…</source>
        <translation>Exporter le &amp;diagramme…</translation>
    </message>
    <message>
        <source>&amp;Print Chart…</source>
        <translation>Im&amp;primer le diagramme…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>&amp;Incident</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>%1 — Outage Desk</source>
        <translation>%1 — Outage Desk</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Every change is written to the workspace file as you make it.</source>
        <translation>Chaque modification est écrite dans le fichier de l&apos;espace de travail dès qu&apos;elle est faite.</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Open Another…</source>
        <translation>En ouvrir un autre…</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>Outage Desk workspaces (*.sqlite *.db);;All files (*)</source>
        <translation>Espaces de travail Outage Desk (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>workspace.sqlite</source>
        <translation>espace-de-travail.sqlite</translation>
    </message>
    <message>
        <source>Outage Desk workspaces (*.sqlite)</source>
        <translation>Espaces de travail Outage Desk (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 already exists; it is opened as it is, nothing in it is replaced.</source>
        <translation>%1 existe déjà&#xa0;; il est ouvert tel quel, rien n&apos;y est remplacé.</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>Fichiers récents</translation>
    </message>
    <message>
        <source>%1 is no longer there; it is taken off the list.</source>
        <translation>%1 n&apos;existe plus&#xa0;; il est retiré de la liste.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>Import Incidents</source>
        <translation>Importer des incidents</translation>
    </message>
    <message>
        <source>Outage Desk exchange files (*.json);;All files (*)</source>
        <translation>Fichiers d&apos;échange Outage Desk (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Each file is imported whole or not at all:

%1</source>
        <translation>Chaque fichier est importé en entier ou pas du tout&#xa0;:

%1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export the selected incident or the whole workspace?</source>
        <translation>Exporter l&apos;incident sélectionné ou tout l&apos;espace de travail&#xa0;?</translation>
    </message>
    <message>
        <source>Selected Incident</source>
        <translation>Incident sélectionné</translation>
    </message>
    <message>
        <source>Whole Workspace</source>
        <translation>Tout l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Export Incidents</source>
        <translation>Exporter des incidents</translation>
    </message>
    <message>
        <source>Outage Desk exchange files (*.json)</source>
        <translation>Fichiers d&apos;échange Outage Desk (*.json)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté dans %1</translation>
    </message>
    <message>
        <source>Select the incident to export first.</source>
        <translation>Sélectionnez d&apos;abord l&apos;incident à exporter.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Aucun espace de travail ouvert</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n incident(s)</source>
        <translation>
            <numerusform>%1 sur %n incident</numerusform>
            <numerusform>%1 sur %n incidents</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n data center(s)</source>
        <translation>
            <numerusform>%n centre de données</numerusform>
            <numerusform>%n centres de données</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré %1</translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation>Modification non enregistrée</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Nouvel incident</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;. Undo with %2.</source>
        <translation>«&#xa0;%1&#xa0;» supprimé. Annulez avec %2.</translation>
    </message>
    <message>
        <source>&amp;Preferences</source>
        <translation>&amp;Préférences</translation>
    </message>
    <message>
        <source>%1: %2, %3.</source>
        <extracomment>%1 the file name, %2 &quot;N incident(s) created&quot;, %3 &quot;N updated&quot;</extracomment>
        <translation>%1&#xa0;: %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) created</source>
        <translation>
            <numerusform>%n incident créé</numerusform>
            <numerusform>%n incidents créés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n mis à jour</numerusform>
            <numerusform>%n mis à jour</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Writing %1: %2 of %3 incidents…</source>
        <translation>Écriture de %1&#xa0;: %2 incidents sur %3…</translation>
    </message>
    <message>
        <source>Building the search index for %1…</source>
        <translation>Construction de l&apos;index de recherche pour %1…</translation>
    </message>
    <message>
        <source>&amp;Customers…</source>
        <translation>&amp;Clients…</translation>
    </message>
    <message>
        <source>Incident &amp;List</source>
        <translation>&amp;Liste des incidents</translation>
    </message>
    <message>
        <source>&amp;Focus Mode</source>
        <translation>Mode &amp;concentration</translation>
    </message>
    <message>
        <source>Give the editor or the chart the whole window (%1)</source>
        <translation>Donner toute la fenêtre à l&apos;éditeur ou au diagramme (%1)</translation>
    </message>
    <message>
        <source>RCA Preview &amp;Below the Text</source>
        <translation>Aperçu de l&apos;ACP sous le &amp;texte</translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation>Onglet &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Previous Tab</source>
        <translation>Onglet &amp;précédent</translation>
    </message>
    <message>
        <source>Outage &amp;Gantt</source>
        <translation>&amp;Gantt des interruptions</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>W&amp;orkspace</source>
        <translation>Espace de tra&amp;vail</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Annulé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Rétabli&#xa0;: %1</translation>
    </message>
    <message>
        <source>Undone in “%1”: %2</source>
        <extracomment>%1 the incident&apos;s title, %2 what was undone, e.g. &quot;Edit title&quot;</extracomment>
        <translation>Annulé dans «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Redone in “%1”: %2</source>
        <translation>Rétabli dans «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>No incident matches these filters.</source>
        <translation>Aucun incident ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>No incident matches &quot;%1&quot; with these filters.</source>
        <translation>Aucun incident ne correspond à «&#xa0;%1&#xa0;» avec ces filtres.</translation>
    </message>
</context>
<context>
    <name>OutageDesk::MessageBoxWallTimeQuestion</name>
    <message>
        <source>Time does not exist</source>
        <translation>L&apos;heure n&apos;existe pas</translation>
    </message>
    <message>
        <source>Time happened twice</source>
        <translation>L&apos;heure a eu lieu deux fois</translation>
    </message>
    <message>
        <source>Time not accepted</source>
        <translation>Heure refusée</translation>
    </message>
</context>
<context>
    <name>OutageDesk::MimeComposer</name>
    <message>
        <source>“%1” is not an e-mail address</source>
        <translation>« %1 » n’est pas une adresse électronique</translation>
    </message>
    <message>
        <source>the message could not be composed</source>
        <translation>le message n’a pas pu être composé</translation>
    </message>
</context>
<context>
    <name>OutageDesk::NotificationMail</name>
    <message>
        <source>Status notifications</source>
        <translation>Notifications d’état</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>Update of %1 (%2):</source>
        <translation>Mise à jour du %1 (%2) :</translation>
    </message>
    <message>
        <source>Affected:</source>
        <translation>Concerné :</translation>
    </message>
    <message>
        <source>Current status: %1</source>
        <translation>État actuel : %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Détails : %1</translation>
    </message>
    <message>
        <source>You receive this because you are registered for status notifications. To unsubscribe, reply with &quot;unsubscribe&quot; or write to %1.</source>
        <translation>Vous recevez ce message parce que vous êtes inscrit aux notifications d’état. Pour vous désabonner, répondez avec « unsubscribe » ou écrivez à %1.</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>See the incident on the status portal</source>
        <translation>Voir l’incident sur le portail d’état</translation>
    </message>
</context>
<context>
    <name>OutageDesk::OutboxCommand</name>
    <message>
        <source>send every waiting or failed publication now</source>
        <translation>envoyer maintenant chaque publication en attente ou en échec</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>afficher du JSON</translation>
    </message>
    <message>
        <source>include finished publications</source>
        <translation>inclure les publications terminées</translation>
    </message>
    <message numerus="yes">
        <source>%n published</source>
        <translation>
            <numerusform>%n publiée</numerusform>
            <numerusform>%n publiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>list queued publications (--json); “outbox retry” sends them now; “outbox cancel ID” withdraws one</source>
        <translation>lister les publications en attente (--json)&#xa0;; «&#xa0;outbox retry&#xa0;» les envoie maintenant&#xa0;; «&#xa0;outbox cancel ID&#xa0;» en retire une</translation>
    </message>
    <message>
        <source>withdraw the waiting or failed publication ID</source>
        <translation>retirer la publication ID en attente ou en échec</translation>
    </message>
    <message>
        <source>outbox cancel: “%1” is not a publication id (see “outbox”)</source>
        <translation>outbox cancel&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un numéro de publication (voir «&#xa0;outbox&#xa0;»)</translation>
    </message>
    <message>
        <source>publication %1 cancelled; nothing was sent</source>
        <translation>publication %1 annulée&#xa0;; rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <source>outbox: use “outbox [--json]”, “outbox retry” or “outbox cancel ID”</source>
        <translation>outbox&#xa0;: utilisez «&#xa0;outbox [--json]&#xa0;», «&#xa0;outbox retry&#xa0;» ou «&#xa0;outbox cancel ID&#xa0;»</translation>
    </message>
</context>
<context>
    <name>OutageDesk::OutboxDialog</name>
    <message>
        <source>Nothing is waiting: every publication went out.</source>
        <translation>Rien n&apos;attend&#xa0;: toutes les publications sont parties.</translation>
    </message>
    <message>
        <source>Everything went out.</source>
        <translation>Tout est parti.</translation>
    </message>
    <message numerus="yes">
        <source>%n publication(s) still waiting; see the reasons above.</source>
        <translation>
            <numerusform>%n publication encore en attente&#xa0;; voyez les raisons ci-dessus.</numerusform>
            <numerusform>%n publications encore en attente&#xa0;; voyez les raisons ci-dessus.</numerusform>
        </translation>
    </message>
    <message>
        <source>The publication of “%1” to %2 is cancelled; nothing was sent.</source>
        <translation>La publication de «&#xa0;%1&#xa0;» sur %2 est annulée&#xa0;; rien n&apos;a été envoyé.</translation>
    </message>
</context>
<context>
    <name>OutageDesk::OutboxTableModel</name>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompue</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <source>after a retry</source>
        <translation>après une nouvelle tentative</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portail</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Prochaine tentative</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
</context>
<context>
    <name>OutageDesk::PortalCommand</name>
    <message>
        <source>publishing targets: portal add NAME --kind webdav|statuspage|webhook --url URL; portal list; portal remove NAME; portal build --out DIR</source>
        <translation>cibles de publication&#xa0;: portal add NOM --kind webdav|statuspage|webhook --url URL&#xa0;; portal list&#xa0;; portal remove NOM&#xa0;; portal build --out DOSSIER</translation>
    </message>
    <message>
        <source>add, list, remove or build</source>
        <translation>add, list, remove ou build</translation>
    </message>
    <message>
        <source>the portal&apos;s name (add, remove)</source>
        <translation>le nom du portail (add, remove)</translation>
    </message>
    <message>
        <source>webdav, statuspage or webhook</source>
        <translation>webdav, statuspage ou webhook</translation>
    </message>
    <message>
        <source>WebDAV folder, Statuspage API base or webhook endpoint; for build, the site&apos;s public URL</source>
        <translation>dossier WebDAV, base de l&apos;API Statuspage ou point de terminaison du webhook&#xa0;; pour build, l&apos;URL publique du site</translation>
    </message>
    <message>
        <source>WebDAV user</source>
        <translation>utilisateur WebDAV</translation>
    </message>
    <message>
        <source>Statuspage page id</source>
        <translation>identifiant de page Statuspage</translation>
    </message>
    <message>
        <source>PEM file of a private CA to trust for this portal</source>
        <translation>fichier PEM d&apos;une autorité de certification privée à approuver pour ce portail</translation>
    </message>
    <message>
        <source>map an instance to a Statuspage component (repeatable)</source>
        <translation>associer une instance à un composant Statuspage (répétable)</translation>
    </message>
    <message>
        <source>the portal&apos;s heading</source>
        <translation>le titre du portail</translation>
    </message>
    <message>
        <source>transfer timeout per request (default 30000)</source>
        <translation>délai d&apos;expiration par requête (30000 par défaut)</translation>
    </message>
    <message>
        <source>build: the folder to write the site to</source>
        <translation>build&#xa0;: le dossier où écrire le site</translation>
    </message>
    <message>
        <source>portal: use “portal add NAME --kind … --url …”, “portal list”, “portal remove NAME” or “portal build --out DIR”</source>
        <translation>portal&#xa0;: utilisez «&#xa0;portal add NOM --kind … --url …&#xa0;», «&#xa0;portal list&#xa0;», «&#xa0;portal remove NOM&#xa0;» ou «&#xa0;portal build --out DOSSIER&#xa0;»</translation>
    </message>
    <message>
        <source>add: keep the secret nowhere; ask for it at each publish (for a desk without a keychain)</source>
        <translation>add&#xa0;: ne conserver le secret nulle part&#xa0;; le demander à chaque publication (pour un poste sans trousseau)</translation>
    </message>
    <message>
        <source>the language of every page the portal shows (en, de, fr, he; default en)</source>
        <translation>la langue de toutes les pages du portail (en, de, fr, he&#xa0;; par défaut en)</translation>
    </message>
    <message>
        <source>the portal&apos;s clock: 24h (default) or 12h</source>
        <translation>l’affichage des heures du portail&#xa0;: 24h (par défaut) ou 12h</translation>
    </message>
</context>
<context>
    <name>OutageDesk::PortalRepository</name>
    <message>
        <source>“%1” is not a valid portal name (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, at most 64).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de portail valide (lettres, chiffres, &apos;.&apos;, &apos;_&apos; et &apos;-&apos;, 64 au plus).</translation>
    </message>
    <message>
        <source>A portal named “%1” already exists.</source>
        <translation>Un portail nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
</context>
<context>
    <name>OutageDesk::PortalSiteBuilder</name>
    <message>
        <source>Service status</source>
        <translation>État des services</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Mis à jour le %1</translation>
    </message>
    <message>
        <source>Active incidents</source>
        <translation>Incidents en cours</translation>
    </message>
    <message>
        <source>No active incidents.</source>
        <translation>Aucun incident en cours.</translation>
    </message>
    <message>
        <source>Scheduled maintenance</source>
        <translation>Maintenance planifiée</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>État actuel</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Daily availability of %1, oldest first</source>
        <translation>Disponibilité quotidienne de %1, la plus ancienne d&apos;abord</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Recent incidents</source>
        <translation>Incidents récents</translation>
    </message>
    <message>
        <source>No incidents reported.</source>
        <translation>Aucun incident signalé.</translation>
    </message>
    <message>
        <source>All incidents</source>
        <translation>Tous les incidents</translation>
    </message>
    <message>
        <source>Incident history</source>
        <translation>Historique des incidents</translation>
    </message>
    <message>
        <source>Impact: %1</source>
        <translation>Impact&#xa0;: %1</translation>
    </message>
    <message>
        <source>Affected services</source>
        <translation>Services touchés</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>Outage windows on a time line</source>
        <translation>Fenêtres d&apos;interruption sur une frise chronologique</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <source>No updates yet.</source>
        <translation>Pas encore de mise à jour.</translation>
    </message>
    <message>
        <source>Root cause analysis</source>
        <translation>Analyse des causes profondes</translation>
    </message>
    <message>
        <source>[Root cause analysis] %1</source>
        <translation>[Analyse des causes profondes] %1</translation>
    </message>
    <message>
        <source>Availability, last %1 days</source>
        <translation>Disponibilité, %1 derniers jours</translation>
    </message>
    <message>
        <source>One bar per day, oldest first: green no interruption, amber degraded or under 1 % down, red 1 % down or more, blue maintenance. Each bar names its day and figure.</source>
        <translation>Une barre par jour, la plus ancienne d&apos;abord&#xa0;: vert sans interruption, orange dégradé ou moins de 1 % d&apos;arrêt, rouge 1 % d&apos;arrêt ou plus, bleu maintenance. Chaque barre indique son jour et son chiffre.</translation>
    </message>
    <message>
        <source>Skip to content</source>
        <translation>Aller au contenu</translation>
    </message>
    <message>
        <source>Incident feed</source>
        <translation>Flux des incidents</translation>
    </message>
    <message>
        <source>Atom feed</source>
        <translation>Flux Atom</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>Opérationnel</translation>
    </message>
    <message>
        <source>Outage</source>
        <translation>Interruption</translation>
    </message>
    <message>
        <source>Degraded performance</source>
        <translation>Performances dégradées</translation>
    </message>
    <message>
        <source>Under maintenance</source>
        <translation>En maintenance</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>All systems operational</source>
        <translation>Tous les systèmes sont opérationnels</translation>
    </message>
    <message>
        <source>Minor service outage</source>
        <translation>Interruption de service mineure</translation>
    </message>
    <message>
        <source>Major service outage</source>
        <translation>Interruption de service majeure</translation>
    </message>
    <message>
        <source>Critical service outage</source>
        <translation>Interruption de service critique</translation>
    </message>
    <message>
        <source>Service under maintenance</source>
        <translation>Service en maintenance</translation>
    </message>
</context>
<context>
    <name>OutageDesk::PortalsDialog</name>
    <message>
        <source>Static status portal (WebDAV)</source>
        <translation>Portail d&apos;état statique (WebDAV)</translation>
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
        <translation>Instance</translation>
    </message>
    <message>
        <source>Statuspage component id</source>
        <translation>Identifiant de composant Statuspage</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>Certificat d&apos;autorité</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>unchanged (kept in the keychain)</source>
        <translation>inchangé (conservé dans le trousseau)</translation>
    </message>
    <message>
        <source>password or API key</source>
        <translation>mot de passe ou clé d&apos;API</translation>
    </message>
    <message>
        <source>Give the portal a name: letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Donnez un nom au portail&#xa0;: lettres, chiffres, &apos;.&apos;, &apos;_&apos; et &apos;-&apos;.</translation>
    </message>
    <message>
        <source>The URL must start with https:// (or http:// on a trusted network).</source>
        <translation>L&apos;URL doit commencer par https:// (ou http:// sur un réseau de confiance).</translation>
    </message>
    <message>
        <source>A Statuspage portal needs its page id.</source>
        <translation>Un portail Statuspage nécessite son identifiant de page.</translation>
    </message>
    <message>
        <source>Type the portal&apos;s secret (password or API key); it is stored in the system keychain.</source>
        <translation>Saisissez le secret du portail (mot de passe ou clé d&apos;API)&#xa0;; il est conservé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Portal %1 saved.</source>
        <translation>Portail %1 enregistré.</translation>
    </message>
    <message>
        <source>Remove Portal</source>
        <translation>Supprimer le portail</translation>
    </message>
    <message>
        <source>Remove portal %1 and its secret? Publications waiting for it are dropped.</source>
        <translation>Supprimer le portail %1 et son secret&#xa0;? Les publications qui l&apos;attendent sont abandonnées.</translation>
    </message>
    <message>
        <source>Portal %1 removed.</source>
        <translation>Portail %1 supprimé.</translation>
    </message>
    <message>
        <source>asked for at each publish</source>
        <translation>demandé à chaque publication</translation>
    </message>
    <message>
        <source>Portal %1 saved; its secret is asked for at each publish and kept nowhere.</source>
        <translation>Portail %1 enregistré&#xa0;; son secret est demandé à chaque publication et conservé nulle part.</translation>
    </message>
    <message>
        <source>Type the portal&apos;s secret to test with.</source>
        <translation>Saisissez le secret du portail pour le test.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Interrogation de %1…</translation>
    </message>
</context>
<context>
    <name>OutageDesk::PreferencesDialog</name>
    <message>
        <source>System</source>
        <translation>Celui du système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Inserts spaces</source>
        <translation>insère des espaces</translation>
    </message>
    <message>
        <source>Moves to the next field</source>
        <translation>passe au champ suivant</translation>
    </message>
    <message>
        <source>24-hour (14:56)</source>
        <translation>24 heures (14:56)</translation>
    </message>
    <message>
        <source>12-hour (2:56 PM)</source>
        <translation>12 heures (2:56 PM)</translation>
    </message>
</context>
<context>
    <name>OutageDesk::PublicLocale</name>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>OutageDesk::PublishCommand</name>
    <message>
        <source>publish an incident, its updates and its approved RCA to a portal (exit 3 when queued)</source>
        <translation>publier un incident, ses mises à jour et son analyse des causes profondes approuvée sur un portail (code de sortie 3 si mis en file d&apos;attente)</translation>
    </message>
    <message>
        <source>the incident&apos;s UUID or a unique prefix of at least 8 characters</source>
        <translation>l&apos;UUID de l&apos;incident ou un préfixe unique d&apos;au moins 8 caractères</translation>
    </message>
    <message>
        <source>the portal to publish to</source>
        <translation>le portail où publier</translation>
    </message>
    <message>
        <source>the Publication History note</source>
        <translation>la note de l&apos;historique des publications</translation>
    </message>
    <message>
        <source>let the portal notify its subscribers (statuspage)</source>
        <translation>laisser le portail prévenir ses abonnés (statuspage)</translation>
    </message>
    <message>
        <source>publish: use “publish ID --portal NAME [--note TEXT]”</source>
        <translation>publish&#xa0;: utilisez «&#xa0;publish ID --portal NOM [--note TEXTE]&#xa0;»</translation>
    </message>
    <message>
        <source>publish: no portal named “%1” (see outagedesk portal list)</source>
        <translation>publish&#xa0;: aucun portail nommé «&#xa0;%1&#xa0;» (voir outagedesk portal list)</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <source>publish: the RCA of this incident is not approved and was left out; its status updates are published</source>
        <translation>publish&#xa0;: l&apos;analyse des causes profondes de cet incident n&apos;est pas approuvée et a été omise&#xa0;; ses mises à jour d&apos;état sont publiées</translation>
    </message>
    <message>
        <source>Published %1 to %2.</source>
        <translation>%1 publié sur %2.</translation>
    </message>
    <message>
        <source>publish: %1</source>
        <translation>publish&#xa0;: %1</translation>
    </message>
    <message>
        <source>publish: the publication stays in the outbox (job %1); fix the portal, then run “outagedesk outbox retry”</source>
        <translation>publish&#xa0;: la publication reste dans la boîte d&apos;envoi (tâche %1)&#xa0;; corrigez le portail, puis lancez «&#xa0;outagedesk outbox retry&#xa0;»</translation>
    </message>
    <message>
        <source>publish: queued in the outbox (job %1), will retry: %2</source>
        <translation>publish&#xa0;: mis en file dans la boîte d&apos;envoi (tâche %1), nouvelle tentative prévue&#xa0;: %2</translation>
    </message>
    <message>
        <source>publish: warning: %1</source>
        <translation>publish&#xa0;: avertissement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>OutageDesk::PublishDialog</name>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <source>There is no portal yet: add one under Workspace ▸ Portals.</source>
        <translation>Il n&apos;y a pas encore de portail&#xa0;: ajoutez-en un dans Espace de travail ▸ Portails.</translation>
    </message>
    <message>
        <source>The status portal at %1 is regenerated; only changed files are uploaded.</source>
        <translation>Le portail d&apos;état à %1 est régénéré&#xa0;; seuls les fichiers modifiés sont envoyés.</translation>
    </message>
    <message>
        <source>Statuspage page %1: the incident, its new status updates and, if approved, the RCA as postmortem.</source>
        <translation>Page Statuspage %1&#xa0;: l&apos;incident, ses nouvelles mises à jour d&apos;état et, si elle est approuvée, l&apos;analyse des causes profondes comme post-mortem.</translation>
    </message>
    <message>
        <source>A signed POST to %1 with the incident (no internal notes) and this page.</source>
        <translation>Un POST signé vers %1 avec l&apos;incident (sans les notes internes) et cette page.</translation>
    </message>
    <message>
        <source>Subscribers ARE notified.</source>
        <translation>Les abonnés SONT prévenus.</translation>
    </message>
    <message>
        <source>Subscribers are not notified.</source>
        <translation>Les abonnés ne sont pas prévenus.</translation>
    </message>
    <message>
        <source>The RCA is not approved and is left out; the status updates are published.</source>
        <translation>L&apos;analyse des causes profondes n&apos;est pas approuvée et est omise&#xa0;; les mises à jour d&apos;état sont publiées.</translation>
    </message>
    <message>
        <source>The approved RCA is included.</source>
        <translation>L&apos;analyse des causes profondes approuvée est incluse.</translation>
    </message>
    <message>
        <source>There is no RCA yet; the status updates are published.</source>
        <translation>Il n&apos;y a pas encore d&apos;analyse des causes profondes&#xa0;; les mises à jour d&apos;état sont publiées.</translation>
    </message>
    <message>
        <source>Notify Subscribers</source>
        <translation>Prévenir les abonnés</translation>
    </message>
    <message>
        <source>Everyone subscribed to %1 will be notified now. Publish and notify?</source>
        <translation>Tous les abonnés de %1 vont être prévenus maintenant. Publier et prévenir&#xa0;?</translation>
    </message>
    <message>
        <source>There is no portal yet: add one with Add Portal….</source>
        <translation>Il n&apos;y a pas encore de portail&#xa0;: ajoutez-en un avec «&#xa0;Ajouter un portail…&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>Open warnings in the checks (%n):</source>
        <translation>
            <numerusform>Avertissement ouvert dans les vérifications (%n)&#xa0;:</numerusform>
            <numerusform>Avertissements ouverts dans les vérifications (%n)&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutageDesk::PublishOutcome</name>
    <message>
        <source>%1: the server&apos;s TLS certificate was refused (%2). Name the portal&apos;s CA file in its settings if it uses a private CA.</source>
        <translation>%1&#xa0;: le certificat TLS du serveur a été refusé (%2). Indiquez le fichier d&apos;autorité de certification du portail dans ses réglages s&apos;il utilise une autorité privée.</translation>
    </message>
    <message>
        <source>%1: no answer from the server in time.</source>
        <translation>%1&#xa0;: pas de réponse du serveur à temps.</translation>
    </message>
    <message>
        <source>%1: TLS handshake failed (%2).</source>
        <translation>%1&#xa0;: échec de la négociation TLS (%2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: HTTP 401, the portal refused the credentials (wrong user, password or API key?)%2</source>
        <translation>%1&#xa0;: HTTP 401, le portail a refusé les identifiants (utilisateur, mot de passe ou clé d&apos;API erronés&#xa0;?)%2</translation>
    </message>
    <message>
        <source>%1: HTTP 403, the account may not do this%2</source>
        <translation>%1&#xa0;: HTTP 403, le compte n&apos;a pas ce droit%2</translation>
    </message>
    <message>
        <source>%1: HTTP 404, not found: check the portal&apos;s URL and page id%2</source>
        <translation>%1&#xa0;: HTTP 404, introuvable&#xa0;: vérifiez l&apos;URL et l&apos;identifiant de page du portail%2</translation>
    </message>
    <message>
        <source>%1: HTTP %2, try again later%3</source>
        <translation>%1&#xa0;: HTTP %2, réessayez plus tard%3</translation>
    </message>
    <message>
        <source>%1: HTTP %2 from the server%3</source>
        <translation>%1&#xa0;: HTTP %2 du serveur%3</translation>
    </message>
    <message>
        <source>%1: HTTP %2%3</source>
        <translation>%1&#xa0;: HTTP %2%3</translation>
    </message>
    <message>
        <source>%1: the connection closed before the server answered; it may have arrived, and the next attempt checks before sending again.</source>
        <translation>%1&#xa0;: la connexion s&apos;est fermée avant la réponse du serveur&#xa0;; la requête est peut-être arrivée, et la prochaine tentative le vérifie avant de renvoyer.</translation>
    </message>
    <message>
        <source>%1: the server redirected to %2, another origin; publications never follow a redirect away from the configured portal (nothing was sent there). Correct the portal&apos;s URL if it moved.</source>
        <translation>%1&#xa0;: le serveur a redirigé vers %2, une autre origine&#xa0;; une publication ne suit jamais une redirection hors du portail configuré (rien n&apos;y a été envoyé). Corrigez l&apos;URL du portail s&apos;il a déménagé.</translation>
    </message>
    <message>
        <source>%1: the server answered HTTP %2 with a redirect to %3, which would change the request&apos;s method or drop its body; nothing was sent there. Correct the portal&apos;s URL.</source>
        <translation>%1&#xa0;: le serveur a répondu HTTP %2 avec une redirection vers %3, qui changerait la méthode de la requête ou en perdrait le corps&#xa0;; rien n&apos;y a été envoyé. Corrigez l&apos;URL du portail.</translation>
    </message>
    <message>
        <source>%1: HTTP %2, too many requests; the portal asked us to wait%3</source>
        <translation>%1&#xa0;: HTTP %2, trop de requêtes&#xa0;; le portail demande d&apos;attendre%3</translation>
    </message>
</context>
<context>
    <name>OutageDesk::PublishedIncidents</name>
    <message>
        <source>The copy of incident %1 last sent to this portal cannot be read (%2); publish that incident again to replace it.</source>
        <translation>La copie de l&apos;incident %1 envoyée en dernier à ce portail est illisible (%2)&#xa0;; publiez de nouveau cet incident pour la remplacer.</translation>
    </message>
</context>
<context>
    <name>OutageDesk::Publisher</name>
    <message>
        <source>No portal named “%1”; add it first (outagedesk portal add).</source>
        <translation>Aucun portail nommé «&#xa0;%1&#xa0;»&#xa0;; ajoutez-le d&apos;abord (outagedesk portal add).</translation>
    </message>
    <message>
        <source>No incident %1.</source>
        <translation>Aucun incident %1.</translation>
    </message>
    <message>
        <source>The portal of this job was removed.</source>
        <translation>Le portail de cette tâche a été supprimé.</translation>
    </message>
    <message>
        <source>The incident of this job was deleted.</source>
        <translation>L&apos;incident de cette tâche a été supprimé.</translation>
    </message>
    <message>
        <source>No keychain.</source>
        <translation>Pas de trousseau.</translation>
    </message>
    <message>
        <source>Published, but the workspace could not record it: %1</source>
        <translation>Publié, mais l&apos;espace de travail n&apos;a pas pu l&apos;enregistrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Portal %1 asks for its secret at each publish, and none was given: publish again or retry from the outbox, and type it when asked.</source>
        <translation>Le portail %1 demande son secret à chaque publication, et aucun n&apos;a été donné&#xa0;: publiez à nouveau ou réessayez depuis la boîte d&apos;envoi, et saisissez-le lorsqu&apos;il est demandé.</translation>
    </message>
</context>
<context>
    <name>OutageDesk::PublishingActions</name>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Publier…</translation>
    </message>
    <message>
        <source>Publish the incident to a status portal, after a preview</source>
        <translation>Publier l&apos;incident sur un portail d&apos;état, après un aperçu</translation>
    </message>
    <message>
        <source>P&amp;ortals…</source>
        <translation>P&amp;ortails…</translation>
    </message>
    <message>
        <source>Out&amp;box…</source>
        <translation>&amp;Boîte d&apos;envoi…</translation>
    </message>
    <message numerus="yes">
        <source>%n publication(s) waiting</source>
        <translation>
            <numerusform>%n publication en attente</numerusform>
            <numerusform>%n publications en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>offline — %n waiting</source>
        <translation>
            <numerusform>hors ligne — %n en attente</numerusform>
            <numerusform>hors ligne — %n en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Workspace ▸ Outbox to see why and to retry.</source>
        <translation>Ouvrez Espace de travail ▸ Boîte d&apos;envoi pour voir pourquoi et réessayer.</translation>
    </message>
    <message>
        <source>Select the incident to publish first.</source>
        <translation>Sélectionnez d&apos;abord l&apos;incident à publier.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Published to %1.</source>
        <translation>Publié sur %1.</translation>
    </message>
    <message>
        <source>%1 refused the publication:
%2

It stays in the outbox; fix the portal under Workspace ▸ Portals, then retry it from the outbox.</source>
        <translation>%1 a refusé la publication&#xa0;:
%2

Elle reste dans la boîte d&apos;envoi&#xa0;; corrigez le portail dans Espace de travail ▸ Portails, puis relancez-la depuis la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>Queued: %1 — it goes out by itself when %2 is reachable.</source>
        <translation>En file d&apos;attente&#xa0;: %1 — elle partira d&apos;elle-même dès que %2 sera joignable.</translation>
    </message>
    <message>
        <source>&amp;Build Portal…</source>
        <translation>&amp;Générer le portail…</translation>
    </message>
    <message>
        <source>Write the workspace as a static status portal into a folder</source>
        <translation>Écrire l&apos;espace de travail sous forme de portail d&apos;état statique dans un dossier</translation>
    </message>
    <message>
        <source>Copy RCA as &amp;Markdown</source>
        <translation>Copier l&apos;ACP en &amp;Markdown</translation>
    </message>
    <message>
        <source>Copy RCA as &amp;HTML</source>
        <translation>Copier l&apos;ACP en &amp;HTML</translation>
    </message>
    <message>
        <source>Not published: portal %1 needs its secret.</source>
        <translation>Non publié&#xa0;: le portail %1 a besoin de son secret.</translation>
    </message>
    <message>
        <source>The RCA is on the clipboard as Markdown.</source>
        <translation>L&apos;ACP est dans le presse-papiers en Markdown.</translation>
    </message>
    <message>
        <source>The RCA is on the clipboard as HTML.</source>
        <translation>L&apos;ACP est dans le presse-papiers en HTML.</translation>
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
        <translation>Gras</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Spelling language of this incident&apos;s RCA</source>
        <translation>Langue de vérification orthographique de l&apos;analyse des causes profondes de cet incident</translation>
    </message>
    <message>
        <source>No spelling check</source>
        <translation>Pas de vérification orthographique</translation>
    </message>
    <message>
        <source>No Hunspell dictionary is installed (Debian: hunspell-en-us, hunspell-de-de, …)</source>
        <translation>Aucun dictionnaire Hunspell n&apos;est installé (Debian&#xa0;: hunspell-en-us, hunspell-fr, …)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
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
        <translation>Enregistrer le texte comme modèle…</translation>
    </message>
    <message>
        <source>Submit for Review</source>
        <translation>Soumettre à la relecture</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Approuver…</translation>
    </message>
    <message>
        <source>Back to Draft</source>
        <translation>Revenir au brouillon</translation>
    </message>
    <message>
        <source>Start from Template</source>
        <translation>Partir d&apos;un modèle</translation>
    </message>
    <message>
        <source>This incident has no RCA yet.</source>
        <translation>Cet incident n&apos;a pas encore d&apos;analyse des causes profondes.</translation>
    </message>
    <message>
        <source>Select one revision to compare it with the current text, or two to compare them.</source>
        <translation>Sélectionnez une révision pour la comparer au texte actuel, ou deux pour les comparer entre elles.</translation>
    </message>
    <message>
        <source>Restore This Revision</source>
        <translation>Restaurer cette révision</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n mot</numerusform>
            <numerusform>%n mots</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s), %3 note(s)</source>
        <translation>%1 erreur(s), %2 avertissement(s), %3 remarque(s)</translation>
    </message>
    <message>
        <source>Checks (%1)</source>
        <translation>Vérifications (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Draft&lt;/b&gt;: not yet reviewed; it will not be published.</source>
        <translation>&lt;b&gt;Brouillon&lt;/b&gt;&#xa0;: pas encore relu&#xa0;; il ne sera pas publié.</translation>
    </message>
    <message>
        <source>&lt;b&gt;In review&lt;/b&gt;: waiting for approval; any edit returns it to draft.</source>
        <translation>&lt;b&gt;En relecture&lt;/b&gt;&#xa0;: en attente d&apos;approbation&#xa0;; toute modification la remet en brouillon.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Approved&lt;/b&gt; by %1 on %2; any edit returns it to draft.</source>
        <translation>&lt;b&gt;Approuvée&lt;/b&gt; par %1 le %2&#xa0;; toute modification la remet en brouillon.</translation>
    </message>
    <message>
        <source>Submit RCA for review</source>
        <translation>Soumettre l&apos;analyse des causes profondes à la relecture</translation>
    </message>
    <message>
        <source>Approve RCA</source>
        <translation>Approuver l&apos;analyse des causes profondes</translation>
    </message>
    <message>
        <source>Return RCA to draft</source>
        <translation>Remettre l&apos;analyse des causes profondes en brouillon</translation>
    </message>
    <message>
        <source>That revision no longer exists.</source>
        <translation>Cette révision n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Restore RCA revision of %1</source>
        <translation>Restaurer la révision de l&apos;analyse des causes profondes du %1</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; cannot be read.</source>
        <translation>Le modèle «&#xa0;%1&#xa0;» ne peut pas être lu.</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) changed</source>
        <translation>
            <numerusform>%n mot modifié</numerusform>
            <numerusform>%n mots modifiés</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export RCA</source>
        <translation>Exporter l&apos;analyse des causes profondes</translation>
    </message>
    <message>
        <source>Save as Template</source>
        <translation>Enregistrer comme modèle</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>Nom du modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Spelling &amp;Language</source>
        <translation>&amp;Langue d&apos;orthographe</translation>
    </message>
    <message>
        <source>Choose Spelling &amp;Language…</source>
        <translation>Choisir la &amp;langue d&apos;orthographe…</translation>
    </message>
    <message>
        <source>E&amp;xport RCA</source>
        <translation>E&amp;xporter l&apos;ACP</translation>
    </message>
    <message>
        <source>&amp;Export RCA…</source>
        <translation>&amp;Exporter l&apos;ACP…</translation>
    </message>
    <message>
        <source>&amp;Submit RCA for Review</source>
        <translation>&amp;Soumettre l&apos;ACP à la relecture</translation>
    </message>
    <message>
        <source>&amp;Approve RCA…</source>
        <translation>&amp;Approuver l&apos;ACP…</translation>
    </message>
    <message>
        <source>Return RCA to Dra&amp;ft</source>
        <translation>Renvoyer l&apos;ACP au &amp;brouillon</translation>
    </message>
    <message>
        <source>Not approved: set your name in Preferences first; an approval records who gave it.</source>
        <translation>Non approuvé&#xa0;: indiquez d&apos;abord votre nom dans les préférences&#xa0;; une approbation enregistre qui l&apos;a donnée.</translation>
    </message>
    <message numerus="yes">
        <source>Not approved: %n open error(s) in the checks (%1); fix or accept them first.</source>
        <translation>
            <numerusform>Non approuvé&#xa0;: %n erreur ouverte dans les vérifications (%1)&#xa0;; corrigez-la ou acceptez-la d&apos;abord.</numerusform>
            <numerusform>Non approuvé&#xa0;: %n erreurs ouvertes dans les vérifications (%1)&#xa0;; corrigez-les ou acceptez-les d&apos;abord.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutageDesk::RcaOutlineModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
</context>
<context>
    <name>OutageDesk::RcaRenderer</name>
    <message>
        <source>Approved by %1 on %2</source>
        <translation>Approuvée par %1 le %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation>impossible de commencer le PDF</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>cannot finish the PDF</source>
        <translation>impossible de terminer le PDF</translation>
    </message>
</context>
<context>
    <name>OutageDesk::RcaReview</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En relecture</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>only a draft can be submitted for review (the RCA is %1)</source>
        <translation>seul un brouillon peut être soumis à la relecture (l&apos;analyse des causes profondes est&#xa0;: %1)</translation>
    </message>
    <message>
        <source>the RCA is empty</source>
        <translation>l&apos;analyse des causes profondes est vide</translation>
    </message>
    <message>
        <source>the RCA is already approved by %1</source>
        <translation>l&apos;analyse des causes profondes est déjà approuvée par %1</translation>
    </message>
    <message>
        <source>an approval needs the approver&apos;s name</source>
        <translation>une approbation nécessite le nom de la personne qui approuve</translation>
    </message>
    <message>
        <source>an approval needs its time</source>
        <translation>une approbation nécessite sa date et heure</translation>
    </message>
    <message>
        <source>the RCA is already a draft</source>
        <translation>l&apos;analyse des causes profondes est déjà un brouillon</translation>
    </message>
</context>
<context>
    <name>OutageDesk::RcaRevisionRepository</name>
    <message>
        <source>cannot record the RCA revision: %1</source>
        <translation>impossible d&apos;enregistrer la révision de l&apos;analyse des causes profondes&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>OutageDesk::RcaRevisionsModel</name>
    <message>
        <source>Edited (%1)</source>
        <translation>Modifiée (%1)</translation>
    </message>
    <message>
        <source>Now %1</source>
        <translation>Maintenant %1</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <source>Restored an earlier revision</source>
        <translation>Révision antérieure restaurée</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n caractère</numerusform>
            <numerusform>%n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Before the first edit (%1)</source>
        <translation>Avant la première modification (%1)</translation>
    </message>
    <message>
        <source>Accepted by %1: %2: %3</source>
        <translation>Accepté par %1&#xa0;: %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1; accepted %2 (%3)</source>
        <translation>%1&#xa0;; accepté&#xa0;: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>OutageDesk::RcaStore</name>
    <message>
        <source>the incident no longer exists</source>
        <translation>l&apos;incident n&apos;existe plus</translation>
    </message>
    <message>
        <source>the incident has no RCA</source>
        <translation>l&apos;incident n&apos;a pas d&apos;analyse des causes profondes</translation>
    </message>
</context>
<context>
    <name>OutageDesk::RcaTextEdit</name>
    <message>
        <source>link text</source>
        <translation>texte du lien</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>Aucune suggestion</translation>
    </message>
    <message>
        <source>Add &quot;%1&quot; to Dictionary</source>
        <translation>Ajouter «&#xa0;%1&#xa0;» au dictionnaire</translation>
    </message>
</context>
<context>
    <name>OutageDesk::RcaTextLinter</name>
    <message>
        <source>line %1: placeholder &quot;%2&quot; left in the text</source>
        <translation>ligne %1&#xa0;: l&apos;espace réservé «&#xa0;%2&#xa0;» est resté dans le texte</translation>
    </message>
    <message>
        <source>line %1: unknown generated-section marker %2</source>
        <translation>ligne %1&#xa0;: marqueur de section générée inconnu %2</translation>
    </message>
    <message>
        <source>line %1: %2 must stand on a line of its own to be replaced</source>
        <translation>ligne %1&#xa0;: %2 doit être seul sur sa ligne pour être remplacé</translation>
    </message>
    <message>
        <source>line %1: section &quot;%2&quot; is empty</source>
        <translation>ligne %1&#xa0;: la section «&#xa0;%2&#xa0;» est vide</translation>
    </message>
    <message>
        <source>required section &quot;%1&quot; is missing</source>
        <translation>la section obligatoire «&#xa0;%1&#xa0;» manque</translation>
    </message>
    <message>
        <source>%1 is missing: the section &quot;%2&quot; will not show the recorded data</source>
        <translation>%1 manque&#xa0;: la section «&#xa0;%2&#xa0;» n&apos;affichera pas les données enregistrées</translation>
    </message>
    <message>
        <source>the text does not say whether customer data was affected</source>
        <translation>le texte ne dit pas si des données clients ont été touchées</translation>
    </message>
    <message>
        <source>the text does not say whether a security breach was found</source>
        <translation>le texte ne dit pas si une faille de sécurité a été constatée</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; may be misspelt</source>
        <translation>ligne %1&#xa0;: «&#xa0;%2&#xa0;» est peut-être mal orthographié</translation>
    </message>
    <message>
        <source>the incident has no RCA text yet</source>
        <translation>l&apos;incident n&apos;a pas encore de texte d&apos;analyse des causes profondes</translation>
    </message>
    <message>
        <source>action item &quot;%1&quot; has no owner</source>
        <translation>l&apos;action «&#xa0;%1&#xa0;» n&apos;a pas de responsable</translation>
    </message>
    <message>
        <source>action item &quot;%1&quot; has no due date</source>
        <translation>l&apos;action «&#xa0;%1&#xa0;» n&apos;a pas d&apos;échéance</translation>
    </message>
</context>
<context>
    <name>OutageDesk::SmtpTransport</name>
    <message>
        <source>the relay must be given as smtp://HOST:PORT or smtps://HOST:PORT, not “%1”</source>
        <translation>le relais s’indique par smtp://HOST:PORT ou smtps://HOST:PORT, pas « %1 »</translation>
    </message>
    <message>
        <source>the relay URL has no path: smtp://HOST:PORT</source>
        <translation>l’URL du relais n’a pas de chemin : smtp://HOST:PORT</translation>
    </message>
    <message>
        <source>the sender “%1” is not an e-mail address</source>
        <translation>l’expéditeur « %1 » n’est pas une adresse électronique</translation>
    </message>
</context>
<context>
    <name>OutageDesk::StatusUpdatesTableModel</name>
    <message>
        <source>Posted</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Message (customer-facing)</source>
        <translation>Message (pour les clients)</translation>
    </message>
    <message>
        <source>A status update needs the time it was posted.</source>
        <translation>Une mise à jour d&apos;état nécessite l&apos;heure de sa publication.</translation>
    </message>
    <message>
        <source>Change update time</source>
        <translation>Changer l&apos;heure de la mise à jour</translation>
    </message>
    <message>
        <source>Change update status</source>
        <translation>Changer l&apos;état de la mise à jour</translation>
    </message>
    <message>
        <source>Edit update message</source>
        <translation>Modifier le message de la mise à jour</translation>
    </message>
</context>
<context>
    <name>OutageDesk::StatuspageConnector</name>
    <message>
        <source>Portal %1 has no Statuspage page id.</source>
        <translation>Le portail %1 n&apos;a pas d&apos;identifiant de page Statuspage.</translation>
    </message>
    <message>
        <source>Creating incident on Statuspage</source>
        <translation>Création de l&apos;incident sur Statuspage</translation>
    </message>
    <message>
        <source>Statuspage created the incident but sent no id back.</source>
        <translation>Statuspage a créé l&apos;incident mais n&apos;a renvoyé aucun identifiant.</translation>
    </message>
    <message>
        <source>Removing duplicate incident %1 from Statuspage</source>
        <translation>Suppression de l&apos;incident en double %1 sur Statuspage</translation>
    </message>
    <message>
        <source>Posting update %1 to Statuspage</source>
        <translation>Envoi de la mise à jour %1 à Statuspage</translation>
    </message>
    <message>
        <source>Sending the postmortem to Statuspage</source>
        <translation>Envoi du post-mortem à Statuspage</translation>
    </message>
    <message>
        <source>Publishing the postmortem on Statuspage</source>
        <translation>Publication du post-mortem sur Statuspage</translation>
    </message>
    <message>
        <source>The incident&apos;s title has %1 characters; Statuspage accepts at most %2. Shorten it, then publish again.</source>
        <translation>Le titre de l&apos;incident compte %1 caractères&#xa0;; Statuspage en accepte au plus %2. Raccourcissez-le, puis publiez à nouveau.</translation>
    </message>
    <message>
        <source>Status update %1 has %2 characters; Statuspage accepts at most %3 per update. Shorten or split it, then publish again.</source>
        <translation>La mise à jour d&apos;état %1 compte %2 caractères&#xa0;; Statuspage en accepte au plus %3 par mise à jour. Raccourcissez-la ou scindez-la, puis publiez à nouveau.</translation>
    </message>
    <message>
        <source>Reading the incident back from Statuspage</source>
        <translation>Relecture de l&apos;incident depuis Statuspage</translation>
    </message>
</context>
<context>
    <name>OutageDesk::TimeRangeOptions</name>
    <message>
        <source>start of the period (RFC 3339 or YYYY-MM-DD)</source>
        <translation>début de la période (RFC 3339 ou AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>end of the period, exclusive</source>
        <translation>fin de la période, exclue</translation>
    </message>
    <message>
        <source>only this data center</source>
        <translation>ce centre de données uniquement</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 est obligatoire</translation>
    </message>
    <message>
        <source>--%1 %2: %3</source>
        <translation>--%1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>the period is empty or reversed: --to %1 is not after --from %2</source>
        <translation>la période est vide ou inversée&#xa0;: --to %1 n&apos;est pas après --from %2</translation>
    </message>
</context>
<context>
    <name>OutageDesk::WallTimeDelegate</name>
    <message>
        <source>Wall time in %1; the zone&apos;s daylight saving is taken into account.</source>
        <translation>Heure locale de %1&#xa0;; l&apos;heure d&apos;été du fuseau est prise en compte.</translation>
    </message>
</context>
<context>
    <name>OutageDesk::WallTimeEntry</name>
    <message>
        <source>%1 does not exist on %2 in %3 (the clocks were put forward); use %4?</source>
        <translation>%1 n&apos;existe pas le %2 dans %3 (on a avancé les horloges)&#xa0;; utiliser %4&#xa0;?</translation>
    </message>
    <message>
        <source>%1 happened twice on %2 in %3 (the clocks were put back). Which one?</source>
        <translation>%1 a eu lieu deux fois le %2 dans %3 (on a reculé les horloges). Laquelle&#xa0;?</translation>
    </message>
    <message>
        <source>First, %1</source>
        <translation>La première, %1</translation>
    </message>
    <message>
        <source>Second, %1</source>
        <translation>La seconde, %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be placed in %2.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être placée dans %2.</translation>
    </message>
</context>
<context>
    <name>OutageDesk::WallTimeParser</name>
    <message>
        <source>2016-11-14 14:56 or 2016-11-14 2:56 PM</source>
        <translation>2016-11-14 14:56 ou 2016-11-14 2:56 PM</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time. Type it as %2 (in %3).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date et une heure. Tapez-la sous la forme %2 (en %3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (in &quot;%2&quot;). Type it as %3.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date (dans «&#xa0;%2&#xa0;»). Tapez-la sous la forme %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a year (in &quot;%2&quot;). Type it as %3.</source>
        <translation>«&#xa0;%1&#xa0;» a besoin d&apos;une année (dans «&#xa0;%2&#xa0;»). Tapez-la sous la forme %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no time. Type it as %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas d&apos;heure. Tapez-la sous la forme %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time (in &quot;%2&quot;). Type it as %3.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une heure (dans «&#xa0;%2&#xa0;»). Tapez-la sous la forme %3.</translation>
    </message>
    <message>
        <source>&quot;%1 %2&quot; mixes a 24-hour time with AM/PM (in &quot;%3&quot;). Type %4 or %5.</source>
        <translation>«&#xa0;%1 %2&#xa0;» mélange une heure sur 24&#xa0;heures et AM/PM (dans «&#xa0;%3&#xa0;»). Tapez %4 ou %5.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day (in &quot;%2&quot;). Type it as %3.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une heure de la journée (dans «&#xa0;%2&#xa0;»). Tapez-la sous la forme %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no date. Type it as %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas de date. Tapez-la sous la forme %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; after the time was not understood (in &quot;%2&quot;). Type the time as %3; it is read in %4.</source>
        <translation>«&#xa0;%1&#xa0;» après l&apos;heure n&apos;a pas été compris (dans «&#xa0;%2&#xa0;»). Tapez l&apos;heure sous la forme %3&#xa0;; elle est lue en %4.</translation>
    </message>
</context>
<context>
    <name>OutageDesk::WebDavConnector</name>
    <message>
        <source>Reading %1</source>
        <translation>Lecture de %1</translation>
    </message>
    <message>
        <source>Creating folder %1</source>
        <translation>Création du dossier %1</translation>
    </message>
    <message>
        <source>Uploading %1</source>
        <translation>Envoi de %1</translation>
    </message>
    <message>
        <source>Deleting %1</source>
        <translation>Suppression de %1</translation>
    </message>
    <message>
        <source>%1 lists “%2”, which is not a file Outage Desk generates; it was left alone, not deleted.</source>
        <translation>%1 mentionne «&#xa0;%2&#xa0;», qui n&apos;est pas un fichier généré par Outage Desk&#xa0;; il a été laissé tel quel, pas supprimé.</translation>
    </message>
</context>
<context>
    <name>OutageDesk::WindowsTableModel</name>
    <message>
        <source>ongoing</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 jusqu&apos;ici</translation>
    </message>
    <message>
        <source>%1 in %2 (%3)</source>
        <translation>%1 dans %2 (%3)</translation>
    </message>
    <message>
        <source>Still ongoing: leave the end empty until the service is back.</source>
        <translation>Toujours en cours&#xa0;: laissez la fin vide jusqu&apos;au rétablissement du service.</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Start (data center time)</source>
        <translation>Début (heure du centre de données)</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Change window instance</source>
        <translation>Changer l&apos;instance de la fenêtre</translation>
    </message>
    <message>
        <source>Change window impact</source>
        <translation>Changer l&apos;impact de la fenêtre</translation>
    </message>
    <message>
        <source>A window needs a start time.</source>
        <translation>Une fenêtre nécessite une heure de début.</translation>
    </message>
    <message>
        <source>Change window start</source>
        <translation>Changer le début de la fenêtre</translation>
    </message>
    <message>
        <source>Change window end</source>
        <translation>Changer la fin de la fenêtre</translation>
    </message>
    <message>
        <source>%1 to %2 is %3, from evening to the next morning: %4</source>
        <translation>De %1 à %2, cela fait %3, du soir au lendemain matin&#xa0;: %4</translation>
    </message>
    <message>
        <source>Fix AM/PM slip</source>
        <translation>Corriger la confusion AM/PM</translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1 (non enregistré)</translation>
    </message>
    <message>
        <source>end not saved</source>
        <translation>fin non enregistrée</translation>
    </message>
    <message>
        <source>Times kept as typed: %1 is now read in %2 (%3).</source>
        <translation>Heures gardées telles que saisies&#xa0;: %1 se lit désormais en %2 (%3).</translation>
    </message>
    <message>
        <source>The end moved with the start, to %1, keeping the window&apos;s %2.</source>
        <translation>La fin a suivi le début, à %1, et la fenêtre garde ses %2.</translation>
    </message>
    <message>
        <source>The end %1 is not after the start %2: %3</source>
        <translation>La fin %1 n&apos;est pas après le début %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The end %1 is not after the start %2.</source>
        <translation>La fin %1 n&apos;est pas après le début %2.</translation>
    </message>
</context>
<context>
    <name>OutageDesk::Workspace</name>
    <message>
        <source>Workspace %1 does not exist.</source>
        <translation>L&apos;espace de travail %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the workspace.</source>
        <translation>Impossible de créer le dossier %1 pour l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Workspace %1 is already open for writing by another Outage Desk (process %2 on %3). Close it there first.</source>
        <translation>L&apos;espace de travail %1 est déjà ouvert en écriture par un autre Outage Desk (processus %2 sur %3). Fermez-le d&apos;abord là-bas.</translation>
    </message>
    <message>
        <source>Cannot open workspace %1: %2</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not an Outage Desk workspace (not an SQLite database).</source>
        <translation>%1 n&apos;est pas un espace de travail Outage Desk (ce n&apos;est pas une base SQLite).</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not an Outage Desk workspace.</source>
        <translation>%1 est une base SQLite mais pas un espace de travail Outage Desk.</translation>
    </message>
    <message>
        <source>Workspace %1 was written by a newer Outage Desk (schema %2; this version understands up to %3). It was not changed; open it with the newer version.</source>
        <translation>L&apos;espace de travail %1 a été écrit par un Outage Desk plus récent (schéma %2&#xa0;; cette version comprend jusqu&apos;au %3). Il n&apos;a pas été modifié&#xa0;; ouvrez-le avec la version plus récente.</translation>
    </message>
    <message>
        <source>Workspace %1 needs an upgrade (schema %2 → %3); open it for writing once.</source>
        <translation>L&apos;espace de travail %1 doit être mis à niveau (schéma %2 → %3)&#xa0;; ouvrez-le une fois en écriture.</translation>
    </message>
    <message>
        <source>Cannot prepare the search index of %1: %2</source>
        <translation>Impossible de préparer l&apos;index de recherche de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot configure workspace %1: %2</source>
        <translation>Impossible de configurer l&apos;espace de travail %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot copy workspace %1 aside before upgrading it: %2</source>
        <translation>Impossible de mettre de côté une copie de l&apos;espace de travail %1 avant sa mise à niveau&#xa0;: %2</translation>
    </message>
    <message>
        <source>migration %1 is missing from this build</source>
        <translation>la migration %1 manque dans cette version</translation>
    </message>
    <message>
        <source>Cannot upgrade workspace %1: %2</source>
        <translation>Impossible de mettre à niveau l&apos;espace de travail %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>impossible de lire %1</translation>
    </message>
    <message>
        <source>no workspace is open</source>
        <translation>aucun espace de travail n&apos;est ouvert</translation>
    </message>
    <message>
        <source>workspace %1 is open read-only</source>
        <translation>l&apos;espace de travail %1 est ouvert en lecture seule</translation>
    </message>
    <message>
        <source>Workspace %1 was left in the middle of a write (an interrupted import?); open it for writing once to roll that back.</source>
        <translation>L’espace de travail %1 a été laissé au milieu d’une écriture (une importation interrompue ?) ; ouvrez-le une fois en écriture pour l’annuler.</translation>
    </message>
    <message>
        <source>no workspace is open for writing</source>
        <translation>aucun espace de travail n&apos;est ouvert en écriture</translation>
    </message>
    <message>
        <source>restore it from a backup</source>
        <translation>restaurez-le depuis une sauvegarde</translation>
    </message>
    <message>
        <source>restore the copy kept before the last upgrade (%1), losing what was written since</source>
        <translation>restaurez la copie conservée avant la dernière mise à niveau (%1), en perdant ce qui a été écrit depuis</translation>
    </message>
    <message>
        <source>Workspace %1 is damaged (%2). It was not read or changed. To recover, %3, or salvage what SQLite can still read with “sqlite3 %1 .recover | sqlite3 recovered.sqlite” and open that; “outagedesk check” lists the damage.</source>
        <translation>L&apos;espace de travail %1 est endommagé (%2). Il n&apos;a été ni lu ni modifié. Pour le récupérer, %3, ou sauvez ce que SQLite peut encore lire avec «&#xa0;sqlite3 %1 .recover | sqlite3 recovered.sqlite&#xa0;» et ouvrez ce fichier&#xa0;; «&#xa0;outagedesk check&#xa0;» liste les dommages.</translation>
    </message>
    <message>
        <source>the file is %1 bytes long, its header says %2: it was cut short</source>
        <translation>le fichier fait %1 octets, son en-tête en annonce %2&#xa0;: il a été tronqué</translation>
    </message>
    <message>
        <source>Workspace %1 is read-only (%2): it can be listed and exported, not changed.</source>
        <translation>L&apos;espace de travail %1 est en lecture seule (%2)&#xa0;: il peut être listé et exporté, pas modifié.</translation>
    </message>
    <message>
        <source>the file cannot be written</source>
        <translation>le fichier n&apos;est pas accessible en écriture</translation>
    </message>
    <message>
        <source>its folder cannot be written, and a writer keeps a lock file and a journal there</source>
        <translation>son dossier n&apos;est pas accessible en écriture, et un rédacteur y garde un fichier de verrou et un journal</translation>
    </message>
    <message>
        <source>Cannot create workspace %1: the folder is not writable.</source>
        <translation>Impossible de créer l&apos;espace de travail %1&#xa0;: le dossier n&apos;est pas accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>OutageDesk::ZonePicker</name>
    <message>
        <source>Type to search, e.g. Amsterdam</source>
        <translation>Tapez pour rechercher, p. ex. Amsterdam</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation>Boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Publications that have not reached their portal yet. Waiting ones are retried by themselves; those that need attention go out after you fix the portal and retry.</source>
        <translation>Publications qui n&apos;ont pas encore atteint leur portail. Celles en attente sont relancées d&apos;elles-mêmes&#xa0;; celles à vérifier partent une fois le portail corrigé et la publication relancée.</translation>
    </message>
    <message>
        <source>&amp;Retry Now</source>
        <translation>&amp;Réessayer maintenant</translation>
    </message>
    <message>
        <source>&amp;Cancel Publication</source>
        <translation>&amp;Annuler la publication</translation>
    </message>
    <message>
        <source>Withdraw the selected publication before it goes out</source>
        <translation>Retirer la publication choisie avant son envoi</translation>
    </message>
</context>
<context>
    <name>OutboxRepository</name>
    <message>
        <source>The incident %1 no longer exists.</source>
        <translation>L&apos;incident %1 n&apos;existe plus.</translation>
    </message>
    <message>
        <source>There is no publication %1 in the outbox.</source>
        <translation>Il n&apos;y a pas de publication %1 dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>Publication %1 has already gone out to %2.</source>
        <translation>La publication %1 est déjà partie vers %2.</translation>
    </message>
    <message>
        <source>Publication %1 is being sent to %2 (or its last attempt was interrupted and may have reached it): it cannot be cancelled now.</source>
        <translation>La publication %1 est en cours d&apos;envoi vers %2 (ou sa dernière tentative a été interrompue et l&apos;a peut-être atteint)&#xa0;: elle ne peut pas être annulée maintenant.</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PortalSite</name>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>Impossible de créer le dossier de %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PortalsDialog</name>
    <message>
        <source>Portals</source>
        <translation>Portails</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL&#xa0;:</translation>
    </message>
    <message>
        <source>https://status.example.com/dav/</source>
        <translation>https://status.example.com/dav/</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Secret&#xa0;:</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>&amp;Page id:</source>
        <translation>Identifiant de &amp;page&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>&amp;Certificat d&apos;autorité&#xa0;:</translation>
    </message>
    <message>
        <source>only for a private CA</source>
        <translation>uniquement pour une autorité privée</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Délai d&apos;expiration&#xa0;:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>C&amp;omponents:</source>
        <translation>C&amp;omposants&#xa0;:</translation>
    </message>
    <message>
        <source>Where publications go. Secrets (passwords, API keys) are kept in the system keychain, never in the workspace; a portal can also ask for its secret at each publish and keep it nowhere.</source>
        <translation>Où vont les publications. Les secrets (mots de passe, clés d&apos;API) sont conservés dans le trousseau du système, jamais dans l&apos;espace de travail&#xa0;; un portail peut aussi demander son secret à chaque publication et ne le conserver nulle part.</translation>
    </message>
    <message>
        <source>As&amp;k at each publish</source>
        <translation>Dem&amp;ander à chaque publication</translation>
    </message>
    <message>
        <source>Keep the secret nowhere: it is asked for at every publish and held in memory for that publication only</source>
        <translation>Ne conserver le secret nulle part&#xa0;: il est demandé à chaque publication et gardé en mémoire pour cette publication seulement</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Ask the portal whether these settings work, changing nothing on it</source>
        <translation>Demander au portail si ces réglages fonctionnent, sans rien y modifier</translation>
    </message>
    <message>
        <source>As&amp;k for the Secret at Each Publish</source>
        <translation>Dem&amp;ander le secret à chaque publication</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>Tab &amp;key in the RCA text:</source>
        <translation>Touche &amp;Tab dans le texte de l&apos;ACP&#xa0;:</translation>
    </message>
    <message>
        <source>In a list item Tab always indents the item and Shift+Tab outdents it.</source>
        <translation>Dans un élément de liste, Tab le met toujours en retrait et Maj+Tab l&apos;en sort.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <source>as it goes on an approval</source>
        <translation>tel qu&apos;il figure sur une approbation</translation>
    </message>
    <message>
        <source>T&amp;ime format:</source>
        <translation>Format de l&apos;&amp;heure&#xa0;:</translation>
    </message>
    <message>
        <source>How this window shows times. Portals, exports and mails keep the convention of their own language.</source>
        <translation>La façon dont cette fenêtre affiche les heures. Les portails, exports et courriels gardent l&apos;usage de leur propre langue.</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>&amp;Portal:</source>
        <translation>&amp;Portail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>shown in the Publication History</source>
        <translation>affichée dans l&apos;historique des publications</translation>
    </message>
    <message>
        <source>Notify the portal&apos;s &amp;subscribers (mail, SMS)</source>
        <translation>Prévenir les &amp;abonnés du portail (courriel, SMS)</translation>
    </message>
    <message>
        <source>Exactly what goes out:</source>
        <translation>Exactement ce qui part&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add Portal…</source>
        <translation>&amp;Ajouter un portail…</translation>
    </message>
</context>
<context>
    <name>PublishOutcome</name>
    <message>
        <source> (the server asked to wait longer than one hour; the next attempt is in one hour)</source>
        <translation> (le serveur a demandé d&apos;attendre plus d&apos;une heure&#xa0;; la prochaine tentative a lieu dans une heure)</translation>
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
        <translation>Choisissez d&apos;abord l&apos;incident dont l&apos;ACP doit être copiée.</translation>
    </message>
    <message>
        <source>“%1” has no RCA yet: there is nothing to copy.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas encore d&apos;ACP&#xa0;: il n&apos;y a rien à copier.</translation>
    </message>
</context>
<context>
    <name>RcaHighlighter</name>
    <message>
        <source>built-in Markdown highlighter</source>
        <translation>coloration Markdown intégrée</translation>
    </message>
</context>
<context>
    <name>RcaTemplates</name>
    <message>
        <source>&quot;%1&quot; is not a usable template name</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de modèle utilisable</translation>
    </message>
    <message>
        <source>cannot save the template: %1</source>
        <translation>impossible d&apos;enregistrer le modèle&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Rfc3339</name>
    <message>
        <source>not an RFC 3339 timestamp (expected e.g. 2016-11-14T14:56:00+01:00)</source>
        <translation>pas un horodatage RFC 3339 (attendu p. ex. 2016-11-14T14:56:00+01:00)</translation>
    </message>
    <message>
        <source>timestamp has no UTC offset (add Z or ±hh:mm; a wall time alone is ambiguous)</source>
        <translation>horodatage sans décalage UTC (ajoutez Z ou ±hh:mm&#xa0;; une heure locale seule est ambiguë)</translation>
    </message>
    <message>
        <source>timestamp has an out-of-range date, time or offset</source>
        <translation>horodatage dont la date, l&apos;heure ou le décalage est hors limites</translation>
    </message>
    <message>
        <source>timestamp is outside the supported years 0001 to 9999 (in UTC)</source>
        <translation>horodatage hors des années prises en charge, 0001 à 9999 (en UTC)</translation>
    </message>
</context>
<context>
    <name>SecretPrompt</name>
    <message>
        <source>Secret for portal %1 (for this publication only, not stored): </source>
        <translation>Secret du portail %1 (pour cette publication seulement, non conservé)&#xa0;: </translation>
    </message>
</context>
<context>
    <name>SecretQuestion</name>
    <message>
        <source>Secret (password or API key) of portal %1, for this publication only; it is not stored:</source>
        <translation>Secret (mot de passe ou clé d&apos;API) du portail %1, pour cette publication seulement&#xa0;; il n&apos;est pas conservé&#xa0;:</translation>
    </message>
    <message>
        <source>Secret (password or API key) of portal %1, for this test only; it is not stored:</source>
        <translation>Secret (mot de passe ou clé d&apos;API) du portail %1, pour ce test seulement&#xa0;; il n&apos;est pas conservé&#xa0;:</translation>
    </message>
    <message>
        <source>Portal Secret</source>
        <translation>Secret du portail</translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message>
        <source>%1 d %2 h %3 min</source>
        <translation>%1 j %2 h %3 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>WebhookConnector</name>
    <message>
        <source>Posting to %1</source>
        <translation>Envoi vers %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>outagedesk: unknown language: %1</source>
        <translation>outagedesk&#xa0;: langue inconnue&#xa0;: %1</translation>
    </message>
</context>
</TS>
