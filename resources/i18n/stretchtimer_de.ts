<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionBar</name>
    <message>
        <source>What just happened</source>
        <translation>Was gerade passiert ist</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Hide this line</source>
        <translation>Diese Zeile ausblenden</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>History cannot be opened just now: %1 Sessions go on, and StretchTimer saves them as soon as it can.</source>
        <translation>Der Verlauf lässt sich gerade nicht öffnen: %1 Einheiten laufen weiter, und StretchTimer speichert sie, sobald es geht.</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Starting at login works on Linux desktops; on this system, add StretchTimer to your login items in the system settings.</source>
        <translation>Beim Anmelden starten klappt auf Linux-Desktops; auf diesem System fügst du StretchTimer in den Systemeinstellungen zu den Anmeldeobjekten hinzu.</translation>
    </message>
</context>
<context>
    <name>BreathingPacer</name>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <source>Breathing guide</source>
        <translation>Atemführung</translation>
    </message>
</context>
<context>
    <name>CalendarHeatmap</name>
    <message>
        <source>%1: no stretching</source>
        <translation>%1: kein Dehnen</translation>
    </message>
    <message>
        <source>Less</source>
        <translation>Weniger</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>Some stretching, day not counted</source>
        <translation>Etwas gedehnt, Tag zählt nicht</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Chosen day</source>
        <translation>Gewählter Tag</translation>
    </message>
    <message>
        <source>Practice calendar of the last 52 weeks</source>
        <translation>Übungskalender der letzten 52 Wochen</translation>
    </message>
</context>
<context>
    <name>CardMenuWords</name>
    <message>
        <source>&amp;Look and start</source>
        <translation>&amp;Ansehen und starten</translation>
    </message>
    <message>
        <source>Un&amp;pin</source>
        <translation>Lö&amp;sen</translation>
    </message>
    <message>
        <source>&amp;Pin to the top</source>
        <translation>Oben an&amp;heften</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Customise (your own copy)</source>
        <translation>An&amp;passen (deine eigene Kopie)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
</context>
<context>
    <name>CardWords</name>
    <message>
        <source>Not done yet</source>
        <translation>Noch nie gemacht</translation>
    </message>
    <message>
        <source>Last done today</source>
        <translation>Zuletzt heute gemacht</translation>
    </message>
    <message>
        <source>Last done yesterday</source>
        <translation>Zuletzt gestern gemacht</translation>
    </message>
    <message numerus="yes">
        <source>Last done %n day(s) ago</source>
        <translation>
            <numerusform>Zuletzt vor %n Tag gemacht</numerusform>
            <numerusform>Zuletzt vor %n Tagen gemacht</numerusform>
        </translation>
    </message>
    <message>
        <source>Last done on %1</source>
        <translation>Zuletzt am %1 gemacht</translation>
    </message>
</context>
<context>
    <name>CatalogueBox</name>
    <message>
        <source>New exer&amp;cise…</source>
        <translation>Übung er&amp;fassen…</translation>
    </message>
    <message>
        <source>Type in an exercise of your own</source>
        <translation>Eine eigene Übung eintragen</translation>
    </message>
    <message>
        <source>Edi&amp;t exercise…</source>
        <translation>&amp;Übung bearbeiten…</translation>
    </message>
    <message>
        <source>Cus&amp;tomise exercise…</source>
        <translation>Übung an&amp;passen…</translation>
    </message>
    <message>
        <source>Change this exercise of yours</source>
        <translation>Diese eigene Übung ändern</translation>
    </message>
    <message>
        <source>Make your own copy of this built-in exercise to change</source>
        <translation>Eine eigene Kopie dieser eingebauten Übung anlegen, um sie zu ändern</translation>
    </message>
</context>
<context>
    <name>CheckinWidget</name>
    <message>
        <source>0 = not at all</source>
        <translation>0 = überhaupt nicht</translation>
    </message>
    <message>
        <source>10 = the worst you can imagine</source>
        <translation>10 = schlimmer geht es nicht</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Skip the question (Esc or S)</source>
        <translation>Frage überspringen (Esc oder S)</translation>
    </message>
    <message>
        <source>Type a number from 0 to 10 (1 then 0 for 10), or click one.</source>
        <translation>Tippe eine Zahl von 0 bis 10 (für 10 erst 1, dann 0) oder klicke eine an.</translation>
    </message>
    <message>
        <source>Stiffness rating from 0 to 10</source>
        <translation>Steifheit auf einer Skala von 0 bis 10</translation>
    </message>
    <message>
        <source>0 of 10, not at all</source>
        <translation>0 von 10, überhaupt nicht</translation>
    </message>
    <message>
        <source>10 of 10, the worst you can imagine</source>
        <translation>10 von 10, schlimmer geht es nicht</translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <translation>%1 von 10</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>POSITION</source>
        <translation>POSITION</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>flow</source>
        <translation>bewegen</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>halten</translation>
    </message>
    <message>
        <source>%1s x%2 per side</source>
        <translation>%1 s ×%2 pro Seite</translation>
    </message>
    <message>
        <source>%1s x%2</source>
        <translation>%1 s ×%2</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <source>DOSE</source>
        <translation>DOSIS</translation>
    </message>
    <message>
        <source>rep %1/%2</source>
        <translation>Wdh. %1/%2</translation>
    </message>
    <message>
        <source>%1s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>AT</source>
        <translation>BEI</translation>
    </message>
    <message>
        <source>LENGTH</source>
        <translation>DAUER</translation>
    </message>
    <message>
        <source>PHASE</source>
        <translation>PHASE</translation>
    </message>
    <message>
        <source>EXERCISE</source>
        <translation>ÜBUNG</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Gesamt: %1</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>warmup</source>
        <translation>aufwärmen</translation>
    </message>
    <message>
        <source>breathing</source>
        <translation>atmen</translation>
    </message>
    <message>
        <source>get_ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>switch_sides</source>
        <translation>seitenwechsel</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>ausruhen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>unknown routine %1; valid routines: %2</source>
        <translation>Unbekannte Routine %1; gültige Routinen: %2</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>vorzeitig beendet</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>No sessions recorded yet.</source>
        <translation>Noch keine Einheiten aufgezeichnet.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>START</source>
        <translation>BEGINN</translation>
    </message>
    <message>
        <source>ROUTINE</source>
        <translation>ROUTINE</translation>
    </message>
    <message>
        <source>HELD</source>
        <translation>GEDEHNT</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>STIFFNESS</source>
        <translation>STEIFHEIT</translation>
    </message>
    <message>
        <source>%1 already exists; add --force to replace it</source>
        <translation>%1 gibt es schon; mit --force ersetzt du die Datei</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the built-in catalogue is damaged:
%1</source>
        <translation>der eingebaute Katalog ist beschädigt:
