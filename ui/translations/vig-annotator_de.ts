<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
    <context>
        <name>vig-annotator</name>
        <message>
            <location filename="../../vig_annotator/qt/transcript_files.py" />
            <source>

Nothing was changed.</source>
            <translation>

Es wurde nichts geändert.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/projects.py" />
            <source> (built in)</source>
            <translation> (eingebaut)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transport.py" />
            <source> (declared rate)</source>
            <translation> (angegebene Bildrate)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../vig_annotator/qt/ratings_panel.py" />
            <source> (incomplete: %n item(s) not rated)</source>
            <translation>
                <numerusform> (unvollständig: %n Item nicht bewertet)</numerusform>
                <numerusform> (unvollständig: %n Items nicht bewertet)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/main_window.py" />
            <source> (read-only)</source>
            <translation> (schreibgeschützt)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source> days</source>
            <translation> Tage</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/session_bar.py" />
            <source> Session: </source>
            <translation> Sitzung: </translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_view.py" />
            <source> units</source>
            <translation> Einheiten</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_view.py" />
            <source>% agreement</source>
            <translation>% Übereinstimmung</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_view.py" />
            <source>% of units both coders labelled the same</source>
            <translation>% der Einheiten, die beide Codierer gleich codiert haben</translation>
        </message>
        <message numerus="yes">
            <location filename="../../vig_annotator/qt/ratings_panel.py" />
            <source>%n ev.</source>
            <comment>evidence segments</comment>
            <translation>
                <numerusform>%n Beleg</numerusform>
                <numerusform>%n Belege</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../vig_annotator/qt/import_dialog.py" />
            <source>%n event(s) in {name}. Choose the code each name becomes; nothing is imported until every name is mapped, skipped or added.</source>
            <translation>
                <numerusform>%n Ereignis in {name}. Wählen Sie, welcher Code aus jedem Namen wird; importiert wird erst, wenn jeder Name zugeordnet, übersprungen oder hinzugefügt ist.</numerusform>
                <numerusform>%n Ereignisse in {name}. Wählen Sie, welcher Code aus jedem Namen wird; importiert wird erst, wenn jeder Name zugeordnet, übersprungen oder hinzugefügt ist.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../vig_annotator/qt/operations/projects.py" />
            <source>%n thing(s) in this project break a rule, so some figures from it could be wrong. Everything else works: repair these (move, shorten, delete or re-rate) and they go away.</source>
            <translation>
                <numerusform>%n Stelle in diesem Projekt verletzt eine Regel, daher könnten manche Kennzahlen falsch sein. Alles andere funktioniert: Beheben Sie sie (verschieben, kürzen, löschen oder neu bewerten), dann verschwindet der Hinweis.</numerusform>
                <numerusform>%n Stellen in diesem Projekt verletzen eine Regel, daher könnten manche Kennzahlen falsch sein. Alles andere funktioniert: Beheben Sie sie (verschieben, kürzen, löschen oder neu bewerten), dann verschwindet der Hinweis.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;About</source>
            <translation>Ü&amp;ber</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;Accept suggestion</source>
            <translation>Vorschlag &amp;annehmen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;Add clips…</source>
            <translation>Clips &amp;hinzufügen…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;Analysis</source>
            <comment>menu</comment>
            <translation>Ana&amp;lyse</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;Batch over the project's clips…</source>
            <translation>Stapel über die Clips des &amp;Projekts…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;Close project</source>
            <translation>Projekt sch&amp;ließen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;Compare two sessions…</source>
            <translation>Zwei Sitzungen &amp;vergleichen…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;Copy segments</source>
            <translation>Segmente &amp;kopieren</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/theme_menu.py" />
            <source>&amp;Dark</source>
            <translation>&amp;Dunkel</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;Delete segments</source>
            <translation>Segmente &amp;löschen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;Edit</source>
            <comment>menu</comment>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/main_window.py" />
            <source>&amp;Export</source>
            <translation>&amp;Exportieren</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;File</source>
            <comment>menu</comment>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;Focus view</source>
            <translation>F&amp;okusansicht</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;Go to time or frame…</source>
            <translation>&amp;Gehe zu Zeit oder Bild…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;Help</source>
            <comment>menu</comment>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;Import…</source>
            <translation>&amp;Importieren…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;Interaction dynamics…</source>
            <translation>&amp;Interaktionsdynamik…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Tastenkürzel</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;Language</source>
            <translation>&amp;Sprache</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/theme_menu.py" />
            <source>&amp;Light</source>
            <translation>&amp;Hell</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;Loop selection</source>
            <translation>Auswahl in &amp;Schleife</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;New exercise from gold sessions…</source>
            <translation>&amp;Neue Übung aus Goldstandard-Sitzungen…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;New project…</source>
            <translation>&amp;Neues Projekt…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;Next suggestion</source>
            <translation>&amp;Nächster Vorschlag</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;Open project…</source>
            <translation>Projekt ö&amp;ffnen…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;Paste at playhead</source>
            <translation>An Abspielposition &amp;einfügen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;Play</source>
            <comment>menu</comment>
            <translation>&amp;Wiedergabe</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;Previous suggestion</source>
            <translation>&amp;Vorheriger Vorschlag</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/menu_bar.py" />
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/menu_bar.py" />
            <source>&amp;Redo {step}</source>
            <translation>&amp;Wiederholen: {step}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;Reject suggestion</source>
            <translation>Vorschlag a&amp;blehnen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;Reliability</source>
            <comment>menu</comment>
            <translation>&amp;Reliabilität</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;Reset layout</source>
            <translation>&amp;Layout zurücksetzen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;Score returned trainee packages…</source>
            <translation>Zurückgegebene Trainee-Pakete &amp;bewerten…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/theme_menu.py" />
            <source>&amp;System</source>
            <translation>&amp;System</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;System language</source>
            <translation>&amp;Systemsprache</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/theme_menu.py" />
            <source>&amp;Theme</source>
            <translation>&amp;Farbschema</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;Transcript…</source>
            <translation>&amp;Transkript…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/menu_bar.py" />
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/menu_bar.py" />
            <source>&amp;Undo {step}</source>
            <translation>&amp;Rückgängig: {step}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;View</source>
            <comment>menu</comment>
            <translation>&amp;Ansicht</translation>
        </message>
        <message numerus="yes">
            <source>(%n event(s))</source>
            <translation type="vanished">
                <numerusform>(%n Ereignis)</numerusform>
                <numerusform>(%n Ereignisse)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/import_dialog.py" />
            <source>(add as a new code)</source>
            <translation>(als neuen Code hinzufügen)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/voices_panel.py" />
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/start_page.py" />
            <source>(not found)</source>
            <translation>(nicht gefunden)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/import_dialog.py" />
            <source>(skip)</source>
            <translation>(überspringen)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_panel.py" />
            <source>(suggested: type, Enter accepts)</source>
            <translation>(vorgeschlagen: tippen, Eingabe nimmt an)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_panel.py" />
            <source>({n} events)</source>
            <translation>({n} Ereignisse)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/timeline_cameras.py" />
            <source>, confidence {confidence:.2f}</source>
            <translation>, Konfidenz {confidence:.2f}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/moments_panel.py" />
            <source>, key frame {time}</source>
            <translation>, Schlüsselbild {time}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_plots.py" />
            <source>, within {s:g} s</source>
            <translation>, innerhalb {s:g} s</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_view.py" />
            <source>0.5 s units</source>
            <translation>Einheiten zu 0,5 s</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/exercise_view.py" />
            <source>0.80 = 80 % of items exact, or kappa 0.80 for every code</source>
            <translation>0.80 = 80 % der Items exakt gleich oder Kappa 0.80 für jeden Code</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_view.py" />
            <source>1 s units</source>
            <translation>Einheiten zu 1 s</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>1. Being attentive</source>
            <comment>scheme</comment>
            <translation>1. Aufmerksam sein</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>1. Infant positioning (evidence)</source>
            <comment>scheme</comment>
            <translation>1. Positionierung des Säuglings (Beleg)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>10. Expressed expectations of baby (evidence)</source>
            <comment>scheme</comment>
            <translation>10. Geäußerte Erwartungen an das Baby (Beleg)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>11. Empathic understanding (evidence)</source>
            <comment>scheme</comment>
            <translation>11. Empathisches Verstehen (Beleg)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>12. Responsive turn taking (evidence)</source>
            <comment>scheme</comment>
            <translation>12. Responsiver Wechsel (Turn-Taking) (Beleg)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>13. Baby self-soothing strategies (evidence)</source>
            <comment>scheme</comment>
            <translation>13. Selbstberuhigungsstrategien des Babys (Beleg)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>2. Encouraging initiatives</source>
            <comment>scheme</comment>
            <translation>2. Initiativen ermutigen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>2. Eye contact (evidence)</source>
            <comment>scheme</comment>
            <translation>2. Blickkontakt (Beleg)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>3. Receiving initiatives</source>
            <comment>scheme</comment>
            <translation>3. Initiativen empfangen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>3. Vocalisation (evidence)</source>
            <comment>scheme</comment>
            <translation>3. Vokalisation (Beleg)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>4. Affective engagement and synchrony (evidence)</source>
            <comment>scheme</comment>
            <translation>4. Affektive Bezogenheit und Synchronie (Beleg)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>4. Developing attuned interactions</source>
            <comment>scheme</comment>
            <translation>4. Abgestimmte Interaktion entwickeln</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>5. Guiding</source>
            <comment>scheme</comment>
            <translation>5. Lenken und Leiten</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>5. Warmth and affection (evidence)</source>
            <comment>scheme</comment>
            <translation>5. Wärme und Zuneigung (Beleg)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>6. Deepening discussion</source>
            <comment>scheme</comment>
            <translation>6. Das Gespräch vertiefen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>6. Holding and handling (evidence)</source>
            <comment>scheme</comment>
            <translation>6. Halten und Handling (Beleg)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>7. Verbal commenting about baby; mind-mindedness (evidence)</source>
            <comment>scheme</comment>
            <translation>7. Verbale Kommentare über das Baby; Mind-Mindedness (Beleg)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>8. Attunement to distress (evidence)</source>
            <comment>scheme</comment>
            <translation>8. Abstimmung auf Belastung (Distress) (Beleg)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>9. Bodily intrusiveness, looming in (evidence)</source>
            <comment>scheme</comment>
            <translation>9. Körperliche Intrusivität, zu nahes Herangehen (Looming-in) (Beleg)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/exercise_view.py" />
            <source>; note: {note}</source>
            <translation>; Anmerkung: {note}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_view.py" />
            <source>&lt;b&gt;Cannot compare:&lt;/b&gt; {reason}</source>
            <translation>&lt;b&gt;Vergleich nicht möglich:&lt;/b&gt; {reason}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/import_dialog.py" />
            <source>&lt;b&gt;Choose what these become:&lt;/b&gt; {names}</source>
            <translation>&lt;b&gt;Wählen Sie, was daraus wird:&lt;/b&gt; {names}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/review_pack_dialog.py" />
            <source>&lt;b&gt;not recorded&lt;/b&gt;: {reason}</source>
            <translation>&lt;b&gt;nicht erfasst&lt;/b&gt;: {reason}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/import_dialog.py" />
            <source>&lt;b&gt;Nothing to import as chosen:&lt;/b&gt; {reason}</source>
            <translation>&lt;b&gt;Nichts zu importieren, wie gewählt:&lt;/b&gt; {reason}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/import_dialog.py" />
            <source>&lt;b&gt;Nothing to import:&lt;/b&gt; tick a tier with annotations.</source>
            <translation>&lt;b&gt;Nichts zu importieren:&lt;/b&gt; kreuzen Sie eine Spur mit Annotationen an.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Nothing was imported:&lt;/b&gt; {error}</source>
            <translation type="vanished">&lt;b&gt;Es wurde nichts importiert:&lt;/b&gt; {error}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/import_dialog.py" />
            <source>&lt;b&gt;Nothing was imported:&lt;/b&gt; {reason}</source>
            <translation>&lt;b&gt;Es wurde nichts importiert:&lt;/b&gt; {reason}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/timeline_voices.py" />
            <source>&lt;b&gt;Suggested: {code}&lt;/b&gt;&lt;br&gt;{start} – {end}&lt;br&gt;confidence {confidence:.2f}&lt;br&gt;click to review it; accept or reject with the keys in the Voices panel</source>
            <translation>&lt;b&gt;Vorschlag: {code}&lt;/b&gt;&lt;br&gt;{start} – {end}&lt;br&gt;Sicherheit {confidence:.2f}&lt;br&gt;klicken, um ihn zu prüfen; annehmen oder ablehnen mit den Tasten im Bereich Stimmen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/import_dialog.py" />
            <source>&lt;b&gt;These tiers cannot be imported:&lt;/b&gt; {reason}</source>
            <translation>&lt;b&gt;Diese Spuren können nicht importiert werden:&lt;/b&gt; {reason}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/import_dialog.py" />
            <source>&lt;b&gt;This file cannot be imported.&lt;/b&gt;</source>
            <translation>&lt;b&gt;Diese Datei kann nicht importiert werden.&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/import_dialog.py" />
            <source>&lt;b&gt;Tick the tiers to import.&lt;/b&gt;</source>
            <translation>&lt;b&gt;Kreuzen Sie die Spuren an, die importiert werden sollen.&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/timeline_cameras.py" />
            <source>&lt;b&gt;{label}&lt;/b&gt; records {start} – {end} of the session&lt;br&gt;offset {offset:+.3f} s ({how})</source>
            <translation>&lt;b&gt;{label}&lt;/b&gt; nimmt {start} – {end} der Sitzung auf&lt;br&gt;Versatz {offset:+.3f} s ({how})</translation>
        </message>
        <message numerus="yes">
            <location filename="../../vig_annotator/qt/exercise_view.py" />
            <source>&lt;b&gt;{name}&lt;/b&gt; — pass: {rule} — {passed} of %n trainee(s): {verdict}</source>
            <translation>
                <numerusform>&lt;b&gt;{name}&lt;/b&gt; — bestanden bei: {rule} — {passed} von %n Trainee: {verdict}</numerusform>
                <numerusform>&lt;b&gt;{name}&lt;/b&gt; — bestanden bei: {rule} — {passed} von %n Trainees: {verdict}</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;{who}&lt;/b&gt; {start} – {end}&lt;br&gt;median pitch {f0:.0f} Hz (threshold {hz:g} Hz)&lt;br&gt;confidence {confidence:.2f}</source>
            <translation type="vanished">&lt;b&gt;{who}&lt;/b&gt; {start} – {end}&lt;br&gt;mittlere Tonhöhe {f0:.0f} Hz (Schwelle {hz:g} Hz)&lt;br&gt;Sicherheit {confidence:.2f}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/timeline_voices.py" />
            <source>&lt;b&gt;{who}&lt;/b&gt; {start} – {end}&lt;br&gt;median pitch {f0:.0f} Hz, classified whole ({how})&lt;br&gt;confidence {confidence:.2f}</source>
            <translation>&lt;b&gt;{who}&lt;/b&gt; {start} – {end}&lt;br&gt;mittlere Tonhöhe {f0:.0f} Hz, als Ganzes eingeteilt ({how})&lt;br&gt;Sicherheit {confidence:.2f}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/start_page.py" />
            <source>&lt;h2&gt;vig-annotator&lt;/h2&gt;Code parent–infant interaction video. Nothing leaves this computer.</source>
            <translation>&lt;h2&gt;vig-annotator&lt;/h2&gt;Videos der Eltern-Kind-Interaktion codieren. Nichts verlässt diesen Computer.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/timeline_cameras.py" />
            <source>&lt;i&gt;not recording at this time&lt;/i&gt;</source>
            <translation>&lt;i&gt;nimmt zu diesem Zeitpunkt nicht auf&lt;/i&gt;</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/session_bar.py" />
            <source>[READ-ONLY]</source>
            <translation>[SCHREIBGESCHÜTZT]</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_texts.py" />
            <source>A = {a}, B = {b}</source>
            <translation>A = {a}, B = {b}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_turns.py" />
            <source>A code cannot count for both partners: {codes}</source>
            <translation>Ein Code kann nicht für beide Partner zählen: {codes}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/start_page.py" />
            <source>A copy of the demo project (two coders on a short clip), to try things on</source>
            <translation>Eine Kopie des Demoprojekts (zwei Codierer, ein kurzer Clip) zum Ausprobieren</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/project_file_dialogs.py" />
            <source>A file beside the project is not its own</source>
            <translation>Eine Datei neben dem Projekt gehört nicht zu ihm</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/start_page.py" />
            <source>A project for one or more videos: scheme, case ID, coder, consent</source>
            <translation>Ein Projekt für ein oder mehrere Videos: Schema, Fall-ID, Codierer, Einwilligung</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>A pseudonymous case ID — never the family's name</source>
            <translation>Eine pseudonyme Fall-ID — nie der Name der Familie</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>A pseudonymous case ID — never the family's name or the video's file name. Further clips get -2, -3…</source>
            <translation>Eine pseudonyme Fall-ID — nie der Name der Familie oder der Dateiname des Videos. Weitere Clips erhalten -2, -3…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>A stretch that goes better than usual, for the shared review (usually ≤ 10 s).</source>
            <comment>scheme</comment>
            <translation>Ein Abschnitt, der besser gelingt als sonst, für die gemeinsame Rückschau (meist ≤ 10 s).</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/mind_mindedness.json" />
            <source>A vocalisation of the infant; the note may describe it (coo, babble, cry, word).</source>
            <comment>scheme</comment>
            <translation>Eine Vokalisation des Säuglings; die Anmerkung kann sie beschreiben (Gurren, Plappern, Weinen, Wort).</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/projects.py" />
            <source>About vig-annotator</source>
            <translation>Über vig-annotator</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/voices_panel.py" />
            <source>Accept</source>
            <translation>Annehmen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_panel.py" />
            <source>Accept all</source>
            <translation>Alle annehmen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/voices_panel.py" />
            <source>Accept all in range</source>
            <translation>Alle im Bereich annehmen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Accept all suggestions in &amp;range</source>
            <translation>Alle Vorschläge im &amp;Bereich annehmen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_edits.py" />
            <source>Accept suggested utterance</source>
            <translation>Vorgeschlagene Äußerung annehmen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_edits.py" />
            <source>Accept suggested utterances</source>
            <translation>Vorgeschlagene Äußerungen annehmen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/voice_suggestions.py" />
            <source>Accept suggestion</source>
            <translation>Vorschlag annehmen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/voice_suggestions.py" />
            <source>Accept {n} suggestions</source>
            <translation>{n} Vorschläge annehmen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/voices.py" />
            <source>Accepted {n} suggestions in {start}–{end}</source>
            <translation>{n} Vorschläge in {start}–{end} angenommen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/voice_suggestions.py" />
            <source>Accepted {n}: {what}</source>
            <translation>{n} angenommen: {what}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Add ca&amp;mera to this clip…</source>
            <translation>Ka&amp;mera zu diesem Clip hinzufügen…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_dialog.py" />
            <source>Add camera</source>
            <translation>Kamera hinzufügen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_players.py" />
            <source>Add camera…</source>
            <translation>Kamera hinzufügen…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <location filename="../../vig_annotator/qt/operations/projects.py" />
            <source>Add clips</source>
            <translation>Clips hinzufügen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Add clips…</source>
            <translation>Clips hinzufügen…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/commands.py" />
            <source>Add moment</source>
            <translation>Moment hinzufügen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_panel.py" />
            <source>Add the utterances of an ELAN file or a table (start, end, speaker, text) to this session</source>
            <translation>Die Äußerungen einer ELAN-Datei oder einer Tabelle (Anfang, Ende, Sprecher, Text) zu dieser Sitzung hinzufügen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/files.py" />
            <source>Added the ethogram of {file} as scheme {scheme}</source>
            <translation>Das Ethogramm von {file} als Codierschema {scheme} hinzugefügt</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/timeline_gestures.py" />
            <source>Added {code} {start}–{end}</source>
            <translation>{code} hinzugefügt {start}–{end}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_sequences.py" />
            <source>Adjusted residuals</source>
            <translation>Adjustierte Residuen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_plots.py" />
            <source>Adjusted residuals z, lag {lag}{gap} (colour −{z:g}…+{z:g})</source>
            <translation>Adjustierte Residuen z, Lag {lag}{gap} (Farbe −{z:g}…+{z:g})</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/timeline_voices.py" />
            <location filename="../../vig_annotator/qt/voices_panel.py" />
            <source>adult</source>
            <translation>Erwachsene</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/voices_panel.py" />
            <source>Adult code</source>
            <translation>Code Erwachsene</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/demo.json" />
            <source>Affect</source>
            <comment>scheme</comment>
            <translation>Affekt</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>Affective engagement and synchrony</source>
            <comment>scheme</comment>
            <translation>Affektive Bezogenheit und Synchronie</translation>
        </message>
        <message>
            <source>Agreement between {who} on clip {clip} (scheme {scheme}): time-unit Cohen's kappa over {units} units ({unit}) from {start} s to {end} s, tolerance ±{tolerance} unit(s); a unit takes the code covering its midpoint, a point event the unit it falls in; “none”: no code of that group at that unit.</source>
            <translation type="vanished">Übereinstimmung zwischen {who} im Clip {clip} (Schema {scheme}): Cohens Kappa über Zeiteinheiten, {units} Einheiten ({unit}) von {start} s bis {end} s, Toleranz ±{tolerance} Einheit(en); eine Einheit erhält den Code, der ihre Mitte abdeckt, ein Punktereignis die Einheit, in die es fällt; „keine“: kein Code dieser Gruppe in dieser Einheit.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_texts.py" />
            <source>Agreement between {who} on {clip} (scheme {scheme}): time-unit Cohen's kappa over {units} units ({unit}) from {start} s to {end} s, tolerance ±{tolerance} unit(s); a unit takes the code covering its midpoint, a point event the unit it falls in; “none”: no code of that group at that unit.</source>
            <translation>Übereinstimmung zwischen {who} für {clip} (Schema {scheme}): Cohens Kappa über Zeiteinheiten, {units} Einheiten ({unit}) von {start} s bis {end} s, Toleranz ±{tolerance} Einheit(en); eine Einheit erhält den Code, der ihre Mitte abdeckt, ein Punktereignis die Einheit, in die es fällt; „keine“: kein Code dieser Gruppe in dieser Einheit.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_dialog.py" />
            <source>Align camera</source>
            <translation>Kamera ausrichten</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_players.py" />
            <source>Align {label}…</source>
            <translation>{label} ausrichten…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/timeline_cameras.py" />
            <source>aligned by hand</source>
            <translation>von Hand ausgerichtet</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/timeline_cameras.py" />
            <source>aligned by one event</source>
            <translation>an einem Ereignis ausgerichtet</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/timeline_cameras.py" />
            <source>aligned from the sound</source>
            <translation>am Ton ausgerichtet</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/utterance_agreement.py" />
            <source>all speakers</source>
            <translation>alle Sprecher</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_turns.py" />
            <source>all {n} sessions</source>
            <translation>alle {n} Sitzungen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_panel.py" />
            <source>An utterance needs a span: mark its in (I) and move the playhead past it</source>
            <translation>Eine Äußerung braucht eine Dauer: Markieren Sie den Anfang (I) und setzen Sie die Abspielposition dahinter</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/batch_dialog.py" />
            <source>Analyse</source>
            <translation>Analysieren</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/batch_dialog.py" />
            <source>Analysing the project's clips…</source>
            <translation>Die Clips des Projekts werden analysiert…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/batch_dialog.py" />
            <location filename="../../vig_annotator/qt/operations/analysis.py" />
            <source>Analysis</source>
            <translation>Analyse</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/tier_list.py" />
            <source>annotations</source>
            <translation>Annotationen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Another camera's video of this interaction, aligned by its sound, a marked event or by hand</source>
            <translation>Das Video einer weiteren Kamera von dieser Interaktion, ausgerichtet über den Ton, ein markiertes Ereignis oder von Hand</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/project_file_dialogs.py" />
            <source>Another program replaced or changed the project file while it was open here, so editing has stopped: nothing more is written, and the file now under that name was left as it is.</source>
            <translation>Ein anderes Programm hat die Projektdatei ersetzt oder geändert, während sie hier geöffnet war; deshalb wurde das Bearbeiten beendet: Es wird nichts mehr geschrieben, und die Datei, die jetzt diesen Namen trägt, blieb unverändert.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_sequences.py" />
            <source>any time (event lag)</source>
            <translation>beliebige Zeit (Ereignis-Lag)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/mind_form.py" />
            <source>Appropriate</source>
            <translation>Angemessen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/mind_mindedness.json" />
            <source>appropriate</source>
            <comment>scheme</comment>
            <translation>passend</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/import_dialog.py" />
            <source>as the file suggests</source>
            <translation>wie die Datei es nahelegt</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/exercise_view.py" />
            <source>at</source>
            <translation>bei</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/language.py" />
            <source>At the next start</source>
            <translation>Beim nächsten Start</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>Attunement to distress</source>
            <comment>scheme</comment>
            <translation>Abstimmung auf Belastung (Distress)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_dialog.py" />
            <source>Automatic:</source>
            <translation>Automatisch:</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>Baby self-soothing strategies</source>
            <comment>scheme</comment>
            <translation>Selbstberuhigungsstrategien des Babys</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/voices_panel.py" />
            <source>Back to the default weights</source>
            <translation>Zurück zu den Standardgewichten</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/batch_dialog.py" />
            <location filename="../../vig_annotator/qt/operations/analysis.py" />
            <source>Batch analysis</source>
            <translation>Stapelanalyse</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/batch_dialog.py" />
            <source>Batch analysis failed</source>
            <translation>Stapelanalyse fehlgeschlagen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/analysis.py" />
            <source>Batch analysis needs Dask, which this installation leaves out: install vig-annotator with pip or pipx to use it.</source>
            <translation>Die Stapelanalyse braucht Dask, das dieser Installation fehlt: Installieren Sie vig-annotator mit pip oder pipx, um sie zu nutzen.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/exercise_view.py" />
            <source>because</source>
            <translation>weil</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/import_dialog.py" />
            <source>becomes</source>
            <translation>wird zu</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Being attentive</source>
            <comment>scheme</comment>
            <translation>Aufmerksam sein</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/project_file_dialogs.py" />
            <source>Beside {name} there is a “-wal” file that this project did not leave there (a restored backup's, a copy's, or another project's). Opening the project would take its contents in.</source>
            <translation>Neben {name} liegt eine „-wal“-Datei, die nicht von diesem Projekt stammt (aus einer wiederhergestellten Sicherung, einer Kopie oder einem anderen Projekt). Beim Öffnen würde das Projekt ihren Inhalt übernehmen.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>Bodily intrusiveness, looming in</source>
            <comment>scheme</comment>
            <translation>Körperliche Intrusivität, zu nahes Herangehen (Looming-in)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/export_formats.py" />
            <source>BORIS project (.boris)</source>
            <translation>BORIS-Projekt (.boris)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/demo.json" />
            <source>broad</source>
            <comment>scheme</comment>
            <translation>breit</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_dialog.py" />
            <source>Browse…</source>
            <translation>Durchsuchen…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/review_pack_dialog.py" />
            <source>Build pack</source>
            <translation>Paket erstellen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/review_pack_dialog.py" />
            <source>Building…</source>
            <translation>Wird erstellt…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_players.py" />
            <source>Camera file missing: {path}</source>
            <translation>Kameradatei fehlt: {path}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_players.py" />
            <source>Camera layout</source>
            <translation>Kamera-Anordnung</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/cameras.py" />
            <source>Camera not added</source>
            <translation>Kamera nicht hinzugefügt</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_dialog.py" />
            <source>Camera's video</source>
            <translation>Video der Kamera</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/timeline_cameras.py" />
            <source>Camera: {label}</source>
            <translation>Kamera: {label}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_players.py" />
            <source>Cameras</source>
            <translation>Kameras</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_synchrony.py" />
            <location filename="../../vig_annotator/qt/jobs.py" />
            <location filename="../../vig_annotator/qt/operations/files.py" />
            <location filename="../../vig_annotator/qt/reliability_view.py" />
            <location filename="../../vig_annotator/qt/transcript_voices.py" />
            <location filename="../../vig_annotator/qt/voices_panel.py" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_voices.py" />
            <source>Cancel ({p:.0%})</source>
            <translation>Abbrechen ({p:.0%})</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_dialog.py" />
            <source>Cancel search</source>
            <translation>Suche abbrechen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/motion_job.py" />
            <location filename="../../vig_annotator/qt/voice_job.py" />
            <source>Cancelled.</source>
            <translation>Abgebrochen.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/review_pack_dialog.py" />
            <source>Cancelled: nothing was written.</source>
            <translation>Abgebrochen: Es wurde nichts geschrieben.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/review_pack_dialog.py" />
            <source>Cancelling…</source>
            <translation>Wird abgebrochen…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/player.py" />
            <source>cannot be played</source>
            <translation>kann nicht abgespielt werden</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/projects.py" />
            <source>Cannot open</source>
            <translation>Öffnen nicht möglich</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/clip_loading.py" />
            <source>Cannot play clip</source>
            <translation>Clip kann nicht abgespielt werden</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/clip_loading.py" />
            <source>Cannot play {path}</source>
            <translation>{path} kann nicht abgespielt werden</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/moments_panel.py" />
            <source>Caption</source>
            <translation>Bildunterschrift</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_edits.py" />
            <source>Caption from transcript</source>
            <translation>Bildunterschrift aus Transkript</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_caption.py" />
            <source>Caption taken from the transcript</source>
            <translation>Bildunterschrift aus dem Transkript übernommen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Case ID</source>
            <translation>Fall-ID</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_texts.py" />
            <source>case {case_id}</source>
            <translation>Fall {case_id}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_turns.py" />
            <source>case {case} ({n} sessions)</source>
            <translation>Fall {case} ({n} Sitzungen)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Check the project for &amp;problems…</source>
            <translation>Projekt auf &amp;Probleme prüfen…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Checking the other understands you</source>
            <comment>scheme</comment>
            <translation>Prüfen, ob der andere dich versteht</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/import_dialog.py" />
            <source>Checking {name}…</source>
            <translation>{name} wird geprüft…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/import_dialog.py" />
            <source>Checking {n} event(s)…</source>
            <translation>{n} Ereignis(se) werden geprüft…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Choose a scheme.</source>
            <translation>Wählen Sie ein Schema.</translation>
        </message>
        <message>
            <source>choose an .eaf, .boris, .csv or .xlsx file</source>
            <translation type="vanished">wählen Sie eine .eaf-, .boris-, .csv- oder .xlsx-Datei</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/import_dialog.py" />
            <source>choose an .eaf, .TextGrid, .boris, .csv or .xlsx file</source>
            <translation>wählen Sie eine .eaf-, .TextGrid-, .boris-, .csv- oder .xlsx-Datei</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Choose file…</source>
            <translation>Datei wählen…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_dialog.py" />
            <source>Choose the camera's video file first</source>
            <translation>Wählen Sie zuerst die Videodatei der Kamera</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Choose where to save the project (a .vigproj file).</source>
            <translation>Wählen Sie, wo das Projekt gespeichert wird (eine .vigproj-Datei).</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <location filename="../../vig_annotator/qt/review_pack_dialog.py" />
            <source>Choose…</source>
            <translation>Wählen…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/voices_panel.py" />
            <source>Classified by: {how}</source>
            <translation>Eingeteilt nach: {how}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/utterance_agreement.py" />
            <source>Click a line to play it from a second before</source>
            <translation>Klicken Sie auf eine Zeile, um sie ab einer Sekunde davor abzuspielen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_view.py" />
            <source>Click a red stretch to play that disagreement from a second before</source>
            <translation>Klicken Sie auf einen roten Abschnitt, um diese Abweichung ab einer Sekunde davor abzuspielen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/import_dialog.py" />
            <source>Clip</source>
            <translation>Clip</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/exercise_view.py" />
            <source>clip</source>
            <translation>Clip</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Clip &amp;details and consent…</source>
            <translation>Clip-Details und Einwilli&amp;gung…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Clip details — {case}</source>
            <translation>Clip-Details — {case}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/clip_loading.py" />
            <source>Clip missing: {path}
File ▸ Relink missing clip…</source>
            <translation>Clip fehlt: {path}
Datei ▸ Fehlenden Clip neu verknüpfen…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Clip not found</source>
            <translation>Clip nicht gefunden</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/session_bar.py" />
            <source>clip {case} · coder {coder} · scheme {scheme}</source>
            <translation>Clip {case} · Codierer {coder} · Schema {scheme}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_texts.py" />
            <source>clip {fingerprint}</source>
            <translation>Clip {fingerprint}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Clips</source>
            <translation>Clips</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/project_file_dialogs.py" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Close the project (every edit is already saved) and show the start page</source>
            <translation>Das Projekt schließen (jede Änderung ist bereits gespeichert) und die Startseite zeigen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Co-operating — helping each other</source>
            <comment>scheme</comment>
            <translation>Kooperieren — einander helfen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/segment_list.py" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_view.py" />
            <location filename="../../vig_annotator/qt/utterance_agreement.py" />
            <source>code (A)</source>
            <translation>Code (A)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_view.py" />
            <location filename="../../vig_annotator/qt/utterance_agreement.py" />
            <source>code (B)</source>
            <translation>Code (B)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/voices_panel.py" />
            <source>Code for {who} vocalisations</source>
            <translation>Code für Vokalisationen von {who}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>code key (e.g. E)</source>
            <comment>keys</comment>
            <translation>Codetaste (z. B. E)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_edits.py" />
            <source>Code mind-mindedness</source>
            <translation>Mind-Mindedness codieren</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/event_pairs.py" />
            <source>code mismatch</source>
            <translation>anderer Code</translation>
        </message>
        <message>
            <source>Coded files (*.eaf *.boris *.csv *.xlsx)</source>
            <translation type="vanished">Codierte Dateien (*.eaf *.boris *.csv *.xlsx)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/files.py" />
            <source>Coded files (*.eaf *.TextGrid *.boris *.csv *.xlsx)</source>
            <translation>Codierte Dateien (*.eaf *.TextGrid *.boris *.csv *.xlsx)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <location filename="../../vig_annotator/qt/import_dialog.py" />
            <source>Coder</source>
            <translation>Codierer</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/projects.py" />
            <source>Coder initials or pseudonym:</source>
            <translation>Initialen oder Pseudonym des Codierers:</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_sequences.py" />
            <location filename="../../vig_annotator/qt/coding_panel.py" />
            <location filename="../../vig_annotator/qt/main_window.py" />
            <source>Codes</source>
            <translation>Codes</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/mind_mindedness.json" />
            <source>Codes an utterance's category, not its truth: the coder's judgement of the infant's state decides appropriate or non-attuned.</source>
            <comment>scheme</comment>
            <translation>Codiert die Kategorie einer Äußerung, nicht ihren Wahrheitsgehalt: Das Urteil des Codierers über den Zustand des Säuglings entscheidet über angemessen oder nicht abgestimmt.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/utterance_agreement.py" />
            <source>Codes: coder A (rows) by coder B (columns)</source>
            <translation>Codes: Codierer A (Zeilen) gegen Codierer B (Spalten)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/projects.py" />
            <source>Coding parent–infant interaction video.
Works offline; sends nothing anywhere. Every edit is saved as you make it.</source>
            <translation>Videos der Eltern-Kind-Interaktion codieren.
Arbeitet offline; sendet nichts irgendwohin. Jede Änderung wird sofort gespeichert.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/export_formats.py" />
            <source>Codings as a CSV table (.csv)</source>
            <translation>Codierungen als CSV-Tabelle (.csv)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/export_formats.py" />
            <source>Codings as an Excel workbook (.xlsx)</source>
            <translation>Codierungen als Excel-Arbeitsmappe (.xlsx)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/export_formats.py" />
            <source>Codings as JSON (.json)</source>
            <translation>Codierungen als JSON (.json)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/export_formats.py" />
            <source>Codings as SRT subtitles (.srt)</source>
            <translation>Codierungen als SRT-Untertitel (.srt)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/export_formats.py" />
            <source>Codings as WebVTT subtitles (.vtt)</source>
            <translation>Codierungen als WebVTT-Untertitel (.vtt)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/mind_mindedness.json" />
            <source>cognition</source>
            <comment>scheme</comment>
            <translation>Kognition</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_view.py" />
            <source>Cohen's kappa: agreement beyond chance (1 = perfect, 0 = chance); undefined when chance agreement is total</source>
            <translation>Cohens Kappa: Übereinstimmung über den Zufall hinaus (1 = perfekt, 0 = Zufall); nicht definiert, wenn die Zufallsübereinstimmung vollständig ist</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Collaborative discussion and problem solving</source>
            <comment>scheme</comment>
            <translation>Gemeinsam besprechen und Probleme lösen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/import_dialog.py" />
            <source>comma (1,5 s)</source>
            <translation>Komma (1,5 s)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/reliability.py" />
            <source>Compare</source>
            <translation>Vergleichen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/reliability.py" />
            <source>Compare with</source>
            <translation>Vergleichen mit</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_view.py" />
            <source>Comparing…</source>
            <translation>Wird verglichen…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_view.py" />
            <source>Comparison cancelled: change a setting to compare again.</source>
            <translation>Vergleich abgebrochen: Ändern Sie eine Einstellung, um erneut zu vergleichen.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_contingency.py" />
            <location filename="../../vig_annotator/qt/analysis_sequences.py" />
            <location filename="../../vig_annotator/qt/analysis_turns.py" />
            <source>Compute</source>
            <translation>Berechnen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_synchrony.py" />
            <source>Compute from the first ticked session's clip</source>
            <translation>Aus dem Clip der ersten angehakten Sitzung berechnen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_panel.py" />
            <source>compute something first: there is no table to export</source>
            <translation>berechnen Sie zuerst etwas: Es gibt keine Tabelle zum Exportieren</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_dialog.py" />
            <source>Confidence {c:.2f}: {message}</source>
            <translation>Konfidenz {c:.2f}: {message}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Consent</source>
            <translation>Einwilligung</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/review_pack_dialog.py" />
            <source>Consent: {consent}</source>
            <translation>Einwilligung: {consent}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Context</source>
            <translation>Kontext</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_panel.py" />
            <source>Contingency</source>
            <translation>Kontingenz</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Contingency, lag-sequential tables and movement synchrony for the project's sessions</source>
            <translation>Kontingenz, Lag-Sequenz-Tabellen und Bewegungssynchronie für die Sitzungen des Projekts</translation>
        </message>
        <message numerus="yes">
            <location filename="../../vig_annotator/qt/timeline.py" />
            <source>Copied %n segment(s)</source>
            <translation>
                <numerusform>%n Segment kopiert</numerusform>
                <numerusform>%n Segmente kopiert</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Copy selected segments / paste them at the playhead</source>
            <translation>Ausgewählte Segmente kopieren / an der Abspielposition einfügen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/start_page.py" />
            <source>Could not open {target}: {error}</source>
            <translation>{target} konnte nicht geöffnet werden: {error}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/mind_form.py" />
            <source>Count</source>
            <translation>Anzahl</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/mind_form.py" />
            <source>Count, share of the utterances and rate per minute of each code</source>
            <translation>Anzahl, Anteil an den Äußerungen und Rate pro Minute jedes Codes</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/review_pack_dialog.py" />
            <source>covered ({scopes})</source>
            <translation>abgedeckt ({scopes})</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Create</source>
            <translation>Erstellen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Create a segment (edges snap to frames)</source>
            <translation>Ein Segment erstellen (Ränder rasten an Bildern ein)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Ctrl+wheel / Shift+wheel, middle-drag</source>
            <comment>keys</comment>
            <translation>Strg+Rad / Umschalt+Rad, mit mittlerer Taste ziehen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/import_dialog.py" />
            <source>Decimal mark</source>
            <translation>Dezimalzeichen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/clip_loading.py" />
            <source>declared frame rate (not probed)</source>
            <translation>angegebene Bildrate (nicht gemessen)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Deepening discussion</source>
            <comment>scheme</comment>
            <translation>Das Gespräch vertiefen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/voice_suggestions.py" />
            <source>default weights, pitch midpoint {hz:g} Hz</source>
            <translation>Standardgewichte, Tonhöhenmitte {hz:g} Hz</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/moments_panel.py" />
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Delete by</source>
            <translation>Löschen bis</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/commands.py" />
            <source>Delete moment</source>
            <translation>Moment löschen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Delete the selected segments</source>
            <translation>Die ausgewählten Segmente löschen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/moments_panel.py" />
            <source>Delete this moment</source>
            <translation>Diesen Moment löschen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../vig_annotator/qt/timeline.py" />
            <source>Deleted %n segment(s)</source>
            <translation>
                <numerusform>%n Segment gelöscht</numerusform>
                <numerusform>%n Segmente gelöscht</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>demo (to try things)</source>
            <translation>Demo (zum Ausprobieren)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/demo.json" />
            <source>Demo total</source>
            <comment>scheme</comment>
            <translation>Demo-Summe</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/demo.json" />
            <source>Demo: gaze, voice, smile, touch</source>
            <comment>scheme</comment>
            <translation>Demo: Blick, Stimme, Lächeln, Berührung</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/mind_mindedness.json" />
            <source>desire</source>
            <comment>scheme</comment>
            <translation>Wunsch</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_panel.py" />
            <source>Detect vocalisations in the clip's sound and offer them as empty utterances to accept or reject (nothing is added until you accept)</source>
            <translation>Vokalisationen im Ton des Clips erkennen und als leere Äußerungen zum Annehmen oder Ablehnen anbieten (nichts wird hinzugefügt, bevor Sie annehmen)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Deutsch</source>
            <translation>Deutsch</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Developing attuned interactions</source>
            <comment>scheme</comment>
            <translation>Abgestimmte Interaktion entwickeln</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Direct care</source>
            <translation>Direkte Versorgung</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/project_file_dialogs.py" />
            <source>Do not open</source>
            <translation>Nicht öffnen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Does</source>
            <translation>Funktion</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/review_pack_dialog.py" />
            <source>Done: {page}</source>
            <translation>Fertig: {page}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/exercise_view.py" />
            <source>Double-click a timed disagreement to play it from a second before</source>
            <translation>Doppelklicken Sie auf eine zeitliche Abweichung, um sie ab einer Sekunde davor abzuspielen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Drag an edge / a body</source>
            <comment>keys</comment>
            <translation>Einen Rand / die Mitte ziehen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Drag in an empty row</source>
            <comment>keys</comment>
            <translation>In einer leeren Zeile ziehen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/regions_editor.py" />
            <source>Draw infant</source>
            <translation>Säugling zeichnen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/regions_editor.py" />
            <source>Draw parent</source>
            <translation>Elternteil zeichnen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_panel.py" />
            <source>Drop the chosen suggested utterance</source>
            <translation>Die gewählte vorgeschlagene Äußerung verwerfen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/segment_list.py" />
            <source>Duration</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/demo.json" />
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>dyad</source>
            <comment>scheme</comment>
            <translation>Dyade</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_dialog.py" />
            <source>e.g. infant, parent, side</source>
            <translation>z. B. Säugling, Elternteil, Seite</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/exercise_view.py" />
            <source>e.g. PIIOS certification 2027</source>
            <translation>z. B. PIIOS-Zertifizierung 2027</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/moments_panel.py" />
            <source>Earlier in the review</source>
            <translation>Früher in der Rückschau</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/moments_panel.py" />
            <source>Edit caption</source>
            <translation>Bildunterschrift bearbeiten</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/projects.py" />
            <source>Edit clip details</source>
            <translation>Clip-Details bearbeiten</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/segment_list.py" />
            <source>Edit end</source>
            <translation>Ende bearbeiten</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/segment_list.py" />
            <source>Edit modifiers</source>
            <translation>Modifikatoren bearbeiten</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/moments_panel.py" />
            <source>Edit moment</source>
            <translation>Moment bearbeiten</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/segment_list.py" />
            <source>Edit note</source>
            <translation>Anmerkung bearbeiten</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/moments_panel.py" />
            <source>Edit notes</source>
            <translation>Notizen bearbeiten</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/moments_panel.py" />
            <source>Edit questions</source>
            <translation>Fragen bearbeiten</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/segment_list.py" />
            <source>Edit start</source>
            <translation>Anfang bearbeiten</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/export_formats.py" />
            <source>ELAN, a tier per code (.eaf)</source>
            <translation>ELAN, eine Spur je Code (.eaf)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/export_formats.py" />
            <source>ELAN, a tier per code group (.eaf)</source>
            <translation>ELAN, eine Spur je Codegruppe (.eaf)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/mind_mindedness.json" />
            <source>emotion</source>
            <comment>scheme</comment>
            <translation>Emotion</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>Empathic understanding</source>
            <comment>scheme</comment>
            <translation>Empathisches Verstehen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Encouraging initiatives</source>
            <comment>scheme</comment>
            <translation>Initiativen ermutigen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/segment_list.py" />
            <source>End</source>
            <translation>Ende</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/segment_list.py" />
            <source>End frame</source>
            <translation>Endbild</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>End of clip</source>
            <translation>Ende des Clips</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/live_coding.py" />
            <source>End open segments</source>
            <translation>Offene Segmente beenden</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Enjoying watching the other</source>
            <comment>scheme</comment>
            <translation>Den anderen gern beobachten</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/mind_mindedness.json" />
            <source>epistemic</source>
            <comment>scheme</comment>
            <translation>epistemisch</translation>
        </message>
        <message>
            <source>Event-based agreement between {who} on clip {clip} (scheme {scheme}): events paired by onset within {ms} ms, the same code first, then the closest onsets; nil = an event the other coder has no partner for.</source>
            <translation type="vanished">Ereignisbasierte Übereinstimmung zwischen {who} im Clip {clip} (Schema {scheme}): Ereignisse nach Beginn innerhalb von {ms} ms gepaart, zuerst gleicher Code, dann die nächsten Beginne; nil = ein Ereignis, für das die andere Kodiererin keinen Partner hat.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_texts.py" />
            <source>Event-based agreement between {who} on {clip} (scheme {scheme}): events paired by onset within {ms} ms, the same code first, then the closest onsets; nil = an event the other coder has no partner for.</source>
            <translation>Ereignisbasierte Übereinstimmung zwischen {who} für {clip} (Schema {scheme}): Ereignisse nach Beginn innerhalb von {ms} ms gepaart, zuerst gleicher Code, dann die nächsten Beginne; nil = ein Ereignis, für das die andere Kodiererin keinen Partner hat.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/import_dialog.py" />
            <source>events</source>
            <translation>Ereignisse</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_view.py" />
            <source>events (by onset)</source>
            <translation>Ereignisse (nach Beginn)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/project_file_dialogs.py" />
            <source>Every edit saved in this window is kept in a copy:
{path}

Open the copy to carry on, or compare it with the new file.</source>
            <translation>Jede in diesem Fenster gespeicherte Bearbeitung ist in einer Kopie erhalten:
{path}

Öffnen Sie die Kopie, um weiterzuarbeiten, oder vergleichen Sie sie mit der neuen Datei.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>Evidence for PIIOS item 1. Template: type your own description from your licensed manual.</source>
            <comment>scheme</comment>
            <translation>Beleg für PIIOS-Item 1. Vorlage: Tragen Sie Ihre eigene Beschreibung aus Ihrem lizenzierten Handbuch ein.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>Evidence for PIIOS item 10. Template: type your own description from your licensed manual.</source>
            <comment>scheme</comment>
            <translation>Beleg für PIIOS-Item 10. Vorlage: Tragen Sie Ihre eigene Beschreibung aus Ihrem lizenzierten Handbuch ein.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>Evidence for PIIOS item 11. Template: type your own description from your licensed manual.</source>
            <comment>scheme</comment>
            <translation>Beleg für PIIOS-Item 11. Vorlage: Tragen Sie Ihre eigene Beschreibung aus Ihrem lizenzierten Handbuch ein.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>Evidence for PIIOS item 12. Template: type your own description from your licensed manual.</source>
            <comment>scheme</comment>
            <translation>Beleg für PIIOS-Item 12. Vorlage: Tragen Sie Ihre eigene Beschreibung aus Ihrem lizenzierten Handbuch ein.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>Evidence for PIIOS item 13. Template: type your own description from your licensed manual.</source>
            <comment>scheme</comment>
            <translation>Beleg für PIIOS-Item 13. Vorlage: Tragen Sie Ihre eigene Beschreibung aus Ihrem lizenzierten Handbuch ein.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>Evidence for PIIOS item 2. Template: type your own description from your licensed manual.</source>
            <comment>scheme</comment>
            <translation>Beleg für PIIOS-Item 2. Vorlage: Tragen Sie Ihre eigene Beschreibung aus Ihrem lizenzierten Handbuch ein.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>Evidence for PIIOS item 3. Template: type your own description from your licensed manual.</source>
            <comment>scheme</comment>
            <translation>Beleg für PIIOS-Item 3. Vorlage: Tragen Sie Ihre eigene Beschreibung aus Ihrem lizenzierten Handbuch ein.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>Evidence for PIIOS item 4. Template: type your own description from your licensed manual.</source>
            <comment>scheme</comment>
            <translation>Beleg für PIIOS-Item 4. Vorlage: Tragen Sie Ihre eigene Beschreibung aus Ihrem lizenzierten Handbuch ein.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>Evidence for PIIOS item 5. Template: type your own description from your licensed manual.</source>
            <comment>scheme</comment>
            <translation>Beleg für PIIOS-Item 5. Vorlage: Tragen Sie Ihre eigene Beschreibung aus Ihrem lizenzierten Handbuch ein.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>Evidence for PIIOS item 6. Template: type your own description from your licensed manual.</source>
            <comment>scheme</comment>
            <translation>Beleg für PIIOS-Item 6. Vorlage: Tragen Sie Ihre eigene Beschreibung aus Ihrem lizenzierten Handbuch ein.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>Evidence for PIIOS item 7. Template: type your own description from your licensed manual.</source>
            <comment>scheme</comment>
            <translation>Beleg für PIIOS-Item 7. Vorlage: Tragen Sie Ihre eigene Beschreibung aus Ihrem lizenzierten Handbuch ein.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>Evidence for PIIOS item 8. Template: type your own description from your licensed manual.</source>
            <comment>scheme</comment>
            <translation>Beleg für PIIOS-Item 8. Vorlage: Tragen Sie Ihre eigene Beschreibung aus Ihrem lizenzierten Handbuch ein.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>Evidence for PIIOS item 9. Template: type your own description from your licensed manual.</source>
            <comment>scheme</comment>
            <translation>Beleg für PIIOS-Item 9. Vorlage: Tragen Sie Ihre eigene Beschreibung aus Ihrem lizenzierten Handbuch ein.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/exercise_view.py" />
            <source>Excel (*.xlsx)</source>
            <translation>Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_panel.py" />
            <source>Excel (*.xlsx);;CSV (*.csv)</source>
            <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/reliability.py" />
            <source>Exercise not made</source>
            <translation>Übung nicht erstellt</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/reliability.py" />
            <source>Exercise scores</source>
            <translation>Übungsergebnisse</translation>
        </message>
        <message numerus="yes">
            <location filename="../../vig_annotator/qt/operations/reliability.py" />
            <source>Exercise {name}: %n gold session(s); pass: {rule}</source>
            <translation>
                <numerusform>Übung {name}: %n Goldstandard-Sitzung; bestanden bei: {rule}</numerusform>
                <numerusform>Übung {name}: %n Goldstandard-Sitzungen; bestanden bei: {rule}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/reliability.py" />
            <source>Exercise:</source>
            <translation>Übung:</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_panel.py" />
            <source>Export</source>
            <translation>Exportieren</translation>
        </message>
        <message>
            <source>Export anyway, with no line in the project's export log?</source>
            <translation type="vanished">Trotzdem exportieren, ohne Eintrag im Exportprotokoll des Projekts?</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/exercise_view.py" />
            <source>Export exercise report</source>
            <translation>Übungsbericht exportieren</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/files.py" />
            <location filename="../../vig_annotator/qt/transcript_files.py" />
            <source>Export failed</source>
            <translation>Export fehlgeschlagen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_panel.py" />
            <source>Export plot</source>
            <translation>Diagramm exportieren</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_panel.py" />
            <source>Export plot…</source>
            <translation>Diagramm exportieren…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_view.py" />
            <source>Export reliability report</source>
            <translation>Reliabilitätsbericht exportieren</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_view.py" />
            <source>Export report…</source>
            <translation>Bericht exportieren…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_panel.py" />
            <source>Export table</source>
            <translation>Tabelle exportieren</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_panel.py" />
            <source>Export table…</source>
            <translation>Tabelle exportieren…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_files.py" />
            <source>Export transcript</source>
            <translation>Transkript exportieren</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/files.py" />
            <source>Export without a record?</source>
            <translation>Ohne Protokolleintrag exportieren?</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/exercise_view.py" />
            <source>Export XLSX…</source>
            <translation>XLSX exportieren…</translation>
        </message>
        <message>
            <source>Export {fmt}</source>
            <translation type="vanished">{fmt} exportieren</translation>
        </message>
        <message>
            <source>Export {format}</source>
            <translation type="vanished">{format} exportieren</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/files.py" />
            <source>Export: {format}</source>
            <translation>Exportieren: {format}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/files.py" />
            <source>Exported {files}</source>
            <translation>Exportiert: {files}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_files.py" />
            <source>Exported {names}</source>
            <translation>Exportiert: {names}</translation>
        </message>
        <message>
            <source>Exporting {name}…</source>
            <translation type="vanished">{name} wird exportiert…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_panel.py" />
            <source>Export…</source>
            <translation>Exportieren…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>Expressed expectations of baby</source>
            <comment>scheme</comment>
            <translation>Geäußerte Erwartungen an das Baby</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Extending, building on the other's response</source>
            <comment>scheme</comment>
            <translation>Erweitern, auf der Antwort des anderen aufbauen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/demo.json" />
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>Eye contact</source>
            <comment>scheme</comment>
            <translation>Blickkontakt</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>F1 or ?</source>
            <comment>keys</comment>
            <translation>F1 oder ?</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/event_pairs.py" />
            <source>false alarm (only B)</source>
            <translation>falscher Alarm (nur B)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Faster</source>
            <translation>Schneller</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/exercise_view.py" />
            <source>figure</source>
            <translation>Kennwert</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/mind_form.py" />
            <source>Figures</source>
            <translation>Kennzahlen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/exercise_view.py" />
            <source>file</source>
            <translation>Datei</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Find &amp;voices…</source>
            <translation>&amp;Stimmen finden…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_dialog.py" />
            <source>Find from sound</source>
            <translation>Über den Ton finden</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_panel.py" />
            <location filename="../../vig_annotator/qt/transcript_voices.py" />
            <location filename="../../vig_annotator/qt/voices_panel.py" />
            <source>Find voices</source>
            <translation>Stimmen finden</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_players.py" />
            <source>Find {label}'s file…</source>
            <translation>Datei von {label} suchen…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/voice_suggestions.py" />
            <source>Finding voices in {path}…</source>
            <translation>Stimmen in {path} werden gesucht…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Follow the computer's language (applies when vig-annotator starts again)</source>
            <translation>Der Sprache des Computers folgen (gilt nach dem nächsten Start von vig-annotator)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/voices_panel.py" />
            <source>Forget examples</source>
            <translation>Beispiele vergessen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/analysis/saved_voices.py" />
            <source>Forget voice examples</source>
            <translation>Stimmbeispiele vergessen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_dialog.py" />
            <source>Found from sound, confidence {c:.2f}</source>
            <translation>Über den Ton gefunden, Konfidenz {c:.2f}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_dialog.py" />
            <source>Found from sound: {offset:+.3f} s, confidence {c:.2f}. Check a clap or a quick movement, nudge if needed, then OK.</source>
            <translation>Über den Ton gefunden: {offset:+.3f} s, Konfidenz {c:.2f}. Prüfen Sie ein Klatschen oder eine schnelle Bewegung, korrigieren Sie bei Bedarf, dann OK.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/cameras.py" />
            <source>Found {label} at {path}</source>
            <translation>{label} gefunden unter {path}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/cameras.py" />
            <source>Found {label} at {path} (same content)</source>
            <translation>{label} gefunden unter {path} (gleicher Inhalt)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Frame back</source>
            <translation>Bild zurück</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Frame forward</source>
            <translation>Bild vor</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_view.py" />
            <source>frame units</source>
            <translation>Einheiten zu einem Bild</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transport.py" />
            <source>frame {frame} / {last}   of {duration}</source>
            <translation>Bild {frame} / {last}   von {duration}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_dialog.py" />
            <source>frame ▶</source>
            <translation>Bild ▶</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/timeline_layout.py" />
            <source>Frames</source>
            <translation>Bilder</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/timeline_tips.py" />
            <source>frames {first}–{last}</source>
            <translation>Bilder {first}–{last}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>From file…</source>
            <translation>Aus Datei…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/moments_panel.py" />
            <source>From transcript…</source>
            <translation>Aus Transkript…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/timeline_voices.py" />
            <source>from your examples ({n})</source>
            <translation>aus Ihren Beispielen ({n})</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/demo.json" />
            <source>Gaze</source>
            <comment>scheme</comment>
            <translation>Blick</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/demo.json" />
            <source>gentle</source>
            <comment>scheme</comment>
            <translation>sanft</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Give a case ID (a pseudonym).</source>
            <translation>Geben Sie eine Fall-ID an (ein Pseudonym).</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Give the coder's initials or a pseudonym.</source>
            <translation>Geben Sie die Initialen oder ein Pseudonym des Codierers an.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/reliability.py" />
            <source>Give the exercise a name.</source>
            <translation>Geben Sie der Übung einen Namen.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_forms.py" />
            <source>give two regions, e.g. parent=0,0,640,720; infant=640,0,640,720</source>
            <translation>geben Sie zwei Bereiche an, z. B. parent=0,0,640,720; infant=640,0,640,720</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_plots.py" />
            <source>given</source>
            <translation>gegeben</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_contingency.py" />
            <source>Given (cue)</source>
            <translation>Gegeben (Auslöser)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Giving and taking short turns</source>
            <comment>scheme</comment>
            <translation>Sich abwechseln: kurze Beiträge geben und nehmen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Giving information when needed</source>
            <comment>scheme</comment>
            <translation>Informationen geben, wenn nötig</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Giving time and space for the other</source>
            <comment>scheme</comment>
            <translation>Dem anderen Zeit und Raum geben</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Go to</source>
            <translation>Gehe zu</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Go to a timecode or frame number</source>
            <translation>Zu einem Timecode oder einer Bildnummer springen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/exercise_view.py" />
            <source>gold</source>
            <translation>Goldstandard</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/exercise_view.py" />
            <source>gold rationale</source>
            <translation>Begründung Goldstandard</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/exercise_view.py" />
            <source>Gold-standard sessions
(one per clip):</source>
            <translation>Goldstandard-Sitzungen
(eine pro Clip):</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/event_pairs.py" />
            <source>Green: paired, same code · orange: paired, other code · red: no partner. Click an event to play it from a second before.</source>
            <translation>Grün: gepaart, gleicher Code · Orange: gepaart, anderer Code · Rot: kein Partner. Klicken Sie auf ein Ereignis, um es ab einer Sekunde davor abzuspielen.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_players.py" />
            <source>Grid</source>
            <translation>Raster</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_view.py" />
            <source>group / code</source>
            <translation>Gruppe / Code</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/mind_mindedness.json" />
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>guider</source>
            <comment>scheme</comment>
            <translation>Begleiter/in</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/mind_mindedness.json" />
            <source>Guider utterance</source>
            <comment>scheme</comment>
            <translation>Äußerung der Begleitung</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/moments_panel.py" />
            <source>Guider's own notes (only in the supervision pack)</source>
            <translation>Eigene Notizen der Begleitung (nur im Supervisionspaket)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Guiding</source>
            <comment>scheme</comment>
            <translation>Lenken und Leiten</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Having fun</source>
            <comment>scheme</comment>
            <translation>Gemeinsam Spaß haben</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/demo.json" />
            <source>High</source>
            <comment>scheme</comment>
            <translation>Hoch</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>Holding and handling</source>
            <comment>scheme</comment>
            <translation>Halten und Handling</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/utterance_agreement.py" />
            <source>How much of the shorter utterance two must share to be paired (0: any)</source>
            <translation>Wie viel der kürzeren Äußerung zwei Äußerungen teilen müssen, um gepaart zu werden (0: jede Überlappung)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/moments_panel.py" />
            <source>I / O mark a moment's in and out at the playhead; or drag on the moments row.</source>
            <translation>I / O markieren Anfang und Ende eines Moments an der Abspielposition; oder in der Momente-Zeile ziehen.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/import_dialog.py" />
            <location filename="../../vig_annotator/qt/operations/files.py" />
            <source>Import</source>
            <translation>Importieren</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/files.py" />
            <source>Import not recorded</source>
            <translation>Import nicht erfasst</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_files.py" />
            <source>Import transcript</source>
            <translation>Transkript importieren</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/import_dialog.py" />
            <source>Import {name}</source>
            <translation>{name} importieren</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/files.py" />
            <source>Imported {file} as session {session}</source>
            <translation>{file} als Sitzung {session} importiert</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_files.py" />
            <source>Imported {n} utterances from {name}</source>
            <translation>{n} Äußerungen aus {name} importiert</translation>
        </message>
        <message numerus="yes">
            <source>Importing %n event(s)…</source>
            <translation type="vanished">
                <numerusform>%n Ereignis wird importiert…</numerusform>
                <numerusform>%n Ereignisse werden importiert…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_panel.py" />
            <source>Import…</source>
            <translation>Importieren…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/import_dialog.py" />
            <source>in the file</source>
            <translation>in der Datei</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/timeline_layout.py" />
            <location filename="../../vig_annotator/qt/timeline_voices.py" />
            <location filename="../../vig_annotator/qt/voices_panel.py" />
            <source>infant</source>
            <translation>Säugling</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/demo.json" />
            <location filename="../../vig_annotator/schemes/builtin/mind_mindedness.json" />
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>infant</source>
            <comment>scheme</comment>
            <translation>Säugling</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Infant age at recording</source>
            <translation>Alter des Säuglings bei der Aufnahme</translation>
        </message>
        <message>
            <source>Infant at or above</source>
            <translation type="vanished">Säugling ab</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/voices_panel.py" />
            <source>Infant code</source>
            <translation>Code Säugling</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/demo.json" />
            <source>Infant gaze</source>
            <comment>scheme</comment>
            <translation>Blick des Säuglings</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/demo.json" />
            <source>Infant looks at parent</source>
            <comment>scheme</comment>
            <translation>Säugling schaut Elternteil an</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/demo.json" />
            <source>Infant looks away</source>
            <comment>scheme</comment>
            <translation>Säugling schaut weg</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>Infant positioning</source>
            <comment>scheme</comment>
            <translation>Positionierung des Säuglings</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/demo.json" />
            <source>Infant smile</source>
            <comment>scheme</comment>
            <translation>Lächeln des Säuglings</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/demo.json" />
            <location filename="../../vig_annotator/schemes/builtin/mind_mindedness.json" />
            <source>Infant vocalisation</source>
            <comment>scheme</comment>
            <translation>Vokalisation des Säuglings</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_turns.py" />
            <source>Infant vocalisation codes</source>
            <translation>Vokalisationscodes des Säuglings</translation>
        </message>
        <message>
            <source>infant ≥ {hz:g} Hz</source>
            <translation type="vanished">Säugling ≥ {hz:g} Hz</translation>
        </message>
        <message>
            <source>Infant/adult threshold</source>
            <translation type="vanished">Schwelle Säugling/Erwachsene</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>initials or pseudonym — not a full name</source>
            <translation>Initialen oder Pseudonym — kein vollständiger Name</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/demo.json" />
            <source>intensity</source>
            <comment>scheme</comment>
            <translation>Intensität</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Investigating the intentions behind words</source>
            <comment>scheme</comment>
            <translation>Die Absichten hinter Worten erkunden</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/exercise_view.py" />
            <source>item / group</source>
            <translation>Item / Gruppe</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/ratings_panel.py" />
            <source>Item {n}: {value}</source>
            <translation>Item {n}: {value}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Judging the amount of support required</source>
            <comment>scheme</comment>
            <translation>Einschätzen, wie viel Unterstützung nötig ist</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_view.py" />
            <source>kappa</source>
            <translation>Kappa</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_view.py" />
            <source>kappa max</source>
            <translation>Kappa max</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/analysis/saved_motion.py" />
            <source>Keep motion energy</source>
            <translation>Bewegungsenergie speichern</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/analysis/saved_voices.py" />
            <source>Keep voice pitch</source>
            <translation>Stimmhöhe speichern</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Key</source>
            <translation>Taste</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/moments_panel.py" />
            <source>Key frame</source>
            <translation>Schlüsselbild</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/voices_panel.py" />
            <source>Keys: F6 next, Shift+F6 previous, F7 accept, F8 reject, Shift+F7 accept all in the loop or the selected segments' span. Suggestions are hatched until accepted.</source>
            <translation>Tasten: F6 nächster, Umschalt+F6 vorheriger, F7 annehmen, F8 ablehnen, Umschalt+F7 alle in der Schleife oder im Bereich der ausgewählten Segmente annehmen. Vorschläge sind schraffiert, bis sie angenommen sind.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_dialog.py" />
            <source>Label:</source>
            <translation>Bezeichnung:</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_sequences.py" />
            <source>Lag (events)</source>
            <translation>Lag (Ereignisse)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_plots.py" />
            <source>lag (positive: {name} leads)</source>
            <translation>Lag (positiv: {name} führt)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_synchrony.py" />
            <source>Lag profile</source>
            <translation>Lag-Profil</translation>
        </message>
        <message>
            <source>Lag profile: peak r {r:.3f} at {lag:+.3f} s</source>
            <translation type="vanished">Lag-Profil: Spitzen-r {r:.3f} bei {lag:+.3f} s</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_plots.py" />
            <source>Lag profile: peak r {r} at {lag} s</source>
            <translation>Lag-Profil: Spitzen-r {r} bei {lag} s</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/language.py" />
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_turns.py" />
            <source>Largest gap for a turn (s)</source>
            <translation>Größte Pause für einen Wechsel (s)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_synchrony.py" />
            <source>Largest lag (s)</source>
            <translation>Größter Lag (s)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_contingency.py" />
            <source>Latency</source>
            <translation>Latenz</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_plots.py" />
            <source>latency after {code} onset</source>
            <translation>Latenz nach Beginn von {code}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_plots.py" />
            <source>Latency of {target} after {given} (window {w0:g}–{w1:g} s)</source>
            <translation>Latenz von {target} nach {given} (Fenster {w0:g}–{w1:g} s)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/moments_panel.py" />
            <source>Later in the review</source>
            <translation>Später in der Rückschau</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_players.py" />
            <source>Layout:</source>
            <translation>Anordnung:</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/voice_suggestions.py" />
            <source>learnt from your examples ({n})</source>
            <translation>gelernt aus Ihren Beispielen ({n})</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/ratings_panel.py" />
            <source>Link</source>
            <translation>Verknüpfen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/ratings_panel.py" />
            <source>Link evidence to item {n}</source>
            <translation>Belege mit Item {n} verknüpfen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/ratings_panel.py" />
            <source>Link the selected segments as evidence for this item</source>
            <translation>Die ausgewählten Segmente als Beleg mit diesem Item verknüpfen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../vig_annotator/qt/ratings_panel.py" />
            <source>Linked %n segment(s) to item {item}</source>
            <translation>
                <numerusform>%n Segment mit Item {item} verknüpft</numerusform>
                <numerusform>%n Segmente mit Item {item} verknüpft</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>List anything in the project that breaks a rule (overlaps, values, times), to repair it</source>
            <translation>Alles im Projekt auflisten, was eine Regel verletzt (Überlappungen, Werte, Zeiten), um es zu beheben</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Listening actively</source>
            <comment>scheme</comment>
            <translation>Aktiv zuhören</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_dialog.py" />
            <source>Listening to both sound tracks…</source>
            <translation>Beide Tonspuren werden abgehört…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_players.py" />
            <source>Loading {label}…</source>
            <translation>{label} wird geladen…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/io/export.py" />
            <source>Log export</source>
            <translation>Export protokollieren</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Looking for initiatives</source>
            <comment>scheme</comment>
            <translation>Nach Initiativen Ausschau halten</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Looking interested with friendly posture</source>
            <comment>scheme</comment>
            <translation>Interessiert schauen, mit freundlicher Haltung</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_panel.py" />
            <source>Loop</source>
            <translation>Schleife</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/voices.py" />
            <source>Loop a stretch (Ctrl+L) or select segments first: their range is accepted</source>
            <translation>Spielen Sie zuerst einen Abschnitt in Schleife (Strg+L) oder wählen Sie Segmente: Ihr Bereich wird angenommen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Loop the selected segment or moment</source>
            <translation>Das ausgewählte Segment oder den Moment in Schleife abspielen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/moments_panel.py" />
            <source>Loop this moment</source>
            <translation>Diesen Moment in Schleife abspielen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/transport.py" />
            <source>Looping {start}–{end} (Play ▸ Stop looping)</source>
            <translation>Schleife {start}–{end} (Wiedergabe ▸ Schleife beenden)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/demo.json" />
            <source>Low</source>
            <comment>scheme</comment>
            <translation>Niedrig</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Mark a VIG moment's in / out at the playhead</source>
            <translation>Anfang / Ende eines VIG-Moments an der Abspielposition markieren</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/voices_panel.py" />
            <source>Mark the suggestion under review as an example of this voice: the others are classified again from your examples (they stay suggestions)</source>
            <translation>Den geprüften Vorschlag als Beispiel dieser Stimme markieren: die anderen werden anhand Ihrer Beispiele neu eingeteilt (sie bleiben Vorschläge)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/analysis/saved_voices.py" />
            <source>Mark voice as infant</source>
            <translation>Stimme als Säugling markieren</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/analysis/saved_voices.py" />
            <source>Mark voice as parent</source>
            <translation>Stimme als Elternteil markieren</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/event_pairs.py" />
            <source>match</source>
            <translation>Übereinstimmung</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_plots.py" />
            <source>mean r</source>
            <translation>mittleres r</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/mind_mindedness.json" />
            <source>mental_state</source>
            <comment>scheme</comment>
            <translation>mentaler Zustand</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/demo.json" />
            <source>Middle</source>
            <comment>scheme</comment>
            <translation>Mittel</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/mind_form.py" />
            <location filename="../../vig_annotator/qt/transcript_panel.py" />
            <source>Mind-mindedness</source>
            <translation>Mind-Mindedness</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_panel.py" />
            <source>Mind-mindedness of this utterance (Meins et al.)</source>
            <translation>Mind-Mindedness dieser Äußerung (Meins u. a.)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/mind_mindedness.json" />
            <source>mind_mindedness</source>
            <comment>scheme</comment>
            <translation>Mind-Mindedness</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/event_pairs.py" />
            <source>miss (only A)</source>
            <translation>verfehlt (nur A)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/segment_list.py" />
            <source>Modifiers</source>
            <translation>Modifikatoren</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Moment in</source>
            <translation>Moment-Anfang</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/coding.py" />
            <source>Moment in at {time}; press O at its end</source>
            <translation>Moment-Anfang bei {time}; drücken Sie O an seinem Ende</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Moment out</source>
            <translation>Moment-Ende</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/coding.py" />
            <source>Moment {n}: {start}–{end}</source>
            <translation>Moment {n}: {start}–{end}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/main_window.py" />
            <location filename="../../vig_annotator/qt/moments_panel.py" />
            <source>Moments</source>
            <translation>Momente</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Moments</source>
            <comment>scheme</comment>
            <translation>Momente</translation>
        </message>
        <message>
            <source>Moments shown in a review are usually 10 seconds or less</source>
            <translation type="vanished">In einer Rückschau gezeigte Momente dauern meist 10 Sekunden oder weniger</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/moments_panel.py" />
            <source>Moments shown in a review are usually {seconds} seconds or less</source>
            <translation>In einer Rückschau gezeigte Momente dauern meist {seconds} Sekunden oder weniger</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/batch_dialog.py" />
            <source>Motion energy of the regions saved for each clip</source>
            <translation>Bewegungsenergie der für jeden Clip gespeicherten Bereiche</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/timeline_layout.py" />
            <source>Motion: {name}</source>
            <translation>Bewegung: {name}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../vig_annotator/qt/timeline_gestures.py" />
            <source>Moved %n segment(s) by {seconds:+.3f} s</source>
            <translation>
                <numerusform>%n Segment um {seconds:+.3f} s verschoben</numerusform>
                <numerusform>%n Segmente um {seconds:+.3f} s verschoben</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/coding_panel.py" />
            <source>Mutually exclusive group: {group}</source>
            <translation>Sich gegenseitig ausschließende Gruppe: {group}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/ratings_panel.py" />
            <source>n/o</source>
            <comment>not observable</comment>
            <translation>n. b.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/exercise_view.py" />
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Naming difference of opinion</source>
            <comment>scheme</comment>
            <translation>Meinungsverschiedenheiten benennen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Naming positively what you see, think or feel</source>
            <comment>scheme</comment>
            <translation>Positiv benennen, was du siehst, denkst oder fühlst</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Nederlands</source>
            <translation>Nederlands</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/utterance_agreement.py" />
            <source>Neither session has utterances to compare: transcribe them in the Transcript panel first.</source>
            <translation>Keine der beiden Sitzungen hat Äußerungen zum Vergleichen: Transkribieren Sie sie zuerst im Transkript-Bereich.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>New &amp;session…</source>
            <translation>Neue &amp;Sitzung…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/exercise_view.py" />
            <source>New exercise</source>
            <translation>Neue Übung</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/review_pack_dialog.py" />
            <source>New folder</source>
            <translation>Neuer Ordner</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <location filename="../../vig_annotator/qt/operations/projects.py" />
            <source>New project</source>
            <translation>Neues Projekt</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/start_page.py" />
            <source>New project…</source>
            <translation>Neues Projekt…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/projects.py" />
            <source>New session</source>
            <translation>Neue Sitzung</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_edits.py" />
            <location filename="../../vig_annotator/qt/transcript_panel.py" />
            <source>New utterance</source>
            <translation>Neue Äußerung</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Next moment</source>
            <translation>Nächster Moment</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/voices_panel.py" />
            <source>Next ▶</source>
            <translation>Weiter ▶</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/ratings_panel.py" />
            <source>no band</source>
            <translation>kein Bereich</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/video_view.py" />
            <source>No clip</source>
            <translation>Kein Clip</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>No concerns</source>
            <comment>scheme</comment>
            <translation>Keine Bedenken</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>No file with the same content was found.</source>
            <translation>Es wurde keine Datei mit gleichem Inhalt gefunden.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/projects.py" />
            <source>No new session</source>
            <translation>Keine neue Sitzung</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/reliability.py" />
            <source>No other session codes this clip with the same scheme.</source>
            <translation>Keine andere Sitzung codiert diesen Clip mit demselben Schema.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/projects.py" />
            <source>No project made</source>
            <translation>Kein Projekt erstellt</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/start_page.py" />
            <source>No recent projects yet.</source>
            <translation>Noch keine zuletzt verwendeten Projekte.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/coding_panel.py" />
            <source>No session</source>
            <translation>Keine Sitzung</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/session_bar.py" />
            <source>no session</source>
            <translation>keine Sitzung</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/voices.py" />
            <source>No suggestion left to review</source>
            <translation>Kein Vorschlag mehr zu prüfen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/voices_panel.py" />
            <source>No suggestion to review</source>
            <translation>Kein Vorschlag zu prüfen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_caption.py" />
            <source>No transcribed utterance overlaps this moment (Analysis ▸ Transcript)</source>
            <translation>Keine transkribierte Äußerung überschneidet diesen Moment (Analyse ▸ Transkript)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/voice_suggestions.py" />
            <source>No voices found yet.</source>
            <translation>Noch keine Stimmen gefunden.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/mind_form.py" />
            <source>Non-attuned</source>
            <translation>Nicht abgestimmt</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/mind_mindedness.json" />
            <source>non_attuned</source>
            <comment>scheme</comment>
            <translation>nicht abgestimmt</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_players.py" />
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/projects.py" />
            <source>Not added</source>
            <translation>Nicht hinzugefügt</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/review_pack_dialog.py" />
            <source>Not built: {reason}</source>
            <translation>Nicht erstellt: {reason}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/main_window.py" />
            <source>Not done: {reason}</source>
            <translation>Nicht ausgeführt: {reason}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/mind_form.py" />
            <source>Not mind-related</source>
            <translation>Nicht mentalistisch</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Not now</source>
            <translation>Nicht jetzt</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/ratings_panel.py" />
            <source>Not observable in this clip</source>
            <translation>In diesem Clip nicht beobachtbar</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>not recorded</source>
            <translation>nicht erfasst</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/cameras.py" />
            <location filename="../../vig_annotator/qt/operations/projects.py" />
            <source>Not relinked</source>
            <translation>Nicht neu verknüpft</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/team.py" />
            <source>Not saved</source>
            <translation>Nicht gespeichert</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/team.py" />
            <source>Not saved to the server</source>
            <translation>Nicht auf dem Server gespeichert</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/workspace.py" />
            <source>not saved: {error}; the project is as it was before this edit</source>
            <translation>nicht gespeichert: {error}; das Projekt ist wie vor dieser Änderung</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/reliability.py" />
            <source>Not scored</source>
            <translation>Nicht bewertet</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Not the same clip</source>
            <translation>Nicht derselbe Clip</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/mind_mindedness.json" />
            <source>not_mind_related</source>
            <comment>scheme</comment>
            <translation>nicht auf Inneres bezogen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/segment_list.py" />
            <source>Note</source>
            <translation>Anmerkung</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/ratings_panel.py" />
            <source>note</source>
            <translation>Anmerkung</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/ratings_panel.py" />
            <source>Note on item {n}</source>
            <translation>Anmerkung zu Item {n}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_texts.py" />
            <location filename="../../vig_annotator/qt/exercise_view.py" />
            <source>Note: {note}</source>
            <translation>Anmerkung: {note}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/moments_panel.py" />
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/projects.py" />
            <source>Nothing in this project breaks a rule.</source>
            <translation>Nichts in diesem Projekt verletzt eine Regel.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/import_dialog.py" />
            <source>Observation</source>
            <translation>Beobachtung</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Offering choices that the other can understand</source>
            <comment>scheme</comment>
            <translation>Wahlmöglichkeiten anbieten, die der andere verstehen kann</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transport.py" />
            <source>One frame back (Left)</source>
            <translation>Ein Bild zurück (Links)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>One frame back / forward (the true neighbouring frame)</source>
            <translation>Ein Bild zurück / vor (das tatsächliche Nachbarbild)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transport.py" />
            <source>One frame forward (Right)</source>
            <translation>Ein Bild vor (Rechts)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>One second back / forward</source>
            <translation>Eine Sekunde zurück / vor</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/review_pack_dialog.py" />
            <source>only if consent is missing: why (logged in the project)</source>
            <translation>nur wenn die Einwilligung fehlt: warum (wird im Projekt protokolliert)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_sequences.py" />
            <source>Only pairs within (s)</source>
            <translation>Nur Paare innerhalb (s)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Only the video and the timeline; again to bring the panels back</source>
            <translation>Nur Video und Zeitleiste; noch einmal, und die Bereiche sind zurück</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_view.py" />
            <source>onset (A)</source>
            <translation>Beginn (A)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_view.py" />
            <source>onset (B)</source>
            <translation>Beginn (B)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_view.py" />
            <source>onsets within ±</source>
            <translation>Beginn innerhalb ±</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/recent_projects.py" />
            <source>Open &amp;recent</source>
            <translation>&amp;Zuletzt geöffnet</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Open &amp;team project…</source>
            <translation>&amp;Teamprojekt öffnen…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Open a project on your lab's PostgreSQL server (postgresql://HOST/DATABASE?project=NAME)</source>
            <translation>Ein Projekt auf dem PostgreSQL-Server Ihrer Arbeitsgruppe öffnen (postgresql://HOST/DATABASE?project=NAME)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/cameras.py" />
            <source>Open a session first: a camera is added to its clip</source>
            <translation>Öffnen Sie zuerst eine Sitzung: Eine Kamera wird ihrem Clip hinzugefügt</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/voice_suggestions.py" />
            <source>Open a session first: its clip's sound is analysed.</source>
            <translation>Öffnen Sie zuerst eine Sitzung: Der Ton ihres Clips wird analysiert.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/main_window.py" />
            <source>Open it read-only to view?</source>
            <translation>Schreibgeschützt zum Ansehen öffnen?</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/review_pack_dialog.py" />
            <source>Open page</source>
            <translation>Seite öffnen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/projects.py" />
            <source>Open project</source>
            <translation>Projekt öffnen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/start_page.py" />
            <source>Open project…</source>
            <translation>Projekt öffnen…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/main_window.py" />
            <source>Open read-only?</source>
            <translation>Schreibgeschützt öffnen?</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/team.py" />
            <source>Open team project</source>
            <translation>Teamprojekt öffnen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Open the &amp;demo project</source>
            <translation>Das &amp;Demoprojekt öffnen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/start_page.py" />
            <source>Open the demo</source>
            <translation>Die Demo öffnen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/project_file_dialogs.py" />
            <source>Open the kept copy</source>
            <translation>Die erhaltene Kopie öffnen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../vig_annotator/qt/clip_loading.py" />
            <source>Opened {case}: %n frames, {timing}</source>
            <translation>
                <numerusform>{case} geöffnet: %n Bild, {timing}</numerusform>
                <numerusform>{case} geöffnet: %n Bilder, {timing}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_panel.py" />
            <source>Over the selected segments, or from the moment in-mark (I) to the playhead, or two seconds from the playhead</source>
            <translation>Über die ausgewählten Segmente oder von der Anfangsmarke (I) bis zur Abspielposition oder zwei Sekunden ab der Abspielposition</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/utterance_agreement.py" />
            <source>overlap ≥ </source>
            <translation>Überlappung ≥ </translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/review_pack_dialog.py" />
            <source>Override</source>
            <translation>Übersteuern</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/review_pack_dialog.py" />
            <source>Pack for</source>
            <translation>Paket für</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/reliability.py" />
            <source>Package not written</source>
            <translation>Paket nicht geschrieben</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/timeline_layout.py" />
            <source>parent</source>
            <translation>Elternteil</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/demo.json" />
            <location filename="../../vig_annotator/schemes/builtin/mind_mindedness.json" />
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>parent</source>
            <comment>scheme</comment>
            <translation>Elternteil</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/demo.json" />
            <source>Parent and baby look at each other.</source>
            <comment>scheme</comment>
            <translation>Elternteil und Baby schauen einander an.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/demo.json" />
            <source>Parent touch</source>
            <comment>scheme</comment>
            <translation>Berührung durch Elternteil</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/mind_mindedness.json" />
            <source>Parent utterance</source>
            <comment>scheme</comment>
            <translation>Äußerung des Elternteils</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/demo.json" />
            <source>Parent vocalisation</source>
            <comment>scheme</comment>
            <translation>Vokalisation des Elternteils</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_turns.py" />
            <source>Parent vocalisation codes</source>
            <translation>Vokalisationscodes des Elternteils</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/regions_editor.py" />
            <source>parent=X,Y,W,H; infant=X,Y,W,H (pixels of the upright picture)</source>
            <translation>parent=X,Y,W,H; infant=X,Y,W,H (Pixel des aufrechten Bildes)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>Parent–Infant Interaction Observation Scale (PIIOS)</source>
            <comment>scheme</comment>
            <translation>Parent–Infant Interaction Observation Scale (PIIOS; Beobachtungsskala Eltern-Säugling-Interaktion)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/tier_list.py" />
            <source>participant</source>
            <translation>Teilnehmer</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/exercise_view.py" />
            <source>Pass when:</source>
            <translation>Bestanden, wenn:</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/projects.py" />
            <source>Past delete-by date</source>
            <translation>Löschdatum überschritten</translation>
        </message>
        <message numerus="yes">
            <location filename="../../vig_annotator/qt/timeline.py" />
            <source>Pasted %n segment(s) at {time}</source>
            <translation>
                <numerusform>%n Segment bei {time} eingefügt</numerusform>
                <numerusform>%n Segmente bei {time} eingefügt</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/demo.json" />
            <source>pat</source>
            <comment>scheme</comment>
            <translation>Klaps</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_plots.py" />
            <source>peak lag (share of max lag)</source>
            <translation>Spitzen-Lag (Anteil am max. Lag)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_plots.py" />
            <source>peak r</source>
            <translation>Spitzen-r</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/mind_form.py" />
            <source>Per min</source>
            <translation>Pro Min.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>PIIOS evidence</source>
            <comment>scheme</comment>
            <translation>PIIOS-Belege</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>PIIOS total</source>
            <comment>scheme</comment>
            <translation>PIIOS-Summe</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/timeline_layout.py" />
            <source>Pitch (F0, 0–800 Hz)</source>
            <translation>Tonhöhe (F0, 0–800 Hz)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/voices_panel.py" />
            <source>Pitch midpoint</source>
            <translation>Tonhöhenmitte</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/voices_panel.py" />
            <source>Pitch midpoint between adult and infant</source>
            <translation>Tonhöhenmitte zwischen Erwachsenem und Säugling</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/timeline_voices.py" />
            <source>pitch midpoint {hz:g} Hz</source>
            <translation>Tonhöhenmitte {hz:g} Hz</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Play / pause</source>
            <translation>Wiedergabe / Pause</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transport.py" />
            <source>Play / pause (Space)</source>
            <translation>Wiedergabe / Pause (Leertaste)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_panel.py" />
            <source>Play the current utterance over and over while you type</source>
            <translation>Die aktuelle Äußerung wiederholt abspielen, während Sie tippen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transport.py" />
            <source>Playback speed (pitch kept where the backend allows)</source>
            <translation>Wiedergabegeschwindigkeit (Tonhöhe bleibt erhalten, wo das Backend es erlaubt)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/shuttle.py" />
            <source>Playing at {rate:g}×</source>
            <translation>Wiedergabe mit {rate:g}×</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/files.py" />
            <source>PNG (*.png)</source>
            <translation>PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_panel.py" />
            <source>PNG (*.png);;SVG (*.svg)</source>
            <translation>PNG (*.png);;SVG (*.svg)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/coding_panel.py" />
            <source>point</source>
            <translation>Punkt</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/import_dialog.py" />
            <source>point (1.5 s)</source>
            <translation>Punkt (1.5 s)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/tier_list.py" />
            <source>points</source>
            <translation>Punkte</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transport.py" />
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transport.py" />
            <source>Position: timecode (HH:MM:SS.mmm), frame-timecode and true frame number (0-based, from the clip's timestamp table)</source>
            <translation>Position: Timecode (HH:MM:SS.mmm), Bild-Timecode und tatsächliche Bildnummer (ab 0, aus der Zeitstempeltabelle des Clips)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/export_formats.py" />
            <source>Praat TextGrid (.TextGrid)</source>
            <translation>Praat-TextGrid (.TextGrid)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/coding.py" />
            <source>Press I at the moment's start first (out must come after in)</source>
            <translation>Drücken Sie zuerst I am Anfang des Moments (Ende muss nach Anfang kommen)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_view.py" />
            <source>prevalence</source>
            <translation>Prävalenz</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/tier_list.py" />
            <source>preview</source>
            <translation>Vorschau</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Previous / next VIG moment</source>
            <translation>Vorheriger / nächster VIG-Moment</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Previous moment</source>
            <translation>Vorheriger Moment</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_players.py" />
            <source>primary</source>
            <translation>Hauptkamera</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Principles 1–4 are used on the parent–infant film; 5–6 mostly on the guider's own review film.</source>
            <comment>scheme</comment>
            <translation>Prinzipien 1–4 werden beim Eltern-Säugling-Film verwendet; 5–6 meist beim eigenen Rückschau-Film der Begleitung.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Principles of attuned interaction</source>
            <comment>scheme</comment>
            <translation>Prinzipien abgestimmter Interaktion</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/projects.py" />
            <source>Problems</source>
            <translation>Probleme</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Project file</source>
            <translation>Projektdatei</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/projects.py" />
            <source>Project in a synced folder</source>
            <translation>Projekt in einem synchronisierten Ordner</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Providing help when needed</source>
            <comment>scheme</comment>
            <translation>Hilfe anbieten, wenn nötig</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/projects.py" />
            <source>Pseudonym not set</source>
            <translation>Pseudonym nicht gesetzt</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Put every panel back where it started</source>
            <translation>Jedes Fenster an seinen Ausgangsort zurücksetzen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/demo.json" />
            <source>quality</source>
            <comment>scheme</comment>
            <translation>Qualität</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/moments_panel.py" />
            <source>Questions</source>
            <translation>Fragen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/moments_panel.py" />
            <source>Questions to ask the parent in the review</source>
            <translation>Fragen an den Elternteil in der Rückschau</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/ratings_panel.py" />
            <source>Rate item {n}</source>
            <translation>Item {n} bewerten</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/main_window.py" />
            <source>Ratings</source>
            <translation>Bewertungen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Re&amp;link missing clip…</source>
            <translation>Fehlenden Clip neu &amp;verknüpfen…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Reaching new shared understandings</source>
            <comment>scheme</comment>
            <translation>Zu neuem gemeinsamem Verständnis kommen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Reaction &amp;lag…</source>
            <translation>Reaktions&amp;verzögerung…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/projects.py" />
            <source>Reaction lag</source>
            <translation>Reaktionsverzögerung</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/timeline_paint.py" />
            <source>reading the sound track…</source>
            <translation>Tonspur wird gelesen…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/files.py" />
            <source>Reading {file} ({size:.0f} MB)…</source>
            <translation>{file} wird gelesen ({size:.0f} MB)…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/main_window.py" />
            <source>Ready</source>
            <translation>Bereit</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Receiving and then responding</source>
            <comment>scheme</comment>
            <translation>Empfangen und dann antworten</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Receiving initiatives</source>
            <comment>scheme</comment>
            <translation>Initiativen empfangen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Receiving what the other is saying or doing with words</source>
            <comment>scheme</comment>
            <translation>Mit Worten empfangen, was der andere sagt oder tut</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Receiving with body language</source>
            <comment>scheme</comment>
            <translation>Mit Körpersprache empfangen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/start_page.py" />
            <source>Recent projects</source>
            <translation>Zuletzt verwendete Projekte</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/start_page.py" />
            <source>Recent projects (double-click or Enter to open):</source>
            <translation>Zuletzt verwendete Projekte (Doppelklick oder Eingabetaste zum Öffnen):</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_forms.py" />
            <source>region {part}: expected NAME=X,Y,W,H in pixels</source>
            <translation>Bereich {part}: erwartet NAME=X,Y,W,H in Pixeln</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_synchrony.py" />
            <source>Regions</source>
            <translation>Bereiche</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/region_picture.py" />
            <source>Regions on the picture</source>
            <translation>Bereiche im Bild</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_panel.py" />
            <location filename="../../vig_annotator/qt/voices_panel.py" />
            <source>Reject</source>
            <translation>Ablehnen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/analysis/rejected_voices.py" />
            <source>Reject suggestion</source>
            <translation>Vorschlag ablehnen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/reliability.py" />
            <source>Reliability</source>
            <translation>Reliabilität</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_players.py" />
            <source>Remove {label}</source>
            <translation>{label} entfernen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/commands.py" />
            <source>Reorder moments</source>
            <translation>Momente neu ordnen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Repeating or using the other's words or sounds</source>
            <comment>scheme</comment>
            <translation>Worte oder Laute des anderen wiederholen oder aufgreifen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/exercise_view.py" />
            <source>Report not written</source>
            <translation>Bericht nicht geschrieben</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Research</source>
            <translation>Forschung</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Resize / move (Shift: snap to other segments' edges)</source>
            <translation>Größe ändern / verschieben (Umschalt: an Rändern anderer Segmente einrasten)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/timeline_gestures.py" />
            <source>Resize segment</source>
            <translation>Segmentgröße ändern</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/timeline_gestures.py" />
            <source>Resized to {start}–{end}</source>
            <translation>Geändert auf {start}–{end}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_turns.py" />
            <source>Response latency</source>
            <translation>Antwortlatenz</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_turns.py" />
            <source>response latency (onset after the partner's offset)</source>
            <translation>Antwortlatenz (Beginn nach dem Ende des Partners)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>Responsive turn taking</source>
            <comment>scheme</comment>
            <translation>Responsiver Wechsel (Turn-Taking)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/exercise_view.py" />
            <location filename="../../vig_annotator/qt/reliability_view.py" />
            <source>result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/team.py" />
            <source>Retry</source>
            <translation>Erneut versuchen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/reliability.py" />
            <source>Returned trainee packages</source>
            <translation>Zurückgegebene Trainee-Pakete</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Returning eye contact, smiling, nodding in response</source>
            <comment>scheme</comment>
            <translation>Blickkontakt erwidern, lächeln, nicken als Antwort</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Review &amp;pack…</source>
            <translation>Rückschau-&amp;Paket…</translation>
        </message>
        <message>
            <source>running</source>
            <translation type="vanished">läuft</translation>
        </message>
        <message>
            <source>running {seconds}</source>
            <translation type="vanished">läuft {seconds}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/segment_list.py" />
            <source>running…</source>
            <translation>läuft…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_contingency.py" />
            <source>s after the cue's onset</source>
            <translation>s nach Beginn des Auslösers</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_dialog.py" />
            <source>Same event in the primary at:</source>
            <translation>Dasselbe Ereignis in der Hauptkamera bei:</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Save &amp;still of this frame…</source>
            <translation>St&amp;andbild dieses Bildes speichern…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/regions_editor.py" />
            <source>Save regions for this clip</source>
            <translation>Bereiche für diesen Clip speichern</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/team.py" />
            <source>Save session to a file</source>
            <translation>Sitzung in einer Datei speichern</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/team.py" />
            <source>Save session to a file…</source>
            <translation>Sitzung in einer Datei speichern…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/files.py" />
            <source>Save still</source>
            <translation>Standbild speichern</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/files.py" />
            <source>Saved frame {frame} to {file}</source>
            <translation>Bild {frame} in {file} gespeichert</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/team.py" />
            <source>Saved the session to {path}; push it to the server when it is back</source>
            <translation>Sitzung in {path} gespeichert; übertragen Sie sie auf den Server, sobald er wieder erreichbar ist</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Scaffolding</source>
            <comment>scheme</comment>
            <translation>Scaffolding (Gerüst geben)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <location filename="../../vig_annotator/qt/import_dialog.py" />
            <source>Scheme</source>
            <translation>Codierschema</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Scheme (*.json)</source>
            <translation>Codierschema (*.json)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Scheme file</source>
            <translation>Schemadatei</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/projects.py" />
            <source>Scheme:</source>
            <translation>Codierschema:</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/reliability.py" />
            <source>Score trainees</source>
            <translation>Trainees bewerten</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/ratings_panel.py" />
            <source>score {value}</source>
            <translation>Wert {value}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Search</source>
            <translation>Suchen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_dialog.py" />
            <source>Search cancelled</source>
            <translation>Suche abgebrochen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Search near the project for the same file (by content), or choose it.</source>
            <translation>In der Nähe des Projekts nach derselben Datei suchen (nach Inhalt) oder sie selbst wählen.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_panel.py" />
            <source>Search the transcript</source>
            <translation>Im Transkript suchen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Second back</source>
            <translation>Sekunde zurück</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Second forward</source>
            <translation>Sekunde vor</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/reliability.py" />
            <source>Second session:</source>
            <translation>Zweite Sitzung:</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/main_window.py" />
            <location filename="../../vig_annotator/qt/segment_list.py" />
            <source>Segments</source>
            <translation>Segmente</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/ratings_panel.py" />
            <source>Select segments on the timeline first</source>
            <translation>Wählen Sie zuerst Segmente in der Zeitleiste aus</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_panel.py" />
            <source>Sequences</source>
            <translation>Sequenzen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/session_bar.py" />
            <source>Session</source>
            <translation>Sitzung</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_panel.py" />
            <source>Sessions (pooled when several)</source>
            <translation>Sitzungen (bei mehreren zusammengefasst)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_dialog.py" />
            <source>Set by hand</source>
            <translation>Von Hand festlegen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_dialog.py" />
            <source>Set from an event marked in both</source>
            <translation>Über ein in beiden markiertes Ereignis festlegen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/project_file_dialogs.py" />
            <source>Set it aside and open</source>
            <translation>Beiseitelegen und öffnen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/moments_panel.py" />
            <source>Set key frame</source>
            <translation>Schlüsselbild festlegen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/coding.py" />
            <source>Set modifiers</source>
            <translation>Modifikatoren festlegen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_dialog.py" />
            <source>Set offset from this event</source>
            <translation>Versatz anhand dieses Ereignisses festlegen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/analysis/saved_motion.py" />
            <source>Set regions</source>
            <translation>Bereiche festlegen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/analysis/saved_voices.py" />
            <source>Set voice threshold</source>
            <translation>Stimmschwelle festlegen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/mind_form.py" />
            <source>Share</source>
            <translation>Anteil</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_view.py" />
            <source>share of units with this code, averaged over the two coders</source>
            <translation>Anteil der Einheiten mit diesem Code, gemittelt über beide Codierer</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/review_pack_dialog.py" />
            <source>Shared review with the parent</source>
            <translation>Gemeinsame Rückschau mit dem Elternteil</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/review_pack_dialog.py" />
            <source>Shared-review pack</source>
            <translation>Rückschau-Paket</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Sharing viewpoints</source>
            <comment>scheme</comment>
            <translation>Sichtweisen austauschen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/projects.py" />
            <source>Shift key presses back by (ms):</source>
            <translation>Tastendrücke zurückverschieben um (ms):</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Shift key-press times back by your reaction time</source>
            <translation>Zeitpunkte von Tastendrücken um Ihre Reaktionszeit zurückverschieben</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_dialog.py" />
            <source>Show</source>
            <translation>Zeigen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/regions_editor.py" />
            <source>Show the picture</source>
            <translation>Bild zeigen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/region_picture.py" />
            <source>Show the picture to draw regions on it</source>
            <translation>Zeigen Sie das Bild, um Bereiche darauf zu zeichnen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_players.py" />
            <source>Show {label}</source>
            <translation>{label} zeigen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Showing emotional warmth through intonation</source>
            <comment>scheme</comment>
            <translation>Emotionale Wärme durch die Stimmlage zeigen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Showing you have noticed the initiative</source>
            <comment>scheme</comment>
            <translation>Zeigen, dass du die Initiative wahrgenommen hast</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Shuttle backwards</source>
            <translation>Shuttle rückwärts</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Shuttle forwards</source>
            <translation>Shuttle vorwärts</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Shuttle stop</source>
            <translation>Shuttle Stopp</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Shuttle: step backwards (repeat: faster) / pause / play forwards (repeat: faster)</source>
            <translation>Shuttle: rückwärts schrittweise (wiederholen: schneller) / Pause / vorwärts abspielen (wiederholen: schneller)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_players.py" />
            <source>Side by side</source>
            <translation>Nebeneinander</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>Significant concerns</source>
            <comment>scheme</comment>
            <translation>Erhebliche Bedenken</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/demo.json" />
            <source>slight</source>
            <comment>scheme</comment>
            <translation>leicht</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Slower</source>
            <translation>Langsamer</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/projects.py" />
            <source>Some clips were not added</source>
            <translation>Einige Clips wurden nicht hinzugefügt</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>Some concerns</source>
            <comment>scheme</comment>
            <translation>Einige Bedenken</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/mind_mindedness.json" />
            <source>Something the parent said, as one utterance; its note holds the words.</source>
            <comment>scheme</comment>
            <translation>Etwas, das der Elternteil sagte, als eine Äußerung; die Anmerkung enthält die Worte.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/mind_mindedness.json" />
            <source>Something the VIG guider said; speaking for the baby is coded here too.</source>
            <comment>scheme</comment>
            <translation>Etwas, das die VIG-Begleitung sagte; auch das Sprechen für das Baby wird hier codiert.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/timeline_layout.py" />
            <source>Sound</source>
            <translation>Ton</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_players.py" />
            <source>Sound from</source>
            <translation>Ton von</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_players.py" />
            <source>Sound from:</source>
            <translation>Ton von:</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_panel.py" />
            <source>Speaker</source>
            <translation>Sprecher</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/utterance_agreement.py" />
            <source>speaker</source>
            <translation>Sprecher</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/moments_panel.py" />
            <source>Speaking for the baby: “When you wait, I can tell you…”</source>
            <translation>Für das Baby sprechen: „Wenn du wartest, kann ich dir erzählen …“</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/mind_mindedness.json" />
            <source>speaking_for_infant</source>
            <comment>scheme</comment>
            <translation>für den Säugling sprechen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_players.py" />
            <source>Stacked</source>
            <translation>Übereinander</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/segment_list.py" />
            <source>Start</source>
            <translation>Anfang</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/utterance_agreement.py" />
            <source>start</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Start / end of the clip</source>
            <translation>Anfang / Ende des Clips</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/segment_list.py" />
            <source>Start frame</source>
            <translation>Anfangsbild</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Start of clip</source>
            <translation>Anfang des Clips</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_dialog.py" />
            <source>Starts at (session time):</source>
            <translation>Beginnt bei (Sitzungszeit):</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/coding_panel.py" />
            <source>state</source>
            <translation>Zustand</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>State code: start at the frame on screen; again (or inside one of its segments): end. Point code: mark it</source>
            <translation>Zustandscode: Beginn beim Bild auf dem Bildschirm; erneut (oder innerhalb eines seiner Segmente): Ende. Punktcode: markieren</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/shuttle.py" />
            <source>Stepping backwards ({speed}×); K stops</source>
            <translation>Schrittweise rückwärts ({speed}×); K stoppt</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/segment_list.py" />
            <source>Still being coded: press the code's key again to end it</source>
            <translation>Wird noch codiert: die Taste des Codes erneut drücken, um ihn zu beenden</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/files.py" />
            <source>Still not saved</source>
            <translation>Standbild nicht gespeichert</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/review_pack_dialog.py" />
            <source>Stills and excerpts show the clip's cameras side by side</source>
            <translation>Standbilder und Ausschnitte zeigen die Kameras des Clips nebeneinander</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Stop looping</source>
            <translation>Schleife beenden</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_view.py" />
            <source>Stop waiting for this comparison (change a setting to compare again)</source>
            <translation>Nicht mehr auf diesen Vergleich warten (ändern Sie eine Einstellung, um erneut zu vergleichen)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/demo.json" />
            <source>stroke</source>
            <comment>scheme</comment>
            <translation>Streicheln</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>sub_items</source>
            <comment>scheme</comment>
            <translation>Unterpunkte</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/voices.py" />
            <source>Suggestion: {code} {start}–{end} (accept / reject / next)</source>
            <translation>Vorschlag: {code} {start}–{end} (annehmen / ablehnen / nächster)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Supervision</source>
            <translation>Supervision</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/review_pack_dialog.py" />
            <source>Supervision (adds my notes)</source>
            <translation>Supervision (mit meinen Notizen)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Supporting goal setting</source>
            <comment>scheme</comment>
            <translation>Bei der Zielsetzung unterstützen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/language.py" />
            <source>Switch now</source>
            <translation>Jetzt wechseln</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/language.py" />
            <source>Switch now? The window reopens in the new language, on the same project and session.</source>
            <translation>Jetzt wechseln? Das Fenster öffnet sich in der neuen Sprache erneut, mit demselben Projekt und derselben Sitzung.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/tier_list.py" />
            <source>symbolic</source>
            <translation>symbolisch</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_panel.py" />
            <source>Synchrony</source>
            <translation>Synchronie</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/timeline_layout.py" />
            <source>Synchrony (peak r)</source>
            <translation>Synchronie (Spitzen-r)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_synchrony.py" />
            <source>Synchrony over time</source>
            <translation>Synchronie im Zeitverlauf</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_plots.py" />
            <source>Synchrony over time: windows of {w:g} s, lags ±{lag:g} s</source>
            <translation>Synchronie im Zeitverlauf: Fenster zu {w:g} s, Lags ±{lag:g} s</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/moments_panel.py" />
            <source>Tag moment</source>
            <translation>Moment zuordnen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/moments_panel.py" />
            <source>Take the caption from an utterance that overlaps this moment</source>
            <translation>Die Bildunterschrift aus einer Äußerung übernehmen, die diesen Moment überschneidet</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_plots.py" />
            <source>target (follows), numbered as the given codes</source>
            <translation>Ziel (folgt), nummeriert wie die gegebenen Codes</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_contingency.py" />
            <source>Target (response)</source>
            <translation>Ziel (Reaktion)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>Template — check item names, values and bands against your PIIOS manual before use.</source>
            <comment>scheme</comment>
            <translation>Vorlage — prüfen Sie Itemnamen, Werte und Bereiche vor der Verwendung anhand Ihres PIIOS-Handbuchs.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Template — sub-items may be abridged; edit to match your VIG training.</source>
            <comment>scheme</comment>
            <translation>Vorlage — Unterpunkte können gekürzt sein; passen Sie sie an Ihre VIG-Ausbildung an.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_panel.py" />
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_view.py" />
            <source>Text (*.txt);;JSON (*.json)</source>
            <translation>Text (*.txt);;JSON (*.json)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/moments_panel.py" />
            <source>Text is saved as you type.</source>
            <translation>Text wird beim Tippen gespeichert.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/reliability.py" />
            <source>That clip is not in this project</source>
            <translation>Dieser Clip ist nicht in diesem Projekt</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>that is past the end of the clip</source>
            <translation>das liegt nach dem Ende des Clips</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>The case ID is the video's file name: use a pseudonym (packs carry the case ID).</source>
            <translation>Die Fall-ID ist der Dateiname des Videos: Verwenden Sie ein Pseudonym (Pakete enthalten die Fall-ID).</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>the clip has frames 0–{last}</source>
            <translation>der Clip hat die Bilder 0–{last}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>The clip {case} is not at
{path}</source>
            <translation>Der Clip {case} liegt nicht unter
{path}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_voices.py" />
            <source>The clip's file is missing: relink it to find voices</source>
            <translation>Die Datei des Clips fehlt: Verknüpfen Sie sie neu, um Stimmen zu finden</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/app.py" />
            <source>the demo project</source>
            <translation>das Demoprojekt</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/project_file_dialogs.py" />
            <source>The edits saved in this window could not be copied to a new file; keep this window open and export the sessions you need.</source>
            <translation>Die in diesem Fenster gespeicherten Bearbeitungen konnten nicht in eine neue Datei kopiert werden; lassen Sie dieses Fenster offen und exportieren Sie die Sitzungen, die Sie brauchen.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/segment_list.py" />
            <source>the end ({end}) would come before the start ({start})</source>
            <translation>das Ende ({end}) läge vor dem Anfang ({start})</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/moments_panel.py" />
            <source>The key frame must lie inside the moment</source>
            <translation>Das Schlüsselbild muss innerhalb des Moments liegen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_view.py" />
            <source>the largest kappa the two coders' own code frequencies allow</source>
            <translation>das größte Kappa, das die Codehäufigkeiten der beiden Codierer zulassen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/language.py" />
            <source>The new language applies when vig-annotator starts again.</source>
            <translation>Die neue Sprache gilt ab dem nächsten Start von vig-annotator.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/project_file_dialogs.py" />
            <source>The project can be opened as it is on disk, with that file renamed and kept beside it (nothing is deleted). Nothing has been changed so far.</source>
            <translation>Das Projekt kann so geöffnet werden, wie es auf der Festplatte liegt; jene Datei wird umbenannt und daneben aufbewahrt (nichts wird gelöscht). Bisher wurde nichts geändert.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/project_file_dialogs.py" />
            <source>The project file was replaced</source>
            <translation>Die Projektdatei wurde ersetzt</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/files.py" />
            <source>The project has no file to export from.</source>
            <translation>Das Projekt hat keine Datei, aus der exportiert werden kann.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/voice_suggestions.py" />
            <source>The project is read-only: the voices cannot be kept in it.</source>
            <translation>Das Projekt ist schreibgeschützt: Die Stimmen können darin nicht gespeichert werden.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/projects.py" />
            <source>The project is unchanged for these.</source>
            <translation>Das Projekt ist für diese unverändert.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/clip_loading.py" />
            <source>The project is unchanged.</source>
            <translation>Das Projekt ist unverändert.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/team.py" />
            <source>The project on your lab's PostgreSQL server:
postgresql://HOST/DATABASE?project=NAME
(your password is read from ~/.pgpass or PGPASSWORD, never stored)</source>
            <translation>Das Projekt auf dem PostgreSQL-Server Ihrer Arbeitsgruppe:
postgresql://HOST/DATABASE?project=NAME
(Ihr Passwort wird aus ~/.pgpass oder PGPASSWORD gelesen, nie gespeichert)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/utterance_agreement.py" />
            <source>The scheme {scheme} {version} has no transcript codes, so these sessions have no utterances to compare. Code utterances with a scheme that has a transcript tier (such as “Transcript and mind-mindedness”).</source>
            <translation>Das Schema {scheme} {version} hat keine Transkript-Codes, daher haben diese Sitzungen keine Äußerungen zum Vergleichen. Codieren Sie Äußerungen mit einem Schema, das eine Transkript-Spur hat (etwa „Transcript and mind-mindedness“).</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/projects.py" />
            <source>These clips are past their delete-by date: {clips}.
Delete the footage and its codings as your data-protection policy requires.</source>
            <translation>Das Löschdatum dieser Clips ist überschritten: {clips}.
Löschen Sie die Aufnahmen und ihre Codierungen, wie es Ihre Datenschutzrichtlinie verlangt.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_dialog.py" />
            <source>This camera at the event time</source>
            <translation>Diese Kamera zum Zeitpunkt des Ereignisses</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/cameras.py" />
            <source>This clip already has {n} cameras, the most there can be</source>
            <translation>Dieser Clip hat bereits {n} Kameras, das Maximum</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/projects.py" />
            <source>This is a training exercise. Your pseudonym or initials (not your full name), so your trainer can tell your return apart:</source>
            <translation>Dies ist eine Übung. Ihr Pseudonym oder Ihre Initialen (nicht Ihr vollständiger Name), damit Ihre Ausbilderin oder Ihr Ausbilder Ihre Rückgabe zuordnen kann:</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/voices_panel.py" />
            <source>This is the infant</source>
            <translation>Das ist der Säugling</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/voices_panel.py" />
            <source>This is the parent</source>
            <translation>Das ist der Elternteil</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>This list</source>
            <translation>Diese Liste</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/reliability.py" />
            <source>This project has no exercise yet: make one with Reliability ▸ New exercise from gold sessions….</source>
            <translation>Dieses Projekt hat noch keine Übung: Erstellen Sie eine mit Reliabilität ▸ Neue Übung aus Goldstandard-Sitzungen….</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/projects.py" />
            <source>This project needs repair</source>
            <translation>Dieses Projekt muss repariert werden</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/ratings_panel.py" />
            <source>This session's scheme has no rated items.</source>
            <translation>Das Schema dieser Sitzung hat keine zu bewertenden Items.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_panel.py" />
            <source>This session's scheme has no transcript codes: start a session with the mind-mindedness scheme to transcribe</source>
            <translation>Das Schema dieser Sitzung hat keine Transkript-Codes: Beginnen Sie eine Sitzung mit dem Mind-Mindedness-Schema, um zu transkribieren</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/exercise_view.py" />
            <source>Threshold N:</source>
            <translation>Schwelle N:</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_synchrony.py" />
            <source>Tick a session whose clip the regions belong to.</source>
            <translation>Haken Sie eine Sitzung an, zu deren Clip die Bereiche gehören.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_synchrony.py" />
            <source>Tick a session whose clip to show.</source>
            <translation>Haken Sie eine Sitzung an, deren Clip gezeigt werden soll.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_contingency.py" />
            <source>Tick at least one session with codes.</source>
            <translation>Haken Sie mindestens eine Sitzung mit Codes an.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_turns.py" />
            <source>Tick at least one session.</source>
            <translation>Haken Sie mindestens eine Sitzung an.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_turns.py" />
            <source>Tick at least one vocalisation code for the parent and one for the infant.</source>
            <translation>Haken Sie mindestens einen Vokalisationscode für den Elternteil und einen für den Säugling an.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/tier_list.py" />
            <source>tier</source>
            <translation>Spur</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_files.py" />
            <source>Tiers left out</source>
            <translation>Ausgelassene Spuren</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/import_dialog.py" />
            <source>Tiers to import (hover over an unticked tier to see why it is left out):</source>
            <translation>Zu importierende Spuren (zeigen Sie auf eine nicht angekreuzte Spur, um zu sehen, warum sie ausgelassen wird):</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/moments_panel.py" />
            <location filename="../../vig_annotator/qt/transcript_panel.py" />
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/timeline_paint.py" />
            <source>time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/timeline_paint.py" />
            <source>time (frame ticks when zoomed in)</source>
            <translation>Zeit (Bildmarken beim Hineinzoomen)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Time or frame</source>
            <translation>Zeit oder Bild</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_contingency.py" />
            <source>Time shifts (p-value)</source>
            <translation>Zeitverschiebungen (p-Wert)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_view.py" />
            <source>time units</source>
            <translation>Zeiteinheiten</translation>
        </message>
        <message>
            <source>Time units: each unit labelled by both coders. Events: each event paired with the other coder's nearest onset within the window</source>
            <translation type="vanished">Zeiteinheiten: jede Einheit von beiden Codierern codiert. Ereignisse: jedes Ereignis mit dem nächstgelegenen Beginn des anderen Codierers im Fenster gepaart</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_view.py" />
            <source>Time units: each unit labelled by both coders. Events: each event paired with the other coder's nearest onset within the window. Utterances: the transcripts' utterances paired by span, kappa on their mind-mindedness codes</source>
            <translation>Zeiteinheiten: jede Einheit von beiden Codierern codiert. Ereignisse: jedes Ereignis mit dem nächstgelegenen Beginn des anderen Codierers im Fenster gepaart. Äußerungen: die Äußerungen der Transkripte nach Überlappung gepaart, Kappa auf ihren Mind-Mindedness-Codes</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/tier_list.py" />
            <source>time-aligned</source>
            <translation>zeitlich ausgerichtet</translation>
        </message>
        <message>
            <source>Time-slice kappa (as BORIS computes it) between {who} on clip {clip} (scheme {scheme}).</source>
            <translation type="vanished">Zeitscheiben-Kappa (wie BORIS es berechnet) zwischen {who} im Clip {clip} (Schema {scheme}).</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_texts.py" />
            <source>Time-slice kappa (as BORIS computes it) between {who} on {clip} (scheme {scheme}).</source>
            <translation>Zeitscheiben-Kappa (wie BORIS es berechnet) zwischen {who} für {clip} (Schema {scheme}).</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Timecode (HH:MM:SS.mmm) or frame number (#123):</source>
            <translation>Timecode (HH:MM:SS.mmm) oder Bildnummer (#123):</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/timeline.py" />
            <source>Timeline</source>
            <translation>Zeitleiste</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_contingency.py" />
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_view.py" />
            <source>tolerance ±</source>
            <translation>Toleranz ±</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/toolbar.py" />
            <source>Tools</source>
            <translation>Werkzeuge</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/ratings_panel.py" />
            <source>Total and band</source>
            <translation>Summe und Bereich</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/demo.json" />
            <source>Touch</source>
            <comment>scheme</comment>
            <translation>Berührung</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/exercise_view.py" />
            <location filename="../../vig_annotator/qt/operations/reliability.py" />
            <source>trainee</source>
            <translation>Trainee</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/reliability.py" />
            <source>Trainee package</source>
            <translation>Trainee-Paket</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/reliability.py" />
            <source>Trainee's pseudonym (not a full name; leave empty to ask them on opening):</source>
            <translation>Pseudonym des Trainees (kein vollständiger Name; leer lassen, um beim Öffnen danach zu fragen):</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Training events</source>
            <translation>Fortbildungen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Transcribe the session's utterances and code their mind-mindedness</source>
            <translation>Die Äußerungen der Sitzung transkribieren und ihre Mind-Mindedness codieren</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/transcript.py" />
            <location filename="../../vig_annotator/qt/transcript_panel.py" />
            <source>Transcript</source>
            <translation>Transkript</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/mind_mindedness.json" />
            <source>Transcript</source>
            <comment>scheme</comment>
            <translation>Transkript</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Transcript and mind-mindedness</source>
            <translation>Transkript und Mind-Mindedness</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/mind_mindedness.json" />
            <source>Transcript and mind-mindedness</source>
            <comment>scheme</comment>
            <translation>Transkript und Mind-Mindedness</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/export_formats.py" />
            <source>Transcript as a CSV table (.csv)</source>
            <translation>Transkript als CSV-Tabelle (.csv)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/export_formats.py" />
            <source>Transcript as an Excel workbook (.xlsx)</source>
            <translation>Transkript als Excel-Arbeitsmappe (.xlsx)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/export_formats.py" />
            <source>Transcript as SRT subtitles (.srt)</source>
            <translation>Transkript als SRT-Untertitel (.srt)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/export_formats.py" />
            <source>Transcript as WebVTT subtitles (.vtt)</source>
            <translation>Transkript als WebVTT-Untertitel (.vtt)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/export_formats.py" />
            <source>Transcript for ELAN (.eaf)</source>
            <translation>Transkript für ELAN (.eaf)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/export_formats.py" />
            <source>Transcript for Praat (.TextGrid)</source>
            <translation>Transkript für Praat (.TextGrid)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_files.py" />
            <source>Transcript not imported</source>
            <translation>Transkript nicht importiert</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Transcription mode: the utterance loops, type it, Enter for the next</source>
            <translation>Transkriptionsmodus: Die Äußerung läuft in Schleife, tippen Sie sie, Eingabe für die nächste</translation>
        </message>
        <message>
            <source>Transcripts (*.eaf *.csv *.xlsx)</source>
            <translation type="vanished">Transkripte (*.eaf *.csv *.xlsx)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_files.py" />
            <source>Transcripts (*.eaf *.TextGrid *.csv *.xlsx)</source>
            <translation>Transkripte (*.eaf *.TextGrid *.csv *.xlsx)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/clip_loading.py" />
            <source>true frame timestamps</source>
            <translation>tatsächliche Bild-Zeitstempel</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_panel.py" />
            <source>Turn-taking</source>
            <translation>Abwechseln (Turn-Taking)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/demo.json" />
            <source>Turn-taking (demo rating)</source>
            <comment>scheme</comment>
            <translation>Abwechseln (Demo-Bewertung)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Turning towards</source>
            <comment>scheme</comment>
            <translation>Sich zuwenden</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_turns.py" />
            <source>turns</source>
            <translation>Wechsel</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/tier_list.py" />
            <source>type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/segment_list.py" />
            <source>Type a time as HH:MM:SS.mmm; it snaps to the start of the frame on screen then</source>
            <translation>Geben Sie eine Zeit als HH:MM:SS.mmm ein; sie rastet am Anfang des dann gezeigten Bildes ein</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_edits.py" />
            <source>Type utterance</source>
            <translation>Äußerung tippen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_panel.py" />
            <source>Type what was said; Enter saves it and moves to the next utterance</source>
            <translation>Tippen Sie, was gesagt wurde; die Eingabetaste speichert es und geht zur nächsten Äußerung</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/utterance_agreement.py" />
            <source>uncoded</source>
            <translation>uncodiert</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/utterance_agreement.py" />
            <source>undefined (one code throughout)</source>
            <translation>nicht definiert (durchweg ein Code)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Undo / redo (the Edit menu names the step)</source>
            <translation>Rückgängig / wiederholen (das Menü Bearbeiten nennt den Schritt)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_dialog.py" />
            <source>Use playhead</source>
            <translation>Abspielposition verwenden</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/moments_panel.py" />
            <source>Use the frame on screen as the key still</source>
            <translation>Das Bild auf dem Bildschirm als Schlüsselbild verwenden</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_view.py" />
            <source>utterances (mind-mindedness)</source>
            <translation>Äußerungen (Mind-Mindedness)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/utterance_agreement.py" />
            <source>Utterances of one speaker are paired when their spans overlap by at least {share}% of the shorter, largest overlap first. Cohen's kappa on the {paired} paired utterances = &lt;b&gt;{kappa}&lt;/b&gt; ({percent}% agreement). Unpaired: {only_a} only in A, {only_b} only in B.</source>
            <translation>Äußerungen eines Sprechers werden gepaart, wenn sie sich um mindestens {share}% der kürzeren überlappen, größte Überlappung zuerst. Cohens Kappa auf den {paired} gepaarten Äußerungen = &lt;b&gt;{kappa}&lt;/b&gt; ({percent}% Übereinstimmung). Ungepaart: {only_a} nur in A, {only_b} nur in B.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>Verbal commenting about baby; mind-mindedness</source>
            <comment>scheme</comment>
            <translation>Verbale Kommentare über das Baby; Mind-Mindedness</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/video_view.py" />
            <source>Video</source>
            <translation>Video</translation>
        </message>
        <message>
            <source>Video (*.mp4 *.mov *.m4v *.mkv *.avi *.webm *.mts *.3gp);;All files (*)</source>
            <translation type="vanished">Video (*.mp4 *.mov *.m4v *.mkv *.avi *.webm *.mts *.3gp);;Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/file_filters.py" />
            <source>Video ({patterns});;All files (*)</source>
            <translation>Video ({patterns});;Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_dialog.py" />
            <source>Video file:</source>
            <translation>Videodatei:</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_players.py" />
            <source>Video: {label}</source>
            <translation>Video: {label}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>VIG moment</source>
            <comment>scheme</comment>
            <translation>VIG-Moment</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/timeline_layout.py" />
            <source>VIG moments</source>
            <translation>VIG-Momente</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/moments_panel.py" />
            <source>VIG principles and sub-items</source>
            <translation>VIG-Prinzipien und Unterpunkte</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>VIG principles of attuned interaction and guidance</source>
            <comment>scheme</comment>
            <translation>VIG-Prinzipien abgestimmter Interaktion und Begleitung</translation>
        </message>
        <message>
            <source>vig-annotator project (*.vigproj)</source>
            <translation type="vanished">vig-annotator-Projekt (*.vigproj)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/file_filters.py" />
            <source>vig-annotator project ({pattern})</source>
            <translation>vig-annotator-Projekt ({pattern})</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>Vocalisation</source>
            <comment>scheme</comment>
            <translation>Vokalisation</translation>
        </message>
        <message>
            <source>Vocalisations whose median pitch (F0) is at or above this are infant, below it adult (the dashed line on the pitch row)</source>
            <translation type="vanished">Vokalisationen mit einer mittleren Tonhöhe (F0) ab diesem Wert gelten als Säugling, darunter als Erwachsene (die gestrichelte Linie in der Tonhöhenzeile)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/demo.json" />
            <source>Voice</source>
            <comment>scheme</comment>
            <translation>Stimme</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_voices.py" />
            <source>Voice detection cancelled</source>
            <translation>Stimmerkennung abgebrochen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_voices.py" />
            <source>Voice detection found nothing to offer</source>
            <translation>Die Stimmerkennung hat nichts zum Vorschlagen gefunden</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Voice suggestions: next / previous / accept / reject (Shift+F7: accept all in the loop or selection)</source>
            <translation>Stimmvorschläge: nächster / vorheriger / annehmen / ablehnen (Umschalt+F7: alle in der Schleife oder Auswahl annehmen)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Voiced stretches (infant / adult by pitch) and the pitch contour on the timeline, as suggestions</source>
            <translation>Stimmhafte Abschnitte (Säugling / Erwachsene nach Tonhöhe) und der Tonhöhenverlauf in der Zeitleiste, als Vorschläge</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/voices.py" />
            <source>Voices</source>
            <translation>Stimmen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/timeline_layout.py" />
            <source>Voices (infant ▴ / adult ▾)</source>
            <translation>Stimmen (Säugling ▴ / Erwachsene ▾)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Voices or motion energy for every clip of the project, on this computer's cores, kept in the project</source>
            <translation>Stimmen oder Bewegungsenergie für jeden Clip des Projekts, auf den Kernen dieses Computers, im Projekt gespeichert</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/batch_dialog.py" />
            <source>Voices: vocalisations and pitch, offered as suggestions</source>
            <translation>Stimmen: Vokalisationen und Tonhöhe, als Vorschläge angeboten</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Waiting</source>
            <comment>scheme</comment>
            <translation>Abwarten</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Waiting attentively for your turn</source>
            <comment>scheme</comment>
            <translation>Aufmerksam auf den eigenen Beitrag warten</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/demo.json" />
            <source>Warmth (demo rating)</source>
            <comment>scheme</comment>
            <translation>Wärme (Demo-Bewertung)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>Warmth and affection</source>
            <comment>scheme</comment>
            <translation>Wärme und Zuneigung</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/utterance_agreement.py" />
            <source>what was said</source>
            <translation>was gesagt wurde</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Where is {case}?</source>
            <translation>Wo ist {case}?</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/cameras.py" />
            <source>Where is {label}'s video?</source>
            <translation>Wo ist das Video von {label}?</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/voices_panel.py" />
            <source>Where pitch alone is undecided (the dashed line on the pitch row): higher sounds infant. Pitch range and contour, spectrum, duration and voicing weigh too; each utterance is classified whole. Unused once you mark examples.</source>
            <translation>Wo die Tonhöhe allein nichts entscheidet (die gestrichelte Linie in der Tonhöhenzeile): höher klingt nach Säugling. Tonhöhenumfang und -verlauf, Spektrum, Dauer und Stimmhaftigkeit zählen mit; jede Äußerung wird als Ganzes eingeteilt. Nicht verwendet, sobald Sie Beispiele markieren.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/review_pack_dialog.py" />
            <source>Where to put the pack</source>
            <translation>Wohin das Paket soll</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_panel.py" />
            <source>Who speaks in a new utterance</source>
            <translation>Wer in einer neuen Äußerung spricht</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Whole &amp;clip</source>
            <translation>Ganzer &amp;Clip</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/utterance_agreement.py" />
            <source>Whose utterances to compare</source>
            <translation>Wessen Äußerungen verglichen werden</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_contingency.py" />
            <source>Window</source>
            <translation>Fenster</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_synchrony.py" />
            <source>Window (s)</source>
            <translation>Fenster (s)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_plots.py" />
            <source>window start</source>
            <translation>Fensterbeginn</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Wondering about what they are doing, thinking or feeling</source>
            <comment>scheme</comment>
            <translation>Sich fragen, was der andere tut, denkt oder fühlt</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/batch_dialog.py" />
            <source>Worker processes</source>
            <translation>Arbeitsprozesse</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/jobs.py" />
            <source>Working</source>
            <translation>In Arbeit</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/reliability.py" />
            <source>Write the blind trainee package</source>
            <translation>Das verblindete Trainee-Paket schreiben</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_panel.py" />
            <source>Write this session's transcript as SRT, WebVTT, CSV, XLSX or EAF</source>
            <translation>Das Transkript dieser Sitzung als SRT, WebVTT, CSV, XLSX oder EAF schreiben</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Write trainee &amp;package…</source>
            <translation>Trainee-&amp;Paket schreiben…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/reliability/exercises.py" />
            <source>Write trainee package</source>
            <translation>Trainee-Paket schreiben</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/files.py" />
            <source>Writing {name}…</source>
            <translation>{name} wird geschrieben…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/reliability.py" />
            <source>Wrote {file}: the scheme, the clips by fingerprint, blind sessions — no gold codes</source>
            <translation>{file} geschrieben: das Schema, die Clips per Fingerabdruck, verblindete Sitzungen — keine Goldstandard-Codes</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/timeline_voices.py" />
            <source>your example</source>
            <translation>Ihr Beispiel</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/projects.py" />
            <source>Your pseudonym</source>
            <translation>Ihr Pseudonym</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Zoom &amp;in</source>
            <translation>Hinein&amp;zoomen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Zoom &amp;out</source>
            <translation>Hera&amp;uszoomen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Zoom around the pointer / pan the timeline; wheel scrolls the rows</source>
            <translation>Um den Mauszeiger zoomen / die Zeitleiste verschieben; das Rad scrollt die Zeilen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Zoom the timeline in / out / to the whole clip</source>
            <translation>Die Zeitleiste hinein- / herauszoomen / den ganzen Clip zeigen</translation>
        </message>
        <message>
            <source>{a} and {b}: peak r {r:.3f} at lag {lag:+.3f} s (positive: {a} leads); synchrony {sync:.3f}, effect over pseudo-synchrony {effect:.3f}, p = {p:.4f}. Method: {method}.</source>
            <translation type="vanished">{a} und {b}: Spitzen-r {r:.3f} bei Lag {lag:+.3f} s (positiv: {a} führt); Synchronie {sync:.3f}, Effekt gegenüber Pseudosynchronie {effect:.3f}, p = {p:.4f}. Methode: {method}.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_texts.py" />
            <source>{a} and {b}: peak r {r} at lag {lag} s (positive: {a} leads); mean peak r {sync}, effect over pseudo-synchrony {effect}, p = {p}; mean Fisher z of |r| (rMEA/SUSY) {fz}, effect {fz_effect}, effect size {fz_size}, p = {fz_p}. Method: {method}.</source>
            <translation>{a} und {b}: Spitzen-r {r} bei Lag {lag} s (positiv: {a} führt); mittleres Spitzen-r {sync}, Effekt über Pseudosynchronie {effect}, p = {p}; mittleres Fisher-z von |r| (rMEA/SUSY) {fz}, Effekt {fz_effect}, Effektstärke {fz_size}, p = {fz_p}. Methode: {method}.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_texts.py" />
            <source>{a} and {b}: peak r {r} at lag {lag} s (positive: {a} leads); mean peak r {sync}; mean Fisher z of |r| (rMEA/SUSY) {fz}. Too short to test: {windows} window(s) of {w} s; the surrogate test needs at least 4 (use a shorter window or a longer clip). Method: {method}.</source>
            <translation>{a} und {b}: Spitzen-r {r} bei Lag {lag} s (positiv: {a} führt); mittleres Spitzen-r {sync}; mittleres Fisher-z von |r| (rMEA/SUSY) {fz}. Zu kurz zum Testen: {windows} Fenster von {w} s; der Surrogattest braucht mindestens 4 (kürzeres Fenster oder längeren Clip wählen). Methode: {method}.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/projects.py" />
            <source>{case} (delete by {date})</source>
            <translation>{case} (löschen bis {date})</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_texts.py" />
            <source>{coder} (session {number})</source>
            <translation>{coder} (Sitzung {number})</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_plots.py" />
            <source>{code} responses</source>
            <translation>{code}-Reaktionen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/batch_dialog.py" />
            <source>{count} clips have no regions saved (draw them in the Analysis panel's Synchrony tab); they will be listed as failed.</source>
            <translation>{count} Clips haben keine gespeicherten Bereiche (zeichnen Sie sie im Reiter Synchronie der Analyseleiste); sie werden als fehlgeschlagen aufgeführt.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/batch_dialog.py" />
            <source>{done} clips analysed and kept in the project; {failed} failed.</source>
            <translation>{done} Clips analysiert und im Projekt gespeichert; {failed} fehlgeschlagen.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_texts.py" />
            <source>{first} and {last}</source>
            <translation>{first} und {last}</translation>
        </message>
        <message>
            <source>{infant} infant and {adult} adult vocalisations (threshold {hz:g} Hz); {pending} suggestions to review</source>
            <translation type="vanished">{infant} Vokalisationen des Säuglings und {adult} von Erwachsenen (Schwelle {hz:g} Hz); {pending} Vorschläge zu prüfen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/voice_suggestions.py" />
            <source>{infant} infant and {adult} adult vocalisations ({how}); {pending} suggestions to review</source>
            <translation>{infant} Säuglings- und {adult} Erwachsenenvokalisationen ({how}); {pending} Vorschläge zu prüfen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/ratings_panel.py" />
            <source>{item}: not observable</source>
            <translation>{item}: nicht beobachtbar</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_players.py" />
            <source>{label} · frame {frame}</source>
            <translation>{label} · Bild {frame}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_players.py" />
            <source>{label}: not recording at this time</source>
            <translation>{label}: nimmt zu diesem Zeitpunkt nicht auf</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/team.py" />
            <source>{message}

Retry now, or save this session (with this edit) to a project file and push it to the server later.</source>
            <translation>{message}

Jetzt erneut versuchen oder diese Sitzung (mit dieser Änderung) in einer Projektdatei speichern und später auf den Server übertragen.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/import_dialog.py" />
            <source>{name} has no observations: its ethogram ({n} codes) comes in as scheme {scheme} {version}, to code with.</source>
            <translation>{name} hat keine Beobachtungen: sein Ethogramm ({n} Codes) kommt als Codierschema {scheme} {version} herein, zum Codieren.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/projects.py" />
            <source>{name} is already a coder in this file.</source>
            <translation>{name} ist bereits Codierer in dieser Datei.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/import_dialog.py" />
            <source>{name} {version} (the file's ethogram)</source>
            <translation>{name} {version} (das Ethogramm der Datei)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_panel.py" />
            <source>{name}: expected a .csv or .xlsx file name</source>
            <translation>{name}: erwartet einen .csv- oder .xlsx-Dateinamen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_plots.py" />
            <source>{name}: expected a .png or .svg file name</source>
            <translation>{name}: erwartet einen .png- oder .svg-Dateinamen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/project_file.py" />
            <source>{name}: set aside, kept beside the project</source>
            <translation>{name}: beiseitegelegt, neben dem Projekt aufbewahrt</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/voices_panel.py" />
            <source>{n} of {total}: {code} {start}–{end}</source>
            <translation>{n} von {total}: {code} {start}–{end}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_sequences.py" />
            <source>{n} transitions among {codes} codes. Method: {method}.</source>
            <translation>{n} Übergänge zwischen {codes} Codes. Methode: {method}.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_panel.py" />
            <source>{n} vocalisations offered as utterances: type and press Enter to accept, or Accept all</source>
            <translation>{n} Vokalisationen als Äußerungen angeboten: tippen und Eingabe drücken zum Annehmen, oder Alle annehmen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>{path} already exists: open it with File ▸ Open project, or choose another name.</source>
            <translation>{path} existiert bereits: Öffnen Sie es mit Datei ▸ Projekt öffnen oder wählen Sie einen anderen Namen.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/cameras.py" />
            <source>{path}: is not the video of camera {label} (its content differs)</source>
            <translation>{path}: ist nicht das Video der Kamera {label} (der Inhalt unterscheidet sich)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/voice_suggestions.py" />
            <source>{path}: the clip has no sound track</source>
            <translation>{path}: Der Clip hat keine Tonspur</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/files.py" />
            <source>{reason}

Export anyway, with no line in the project's export log?</source>
            <translation>{reason}

Trotzdem exportieren, ohne Eintrag im Exportprotokoll des Projekts?</translation>
        </message>
        <message>
            <source>{responded} of {n} {given} onsets followed by {target} (rate {rate:.3f}; base rate {base:.3f}; ratio {ratio:.2f}; p = {p:.4f}). Method: {method}.</source>
            <translation type="vanished">{responded} von {n} Beginnen von {given} gefolgt von {target} (Rate {rate:.3f}; Basisrate {base:.3f}; Verhältnis {ratio:.2f}; p = {p:.4f}). Methode: {method}.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_texts.py" />
            <source>{responded} of {n} {given} onsets followed by {target} (rate {rate}; base rate {base}; ratio {ratio}; p = {p}, {surrogate} shifts). Method: {method}.</source>
            <translation>{responded} von {n} Beginnzeiten von {given} gefolgt von {target} (Rate {rate}; Basisrate {base}; Verhältnis {ratio}; p = {p}, {surrogate} Verschiebungen). Methode: {method}.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/coding.py" />
            <source>{step} at {time} (frame {frame})</source>
            <translation>{step} bei {time} (Bild {frame})</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>{text} is not a frame number</source>
            <translation>{text} ist keine Bildnummer</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/batch_dialog.py" />
            <source>{todo} of the project's {total} clips to analyse; {kept} already kept in the project.</source>
            <translation>{todo} von {total} Clips des Projekts zu analysieren; {kept} bereits im Projekt gespeichert.</translation>
        </message>
        <message>
            <source>{turns} turns in {minutes:.1f} min ({rate:.2f} per minute); median latency parent → infant {pi}, infant → parent {ip}; {overlaps} overlaps. A turn: the partner starts within {gap:g} s of the other's end (LENA uses 5 s).</source>
            <translation type="vanished">{turns} Wechsel in {minutes:.1f} min ({rate:.2f} pro Minute); mittlere Latenz Elternteil → Säugling {pi}, Säugling → Elternteil {ip}; {overlaps} Überlappungen. Ein Wechsel: Der Partner beginnt innerhalb von {gap:g} s nach dem Ende des anderen (LENA verwendet 5 s).</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_turns.py" />
            <source>{turns} turns in {minutes:.1f} min of clip ({rate:.2f} per minute of clip, {span_rate:.2f} per minute of the coded span); median latency parent → infant {pi}, infant → parent {ip}; {overlaps} overlaps. A turn: the partner starts within {gap:g} s of the other's end (LENA uses 5 s).</source>
            <translation>{turns} Wechsel in {minutes:.1f} min Clip ({rate:.2f} pro Minute Clip, {span_rate:.2f} pro Minute des kodierten Abschnitts); mittlere Latenz Elternteil → Säugling {pi}, Säugling → Elternteil {ip}; {overlaps} Überlappungen. Ein Wechsel: Der Partner beginnt innerhalb von {gap:g} s nach dem Ende des anderen (LENA verwendet 5 s).</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/jobs.py" />
            <source>{what} {percent} %</source>
            <translation>{what} {percent} %</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/mind_form.py" />
            <source>{who}: {n} utterances ({u} uncoded): {parts}</source>
            <translation>{who}: {n} Äußerungen ({u} nicht codiert): {parts}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/mind_form.py" />
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/utterance_agreement.py" />
            <source>— (only A)</source>
            <translation>— (nur A)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/utterance_agreement.py" />
            <source>— (only B)</source>
            <translation>— (nur B)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/import_dialog.py" />
            <source>— choose —</source>
            <translation>— wählen —</translation>
        </message>
        <message>
            <source>— over 10 s: review moments are usually shorter</source>
            <translation type="vanished">— über 10 s: Momente für die Rückschau sind meist kürzer</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/coding.py" />
            <source>— over {seconds} s: review moments are usually shorter</source>
            <translation>— über {seconds} s: Momente für die Rückschau sind meist kürzer</translation>
        </message>
        <message numerus="yes">
            <location filename="../../vig_annotator/qt/operations/projects.py" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… und %n weiterer</numerusform>
                <numerusform>… und %n weitere</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_dialog.py" />
            <source>…and in this camera at:</source>
            <translation>…und in dieser Kamera bei:</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_dialog.py" />
            <source>◀ frame</source>
            <translation>◀ Bild</translation>
        </message>
        <message>
            <source>⚠ over 10 s</source>
            <translation type="vanished">⚠ über 10 s</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/moments_panel.py" />
            <source>⚠ over {seconds} s</source>
            <translation>⚠ über {seconds} s</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/moments_panel.py" />
            <source>⟲ Loop</source>
            <translation>⟲ Schleife</translation>
        </message>
    </context>
</TS>
