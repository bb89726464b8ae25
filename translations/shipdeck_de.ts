<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AfterShipAdapter</name>
    <message>
        <source>unknown AfterShip tag &quot;%1&quot;</source>
        <translation>unbekanntes AfterShip-Tag „%1“</translation>
    </message>
    <message>
        <source>; text not recognised</source>
        <translation>; Text nicht erkannt</translation>
    </message>
    <message>
        <source>AfterShip tag %1, subtag %2</source>
        <translation>AfterShip-Tag %1, Subtag %2</translation>
    </message>
    <message>
        <source>AfterShip tag %1 without subtag</source>
        <translation>AfterShip-Tag %1 ohne Subtag</translation>
    </message>
    <message>
        <source>AfterShip tag %1, subtag %2 not in our table</source>
        <translation>AfterShip-Tag %1, Subtag %2 nicht in unserer Tabelle</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>AfterShip webhook body is not valid JSON: %1 at byte %2</source>
        <translation>Der AfterShip-Webhook ist kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>AfterShip webhook (event &quot;%1&quot;) has no &quot;msg&quot; tracking object</source>
        <translation>Der AfterShip-Webhook (Ereignis „%1“) hat kein „msg“-Sendungsobjekt</translation>
    </message>
    <message>
        <source>AfterShip&apos;s answer is not valid JSON: %1 at byte %2</source>
        <translation>Die Antwort von AfterShip ist kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>AfterShip&apos;s answer is not a JSON object</source>
        <translation>Die Antwort von AfterShip ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>AfterShip&apos;s answer has no &quot;data&quot; object</source>
        <translation>Die Antwort von AfterShip hat kein „data“-Objekt</translation>
    </message>
    <message>
        <source>AfterShip&apos;s data has neither a &quot;tracking&quot; object nor a &quot;trackings&quot; array</source>
        <translation>Die Daten von AfterShip haben weder ein „tracking“-Objekt noch ein „trackings“-Array</translation>
    </message>
    <message>
        <source>AfterShip&apos;s %1 is not an object</source>
        <translation>%1 von AfterShip ist kein Objekt</translation>
    </message>
    <message>
        <source>AfterShip&apos;s %1 has no &quot;tracking_number&quot;</source>
        <translation>%1 von AfterShip hat keine „tracking_number“</translation>
    </message>
    <message>
        <source>AfterShip&apos;s %1.checkpoints is not a list</source>
        <translation>%1.checkpoints von AfterShip ist keine Liste</translation>
    </message>
    <message>
        <source>AfterShip checkpoints[%1] of %2 is not an object</source>
        <translation>AfterShip checkpoints[%1] von %2 ist kein Objekt</translation>
    </message>
    <message>
        <source>AfterShip checkpoints[%1] of %2 has an unreadable checkpoint_time &quot;%3&quot;; that checkpoint was skipped</source>
        <translation>AfterShip checkpoints[%1] von %2 hat eine unlesbare checkpoint_time „%3“; dieser Checkpoint wurde übersprungen</translation>
    </message>
    <message>
        <source>AfterShip has no tracking for %1; it must be created in the account first</source>
        <translation>AfterShip hat keine Sendungsverfolgung für %1; sie muss zuerst im Konto angelegt werden</translation>
    </message>
    <message>
        <source>meta.code %1%2%3</source>
        <translation>meta.code %1%2%3</translation>
    </message>
    <message>
        <source>AfterShip does not know tracking %1 (%2)</source>
        <translation>AfterShip kennt die Sendung %1 nicht (%2)</translation>
    </message>
    <message>
        <source>AfterShip answered HTTP %1 with %2</source>
        <translation>AfterShip antwortete HTTP %1 mit %2</translation>
    </message>
</context>
<context>
    <name>CarrierAdapter</name>
    <message>
        <source>%1 uses API keys, not tokens</source>
        <translation>%1 verwendet API-Schlüssel, keine Tokens</translation>
    </message>
    <message>
        <source>%1 refused the credentials (HTTP %2)</source>
        <translation>%1 hat die Zugangsdaten abgelehnt (HTTP %2)</translation>
    </message>
    <message>
        <source>%1 does not know this tracking number (HTTP 404)</source>
        <translation>%1 kennt diese Sendungsnummer nicht (HTTP 404)</translation>
    </message>
    <message>
        <source>%1 says too many requests (HTTP 429)</source>
        <translation>%1 meldet zu viele Anfragen (HTTP 429)</translation>
    </message>
    <message>
        <source>%1 failed on its side (HTTP %2); will retry</source>
        <translation>%1 hatte einen Fehler auf seiner Seite (HTTP %2); wird erneut versucht</translation>
    </message>
    <message>
        <source>%1 rejected the request (HTTP %2)</source>
        <translation>%1 hat die Anfrage abgelehnt (HTTP %2)</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with a body that could not be read</source>
        <translation>%1 antwortete HTTP %2 mit einem unlesbaren Inhalt</translation>
    </message>
    <message>
        <source>%1&apos;s token answer holds no access_token</source>
        <translation>Die Token-Antwort von %1 enthält kein access_token</translation>
    </message>
    <message>
        <source>%1 did not accept the client ID and secret (HTTP %2)</source>
        <translation>%1 hat Client-ID und Secret nicht akzeptiert (HTTP %2)</translation>
    </message>
</context>
<context>
    <name>CarrierConfig</name>
    <message>
        <source>%1 needs an API key, or a client id and a client secret</source>
        <translation>%1 braucht einen API-Schlüssel oder eine Client-ID und ein Client-Secret</translation>
    </message>
    <message>
        <source>%1 needs a client id and a client secret</source>
        <translation>%1 braucht eine Client-ID und ein Client-Secret</translation>
    </message>
    <message>
        <source>%1 needs an API key</source>
        <translation>%1 braucht einen API-Schlüssel</translation>
    </message>
</context>
<context>
    <name>CarrierError</name>
    <message>
        <source>%1 refused the credentials</source>
        <translation>%1 hat die Zugangsdaten abgelehnt</translation>
    </message>
    <message>
        <source>%1 does not know the tracking number</source>
        <translation>%1 kennt die Sendungsnummer nicht</translation>
    </message>
    <message>
        <source>%1 does not know tracking number %2</source>
        <translation>%1 kennt die Sendungsnummer %2 nicht</translation>
    </message>
    <message>
        <source>%1 says too many requests</source>
        <translation>%1 meldet zu viele Anfragen</translation>
    </message>
    <message>
        <source>%1 failed on its side; will retry</source>
        <translation>%1 hatte einen Fehler auf seiner Seite; wird erneut versucht</translation>
    </message>
    <message>
        <source>%1 rejected the request</source>
        <translation>%1 hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>%1 answered something unreadable</source>
        <translation>%1 hat etwas Unlesbares geantwortet</translation>
    </message>
    <message>
        <source>%1 answered an error</source>
        <translation>%1 hat mit einem Fehler geantwortet</translation>
    </message>
</context>
<context>
    <name>CarrierSettingsDialog</name>
    <message>
        <source>Carrier Settings</source>
        <translation>Versanddienstleister-Konten</translation>
    </message>
    <message>
        <source>Carriers</source>
        <translation>Versanddienstleister</translation>
    </message>
    <message>
        <source>&amp;Use %1</source>
        <translation>%1 &amp;verwenden</translation>
    </message>
    <message>
        <source>Base UR&amp;L:</source>
        <translation>Basis-UR&amp;L:</translation>
    </message>
    <message>
        <source>Credentials (kept in the system keyring)</source>
        <translation>Zugangsdaten (im Schlüsselbund des Systems gespeichert)</translation>
    </message>
    <message>
        <source>%1 signs in with an API key.</source>
        <translation>%1 meldet sich mit einem API-Schlüssel an.</translation>
    </message>
    <message>
        <source>%1 signs in with an API key, or with a client id and a client secret.</source>
        <translation>%1 meldet sich mit einem API-Schlüssel oder mit Client-ID und Client-Secret an.</translation>
    </message>
    <message>
        <source>%1 signs in with a client id and a client secret.</source>
        <translation>%1 meldet sich mit Client-ID und Client-Secret an.</translation>
    </message>
    <message>
        <source>reading the keyring…</source>
        <translation>Schlüsselbund wird gelesen …</translation>
    </message>
    <message>
        <source>not used by %1</source>
        <translation>von %1 nicht verwendet</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client-S&amp;ecret:</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>&amp;Requests per second:</source>
        <translation>&amp;Anfragen pro Sekunde:</translation>
    </message>
    <message>
        <source>&amp;Burst:</source>
        <translation>&amp;Spitze:</translation>
    </message>
    <message>
        <source>Requests at &amp;once:</source>
        <translation>Anfragen &amp;gleichzeitig:</translation>
    </message>
    <message>
        <source>&amp;Numbers per request:</source>
        <translation>&amp;Nummern pro Anfrage:</translation>
    </message>
    <message>
        <source>&amp;Daily quota:</source>
        <translation>&amp;Tageskontingent:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>not readable from the keyring</source>
        <translation>aus dem Schlüsselbund nicht lesbar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet …</translation>
    </message>
    <message>
        <source>%1: the base URL &quot;%2&quot; is not an http:// or https:// address.</source>
        <translation>%1: Die Basis-URL „%2“ ist keine http://- oder https://-Adresse.</translation>
    </message>
    <message>
        <source>Nothing else was saved; the dialog stays open.</source>
        <translation>Sonst wurde nichts gespeichert; der Dialog bleibt offen.</translation>
    </message>
    <message>
        <source>Saving to the keyring…</source>
        <translation>Wird im Schlüsselbund gespeichert …</translation>
    </message>
</context>
<context>
    <name>CarrierTime</name>
    <message>
        <source>no time zone given; taken as local time in %1 (%2)</source>
        <translation>keine Zeitzone angegeben; als Ortszeit in %1 (%2) genommen</translation>
    </message>
    <message>
        <source>no time zone given and no known country; taken as UTC</source>
        <translation>keine Zeitzone und kein bekanntes Land angegeben; als UTC genommen</translation>
    </message>
</context>
<context>
    <name>ColumnChooserDialog</name>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Show these columns, in this order:</source>
        <translation>Diese Spalten in dieser Reihenfolge zeigen:</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>The base URL &quot;%1&quot; is not an http:// or https:// address</source>
        <translation>Die Basis-URL „%1“ ist keine http://- oder https://-Adresse</translation>
    </message>
    <message>
        <source>%1 made no request for the test number</source>
        <translation>%1 hat für die Testnummer keine Anfrage erzeugt</translation>
    </message>
    <message>
        <source>%1 at %2 did not answer within %3 seconds (timeout)</source>
        <translation>%1 unter %2 hat nicht innerhalb von %3 Sekunden geantwortet (Zeitüberschreitung)</translation>
    </message>
    <message>
        <source>Cannot reach %1 at %2: the connection was refused (nothing answers at that address; check the base URL)</source>
        <translation>%1 unter %2 ist nicht erreichbar: Die Verbindung wurde abgelehnt (unter dieser Adresse antwortet nichts; prüfen Sie die Basis-URL)</translation>
    </message>
    <message>
        <source>Cannot reach %1: the host &quot;%2&quot; was not found (check the base URL and the network)</source>
        <translation>%1 ist nicht erreichbar: Der Host „%2“ wurde nicht gefunden (prüfen Sie die Basis-URL und das Netzwerk)</translation>
    </message>
    <message>
        <source>Cannot open a secure connection to %1 at %2: %3</source>
        <translation>Keine sichere Verbindung zu %1 unter %2 möglich: %3</translation>
    </message>
    <message>
        <source>Cannot reach %1 at %2 through the proxy: %3</source>
        <translation>%1 unter %2 ist über den Proxy nicht erreichbar: %3</translation>
    </message>
    <message>
        <source>Cannot reach %1 at %2: %3</source>
        <translation>%1 unter %2 ist nicht erreichbar: %3</translation>
    </message>
    <message>
        <source>Connected to %1 at %2: the client id and secret were accepted and a token was issued</source>
        <translation>Verbunden mit %1 unter %2: Client-ID und Secret wurden akzeptiert und ein Token ausgestellt</translation>
    </message>
    <message>
        <source>Connected to %1 at %2: the API key was accepted</source>
        <translation>Verbunden mit %1 unter %2: Der API-Schlüssel wurde akzeptiert</translation>
    </message>
    <message>
        <source>Unexpected answer from %1 at %2 (HTTP %3): %4</source>
        <translation>Unerwartete Antwort von %1 unter %2 (HTTP %3): %4</translation>
    </message>
    <message>
        <source>Connected to %1 at %2: the API key was accepted (%1 does not know the test number %3, as expected)</source>
        <translation>Verbunden mit %1 unter %2: Der API-Schlüssel wurde akzeptiert (%1 kennt die Testnummer %3 wie erwartet nicht)</translation>
    </message>
    <message>
        <source>client id and client secret</source>
        <translation>Client-ID und Client-Secret</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>%1 (check the %2)</source>
        <translation>%1 (prüfen Sie %2)</translation>
    </message>
    <message>
        <source>%1; the %2 could not be checked, try again later</source>
        <translation>%1; %2 konnte nicht geprüft werden, versuchen Sie es später erneut</translation>
    </message>
    <message>
        <source>Unexpected answer from %1 at %2: %3</source>
        <translation>Unerwartete Antwort von %1 unter %2: %3</translation>
    </message>