%1</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <source>translation: %1</source>
        <translation>Übersetzung: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>&apos;desktop&apos; writes freedesktop.org menu entries, which this system does not use.</source>
        <translation>„desktop“ legt Menüeinträge nach dem freedesktop.org-Standard an; dieses System verwendet sie nicht.</translation>
    </message>
    <message>
        <source>the shipped desktop files cannot be read: %1</source>
        <translation>die mitgelieferten Desktop-Dateien können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>geschrieben: %1</translation>
    </message>
    <message>
        <source>StretchTimer is in your applications menu.</source>
        <translation>StretchTimer ist jetzt in deinem Anwendungsmenü.</translation>
    </message>
    <message>
        <source>StretchTimer&apos;s menu entry was not installed; nothing to remove.</source>
        <translation>Der Menüeintrag von StretchTimer war nicht installiert; es gibt nichts zu entfernen.</translation>
    </message>
    <message>
        <source>could not remove %1: %2</source>
        <translation>%1 konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>entfernt: %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (line %2, column %3); fix or remove it first, nothing was changed</source>
        <translation>%1 ist kein gültiges JSON (Zeile %2, Spalte %3); korrigiere oder entferne die Datei zuerst, es wurde nichts geändert</translation>
    </message>
    <message>
        <source>saving would drop the parts named above; fix them, or pass --force</source>
        <translation>beim Speichern gingen die oben genannten Teile verloren; korrigiere sie oder gib --force an</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a time of day as HH:MM (24-hour)</source>
        <translation>%1 ist keine Uhrzeit im Format HH:MM (24 Stunden)</translation>
    </message>
    <message>
        <source>%1 is not a set of weekdays, e.g. mon-fri or sat,sun</source>
        <translation>%1 ist keine Angabe von Wochentagen wie mon-fri oder sat,sun</translation>
    </message>
    <message>
        <source>already there: %1 %2</source>
        <translation>schon vorhanden: %1 %2</translation>
    </message>
    <message>
        <source>added: %1 %2 %3</source>
        <translation>hinzugefügt: %1 %2 %3</translation>
    </message>
    <message>
        <source>added: %1 %2</source>
        <translation>hinzugefügt: %1 %2</translation>
    </message>
    <message>
        <source>there are no reminders to remove</source>
        <translation>es gibt keine Erinnerungen, die du entfernen könntest</translation>
    </message>
    <message>
        <source>there is no reminder %1; &apos;stretchtimer reminders&apos; numbers them (1 to %2)</source>
        <translation>es gibt keine Erinnerung %1; „stretchtimer reminders“ zeigt ihre Nummern (1 bis %2)</translation>
    </message>
    <message>
        <source>removed reminder %1</source>
        <translation>Erinnerung %1 entfernt</translation>
    </message>
    <message>
        <source>%1 is neither a number of minutes nor &apos;tomorrow&apos;</source>
        <translation>%1 ist weder eine Anzahl Minuten noch „tomorrow“</translation>
    </message>
    <message>
        <source>reminders resumed</source>
        <translation>Erinnerungen fortgesetzt</translation>
    </message>
    <message>
        <source>reminders paused until %1</source>
        <translation>Erinnerungen bis %1 pausiert</translation>
    </message>
    <message>
        <source>MINUTES must be %1 to %2</source>
        <translation>MINUTES muss zwischen %1 und %2 liegen</translation>
    </message>
    <message>
        <source>Reminders: on</source>
        <translation>Erinnerungen: an</translation>
    </message>
    <message>
        <source>Reminders: off</source>
        <translation>Erinnerungen: aus</translation>
    </message>
    <message>
        <source>Reminders: on, paused until %1</source>
        <translation>Erinnerungen: an, pausiert bis %1</translation>
    </message>
    <message>
        <source>Reminders: off, paused until %1</source>
        <translation>Erinnerungen: aus, pausiert bis %1</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Als Nächstes:</translation>
    </message>
    <message>
        <source>streak nudge</source>
        <translation>Serien-Erinnerung</translation>
    </message>
    <message>
        <source>choose a routine</source>
        <translation>Routine nach Wahl</translation>
    </message>
    <message>
        <source>(not found)</source>
        <translation>(nicht gefunden)</translation>
    </message>
    <message>
        <source>active time</source>
        <translation>aktive Zeit</translation>
    </message>
    <message>
        <source>N</source>
        <translation>NR.</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>WANN</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>TAGE</translation>
    </message>
    <message>
        <source>No reminders; add one with &apos;stretchtimer reminders add 12:30 --days mon-fri&apos;.</source>
        <translation>Keine Erinnerungen; eine neue legst du mit „stretchtimer reminders add 12:30 --days mon-fri“ an.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Working hours: %1</source>
        <translation>Arbeitszeit: %1</translation>
    </message>
    <message>
        <source>Evening streak nudge: at %1</source>
        <translation>Abendliche Serien-Erinnerung: um %1</translation>
    </message>
    <message>
        <source>Evening streak nudge: off</source>
        <translation>Abendliche Serien-Erinnerung: aus</translation>
    </message>
    <message>
        <source>Desktop signals: not known (%1).</source>
        <translation>Desktop-Signale: unbekannt (%1).</translation>
    </message>
    <message>
        <source>Desktop signals: not known. The running StretchTimer looks at the desktop; none has run with this data folder yet.</source>
        <translation>Desktop-Signale: unbekannt. Den Desktop prüft das laufende StretchTimer; mit diesem Datenordner ist bisher noch keines gelaufen.</translation>
    </message>
    <message>
        <source>Desktop signals, as seen by StretchTimer (pid %1) running now, at %2:</source>
        <translation>Desktop-Signale, wie das gerade laufende StretchTimer (PID %1) sie sieht, Stand %2:</translation>
    </message>
    <message>
        <source>Desktop signals, as seen by StretchTimer (pid %1) no longer running, at %2:</source>
        <translation>Desktop-Signale, wie das nicht mehr laufende StretchTimer (PID %1) sie gesehen hat, Stand %2:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>available</source>
        <translation>verfügbar</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>checking</source>
        <translation>wird geprüft</translation>
    </message>
    <message>
        <source>SIGNAL</source>
        <translation>SIGNAL</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>HOW / WHY</source>
        <translation>WIE / WARUM</translation>
    </message>
    <message>
        <source>A due reminder waits: %1.</source>
        <translation>Eine fällige Erinnerung wartet: %1.</translation>
    </message>
    <message>
        <source>the picture %1 cannot be read and is left out</source>
        <translation>das Bild %1 kann nicht gelesen werden und wird weggelassen</translation>
    </message>
    <message>
        <source>Exported %1 with %2 and %3 to %4</source>
        <translation>%1 mit %2 und %3 nach %4 exportiert</translation>
    </message>
    <message>
        <source>Exercise %1: %2</source>
        <translation>Übung %1: %2</translation>
    </message>
    <message>
        <source>Picture %1</source>
        <translation>Bild %1</translation>
    </message>
    <message>
        <source>Picture %1 (already there, the same file)</source>
        <translation>Bild %1 (schon vorhanden, dieselbe Datei)</translation>
    </message>
    <message>
        <source>Renamed routine %1 to %2: %1 is taken</source>
        <translation>Routine %1 in %2 umbenannt: %1 ist schon vergeben</translation>
    </message>
    <message>
        <source>Renamed exercise %1 to %2: %1 is taken</source>
        <translation>Übung %1 in %2 umbenannt: %1 ist schon vergeben</translation>
    </message>
    <message>
        <source>Renamed picture %1 to %2: %1 is taken</source>
        <translation>Bild %1 in %2 umbenannt: %1 ist schon vergeben</translation>
    </message>
    <message>
        <source>Would import from %1:</source>
        <translation>Aus %1 würde Folgendes importiert:</translation>
    </message>
    <message>
        <source>nothing imported: cannot write %1: %2</source>
        <translation>nichts importiert: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Imported from %1:</source>
        <translation>Aus %1 importiert:</translation>
    </message>
    <message>
        <source>Received %1, sent %2.</source>
        <translation>%1 empfangen, %2 gesendet.</translation>
    </message>
    <message>
        <source>Own files: %1 received, %2 sent.</source>
        <translation>Eigene Dateien: %1 empfangen, %2 gesendet.</translation>
    </message>
    <message>
        <source>%1 was changed on two computers; the newer version is used, the other (of device %2) is kept as %3</source>
        <translation>%1 wurde auf zwei Computern geändert; die neuere Fassung gilt, die andere (von Gerät %2) wird als %3 behalten</translation>
    </message>
    <message>
        <source>cannot save the settings to %1: %2</source>
        <translation>die Einstellungen können nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>History is synced through %1.</source>
        <translation>Der Verlauf wird über %1 synchronisiert.</translation>
    </message>
    <message>
        <source>Sync is already off.</source>
        <translation>Die Synchronisierung ist schon aus.</translation>
    </message>
    <message>
        <source>Sync is off. What this computer wrote stays in %1 for your other computers; your history here is unchanged.</source>
        <translation>Die Synchronisierung ist aus. Was dieser Computer geschrieben hat, bleibt für deine anderen Computer in %1; dein Verlauf hier bleibt, wie er ist.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Sync is off. Turn it on with: stretchtimer sync enable FOLDER</source>
        <translation>Die Synchronisierung ist aus. Einschalten kannst du sie mit: stretchtimer sync enable FOLDER</translation>
    </message>
    <message>
        <source>%1  (not there now: unplugged or not mounted?)</source>
        <translation>%1  (gerade nicht da: abgesteckt oder nicht eingehängt?)</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>This device:</source>
        <translation>Dieses Gerät:</translation>
    </message>
    <message>
        <source>not made yet (nothing recorded)</source>
        <translation>noch nicht angelegt (nichts aufgezeichnet)</translation>
    </message>
    <message>
        <source>Its files:</source>
        <translation>Seine Dateien:</translation>
    </message>
    <message>
        <source>%1 received, %2 sent</source>
        <translation>%1 empfangen, %2 gesendet</translation>
    </message>
    <message>
        <source>Last merge:</source>
        <translation>Zuletzt zusammengeführt:</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Einträge:</translation>
    </message>
    <message>
        <source>Own files:</source>
        <translation>Eigene Dateien:</translation>
    </message>
    <message>
        <source>%1 (this one)</source>
        <translation>%1 (dieses Gerät)</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>GERÄT</translation>
    </message>
    <message>
        <source>LAST WROTE</source>
        <translation>ZULETZT GESCHRIEBEN</translation>
    </message>
    <message>
        <source>FILES</source>
        <translation>DATEIEN</translation>
    </message>
    <message>
        <source>Changed on two computers (the newer version is used, the other kept):</source>
        <translation>Auf zwei Computern geändert (die neuere Fassung gilt, die andere wurde behalten):</translation>
    </message>
    <message>
        <source>  %1 (%2): kept as %3</source>
        <translation>  %1 (%2): behalten als %3</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Probleme:</translation>
    </message>
    <message>
        <source>sync is off; turn it on with: stretchtimer sync enable FOLDER</source>
        <translation>die Synchronisierung ist aus; einschalten kannst du sie mit: stretchtimer sync enable FOLDER</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) could not be sent; tried again next time</source>
        <translation>
            <numerusform>%n Eintrag konnte nicht gesendet werden; beim nächsten Mal wird es erneut versucht</numerusform>
            <numerusform>%n Einträge konnten nicht gesendet werden; beim nächsten Mal wird es erneut versucht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be sent; tried again next time</source>
        <translation>
            <numerusform>%n Datei konnte nicht gesendet werden; beim nächsten Mal wird es erneut versucht</numerusform>
            <numerusform>%n Dateien konnten nicht gesendet werden; beim nächsten Mal wird es erneut versucht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n still to come)</source>
        <translation>
            <numerusform>%1 (%n steht noch aus)</numerusform>
            <numerusform>%1 (%n stehen noch aus)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to %1</source>
        <translation>
            <numerusform>%n Einheit nach %1 exportiert</numerusform>
            <numerusform>%n Einheiten nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n own exercise(s)</source>
        <translation>
            <numerusform>%n eigenen Übung</numerusform>
            <numerusform>%n eigenen Übungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s)</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bildern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>nothing imported: %1 has %n problem(s)</source>
        <translation>
            <numerusform>nichts importiert: %1 hat %n Problem</numerusform>
            <numerusform>nichts importiert: %1 hat %n Probleme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Routine %1: %2 (%n exercise(s))</source>
        <translation>
            <numerusform>Routine %1: %2 (%n Übung)</numerusform>
            <numerusform>Routine %1: %2 (%n Übungen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a break after every %n min at the computer</source>
        <translation>
            <numerusform>eine Pause nach jeweils %n Min. am Computer</numerusform>
            <numerusform>eine Pause nach jeweils %n Min. am Computer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n min</source>
        <translation>
            <numerusform>alle %n Min.</numerusform>
            <numerusform>alle %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot export to %1: it is a folder; give a file name</source>
        <translation>Export nach %1 nicht möglich: das ist ein Ordner; gib einen Dateinamen an</translation>
    </message>
    <message>
        <source>cannot export to %1: it is not a regular file; give a file name</source>
        <translation>Export nach %1 nicht möglich: das ist keine normale Datei; gib einen Dateinamen an</translation>
    </message>
    <message numerus="yes">
        <source>there are %n daily reminders already; remove one first</source>
        <translation>
            <numerusform>es gibt schon %n tägliche Erinnerung; entferne zuerst eine</numerusform>
            <numerusform>es gibt schon %n tägliche Erinnerungen; entferne zuerst eine</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Countdown</translation>
    </message>
    <message>
        <source>1 second left</source>
        <translation>Noch 1 Sekunde</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds left</source>
        <translation>
            <numerusform>Noch %n Sekunde</numerusform>
            <numerusform>Noch %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>1 minute left</source>
        <translation>Noch 1 Minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes left</source>
        <translation>
            <numerusform>Noch %n Minute</numerusform>
            <numerusform>Noch %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 Sekunde</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>{minutes} {seconds} left</source>
        <translation>Noch {minutes} {seconds}</translation>
    </message>
    <message>
        <source>Paused, {remaining}</source>
        <translation>Pausiert, {remaining}</translation>
    </message>
</context>
<context>
    <name>CountingRule</name>
    <message>
        <source>A day counts when you complete a routine or hold stretches for %1 minutes or more in total; a day starts at %2.</source>
        <translation>Ein Tag zählt, wenn du eine Routine abschließt oder insgesamt mindestens %1 Minuten dehnst; ein Tag beginnt um %2.</translation>
    </message>
</context>
<context>
    <name>CuePlayer</name>
    <message>
        <source>{name}</source>
        <translation>{name}</translation>
    </message>
    <message>
        <source>{name}, left side</source>
        <translation>{name}, linke Seite</translation>
    </message>
    <message>
        <source>{name}, right side</source>
        <translation>{name}, rechte Seite</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Ausruhen</translation>
    </message>
    <message>
        <source>Breathe slowly</source>
        <translation>Langsam atmen</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Gut gemacht</translation>
    </message>
    <message>
        <source>three</source>
        <translation>drei</translation>
    </message>
    <message>
        <source>two</source>
        <translation>zwei</translation>
    </message>
    <message>
        <source>one</source>
        <translation>eins</translation>
    </message>
    <message>
        <source>No sound output was found, so cues will be silent. Check that speakers or headphones are connected and the sound system (PulseAudio or PipeWire) is running, then restart StretchTimer.</source>
        <translation>Es wurde keine Tonausgabe gefunden, die Signale bleiben also stumm. Prüfe, ob Lautsprecher oder Kopfhörer angeschlossen sind und das Soundsystem (PulseAudio oder PipeWire) läuft, und starte StretchTimer dann neu.</translation>
    </message>
    <message>
        <source>The cue sound %1 is missing or damaged, so that cue will be silent. Reinstalling StretchTimer restores it.</source>
        <translation>Der Signalton %1 fehlt oder ist beschädigt, dieses Signal bleibt also stumm. Eine Neuinstallation von StretchTimer stellt ihn wieder her.</translation>
    </message>
</context>
<context>
    <name>DBusCaller</name>
    <message>
        <source>not running here</source>
        <translation>läuft hier nicht</translation>
    </message>
</context>
<context>
    <name>DesktopSettingsGroup</name>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>Start StretchTimer in the tray when I &amp;log in</source>
        <translation>StretchTimer beim Anmelden in der Systemleiste sta&amp;rten</translation>
    </message>
</context>
<context>
    <name>DesktopShell</name>
    <message>
        <source>StretchTimer is still running</source>
        <translation>StretchTimer läuft noch</translation>
    </message>
    <message>
        <source>It waits in the tray. To quit, choose Quit StretchTimer from the tray icon&apos;s menu, or press Ctrl+Q in the window.</source>
        <translation>Es wartet in der Systemleiste. Zum Beenden wählst du „StretchTimer beenden“ im Menü des Symbols oder drückst im Fenster Strg+Q.</translation>
    </message>
    <message>
        <source>Starting at login could not be changed: %1 (%2).</source>
        <translation>Der Start bei der Anmeldung ließ sich nicht ändern: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>DesktopSignals</name>
    <message>
        <source>the desktop is not an X11 one</source>
        <translation>der Desktop ist kein X11-Desktop</translation>
    </message>
    <message>
        <source>the window manager does not say which window is active</source>
        <translation>der Fenstermanager verrät nicht, welches Fenster aktiv ist</translation>
    </message>
    <message>
        <source>X11 screen-saver extension</source>
        <translation>X11-Bildschirmschoner-Erweiterung</translation>
    </message>
    <message>
        <source>X11 active window</source>
        <translation>aktives X11-Fenster</translation>
    </message>
    <message>
        <source>nothing on this desktop can tell</source>
        <translation>nichts auf diesem Desktop kann es feststellen</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>%1 (yours)</source>
        <translation>%1 (deine)</translation>
    </message>
    <message>
        <source>Default (%1 s)</source>
        <translation>Standard (%1 s)</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Standard (%1)</translation>
    </message>
    <message>
        <source>%1 (built-in)</source>
        <translation>%1 (eingebaut)</translation>
    </message>
    <message>
        <source>%1 (my copy)</source>
        <translation>%1 (meine Kopie)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Routine: %1</source>
        <translation>Routine: %1</translation>
    </message>
    <message>
        <source>Exercise: %1</source>
        <translation>Übung: %1</translation>
    </message>
    <message>
        <source>Picture: %1</source>
        <translation>Bild: %1</translation>
    </message>
    <message>
        <source>%1 is taken here, so it is added as %2</source>
        <translation>%1 ist hier schon vergeben und wird deshalb als %2 hinzugefügt</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to the routines (Esc)</source>
        <translation>Zurück zu den Routinen (Esc)</translation>
    </message>
    <message>
        <source>Routine to edit</source>
        <translation>Zu bearbeitende Routine</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>C&amp;ustomise</source>
        <translation>&amp;Anpassen</translation>
    </message>
    <message>
        <source>Make your own copy of this routine to change</source>
        <translation>Eine eigene Kopie dieser Routine anlegen, um sie zu ändern</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>U&amp;ndo delete</source>
        <translation>Zurüc&amp;kholen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Add a shared routine or Workrave exercises</source>
        <translation>Eine geteilte Routine oder Workrave-Übungen hinzufügen</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save this routine as one file to share</source>
        <translation>Diese Routine als eine Datei zum Teilen speichern</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save this routine (Ctrl+S)</source>
        <translation>Diese Routine speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Editor status</source>
        <translation>Status des Editors</translation>
    </message>
    <message>
        <source>Exercises in this routine</source>
        <translation>Übungen in dieser Routine</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>En&amp;tfernen</translation>
    </message>
    <message>
        <source>Remove the chosen exercise (Delete)</source>
        <translation>Die gewählte Übung entfernen (Entf)</translation>
    </message>
    <message>
        <source>&amp;Add to routine</source>
        <translation>Zur &amp;Routine hinzufügen</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Gesamtdauer</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>My routine</source>
        <translation>Meine Routine</translation>
    </message>
    <message>
        <source>My own routine.</source>
        <translation>Meine eigene Routine.</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Choose a routine to change, or make a new one.</source>
        <translation>Wähle eine Routine zum Ändern oder lege eine neue an.</translation>
    </message>
    <message>
        <source>Built-in routines stay as they are. Customise makes your own copy.</source>
        <translation>Eingebaute Routinen bleiben, wie sie sind. „Anpassen“ legt deine eigene Kopie an.</translation>
    </message>
    <message>
        <source>A new routine, not saved yet.</source>
        <translation>Eine neue Routine, noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Add exercises to see the timeline.</source>
        <translation>Füge Übungen hinzu, um die Zeitleiste zu sehen.</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Gesamt: %1</translation>
    </message>
    <message>
        <source>Not saved: fix the problems shown beside the fields.</source>
        <translation>Nicht gespeichert: Behebe die Probleme, die neben den Feldern stehen.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>“%1” is back.</source>
        <translation>„%1“ ist wieder da.</translation>
    </message>
    <message>
        <source>Not saved: another program changed %1 since you opened it. Your changes are still here; Customise saves them as a new routine.</source>
        <translation>Nicht gespeichert: Ein anderes Programm hat %1 geändert, seit du es geöffnet hast. Deine Änderungen sind noch da; „Anpassen“ speichert sie als neue Routine.</translation>
    </message>
    <message>
        <source>Nothing imported. The file has these problems:
%1</source>
        <translation>Nichts importiert. Die Datei hat diese Probleme:
%1</translation>
    </message>
    <message>
        <source>Not deleted: its file also holds exercises that %1 uses.</source>
        <translation>Nicht gelöscht: Ihre Datei enthält auch Übungen, die %1 verwendet.</translation>
    </message>
    <message>
        <source>Could not finish (%1): %2</source>
        <translation>Konnte nicht abgeschlossen werden (%1): %2</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>„%1“ importiert.</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Eine Routine importieren</translation>
    </message>
    <message>
        <source>Routines and Workrave exercises (*.json *.xml);;All files (*)</source>
        <translation>Routinen und Workrave-Übungen (*.json *.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export the routine</source>
        <translation>Die Routine exportieren</translation>
    </message>
    <message>
        <source>Routines (*.json)</source>
        <translation>Routinen (*.json)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to this routine first?</source>
        <translation>Die Änderungen an dieser Routine zuerst speichern?</translation>
    </message>
    <message>
        <source>Routine editor</source>
        <translation>Routinen-Editor</translation>
    </message>
    <message>
        <source>The exercise is deleted.</source>
        <translation>Die Übung ist gelöscht.</translation>
    </message>
</context>
<context>
    <name>ExerciseChooser</name>
    <message>
        <source>Search exercises</source>
        <translation>Übungen suchen</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Any position</source>
        <translation>Jede Position</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Exercises to add</source>
        <translation>Übungen zum Hinzufügen</translation>
    </message>
    <message>
        <source>Any target</source>
        <translation>Jedes Ziel</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Jedes Schlagwort</translation>
    </message>
    <message>
        <source>Only &amp;mine</source>
        <translation>Nur eigene &amp;zeigen</translation>
    </message>
    <message>
        <source>Show only the exercises you made or imported</source>
        <translation>Nur die Übungen zeigen, die du angelegt oder importiert hast</translation>
    </message>
</context>
<context>
    <name>ExerciseForm</name>
    <message>
        <source>Exercise name</source>
        <translation>Name der Übung</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Hold or flow</source>
        <translation>Halten oder bewegen</translation>
    </message>
    <message>
        <source>Hold still</source>
        <translation>Still halten</translation>
    </message>
    <message>
        <source>Flow between movements</source>
        <translation>Fließend zwischen Bewegungen wechseln</translation>
    </message>
    <message>
        <source>Seconds per movement</source>
        <translation>Sekunden pro Bewegung</translation>
    </message>
    <message>
        <source>Movement cues</source>
        <translation>Stichworte zu den Bewegungen</translation>
    </message>
    <message>
        <source>Each movement&apos;s word, with commas: Arch, Round</source>
        <translation>Ein Stichwort je Bewegung, mit Kommas: Hohlkreuz, Rundrücken</translation>
    </message>
    <message>
        <source>Hold seconds</source>
        <translation>Haltedauer in Sekunden</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Left and right side</source>
        <translation>Linke und rechte Seite</translation>
    </message>
    <message>
        <source>Rest seconds</source>
        <translation>Ausruhzeit in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Breathing hint</source>
        <translation>Hinweis zur Atmung</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>With commas: neck, upper back</source>
        <translation>Mit Kommas: Nacken, oberer Rücken</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>With commas: desk, gentle</source>
        <translation>Mit Kommas: Schreibtisch, sanft</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>P&amp;osition</source>
        <translation>&amp;Position</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>Pa&amp;ce</source>
        <translation>&amp;Tempo</translation>
    </message>
    <message>
        <source>Movement c&amp;ues</source>
        <translation>Stichw&amp;orte</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Halten</translation>
    </message>
    <message>
        <source>&amp;Repetitions</source>
        <translation>Wiede&amp;rholungen</translation>
    </message>
    <message>
        <source>S&amp;ides</source>
        <translation>S&amp;eiten</translation>
    </message>
    <message>
        <source>R&amp;est</source>
        <translation>Ausr&amp;uhen</translation>
    </message>
    <message>
        <source>S&amp;teps</source>
        <translation>S&amp;chritte</translation>
    </message>
    <message>
        <source>&amp;Breathing</source>
        <translation>At&amp;mung</translation>
    </message>
    <message>
        <source>Ca&amp;ution</source>
        <translation>&amp;Vorsicht</translation>
    </message>
    <message>
        <source>T&amp;argets</source>
        <translation>Z&amp;iele</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Schla&amp;gwörter</translation>
    </message>
    <message>
        <source>Pict&amp;ure</source>
        <translation>&amp;Bild</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>ExerciseGuide</name>
    <message>
        <source>Exercise picture</source>
        <translation>Bild der Übung</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Was jetzt zu tun ist</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>So geht es</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Pass auf</translation>
    </message>
    <message>
        <source>&lt;b&gt;Take care:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Pass auf:&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>ExercisePage</name>
    <message>
        <source>Save the changes to this exercise first?</source>
        <translation>Die Änderungen an dieser Übung zuerst speichern?</translation>
    </message>
    <message>
        <source>Delete the exercise</source>
        <translation>Die Übung löschen</translation>
    </message>
    <message>
        <source>Delete “%1”? No routine uses it.</source>
        <translation>„%1“ löschen? Keine Routine verwendet sie.</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.svg);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.svg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Ein Bild wählen</translation>
    </message>
    <message>
        <source>Not saved: another program changed %1 since you opened it. Your changes are still here.</source>
        <translation>Nicht gespeichert: Ein anderes Programm hat %1 geändert, seit du es geöffnet hast. Deine Änderungen sind noch da.</translation>
    </message>
    <message>
        <source>Could not finish (%1): %2</source>
        <translation>Konnte nicht abgeschlossen werden (%1): %2</translation>
    </message>
    <message>
        <source>Not deleted: %1 use this exercise. Take it out of them first.</source>
        <translation>Nicht gelöscht: Diese Übung steckt noch in %1. Nimm sie dort zuerst heraus.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to the routine (Esc)</source>
        <translation>Zurück zur Routine (Esc)</translation>
    </message>
    <message>
        <source>Exercise being edited</source>
        <translation>Übung in Bearbeitung</translation>
    </message>
    <message>
        <source>&amp;Delete exercise</source>
        <translation>Übung &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Save exercise</source>
        <translation>Übung &amp;speichern</translation>
    </message>
    <message>
        <source>Save this exercise (Ctrl+S)</source>
        <translation>Diese Übung speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Exercise status</source>
        <translation>Status der Übung</translation>
    </message>
    <message>
        <source>Exercise form</source>
        <translation>Angaben zur Übung</translation>
    </message>
    <message>
        <source>My exercise</source>
        <translation>Meine Übung</translation>
    </message>
    <message>
        <source>Breathe slowly and evenly; never hold your breath.</source>
        <translation>Atme langsam und gleichmäßig; halte nie den Atem an.</translation>
    </message>
    <message>
        <source>Stretch to a mild pull, never into sharp pain.</source>
        <translation>Dehne bis zu einem leichten Ziehen, nie bis in einen stechenden Schmerz.</translation>
    </message>
    <message>
        <source>Your exercise “%1”</source>
        <translation>Deine Übung „%1“</translation>
    </message>
    <message>
        <source>A new exercise of yours</source>
        <translation>Eine neue eigene Übung</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Reading the picture…</source>
        <translation>Das Bild wird gelesen…</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <source>Not saved: fix the problems shown beside the fields.</source>
        <translation>Nicht gespeichert: Behebe die Probleme, die neben den Feldern stehen.</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
    <message>
        <source>That picture is not used: %1</source>
        <translation>Dieses Bild wird nicht verwendet: %1</translation>
    </message>
</context>
<context>
    <name>HistoryCards</name>
    <message>
        <source>Days done this week</source>
        <translation>Geschaffte Tage in dieser Woche</translation>
    </message>
    <message>
        <source>current streak · today counts</source>
        <translation>aktuelle Serie · heute zählt</translation>
    </message>
    <message>
        <source>current streak · stretch today to keep it</source>
        <translation>aktuelle Serie · dehne dich heute, um sie zu halten</translation>
    </message>
    <message>
        <source>current streak</source>
        <translation>aktuelle Serie</translation>
    </message>
    <message>
        <source>longest streak</source>
        <translation>längste Serie</translation>
    </message>
    <message>
        <source>%1 of %2 days</source>
        <translation>%1 von %2 Tagen</translation>
    </message>
    <message>
        <source>this week · goal met</source>
        <translation>diese Woche · Ziel erreicht</translation>
    </message>
    <message>
        <source>this week&apos;s goal</source>
        <translation>Wochenziel</translation>
    </message>
    <message>
        <source>weekly goal met in a row</source>
        <translation>Wochenziel in Folge erreicht</translation>
    </message>
    <message>
        <source>%1 minutes of stretching in all</source>
        <translation>insgesamt %1 Minuten gedehnt</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Export history as CSV</source>
        <translation>Verlauf als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export history as JSON</source>
        <translation>Verlauf als JSON exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Zurück</translation>
    </message>
    <message>
        <source>Back to the routines</source>
        <translation>Zurück zu den Routinen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Every session and exercise as a spreadsheet</source>
        <translation>Jede Einheit und Übung als Tabelle</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>JSON exportieren…</translation>
    </message>
    <message>
        <source>Every session and exercise as JSON</source>
        <translation>Jede Einheit und Übung als JSON</translation>
    </message>
    <message>
        <source>History messages</source>
        <translation>Meldungen zum Verlauf</translation>
    </message>
    <message>
        <source>History unavailable</source>
        <translation>Verlauf nicht verfügbar</translation>
    </message>
    <message>
        <source>The chosen day</source>
        <translation>Der gewählte Tag</translation>
    </message>
    <message>
        <source>Stiffness before and after</source>
        <translation>Steifheit vorher und nachher</translation>
    </message>
    <message>
        <source>Minutes per week</source>
        <translation>Minuten pro Woche</translation>
    </message>
    <message>
        <source>Recent sessions</source>
        <translation>Letzte Einheiten</translation>
    </message>
    <message>
        <source>The last 52 weeks</source>
        <translation>Die letzten 52 Wochen</translation>
    </message>
    <message>
        <source>History is unavailable</source>
        <translation>Der Verlauf ist nicht verfügbar</translation>
    </message>
    <message>
        <source>Sessions still run, but they are not being recorded.</source>
        <translation>Einheiten laufen weiter, werden aber nicht aufgezeichnet.</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation>vorzeitig beendet</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>Counted: %1, %2</source>
        <translation>Gezählt: %1, %2</translation>
    </message>
    <message>
        <source>Not counted (under %1 min, nothing completed): %2, %3</source>
        <translation>Nicht gezählt (unter %1 Min., nichts abgeschlossen): %2, %3</translation>
    </message>
    <message>
        <source>%1 %2, %3 min, %4</source>
        <translation>%1 %2, %3 Min., %4</translation>
    </message>
    <message>
        <source>No check-ins yet.</source>
        <translation>Noch keine Einschätzungen.</translation>
    </message>
    <message>
        <source>On average %1 before, %2 after.</source>
        <translation>Im Schnitt %1 vorher, %2 nachher.</translation>
    </message>
    <message>
        <source>On average %1 before.</source>
        <translation>Im Schnitt %1 vorher.</translation>
    </message>
    <message>
        <source>On average %1 after.</source>
        <translation>Im Schnitt %1 nachher.</translation>
    </message>
    <message>
        <source>%1 points easier after a session.</source>
        <translation>Nach einer Einheit %1 Punkte lockerer.</translation>
    </message>
    <message>
        <source>%1 points stiffer after a session.</source>
        <translation>Nach einer Einheit %1 Punkte steifer.</translation>
    </message>
    <message>
        <source>This week %1 min, last week %2 min.</source>
        <translation>Diese Woche %1 Min., letzte Woche %2 Min.</translation>
    </message>
    <message>
        <source>Your history</source>
        <translation>Dein Verlauf</translation>
    </message>
</context>
<context>
    <name>HistoryRecorder</name>
    <message>
        <source>History could not be saved (%1). The session goes on, and StretchTimer will try again.</source>
        <translation>Der Verlauf konnte nicht gespeichert werden (%1). Die Einheit läuft weiter, und StretchTimer versucht es erneut.</translation>
    </message>
    <message>
        <source>The history refused a change (%1).</source>
        <translation>Der Verlauf hat eine Änderung abgelehnt (%1).</translation>
    </message>
</context>
<context>
    <name>HistoryWords</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Einheit</numerusform>
            <numerusform>%n Einheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to %1.</source>
        <translation>
            <numerusform>%n Einheit nach %1 exportiert.</numerusform>
            <numerusform>%n Einheiten nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>Import a routine</source>
        <translation>Eine Routine importieren</translation>
    </message>
    <message>
        <source>%1 adds:</source>
        <translation>%1 fügt hinzu:</translation>
    </message>
    <message>
        <source>What the import adds</source>
        <translation>Was der Import hinzufügt</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
</context>
<context>
    <name>ItemOverrides</name>
    <message>
        <source>Hold seconds for this exercise</source>
        <translation>Haltedauer in Sekunden für diese Übung</translation>
    </message>
    <message>
        <source>Repetitions for this exercise</source>
        <translation>Wiederholungen für diese Übung</translation>
    </message>
    <message>
        <source>Rest seconds for this exercise</source>
        <translation>Ausruhzeit in Sekunden für diese Übung</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Halten</translation>
    </message>
    <message>
        <source>&amp;Reps</source>
        <translation>Wiederholun&amp;gen</translation>
    </message>
    <message>
        <source>R&amp;est</source>
        <translation>Ausruh&amp;en</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>StretchTimer</source>
        <translation>StretchTimer</translation>
    </message>
    <message>
        <source>You have been going for %1, %2 of it stretching. It will be saved as a stopped session.</source>
        <translation>Du bist seit %1 dabei, davon %2 gedehnt. Die Einheit wird als vorzeitig beendet gespeichert.</translation>
    </message>
    <message>
        <source>Stop the session?</source>
        <translation>Die Einheit beenden?</translation>
    </message>
    <message>
        <source>Paused: the computer was asleep or busy for {seconds} s, and that time was not counted. Press Space to go on.</source>
        <translation>Pausiert: Der Computer hat {seconds} s geschlafen oder war beschäftigt, und diese Zeit wurde nicht gezählt. Drücke die Leertaste, um weiterzumachen.</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Notices</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Show what happened, file by file</source>
        <translation>Zeigen, was passiert ist, Datei für Datei</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Hide these notices</source>
        <translation>Diese Hinweise ausblenden</translation>
    </message>
    <message>
        <source>Notice details</source>
        <translation>Details zu den Hinweisen</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) need(s) your attention; everything else works as usual.</source>
        <translation>
            <numerusform>%n Sache braucht deine Aufmerksamkeit; alles andere funktioniert wie gewohnt.</numerusform>
            <numerusform>%n Sachen brauchen deine Aufmerksamkeit; alles andere funktioniert wie gewohnt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>And %n more.</source>
        <translation>
            <numerusform>Und %n weitere.</numerusform>
            <numerusform>Und %n weitere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Details ausblenden</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>Skipped a routine file: %1</source>
        <translation>Routinendatei übersprungen: %1</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>the jeepney package is not installed</source>
        <translation>das Paket jeepney ist nicht installiert</translation>
    </message>
    <message>
        <source>no session bus: %1</source>
        <translation>kein Sitzungsbus: %1</translation>
    </message>
    <message>
        <source>the notification server did not answer</source>
        <translation>der Benachrichtigungsserver hat nicht geantwortet</translation>
    </message>
    <message>
        <source>no notification server is running (%1)</source>
        <translation>es läuft kein Benachrichtigungsserver (%1)</translation>
    </message>
    <message>
        <source> (without buttons)</source>
        <translation> (ohne Schaltflächen)</translation>
    </message>
</context>
<context>
    <name>OwnHeading</name>
    <message>
        <source>Your routines</source>
        <translation>Deine Routinen</translation>
    </message>
    <message>
        <source>&amp;New routine</source>
        <translation>&amp;Neue Routine</translation>
    </message>
    <message>
        <source>Make a routine of your own in the editor</source>
        <translation>Im Editor eine eigene Routine anlegen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Add a routine someone shared, or Workrave exercises; nothing is replaced</source>
        <translation>Eine geteilte Routine oder Workrave-Übungen hinzufügen; nichts wird ersetzt</translation>
    </message>
    <message>
        <source>Routines you make, copy or import show here. A built-in routine&apos;s menu (⋯) can make your own copy of it.</source>
        <translation>Hier erscheinen die Routinen, die du anlegst, kopierst oder importierst. Über das Menü (⋯) einer eingebauten Routine kannst du dir eine eigene Kopie davon anlegen.</translation>
    </message>
</context>
<context>
    <name>PickerPage</name>
    <message>
        <source>Choose a routine</source>
        <translation>Wähle eine Routine</translation>
    </message>
    <message>
        <source>Your streak</source>
        <translation>Deine Serie</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>This week&apos;s goal</source>
        <translation>Wochenziel</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Your streak, minutes and check-ins (Ctrl+H)</source>
        <translation>Deine Serie, Minuten und Einschätzungen (Strg+H)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Sound, voice, breathing and motion (Ctrl+,)</source>
        <translation>Ton, Stimme, Atmung und Bewegung (Strg+,)</translation>
    </message>
    <message>
        <source>Edit routines</source>
        <translation>Routinen bearbeiten</translation>
    </message>
    <message>
        <source>Make your own routines and change them (Ctrl+E)</source>
        <translation>Eigene Routinen anlegen und ändern (Strg+E)</translation>
    </message>
    <message>
        <source>Safety notice</source>
        <translation>Sicherheitshinweis</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <source>Hide this notice; it stays in Settings</source>
        <translation>Diesen Hinweis ausblenden; er bleibt in den Einstellungen</translation>
    </message>
    <message>
        <source>No streak yet: today can start one</source>
        <translation>Noch keine Serie: Heute kann eine beginnen</translation>
    </message>
    <message numerus="yes">
        <source>%n-day streak</source>
        <translation>
            <numerusform>%n Tag in Folge</numerusform>
            <numerusform>%n Tage in Folge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n-day streak: stretch today to keep it</source>
        <translation>
            <numerusform>%n Tag in Folge: dehne dich heute, um die Serie zu halten</numerusform>
            <numerusform>%n Tage in Folge: dehne dich heute, um die Serie zu halten</numerusform>
        </translation>
    </message>
    <message>
        <source>This week: %1 of %2 days</source>
        <translation>Diese Woche: %1 von %2 Tagen</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routinen</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <source>Built-in routines</source>
        <translation>Eingebaute Routinen</translation>
    </message>