</context>
<context>
    <name>Country</name>
    <message>
        <source>Austria</source>
        <translation>Österreich</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australien</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgien</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>Bulgarien</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Kanada</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Schweiz</translation>
    </message>
    <message>
        <source>China</source>
        <translation>China</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Tschechien</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Dänemark</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Estland</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Spanien</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finnland</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Griechenland</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Kroatien</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Ungarn</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irland</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italien</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Japan</translation>
    </message>
    <message>
        <source>Liechtenstein</source>
        <translation>Liechtenstein</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Litauen</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxemburg</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Lettland</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Niederlande</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Norwegen</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polen</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Rumänien</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Schweden</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Slowenien</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Slowakei</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation>Türkei</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No Secret Service is running (install and unlock gnome-keyring or KWallet)</source>
        <translation>Es läuft kein Secret Service (installieren und entsperren Sie gnome-keyring oder KWallet)</translation>
    </message>
    <message>
        <source>The keyring refused access, probably because it is locked (unlock it, e.g. in Seahorse or KWallet Manager)</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert, wahrscheinlich weil er gesperrt ist (entsperren Sie ihn, z. B. in Seahorse oder der KWallet-Verwaltung)</translation>
    </message>
    <message>
        <source>The keyring could not delete the entry</source>
        <translation>Der Schlüsselbund konnte den Eintrag nicht löschen</translation>
    </message>
    <message>
        <source>The keyring failed</source>
        <translation>Der Schlüsselbund ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: unknown text encoding &quot;%2&quot;</source>
        <translation>%1: unbekannte Textkodierung „%2“</translation>
    </message>
    <message>
        <source>%1: out of memory</source>
        <translation>%1: nicht genug Arbeitsspeicher</translation>
    </message>
    <message>
        <source>%1: cannot read the CSV: %2</source>
        <translation>%1: Die CSV-Datei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1, row 1: the first row is empty; it should name the columns</source>
        <translation>%1, Zeile 1: Die erste Zeile ist leer; sie sollte die Spalten benennen</translation>
    </message>