</context>
<context>
    <name>PictureRow</name>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>C&amp;hoose picture…</source>
        <translation>Bild &amp;wählen…</translation>
    </message>
    <message>
        <source>A PNG, JPEG or SVG file; it is copied in</source>
        <translation>Eine PNG-, JPEG- oder SVG-Datei; StretchTimer legt eine Kopie davon an</translation>
    </message>
    <message>
        <source>Remove pictu&amp;re</source>
        <translation>Bild ent&amp;fernen</translation>
    </message>
    <message>
        <source>No picture: a plain figure stands in.</source>
        <translation>Kein Bild: Stattdessen erscheint eine einfache Figur.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>← Routines</source>
        <translation>← Routinen</translation>
    </message>
    <message>
        <source>Back to the routines</source>
        <translation>Zurück zu den Routinen</translation>
    </message>
    <message>
        <source>Back to the routine list (Esc)</source>
        <translation>Zurück zur Routinenliste (Esc)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start the session (Enter)</source>
        <translation>Die Einheit starten (Eingabe)</translation>
    </message>
    <message>
        <source>Length and position</source>
        <translation>Dauer und Position</translation>
    </message>
    <message>
        <source>The exercises, in order</source>
        <translation>Die Übungen der Reihe nach</translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n Übung</numerusform>
            <numerusform>%n Übungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Start %1, %2 in all</source>
        <translation>%1 starten, insgesamt %2</translation>
    </message>
    <message>
        <source>First a warm-up of %1 and a few slow breaths; slow breaths again at the end.</source>
        <translation>Zuerst %1 Aufwärmen und ein paar langsame Atemzüge; am Ende noch einmal langsame Atemzüge.</translation>
    </message>
    <message>
        <source>First a warm-up of %1.</source>
        <translation>Zuerst %1 Aufwärmen.</translation>
    </message>
    <message>
        <source>A few slow breaths first and at the end.</source>
        <translation>Ein paar langsame Atemzüge zu Beginn und am Ende.</translation>
    </message>
    <message>
        <source>%1, left then right</source>
        <translation>%1, erst links, dann rechts</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must list at least one exercise</source>
        <translation>muss mindestens eine Übung enthalten</translation>
    </message>
    <message>
        <source>exercise %1</source>
        <translation>Übung %1</translation>
    </message>
    <message>
        <source>exercise #%1</source>
        <translation>Übung Nr. %1</translation>
    </message>
    <message>
        <source>routine %1</source>
        <translation>Routine %1</translation>
    </message>
    <message>
        <source>routine #%1</source>
        <translation>Routine Nr. %1</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>missing (a flow needs a pace)</source>
        <translation>fehlt (eine fließende Übung braucht ein Tempo)</translation>
    </message>
    <message>
        <source>missing (a flow needs its movement cues)</source>
        <translation>fehlt (eine fließende Übung braucht ihre Stichworte zu den Bewegungen)</translation>
    </message>
    <message>
        <source>only allowed for mode &apos;flow&apos;</source>
        <translation>nur im Modus &apos;flow&apos; erlaubt</translation>
    </message>
    <message>
        <source>missing (every built-in exercise is illustrated)</source>
        <translation>fehlt (jede eingebaute Übung hat ein Bild)</translation>
    </message>
    <message>
        <source>names unknown exercise %1</source>
        <translation>nennt die unbekannte Übung %1</translation>
    </message>
    <message>
        <source>%1 items[%2]</source>
        <translation>%1 items[%2]</translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation>die oberste Ebene muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>duplicate id</source>
        <translation>doppelte ID</translation>
    </message>
    <message>
        <source>add up to %1 hours; a routine may last at most %2 hours</source>
        <translation>ergeben zusammen %1 Stunden; eine Routine darf höchstens %2 Stunden dauern</translation>
    </message>
    <message>
        <source>not read: the files before it use all %1 allowed for routines</source>
        <translation>nicht gelesen: die Dateien davor schöpfen die für Routinen erlaubten %1 schon aus</translation>
    </message>
    <message>
        <source>warm-up %1</source>
        <translation>Aufwärmen %1</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>Schlagwort %1</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>muss ein Objekt sein, nicht %1</translation>
    </message>
    <message>
        <source>%1; this stays English</source>
        <translation>%1; dieser Text bleibt auf Englisch</translation>
    </message>
    <message>
        <source>must be text, not %1</source>
        <translation>muss Text sein, nicht %1</translation>
    </message>
    <message>
        <source>must be a list, not %1</source>
        <translation>muss eine Liste sein, nicht %1</translation>
    </message>
    <message>
        <source>must have %1 entries, as the English has, not %2</source>
        <translation>muss wie im Englischen %1 Einträge haben, nicht %2</translation>
    </message>
    <message>
        <source>unknown field: the English has no such text (stale?)</source>
        <translation>unbekanntes Feld: im Englischen gibt es diesen Text nicht (veraltet?)</translation>
    </message>
    <message>
        <source>the catalogue has no %1 (stale?); ignored</source>
        <translation>%1 gibt es im Katalog nicht (veraltet?); wird ignoriert</translation>
    </message>
    <message>
        <source>the top level must be a JSON object; everything stays English</source>
        <translation>die oberste Ebene muss ein JSON-Objekt sein; alles bleibt auf Englisch</translation>
    </message>
    <message>
        <source>must say &quot;version&quot;: %1 and &quot;language&quot;: %2, not %3 and %4; everything stays English</source>
        <translation>muss &quot;version&quot;: %1 und &quot;language&quot;: %2 angeben, nicht %3 und %4; alles bleibt auf Englisch</translation>
    </message>
    <message>
        <source>unknown section; ignored</source>
        <translation>unbekannter Abschnitt; wird ignoriert</translation>
    </message>
    <message>
        <source>not used; everything stays English</source>
        <translation>nicht verwendet; alles bleibt auf Englisch</translation>
    </message>
    <message>
        <source>is not a PNG, JPEG or SVG file (its name must end in .png, .jpg, .jpeg or .svg)</source>
        <translation>ist keine PNG-, JPEG- oder SVG-Datei (der Name muss auf .png, .jpg, .jpeg oder .svg enden)</translation>
    </message>
    <message>
        <source>%1 more problems are not listed</source>
        <translation>%1 weitere Probleme sind nicht aufgeführt</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>ein Wert</translation>
    </message>
    <message>
        <source>must be %1, not %2</source>
        <translation>muss %1 sein, nicht %2</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>ein Text</translation>
    </message>
    <message>
        <source>must be at most %1 characters, not %2</source>
        <translation>darf höchstens %1 Zeichen lang sein, nicht %2</translation>
    </message>
    <message>
        <source>must be text, but holds an unpaired surrogate escape</source>
        <translation>muss Text sein, enthält aber ein ungepaartes Surrogat-Escape</translation>
    </message>
    <message>
        <source>must be a file name in the %1 folder, not %2</source>
        <translation>muss ein Dateiname im Ordner %1 sein, nicht %2</translation>
    </message>
    <message>
        <source>must be one of %1, not %2</source>
        <translation>muss einer der Werte %1 sein, nicht %2</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>must be a finite number of seconds, not %1</source>
        <translation>muss eine endliche Anzahl Sekunden sein, nicht %1</translation>
    </message>
    <message>
        <source>must be 0 or more seconds, not %1</source>
        <translation>muss 0 Sekunden oder mehr sein, nicht %1</translation>
    </message>
    <message>
        <source>must be more than 0 seconds, not %1</source>
        <translation>muss mehr als 0 Sekunden sein, nicht %1</translation>
    </message>
    <message>
        <source>must be at most %1 seconds, not %2</source>
        <translation>darf höchstens %1 Sekunden sein, nicht %2</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>must be from %1 to %2, not %3</source>
        <translation>muss zwischen %1 und %2 liegen, nicht %3</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>must have at most %1 entries, not %2</source>
        <translation>darf höchstens %1 Einträge haben, nicht %2</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>muss ein nicht leerer Text sein</translation>
    </message>
    <message>
        <source>%1 %2[%3]</source>
        <translation>%1 %2[%3]</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>unbekannter Schlüssel</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>%1 is not HH:MM; dropped</source>
        <translation>%1 ist keine Uhrzeit im Format HH:MM; wird verworfen</translation>
    </message>
    <message>
        <source>%1 is not an id; dropped</source>
        <translation>%1 ist keine ID; wird verworfen</translation>
    </message>
    <message>
        <source>field &apos;%1&apos;</source>
        <translation>Feld „%1“</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>%1: %2, field &apos;%3&apos;: unknown, ignored</source>
        <translation>%1: %2, Feld „%3“: unbekannt, wird ignoriert</translation>
    </message>
    <message>
        <source>%1: %2 field &apos;%3&apos;: unknown, ignored</source>
        <translation>%1: %2, Feld „%3“: unbekannt, wird ignoriert</translation>
    </message>
    <message>
        <source>daily reminder %1</source>
        <translation>tägliche Erinnerung %1</translation>
    </message>
    <message>
        <source>%1, field &apos;%2&apos;</source>
        <translation>%1, Feld „%2“</translation>
    </message>
    <message>
        <source>%1 is not an object; dropped</source>
        <translation>%1 ist kein Objekt; wird verworfen</translation>
    </message>
    <message>
        <source>%1 is not a list of weekdays; dropped</source>
        <translation>%1 ist keine Liste von Wochentagen; wird verworfen</translation>
    </message>
    <message>
        <source>%1 is not never, routine or any; using never</source>
        <translation>%1 ist nicht never, routine oder any; stattdessen gilt never</translation>
    </message>
    <message>
        <source>field &apos;%1&apos;, &apos;%2&apos;</source>
        <translation>Feld „%1“, „%2“</translation>
    </message>
    <message>
        <source>%1 is not an object; no break after active time</source>
        <translation>%1 ist kein Objekt; keine Pause nach aktiver Zeit</translation>
    </message>
    <message>
        <source>%1 is not %2 to %3; dropped</source>
        <translation>%1 liegt nicht zwischen %2 und %3; wird verworfen</translation>
    </message>
    <message>
        <source>%1 is not %2 to %3; using 5</source>
        <translation>%1 liegt nicht zwischen %2 und %3; stattdessen gilt 5</translation>
    </message>
    <message>
        <source>%1 is not an object; no working hours</source>
        <translation>%1 ist kein Objekt; keine Arbeitszeit</translation>
    </message>
    <message>
        <source>%1 is not [&quot;HH:MM&quot;, &quot;HH:MM&quot;] with the start first; not a working day</source>
        <translation>%1 ist nicht [&quot;HH:MM&quot;, &quot;HH:MM&quot;] mit dem Beginn zuerst; kein Arbeitstag</translation>
    </message>
    <message>
        <source>%1 is not an object; no reminders</source>
        <translation>%1 ist kein Objekt; keine Erinnerungen</translation>
    </message>
    <message>
        <source>%1 is not true or false; using %2</source>
        <translation>%1 ist nicht true oder false; stattdessen gilt %2</translation>
    </message>
    <message>
        <source>%1 is not a list; no daily reminders</source>
        <translation>%1 ist keine Liste; keine täglichen Erinnerungen</translation>
    </message>
    <message>
        <source>&apos;%1 items&apos; is more than %2; the first %3 kept</source>
        <translation>%1 Einträge sind mehr als %2; die ersten %3 werden behalten</translation>
    </message>
    <message>
        <source>%1 is not HH:MM; using 20:00</source>
        <translation>%1 ist keine Uhrzeit im Format HH:MM; stattdessen gilt 20:00</translation>
    </message>
    <message>
        <source>%1 is not an ISO instant with a zone; not paused</source>
        <translation>%1 ist kein ISO-Zeitpunkt mit Zeitzone; nicht pausiert</translation>
    </message>
    <message>
        <source>%1: the top level must be a JSON object; using defaults</source>
        <translation>%1: die oberste Ebene muss ein JSON-Objekt sein; stattdessen gelten die Standardwerte</translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos;: unknown setting, ignored</source>
        <translation>%1: Feld „%2“: unbekannte Einstellung, wird ignoriert</translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos;: %3 is not a valid value; using %4</source>
        <translation>%1: Feld „%2“: %3 ist kein gültiger Wert; stattdessen gilt %4</translation>
    </message>
    <message>
        <source>%1; using defaults</source>
        <translation>%1; stattdessen gelten die Standardwerte</translation>
    </message>
    <message>
        <source>%1; using defaults; the damaged file was kept as %2</source>
        <translation>%1; stattdessen gelten die Standardwerte; die beschädigte Datei wurde als %2 aufbewahrt</translation>
    </message>
    <message>
        <source>%1; using defaults; it could not be moved aside (%2)</source>
        <translation>%1; stattdessen gelten die Standardwerte; die Datei konnte nicht beiseitegelegt werden (%2)</translation>
    </message>
    <message>
        <source>is larger than %1 MB</source>
        <translation>ist größer als %1 MB</translation>
    </message>
    <message>
        <source>is neither a StretchTimer routine file nor Workrave XML</source>
        <translation>ist weder eine StretchTimer-Routinendatei noch Workrave-XML</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>ist keine normale Datei</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>grew while it was read</source>
        <translation>ist beim Lesen größer geworden</translation>
    </message>
    <message>
        <source>is not UTF-8 text: %1</source>
        <translation>ist kein UTF-8-Text: %1</translation>
    </message>
    <message>
        <source>invalid JSON at line %1, column %2: %3</source>
        <translation>ungültiges JSON in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>invalid JSON: %1 is not allowed</source>
        <translation>ungültiges JSON: %1 ist nicht erlaubt</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>ungültiges JSON: %1</translation>
    </message>
    <message>
        <source>must hold at most %1</source>
        <translation>darf höchstens %1 Bilder enthalten</translation>
    </message>
    <message>
        <source>picture %1</source>
        <translation>Bild %1</translation>
    </message>
    <message>
        <source>must be base64 text</source>
        <translation>muss Base64-Text sein</translation>
    </message>
    <message>
        <source>is not valid base64</source>
        <translation>ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>must hold one routine, not %1</source>
        <translation>muss genau eine Routine enthalten, nicht %1</translation>
    </message>
    <message>
        <source>exercise %1: its picture %2 is not in the file</source>
        <translation>Übung %1: ihr Bild %2 ist nicht in der Datei</translation>
    </message>
    <message>
        <source>picture %1 is used by no exercise and is left out</source>
        <translation>Bild %1 wird von keiner Übung verwendet und deshalb weggelassen</translation>
    </message>
    <message>
        <source>%1 is not a plain picture file name</source>
        <translation>%1 ist kein einfacher Dateiname für ein Bild</translation>
    </message>
    <message>
        <source>%1 is not a PNG, JPEG or SVG file name</source>
        <translation>%1 ist kein Name einer PNG-, JPEG- oder SVG-Datei</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>is not a PNG picture</source>
        <translation>ist kein PNG-Bild</translation>
    </message>
    <message>
        <source>is not a JPEG picture</source>
        <translation>ist kein JPEG-Bild</translation>
    </message>
    <message>
        <source>is not an SVG picture</source>
        <translation>ist kein SVG-Bild</translation>
    </message>
    <message>
        <source>declares a DTD or entities, which are not allowed</source>
        <translation>deklariert eine DTD oder Entitäten; beides ist nicht erlaubt</translation>
    </message>
    <message>
        <source>must be a number of seconds, not %1</source>
        <translation>muss eine Anzahl Sekunden sein, nicht %1</translation>
    </message>
    <message>
        <source>must name a file beside %1, not %2</source>
        <translation>muss eine Datei im selben Ordner wie %1 nennen, nicht %2</translation>
    </message>
    <message>
        <source>%1: picture %2 is not beside the file; imported without it</source>
        <translation>%1: Bild %2 liegt nicht im selben Ordner wie die Datei; ohne das Bild importiert</translation>
    </message>
    <message>
        <source>exercise %1 (%2)</source>
        <translation>Übung %1 (%2)</translation>
    </message>
    <message>
        <source>%1: &lt;%2&gt; is not used</source>
        <translation>%1: &lt;%2&gt; wird nicht verwendet</translation>
    </message>
    <message>
        <source>must appear once</source>
        <translation>muss genau einmal vorkommen</translation>
    </message>
    <message>
        <source>must be an &lt;image&gt;, not &lt;%1&gt;</source>
        <translation>muss ein &lt;image&gt; sein, nicht &lt;%1&gt;</translation>
    </message>
    <message>
        <source>must be yes or no, not %1</source>
        <translation>muss yes oder no sein, nicht %1</translation>
    </message>
    <message>
        <source>missing (and no frame has a duration)</source>
        <translation>fehlt (und kein Einzelbild hat eine Dauer)</translation>
    </message>
    <message>
        <source>%1: picture %2 is not a %3 like the first; left out</source>
        <translation>%1: Bild %2 ist keine %3-Datei wie das erste Bild; wird weggelassen</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>invalid XML at line %1, column %2: %3</source>
        <translation>ungültiges XML in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>the root must be &lt;exercises&gt;, not &lt;%1&gt;</source>
        <translation>das Wurzelelement muss &lt;exercises&gt; sein, nicht &lt;%1&gt;</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is not an exercise and is not used</source>
        <translation>&lt;%1&gt; ist keine Übung und wird nicht verwendet</translation>
    </message>
    <message>
        <source>the file holds no &lt;exercise&gt;</source>
        <translation>die Datei enthält kein &lt;exercise&gt;</translation>
    </message>
    <message>
        <source>%1: %2: field &apos;%3&apos;: %4</source>
        <translation>%1: %2: Feld „%3“: %4</translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos;: %3</source>
        <translation>%1: Feld „%2“: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a directory</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a FIFO</source>
        <translation>ein FIFO</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>ein zeichenorientiertes Gerät</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>ein blockorientiertes Gerät</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>not a plain file</source>
        <translation>etwas anderes als eine Datei</translation>
    </message>
    <message>
        <source>is not a regular file (it is %1); only plain files are read</source>
        <translation>ist keine normale Datei (es ist %1); nur normale Dateien werden gelesen</translation>
    </message>
    <message>
        <source>is too large (%1); files over %2 are not read</source>
        <translation>ist zu groß (%1); Dateien über %2 werden nicht gelesen</translation>
    </message>
    <message>
        <source>cannot be read: it is not UTF-8 text (byte %1)</source>
        <translation>kann nicht gelesen werden: es ist kein UTF-8-Text (Byte %1)</translation>
    </message>
    <message>
        <source>invalid JSON: nested more than %1 levels deep</source>
        <translation>ungültiges JSON: mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>is larger than 1 MB, the most an SVG picture may be</source>
        <translation>ist größer als 1 MB, die Obergrenze für ein SVG-Bild</translation>
    </message>
    <message>
        <source>is not an SVG picture that can be drawn</source>
        <translation>ist kein SVG-Bild, das sich darstellen lässt</translation>
    </message>
    <message>
        <source>holds no picture that can be read</source>
        <translation>enthält kein lesbares Bild</translation>
    </message>
    <message>
        <source>is too large (%1 × %2 pixels)</source>
        <translation>ist zu groß (%1 × %2 Pixel)</translation>
    </message>
    <message>
        <source>holds no picture that can be read (%1)</source>
        <translation>enthält kein lesbares Bild (%1)</translation>
    </message>
    <message>
        <source>%1: larger than %2 bytes; not read</source>
        <translation>%1: größer als %2 Bytes; wird nicht gelesen</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1: invalid JSON at line %2, column %3</source>
        <translation>%1: ungültiges JSON in Zeile %2, Spalte %3</translation>
    </message>
</context>
<context>
    <name>ProblemsNote</name>
    <message>
        <source>History records left out</source>
        <translation>Ausgelassene Einträge im Verlauf</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in the history could not be read and are left out of what is shown.</source>
        <translation>
            <numerusform>%n Eintrag im Verlauf konnte nicht gelesen werden und wird nicht angezeigt.</numerusform>
            <numerusform>%n Einträge im Verlauf konnten nicht gelesen werden und werden nicht angezeigt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderStatusTexts</name>
    <message>
        <source>every day</source>
        <translation>jeden Tag</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Time away from the keyboard</source>
        <translation>Zeit weg von der Tastatur</translation>
    </message>
    <message>
        <source>Full-screen windows</source>
        <translation>Vollbildfenster</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Nicht stören</translation>
    </message>
    <message>
        <source>Screen lock</source>
        <translation>Bildschirmsperre</translation>
    </message>
    <message>
        <source>Not known (reminders are off)</source>
        <translation>Unbekannt (Erinnerungen sind aus)</translation>
    </message>
    <message>
        <source>Available, through %1</source>
        <translation>Verfügbar, über %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Unavailable: %1</source>
        <translation>Nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>A reminder is waiting: a full-screen window is in front.</source>
        <translation>Eine Erinnerung wartet: Ein Vollbildfenster ist im Vordergrund.</translation>
    </message>
    <message>
        <source>A reminder is waiting: do not disturb is on.</source>
        <translation>Eine Erinnerung wartet: „Nicht stören“ ist an.</translation>
    </message>
    <message>
        <source>A reminder is waiting: the screen is locked.</source>
        <translation>Eine Erinnerung wartet: Der Bildschirm ist gesperrt.</translation>
    </message>
    <message>
        <source>A reminder is waiting for you to come back.</source>
        <translation>Eine Erinnerung wartet, bis du zurück bist.</translation>
    </message>
    <message>
        <source>A reminder is due; looking at the desktop first.</source>
        <translation>Eine Erinnerung ist fällig; zuerst wird der Desktop geprüft.</translation>
    </message>