</context>
<context>
    <name>CustomerMessages</name>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Proposed, awaiting approval</source>
        <translation>Vorgeschlagen, wartet auf Freigabe</translation>
    </message>
    <message>
        <source>Approved, not sent yet</source>
        <translation>Freigegeben, noch nicht gesendet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Shipping confirmation</source>
        <translation>Versandbestätigung</translation>
    </message>
    <message>
        <source>Out for delivery today</source>
        <translation>Heute in Zustellung</translation>
    </message>
    <message>
        <source>Delivery confirmation</source>
        <translation>Zustellbestätigung</translation>
    </message>
    <message>
        <source>Missed delivery</source>
        <translation>Zustellung verpasst</translation>
    </message>
    <message>
        <source>Survey invitation</source>
        <translation>Einladung zur Umfrage</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>cannot open %1: the Qt SQL driver %2 is not installed (Debian package libqt6sql6-sqlite or libqt6sql6-psql)</source>
        <translation>%1 kann nicht geöffnet werden: Der Qt-SQL-Treiber %2 ist nicht installiert (Debian-Paket libqt6sql6-sqlite oder libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>%1 is damaged or is not a database (%2). Nothing was changed; restore it from a backup or choose another file.</source>
        <translation>%1 ist beschädigt oder keine Datenbank (%2). Nichts wurde verändert; stellen Sie sie aus einer Sicherung wieder her oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>preparing the connection</source>
        <translation>beim Vorbereiten der Verbindung</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for %2: check that it may be written to</source>
        <translation>der Ordner %1 für %2 kann nicht angelegt werden: prüfen Sie, ob dort geschrieben werden darf</translation>
    </message>
    <message>
        <source>cannot use %1: its folder %2 is read-only (SQLite needs to write its journal there)</source>
        <translation>%1 ist nicht nutzbar: Der Ordner %2 ist schreibgeschützt (SQLite muss dort sein Journal schreiben)</translation>
    </message>
    <message>
        <source>cannot use %1: the file is read-only</source>
        <translation>%1 ist nicht nutzbar: Die Datei ist schreibgeschützt</translation>
    </message>
    <message>
        <source>no details from the database driver</source>
        <translation>keine Details vom Datenbanktreiber</translation>
    </message>
    <message>
        <source>%1 failed on %2: %3</source>
        <translation>Fehler %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>DatabaseConfig</name>
    <message>
        <source>no database given</source>
        <translation>keine Datenbank angegeben</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid database URL: %2</source>
        <translation>„%1“ ist keine gültige Datenbank-URL: %2</translation>
    </message>
    <message>
        <source>the SQLite URL &quot;%1&quot; names no file</source>
        <translation>die SQLite-URL „%1“ nennt keine Datei</translation>
    </message>
    <message>
        <source>the PostgreSQL URL &quot;%1&quot; names no database (expected postgresql://user@host:port/dbname)</source>
        <translation>die PostgreSQL-URL „%1“ nennt keine Datenbank (erwartet: postgresql://benutzer@host:port/dbname)</translation>
    </message>
    <message>
        <source>unknown database kind &quot;%1&quot; in &quot;%2&quot; (use sqlite:///path or postgresql://user@host:port/dbname)</source>
        <translation>unbekannte Datenbankart „%1“ in „%2“ (verwenden Sie sqlite:///pfad oder postgresql://benutzer@host:port/dbname)</translation>
    </message>
    <message>
        <source>SQLite database %1</source>
        <translation>SQLite-Datenbank %1</translation>
    </message>
    <message>
        <source>PostgreSQL database %1 on %2:%3</source>
        <translation>PostgreSQL-Datenbank %1 auf %2:%3</translation>
    </message>
    <message>
        <source> as %1</source>
        <translation> als %1</translation>
    </message>
</context>
<context>
    <name>DatabaseProperties</name>
    <message>
        <source>reading property %1</source>
        <translation>beim Lesen der Eigenschaft %1</translation>
    </message>
    <message>
        <source>writing property %1</source>
        <translation>beim Schreiben der Eigenschaft %1</translation>
    </message>
</context>
<context>
    <name>DeliveryHistory</name>
    <message>
        <source>reading the deliveries since %1</source>
        <translation>beim Lesen der Zustellungen seit %1</translation>
    </message>
</context>
<context>
    <name>DeliveryPredictor</name>
    <message>
        <source>%1 %2 parcels to %3 %4…</source>
        <translation>%1 %2 Pakete nach %3 %4…</translation>
    </message>
    <message>
        <source>%1 %2 parcels to %3</source>
        <translation>%1 %2 Pakete nach %3</translation>
    </message>
    <message>
        <source>%1 %2 parcels</source>
        <translation>%1 %2 Pakete</translation>
    </message>
    <message>
        <source>%1 parcels</source>
        <translation>%1 Pakete</translation>
    </message>
    <message>
        <source>no delivered %1 parcels to learn from yet</source>
        <translation>noch keine zugestellten %1 Pakete, aus denen sich lernen ließe</translation>
    </message>
    <message>
        <source>no ship date to count from</source>
        <translation>kein Versanddatum, von dem aus sich zählen ließe</translation>
    </message>
    <message numerus="yes">
        <source>later than every one of %n %1 so far; the next business day at best</source>
        <translation>
            <numerusform>später als das bisher einzige (%1); frühestens am nächsten Werktag</numerusform>
            <numerusform>später als alle %n bisherigen (%1); frühestens am nächsten Werktag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 business days from shipping, the median of %n delivered %2; %3% had arrived by then</source>
        <translation>
            <numerusform>%1 Werktage ab Versand, der Median von %n zugestellten %2; %3 % waren bis dahin angekommen</numerusform>
            <numerusform>%1 Werktage ab Versand, der Median von %n zugestellten %2; %3 % waren bis dahin angekommen</numerusform>
        </translation>
    </message>
    <message>
        <source>the carrier&apos;s own estimate</source>
        <translation>die eigene Schätzung des Versanddienstleisters</translation>
    </message>
</context>
<context>
    <name>DeliveryPromise</name>
    <message>
        <source>On track for the promised date</source>
        <translation>Im Plan für das zugesagte Datum</translation>
    </message>
    <message>
        <source>Late: the carrier expects %1, after the promised %2</source>
        <translation>Verspätet: Der Versanddienstleister erwartet %1, nach dem zugesagten %2</translation>
    </message>
    <message>
        <source>Overdue: promised for %1, not delivered yet</source>
        <translation>Überfällig: zugesagt für %1, noch nicht zugestellt</translation>
    </message>
    <message>
        <source>At risk: past deliveries like it suggest %1, after the promised %2</source>
        <translation>Gefährdet: Frühere Zustellungen wie diese sprechen für den %1, nach dem zugesagten %2</translation>
    </message>
    <message>
        <source>Tight: past deliveries like it suggest %1; the promised %2 holds if it is among the quicker ones</source>
        <translation>Knapp: Frühere Zustellungen wie diese sprechen für den %1; der zugesagte %2 hält, wenn sie zu den schnelleren gehört</translation>
    </message>
</context>
<context>
    <name>DhlAdapter</name>
    <message>
        <source>DHL&apos;s answer is not valid JSON: %1 at byte %2</source>
        <translation>Die Antwort von DHL ist kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>DHL&apos;s answer has no &quot;shipments&quot; array</source>
        <translation>Die Antwort von DHL hat kein „shipments“-Array</translation>
    </message>
    <message>
        <source>DHL&apos;s shipments[%1] is not an object</source>
        <translation>shipments[%1] von DHL ist kein Objekt</translation>
    </message>
    <message>
        <source>DHL&apos;s shipments[%1] has no &quot;id&quot;</source>
        <translation>shipments[%1] von DHL hat keine „id“</translation>
    </message>
    <message>
        <source>DHL did not return tracking number %1</source>
        <translation>DHL hat die Sendungsnummer %1 nicht zurückgegeben</translation>
    </message>
    <message>
        <source>DHL %1 of %2 has an unreadable timestamp &quot;%3&quot;; that event was skipped</source>
        <translation>DHL %1 von %2 hat einen unlesbaren Zeitstempel „%3“; dieses Ereignis wurde übersprungen</translation>
    </message>
    <message>
        <source>unknown DHL statusCode &quot;%1&quot;</source>
        <translation>unbekannter DHL-statusCode „%1“</translation>
    </message>
    <message>
        <source>statusCode &quot;%1&quot; and %2</source>
        <translation>statusCode „%1“ und %2</translation>
    </message>
    <message>
        <source>statusCode &quot;%1&quot;</source>
        <translation>statusCode „%1“</translation>
    </message>
    <message>
        <source>; %1 do not fit it</source>
        <translation>; %1 passen nicht dazu</translation>
    </message>
    <message>
        <source>; text not recognised</source>
        <translation>; Text nicht erkannt</translation>
    </message>
    <message>
        <source>DHL does not know this tracking number</source>
        <translation>DHL kennt diese Sendungsnummer nicht</translation>
    </message>
    <message>
        <source>DHL does not know tracking number %1</source>
        <translation>DHL kennt die Sendungsnummer %1 nicht</translation>
    </message>
</context>
<context>
    <name>DpdAdapter</name>
    <message>
        <source>elements nested deeper than %1 levels</source>
        <translation>Elemente tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>%1 at line %2, column %3</source>
        <translation>%1 in Zeile %2, Spalte %3</translation>
    </message>
    <message>
        <source>unknown DPD status &quot;%1&quot;</source>
        <translation>unbekannter DPD-Status „%1“</translation>
    </message>
    <message>
        <source>; text not recognised</source>
        <translation>; Text nicht erkannt</translation>
    </message>
    <message>
        <source>DPD status &quot;%1&quot; (%2)</source>
        <translation>DPD-Status „%1“ (%2)</translation>
    </message>
    <message>
        <source>%1 and DPD wording &quot;%2&quot;</source>
        <translation>%1 und DPD-Wortlaut „%2“</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>; %1 do not fit it</source>
        <translation>; %1 passen nicht dazu</translation>
    </message>
    <message>
        <source>DPD&apos;s getAuth answer has no authToken</source>
        <translation>Die getAuth-Antwort von DPD hat kein authToken</translation>
    </message>
    <message>
        <source>DPD&apos;s getAuth answer is not valid XML: %1</source>
        <translation>Die getAuth-Antwort von DPD ist kein gültiges XML: %1</translation>
    </message>
    <message>
        <source>DPD&apos;s answer is not valid XML: %1</source>
        <translation>Die Antwort von DPD ist kein gültiges XML: %1</translation>
    </message>
    <message>
        <source>DPD&apos;s answer has no getTrackingDataResponse/trackingresult</source>
        <translation>Die Antwort von DPD hat kein getTrackingDataResponse/trackingresult</translation>
    </message>
    <message>
        <source>DPD has no status for parcel %1 (yet)</source>
        <translation>DPD hat (noch) keinen Status für das Paket %1</translation>
    </message>
    <message>
        <source>DPD statusInfo[%1] of %2 has an unreadable date &quot;%3&quot;; that event was skipped</source>
        <translation>DPD statusInfo[%1] von %2 hat ein unlesbares Datum „%3“; dieses Ereignis wurde übersprungen</translation>
    </message>
    <message>
        <source>DPD answered a SOAP fault (HTTP %1): %2%3</source>
        <translation>DPD antwortete mit einem SOAP-Fehler (HTTP %1): %2%3</translation>
    </message>
    <message>
        <source> for parcel %1</source>
        <translation> für Paket %1</translation>
    </message>
</context>
<context>
    <name>EventTextClassifier</name>
    <message>
        <source>words &quot;%1&quot; (%2)</source>
        <translation>Wörter „%1“ (%2)</translation>
    </message>
</context>
<context>
    <name>EventWriter</name>
    <message>
        <source>preparing to save events</source>
        <translation>beim Vorbereiten des Speicherns von Ereignissen</translation>
    </message>
    <message>
        <source>saving an event of %1 at %2</source>
        <translation>beim Speichern eines Ereignisses von %1 um %2</translation>
    </message>
    <message>
        <source>reading stored events</source>
        <translation>beim Lesen gespeicherter Ereignisse</translation>
    </message>
</context>
<context>
    <name>ExpectedDeliveries</name>
    <message>
        <source>Predicting deliveries of %L1 shipments</source>
        <translation>Zustellung von %L1 Sendungen wird vorhergesagt</translation>
    </message>
</context>
<context>
    <name>FedexAdapter</name>
    <message>
        <source>exception code %1 &quot;%2&quot;</source>
        <translation>Ausnahmecode %1 „%2“</translation>
    </message>
    <message>
        <source>FedEx&apos;s wording of exception %1 &quot;%2&quot;</source>
        <translation>FedEx-Wortlaut der Ausnahme %1 „%2“</translation>
    </message>
    <message>
        <source>wording &quot;%1&quot; (%2)</source>
        <translation>Wortlaut „%1“ (%2)</translation>
    </message>
    <message>
        <source>unknown FedEx eventType &quot;%1&quot;</source>
        <translation>unbekannter FedEx-eventType „%1“</translation>
    </message>
    <message>
        <source>; text not recognised</source>
        <translation>; Text nicht erkannt</translation>
    </message>
    <message>
        <source>FedEx eventType &quot;%1&quot; (%2)</source>
        <translation>FedEx-eventType „%1“ (%2)</translation>
    </message>
    <message>
        <source> with </source>
        <translation> mit </translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>; %1 do not fit it</source>
        <translation>; %1 passen nicht dazu</translation>
    </message>
    <message>
        <source>FedEx&apos;s answer is not valid JSON: %1 at byte %2</source>
        <translation>Die Antwort von FedEx ist kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>FedEx did not return tracking number %1</source>
        <translation>FedEx hat die Sendungsnummer %1 nicht zurückgegeben</translation>
    </message>
    <message>
        <source>FedEx&apos;s completeTrackResults[%1] is not an object</source>
        <translation>completeTrackResults[%1] von FedEx ist kein Objekt</translation>
    </message>
    <message>
        <source>FedEx&apos;s completeTrackResults[%1] names no tracking number</source>
        <translation>completeTrackResults[%1] von FedEx nennt keine Sendungsnummer</translation>
    </message>
    <message>
        <source>FedEx&apos;s trackResults[%1] of %2 is not an object with data</source>
        <translation>trackResults[%1] von %2 bei FedEx ist kein Objekt mit Daten</translation>
    </message>
    <message>
        <source>FedEx&apos;s completeTrackResults[%1] for %2 holds no readable trackResults</source>
        <translation>completeTrackResults[%1] für %2 bei FedEx enthält keine lesbaren trackResults</translation>
    </message>
    <message>
        <source>; FedEx returned %1 results for %2, this one has the newest scan</source>
        <translation>; FedEx lieferte %1 Ergebnisse für %2, dieses hat den neuesten Scan</translation>
    </message>
    <message>
        <source>FedEx&apos;s scanEvents of %1 is not a list</source>
        <translation>scanEvents von %1 bei FedEx ist keine Liste</translation>
    </message>
    <message>
        <source>FedEx scanEvents[%1] of %2 is not an object</source>
        <translation>FedEx scanEvents[%1] von %2 ist kein Objekt</translation>
    </message>
    <message>
        <source>FedEx scanEvents[%1] of %2 has an unreadable date &quot;%3&quot;; that event was skipped</source>
        <translation>FedEx scanEvents[%1] von %2 hat ein unlesbares Datum „%3“; dieses Ereignis wurde übersprungen</translation>
    </message>
    <message>
        <source> (HTTP %1)</source>
        <translation> (HTTP %1)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1 „%2“</translation>
    </message>
</context>
<context>
    <name>GlsAdapter</name>
    <message>
        <source>%1 and GLS wording &quot;%2&quot;</source>
        <translation>%1 und GLS-Wortlaut „%2“</translation>
    </message>
    <message>
        <source>unknown GLS code &quot;%1&quot;</source>
        <translation>unbekannter GLS-Code „%1“</translation>
    </message>
    <message>
        <source>; text not recognised</source>
        <translation>; Text nicht erkannt</translation>
    </message>
    <message>
        <source>GLS code &quot;%1&quot; (%2)</source>
        <translation>GLS-Code „%1“ (%2)</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>; %1 do not fit it</source>
        <translation>; %1 passen nicht dazu</translation>
    </message>
    <message>
        <source>GLS&apos;s answer is not valid JSON: %1 at byte %2</source>
        <translation>Die Antwort von GLS ist kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>GLS&apos;s answer has no &quot;parcels&quot; array</source>
        <translation>Die Antwort von GLS hat kein „parcels“-Array</translation>
    </message>
    <message>
        <source>GLS&apos;s parcels[%1] is not an object</source>
        <translation>parcels[%1] von GLS ist kein Objekt</translation>
    </message>
    <message>
        <source>GLS did not return parcel %1</source>
        <translation>GLS hat das Paket %1 nicht zurückgegeben</translation>
    </message>
    <message>
        <source>GLS&apos;s parcels[%1] has neither &quot;requested&quot; nor &quot;unitno&quot;</source>
        <translation>parcels[%1] von GLS hat weder „requested“ noch „unitno“</translation>
    </message>
    <message>
        <source>GLS&apos;s parcels[%1].events is not a list</source>
        <translation>parcels[%1].events von GLS ist keine Liste</translation>
    </message>
    <message>
        <source>GLS events[%1] of %2 has an unreadable eventDateTime &quot;%3&quot;; that event was skipped</source>
        <translation>GLS events[%1] von %2 hat eine unlesbare eventDateTime „%3“; dieses Ereignis wurde übersprungen</translation>
    </message>
    <message>
        <source>parcel %1</source>
        <translation>Paket %1</translation>
    </message>
    <message>
        <source>GLS does not know %1 (%2 &quot;%3&quot;)</source>
        <translation>GLS kennt %1 nicht (%2 „%3“)</translation>
    </message>
    <message>
        <source>GLS could not answer for %1 (%2 &quot;%3&quot;)</source>
        <translation>GLS konnte für %1 nicht antworten (%2 „%3“)</translation>
    </message>
</context>
<context>
    <name>ImportDate</name>
    <message>
        <source>&quot;%1&quot; is not a date in the calendar</source>
        <translation>„%1“ ist kein Datum im Kalender</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as 2026-11-03 or 03.11.2026</source>
        <translation>„%1“ ist kein Datum; schreiben Sie es als 2026-11-03 oder 03.11.2026</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ambiguous: %2 if the day comes first, %3 if the month does; write it as %2 or %3</source>
        <translation>„%1“ ist mehrdeutig: %2, wenn der Tag zuerst steht, %3, wenn der Monat zuerst steht; schreiben Sie es als %2 oder %3</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>DOS code page 850</source>
        <translation>DOS-Codepage 850</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation>Senkrechter Strich ( | )</translation>
    </message>
    <message>
        <source>%1 — detected</source>
        <translation>%1 – erkannt</translation>
    </message>
    <message>
        <source>Import Shipments from CSV</source>
        <translation>Sendungen aus CSV importieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>The shop&apos;s order export: order number, tracking number, carrier, recipient, …</source>
        <translation>Der Bestellexport des Shops: Bestellnummer, Sendungsnummer, Versanddienstleister, Empfänger, …</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Auswählen …</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Choose a file to see its rows as they will be imported.</source>
        <translation>Wählen Sie eine Datei, um ihre Zeilen so zu sehen, wie sie importiert werden.</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Dateiformat</translation>
    </message>
    <message>
        <source>Skip it</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Update its order and recipient details</source>
        <translation>Bestell- und Empfängerangaben aktualisieren</translation>
    </message>
    <message>
        <source>A shipment counts as stored when its carrier and tracking number are. Its tracking status is kept either way.</source>
        <translation>Eine Sendung gilt als gespeichert, wenn ihr Versanddienstleister und ihre Sendungsnummer es sind. Ihr Sendungsstatus bleibt in jedem Fall erhalten.</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>If a shipment is already &amp;stored:</source>
        <translation>Wenn eine Sendung schon &amp;gespeichert ist:</translation>
    </message>
    <message>
        <source>Columns (detected from the header; bold fields are required)</source>
        <translation>Spalten (aus der Kopfzeile erkannt; fett gedruckte Felder sind Pflicht)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>&amp;Save Report…</source>
        <translation>Bericht &amp;speichern …</translation>
    </message>
    <message>
        <source>Rejected rows, numbered as your spreadsheet numbers them:</source>
        <translation>Abgelehnte Zeilen, nummeriert wie in Ihrer Tabellenkalkulation:</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Some characters are not valid in this encoding and show as �: choose another encoding.</source>
        <translation>Einige Zeichen sind in dieser Kodierung ungültig und erscheinen als �: Wählen Sie eine andere Kodierung.</translation>
    </message>
    <message>
        <source>Row %1: a quoted field never closes, so the rows from there on cannot be read. The rows before it can be imported.</source>
        <translation>Zeile %1: Ein Feld in Anführungszeichen wird nie geschlossen, daher können die Zeilen ab dort nicht gelesen werden. Die Zeilen davor können importiert werden.</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>– nicht importiert –</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>Nothing to preview.</source>
        <translation>Nichts in der Vorschau.</translation>
    </message>
    <message>
        <source>Choose the columns that hold the tracking number and the carrier.</source>
        <translation>Wählen Sie die Spalten mit der Sendungsnummer und dem Versanddienstleister.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s), as they will be imported. All can be imported.</source>
        <translation>
            <numerusform>Die erste Zeile, wie sie importiert wird. Alle können importiert werden.</numerusform>
            <numerusform>Die ersten %n Zeilen, wie sie importiert werden. Alle können importiert werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s), as they will be imported. %1 would be rejected: the red fields say why when you point at them; the other rows are imported all the same.</source>
        <translation>
            <numerusform>Die erste Zeile, wie sie importiert wird. %1 würden abgelehnt: Die roten Felder sagen warum, wenn Sie darauf zeigen; die anderen Zeilen werden trotzdem importiert.</numerusform>
            <numerusform>Die ersten %n Zeilen, wie sie importiert werden. %1 würden abgelehnt: Die roten Felder sagen warum, wenn Sie darauf zeigen; die anderen Zeilen werden trotzdem importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>%1 wird importiert</translation>
    </message>
    <message>
        <source>-rejected.csv</source>
        <translation>-abgelehnt.csv</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>UTF-16 LE</source>
        <translation>UTF-16 LE</translation>
    </message>
    <message>
        <source>UTF-16 BE</source>
        <translation>UTF-16 BE</translation>
    </message>
    <message>
        <source>Windows-1252</source>
        <translation>Windows-1252</translation>
    </message>
    <message>
        <source>ISO-8859-15</source>
        <translation>ISO-8859-15</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <source>Order number</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Versanddienstleister</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>Ship date</source>
        <translation>Versanddatum</translation>
    </message>
    <message>
        <source>Promised date</source>
        <translation>Zugesagtes Lieferdatum</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n aktualisiert</numerusform>
            <numerusform>%n aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already up to date</source>
        <translation>
            <numerusform>%n schon aktuell</numerusform>
            <numerusform>%n schon aktuell</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already imported and skipped</source>
        <translation>
            <numerusform>%n schon importiert und übersprungen</numerusform>
            <numerusform>%n schon importiert und übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n abgelehnt</numerusform>
            <numerusform>%n abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read: </source>
        <translation>
            <numerusform>%n Zeile gelesen: </numerusform>
            <numerusform>%n Zeilen gelesen: </numerusform>
        </translation>
    </message>
    <message>
        <source>Canceled: the shipments saved before stay saved; importing the file again adds the rest.</source>
        <translation>Abgebrochen: Die bereits gespeicherten Sendungen bleiben gespeichert; ein erneuter Import der Datei fügt den Rest hinzu.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>LookupBar</name>
    <message>
        <source>Find a shipment: order or tracking number, e-mail, phone, name (Ctrl+K)</source>
        <translation>Sendung finden: Bestell- oder Sendungsnummer, E-Mail, Telefon, Name (Strg+K)</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Expected delivery</source>
        <translation>Erwartete Zustellung</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Gefunden über</translation>
    </message>
    <message>
        <source>Preparing the lookup over %1 shipments…</source>
        <translation>Die Suche über %1 Sendungen wird vorbereitet…</translation>
    </message>
    <message>
        <source>No shipment matches “%1”.</source>
        <translation>Keine Sendung passt zu „%1“.</translation>
    </message>
    <message>
        <source>The best %1 of %2 matching shipments. Enter opens the highlighted one.</source>
        <translation>Die besten %1 von %2 passenden Sendungen. Eingabe öffnet die markierte.</translation>
    </message>
    <message>
        <source>tracking number</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <source>start of tracking number</source>
        <translation>Anfang der Sendungsnummer</translation>
    </message>
    <message>
        <source>order number</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <source>start of order number</source>
        <translation>Anfang der Bestellnummer</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>start of e-mail</source>
        <translation>Anfang der E-Mail</translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation>Telefon %1</translation>
    </message>
    <message>
        <source>phone %1 (same number, other country)</source>
        <translation>Telefon %1 (gleiche Nummer, anderes Land)</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>start of name</source>
        <translation>Namensanfang</translation>
    </message>
    <message>
        <source>part of name</source>
        <translation>Teil des Namens</translation>
    </message>
    <message numerus="yes">
        <source>%n matching shipment(s). Enter opens the highlighted one.</source>
        <translation>
            <numerusform>%n passende Sendung. Eingabe öffnet die markierte.</numerusform>
            <numerusform>%n passende Sendungen. Eingabe öffnet die markierte.</numerusform>
        </translation>
    </message>
    <message>
        <source>No order, tracking number or e-mail matches “%1”; names and phones are still being prepared…</source>
        <translation>Keine Bestellung, Sendungsnummer oder E-Mail passt zu „%1“; Namen und Telefonnummern werden noch vorbereitet…</translation>
    </message>
    <message>
        <source>No name or phone matches “%1”; order and tracking numbers and e-mails are still being prepared…</source>
        <translation>Weder ein Name noch eine Telefonnummer passt zu „%1“; Bestell- und Sendungsnummern sowie E-Mails werden noch vorbereitet…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Find Shipment…</source>
        <translation>Sendung &amp;finden…</translation>
    </message>
    <message>
        <source>Lookup</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Shipdeck</source>
        <translation>Shipdeck</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Carrier Accounts…</source>
        <translation>&amp;Versanddienstleister-Konten …</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Shipdeck</source>
        <translation>&amp;Über Shipdeck</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>status bar count: label, number</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Sendungen</translation>
    </message>
    <message>
        <source>Last poll %1: no shipment was due</source>
        <translation>Letzte Abfrage %1: keine Sendung war fällig</translation>
    </message>
    <message>
        <source>Last poll %1: %2 of %3 due shipments updated</source>
        <translation>Letzte Abfrage %1: %2 von %3 fälligen Sendungen aktualisiert</translation>
    </message>
    <message>
        <source>, %1 with errors</source>
        <translation>, %1 mit Fehlern</translation>
    </message>
    <message>
        <source>, %1 not known to the carrier yet</source>
        <translation>, %1 dem Versanddienstleister noch nicht bekannt</translation>
    </message>
    <message>
        <source>, %1 waiting for a daily quota</source>
        <translation>, %1 warten auf ein Tageskontingent</translation>
    </message>
    <message>
        <source>Tracking stopped: %1</source>
        <translation>Sendungsverfolgung angehalten: %1</translation>
    </message>
    <message>
        <source>About Shipdeck</source>
        <translation>Über Shipdeck</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Shipdeck %1&lt;/h3&gt;&lt;p&gt;Tracks every parcel the shop sends, across carriers, and shows where each one is and which ones need attention.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Shipdeck %1&lt;/h3&gt;&lt;p&gt;Verfolgt jedes Paket, das der Shop verschickt, über alle Versanddienstleister hinweg und zeigt, wo es ist und welche Sendungen Aufmerksamkeit brauchen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Problem Queue</source>
        <translation>Problemfälle</translation>
    </message>
    <message>
        <source>Problem cases could not be read: %1</source>
        <translation>Die Problemfälle konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>&amp;Import Shipments from CSV…</source>
        <translation>Sendungen aus CSV &amp;importieren …</translation>
    </message>
    <message>
        <source>Exported the view to %1</source>
        <translation>Ansicht nach %1 exportiert</translation>
    </message>
    <message>
        <source>Export View as &amp;CSV…</source>
        <translation>Ansicht als &amp;CSV exportieren …</translation>
    </message>
    <message>
        <source>Export View as &amp;XLSX…</source>
        <translation>Ansicht als &amp;XLSX exportieren …</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the selected rows with a header line, ready to paste into a spreadsheet</source>
        <translation>Die ausgewählten Zeilen mit Kopfzeile kopieren, zum Einfügen in eine Tabellenkalkulation</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Angezeigt</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Show only shipments with this status</source>
        <translation>Nur Sendungen mit diesem Status zeigen</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>&amp;Spalten …</translation>
    </message>
    <message>
        <source>Saved &amp;Views</source>
        <translation>Gespeicherte &amp;Ansichten</translation>
    </message>
    <message>
        <source>No saved views yet</source>
        <translation>Noch keine gespeicherten Ansichten</translation>
    </message>
    <message>
        <source>&amp;Save Current View…</source>
        <translation>Aktuelle Ansicht &amp;speichern …</translation>
    </message>
    <message>
        <source>&amp;Delete a View…</source>
        <translation>Ansicht &amp;löschen …</translation>
    </message>
    <message>
        <source>View &quot;%1&quot;</source>
        <translation>Ansicht „%1“</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <source>Name for the current filters, columns and sort order:</source>
        <translation>Name für die aktuellen Filter, Spalten und Sortierung:</translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation>Ansicht löschen</translation>
    </message>
    <message>
        <source>Saved view to delete:</source>
        <translation>Zu löschende gespeicherte Ansicht:</translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile kopiert</numerusform>
            <numerusform>%Ln Zeilen kopiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageLog</name>
    <message>
        <source>shipment: the message belongs to no stored shipment</source>
        <translation>Sendung: Die Nachricht gehört zu keiner gespeicherten Sendung</translation>
    </message>
    <message>
        <source>trigger: say what the message is about</source>
        <translation>Anlass: Es fehlt, worum es in der Nachricht geht</translation>
    </message>
    <message>
        <source>recipient: an e-mail address or phone number is needed</source>
        <translation>Empfänger: Eine E-Mail-Adresse oder Telefonnummer wird gebraucht</translation>
    </message>
    <message>
        <source>created: the time the message was made is missing</source>
        <translation>Erstellt: Der Zeitpunkt, zu dem die Nachricht entstand, fehlt</translation>
    </message>
    <message>
        <source>sent: a sent message needs the time it was sent</source>
        <translation>Gesendet: Eine gesendete Nachricht braucht den Zeitpunkt des Versands</translation>
    </message>
    <message>
        <source>error: a failed message needs the reason it failed</source>
        <translation>Fehler: Eine fehlgeschlagene Nachricht braucht den Grund</translation>
    </message>
    <message>
        <source>recording the %1 message &quot;%2&quot; of shipment %3</source>
        <translation>Speichern der %1-Nachricht „%2“ zu Sendung %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>preparing to record a message</source>
        <translation>Vorbereiten des Speicherns einer Nachricht</translation>
    </message>
    <message>
        <source>looking up a recorded message</source>
        <translation>Suchen einer gespeicherten Nachricht</translation>
    </message>
    <message>
        <source>starting to record messages</source>
        <translation>Beginn des Speicherns von Nachrichten</translation>
    </message>
    <message numerus="yes">
        <source>recording %n messages</source>
        <translation>
            <numerusform>Speichern von %n Nachricht</numerusform>
            <numerusform>Speichern von %n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>marking message %1 as %2</source>
        <translation>Setzen von Nachricht %1 auf %2</translation>
    </message>
    <message>
        <source>%1: a message is proposed only when it is recorded</source>
        <translation>%1: Eine Nachricht ist nur beim Speichern vorgeschlagen</translation>
    </message>
    <message>
        <source>%1: sent: the time it was sent is missing</source>
        <translation>%1: Gesendet: Der Zeitpunkt des Versands fehlt</translation>
    </message>
    <message>
        <source>%1: error: the reason it failed is missing</source>
        <translation>%1: Fehler: Der Grund des Fehlschlags fehlt</translation>
    </message>
    <message>
        <source>loading the messages of shipment %1</source>
        <translation>Laden der Nachrichten zu Sendung %1</translation>
    </message>
</context>
<context>
    <name>Poller</name>
    <message>
        <source>no account is set up for carrier &quot;%1&quot;</source>
        <translation>für den Versanddienstleister „%1“ ist kein Konto eingerichtet</translation>
    </message>
    <message>
        <source>Shipdeck has no adapter for carrier &quot;%1&quot;</source>
        <translation>Shipdeck hat keinen Adapter für den Versanddienstleister „%1“</translation>
    </message>
    <message>
        <source>%1 refused the sign-in (HTTP %2)</source>
        <translation>%1 hat die Anmeldung abgelehnt (HTTP %2)</translation>
    </message>
    <message>
        <source>%1 did not answer after %2 tries: %3</source>
        <translation>%1 hat nach %2 Versuchen nicht geantwortet: %3</translation>
    </message>
    <message>
        <source>%1&apos;s daily quota of %L2 requests is used up; next poll after it renews at %3 UTC</source>
        <translation>Das Tageskontingent von %1 mit %L2 Anfragen ist aufgebraucht; nächste Abfrage nach der Erneuerung um %3 UTC</translation>
    </message>
</context>
<context>
    <name>PredictionBasis</name>
    <message numerus="yes">
        <source>%n %1 parcels to %2 %3…</source>
        <translation>
            <numerusform>%n Sendung %1 nach %2 %3…</numerusform>
            <numerusform>%n Sendungen %1 nach %2 %3…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n %1 parcels to %2</source>
        <translation>
            <numerusform>%n Sendung %1 nach %2</numerusform>
            <numerusform>%n Sendungen %1 nach %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n %1 parcels</source>
        <translation>
            <numerusform>%n Sendung %1</numerusform>
            <numerusform>%n Sendungen %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemBulkActions</name>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Fälle</translation>
    </message>
    <message>
        <source>Assign Selected to &amp;Me</source>
        <translation>Ausgewählte &amp;mir zuweisen</translation>
    </message>
    <message>
        <source>&amp;Assign Selected To…</source>
        <translation>Ausgewählte &amp;zuweisen an…</translation>
    </message>
    <message>
        <source>A&amp;cknowledge Selected</source>
        <translation>Ausgewählte &amp;bestätigen</translation>
    </message>
    <message>
        <source>&amp;Resolve Selected…</source>
        <translation>Ausgewählte &amp;erledigen…</translation>
    </message>
    <message>
        <source>My &amp;Name in Cases…</source>
        <translation>Mein &amp;Name in Fällen…</translation>
    </message>
    <message>
        <source>The selected shipments have no working problem cases.</source>
        <translation>Die ausgewählten Sendungen haben keine offenen Problemfälle.</translation>
    </message>
    <message>
        <source>%1 were already so, or closed meanwhile.</source>
        <translation>%1 waren es schon oder wurden inzwischen geschlossen.</translation>
    </message>
    <message>
        <source>%1 cases assigned to %2.</source>
        <translation>%1 Fälle %2 zugewiesen.</translation>
    </message>
    <message>
        <source>%1 cases acknowledged.</source>
        <translation>%1 Fälle bestätigt.</translation>
    </message>
    <message>
        <source>%1 cases resolved.</source>
        <translation>%1 Fälle erledigt.</translation>
    </message>
    <message>
        <source>Assign Cases</source>
        <translation>Fälle zuweisen</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n working case(s) of the selected shipments to:</source>
        <translation>
            <numerusform>%n offenen Fall der ausgewählten Sendungen zuweisen an:</numerusform>
            <numerusform>%n offene Fälle der ausgewählten Sendungen zuweisen an:</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve Cases</source>
        <translation>Fälle erledigen</translation>
    </message>
    <message numerus="yes">
        <source>Resolve %n working case(s) of the selected shipments. What was done?</source>
        <translation>
            <numerusform>%n offenen Fall der ausgewählten Sendungen erledigen. Was wurde getan?</numerusform>
            <numerusform>%n offene Fälle der ausgewählten Sendungen erledigen. Was wurde getan?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was resolved: a note that says what was done is needed.</source>
        <translation>Nichts wurde erledigt: Es braucht eine Notiz, was getan wurde.</translation>
    </message>
    <message>
        <source>My Name in Cases</source>
        <translation>Mein Name in Fällen</translation>
    </message>
    <message>
        <source>Cases you act on record this name (empty: your user name, %1):</source>
        <translation>Fälle, die Sie bearbeiten, vermerken diesen Namen (leer: Ihr Benutzername, %1):</translation>
    </message>
</context>
<context>
    <name>ProblemCasePanel</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
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
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Say that you have seen this case and are on it</source>
        <translation>Zeigen, dass Sie den Fall gesehen haben und sich darum kümmern</translation>
    </message>
    <message>
        <source>Assign to Me</source>
        <translation>Mir zuweisen</translation>
    </message>
    <message>
        <source>Colleague&apos;s name</source>
        <translation>Name der Kollegin oder des Kollegen</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>What was done, e.g. “redelivery booked for Friday”</source>
        <translation>Was getan wurde, z. B. „Neuzustellung für Freitag gebucht“</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Erledigen</translation>
    </message>
    <message>
        <source>Close the case with your note; the engine will not reopen it for this episode</source>
        <translation>Den Fall mit Ihrer Notiz schließen; Shipdeck öffnet ihn für dieses Ereignis nicht wieder</translation>
    </message>
    <message>
        <source>Acknowledged.</source>
        <translation>Bestätigt.</translation>
    </message>
    <message>
        <source>Assigned to you.</source>
        <translation>Ihnen zugewiesen.</translation>
    </message>
    <message>
        <source>Unassigned.</source>
        <translation>Zuweisung aufgehoben.</translation>
    </message>
    <message>
        <source>Assigned to %1.</source>
        <translation>%1 zugewiesen.</translation>
    </message>
    <message>
        <source>Write what was done in the note first: the next person to look needs it.</source>
        <translation>Schreiben Sie zuerst in die Notiz, was getan wurde: Wer als Nächstes nachsieht, braucht das.</translation>
    </message>
    <message>
        <source>Resolved.</source>
        <translation>Erledigt.</translation>
    </message>
    <message>
        <source>Select a shipment to see its problem cases.</source>
        <translation>Wählen Sie eine Sendung, um ihre Problemfälle zu sehen.</translation>
    </message>
    <message>
        <source>This shipment has no problem cases.</source>
        <translation>Diese Sendung hat keine Problemfälle.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Warum:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>Nothing changed: the case was already closed, resolved or so.</source>
        <translation>Nichts geändert: Der Fall war schon geschlossen, erledigt oder so.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Closed: moved on</source>
        <translation>Geschlossen: weitergekommen</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <source>Evidence updated</source>
        <translation>Begründung aktualisiert</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Zuweisung aufgehoben</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Wieder geöffnet</translation>
    </message>
    <message>
        <source>Problem cases</source>
        <translation>Problemfälle</translation>
    </message>
    <message>
        <source>The pickup point sends the parcel back to the sender on %1.</source>
        <translation>Die Abholstelle schickt das Paket am %1 an den Absender zurück.</translation>
    </message>
    <message>
        <source>Remind the customer from %1.</source>
        <translation>Den Kunden ab %1 erinnern.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>passed · %1</source>
        <translation>abgelaufen · %1</translation>
    </message>
    <message>
        <source>⚠ remind · %1</source>
        <translation>⚠ erinnern · %1</translation>
    </message>
</context>
<context>
    <name>ProblemCaseTracker</name>
    <message>
        <source>The parcel moved on: it is now “%1”, and Shipdeck no longer sees this problem.</source>
        <translation>Das Paket ist weitergekommen: Es ist jetzt „%1“, und Shipdeck sieht dieses Problem nicht mehr.</translation>
    </message>
    <message>
        <source>Shipdeck has not seen this problem for %1 minutes; the parcel is now “%2”.</source>
        <translation>Shipdeck sieht dieses Problem seit %1 Minuten nicht mehr; das Paket ist jetzt „%2“.</translation>
    </message>
    <message>
        <source>The problem is back %1 minutes after the case closed: %2</source>
        <translation>Das Problem ist %1 Minuten nach dem Schließen des Falls zurück: %2</translation>
    </message>
</context>
<context>
    <name>ProblemEngine</name>
    <message numerus="yes">
        <source>The carrier reported %n failed delivery attempt(s), the first on %1; no delivery, collection or return since.</source>
        <translation>
            <numerusform>Der Versanddienstleister meldete am %1 %n fehlgeschlagenen Zustellversuch; seitdem keine Zustellung, Abholung oder Rücksendung.</numerusform>
            <numerusform>Der Versanddienstleister meldete %n fehlgeschlagene Zustellversuche, den ersten am %1; seitdem keine Zustellung, Abholung oder Rücksendung.</numerusform>
        </translation>
    </message>
    <message>
        <source>The carrier reported an address problem on %1; no corrected address, delivery or return since.</source>
        <translation>Der Versanddienstleister meldete am %1 ein Adressproblem; seitdem keine korrigierte Adresse, Zustellung oder Rücksendung.</translation>
    </message>
    <message>
        <source>The carrier reported the parcel damaged on %1.</source>
        <translation>Der Versanddienstleister meldete das Paket am %1 als beschädigt.</translation>
    </message>
    <message>
        <source>The carrier reported the parcel refused on %1.</source>
        <translation>Der Versanddienstleister meldete am %1, dass die Annahme verweigert wurde.</translation>
    </message>
    <message>
        <source>The carrier reported the parcel on its way back to the sender on %1; it has arrived back.</source>
        <translation>Der Versanddienstleister meldete das Paket am %1 auf dem Rückweg zum Absender; es ist dort wieder angekommen.</translation>
    </message>
    <message>
        <source>The carrier reported the parcel on its way back to the sender on %1.</source>
        <translation>Der Versanddienstleister meldete das Paket am %1 auf dem Rückweg zum Absender.</translation>
    </message>
    <message>
        <source>Waiting at a pickup point since %1. The pickup point keeps parcels %2 days, so it goes back to the sender after %3; remind the customer on %4.</source>
        <translation>Liegt seit %1 in einer Abholstelle. Die Abholstelle bewahrt Pakete %2 Tage auf, nach %3 geht es also an den Absender zurück; den Kunden am %4 erinnern.</translation>
    </message>
    <message>
        <source>The carrier has sent a further notice, the latest on %1.</source>
        <translation>Der Versanddienstleister hat eine weitere Benachrichtigung geschickt, zuletzt am %1.</translation>
    </message>
    <message>
        <source>The carrier reported the parcel delivered to a neighbour or another third party on %1.</source>
        <translation>Der Versanddienstleister meldete das Paket am %1 an einen Nachbarn oder eine andere dritte Person zugestellt.</translation>
    </message>
    <message>
        <source>The carrier reported the parcel held in customs on %1; no clearance or onward scan since.</source>
        <translation>Der Versanddienstleister meldete das Paket am %1 beim Zoll festgehalten; seitdem weder Freigabe noch Weitertransport.</translation>
    </message>
    <message>
        <source>The carrier declared the parcel lost on %1.</source>
        <translation>Der Versanddienstleister erklärte das Paket am %1 für verloren.</translation>
    </message>
    <message>
        <source>the scan “%1” on %2</source>
        <translation>dem Scan „%1“ am %2</translation>
    </message>
    <message>
        <source>the ship date, %1, with no scan at all</source>
        <translation>dem Versanddatum, %1, ganz ohne Scan</translation>
    </message>
    <message>
        <source>Out for delivery on %1 and no scan for more than %2 days since: the delivery was never confirmed.</source>
        <translation>Am %1 in Zustellung und seitdem mehr als %2 Tage kein Scan: Die Zustellung wurde nie bestätigt.</translation>
    </message>
    <message>
        <source>Promised to the customer for %1; out for delivery on %2, but no delivery confirmed by %3 (the end of the promised day plus %4 hours).</source>
        <translation>Dem Kunden für den %1 zugesagt; am %2 in Zustellung, aber bis %3 keine Zustellung bestätigt (Ende des zugesagten Tages plus %4 Stunden).</translation>
    </message>
    <message>
        <source>Promised to the customer for %1 and not delivered by %2 (the end of that day plus %3 hours&apos; grace for late scans).</source>
        <translation>Dem Kunden für den %1 zugesagt und bis %2 nicht zugestellt (Ende dieses Tages plus %3 Stunden Spielraum für späte Scans).</translation>
    </message>
    <message>
        <source>Not expected before %1, after the date promised to the customer, %2.</source>
        <translation>Nicht vor dem %1 erwartet, also nach dem Datum, das dem Kunden zugesagt ist: %2.</translation>
    </message>
    <message>
        <source>Promised for %1. %2</source>
        <translation>Zugesagt für den %1. %2</translation>
    </message>
    <message>
        <source>Promised for %1 and still not collected from the pickup point by %2.</source>
        <translation>Zugesagt für den %1 und bis %2 noch nicht an der Abholstelle abgeholt.</translation>
    </message>
    <message>
        <source>Promised for %1, but not scanned at all that day by %2: a parcel due that day is out for delivery by then.</source>
        <translation>Zugesagt für den %1, aber an diesem Tag bis %2 kein einziger Scan: Ein Paket, das an diesem Tag ankommt, ist bis dahin in der Zustellung.</translation>
    </message>
    <message>
        <source>Promised for %1, but the delivery attempt on %2 failed: the next one is a day later at the earliest.</source>
        <translation>Zugesagt für den %1, aber der Zustellversuch am %2 ist gescheitert: Der nächste folgt frühestens einen Tag später.</translation>
    </message>
    <message>
        <source>Promised for %1, but the carrier reported an address problem on %2: it cannot be delivered that day.</source>
        <translation>Zugesagt für den %1, aber der Versanddienstleister meldete am %2 ein Adressproblem: An diesem Tag kann es nicht mehr zugestellt werden.</translation>
    </message>
    <message>
        <source> to %1</source>
        <translation> nach %1</translation>
    </message>
    <message>
        <source>Promised for %1, but left at a pickup point on %2 and not collected by %3: it arrives when the customer collects it.</source>
        <translation>Zugesagt für den %1, aber am %2 an einer Abholstelle abgegeben und bis %3 nicht abgeholt: Es kommt an, wenn der Kunde es abholt.</translation>
    </message>
    <message>
        <source>Scanned at %1 on %2, where it had already been on its way out on %3: it is on its way back to the sender, though the carrier has not said so.</source>
        <translation>Am %2 in %1 gescannt, wo es schon auf dem Hinweg am %3 war: Es ist auf dem Rückweg zum Absender, auch wenn der Zusteller das nicht gemeldet hat.</translation>
    </message>
    <message>
        <source>Promised for %1, but the delivery attempt on %2 failed and the parcel was left at a pickup point on %3: it arrives when the customer collects it.</source>
        <translation>Zugesagt für den %1, aber der Zustellversuch am %2 schlug fehl und das Paket wurde am %3 an einer Abholstelle abgegeben: Es kommt an, wenn der Kunde es abholt.</translation>
    </message>
    <message>
        <source>No scan for more than %1 days since %2: presumed lost (threshold for %3: %1 days).</source>
        <translation>Seit %2 mehr als %1 Tage kein Scan: vermutlich verloren (Schwelle für %3: %1 Tage).</translation>
    </message>
    <message>
        <source>No scan since %1: more than %2 working hours (Monday to Friday). After such a scan, %3 parcels%4 are scanned again within %2 working hours (%5 % of %6 delivered ones), so a shorter silence there is mostly a skipped scan.</source>
        <translation>Kein Scan seit %1: mehr als %2 Arbeitsstunden (Montag bis Freitag). Nach einem solchen Scan werden Sendungen von %3%4 innerhalb von %2 Arbeitsstunden wieder gescannt (%5 % von %6 zugestellten), eine kürzere Stille ist dort also meist nur ein ausgelassener Scan.</translation>
    </message>
    <message>
        <source>No scan since %1: more than %2 working hours (Monday to Friday), the norm for %3.</source>
        <translation>Kein Scan seit %1: mehr als %2 Arbeitsstunden (Montag bis Freitag), die Norm für %3.</translation>
    </message>
    <message>
        <source>Promised for %1, but not out for delivery by %2: the scan “%3” on %4 came after the delivery rounds had left.</source>
        <translation>Zugesagt für den %1, aber bis %2 nicht in der Zustellung: Der Scan „%3“ am %4 kam, als die Zustelltouren schon unterwegs waren.</translation>
    </message>
    <message>
        <source>It came into %1 from %2 across a customs border, and no customs clearance has been scanned since: it may be held in customs.</source>
        <translation>Es kam aus %2 über eine Zollgrenze nach %1, und seitdem wurde keine Zollabfertigung gescannt: Es liegt womöglich beim Zoll.</translation>
    </message>
</context>
<context>
    <name>ProblemKind</name>
    <message>
        <source>No problem</source>
        <translation>Kein Problem</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Verspätet</translation>
    </message>
    <message>
        <source>Stalled without scans</source>
        <translation>Ohne Scans stehen geblieben</translation>
    </message>
    <message>
        <source>Failed delivery attempt</source>
        <translation>Zustellversuch gescheitert</translation>
    </message>
    <message>
        <source>Address problem</source>
        <translation>Adressproblem</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <source>Refused by recipient</source>
        <translation>Vom Empfänger verweigert</translation>
    </message>
    <message>
        <source>Returned to sender</source>
        <translation>An den Absender zurück</translation>
    </message>
    <message>
        <source>Waiting at pickup point</source>
        <translation>Liegt im Paketshop zur Abholung</translation>
    </message>
    <message>
        <source>Delivered to a neighbour</source>
        <translation>Beim Nachbarn zugestellt</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Held in customs</source>
        <translation>Im Zoll festgehalten</translation>
    </message>
    <message>
        <source>Delayed by weather</source>
        <translation>Wetterbedingt verzögert</translation>
    </message>
</context>
<context>
    <name>ProblemQueue</name>
    <message>
        <source>operator</source>
        <translation>Bearbeiter</translation>
    </message>
</context>
<context>
    <name>ProblemQueueSidebar</name>
    <message>
        <source>Show only shipments with a working “%1” case; click again to drop it</source>
        <translation>Nur Sendungen mit einem offenen Fall „%1“ zeigen; erneut klicken hebt das auf</translation>
    </message>
    <message>
        <source>Show All Shipments</source>
        <translation>Alle Sendungen zeigen</translation>
    </message>
    <message>
        <source>No shipment needs attention.</source>
        <translation>Keine Sendung braucht Aufmerksamkeit.</translation>
    </message>
    <message>
        <source>%1 working cases on %2 shipments</source>
        <translation>%1 offene Fälle bei %2 Sendungen</translation>
    </message>
    <message>
        <source>Show only shipments with a working case assigned to you; combines with the types chosen</source>
        <translation>Nur Sendungen mit einem offenen Fall zeigen, der Ihnen zugewiesen ist; kombiniert mit den gewählten Arten</translation>
    </message>
    <message>
        <source>Only my cases (%1)</source>
        <translation>Nur meine Fälle (%1)</translation>
    </message>
</context>
<context>
    <name>ProblemThresholds</name>
    <message>
        <source>%1: unknown threshold</source>
        <translation>%1: unbekannter Schwellenwert</translation>
    </message>
    <message>
        <source>%1: %2 is not a whole number from %3 to %4</source>
        <translation>%1: %2 ist keine ganze Zahl von %3 bis %4</translation>
    </message>
    <message>
        <source>%1: unknown section (known: defaults, overrides)</source>
        <translation>%1: unbekannter Abschnitt (bekannt: defaults, overrides)</translation>
    </message>
    <message>
        <source>overrides.%1: not an object of thresholds</source>
        <translation>overrides.%1: kein Objekt mit Schwellenwerten</translation>
    </message>
    <message>
        <source>overrides.%1: the key must be a carrier or carrier/service</source>
        <translation>overrides.%1: Der Schlüssel muss ein Versanddienstleister oder Versanddienstleister/Service sein</translation>
    </message>
</context>
<context>
    <name>ProblemType</name>
    <message>
        <source>At risk of being late</source>
        <translation>Droht sich zu verspäten</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Verspätet</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>Stillstand</translation>
    </message>
    <message>
        <source>Failed delivery attempt</source>
        <translation>Zustellversuch gescheitert</translation>
    </message>
    <message>
        <source>Address problem</source>
        <translation>Adressproblem</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Annahme verweigert</translation>
    </message>
    <message>
        <source>Returned to sender</source>
        <translation>An den Absender zurück</translation>
    </message>
    <message>
        <source>Waiting at pickup point</source>
        <translation>Liegt zur Abholung bereit</translation>
    </message>
    <message>
        <source>Delivered to a neighbour</source>
        <translation>Beim Nachbarn zugestellt</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Customs hold</source>
        <translation>Zollaufenthalt</translation>
    </message>
</context>
<context>
    <name>RowCopier</name>
    <message numerus="yes">
        <source>Copying %Ln shipment(s)</source>
        <translation>
            <numerusform>%Ln Sendung wird kopiert</numerusform>
            <numerusform>%Ln Sendungen werden kopiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SandboxProcess</name>
    <message>
        <source>cannot start the carrier sandbox %1: %2</source>
        <translation>die Versanddienstleister-Sandbox %1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>the carrier sandbox %1 did not say which port it listens on: %2</source>
        <translation>die Versanddienstleister-Sandbox %1 hat nicht gemeldet, auf welchem Port sie lauscht: %2</translation>
    </message>
</context>
<context>
    <name>ScanGapHistory</name>
    <message>
        <source>reading the scans of the parcels delivered since %1</source>
        <translation>beim Lesen der Scans der seit %1 zugestellten Sendungen</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>%1 has schema version %2, but this Shipdeck only knows versions up to %3. It was written by a newer Shipdeck; update Shipdeck to open it. Nothing was changed.</source>
        <translation>%1 hat die Schemaversion %2, dieses Shipdeck kennt aber nur Versionen bis %3. Sie wurde von einem neueren Shipdeck geschrieben; aktualisieren Sie Shipdeck, um sie zu öffnen. Nichts wurde verändert.</translation>
    </message>
    <message>
        <source>%1 has a shipments table but no schema_version table: it was not made by Shipdeck. Nothing was changed.</source>
        <translation>%1 hat eine Tabelle shipments, aber keine Tabelle schema_version: Sie wurde nicht von Shipdeck angelegt. Nichts wurde verändert.</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>beim Lesen der Schemaversion</translation>
    </message>
    <message>
        <source>looking for the %1 table</source>
        <translation>bei der Suche nach der Tabelle %1</translation>
    </message>
    <message>
        <source>upgrading to schema version %1</source>
        <translation>beim Aktualisieren auf Schemaversion %1</translation>
    </message>
    <message>
        <source>%1 failed on %2: %3</source>
        <translation>Fehler %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>ShipmentDetailPane</name>
    <message>
        <source>No shipment selected.
Select a row in the table to see where the parcel is and every scan the carrier reported.</source>
        <translation>Keine Sendung ausgewählt.
Wählen Sie eine Zeile in der Tabelle, um zu sehen, wo das Paket ist und welche Scans der Versanddienstleister gemeldet hat.</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Versendet</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Zugesagt</translation>
    </message>
    <message>
        <source>Time (carrier&apos;s local)</source>
        <translation>Zeit (Ortszeit des Versanddienstleisters)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Carrier&apos;s description</source>
        <translation>Beschreibung des Versanddienstleisters</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>⚠ Last tracking update failed: %1</source>
        <translation>⚠ Letzte Aktualisierung der Sendungsverfolgung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>nothing promised</source>
        <translation>nichts zugesagt</translation>
    </message>
    <message>
        <source>Could not load the tracking history: %1</source>
        <translation>Der Sendungsverlauf konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Your time: %1</source>
        <translation>Ihre Zeit: %1</translation>
    </message>
    <message>
        <source>Unknown code (perhaps: %1)</source>
        <translation>Unbekannter Code (vielleicht: %1)</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Warum: %1</translation>
    </message>
    <message>
        <source>Shipdeck does not know this %1 code yet</source>
        <translation>Shipdeck kennt diesen %1-Code noch nicht</translation>
    </message>
    <message>
        <source>The carrier has not reported anything yet.</source>
        <translation>Der Versanddienstleister hat noch nichts gemeldet.</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>format of promised and expected days</comment>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>still learning from past deliveries</source>
        <translation>lernt noch aus früheren Zustellungen</translation>
    </message>
    <message>
        <source>no estimate yet</source>
        <translation>noch keine Schätzung</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>a day in a window of expected delivery</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>window of expected delivery</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>d</source>
        <comment>first day of a window within one month</comment>
        <translation>d.</translation>
    </message>
    <message>
        <source>%1 (%2, %3%)</source>
        <comment>expected day (window, confidence)</comment>
        <translation>%1 (%2, %3 %)</translation>
    </message>
    <message>
        <source>the carrier&apos;s estimate</source>
        <translation>Schätzung des Versanddienstleisters</translation>
    </message>
    <message>
        <source>delivered %1</source>
        <translation>zugestellt am %1</translation>
    </message>
    <message>
        <source>&amp;Tracking history</source>
        <translation>Sendungs&amp;verlauf</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>&amp;Nachrichten</translation>
    </message>
    <message>
        <source>Su&amp;rvey</source>
        <translation>&amp;Umfrage</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>No survey answer yet.</source>
        <translation>Noch keine Antwort auf die Umfrage.</translation>
    </message>
    <message>
        <source>Would recommend</source>
        <translation>Würde empfehlen</translation>
    </message>
    <message>
        <source>Delivery rating</source>
        <translation>Bewertung der Zustellung</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Could not load the messages: %1</source>
        <translation>Die Nachrichten konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Could not load the survey answer: %1</source>
        <translation>Die Antwort auf die Umfrage konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>&amp;Messages (%1)</source>
        <translation>&amp;Nachrichten (%1)</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Gesendet %1</translation>
    </message>
    <message>
        <source>Proposed %1</source>
        <translation>Vorgeschlagen %1</translation>
    </message>
    <message>
        <source>No messages sent yet.</source>
        <translation>Noch keine Nachrichten gesendet.</translation>
    </message>
    <message>
        <source>⚠ Failed: %1</source>
        <translation>⚠ Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Approved by %1, not sent yet</source>
        <translation>Freigegeben von %1, noch nicht gesendet</translation>
    </message>
    <message>
        <source>Su&amp;rvey (NPS %1)</source>
        <translation>&amp;Umfrage (NPS %1)</translation>
    </message>
    <message>
        <source>Su&amp;rvey (answered)</source>
        <translation>&amp;Umfrage (beantwortet)</translation>
    </message>
    <message>
        <source>promoter</source>
        <translation>Promotor</translation>
    </message>
    <message>
        <source>passive</source>
        <translation>Passiver</translation>
    </message>
    <message>
        <source>detractor</source>
        <translation>Kritiker</translation>
    </message>
    <message>
        <source>%1 of 10 (%2)</source>
        <comment>NPS score (promoter, passive or detractor)</comment>
        <translation>%1 von 10 (%2)</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <source>%1 of 5 stars</source>
        <translation>%1 von 5 Sternen</translation>
    </message>
    <message>
        <source>no comment</source>
        <translation>kein Kommentar</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <comment>survey comment (the language it is written in)</comment>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>aus %1</translation>
    </message>
    <message>
        <source>Not used to detect problems: %1</source>
        <translation>Für die Problemerkennung nicht verwendet: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Zuletzt abgefragt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>When %1 last answered about this parcel: the tracking history is current as of then.</source>
        <translation>Wann %1 zuletzt zu diesem Paket geantwortet hat: So aktuell ist der Sendungsverlauf.</translation>
    </message>
</context>
<context>
    <name>ShipmentExport</name>
    <message>
        <source>Export canceled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The view has %1 rows, more than the %2 an XLSX sheet holds; export it to CSV or filter it first.</source>
        <translation>Die Ansicht hat %1 Zeilen, mehr als die %2, die ein XLSX-Blatt fasst; exportieren Sie sie als CSV oder filtern Sie sie zuerst.</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Sendungen</translation>
    </message>
    <message>
        <source>Cannot replace %1</source>
        <translation>%1 kann nicht ersetzt werden</translation>
    </message>
</context>
<context>
    <name>ShipmentFacts</name>
    <message>
        <source> (code %1)</source>
        <translation> (Code %1)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 vom %2</translation>
    </message>
    <message>
        <source>%1: no valid time, so it cannot be placed in the journey</source>
        <translation>%1: keine gültige Zeit, daher nicht in den Sendungsverlauf einzuordnen</translation>
    </message>
    <message>
        <source>%1: later than now (%2); a scanner clock or time zone is wrong</source>
        <translation>%1: später als jetzt (%2); eine Scanner-Uhr oder Zeitzone ist falsch</translation>
    </message>
    <message>
        <source>%1: before the ship date %2</source>
        <translation>%1: vor dem Versanddatum %2</translation>
    </message>
    <message>
        <source>%1: no time zone given; read as UTC, so it may be hours off</source>
        <translation>%1: ohne Zeitzone; als UTC gelesen, kann also um Stunden abweichen</translation>
    </message>
    <message>
        <source>%1: repeats the scan of %2; counted once</source>
        <translation>%1: wiederholt den Scan vom %2; einmal gezählt</translation>
    </message>
    <message>
        <source>%1: delivered before the parcel was first scanned in transit (%2)</source>
        <translation>%1: zugestellt, bevor das Paket zum ersten Mal unterwegs gescannt wurde (%2)</translation>
    </message>
</context>
<context>
    <name>ShipmentImporter</name>
    <message>
        <source>a quoted field starts in this row and never closes, so this row and all after it could not be read; add the missing &quot; and import the file again</source>
        <translation>ein Feld in Anführungszeichen beginnt in dieser Zeile und wird nie geschlossen, daher konnten diese und alle folgenden Zeilen nicht gelesen werden; ergänzen Sie das fehlende &quot; und importieren Sie die Datei erneut</translation>
    </message>
    <message>
        <source>the same carrier and tracking number as row %1</source>
        <translation>derselbe Versanddienstleister und dieselbe Sendungsnummer wie in Zeile %1</translation>
    </message>
    <message>
        <source>looking up imported shipments</source>
        <translation>beim Nachschlagen importierter Sendungen</translation>
    </message>
    <message>
        <source>starting to update imported shipments</source>
        <translation>beim Beginn der Aktualisierung importierter Sendungen</translation>
    </message>
    <message>
        <source>preparing to update imported shipments</source>
        <translation>beim Vorbereiten der Aktualisierung importierter Sendungen</translation>
    </message>
    <message>
        <source>updating shipment %1 (%2)</source>
        <translation>beim Aktualisieren der Sendung %1 (%2)</translation>
    </message>
    <message>
        <source>committing updated shipments</source>
        <translation>beim Festschreiben aktualisierter Sendungen</translation>
    </message>
</context>
<context>
    <name>ShipmentRepository</name>
    <message>
        <source>starting to save shipments</source>
        <translation>beim Beginn des Speicherns von Sendungen</translation>
    </message>
    <message>
        <source>preparing to save shipments</source>
        <translation>beim Vorbereiten des Speicherns von Sendungen</translation>
    </message>
    <message>
        <source>shipment %1 (%2)</source>
        <translation>Sendung %1 (%2)</translation>
    </message>
    <message>
        <source>saving </source>
        <translation>beim Speichern von </translation>
    </message>
    <message>
        <source>committing %1 shipments</source>
        <translation>beim Festschreiben von %1 Sendungen</translation>
    </message>
    <message>
        <source>counting shipments</source>
        <translation>beim Zählen der Sendungen</translation>
    </message>
    <message>
        <source>loading shipments</source>
        <translation>beim Laden der Sendungen</translation>
    </message>
    <message>
        <source>reading the range of shipment ids</source>
        <translation>beim Lesen des Bereichs der Sendungs-IDs</translation>
    </message>
    <message>
        <source>loading events</source>
        <translation>beim Laden der Ereignisse</translation>
    </message>
    <message>
        <source>loading the events of shipment %1</source>
        <translation>beim Laden der Ereignisse von Sendung %1</translation>
    </message>
    <message>
        <source>looking up shipment %1</source>
        <translation>beim Nachschlagen von Sendung %1</translation>
    </message>
    <message>
        <source>finding when the carrier last answered about shipment %1</source>
        <translation>beim Ermitteln, wann der Versanddienst zuletzt zu Sendung %1 geantwortet hat</translation>
    </message>
</context>
<context>
    <name>ShipmentRowReader</name>
    <message>
        <source>missing; every shipment needs its tracking number</source>
        <translation>fehlt; jede Sendung braucht ihre Sendungsnummer</translation>
    </message>
    <message>
        <source>not a tracking number: 5 to 40 letters, digits or hyphens expected</source>
        <translation>keine Sendungsnummer: 5 bis 40 Buchstaben, Ziffern oder Bindestriche erwartet</translation>
    </message>
    <message>
        <source>missing; say which carrier ships the parcel</source>
        <translation>fehlt; geben Sie an, welcher Versanddienstleister das Paket befördert</translation>
    </message>
    <message>
        <source>unknown carrier; Shipdeck tracks %1</source>
        <translation>unbekannter Versanddienstleister; Shipdeck verfolgt %1</translation>
    </message>
    <message>
        <source>not an e-mail address (name@example.com)</source>
        <translation>keine E-Mail-Adresse (name@example.com)</translation>
    </message>
    <message>
        <source>unknown country; use a code such as DE or a name such as Germany</source>
        <translation>unbekanntes Land; verwenden Sie einen Code wie DE oder einen Namen wie Deutschland</translation>
    </message>
    <message>
        <source>promised for %1, before the ship date %2</source>
        <translation>zugesagt für %1, vor dem Versanddatum %2</translation>
    </message>
</context>
<context>
    <name>ShipmentTableModel</name>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Versanddienstleister</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Versendet</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Zugesagt</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Letztes Ereignis</translation>
    </message>
    <message>
        <source>Filtering %L1 shipments</source>
        <translation>%L1 Sendungen werden gefiltert</translation>
    </message>
    <message>
        <source>Sorting %L1 shipments</source>
        <translation>%L1 Sendungen werden sortiert</translation>
    </message>
    <message>
        <source>Predicted from past deliveries</source>
        <translation>Vorhergesagt aus früheren Zustellungen</translation>
    </message>
    <message>
        <source>Predicted: %1</source>
        <translation>Vorhergesagt: %1</translation>
    </message>
    <message>
        <source>Predicted from %1; 80 % of them arrived %2 – %3</source>
        <translation>Vorhergesagt aus %1; 80 % davon kamen %2 – %3 an</translation>
    </message>
</context>
<context>
    <name>SurveyResponseStore</name>
    <message>
        <source>shipment: the answer belongs to no stored shipment</source>
        <translation>Sendung: Die Antwort gehört zu keiner gespeicherten Sendung</translation>
    </message>
    <message>
        <source>answered: the time of the answer is missing</source>
        <translation>Beantwortet: Der Zeitpunkt der Antwort fehlt</translation>
    </message>
    <message>
        <source>nps, csat: the answer has neither score</source>
        <translation>nps, csat: Die Antwort hat keinen der beiden Werte</translation>
    </message>
    <message>
        <source>nps: %1 is not a score from 0 to 10</source>
        <translation>nps: %1 ist kein Wert von 0 bis 10</translation>
    </message>
    <message>
        <source>csat: %1 is not a rating from 1 to 5</source>
        <translation>csat: %1 ist keine Bewertung von 1 bis 5</translation>
    </message>
    <message>
        <source>comment: %1 characters, more than the %2 allowed</source>
        <translation>comment: %1 Zeichen, mehr als die erlaubten %2</translation>
    </message>
    <message>
        <source>recording the survey answer of shipment %1</source>
        <translation>Speichern der Umfrageantwort zu Sendung %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>preparing to record a survey answer</source>
        <translation>Vorbereiten des Speicherns einer Umfrageantwort</translation>
    </message>
    <message>
        <source>starting to record survey answers</source>
        <translation>Beginn des Speicherns von Umfrageantworten</translation>
    </message>
    <message>
        <source>preparing to record survey answers</source>
        <translation>Vorbereiten des Speicherns von Umfrageantworten</translation>
    </message>
    <message numerus="yes">
        <source>committing %n survey answers</source>
        <translation>
            <numerusform>Festschreiben von %n Umfrageantwort</numerusform>
            <numerusform>Festschreiben von %n Umfrageantworten</numerusform>
        </translation>
    </message>
    <message>
        <source>loading the survey answer of shipment %1</source>
        <translation>Laden der Umfrageantwort zu Sendung %1</translation>
    </message>
</context>
<context>
    <name>TaskProgressBar</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop this task and keep things as they were</source>
        <translation>Diese Aufgabe anhalten und alles lassen, wie es war</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (und %n weitere)</numerusform>
            <numerusform>%1 (und %n weitere)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taxonomy</name>
    <message>
        <source>No information yet</source>
        <translation>Noch keine Informationen</translation>
    </message>
    <message>
        <source>Label created, awaiting parcel</source>
        <translation>Label erstellt, Paket noch nicht übergeben</translation>
    </message>
    <message>
        <source>Picked up by carrier</source>
        <translation>Vom Versanddienstleister abgeholt</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>Unterwegs</translation>
    </message>
    <message>
        <source>Arrived at sorting centre</source>
        <translation>Im Paketzentrum angekommen</translation>
    </message>
    <message>
        <source>Left sorting centre</source>
        <translation>Paketzentrum verlassen</translation>
    </message>
    <message>
        <source>Arrived in destination country</source>
        <translation>Im Zielland angekommen</translation>
    </message>
    <message>
        <source>Customs cleared</source>
        <translation>Verzollt</translation>
    </message>
    <message>
        <source>Redirected to another address</source>
        <translation>An eine andere Adresse umgeleitet</translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation>In Zustellung</translation>
    </message>
    <message>
        <source>Delivery attempt failed, recipient not met</source>
        <translation>Zustellversuch gescheitert, Empfänger nicht angetroffen</translation>
    </message>
    <message>
        <source>Delivery attempt failed, business closed</source>
        <translation>Zustellversuch gescheitert, Geschäft geschlossen</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Delivered, signed for</source>
        <translation>Zugestellt, mit Unterschrift</translation>
    </message>
    <message>
        <source>Delivered to a neighbour or third party</source>
        <translation>Beim Nachbarn oder einer dritten Person zugestellt</translation>
    </message>
    <message>
        <source>Delivered to a parcel locker or mailbox</source>
        <translation>In Packstation oder Briefkasten zugestellt</translation>
    </message>
    <message>
        <source>Collected from pickup point</source>
        <translation>Im Paketshop abgeholt</translation>
    </message>
    <message>
        <source>Waiting at pickup point</source>
        <translation>Liegt im Paketshop zur Abholung</translation>
    </message>
    <message>
        <source>Waiting at pickup point, final notice</source>
        <translation>Liegt im Paketshop, letzte Benachrichtigung</translation>
    </message>
    <message>
        <source>Address problem</source>
        <translation>Adressproblem</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <source>Refused by recipient</source>
        <translation>Vom Empfänger verweigert</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Held in customs</source>
        <translation>Im Zoll festgehalten</translation>
    </message>
    <message>
        <source>Delayed by weather or force majeure</source>
        <translation>Verzögert durch Wetter oder höhere Gewalt</translation>
    </message>
    <message>
        <source>Delayed in the carrier&apos;s network</source>
        <translation>Verzögert im Netz des Versanddienstleisters</translation>
    </message>
    <message>
        <source>Returning to sender</source>
        <translation>Auf dem Rückweg zum Absender</translation>
    </message>
    <message>
        <source>Returned to sender</source>
        <translation>An den Absender zurückgesandt</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <source>No updates for a long time</source>
        <translation>Lange keine Aktualisierung</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Info received</source>
        <translation>Daten übermittelt</translation>
    </message>
    <message>
        <source>Failed attempt</source>
        <translation>Zustellversuch gescheitert</translation>
    </message>
    <message>
        <source>Available for pickup</source>
        <translation>Zur Abholung bereit</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
</context>
<context>
    <name>ThresholdsFile</name>
    <message>
        <source>%1: %2; the default thresholds are used</source>
        <translation>%1: %2; es gelten die voreingestellten Schwellenwerte</translation>
    </message>
    <message>
        <source>not valid JSON at character %1 (%2)</source>
        <translation>kein gültiges JSON bei Zeichen %1 (%2)</translation>
    </message>
    <message>
        <source>not a JSON object with &quot;defaults&quot; and &quot;overrides&quot;</source>
        <translation>kein JSON-Objekt mit „defaults“ und „overrides“</translation>
    </message>
    <message>
        <source>%1: %2; the default is used there</source>
        <translation>%1: %2; dort gilt der voreingestellte Wert</translation>
    </message>
</context>
<context>
    <name>TrackedShipment</name>
    <message>
        <source>; %1 names the receiver &quot;%2&quot;</source>
        <translation>; %1 nennt als Empfänger „%2“</translation>
    </message>
</context>
<context>
    <name>TrackingStore</name>
    <message>
        <source>finding shipments due for polling</source>
        <translation>beim Suchen der fälligen Sendungen</translation>
    </message>
    <message>
        <source>starting to save poll results</source>
        <translation>beim Beginn des Speicherns von Abfrageergebnissen</translation>
    </message>
    <message>
        <source>preparing to save poll results</source>
        <translation>beim Vorbereiten des Speicherns von Abfrageergebnissen</translation>
    </message>
    <message>
        <source>shipment %1</source>
        <translation>Sendung %1</translation>
    </message>
    <message>
        <source>saving the poll result of </source>
        <translation>beim Speichern des Abfrageergebnisses von </translation>
    </message>
    <message>
        <source>committing poll results</source>
        <translation>beim Festschreiben der Abfrageergebnisse</translation>
    </message>
    <message>
        <source>reading the %1 quota</source>
        <translation>beim Lesen des Kontingents von %1</translation>
    </message>
    <message>
        <source>counting %1 requests</source>
        <translation>beim Zählen der Anfragen an %1</translation>
    </message>
</context>
<context>
    <name>UpsAdapter</name>
    <message>
        <source>UPS code &quot;%1/%2&quot; (%3)</source>
        <translation>UPS-Code „%1/%2“ (%3)</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>UPS code &quot;%1/%2&quot; is not in Shipdeck&apos;s table; status type %1 means %3</source>
        <translation>UPS-Code „%1/%2“ steht nicht in der Tabelle von Shipdeck; Statustyp %1 bedeutet %3</translation>
    </message>
    <message>
        <source>; %1 do not fit it</source>
        <translation>; %1 passen nicht dazu</translation>
    </message>
    <message>
        <source>unknown UPS status type &quot;%1&quot; (code &quot;%2&quot;)</source>
        <translation>unbekannter UPS-Statustyp „%1“ (Code „%2“)</translation>
    </message>
    <message>
        <source>; text not recognised</source>
        <translation>; Text nicht erkannt</translation>
    </message>
    <message>
        <source>no UTC offset given; taken as local time in %1 (%2)</source>
        <translation>kein UTC-Versatz angegeben; als Ortszeit in %1 (%2) genommen</translation>
    </message>
    <message>
        <source>local date unreadable; taken from UPS&apos;s GMT date and time</source>
        <translation>lokales Datum unlesbar; aus Datum und Uhrzeit (GMT) von UPS genommen</translation>
    </message>
    <message>
        <source>UPS does not know tracking number %1 (HTTP 404)</source>
        <translation>UPS kennt die Sendungsnummer %1 nicht (HTTP 404)</translation>
    </message>
    <message>
        <source>UPS&apos;s answer is not valid JSON: %1 at byte %2</source>
        <translation>Die Antwort von UPS ist kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>UPS did not return tracking number %1</source>
        <translation>UPS hat die Sendungsnummer %1 nicht zurückgegeben</translation>
    </message>
    <message>
        <source>UPS&apos;s shipment[%1] is not an object</source>
        <translation>shipment[%1] von UPS ist kein Objekt</translation>
    </message>
    <message>
        <source>UPS&apos;s shipment[%1] for %2 has no packages and no warning</source>
        <translation>shipment[%1] für %2 bei UPS hat keine Pakete und keine Warnung</translation>
    </message>
    <message>
        <source>UPS&apos;s shipment[%1].package[%2] of %3 is not an object</source>
        <translation>shipment[%1].package[%2] von %3 bei UPS ist kein Objekt</translation>
    </message>
    <message>
        <source>UPS has no tracking information for %1 (warning TW0001 &quot;%2&quot;)</source>
        <translation>UPS hat keine Sendungsinformationen für %1 (Warnung TW0001 „%2“)</translation>
    </message>
    <message>
        <source>UPS&apos;s shipment[%1] for %2 has no packages, only warning %3 &quot;%4&quot;</source>
        <translation>shipment[%1] für %2 bei UPS hat keine Pakete, nur die Warnung %3 „%4“</translation>
    </message>
    <message>
        <source>UPS&apos;s activity list of %1 is not a list</source>
        <translation>Die activity-Liste von %1 bei UPS ist keine Liste</translation>
    </message>
    <message>
        <source>UPS activity[%1] of %2 is not an object</source>
        <translation>UPS activity[%1] von %2 ist kein Objekt</translation>
    </message>
    <message>
        <source>UPS activity[%1] of %2 has an unreadable %3 &quot;%4&quot;; that event was skipped</source>
        <translation>UPS activity[%1] von %2 hat ein unlesbares %3 „%4“; dieses Ereignis wurde übersprungen</translation>
    </message>
    <message>
        <source> (HTTP %1)</source>
        <translation> (HTTP %1)</translation>
    </message>
    <message>
        <source>error %1 &quot;%2&quot;</source>
        <translation>Fehler %1 „%2“</translation>
    </message>
</context>
<context>
    <name>ViewExporter</name>
    <message>
        <source>shipments</source>
        <translation>sendungen</translation>
    </message>
    <message>
        <source>Export View as CSV</source>
        <translation>Ansicht als CSV exportieren</translation>
    </message>
    <message>
        <source>Export View as XLSX</source>
        <translation>Ansicht als XLSX exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>An export is still running; try again when it is done.</source>
        <translation>Ein Export läuft noch; versuchen Sie es erneut, wenn er fertig ist.</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>%1 wird exportiert</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Shipdeck operations console</source>
        <translation>Shipdeck-Betriebskonsole</translation>
    </message>
    <message>
        <source>Database to use: a SQLite file path, sqlite:///path, or postgresql://user@host:port/dbname (default: shipdeck.sqlite in the user&apos;s data folder).</source>
        <translation>Zu verwendende Datenbank: ein SQLite-Dateipfad, sqlite:///pfad oder postgresql://benutzer@host:port/dbname (Standard: shipdeck.sqlite im Datenordner des Benutzers).</translation>
    </message>
    <message>
        <source>Add N demo shipments to the database. Without this option an empty database gets %1; 0 adds none.</source>
        <translation>N Demo-Sendungen in die Datenbank einfügen. Ohne diese Option erhält eine leere Datenbank %1; 0 fügt keine ein.</translation>
    </message>
    <message>
        <source>Seed for the demo data (default 1).</source>
        <translation>Startwert für die Demo-Daten (Standard 1).</translation>
    </message>
    <message>
        <source>Demo only: simulated seconds per real second (default 60).</source>
        <translation>Nur Demo: simulierte Sekunden pro echter Sekunde (Standard 60).</translation>
    </message>
    <message>
        <source>Do not poll carriers (and start no sandbox for the demo).</source>
        <translation>Versanddienstleister nicht abfragen (und für die Demo keine Sandbox starten).</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE once it is shown (and, when tracking, once the first poll is in), then quit.</source>
        <translation>Ein Bild des Fensters in DATEI speichern, sobald es angezeigt wird (und bei Sendungsverfolgung, sobald die erste Abfrage da ist), dann beenden.</translation>
    </message>
    <message>
        <source>Invalid --database</source>
        <translation>Ungültige Angabe für --database</translation>
    </message>
    <message>
        <source>Invalid --demo-data</source>
        <translation>Ungültige Angabe für --demo-data</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of shipments</source>
        <translation>„%1“ ist keine Anzahl von Sendungen</translation>
    </message>
    <message>
        <source>Invalid --seed</source>
        <translation>Ungültige Angabe für --seed</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>„%1“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>Invalid --speed</source>
        <translation>Ungültige Angabe für --speed</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a positive number</source>
        <translation>„%1“ ist keine positive Zahl</translation>
    </message>
    <message>
        <source>Creating %L1 demo shipments…</source>
        <translation>%L1 Demo-Sendungen werden erstellt …</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Shipdeck cannot open its database</source>
        <translation>Shipdeck kann seine Datenbank nicht öffnen</translation>
    </message>
    <message>
        <source>Shipdeck cannot read its database</source>
        <translation>Shipdeck kann seine Datenbank nicht lesen</translation>
    </message>
    <message>
        <source>Shipdeck could not create demo data</source>
        <translation>Shipdeck konnte keine Demo-Daten erstellen</translation>
    </message>
    <message>
        <source>no carrier account is set up (Settings &gt; Carrier Accounts)</source>
        <translation>kein Versanddienstleister-Konto eingerichtet (Einstellungen &gt; Versanddienstleister-Konten)</translation>
    </message>
    <message>
        <source>Print how long the table took to show and to load every shipment, and the peak memory, as JSON; then quit (for benchmarks).</source>
        <translation>Als JSON ausgeben, wie lange die Tabelle bis zur Anzeige und bis zum Laden aller Sendungen brauchte, und den höchsten Speicherbedarf; dann beenden (für Benchmarks).</translation>
    </message>
    <message>
        <source>Shipdeck could not read every shipment</source>
        <translation>Shipdeck konnte nicht alle Sendungen lesen</translation>
    </message>
    <message>
        <source>Shipdeck could not use every problem threshold</source>
        <translation>Shipdeck konnte nicht alle Problem-Schwellenwerte verwenden</translation>
    </message>
</context>
</TS>