</context>
<context>
    <name>ReminderTexts</name>
    <message>
        <source>Keep your streak going</source>
        <translation>Halte deine Serie am Laufen</translation>
    </message>
    <message>
        <source>Time for a break</source>
        <translation>Zeit für eine Pause</translation>
    </message>
    <message>
        <source>Time to stretch</source>
        <translation>Zeit zum Dehnen</translation>
    </message>
    <message>
        <source>Pick a routine when you are ready.</source>
        <translation>Wähle eine Routine, wenn du so weit bist.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>In 10 minutes</source>
        <translation>In 10 Minuten</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
</context>
<context>
    <name>ReminderWindow</name>
    <message>
        <source>StretchTimer reminder</source>
        <translation>StretchTimer-Erinnerung</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Remind me later</source>
        <translation>Später erinnern</translation>
    </message>
    <message numerus="yes">
        <source>In %n minute(s)</source>
        <translation>
            <numerusform>In %n Minute</numerusform>
            <numerusform>In %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
</context>
<context>
    <name>ReminderWords</name>
    <message numerus="yes">
        <source>Your %n-day streak ends at %1 unless you stretch today.</source>
        <translation>
            <numerusform>Deine Serie von %n Tag endet um %1, wenn du dich heute nicht dehnst.</numerusform>
            <numerusform>Deine Serie von %n Tagen endet um %1, wenn du dich heute nicht dehnst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have been at the computer for %n minute(s).</source>
        <translation>
            <numerusform>Du sitzt seit %n Minute am Computer.</numerusform>
            <numerusform>Du sitzt seit %n Minuten am Computer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n min.</source>
        <translation>
            <numerusform>%1, %n Min.</numerusform>
            <numerusform>%1, %n Min.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <source>&amp;Remind me to stretch</source>
        <translation>Ans &amp;Dehnen erinnern</translation>
    </message>
    <message>
        <source>Daily reminders</source>
        <translation>Tägliche Erinnerungen</translation>
    </message>
    <message>
        <source>Time of the new reminder</source>
        <translation>Uhrzeit der neuen Erinnerung</translation>
    </message>
    <message>
        <source>Routine of the new reminder</source>
        <translation>Routine der neuen Erinnerung</translation>
    </message>
    <message>
        <source>When practice is already done</source>
        <translation>Wenn schon geübt wurde</translation>
    </message>
    <message>
        <source>Remind me even if I practised today</source>
        <translation>Auch erinnern, wenn ich heute schon geübt habe</translation>
    </message>
    <message>
        <source>Not if this routine is done today</source>
        <translation>Nicht, wenn diese Routine heute erledigt ist</translation>
    </message>
    <message>
        <source>Not if any routine is done today</source>
        <translation>Nicht, wenn heute irgendeine Routine erledigt ist</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Suggest a &amp;break after</source>
        <translation>Eine &amp;Pause vorschlagen nach</translation>
    </message>
    <message>
        <source> min at the computer</source>
        <translation> Min. am Computer</translation>
    </message>
    <message>
        <source>Minutes of active time</source>
        <translation>Minuten aktiver Zeit</translation>
    </message>
    <message>
        <source>Routine for the break</source>
        <translation>Routine für die Pause</translation>
    </message>
    <message>
        <source> min away counts as a break</source>
        <translation> Min. Abwesenheit gelten als Pause</translation>
    </message>
    <message>
        <source>Time away that counts as a break</source>
        <translation>Abwesenheit, die als Pause zählt</translation>
    </message>
    <message>
        <source>Break after active time</source>
        <translation>Pause nach aktiver Zeit</translation>
    </message>
    <message>
        <source>Only within &amp;working hours</source>
        <translation>Nur während der A&amp;rbeitszeit</translation>
    </message>
    <message>
        <source>Working hours (for the break after active time)</source>
        <translation>Arbeitszeit (für die Pause nach aktiver Zeit)</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>In the &amp;evening, remind me when my streak would end</source>
        <translation>Am A&amp;bend erinnern, wenn meine Serie enden würde</translation>
    </message>
    <message>
        <source>Time of the streak reminder</source>
        <translation>Uhrzeit der Serien-Erinnerung</translation>
    </message>
    <message>
        <source>Re&amp;sume now</source>
        <translation>Jetzt fort&amp;setzen</translation>
    </message>
    <message>
        <source>What this desktop tells StretchTimer</source>
        <translation>Was dieser Desktop StretchTimer mitteilt</translation>
    </message>
    <message>
        <source>Let me choose a routine</source>
        <translation>Mich eine Routine wählen lassen</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (nicht gefunden)</translation>
    </message>
    <message>
        <source>a routine of my choice</source>
        <translation>eine Routine meiner Wahl</translation>
    </message>
    <message>
        <source>Reminders are paused until %1.</source>
        <translation>Erinnerungen sind bis %1 pausiert.</translation>
    </message>
</context>
<context>
    <name>RoutineActions</name>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>“%1” is back.</source>
        <translation>„%1“ ist wieder da.</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>Importiert: %1.</translation>
    </message>
    <message>
        <source>Nothing imported. The file has these problems: %1</source>
        <translation>Nichts importiert. Die Datei hat diese Probleme: %1</translation>
    </message>
    <message>
        <source>Not deleted: its file also holds exercises that %1 uses.</source>
        <translation>Nicht gelöscht: Ihre Datei enthält auch Übungen, die %1 verwendet.</translation>
    </message>
    <message>
        <source>Not put back: a new file took its name, %1. The deleted one is in %2.</source>
        <translation>Nicht zurückgeholt: Eine neue Datei trägt jetzt ihren Namen, %1. Die gelöschte liegt in %2.</translation>
    </message>
    <message>
        <source>Could not finish (%1): %2</source>
        <translation>Konnte nicht abgeschlossen werden (%1): %2</translation>
    </message>
</context>
<context>
    <name>RoutineCard</name>
    <message>
        <source>Look at %1 before you start (Enter)</source>
        <translation>%1 ansehen, bevor du startest (Eingabe)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Noch nie gemacht</translation>
    </message>
    <message>
        <source>Unpin %1</source>
        <translation>%1 lösen</translation>
    </message>
    <message>
        <source>Pin %1 to the top</source>
        <translation>%1 oben anheften</translation>
    </message>
    <message>
        <source>Unpin (P)</source>
        <translation>Lösen (P)</translation>
    </message>
    <message>
        <source>Pin to the top of the list (P)</source>
        <translation>Oben in der Liste anheften (P)</translation>
    </message>
    <message>
        <source>%1, %2. %3 %4. Press Enter to look at it and start.</source>
        <translation>%1, %2. %3 %4. Drücke die Eingabetaste, um sie anzusehen und zu starten.</translation>
    </message>
    <message>
        <source>Pinned. %1</source>
        <translation>Angeheftet. %1</translation>
    </message>
    <message>
        <source>Actions for %1</source>
        <translation>Aktionen für %1</translation>
    </message>
    <message>
        <source>Pin, edit, copy or delete (Shift+F10)</source>
        <translation>Anheften, bearbeiten, kopieren oder löschen (Umschalt+F10)</translation>
    </message>
</context>
<context>
    <name>RoutineForm</name>
    <message>
        <source>Routine name</source>
        <translation>Name der Routine</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Warm-up seconds</source>
        <translation>Aufwärmen in Sekunden</translation>
    </message>
    <message>
        <source>Breaths before</source>
        <translation>Atemzüge vorher</translation>
    </message>
    <message>
        <source>Breaths after</source>
        <translation>Atemzüge nachher</translation>
    </message>
    <message>
        <source>Get-ready seconds</source>
        <translation>Vorbereitung in Sekunden</translation>
    </message>
    <message>
        <source>Switch-sides seconds</source>
        <translation>Seitenwechsel in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Warm-up</source>
        <translation>A&amp;ufwärmen</translation>
    </message>
    <message>
        <source>Breaths &amp;before</source>
        <translation>Atemzüge &amp;vorher</translation>
    </message>
    <message>
        <source>Breaths &amp;after</source>
        <translation>Atemzüge na&amp;chher</translation>
    </message>
    <message>
        <source>&amp;Get ready</source>
        <translation>V&amp;orbereitung</translation>
    </message>
    <message>
        <source>S&amp;witch sides</source>
        <translation>Seiten&amp;wechsel</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Move with the breath — left side</source>
        <translation>Mit dem Atem bewegen – linke Seite</translation>
    </message>
    <message>
        <source>Hold — left side</source>
        <translation>Halten – linke Seite</translation>
    </message>
    <message>
        <source>Move with the breath — right side</source>
        <translation>Mit dem Atem bewegen – rechte Seite</translation>
    </message>
    <message>
        <source>Hold — right side</source>
        <translation>Halten – rechte Seite</translation>
    </message>
    <message>
        <source>Move with the breath</source>
        <translation>Mit dem Atem bewegen</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Warm up</source>
        <translation>Aufwärmen</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation>Atmen</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Bereit machen</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Ausruhen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Rep %1 of %2 done</source>
        <translation>Wiederholung %1 von %2 geschafft</translation>
    </message>
    <message>
        <source>Rep %1 of %2</source>
        <translation>Wiederholung %1 von %2</translation>
    </message>
    <message>
        <source>March gently on the spot, roll your shoulders and circle your arms.</source>
        <translation>Geh locker auf der Stelle, kreise die Schultern und die Arme.</translation>
    </message>
    <message>
        <source>Breathe in through your nose and let each breath out be long and slow.</source>
        <translation>Atme durch die Nase ein und lass jeden Atemzug lang und langsam ausströmen.</translation>
    </message>
    <message>
        <source>Come out slowly and set up the same stretch on the other side.</source>
        <translation>Löse dich langsam und richte dieselbe Dehnung für die andere Seite ein.</translation>
    </message>
    <message>
        <source>Relax, shake out gently and breathe.</source>
        <translation>Entspann dich, schüttle dich sanft aus und atme.</translation>
    </message>
    <message>
        <source>Get into position slowly. Start with your left side.</source>
        <translation>Geh langsam in Position. Beginne mit der linken Seite.</translation>
    </message>
    <message>
        <source>Get into position slowly. Start with your right side.</source>
        <translation>Geh langsam in Position. Beginne mit der rechten Seite.</translation>
    </message>
    <message>
        <source>Get into position slowly.</source>
        <translation>Geh langsam in Position.</translation>
    </message>
    <message>
        <source>Well done.</source>
        <translation>Gut gemacht.</translation>
    </message>
    <message>
        <source>floor</source>
        <translation>Boden</translation>
    </message>
    <message>
        <source>seated</source>
        <translation>sitzend</translation>
    </message>
    <message>
        <source>standing</source>
        <translation>stehend</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>This is the last step.</source>
        <translation>Das ist der letzte Schritt.</translation>
    </message>
    <message>
        <source>Next: a few slow breaths</source>
        <translation>Als Nächstes: ein paar langsame Atemzüge</translation>
    </message>
    <message>
        <source>Next: a few slow breaths to finish</source>
        <translation>Als Nächstes: ein paar langsame Atemzüge zum Abschluss</translation>
    </message>
    <message>
        <source>Next: the left side</source>
        <translation>Als Nächstes: die linke Seite</translation>
    </message>
    <message>
        <source>Next: the right side</source>
        <translation>Als Nächstes: die rechte Seite</translation>
    </message>
    <message>
        <source>Next: a short rest, then rep %1 of %2</source>
        <translation>Als Nächstes: kurz ausruhen, dann Wiederholung %1 von %2</translation>
    </message>
    <message>
        <source>Next: rep %1 of %2, left side</source>
        <translation>Als Nächstes: Wiederholung %1 von %2, linke Seite</translation>
    </message>
    <message>
        <source>Next: rep %1 of %2, right side</source>
        <translation>Als Nächstes: Wiederholung %1 von %2, rechte Seite</translation>
    </message>
    <message>
        <source>Next: rep %1 of %2</source>
        <translation>Als Nächstes: Wiederholung %1 von %2</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <source>Next: move with the breath for %1</source>
        <translation>Als Nächstes: %1 lang mit dem Atem bewegen</translation>
    </message>
    <message>
        <source>Next: hold for %1 s on the left side</source>
        <translation>Als Nächstes: %1 s links halten</translation>
    </message>
    <message>
        <source>Next: hold for %1 s on the right side</source>
        <translation>Als Nächstes: %1 s rechts halten</translation>
    </message>
    <message>
        <source>Next: hold for %1 s</source>
        <translation>Als Nächstes: %1 s halten</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 s per side</source>
        <translation>%1 · %2 s pro Seite</translation>
    </message>
    <message>
        <source>%1 · %2 s</source>
        <translation>%1 · %2 s</translation>
    </message>
    <message>
        <source>%1 · %2 s × %3 per side</source>
        <translation>%1 · %2 s × %3 pro Seite</translation>
    </message>
    <message>
        <source>%1 · %2 s × %3</source>
        <translation>%1 · %2 s × %3</translation>
    </message>
    <message>
        <source>%1, moving with the breath</source>
        <translation>%1, mit dem Atem bewegen</translation>
    </message>
    <message>
        <source>%1 s per side</source>
        <translation>%1 s pro Seite</translation>
    </message>
    <message>
        <source>%1 s × %2 per side</source>
        <translation>%1 s × %2 pro Seite</translation>
    </message>
    <message>
        <source>%1 s × %2</source>
        <translation>%1 s × %2</translation>
    </message>
</context>
<context>
    <name>SessionControls</name>
    <message>
        <source>◀ Back</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Back (←): restart this step, or go to the previous one</source>
        <translation>Zurück (←): diesen Schritt neu beginnen oder zum vorigen gehen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause or resume (Space)</source>
        <translation>Pausieren oder fortsetzen (Leertaste)</translation>
    </message>
    <message>
        <source>Skip ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>Skip this step (→); Shift+→ skips the exercise</source>
        <translation>Diesen Schritt überspringen (→); Umschalt+→ überspringt die Übung</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>+10 s</source>
        <translation>+10 s</translation>
    </message>
    <message>
        <source>Add 10 seconds (+)</source>
        <translation>10 Sekunden hinzufügen (+)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Stop the session (Esc)</source>
        <translation>Die Einheit beenden (Esc)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message>
        <source>Recent sessions</source>
        <translation>Letzte Einheiten</translation>
    </message>
    <message>
        <source>Press Delete to remove the chosen session</source>
        <translation>Drücke Entf, um die gewählte Einheit zu entfernen</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Einheit löschen</translation>
    </message>
    <message>
        <source>Remove the chosen session (Del); you can undo it</source>
        <translation>Die gewählte Einheit entfernen (Entf); du kannst es rückgängig machen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Put the session back (Ctrl+Z)</source>
        <translation>Die Einheit zurückholen (Strg+Z)</translation>
    </message>
    <message>
        <source>No sessions yet. Every session you start is listed here, with its minutes.</source>
        <translation>Noch keine Einheiten. Jede Einheit, die du startest, steht hier mit ihren Minuten.</translation>
    </message>
    <message>
        <source>A session still in progress cannot be deleted.</source>
        <translation>Eine laufende Einheit kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Deleted %1 of %2.</source>
        <translation>%1 vom %2 gelöscht.</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Routine progress</source>
        <translation>Fortschritt der Routine</translation>
    </message>
    <message>
        <source>Time left in the routine</source>
        <translation>Verbleibende Zeit der Routine</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Repetition</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Before you start: how stiff or sore do you feel? Press 0 to 10, or Esc to start without answering.</source>
        <translation>Bevor du startest: Wie steif oder verspannt fühlst du dich? Drücke 0 bis 10 oder Esc, um ohne Antwort zu starten.</translation>
    </message>
    <message>
        <source>Start without answering</source>
        <translation>Ohne Antwort starten</translation>
    </message>
    <message>
        <source>Next up</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <source>Session notice</source>
        <translation>Hinweis zur Einheit</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Noch %1</translation>
    </message>
    <message>
        <source>First: %1 of gentle warm-up</source>
        <translation>Zuerst: %1 sanftes Aufwärmen</translation>
    </message>
    <message>
        <source>First: a few slow breaths</source>
        <translation>Zuerst: ein paar langsame Atemzüge</translation>
    </message>
    <message>
        <source>First: %1</source>
        <translation>Zuerst: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Stiffness</source>
        <translation>Steifheit</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Reminders</source>
        <translation>&amp;Erinnerungen</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>&amp;Volume</source>
        <translation>&amp;Lautstärke</translation>
    </message>
    <message>
        <source>&amp;Mute all sounds</source>
        <translation>Alle &amp;Töne stumm</translation>
    </message>
    <message>
        <source>&amp;Ticks in the last three seconds</source>
        <translation>Tic&amp;ken in den letzten drei Sekunden</translation>
    </message>
    <message>
        <source>Soft tones when the &amp;breath turns</source>
        <translation>Sanfte Töne, wenn der Atem &amp;wechselt</translation>
    </message>
    <message>
        <source>Spoken &amp;prompts (exercise names, switch sides, rest)</source>
        <translation>Gesprochene A&amp;nsagen (Übungsnamen, Seitenwechsel, Ausruhen)</translation>
    </message>
    <message>
        <source>Spoken &amp;countdown (three, two, one)</source>
        <translation>Gesprochener &amp;Countdown (drei, zwei, eins)</translation>
    </message>
    <message>
        <source>Test &amp;sound</source>
        <translation>T&amp;on testen</translation>
    </message>
    <message>
        <source>Play the hold tone at this volume</source>
        <translation>Den Halteton in dieser Lautstärke abspielen</translation>
    </message>
    <message>
        <source>Test voic&amp;e</source>
        <translation>Sti&amp;mme testen</translation>
    </message>
    <message>
        <source>Say a prompt the way a session would</source>
        <translation>Eine Ansage sprechen, wie sie in einer Einheit käme</translation>
    </message>
    <message>
        <source>Sound test result</source>
        <translation>Ergebnis des Tontests</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>Breathe in for</source>
        <translation>Einatmen für</translation>
    </message>
    <message>
        <source>Breathe out for</source>
        <translation>Ausatmen für</translation>
    </message>
    <message>
        <source>Breathing and motion</source>
        <translation>Atmung und Bewegung</translation>
    </message>
    <message>
        <source>Breathe &amp;in for</source>
        <translation>E&amp;inatmen für</translation>
    </message>
    <message>
        <source>Breathe &amp;out for</source>
        <translation>A&amp;usatmen für</translation>
    </message>
    <message>
        <source>Follow the system</source>
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
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Light or dar&amp;k</source>
        <translation>Hell oder &amp;dunkel</translation>
    </message>
    <message>
        <source> days a week</source>
        <translation> Tage pro Woche</translation>
    </message>
    <message>
        <source>Weekly goal</source>
        <translation>Wochenziel</translation>
    </message>
    <message>
        <source>A new day starts at</source>
        <translation>Ein neuer Tag beginnt um</translation>
    </message>
    <message>
        <source>A session before this hour counts for the day before, so a late-night stretch keeps your streak.</source>
        <translation>Eine Einheit vor dieser Uhrzeit zählt für den Vortag, so hält auch spätes Dehnen in der Nacht deine Serie.</translation>
    </message>
    <message>
        <source>Show the safety &amp;notice on the routine list</source>
        <translation>&amp;Sicherheitshinweis in der Routinenliste zeigen</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Üben</translation>
    </message>
    <message>
        <source>&amp;Weekly goal</source>
        <translation>Wochen&amp;ziel</translation>
    </message>
    <message>
        <source>A new &amp;day starts at</source>
        <translation>Ein neuer Ta&amp;g beginnt um</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Sound is not available in this session, so cues are silent.</source>
        <translation>In dieser Sitzung gibt es keinen Ton, die Signale bleiben also stumm.</translation>
    </message>
    <message>
        <source>Playing the hold tone at %1 %.</source>
        <translation>Halteton wird mit %1 % gespielt.</translation>
    </message>
    <message>
        <source>No sound could be played. Check that speakers or headphones are connected and turned up.</source>
        <translation>Es ließ sich kein Ton abspielen. Prüfe, ob Lautsprecher oder Kopfhörer angeschlossen und laut genug sind.</translation>
    </message>
    <message>
        <source>Switch sides.</source>
        <translation>Seite wechseln.</translation>
    </message>
    <message>
        <source>Saying a prompt now.</source>
        <translation>Eine Ansage wird gesprochen.</translation>
    </message>
    <message>
        <source>No voice is available on this computer, so spoken prompts stay silent. Installing a text-to-speech voice (speech-dispatcher on Linux) adds one.</source>
        <translation>Auf diesem Computer ist keine Stimme verfügbar, gesprochene Ansagen bleiben also stumm. Eine Sprachausgabe (unter Linux speech-dispatcher) bringt eine mit.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>StretchTimer speaks the new language when it next starts.</source>
        <translation>StretchTimer spricht die neue Sprache beim nächsten Start.</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <source>No %1 voice is installed on this computer, so spoken prompts stay silent. Installing a text-to-speech voice for %1 (speech-dispatcher with espeak-ng on Linux) adds one.</source>
        <translation>Auf diesem Computer ist keine Stimme für %1 installiert, gesprochene Ansagen bleiben also stumm. Eine Sprachausgabe für %1 (unter Linux speech-dispatcher mit espeak-ng) bringt eine mit.</translation>
    </message>
    <message>
        <source>Red&amp;uce motion: a still ring and breathing circle, cues without a pulse</source>
        <translation>Weniger &amp;Bewegung: ruhiger Ring und ruhiger Atemkreis, Signale ohne Pulsieren</translation>
    </message>
    <message>
        <source>The countdown ring does not sweep and the breathing circle does not grow (a thin bar fills instead); a cue lights the ring for a moment, without a pulse.</source>
        <translation>Der Countdown-Ring läuft nicht um und der Atemkreis wächst nicht (stattdessen füllt sich ein schmaler Balken); ein Signal lässt den Ring kurz aufleuchten, ohne Pulsieren.</translation>
    </message>
    <message>
        <source>General settings</source>
        <translation>Allgemeine Einstellungen</translation>
    </message>
    <message>
        <source>Reminder settings</source>
        <translation>Einstellungen für Erinnerungen</translation>
    </message>
</context>
<context>
    <name>SettingsFileWatcher</name>
    <message>
        <source>The settings file changed: %1. The rest was used.</source>
        <translation>Die Einstellungsdatei hat sich geändert: %1. Der Rest wurde übernommen.</translation>
    </message>
    <message>
        <source>The settings file changed: %1. The settings in use were kept.</source>
        <translation>Die Einstellungsdatei hat sich geändert: %1. Die aktuellen Einstellungen wurden beibehalten.</translation>
    </message>
</context>
<context>
    <name>SettingsModel</name>
    <message>
        <source>Your settings could not be saved to %1 (%2).</source>
        <translation>Deine Einstellungen konnten nicht in %1 gespeichert werden (%2).</translation>
    </message>
</context>
<context>
    <name>SignalPort</name>
    <message>
        <source>the answer %1 was not understood</source>
        <translation>die Antwort %1 war unverständlich</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>StretchTimer is already running with this data folder%1 but does not answer. Close it, or start with another --data-dir.</source>
        <translation>StretchTimer läuft bereits mit diesem Datenordner%1, antwortet aber nicht. Schließe es oder starte mit einem anderen --data-dir.</translation>
    </message>
    <message>
        <source>Another StretchTimer could be opened on the same data folder, because the lock file %1 cannot be created.</source>
        <translation>Ein weiteres StretchTimer könnte denselben Datenordner öffnen, weil die Sperrdatei %1 nicht angelegt werden kann.</translation>
    </message>
    <message>
        <source>A second launch cannot reach this StretchTimer (%1), so it will say StretchTimer does not answer.</source>
        <translation>Ein zweiter Start erreicht dieses StretchTimer nicht (%1) und meldet deshalb, dass StretchTimer nicht antwortet.</translation>
    </message>
</context>
<context>
    <name>StatsWords</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (today done)</source>
        <translation>%1 (heute erledigt)</translation>
    </message>
    <message>
        <source>%1 (stretch today to keep it going)</source>
        <translation>%1 (dehne dich heute, um sie zu halten)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n day(s)</source>
        <translation>
            <numerusform>%1 von %n Tag</numerusform>
            <numerusform>%1 von %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (goal met)</source>
        <translation>%1 (Ziel erreicht)</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) in a row (longest %1)</source>
        <translation>
            <numerusform>%n Woche in Folge (längste %1)</numerusform>
            <numerusform>%n Wochen in Folge (längste %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Current streak</source>
        <translation>Aktuelle Serie</translation>
    </message>
    <message>
        <source>Longest streak</source>
        <translation>Längste Serie</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Weekly goal met</source>
        <translation>Wochenziel erreicht</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Minutes stretched</source>
        <translation>Gedehnte Minuten</translation>
    </message>
    <message>
        <source>Stiffness</source>
        <translation>Steifheit</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Favourite routines</source>
        <translation>Lieblingsroutinen</translation>
    </message>
    <message>
        <source>%1 before</source>
        <translation>%1 vorher</translation>
    </message>
    <message>
        <source>%1 after</source>
        <translation>%1 nachher</translation>
    </message>
    <message>
        <source>%1 (0-10, average)</source>
        <translation>%1 (0–10, Durchschnitt)</translation>
    </message>
    <message>
        <source>%1; %2 per session</source>
        <translation>%1; %2 pro Einheit</translation>
    </message>
</context>
<context>
    <name>StepsEditor</name>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Add ste&amp;p</source>
        <translation>Schritt hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Schritt entfernen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Move the step up (Alt+Up)</source>
        <translation>Den Schritt nach oben schieben (Alt+Pfeil nach oben)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Runter</translation>
    </message>
    <message>
        <source>Move the step down (Alt+Down)</source>
        <translation>Den Schritt nach unten schieben (Alt+Pfeil nach unten)</translation>
    </message>
</context>
<context>
    <name>StiffnessChart</name>
    <message>
        <source>Stiffness before and after sessions</source>
        <translation>Steifheit vor und nach den Einheiten</translation>
    </message>
    <message>
        <source>Rate how stiff you feel before and after a session to see the trend here.</source>
        <translation>Schätze vor und nach einer Einheit ein, wie steif du dich fühlst, dann siehst du hier den Verlauf.</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>%1: stiffness %2 before, %3 after</source>
        <translation>%1: Steifheit %2 vorher, %3 nachher</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>Streak</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Days done this week</source>
        <translation>Geschaffte Tage in dieser Woche</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Stiffness</source>
        <translation>Steifheit</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Stretched</source>
        <translation>Gedehnt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Exercises done</source>
        <translation>Erledigte Übungen</translation>
    </message>
    <message>
        <source>How stiff or sore do you feel now? Press 0 to 10, or Esc to skip.</source>
        <translation>Wie steif oder verspannt fühlst du dich jetzt? Drücke 0 bis 10 oder Esc zum Überspringen.</translation>
    </message>
    <message>
        <source>See history</source>
        <translation>Verlauf ansehen</translation>
    </message>
    <message>
        <source>Your streak and progress (Ctrl+H)</source>
        <translation>Deine Serie und dein Fortschritt (Strg+H)</translation>
    </message>
    <message>
        <source>Back to routines</source>
        <translation>Zurück zu den Routinen</translation>
    </message>
    <message>
        <source>Back to the routine list (Enter)</source>
        <translation>Zurück zur Routinenliste (Eingabe)</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>Gut gemacht!</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>Einheit beendet</translation>
    </message>
    <message>
        <source>%1: %2 in all, %3 of stretching. %4 of %5 exercises completed.</source>
        <translation>%1: insgesamt %2, davon %3 gedehnt. %4 von %5 Übungen abgeschlossen.</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>partly done</source>
        <translation>teilweise gemacht</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Saved: %1 out of 10.</source>
        <translation>Gespeichert: %1 von 10.</translation>
    </message>
    <message>
        <source>Session finished. %1</source>
        <translation>Einheit abgeschlossen. %1</translation>
    </message>
    <message>
        <source>Session stopped. %1</source>
        <translation>Einheit beendet. %1</translation>
    </message>
</context>
<context>
    <name>SummaryWords</name>
    <message>
        <source>No streak today yet</source>
        <translation>Heute noch keine Serie</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in a row</source>
        <translation>
            <numerusform>%n Tag in Folge</numerusform>
            <numerusform>%n Tage in Folge</numerusform>
        </translation>
    </message>
    <message>
        <source>Today starts a new streak.</source>
        <translation>Heute beginnt eine neue Serie.</translation>
    </message>
    <message>
        <source>Today added a day to your streak.</source>
        <translation>Heute kam ein Tag zu deiner Serie hinzu.</translation>
    </message>
    <message>
        <source>Today already counted, so the streak stays as it was.</source>
        <translation>Heute zählte schon, die Serie bleibt also, wie sie war.</translation>
    </message>
    <message>
        <source>Today counts once you finish a routine or hold stretches for %1 minutes in all.</source>
        <translation>Heute zählt, sobald du eine Routine abschließt oder insgesamt %1 Minuten dehnst.</translation>
    </message>
    <message>
        <source>%1 of %2 days</source>
        <translation>%1 von %2 Tagen</translation>
    </message>
    <message>
        <source>This week&apos;s goal is reached!</source>
        <translation>Das Wochenziel ist erreicht!</translation>
    </message>
    <message>
        <source>This week&apos;s goal was already reached.</source>
        <translation>Das Wochenziel war schon erreicht.</translation>
    </message>
    <message numerus="yes">
        <source>%n more day(s) this week reach(es) your goal.</source>
        <translation>
            <numerusform>Noch %n Tag diese Woche, dann ist dein Ziel erreicht.</numerusform>
            <numerusform>Noch %n Tage diese Woche, dann ist dein Ziel erreicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>of stretching today</source>
        <translation>heute gedehnt</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Stiffness before and after: easier now.</source>
        <translation>Steifheit vorher und nachher: jetzt lockerer.</translation>
    </message>
    <message>
        <source>Stiffness before and after: a little stiffer now; go gently.</source>
        <translation>Steifheit vorher und nachher: jetzt etwas steifer; mach sachte weiter.</translation>
    </message>
    <message>
        <source>Stiffness before and after: the same.</source>
        <translation>Steifheit vorher und nachher: gleich geblieben.</translation>
    </message>
    <message>
        <source>Stiffness before you started.</source>
        <translation>Steifheit, bevor du angefangen hast.</translation>
    </message>
    <message>
        <source>Stiffness now.</source>
        <translation>Steifheit jetzt.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in a row!</source>
        <translation>
            <numerusform>%n Tag in Folge!</numerusform>
            <numerusform>%n Tage in Folge!</numerusform>
        </translation>
    </message>
    <message>
        <source>A whole week of stretching, every single day.</source>
        <translation>Eine ganze Woche gedehnt, jeden einzelnen Tag.</translation>
    </message>
    <message>
        <source>A month of stretching every day. That is a habit now.</source>
        <translation>Ein Monat mit Dehnen an jedem Tag. Das ist jetzt eine Gewohnheit.</translation>
    </message>
    <message>
        <source>A hundred days in a row. Few people ever get here.</source>
        <translation>Hundert Tage in Folge. Das schaffen nur wenige.</translation>
    </message>
    <message>
        <source>A streak to be proud of.</source>
        <translation>Eine Serie, auf die du stolz sein kannst.</translation>
    </message>
</context>
<context>
    <name>SyncSection</name>
    <message>
        <source>Choose the folder your sync engine shares</source>
        <translation>Wähle den Ordner, den dein Sync-Programm teilt</translation>
    </message>
    <message>
        <source>Your other computers</source>
        <translation>Deine anderen Computer</translation>
    </message>
    <message>
        <source>&amp;Sync history through this folder</source>
        <translation>Verlauf über diesen Ordner s&amp;ynchronisieren</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Sync-Ordner</translation>
    </message>
    <message>
        <source>No folder chosen</source>
        <translation>Kein Ordner gewählt</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>Wä&amp;hlen…</translation>
    </message>
    <message>
        <source>Each computer writes its own small files there and reads the others&apos;, so streaks and history are the same everywhere. The history file itself stays on this computer.</source>
        <translation>Jeder Computer schreibt dort seine eigenen kleinen Dateien und liest die der anderen, so sind Serien und Verlauf überall gleich. Die Verlaufsdatei selbst bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>Not merged yet.</source>
        <translation>Noch nicht zusammengeführt.</translation>
    </message>
    <message numerus="yes">
        <source>Last merged %1; %n other computer(s) seen.</source>
        <translation>
            <numerusform>Zuletzt zusammengeführt: %1; %n anderer Computer gesehen.</numerusform>
            <numerusform>Zuletzt zusammengeführt: %1; %n andere Computer gesehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder is not there now; sync goes on when it is back.</source>
        <translation>Der Ordner ist gerade nicht da; die Synchronisierung geht weiter, sobald er zurück ist.</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Your own routine files and pictures: %1 received, %2 sent.</source>
        <translation>Deine eigenen Routinendateien und Bilder: %1 empfangen, %2 gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n file version(s) changed on two computers kept as a copy; the latest: %1.</source>
        <translation>
            <numerusform>%n auf zwei Computern geänderte Dateiversion als Kopie behalten; die neueste: %1.</numerusform>
            <numerusform>%n auf zwei Computern geänderte Dateiversionen als Kopie behalten; die neueste: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message numerus="yes">
        <source>Sync: %1 (and %n more)</source>
        <translation>
            <numerusform>Sync: %1 (und %n weiteres)</numerusform>
            <numerusform>Sync: %1 (und %n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>Sync: %1</translation>
    </message>
    <message>
        <source>%1 was changed on two computers. The newer version is used; the other is kept as %2.</source>
        <translation>%1 wurde auf zwei Computern geändert. Die neuere Fassung gilt; die andere wird als %2 behalten.</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>This desktop shows no system tray (on GNOME it needs the AppIndicator extension), so closing the window quits StretchTimer, and reminders can only come while the window is open.</source>
        <translation>Dieser Desktop zeigt keine Systemleiste (unter GNOME braucht es die Erweiterung AppIndicator), daher beendet das Schließen des Fensters StretchTimer, und Erinnerungen kommen nur, solange das Fenster offen ist.</translation>
    </message>
    <message>
        <source>&amp;Open StretchTimer</source>
        <translation>StretchTimer &amp;öffnen</translation>
    </message>
    <message>
        <source>Start a &amp;routine</source>
        <translation>&amp;Routine starten</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>&amp;Stop the session</source>
        <translation>Einheit &amp;beenden</translation>
    </message>
    <message>
        <source>Pause reminders for an &amp;hour</source>
        <translation>Erinnerungen eine &amp;Stunde pausieren</translation>
    </message>
    <message>
        <source>Pause reminders until &amp;tomorrow</source>
        <translation>Erinnerungen bis &amp;morgen pausieren</translation>
    </message>
    <message>
        <source>&amp;Quit StretchTimer</source>
        <translation>StretchTimer b&amp;eenden</translation>
    </message>
    <message>
        <source>All &amp;routines</source>
        <translation>&amp;Alle Routinen</translation>
    </message>
    <message>
        <source>No reminders are set, so there is nothing to pause. Set them in Settings, Reminders.</source>
        <translation>Es sind keine Erinnerungen eingestellt, also gibt es nichts zu pausieren. Du stellst sie unter Einstellungen, Erinnerungen ein.</translation>
    </message>
    <message>
        <source>Days in a row: %1</source>
        <translation>Tage in Folge: %1</translation>
    </message>
    <message>
        <source>Done today</source>
        <translation>Heute erledigt</translation>
    </message>
    <message>
        <source>Not done yet today</source>
        <translation>Heute noch nicht erledigt</translation>
    </message>
    <message>
        <source>Days this week: %1 of %2</source>
        <translation>Tage diese Woche: %1 von %2</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>StretchTimer</source>
        <translation>StretchTimer</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>weniger als eine Minute übrig</translation>
    </message>
    <message>
        <source>about %1 min left</source>
        <translation>noch etwa %1 Min.</translation>
    </message>
    <message>
        <source>StretchTimer, paused: %1</source>
        <translation>StretchTimer, pausiert: %1</translation>
    </message>
    <message>
        <source>StretchTimer, paused: %1, %2</source>
        <translation>StretchTimer, pausiert: %1, %2</translation>
    </message>
    <message>
        <source>StretchTimer: %1</source>
        <translation>StretchTimer: %1</translation>
    </message>
    <message>
        <source>StretchTimer: %1, %2</source>
        <translation>StretchTimer: %1, %2</translation>
    </message>
</context>
<context>
    <name>WeeklyMinutesChart</name>
    <message>
        <source>Minutes stretched per week</source>
        <translation>Gedehnte Minuten pro Woche</translation>
    </message>
    <message>
        <source>No stretching in these weeks yet.</source>
        <translation>In diesen Wochen wurde noch nicht gedehnt.</translation>
    </message>
    <message numerus="yes">
        <source>Week of %1: %2 min, %n day(s) counted</source>
        <translation>
            <numerusform>Woche ab %1: %2 Min., %n Tag gezählt</numerusform>
            <numerusform>Woche ab %1: %2 Min., %n Tage gezählt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkraveImport</name>
    <message>
        <source>Breathe slowly and evenly; never hold your breath.</source>
        <translation>Atme langsam und gleichmäßig, halte nie die Luft an.</translation>
    </message>
    <message>
        <source>Move gently, within what is comfortable, and stop if anything hurts.</source>
        <translation>Beweg dich sanft und nur so weit, wie es angenehm ist, und hör auf, wenn etwas wehtut.</translation>
    </message>
    <message>
        <source>Workrave exercises</source>
        <translation>Workrave-Übungen</translation>
    </message>
    <message>
        <source>The exercises of %1, imported from Workrave.</source>
        <translation>Die Übungen aus %1, aus Workrave übernommen.</translation>
    </message>
</context>
</TS>
