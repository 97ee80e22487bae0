<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
    <context>
        <name>vig-annotator</name>
        <message>
            <location filename="../../vig_annotator/qt/transcript_files.py" />
            <source>

Nothing was changed.</source>
            <translation>

Er is niets gewijzigd.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/projects.py" />
            <source> (built in)</source>
            <translation> (ingebouwd)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transport.py" />
            <source> (declared rate)</source>
            <translation> (opgegeven framerate)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../vig_annotator/qt/ratings_panel.py" />
            <source> (incomplete: %n item(s) not rated)</source>
            <translation>
                <numerusform> (onvolledig: %n item niet gescoord)</numerusform>
                <numerusform> (onvolledig: %n items niet gescoord)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/main_window.py" />
            <source> (read-only)</source>
            <translation> (alleen-lezen)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source> days</source>
            <translation> dagen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/session_bar.py" />
            <source> Session: </source>
            <translation> Sessie: </translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_view.py" />
            <source> units</source>
            <translation> eenheden</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_view.py" />
            <source>% agreement</source>
            <translation>% overeenstemming</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_view.py" />
            <source>% of units both coders labelled the same</source>
            <translation>% van de eenheden die beide codeurs hetzelfde labelden</translation>
        </message>
        <message numerus="yes">
            <location filename="../../vig_annotator/qt/ratings_panel.py" />
            <source>%n ev.</source>
            <comment>evidence segments</comment>
            <translation>
                <numerusform>%n bewijs</numerusform>
                <numerusform>%n bewijzen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../vig_annotator/qt/import_dialog.py" />
            <source>%n event(s) in {name}. Choose the code each name becomes; nothing is imported until every name is mapped, skipped or added.</source>
            <translation>
                <numerusform>%n gebeurtenis in {name}. Kies de code die elke naam wordt; er wordt niets geïmporteerd tot elke naam is toegewezen, overgeslagen of toegevoegd.</numerusform>
                <numerusform>%n gebeurtenissen in {name}. Kies de code die elke naam wordt; er wordt niets geïmporteerd tot elke naam is toegewezen, overgeslagen of toegevoegd.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../vig_annotator/qt/operations/projects.py" />
            <source>%n thing(s) in this project break a rule, so some figures from it could be wrong. Everything else works: repair these (move, shorten, delete or re-rate) and they go away.</source>
            <translation>
                <numerusform>%n punt in dit project overtreedt een regel, dus sommige cijfers kunnen onjuist zijn. Al het andere werkt: herstel het (verplaatsen, inkorten, verwijderen of opnieuw scoren) en de melding verdwijnt.</numerusform>
                <numerusform>%n punten in dit project overtreden een regel, dus sommige cijfers kunnen onjuist zijn. Al het andere werkt: herstel ze (verplaatsen, inkorten, verwijderen of opnieuw scoren) en de melding verdwijnt.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;About</source>
            <translation>&amp;Over</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;Accept suggestion</source>
            <translation>Suggestie &amp;accepteren</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;Add clips…</source>
            <translation>Clips &amp;toevoegen…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;Analysis</source>
            <comment>menu</comment>
            <translation>A&amp;nalyse</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;Batch over the project's clips…</source>
            <translation>Batch over de clips van het &amp;project…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;Close project</source>
            <translation>Project s&amp;luiten</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;Compare two sessions…</source>
            <translation>Twee sessies &amp;vergelijken…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;Copy segments</source>
            <translation>Segmenten &amp;kopiëren</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/theme_menu.py" />
            <source>&amp;Dark</source>
            <translation>&amp;Donker</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;Delete segments</source>
            <translation>Segmenten &amp;verwijderen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;Edit</source>
            <comment>menu</comment>
            <translation>Be&amp;werken</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/main_window.py" />
            <source>&amp;Export</source>
            <translation>&amp;Exporteren</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;File</source>
            <comment>menu</comment>
            <translation>&amp;Bestand</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;Focus view</source>
            <translation>&amp;Focusweergave</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;Go to time or frame…</source>
            <translation>&amp;Ga naar tijd of frame…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;Help</source>
            <comment>menu</comment>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;Import…</source>
            <translation>&amp;Importeren…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;Interaction dynamics…</source>
            <translation>&amp;Interactiedynamiek…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Sneltoetsen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;Language</source>
            <translation>T&amp;aal</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/theme_menu.py" />
            <source>&amp;Light</source>
            <translation>&amp;Licht</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;Loop selection</source>
            <translation>Selectie &amp;herhalen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;New exercise from gold sessions…</source>
            <translation>&amp;Nieuwe oefening uit referentiesessies…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;New project…</source>
            <translation>&amp;Nieuw project…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;Next suggestion</source>
            <translation>&amp;Volgende suggestie</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;Open project…</source>
            <translation>Project &amp;openen…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;Paste at playhead</source>
            <translation>&amp;Plakken op afspeelpositie</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;Play</source>
            <comment>menu</comment>
            <translation>&amp;Afspelen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;Previous suggestion</source>
            <translation>V&amp;orige suggestie</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;Quit</source>
            <translation>&amp;Afsluiten</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/menu_bar.py" />
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;Redo</source>
            <translation>Opnieu&amp;w</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/menu_bar.py" />
            <source>&amp;Redo {step}</source>
            <translation>Opnieu&amp;w: {step}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;Reject suggestion</source>
            <translation>Suggestie &amp;afwijzen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;Reliability</source>
            <comment>menu</comment>
            <translation>Be&amp;trouwbaarheid</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;Reset layout</source>
            <translation>Indeling &amp;herstellen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;Score returned trainee packages…</source>
            <translation>Teruggestuurde cursistpakketten &amp;scoren…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/theme_menu.py" />
            <source>&amp;System</source>
            <translation>&amp;Systeem</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;System language</source>
            <translation>&amp;Systeemtaal</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/theme_menu.py" />
            <source>&amp;Theme</source>
            <translation>&amp;Thema</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;Transcript…</source>
            <translation>&amp;Transcriptie…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/menu_bar.py" />
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;Undo</source>
            <translation>&amp;Ongedaan maken</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/menu_bar.py" />
            <source>&amp;Undo {step}</source>
            <translation>&amp;Ongedaan maken: {step}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>&amp;View</source>
            <comment>menu</comment>
            <translation>Beel&amp;d</translation>
        </message>
        <message numerus="yes">
            <source>(%n event(s))</source>
            <translation type="vanished">
                <numerusform>(%n gebeurtenis)</numerusform>
                <numerusform>(%n gebeurtenissen)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/import_dialog.py" />
            <source>(add as a new code)</source>
            <translation>(toevoegen als nieuwe code)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/voices_panel.py" />
            <source>(none)</source>
            <translation>(geen)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/start_page.py" />
            <source>(not found)</source>
            <translation>(niet gevonden)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/import_dialog.py" />
            <source>(skip)</source>
            <translation>(overslaan)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_panel.py" />
            <source>(suggested: type, Enter accepts)</source>
            <translation>(voorgesteld: typ, Enter accepteert)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_panel.py" />
            <source>({n} events)</source>
            <translation>({n} gebeurtenissen)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/timeline_cameras.py" />
            <source>, confidence {confidence:.2f}</source>
            <translation>, betrouwbaarheid {confidence:.2f}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/moments_panel.py" />
            <source>, key frame {time}</source>
            <translation>, sleutelbeeld {time}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_plots.py" />
            <source>, within {s:g} s</source>
            <translation>, binnen {s:g} s</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_view.py" />
            <source>0.5 s units</source>
            <translation>eenheden van 0,5 s</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/exercise_view.py" />
            <source>0.80 = 80 % of items exact, or kappa 0.80 for every code</source>
            <translation>0.80 = 80 % van de items exact gelijk, of kappa 0.80 voor elke code</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_view.py" />
            <source>1 s units</source>
            <translation>eenheden van 1 s</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>1. Being attentive</source>
            <comment>scheme</comment>
            <translation>1. Aandachtig zijn</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>1. Infant positioning (evidence)</source>
            <comment>scheme</comment>
            <translation>1. Positionering van de baby (bewijs)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>10. Expressed expectations of baby (evidence)</source>
            <comment>scheme</comment>
            <translation>10. Geuite verwachtingen van de baby (bewijs)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>11. Empathic understanding (evidence)</source>
            <comment>scheme</comment>
            <translation>11. Empathisch begrip (bewijs)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>12. Responsive turn taking (evidence)</source>
            <comment>scheme</comment>
            <translation>12. Responsieve beurtwisseling (bewijs)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>13. Baby self-soothing strategies (evidence)</source>
            <comment>scheme</comment>
            <translation>13. Zelfkalmerende strategieën van de baby (bewijs)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>2. Encouraging initiatives</source>
            <comment>scheme</comment>
            <translation>2. Initiatieven aanmoedigen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>2. Eye contact (evidence)</source>
            <comment>scheme</comment>
            <translation>2. Oogcontact (bewijs)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>3. Receiving initiatives</source>
            <comment>scheme</comment>
            <translation>3. Initiatieven ontvangen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>3. Vocalisation (evidence)</source>
            <comment>scheme</comment>
            <translation>3. Vocalisatie (bewijs)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>4. Affective engagement and synchrony (evidence)</source>
            <comment>scheme</comment>
            <translation>4. Affectieve betrokkenheid en synchronie (bewijs)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>4. Developing attuned interactions</source>
            <comment>scheme</comment>
            <translation>4. Afgestemde interactie ontwikkelen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>5. Guiding</source>
            <comment>scheme</comment>
            <translation>5. Begeleiden</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>5. Warmth and affection (evidence)</source>
            <comment>scheme</comment>
            <translation>5. Warmte en genegenheid (bewijs)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>6. Deepening discussion</source>
            <comment>scheme</comment>
            <translation>6. Het gesprek verdiepen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>6. Holding and handling (evidence)</source>
            <comment>scheme</comment>
            <translation>6. Vasthouden en hanteren (bewijs)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>7. Verbal commenting about baby; mind-mindedness (evidence)</source>
            <comment>scheme</comment>
            <translation>7. Verbaal commentaar over de baby; mind-mindedness (bewijs)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>8. Attunement to distress (evidence)</source>
            <comment>scheme</comment>
            <translation>8. Afstemming op onbehagen (distress) (bewijs)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>9. Bodily intrusiveness, looming in (evidence)</source>
            <comment>scheme</comment>
            <translation>9. Lichamelijke intrusiviteit, te dichtbij komen (looming in) (bewijs)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/exercise_view.py" />
            <source>; note: {note}</source>
            <translation>; opmerking: {note}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_view.py" />
            <source>&lt;b&gt;Cannot compare:&lt;/b&gt; {reason}</source>
            <translation>&lt;b&gt;Vergelijken niet mogelijk:&lt;/b&gt; {reason}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/import_dialog.py" />
            <source>&lt;b&gt;Choose what these become:&lt;/b&gt; {names}</source>
            <translation>&lt;b&gt;Kies wat deze worden:&lt;/b&gt; {names}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/review_pack_dialog.py" />
            <source>&lt;b&gt;not recorded&lt;/b&gt;: {reason}</source>
            <translation>&lt;b&gt;niet vastgelegd&lt;/b&gt;: {reason}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/import_dialog.py" />
            <source>&lt;b&gt;Nothing to import as chosen:&lt;/b&gt; {reason}</source>
            <translation>&lt;b&gt;Niets te importeren zoals gekozen:&lt;/b&gt; {reason}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/import_dialog.py" />
            <source>&lt;b&gt;Nothing to import:&lt;/b&gt; tick a tier with annotations.</source>
            <translation>&lt;b&gt;Niets te importeren:&lt;/b&gt; vink een laag met annotaties aan.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Nothing was imported:&lt;/b&gt; {error}</source>
            <translation type="vanished">&lt;b&gt;Er is niets geïmporteerd:&lt;/b&gt; {error}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/import_dialog.py" />
            <source>&lt;b&gt;Nothing was imported:&lt;/b&gt; {reason}</source>
            <translation>&lt;b&gt;Er is niets geïmporteerd:&lt;/b&gt; {reason}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/timeline_voices.py" />
            <source>&lt;b&gt;Suggested: {code}&lt;/b&gt;&lt;br&gt;{start} – {end}&lt;br&gt;confidence {confidence:.2f}&lt;br&gt;click to review it; accept or reject with the keys in the Voices panel</source>
            <translation>&lt;b&gt;Suggestie: {code}&lt;/b&gt;&lt;br&gt;{start} – {end}&lt;br&gt;zekerheid {confidence:.2f}&lt;br&gt;klik om hem te beoordelen; accepteer of wijs af met de toetsen in het paneel Stemmen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/import_dialog.py" />
            <source>&lt;b&gt;These tiers cannot be imported:&lt;/b&gt; {reason}</source>
            <translation>&lt;b&gt;Deze lagen kunnen niet worden geïmporteerd:&lt;/b&gt; {reason}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/import_dialog.py" />
            <source>&lt;b&gt;This file cannot be imported.&lt;/b&gt;</source>
            <translation>&lt;b&gt;Dit bestand kan niet worden geïmporteerd.&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/import_dialog.py" />
            <source>&lt;b&gt;Tick the tiers to import.&lt;/b&gt;</source>
            <translation>&lt;b&gt;Vink de lagen aan die u wilt importeren.&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/timeline_cameras.py" />
            <source>&lt;b&gt;{label}&lt;/b&gt; records {start} – {end} of the session&lt;br&gt;offset {offset:+.3f} s ({how})</source>
            <translation>&lt;b&gt;{label}&lt;/b&gt; neemt {start} – {end} van de sessie op&lt;br&gt;verschuiving {offset:+.3f} s ({how})</translation>
        </message>
        <message numerus="yes">
            <location filename="../../vig_annotator/qt/exercise_view.py" />
            <source>&lt;b&gt;{name}&lt;/b&gt; — pass: {rule} — {passed} of %n trainee(s): {verdict}</source>
            <translation>
                <numerusform>&lt;b&gt;{name}&lt;/b&gt; — geslaagd bij: {rule} — {passed} van %n cursist: {verdict}</numerusform>
                <numerusform>&lt;b&gt;{name}&lt;/b&gt; — geslaagd bij: {rule} — {passed} van %n cursisten: {verdict}</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;{who}&lt;/b&gt; {start} – {end}&lt;br&gt;median pitch {f0:.0f} Hz (threshold {hz:g} Hz)&lt;br&gt;confidence {confidence:.2f}</source>
            <translation type="vanished">&lt;b&gt;{who}&lt;/b&gt; {start} – {end}&lt;br&gt;mediane toonhoogte {f0:.0f} Hz (drempel {hz:g} Hz)&lt;br&gt;zekerheid {confidence:.2f}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/timeline_voices.py" />
            <source>&lt;b&gt;{who}&lt;/b&gt; {start} – {end}&lt;br&gt;median pitch {f0:.0f} Hz, classified whole ({how})&lt;br&gt;confidence {confidence:.2f}</source>
            <translation>&lt;b&gt;{who}&lt;/b&gt; {start} – {end}&lt;br&gt;mediane toonhoogte {f0:.0f} Hz, als geheel ingedeeld ({how})&lt;br&gt;zekerheid {confidence:.2f}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/start_page.py" />
            <source>&lt;h2&gt;vig-annotator&lt;/h2&gt;Code parent–infant interaction video. Nothing leaves this computer.</source>
            <translation>&lt;h2&gt;vig-annotator&lt;/h2&gt;Codeer video's van ouder-kindinteractie. Niets verlaat deze computer.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/timeline_cameras.py" />
            <source>&lt;i&gt;not recording at this time&lt;/i&gt;</source>
            <translation>&lt;i&gt;neemt op dit tijdstip niet op&lt;/i&gt;</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/session_bar.py" />
            <source>[READ-ONLY]</source>
            <translation>[ALLEEN-LEZEN]</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_texts.py" />
            <source>A = {a}, B = {b}</source>
            <translation>A = {a}, B = {b}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_turns.py" />
            <source>A code cannot count for both partners: {codes}</source>
            <translation>Een code kan niet voor beide partners tellen: {codes}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/start_page.py" />
            <source>A copy of the demo project (two coders on a short clip), to try things on</source>
            <translation>Een kopie van het demoproject (twee codeurs bij een korte clip), om mee te oefenen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/project_file_dialogs.py" />
            <source>A file beside the project is not its own</source>
            <translation>Een bestand naast het project hoort er niet bij</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/start_page.py" />
            <source>A project for one or more videos: scheme, case ID, coder, consent</source>
            <translation>Een project voor een of meer video's: codeerschema, casus-ID, codeur, toestemming</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>A pseudonymous case ID — never the family's name</source>
            <translation>Een gepseudonimiseerde casus-ID — nooit de naam van het gezin</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>A pseudonymous case ID — never the family's name or the video's file name. Further clips get -2, -3…</source>
            <translation>Een gepseudonimiseerde casus-ID — nooit de naam van het gezin of de bestandsnaam van de video. Volgende clips krijgen -2, -3…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>A stretch that goes better than usual, for the shared review (usually ≤ 10 s).</source>
            <comment>scheme</comment>
            <translation>Een fragment dat beter gaat dan gewoonlijk, voor de nabespreking (meestal ≤ 10 s).</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/mind_mindedness.json" />
            <source>A vocalisation of the infant; the note may describe it (coo, babble, cry, word).</source>
            <comment>scheme</comment>
            <translation>Een vocalisatie van de baby; de opmerking kan haar beschrijven (koeren, brabbelen, huilen, woord).</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/projects.py" />
            <source>About vig-annotator</source>
            <translation>Over vig-annotator</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/voices_panel.py" />
            <source>Accept</source>
            <translation>Accepteren</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_panel.py" />
            <source>Accept all</source>
            <translation>Alles accepteren</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/voices_panel.py" />
            <source>Accept all in range</source>
            <translation>Alles in bereik accepteren</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Accept all suggestions in &amp;range</source>
            <translation>Alle suggesties in &amp;bereik accepteren</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_edits.py" />
            <source>Accept suggested utterance</source>
            <translation>Voorgestelde uiting accepteren</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_edits.py" />
            <source>Accept suggested utterances</source>
            <translation>Voorgestelde uitingen accepteren</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/voice_suggestions.py" />
            <source>Accept suggestion</source>
            <translation>Suggestie accepteren</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/voice_suggestions.py" />
            <source>Accept {n} suggestions</source>
            <translation>{n} suggesties accepteren</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/voices.py" />
            <source>Accepted {n} suggestions in {start}–{end}</source>
            <translation>{n} suggesties geaccepteerd in {start}–{end}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/voice_suggestions.py" />
            <source>Accepted {n}: {what}</source>
            <translation>{n} geaccepteerd: {what}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Add ca&amp;mera to this clip…</source>
            <translation>Ca&amp;mera aan deze clip toevoegen…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_dialog.py" />
            <source>Add camera</source>
            <translation>Camera toevoegen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_players.py" />
            <source>Add camera…</source>
            <translation>Camera toevoegen…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <location filename="../../vig_annotator/qt/operations/projects.py" />
            <source>Add clips</source>
            <translation>Clips toevoegen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Add clips…</source>
            <translation>Clips toevoegen…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/commands.py" />
            <source>Add moment</source>
            <translation>Moment toevoegen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_panel.py" />
            <source>Add the utterances of an ELAN file or a table (start, end, speaker, text) to this session</source>
            <translation>De uitingen uit een ELAN-bestand of een tabel (begin, einde, spreker, tekst) aan deze sessie toevoegen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/files.py" />
            <source>Added the ethogram of {file} as scheme {scheme}</source>
            <translation>Het ethogram van {file} toegevoegd als codeerschema {scheme}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/timeline_gestures.py" />
            <source>Added {code} {start}–{end}</source>
            <translation>{code} toegevoegd {start}–{end}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_sequences.py" />
            <source>Adjusted residuals</source>
            <translation>Gecorrigeerde residuen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_plots.py" />
            <source>Adjusted residuals z, lag {lag}{gap} (colour −{z:g}…+{z:g})</source>
            <translation>Gecorrigeerde residuen z, lag {lag}{gap} (kleur −{z:g}…+{z:g})</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/timeline_voices.py" />
            <location filename="../../vig_annotator/qt/voices_panel.py" />
            <source>adult</source>
            <translation>volwassene</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/voices_panel.py" />
            <source>Adult code</source>
            <translation>Code volwassene</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/demo.json" />
            <source>Affect</source>
            <comment>scheme</comment>
            <translation>Affect</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>Affective engagement and synchrony</source>
            <comment>scheme</comment>
            <translation>Affectieve betrokkenheid en synchronie</translation>
        </message>
        <message>
            <source>Agreement between {who} on clip {clip} (scheme {scheme}): time-unit Cohen's kappa over {units} units ({unit}) from {start} s to {end} s, tolerance ±{tolerance} unit(s); a unit takes the code covering its midpoint, a point event the unit it falls in; “none”: no code of that group at that unit.</source>
            <translation type="vanished">Overeenstemming tussen {who} in clip {clip} (schema {scheme}): Cohens kappa over tijdseenheden, {units} eenheden ({unit}) van {start} s tot {end} s, tolerantie ±{tolerance} eenhe(i)d(en); een eenheid krijgt de code die haar midden dekt, een puntgebeurtenis de eenheid waarin ze valt; ‘geen’: geen code van die groep in die eenheid.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_texts.py" />
            <source>Agreement between {who} on {clip} (scheme {scheme}): time-unit Cohen's kappa over {units} units ({unit}) from {start} s to {end} s, tolerance ±{tolerance} unit(s); a unit takes the code covering its midpoint, a point event the unit it falls in; “none”: no code of that group at that unit.</source>
            <translation>Overeenstemming tussen {who} voor {clip} (schema {scheme}): Cohens kappa over tijdseenheden, {units} eenheden ({unit}) van {start} s tot {end} s, tolerantie ±{tolerance} eenhe(i)d(en); een eenheid krijgt de code die haar midden dekt, een puntgebeurtenis de eenheid waarin ze valt; ‘geen’: geen code van die groep in die eenheid.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_dialog.py" />
            <source>Align camera</source>
            <translation>Camera uitlijnen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_players.py" />
            <source>Align {label}…</source>
            <translation>{label} uitlijnen…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/timeline_cameras.py" />
            <source>aligned by hand</source>
            <translation>met de hand uitgelijnd</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/timeline_cameras.py" />
            <source>aligned by one event</source>
            <translation>uitgelijnd op één gebeurtenis</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/timeline_cameras.py" />
            <source>aligned from the sound</source>
            <translation>uitgelijnd op het geluid</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/utterance_agreement.py" />
            <source>all speakers</source>
            <translation>alle sprekers</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_turns.py" />
            <source>all {n} sessions</source>
            <translation>alle {n} sessies</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_panel.py" />
            <source>An utterance needs a span: mark its in (I) and move the playhead past it</source>
            <translation>Een uiting heeft een duur nodig: markeer het begin (I) en zet de afspeelpositie erna</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/batch_dialog.py" />
            <source>Analyse</source>
            <translation>Analyseren</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/batch_dialog.py" />
            <source>Analysing the project's clips…</source>
            <translation>De clips van het project worden geanalyseerd…</translation>
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
            <translation>annotaties</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Another camera's video of this interaction, aligned by its sound, a marked event or by hand</source>
            <translation>De video van een andere camera bij deze interactie, uitgelijnd op geluid, een gemarkeerde gebeurtenis of met de hand</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/project_file_dialogs.py" />
            <source>Another program replaced or changed the project file while it was open here, so editing has stopped: nothing more is written, and the file now under that name was left as it is.</source>
            <translation>Een ander programma heeft het projectbestand vervangen of gewijzigd terwijl het hier open was, dus het bewerken is gestopt: er wordt niets meer geschreven, en het bestand dat nu die naam heeft is gelaten zoals het is.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_sequences.py" />
            <source>any time (event lag)</source>
            <translation>willekeurige tijd (lag in gebeurtenissen)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/mind_form.py" />
            <source>Appropriate</source>
            <translation>Passend</translation>
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
            <translation>zoals het bestand aangeeft</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/exercise_view.py" />
            <source>at</source>
            <translation>op</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/language.py" />
            <source>At the next start</source>
            <translation>Bij de volgende start</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>Attunement to distress</source>
            <comment>scheme</comment>
            <translation>Afstemming op onbehagen (distress)</translation>
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
            <translation>Zelfkalmerende strategieën van de baby</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/voices_panel.py" />
            <source>Back to the default weights</source>
            <translation>Terug naar de standaardgewichten</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/batch_dialog.py" />
            <location filename="../../vig_annotator/qt/operations/analysis.py" />
            <source>Batch analysis</source>
            <translation>Batchanalyse</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/batch_dialog.py" />
            <source>Batch analysis failed</source>
            <translation>Batchanalyse mislukt</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/analysis.py" />
            <source>Batch analysis needs Dask, which this installation leaves out: install vig-annotator with pip or pipx to use it.</source>
            <translation>Batchanalyse heeft Dask nodig, dat in deze installatie ontbreekt: installeer vig-annotator met pip of pipx om het te gebruiken.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/exercise_view.py" />
            <source>because</source>
            <translation>omdat</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/import_dialog.py" />
            <source>becomes</source>
            <translation>wordt</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Being attentive</source>
            <comment>scheme</comment>
            <translation>Aandachtig zijn</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/project_file_dialogs.py" />
            <source>Beside {name} there is a “-wal” file that this project did not leave there (a restored backup's, a copy's, or another project's). Opening the project would take its contents in.</source>
            <translation>Naast {name} staat een “-wal”-bestand dat dit project daar niet heeft achtergelaten (van een teruggezette back-up, een kopie of een ander project). Het project openen zou de inhoud ervan overnemen.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>Bodily intrusiveness, looming in</source>
            <comment>scheme</comment>
            <translation>Lichamelijke intrusiviteit, te dichtbij komen (looming in)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/export_formats.py" />
            <source>BORIS project (.boris)</source>
            <translation>BORIS-project (.boris)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/demo.json" />
            <source>broad</source>
            <comment>scheme</comment>
            <translation>breed</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_dialog.py" />
            <source>Browse…</source>
            <translation>Bladeren…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/review_pack_dialog.py" />
            <source>Build pack</source>
            <translation>Pakket maken</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/review_pack_dialog.py" />
            <source>Building…</source>
            <translation>Bezig met maken…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_players.py" />
            <source>Camera file missing: {path}</source>
            <translation>Camerabestand ontbreekt: {path}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_players.py" />
            <source>Camera layout</source>
            <translation>Camera-indeling</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/cameras.py" />
            <source>Camera not added</source>
            <translation>Camera niet toegevoegd</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_dialog.py" />
            <source>Camera's video</source>
            <translation>Video van de camera</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/timeline_cameras.py" />
            <source>Camera: {label}</source>
            <translation>Camera: {label}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_players.py" />
            <source>Cameras</source>
            <translation>Camera's</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_synchrony.py" />
            <location filename="../../vig_annotator/qt/jobs.py" />
            <location filename="../../vig_annotator/qt/operations/files.py" />
            <location filename="../../vig_annotator/qt/reliability_view.py" />
            <location filename="../../vig_annotator/qt/transcript_voices.py" />
            <location filename="../../vig_annotator/qt/voices_panel.py" />
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_voices.py" />
            <source>Cancel ({p:.0%})</source>
            <translation>Annuleren ({p:.0%})</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_dialog.py" />
            <source>Cancel search</source>
            <translation>Zoeken annuleren</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/motion_job.py" />
            <location filename="../../vig_annotator/qt/voice_job.py" />
            <source>Cancelled.</source>
            <translation>Geannuleerd.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/review_pack_dialog.py" />
            <source>Cancelled: nothing was written.</source>
            <translation>Geannuleerd: er is niets geschreven.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/review_pack_dialog.py" />
            <source>Cancelling…</source>
            <translation>Bezig met annuleren…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/player.py" />
            <source>cannot be played</source>
            <translation>kan niet worden afgespeeld</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/projects.py" />
            <source>Cannot open</source>
            <translation>Kan niet openen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/clip_loading.py" />
            <source>Cannot play clip</source>
            <translation>Clip kan niet worden afgespeeld</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/clip_loading.py" />
            <source>Cannot play {path}</source>
            <translation>Kan {path} niet afspelen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/moments_panel.py" />
            <source>Caption</source>
            <translation>Onderschrift</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_edits.py" />
            <source>Caption from transcript</source>
            <translation>Onderschrift uit transcriptie</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_caption.py" />
            <source>Caption taken from the transcript</source>
            <translation>Onderschrift overgenomen uit de transcriptie</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Case ID</source>
            <translation>Casus-ID</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_texts.py" />
            <source>case {case_id}</source>
            <translation>casus {case_id}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_turns.py" />
            <source>case {case} ({n} sessions)</source>
            <translation>casus {case} ({n} sessies)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Check the project for &amp;problems…</source>
            <translation>Project op pro&amp;blemen controleren…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Checking the other understands you</source>
            <comment>scheme</comment>
            <translation>Nagaan of de ander je begrijpt</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/import_dialog.py" />
            <source>Checking {name}…</source>
            <translation>{name} controleren…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/import_dialog.py" />
            <source>Checking {n} event(s)…</source>
            <translation>{n} gebeurtenis(sen) controleren…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Choose a scheme.</source>
            <translation>Kies een codeerschema.</translation>
        </message>
        <message>
            <source>choose an .eaf, .boris, .csv or .xlsx file</source>
            <translation type="vanished">kies een .eaf-, .boris-, .csv- of .xlsx-bestand</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/import_dialog.py" />
            <source>choose an .eaf, .TextGrid, .boris, .csv or .xlsx file</source>
            <translation>kies een .eaf-, .TextGrid-, .boris-, .csv- of .xlsx-bestand</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Choose file…</source>
            <translation>Bestand kiezen…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_dialog.py" />
            <source>Choose the camera's video file first</source>
            <translation>Kies eerst het videobestand van de camera</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Choose where to save the project (a .vigproj file).</source>
            <translation>Kies waar het project wordt opgeslagen (een .vigproj-bestand).</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <location filename="../../vig_annotator/qt/review_pack_dialog.py" />
            <source>Choose…</source>
            <translation>Kiezen…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/voices_panel.py" />
            <source>Classified by: {how}</source>
            <translation>Ingedeeld op: {how}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/utterance_agreement.py" />
            <source>Click a line to play it from a second before</source>
            <translation>Klik op een regel om hem af te spelen vanaf een seconde ervoor</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_view.py" />
            <source>Click a red stretch to play that disagreement from a second before</source>
            <translation>Klik op een rood stuk om die onenigheid vanaf een seconde ervoor af te spelen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/import_dialog.py" />
            <source>Clip</source>
            <translation>Clip</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/exercise_view.py" />
            <source>clip</source>
            <translation>clip</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Clip &amp;details and consent…</source>
            <translation>Clip&amp;gegevens en toestemming…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Clip details — {case}</source>
            <translation>Clipgegevens — {case}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/clip_loading.py" />
            <source>Clip missing: {path}
File ▸ Relink missing clip…</source>
            <translation>Clip ontbreekt: {path}
Bestand ▸ Ontbrekende clip opnieuw koppelen…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Clip not found</source>
            <translation>Clip niet gevonden</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/session_bar.py" />
            <source>clip {case} · coder {coder} · scheme {scheme}</source>
            <translation>clip {case} · codeur {coder} · schema {scheme}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_texts.py" />
            <source>clip {fingerprint}</source>
            <translation>clip {fingerprint}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Clips</source>
            <translation>Clips</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/project_file_dialogs.py" />
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Close the project (every edit is already saved) and show the start page</source>
            <translation>Het project sluiten (elke wijziging is al opgeslagen) en de startpagina tonen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Co-operating — helping each other</source>
            <comment>scheme</comment>
            <translation>Samenwerken — elkaar helpen</translation>
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
            <translation>code (A)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_view.py" />
            <location filename="../../vig_annotator/qt/utterance_agreement.py" />
            <source>code (B)</source>
            <translation>code (B)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/voices_panel.py" />
            <source>Code for {who} vocalisations</source>
            <translation>Code voor vocalisaties van {who}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>code key (e.g. E)</source>
            <comment>keys</comment>
            <translation>codetoets (bijv. E)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_edits.py" />
            <source>Code mind-mindedness</source>
            <translation>Mind-mindedness coderen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/event_pairs.py" />
            <source>code mismatch</source>
            <translation>andere code</translation>
        </message>
        <message>
            <source>Coded files (*.eaf *.boris *.csv *.xlsx)</source>
            <translation type="vanished">Gecodeerde bestanden (*.eaf *.boris *.csv *.xlsx)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/files.py" />
            <source>Coded files (*.eaf *.TextGrid *.boris *.csv *.xlsx)</source>
            <translation>Gecodeerde bestanden (*.eaf *.TextGrid *.boris *.csv *.xlsx)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <location filename="../../vig_annotator/qt/import_dialog.py" />
            <source>Coder</source>
            <translation>Codeur</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/projects.py" />
            <source>Coder initials or pseudonym:</source>
            <translation>Initialen of pseudoniem van de codeur:</translation>
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
            <translation>Codeert de categorie van een uiting, niet of ze klopt: het oordeel van de codeur over de toestand van de baby bepaalt passend of niet-afgestemd.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/utterance_agreement.py" />
            <source>Codes: coder A (rows) by coder B (columns)</source>
            <translation>Codes: codeur A (rijen) tegen codeur B (kolommen)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/projects.py" />
            <source>Coding parent–infant interaction video.
Works offline; sends nothing anywhere. Every edit is saved as you make it.</source>
            <translation>Video's van ouder-kindinteractie coderen.
Werkt offline; verstuurt nergens iets naartoe. Elke wijziging wordt meteen opgeslagen.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/export_formats.py" />
            <source>Codings as a CSV table (.csv)</source>
            <translation>Coderingen als CSV-tabel (.csv)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/export_formats.py" />
            <source>Codings as an Excel workbook (.xlsx)</source>
            <translation>Coderingen als Excel-werkmap (.xlsx)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/export_formats.py" />
            <source>Codings as JSON (.json)</source>
            <translation>Coderingen als JSON (.json)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/export_formats.py" />
            <source>Codings as SRT subtitles (.srt)</source>
            <translation>Coderingen als SRT-ondertitels (.srt)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/export_formats.py" />
            <source>Codings as WebVTT subtitles (.vtt)</source>
            <translation>Coderingen als WebVTT-ondertitels (.vtt)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/mind_mindedness.json" />
            <source>cognition</source>
            <comment>scheme</comment>
            <translation>cognitie</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_view.py" />
            <source>Cohen's kappa: agreement beyond chance (1 = perfect, 0 = chance); undefined when chance agreement is total</source>
            <translation>Cohens kappa: overeenstemming boven kans (1 = perfect, 0 = kans); niet gedefinieerd als de kansovereenstemming volledig is</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Collaborative discussion and problem solving</source>
            <comment>scheme</comment>
            <translation>Samen overleggen en problemen oplossen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/import_dialog.py" />
            <source>comma (1,5 s)</source>
            <translation>komma (1,5 s)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/reliability.py" />
            <source>Compare</source>
            <translation>Vergelijken</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/reliability.py" />
            <source>Compare with</source>
            <translation>Vergelijken met</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_view.py" />
            <source>Comparing…</source>
            <translation>Bezig met vergelijken…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_view.py" />
            <source>Comparison cancelled: change a setting to compare again.</source>
            <translation>Vergelijking geannuleerd: wijzig een instelling om opnieuw te vergelijken.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_contingency.py" />
            <location filename="../../vig_annotator/qt/analysis_sequences.py" />
            <location filename="../../vig_annotator/qt/analysis_turns.py" />
            <source>Compute</source>
            <translation>Berekenen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_synchrony.py" />
            <source>Compute from the first ticked session's clip</source>
            <translation>Berekenen uit de clip van de eerste aangevinkte sessie</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_panel.py" />
            <source>compute something first: there is no table to export</source>
            <translation>bereken eerst iets: er is geen tabel om te exporteren</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_dialog.py" />
            <source>Confidence {c:.2f}: {message}</source>
            <translation>Zekerheid {c:.2f}: {message}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Consent</source>
            <translation>Toestemming</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/review_pack_dialog.py" />
            <source>Consent: {consent}</source>
            <translation>Toestemming: {consent}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Context</source>
            <translation>Context</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_panel.py" />
            <source>Contingency</source>
            <translation>Contingentie</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Contingency, lag-sequential tables and movement synchrony for the project's sessions</source>
            <translation>Contingentie, lag-sequentiële tabellen en bewegingssynchronie voor de sessies van het project</translation>
        </message>
        <message numerus="yes">
            <location filename="../../vig_annotator/qt/timeline.py" />
            <source>Copied %n segment(s)</source>
            <translation>
                <numerusform>%n segment gekopieerd</numerusform>
                <numerusform>%n segmenten gekopieerd</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Copy selected segments / paste them at the playhead</source>
            <translation>Geselecteerde segmenten kopiëren / op de afspeelpositie plakken</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/start_page.py" />
            <source>Could not open {target}: {error}</source>
            <translation>Kon {target} niet openen: {error}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/mind_form.py" />
            <source>Count</source>
            <translation>Aantal</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/mind_form.py" />
            <source>Count, share of the utterances and rate per minute of each code</source>
            <translation>Aantal, aandeel van de uitingen en frequentie per minuut van elke code</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/review_pack_dialog.py" />
            <source>covered ({scopes})</source>
            <translation>gedekt ({scopes})</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Create</source>
            <translation>Maken</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Create a segment (edges snap to frames)</source>
            <translation>Een segment maken (randen klikken vast op frames)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Ctrl+wheel / Shift+wheel, middle-drag</source>
            <comment>keys</comment>
            <translation>Ctrl+wiel / Shift+wiel, slepen met middelste knop</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/import_dialog.py" />
            <source>Decimal mark</source>
            <translation>Decimaalteken</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/clip_loading.py" />
            <source>declared frame rate (not probed)</source>
            <translation>opgegeven framerate (niet gemeten)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Deepening discussion</source>
            <comment>scheme</comment>
            <translation>Het gesprek verdiepen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/voice_suggestions.py" />
            <source>default weights, pitch midpoint {hz:g} Hz</source>
            <translation>standaardgewichten, toonhoogtemidden {hz:g} Hz</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/moments_panel.py" />
            <source>Delete</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Delete by</source>
            <translation>Verwijderen vóór</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/commands.py" />
            <source>Delete moment</source>
            <translation>Moment verwijderen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Delete the selected segments</source>
            <translation>De geselecteerde segmenten verwijderen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/moments_panel.py" />
            <source>Delete this moment</source>
            <translation>Dit moment verwijderen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../vig_annotator/qt/timeline.py" />
            <source>Deleted %n segment(s)</source>
            <translation>
                <numerusform>%n segment verwijderd</numerusform>
                <numerusform>%n segmenten verwijderd</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>demo (to try things)</source>
            <translation>demo (om te oefenen)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/demo.json" />
            <source>Demo total</source>
            <comment>scheme</comment>
            <translation>Demototaal</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/demo.json" />
            <source>Demo: gaze, voice, smile, touch</source>
            <comment>scheme</comment>
            <translation>Demo: blik, stem, lach, aanraking</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/mind_mindedness.json" />
            <source>desire</source>
            <comment>scheme</comment>
            <translation>verlangen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_panel.py" />
            <source>Detect vocalisations in the clip's sound and offer them as empty utterances to accept or reject (nothing is added until you accept)</source>
            <translation>Vocalisaties in het geluid van de clip opsporen en als lege uitingen aanbieden om te accepteren of af te wijzen (er wordt niets toegevoegd tot je accepteert)</translation>
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
            <translation>Afgestemde interactie ontwikkelen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Direct care</source>
            <translation>Directe zorg</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/project_file_dialogs.py" />
            <source>Do not open</source>
            <translation>Niet openen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Does</source>
            <translation>Functie</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/review_pack_dialog.py" />
            <source>Done: {page}</source>
            <translation>Klaar: {page}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/exercise_view.py" />
            <source>Double-click a timed disagreement to play it from a second before</source>
            <translation>Dubbelklik op een getimede onenigheid om die vanaf een seconde ervoor af te spelen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Drag an edge / a body</source>
            <comment>keys</comment>
            <translation>Een rand / het midden slepen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Drag in an empty row</source>
            <comment>keys</comment>
            <translation>Slepen in een lege rij</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/regions_editor.py" />
            <source>Draw infant</source>
            <translation>Baby tekenen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/regions_editor.py" />
            <source>Draw parent</source>
            <translation>Ouder tekenen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_panel.py" />
            <source>Drop the chosen suggested utterance</source>
            <translation>De gekozen voorgestelde uiting laten vallen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/segment_list.py" />
            <source>Duration</source>
            <translation>Duur</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/demo.json" />
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>dyad</source>
            <comment>scheme</comment>
            <translation>dyade</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_dialog.py" />
            <source>e.g. infant, parent, side</source>
            <translation>bijv. baby, ouder, zijkant</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/exercise_view.py" />
            <source>e.g. PIIOS certification 2027</source>
            <translation>bijv. PIIOS-certificering 2027</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/moments_panel.py" />
            <source>Earlier in the review</source>
            <translation>Eerder in de nabespreking</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/moments_panel.py" />
            <source>Edit caption</source>
            <translation>Onderschrift bewerken</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/projects.py" />
            <source>Edit clip details</source>
            <translation>Clipgegevens bewerken</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/segment_list.py" />
            <source>Edit end</source>
            <translation>Einde bewerken</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/segment_list.py" />
            <source>Edit modifiers</source>
            <translation>Modifiers bewerken</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/moments_panel.py" />
            <source>Edit moment</source>
            <translation>Moment bewerken</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/segment_list.py" />
            <source>Edit note</source>
            <translation>Opmerking bewerken</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/moments_panel.py" />
            <source>Edit notes</source>
            <translation>Notities bewerken</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/moments_panel.py" />
            <source>Edit questions</source>
            <translation>Vragen bewerken</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/segment_list.py" />
            <source>Edit start</source>
            <translation>Begin bewerken</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/export_formats.py" />
            <source>ELAN, a tier per code (.eaf)</source>
            <translation>ELAN, een laag per code (.eaf)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/export_formats.py" />
            <source>ELAN, a tier per code group (.eaf)</source>
            <translation>ELAN, een laag per codegroep (.eaf)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/mind_mindedness.json" />
            <source>emotion</source>
            <comment>scheme</comment>
            <translation>emotie</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>Empathic understanding</source>
            <comment>scheme</comment>
            <translation>Empathisch begrip</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Encouraging initiatives</source>
            <comment>scheme</comment>
            <translation>Initiatieven aanmoedigen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/segment_list.py" />
            <source>End</source>
            <translation>Einde</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/segment_list.py" />
            <source>End frame</source>
            <translation>Eindframe</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>End of clip</source>
            <translation>Einde van de clip</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/live_coding.py" />
            <source>End open segments</source>
            <translation>Open segmenten beëindigen</translation>
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
            <translation>Met plezier naar de ander kijken</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/mind_mindedness.json" />
            <source>epistemic</source>
            <comment>scheme</comment>
            <translation>epistemisch</translation>
        </message>
        <message>
            <source>Event-based agreement between {who} on clip {clip} (scheme {scheme}): events paired by onset within {ms} ms, the same code first, then the closest onsets; nil = an event the other coder has no partner for.</source>
            <translation type="vanished">Overeenstemming per gebeurtenis tussen {who} in clip {clip} (schema {scheme}): gebeurtenissen gekoppeld op begin binnen {ms} ms, eerst dezelfde code, dan het dichtstbijzijnde begin; nil = een gebeurtenis waarvoor de andere codeur geen partner heeft.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_texts.py" />
            <source>Event-based agreement between {who} on {clip} (scheme {scheme}): events paired by onset within {ms} ms, the same code first, then the closest onsets; nil = an event the other coder has no partner for.</source>
            <translation>Overeenstemming per gebeurtenis tussen {who} voor {clip} (schema {scheme}): gebeurtenissen gekoppeld op begin binnen {ms} ms, eerst dezelfde code, dan het dichtstbijzijnde begin; nil = een gebeurtenis waarvoor de andere codeur geen partner heeft.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/import_dialog.py" />
            <source>events</source>
            <translation>gebeurtenissen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_view.py" />
            <source>events (by onset)</source>
            <translation>gebeurtenissen (op begintijd)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/project_file_dialogs.py" />
            <source>Every edit saved in this window is kept in a copy:
{path}

Open the copy to carry on, or compare it with the new file.</source>
            <translation>Elke bewerking die in dit venster is opgeslagen, staat in een kopie:
{path}

Open de kopie om verder te werken, of vergelijk haar met het nieuwe bestand.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>Evidence for PIIOS item 1. Template: type your own description from your licensed manual.</source>
            <comment>scheme</comment>
            <translation>Bewijs voor PIIOS-item 1. Sjabloon: typ je eigen beschrijving uit je gelicentieerde handleiding.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>Evidence for PIIOS item 10. Template: type your own description from your licensed manual.</source>
            <comment>scheme</comment>
            <translation>Bewijs voor PIIOS-item 10. Sjabloon: typ je eigen beschrijving uit je gelicentieerde handleiding.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>Evidence for PIIOS item 11. Template: type your own description from your licensed manual.</source>
            <comment>scheme</comment>
            <translation>Bewijs voor PIIOS-item 11. Sjabloon: typ je eigen beschrijving uit je gelicentieerde handleiding.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>Evidence for PIIOS item 12. Template: type your own description from your licensed manual.</source>
            <comment>scheme</comment>
            <translation>Bewijs voor PIIOS-item 12. Sjabloon: typ je eigen beschrijving uit je gelicentieerde handleiding.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>Evidence for PIIOS item 13. Template: type your own description from your licensed manual.</source>
            <comment>scheme</comment>
            <translation>Bewijs voor PIIOS-item 13. Sjabloon: typ je eigen beschrijving uit je gelicentieerde handleiding.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>Evidence for PIIOS item 2. Template: type your own description from your licensed manual.</source>
            <comment>scheme</comment>
            <translation>Bewijs voor PIIOS-item 2. Sjabloon: typ je eigen beschrijving uit je gelicentieerde handleiding.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>Evidence for PIIOS item 3. Template: type your own description from your licensed manual.</source>
            <comment>scheme</comment>
            <translation>Bewijs voor PIIOS-item 3. Sjabloon: typ je eigen beschrijving uit je gelicentieerde handleiding.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>Evidence for PIIOS item 4. Template: type your own description from your licensed manual.</source>
            <comment>scheme</comment>
            <translation>Bewijs voor PIIOS-item 4. Sjabloon: typ je eigen beschrijving uit je gelicentieerde handleiding.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>Evidence for PIIOS item 5. Template: type your own description from your licensed manual.</source>
            <comment>scheme</comment>
            <translation>Bewijs voor PIIOS-item 5. Sjabloon: typ je eigen beschrijving uit je gelicentieerde handleiding.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>Evidence for PIIOS item 6. Template: type your own description from your licensed manual.</source>
            <comment>scheme</comment>
            <translation>Bewijs voor PIIOS-item 6. Sjabloon: typ je eigen beschrijving uit je gelicentieerde handleiding.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>Evidence for PIIOS item 7. Template: type your own description from your licensed manual.</source>
            <comment>scheme</comment>
            <translation>Bewijs voor PIIOS-item 7. Sjabloon: typ je eigen beschrijving uit je gelicentieerde handleiding.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>Evidence for PIIOS item 8. Template: type your own description from your licensed manual.</source>
            <comment>scheme</comment>
            <translation>Bewijs voor PIIOS-item 8. Sjabloon: typ je eigen beschrijving uit je gelicentieerde handleiding.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>Evidence for PIIOS item 9. Template: type your own description from your licensed manual.</source>
            <comment>scheme</comment>
            <translation>Bewijs voor PIIOS-item 9. Sjabloon: typ je eigen beschrijving uit je gelicentieerde handleiding.</translation>
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
            <translation>Oefening niet gemaakt</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/reliability.py" />
            <source>Exercise scores</source>
            <translation>Oefeningsscores</translation>
        </message>
        <message numerus="yes">
            <location filename="../../vig_annotator/qt/operations/reliability.py" />
            <source>Exercise {name}: %n gold session(s); pass: {rule}</source>
            <translation>
                <numerusform>Oefening {name}: %n referentiesessie; geslaagd bij: {rule}</numerusform>
                <numerusform>Oefening {name}: %n referentiesessies; geslaagd bij: {rule}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/reliability.py" />
            <source>Exercise:</source>
            <translation>Oefening:</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_panel.py" />
            <source>Export</source>
            <translation>Exporteren</translation>
        </message>
        <message>
            <source>Export anyway, with no line in the project's export log?</source>
            <translation type="vanished">Toch exporteren, zonder regel in het exportlogboek van het project?</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/exercise_view.py" />
            <source>Export exercise report</source>
            <translation>Oefeningsrapport exporteren</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/files.py" />
            <location filename="../../vig_annotator/qt/transcript_files.py" />
            <source>Export failed</source>
            <translation>Exporteren mislukt</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_panel.py" />
            <source>Export plot</source>
            <translation>Grafiek exporteren</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_panel.py" />
            <source>Export plot…</source>
            <translation>Grafiek exporteren…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_view.py" />
            <source>Export reliability report</source>
            <translation>Betrouwbaarheidsrapport exporteren</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_view.py" />
            <source>Export report…</source>
            <translation>Rapport exporteren…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_panel.py" />
            <source>Export table</source>
            <translation>Tabel exporteren</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_panel.py" />
            <source>Export table…</source>
            <translation>Tabel exporteren…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_files.py" />
            <source>Export transcript</source>
            <translation>Transcriptie exporteren</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/files.py" />
            <source>Export without a record?</source>
            <translation>Exporteren zonder vastlegging?</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/exercise_view.py" />
            <source>Export XLSX…</source>
            <translation>XLSX exporteren…</translation>
        </message>
        <message>
            <source>Export {fmt}</source>
            <translation type="vanished">{fmt} exporteren</translation>
        </message>
        <message>
            <source>Export {format}</source>
            <translation type="vanished">{format} exporteren</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/files.py" />
            <source>Export: {format}</source>
            <translation>Exporteren: {format}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/files.py" />
            <source>Exported {files}</source>
            <translation>Geëxporteerd: {files}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_files.py" />
            <source>Exported {names}</source>
            <translation>Geëxporteerd: {names}</translation>
        </message>
        <message>
            <source>Exporting {name}…</source>
            <translation type="vanished">{name} exporteren…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_panel.py" />
            <source>Export…</source>
            <translation>Exporteren…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>Expressed expectations of baby</source>
            <comment>scheme</comment>
            <translation>Geuite verwachtingen van de baby</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Extending, building on the other's response</source>
            <comment>scheme</comment>
            <translation>Uitbreiden, voortbouwen op de reactie van de ander</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/demo.json" />
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>Eye contact</source>
            <comment>scheme</comment>
            <translation>Oogcontact</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>F1 or ?</source>
            <comment>keys</comment>
            <translation>F1 of ?</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/event_pairs.py" />
            <source>false alarm (only B)</source>
            <translation>vals alarm (alleen B)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Faster</source>
            <translation>Sneller</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/exercise_view.py" />
            <source>figure</source>
            <translation>waarde</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/mind_form.py" />
            <source>Figures</source>
            <translation>Cijfers</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/exercise_view.py" />
            <source>file</source>
            <translation>bestand</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Find &amp;voices…</source>
            <translation>&amp;Stemmen zoeken…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_dialog.py" />
            <source>Find from sound</source>
            <translation>Zoeken op geluid</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_panel.py" />
            <location filename="../../vig_annotator/qt/transcript_voices.py" />
            <location filename="../../vig_annotator/qt/voices_panel.py" />
            <source>Find voices</source>
            <translation>Stemmen zoeken</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_players.py" />
            <source>Find {label}'s file…</source>
            <translation>Bestand van {label} zoeken…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/voice_suggestions.py" />
            <source>Finding voices in {path}…</source>
            <translation>Stemmen zoeken in {path}…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Follow the computer's language (applies when vig-annotator starts again)</source>
            <translation>De taal van de computer volgen (geldt na het opnieuw starten van vig-annotator)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/voices_panel.py" />
            <source>Forget examples</source>
            <translation>Voorbeelden vergeten</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/analysis/saved_voices.py" />
            <source>Forget voice examples</source>
            <translation>Stemvoorbeelden vergeten</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_dialog.py" />
            <source>Found from sound, confidence {c:.2f}</source>
            <translation>Gevonden op geluid, zekerheid {c:.2f}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_dialog.py" />
            <source>Found from sound: {offset:+.3f} s, confidence {c:.2f}. Check a clap or a quick movement, nudge if needed, then OK.</source>
            <translation>Gevonden op geluid: {offset:+.3f} s, zekerheid {c:.2f}. Controleer een klap of een snelle beweging, schuif bij zo nodig en klik dan op OK.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/cameras.py" />
            <source>Found {label} at {path}</source>
            <translation>{label} gevonden in {path}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/cameras.py" />
            <source>Found {label} at {path} (same content)</source>
            <translation>{label} gevonden in {path} (zelfde inhoud)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Frame back</source>
            <translation>Frame terug</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Frame forward</source>
            <translation>Frame vooruit</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_view.py" />
            <source>frame units</source>
            <translation>eenheden van één frame</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transport.py" />
            <source>frame {frame} / {last}   of {duration}</source>
            <translation>frame {frame} / {last}   van {duration}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_dialog.py" />
            <source>frame ▶</source>
            <translation>frame ▶</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/timeline_layout.py" />
            <source>Frames</source>
            <translation>Frames</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/timeline_tips.py" />
            <source>frames {first}–{last}</source>
            <translation>frames {first}–{last}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>From file…</source>
            <translation>Uit bestand…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/moments_panel.py" />
            <source>From transcript…</source>
            <translation>Uit transcriptie…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/timeline_voices.py" />
            <source>from your examples ({n})</source>
            <translation>op uw voorbeelden ({n})</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/demo.json" />
            <source>Gaze</source>
            <comment>scheme</comment>
            <translation>Blik</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/demo.json" />
            <source>gentle</source>
            <comment>scheme</comment>
            <translation>zacht</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Give a case ID (a pseudonym).</source>
            <translation>Geef een casus-ID (een pseudoniem).</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Give the coder's initials or a pseudonym.</source>
            <translation>Geef de initialen of een pseudoniem van de codeur.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/reliability.py" />
            <source>Give the exercise a name.</source>
            <translation>Geef de oefening een naam.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_forms.py" />
            <source>give two regions, e.g. parent=0,0,640,720; infant=640,0,640,720</source>
            <translation>geef twee gebieden, bijv. parent=0,0,640,720; infant=640,0,640,720</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_plots.py" />
            <source>given</source>
            <translation>gegeven</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_contingency.py" />
            <source>Given (cue)</source>
            <translation>Gegeven (aanleiding)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Giving and taking short turns</source>
            <comment>scheme</comment>
            <translation>Korte beurten geven en nemen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Giving information when needed</source>
            <comment>scheme</comment>
            <translation>Informatie geven wanneer nodig</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Giving time and space for the other</source>
            <comment>scheme</comment>
            <translation>De ander tijd en ruimte geven</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Go to</source>
            <translation>Ga naar</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Go to a timecode or frame number</source>
            <translation>Naar een tijdcode of framenummer gaan</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/exercise_view.py" />
            <source>gold</source>
            <translation>referentie</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/exercise_view.py" />
            <source>gold rationale</source>
            <translation>onderbouwing referentie</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/exercise_view.py" />
            <source>Gold-standard sessions
(one per clip):</source>
            <translation>Referentiesessies
(één per clip):</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/event_pairs.py" />
            <source>Green: paired, same code · orange: paired, other code · red: no partner. Click an event to play it from a second before.</source>
            <translation>Groen: gekoppeld, zelfde code · oranje: gekoppeld, andere code · rood: geen partner. Klik op een gebeurtenis om die vanaf een seconde ervoor af te spelen.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_players.py" />
            <source>Grid</source>
            <translation>Raster</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_view.py" />
            <source>group / code</source>
            <translation>groep / code</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/mind_mindedness.json" />
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>guider</source>
            <comment>scheme</comment>
            <translation>begeleider</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/mind_mindedness.json" />
            <source>Guider utterance</source>
            <comment>scheme</comment>
            <translation>Uiting van de begeleider</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/moments_panel.py" />
            <source>Guider's own notes (only in the supervision pack)</source>
            <translation>Eigen notities van de begeleider (alleen in het supervisiepakket)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Guiding</source>
            <comment>scheme</comment>
            <translation>Begeleiden</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Having fun</source>
            <comment>scheme</comment>
            <translation>Samen plezier hebben</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/demo.json" />
            <source>High</source>
            <comment>scheme</comment>
            <translation>Hoog</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>Holding and handling</source>
            <comment>scheme</comment>
            <translation>Vasthouden en hanteren</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/utterance_agreement.py" />
            <source>How much of the shorter utterance two must share to be paired (0: any)</source>
            <translation>Hoeveel van de kortste uiting twee uitingen moeten delen om gekoppeld te worden (0: elke overlap)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/moments_panel.py" />
            <source>I / O mark a moment's in and out at the playhead; or drag on the moments row.</source>
            <translation>I / O markeren begin en einde van een moment op de afspeelpositie; of sleep in de momentenrij.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/import_dialog.py" />
            <location filename="../../vig_annotator/qt/operations/files.py" />
            <source>Import</source>
            <translation>Importeren</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/files.py" />
            <source>Import not recorded</source>
            <translation>Import niet vastgelegd</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_files.py" />
            <source>Import transcript</source>
            <translation>Transcriptie importeren</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/import_dialog.py" />
            <source>Import {name}</source>
            <translation>{name} importeren</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/files.py" />
            <source>Imported {file} as session {session}</source>
            <translation>{file} geïmporteerd als sessie {session}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_files.py" />
            <source>Imported {n} utterances from {name}</source>
            <translation>{n} uitingen geïmporteerd uit {name}</translation>
        </message>
        <message numerus="yes">
            <source>Importing %n event(s)…</source>
            <translation type="vanished">
                <numerusform>%n gebeurtenis importeren…</numerusform>
                <numerusform>%n gebeurtenissen importeren…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_panel.py" />
            <source>Import…</source>
            <translation>Importeren…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/import_dialog.py" />
            <source>in the file</source>
            <translation>in het bestand</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/timeline_layout.py" />
            <location filename="../../vig_annotator/qt/timeline_voices.py" />
            <location filename="../../vig_annotator/qt/voices_panel.py" />
            <source>infant</source>
            <translation>baby</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/demo.json" />
            <location filename="../../vig_annotator/schemes/builtin/mind_mindedness.json" />
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>infant</source>
            <comment>scheme</comment>
            <translation>baby</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Infant age at recording</source>
            <translation>Leeftijd van de baby bij opname</translation>
        </message>
        <message>
            <source>Infant at or above</source>
            <translation type="vanished">Baby vanaf</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/voices_panel.py" />
            <source>Infant code</source>
            <translation>Code baby</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/demo.json" />
            <source>Infant gaze</source>
            <comment>scheme</comment>
            <translation>Blik van de baby</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/demo.json" />
            <source>Infant looks at parent</source>
            <comment>scheme</comment>
            <translation>Baby kijkt naar ouder</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/demo.json" />
            <source>Infant looks away</source>
            <comment>scheme</comment>
            <translation>Baby kijkt weg</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>Infant positioning</source>
            <comment>scheme</comment>
            <translation>Positionering van de baby</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/demo.json" />
            <source>Infant smile</source>
            <comment>scheme</comment>
            <translation>Baby lacht</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/demo.json" />
            <location filename="../../vig_annotator/schemes/builtin/mind_mindedness.json" />
            <source>Infant vocalisation</source>
            <comment>scheme</comment>
            <translation>Vocalisatie van de baby</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_turns.py" />
            <source>Infant vocalisation codes</source>
            <translation>Vocalisatiecodes van de baby</translation>
        </message>
        <message>
            <source>infant ≥ {hz:g} Hz</source>
            <translation type="vanished">baby ≥ {hz:g} Hz</translation>
        </message>
        <message>
            <source>Infant/adult threshold</source>
            <translation type="vanished">Grens baby/volwassene</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>initials or pseudonym — not a full name</source>
            <translation>initialen of pseudoniem — geen volledige naam</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/demo.json" />
            <source>intensity</source>
            <comment>scheme</comment>
            <translation>intensiteit</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Investigating the intentions behind words</source>
            <comment>scheme</comment>
            <translation>De bedoelingen achter woorden onderzoeken</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/exercise_view.py" />
            <source>item / group</source>
            <translation>item / groep</translation>
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
            <translation>Inschatten hoeveel steun nodig is</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_view.py" />
            <source>kappa</source>
            <translation>kappa</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_view.py" />
            <source>kappa max</source>
            <translation>kappa max</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/analysis/saved_motion.py" />
            <source>Keep motion energy</source>
            <translation>Bewegingsenergie bewaren</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/analysis/saved_voices.py" />
            <source>Keep voice pitch</source>
            <translation>Toonhoogte van de stem bewaren</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Key</source>
            <translation>Toets</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/moments_panel.py" />
            <source>Key frame</source>
            <translation>Sleutelbeeld</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Keyboard shortcuts</source>
            <translation>Sneltoetsen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/voices_panel.py" />
            <source>Keys: F6 next, Shift+F6 previous, F7 accept, F8 reject, Shift+F7 accept all in the loop or the selected segments' span. Suggestions are hatched until accepted.</source>
            <translation>Toetsen: F6 volgende, Shift+F6 vorige, F7 accepteren, F8 afwijzen, Shift+F7 alles accepteren in de lus of het bereik van de geselecteerde segmenten. Suggesties zijn gearceerd tot ze geaccepteerd zijn.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_dialog.py" />
            <source>Label:</source>
            <translation>Label:</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_sequences.py" />
            <source>Lag (events)</source>
            <translation>Lag (gebeurtenissen)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_plots.py" />
            <source>lag (positive: {name} leads)</source>
            <translation>lag (positief: {name} leidt)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_synchrony.py" />
            <source>Lag profile</source>
            <translation>Lagprofiel</translation>
        </message>
        <message>
            <source>Lag profile: peak r {r:.3f} at {lag:+.3f} s</source>
            <translation type="vanished">Lagprofiel: piek r {r:.3f} bij {lag:+.3f} s</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_plots.py" />
            <source>Lag profile: peak r {r} at {lag} s</source>
            <translation>Lagprofiel: piek r {r} bij {lag} s</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/language.py" />
            <source>Language</source>
            <translation>Taal</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_turns.py" />
            <source>Largest gap for a turn (s)</source>
            <translation>Grootste pauze voor een beurt (s)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_synchrony.py" />
            <source>Largest lag (s)</source>
            <translation>Grootste lag (s)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_contingency.py" />
            <source>Latency</source>
            <translation>Latentie</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_plots.py" />
            <source>latency after {code} onset</source>
            <translation>latentie na begin van {code}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_plots.py" />
            <source>Latency of {target} after {given} (window {w0:g}–{w1:g} s)</source>
            <translation>Latentie van {target} na {given} (venster {w0:g}–{w1:g} s)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/moments_panel.py" />
            <source>Later in the review</source>
            <translation>Later in de nabespreking</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_players.py" />
            <source>Layout:</source>
            <translation>Indeling:</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/voice_suggestions.py" />
            <source>learnt from your examples ({n})</source>
            <translation>geleerd van uw voorbeelden ({n})</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/ratings_panel.py" />
            <source>Link</source>
            <translation>Koppelen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/ratings_panel.py" />
            <source>Link evidence to item {n}</source>
            <translation>Bewijs koppelen aan item {n}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/ratings_panel.py" />
            <source>Link the selected segments as evidence for this item</source>
            <translation>De geselecteerde segmenten als bewijs aan dit item koppelen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../vig_annotator/qt/ratings_panel.py" />
            <source>Linked %n segment(s) to item {item}</source>
            <translation>
                <numerusform>%n segment gekoppeld aan item {item}</numerusform>
                <numerusform>%n segmenten gekoppeld aan item {item}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>List anything in the project that breaks a rule (overlaps, values, times), to repair it</source>
            <translation>Alles in het project tonen dat een regel overtreedt (overlappingen, waarden, tijden), om het te herstellen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Listening actively</source>
            <comment>scheme</comment>
            <translation>Actief luisteren</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_dialog.py" />
            <source>Listening to both sound tracks…</source>
            <translation>Beide geluidssporen beluisteren…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_players.py" />
            <source>Loading {label}…</source>
            <translation>{label} laden…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/io/export.py" />
            <source>Log export</source>
            <translation>Export vastleggen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Looking for initiatives</source>
            <comment>scheme</comment>
            <translation>Zoeken naar initiatieven</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Looking interested with friendly posture</source>
            <comment>scheme</comment>
            <translation>Geïnteresseerd kijken met een vriendelijke houding</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_panel.py" />
            <source>Loop</source>
            <translation>Herhalen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/voices.py" />
            <source>Loop a stretch (Ctrl+L) or select segments first: their range is accepted</source>
            <translation>Herhaal eerst een stuk (Ctrl+L) of selecteer segmenten: hun bereik wordt geaccepteerd</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Loop the selected segment or moment</source>
            <translation>Het geselecteerde segment of moment herhalen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/moments_panel.py" />
            <source>Loop this moment</source>
            <translation>Dit moment herhalen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/transport.py" />
            <source>Looping {start}–{end} (Play ▸ Stop looping)</source>
            <translation>Herhalen {start}–{end} (Afspelen ▸ Herhalen stoppen)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/demo.json" />
            <source>Low</source>
            <comment>scheme</comment>
            <translation>Laag</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Mark a VIG moment's in / out at the playhead</source>
            <translation>Begin / einde van een VIG-moment markeren op de afspeelpositie</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/voices_panel.py" />
            <source>Mark the suggestion under review as an example of this voice: the others are classified again from your examples (they stay suggestions)</source>
            <translation>Markeer de voorgestelde vocalisatie als voorbeeld van deze stem: de andere worden opnieuw ingedeeld op uw voorbeelden (ze blijven voorstellen)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/analysis/saved_voices.py" />
            <source>Mark voice as infant</source>
            <translation>Stem markeren als baby</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/analysis/saved_voices.py" />
            <source>Mark voice as parent</source>
            <translation>Stem markeren als ouder</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/event_pairs.py" />
            <source>match</source>
            <translation>overeenkomst</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_plots.py" />
            <source>mean r</source>
            <translation>gemiddelde r</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/mind_mindedness.json" />
            <source>mental_state</source>
            <comment>scheme</comment>
            <translation>mentale toestand</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/demo.json" />
            <source>Middle</source>
            <comment>scheme</comment>
            <translation>Midden</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/mind_form.py" />
            <location filename="../../vig_annotator/qt/transcript_panel.py" />
            <source>Mind-mindedness</source>
            <translation>Mind-mindedness</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_panel.py" />
            <source>Mind-mindedness of this utterance (Meins et al.)</source>
            <translation>Mind-mindedness van deze uiting (Meins e.a.)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/mind_mindedness.json" />
            <source>mind_mindedness</source>
            <comment>scheme</comment>
            <translation>mind-mindedness</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/event_pairs.py" />
            <source>miss (only A)</source>
            <translation>gemist (alleen A)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/segment_list.py" />
            <source>Modifiers</source>
            <translation>Modifiers</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Moment in</source>
            <translation>Begin moment</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/coding.py" />
            <source>Moment in at {time}; press O at its end</source>
            <translation>Begin moment op {time}; druk op O aan het einde</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Moment out</source>
            <translation>Einde moment</translation>
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
            <translation>Momenten</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Moments</source>
            <comment>scheme</comment>
            <translation>Momenten</translation>
        </message>
        <message>
            <source>Moments shown in a review are usually 10 seconds or less</source>
            <translation type="vanished">Momenten in een nabespreking duren meestal 10 seconden of minder</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/moments_panel.py" />
            <source>Moments shown in a review are usually {seconds} seconds or less</source>
            <translation>Momenten in een nabespreking duren meestal {seconds} seconden of minder</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/batch_dialog.py" />
            <source>Motion energy of the regions saved for each clip</source>
            <translation>Bewegingsenergie van de per clip opgeslagen gebieden</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/timeline_layout.py" />
            <source>Motion: {name}</source>
            <translation>Beweging: {name}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../vig_annotator/qt/timeline_gestures.py" />
            <source>Moved %n segment(s) by {seconds:+.3f} s</source>
            <translation>
                <numerusform>%n segment {seconds:+.3f} s verschoven</numerusform>
                <numerusform>%n segmenten {seconds:+.3f} s verschoven</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/coding_panel.py" />
            <source>Mutually exclusive group: {group}</source>
            <translation>Elkaar uitsluitende groep: {group}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/ratings_panel.py" />
            <source>n/o</source>
            <comment>not observable</comment>
            <translation>n.w.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/exercise_view.py" />
            <source>Name:</source>
            <translation>Naam:</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Naming difference of opinion</source>
            <comment>scheme</comment>
            <translation>Verschil van mening benoemen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Naming positively what you see, think or feel</source>
            <comment>scheme</comment>
            <translation>Positief benoemen wat je ziet, denkt of voelt</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Nederlands</source>
            <translation>Nederlands</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/utterance_agreement.py" />
            <source>Neither session has utterances to compare: transcribe them in the Transcript panel first.</source>
            <translation>Geen van beide sessies heeft uitingen om te vergelijken: transcribeer ze eerst in het transcriptiepaneel.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>New &amp;session…</source>
            <translation>Nieuwe &amp;sessie…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/exercise_view.py" />
            <source>New exercise</source>
            <translation>Nieuwe oefening</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/review_pack_dialog.py" />
            <source>New folder</source>
            <translation>Nieuwe map</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <location filename="../../vig_annotator/qt/operations/projects.py" />
            <source>New project</source>
            <translation>Nieuw project</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/start_page.py" />
            <source>New project…</source>
            <translation>Nieuw project…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/projects.py" />
            <source>New session</source>
            <translation>Nieuwe sessie</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_edits.py" />
            <location filename="../../vig_annotator/qt/transcript_panel.py" />
            <source>New utterance</source>
            <translation>Nieuwe uiting</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Next moment</source>
            <translation>Volgend moment</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/voices_panel.py" />
            <source>Next ▶</source>
            <translation>Volgende ▶</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/ratings_panel.py" />
            <source>no band</source>
            <translation>geen band</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/video_view.py" />
            <source>No clip</source>
            <translation>Geen clip</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>No concerns</source>
            <comment>scheme</comment>
            <translation>Geen zorgen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>No file with the same content was found.</source>
            <translation>Er is geen bestand met dezelfde inhoud gevonden.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/projects.py" />
            <source>No new session</source>
            <translation>Geen nieuwe sessie</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/reliability.py" />
            <source>No other session codes this clip with the same scheme.</source>
            <translation>Geen andere sessie codeert deze clip met hetzelfde schema.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/projects.py" />
            <source>No project made</source>
            <translation>Geen project gemaakt</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/start_page.py" />
            <source>No recent projects yet.</source>
            <translation>Nog geen recente projecten.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/coding_panel.py" />
            <source>No session</source>
            <translation>Geen sessie</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/session_bar.py" />
            <source>no session</source>
            <translation>geen sessie</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/voices.py" />
            <source>No suggestion left to review</source>
            <translation>Geen suggestie meer om te beoordelen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/voices_panel.py" />
            <source>No suggestion to review</source>
            <translation>Geen suggestie om te beoordelen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_caption.py" />
            <source>No transcribed utterance overlaps this moment (Analysis ▸ Transcript)</source>
            <translation>Geen getranscribeerde uiting overlapt dit moment (Analyse ▸ Transcriptie)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/voice_suggestions.py" />
            <source>No voices found yet.</source>
            <translation>Nog geen stemmen gevonden.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/mind_form.py" />
            <source>Non-attuned</source>
            <translation>Niet-afgestemd</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/mind_mindedness.json" />
            <source>non_attuned</source>
            <comment>scheme</comment>
            <translation>niet afgestemd</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_players.py" />
            <source>none</source>
            <translation>geen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/projects.py" />
            <source>Not added</source>
            <translation>Niet toegevoegd</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/review_pack_dialog.py" />
            <source>Not built: {reason}</source>
            <translation>Niet gemaakt: {reason}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/main_window.py" />
            <source>Not done: {reason}</source>
            <translation>Niet uitgevoerd: {reason}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/mind_form.py" />
            <source>Not mind-related</source>
            <translation>Niet mentaal gericht</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Not now</source>
            <translation>Niet nu</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/ratings_panel.py" />
            <source>Not observable in this clip</source>
            <translation>Niet waarneembaar in deze clip</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>not recorded</source>
            <translation>niet vastgelegd</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/cameras.py" />
            <location filename="../../vig_annotator/qt/operations/projects.py" />
            <source>Not relinked</source>
            <translation>Niet opnieuw gekoppeld</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/team.py" />
            <source>Not saved</source>
            <translation>Niet opgeslagen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/team.py" />
            <source>Not saved to the server</source>
            <translation>Niet op de server opgeslagen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/workspace.py" />
            <source>not saved: {error}; the project is as it was before this edit</source>
            <translation>niet opgeslagen: {error}; het project is zoals het vóór deze wijziging was</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/reliability.py" />
            <source>Not scored</source>
            <translation>Niet gescoord</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Not the same clip</source>
            <translation>Niet dezelfde clip</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/mind_mindedness.json" />
            <source>not_mind_related</source>
            <comment>scheme</comment>
            <translation>niet op de geest gericht</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/segment_list.py" />
            <source>Note</source>
            <translation>Opmerking</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/ratings_panel.py" />
            <source>note</source>
            <translation>opmerking</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/ratings_panel.py" />
            <source>Note on item {n}</source>
            <translation>Opmerking bij item {n}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_texts.py" />
            <location filename="../../vig_annotator/qt/exercise_view.py" />
            <source>Note: {note}</source>
            <translation>Opmerking: {note}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/moments_panel.py" />
            <source>Notes</source>
            <translation>Notities</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/projects.py" />
            <source>Nothing in this project breaks a rule.</source>
            <translation>Niets in dit project overtreedt een regel.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/import_dialog.py" />
            <source>Observation</source>
            <translation>Observatie</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Offering choices that the other can understand</source>
            <comment>scheme</comment>
            <translation>Keuzes bieden die de ander kan begrijpen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transport.py" />
            <source>One frame back (Left)</source>
            <translation>Eén frame terug (Links)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>One frame back / forward (the true neighbouring frame)</source>
            <translation>Eén frame terug / vooruit (het werkelijke buurframe)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transport.py" />
            <source>One frame forward (Right)</source>
            <translation>Eén frame vooruit (Rechts)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>One second back / forward</source>
            <translation>Eén seconde terug / vooruit</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/review_pack_dialog.py" />
            <source>only if consent is missing: why (logged in the project)</source>
            <translation>alleen als toestemming ontbreekt: waarom (wordt vastgelegd in het project)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_sequences.py" />
            <source>Only pairs within (s)</source>
            <translation>Alleen paren binnen (s)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Only the video and the timeline; again to bring the panels back</source>
            <translation>Alleen de video en de tijdlijn; nog eens om de panelen terug te halen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_view.py" />
            <source>onset (A)</source>
            <translation>begin (A)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_view.py" />
            <source>onset (B)</source>
            <translation>begin (B)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_view.py" />
            <source>onsets within ±</source>
            <translation>begintijden binnen ±</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/recent_projects.py" />
            <source>Open &amp;recent</source>
            <translation>&amp;Recent geopend</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Open &amp;team project…</source>
            <translation>&amp;Teamproject openen…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Open a project on your lab's PostgreSQL server (postgresql://HOST/DATABASE?project=NAME)</source>
            <translation>Een project openen op de PostgreSQL-server van je onderzoeksgroep (postgresql://HOST/DATABASE?project=NAME)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/cameras.py" />
            <source>Open a session first: a camera is added to its clip</source>
            <translation>Open eerst een sessie: een camera wordt aan haar clip toegevoegd</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/voice_suggestions.py" />
            <source>Open a session first: its clip's sound is analysed.</source>
            <translation>Open eerst een sessie: het geluid van haar clip wordt geanalyseerd.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/main_window.py" />
            <source>Open it read-only to view?</source>
            <translation>Alleen-lezen openen om te bekijken?</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/review_pack_dialog.py" />
            <source>Open page</source>
            <translation>Pagina openen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/projects.py" />
            <source>Open project</source>
            <translation>Project openen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/start_page.py" />
            <source>Open project…</source>
            <translation>Project openen…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/main_window.py" />
            <source>Open read-only?</source>
            <translation>Alleen-lezen openen?</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/team.py" />
            <source>Open team project</source>
            <translation>Teamproject openen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Open the &amp;demo project</source>
            <translation>Het &amp;demoproject openen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/start_page.py" />
            <source>Open the demo</source>
            <translation>De demo openen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/project_file_dialogs.py" />
            <source>Open the kept copy</source>
            <translation>De bewaarde kopie openen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../vig_annotator/qt/clip_loading.py" />
            <source>Opened {case}: %n frames, {timing}</source>
            <translation>
                <numerusform>{case} geopend: %n frame, {timing}</numerusform>
                <numerusform>{case} geopend: %n frames, {timing}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_panel.py" />
            <source>Over the selected segments, or from the moment in-mark (I) to the playhead, or two seconds from the playhead</source>
            <translation>Over de geselecteerde segmenten, of van de beginmarkering (I) tot de afspeelpositie, of twee seconden vanaf de afspeelpositie</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/utterance_agreement.py" />
            <source>overlap ≥ </source>
            <translation>overlap ≥ </translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/review_pack_dialog.py" />
            <source>Override</source>
            <translation>Overschrijven</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/review_pack_dialog.py" />
            <source>Pack for</source>
            <translation>Pakket voor</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/reliability.py" />
            <source>Package not written</source>
            <translation>Pakket niet geschreven</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/timeline_layout.py" />
            <source>parent</source>
            <translation>ouder</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/demo.json" />
            <location filename="../../vig_annotator/schemes/builtin/mind_mindedness.json" />
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>parent</source>
            <comment>scheme</comment>
            <translation>ouder</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/demo.json" />
            <source>Parent and baby look at each other.</source>
            <comment>scheme</comment>
            <translation>Ouder en baby kijken elkaar aan.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/demo.json" />
            <source>Parent touch</source>
            <comment>scheme</comment>
            <translation>Aanraking door ouder</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/mind_mindedness.json" />
            <source>Parent utterance</source>
            <comment>scheme</comment>
            <translation>Uiting van de ouder</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/demo.json" />
            <source>Parent vocalisation</source>
            <comment>scheme</comment>
            <translation>Vocalisatie van de ouder</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_turns.py" />
            <source>Parent vocalisation codes</source>
            <translation>Vocalisatiecodes van de ouder</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/regions_editor.py" />
            <source>parent=X,Y,W,H; infant=X,Y,W,H (pixels of the upright picture)</source>
            <translation>parent=X,Y,W,H; infant=X,Y,W,H (pixels van het rechtopstaande beeld)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>Parent–Infant Interaction Observation Scale (PIIOS)</source>
            <comment>scheme</comment>
            <translation>Parent–Infant Interaction Observation Scale (PIIOS; observatieschaal ouder-baby-interactie)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/tier_list.py" />
            <source>participant</source>
            <translation>deelnemer</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/exercise_view.py" />
            <source>Pass when:</source>
            <translation>Geslaagd als:</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/projects.py" />
            <source>Past delete-by date</source>
            <translation>Verwijderdatum verstreken</translation>
        </message>
        <message numerus="yes">
            <location filename="../../vig_annotator/qt/timeline.py" />
            <source>Pasted %n segment(s) at {time}</source>
            <translation>
                <numerusform>%n segment geplakt op {time}</numerusform>
                <numerusform>%n segmenten geplakt op {time}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/demo.json" />
            <source>pat</source>
            <comment>scheme</comment>
            <translation>klopje</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_plots.py" />
            <source>peak lag (share of max lag)</source>
            <translation>piek-lag (deel van de max. lag)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_plots.py" />
            <source>peak r</source>
            <translation>piek r</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/mind_form.py" />
            <source>Per min</source>
            <translation>Per min</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>PIIOS evidence</source>
            <comment>scheme</comment>
            <translation>PIIOS-bewijs</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>PIIOS total</source>
            <comment>scheme</comment>
            <translation>PIIOS-totaal</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/timeline_layout.py" />
            <source>Pitch (F0, 0–800 Hz)</source>
            <translation>Toonhoogte (F0, 0–800 Hz)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/voices_panel.py" />
            <source>Pitch midpoint</source>
            <translation>Toonhoogtemidden</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/voices_panel.py" />
            <source>Pitch midpoint between adult and infant</source>
            <translation>Toonhoogtemidden tussen volwassene en baby</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/timeline_voices.py" />
            <source>pitch midpoint {hz:g} Hz</source>
            <translation>toonhoogtemidden {hz:g} Hz</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Play / pause</source>
            <translation>Afspelen / pauzeren</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transport.py" />
            <source>Play / pause (Space)</source>
            <translation>Afspelen / pauzeren (Spatie)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_panel.py" />
            <source>Play the current utterance over and over while you type</source>
            <translation>De huidige uiting steeds opnieuw afspelen terwijl je typt</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transport.py" />
            <source>Playback speed (pitch kept where the backend allows)</source>
            <translation>Afspeelsnelheid (toonhoogte behouden waar de backend dat toelaat)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/shuttle.py" />
            <source>Playing at {rate:g}×</source>
            <translation>Afspelen op {rate:g}×</translation>
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
            <translation>punt</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/import_dialog.py" />
            <source>point (1.5 s)</source>
            <translation>punt (1.5 s)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/tier_list.py" />
            <source>points</source>
            <translation>punten</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transport.py" />
            <source>Position</source>
            <translation>Positie</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transport.py" />
            <source>Position: timecode (HH:MM:SS.mmm), frame-timecode and true frame number (0-based, from the clip's timestamp table)</source>
            <translation>Positie: tijdcode (HH:MM:SS.mmm), frame-tijdcode en werkelijk framenummer (vanaf 0, uit de tijdstempeltabel van de clip)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/export_formats.py" />
            <source>Praat TextGrid (.TextGrid)</source>
            <translation>Praat-TextGrid (.TextGrid)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/coding.py" />
            <source>Press I at the moment's start first (out must come after in)</source>
            <translation>Druk eerst op I bij het begin van het moment (einde moet na begin komen)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_view.py" />
            <source>prevalence</source>
            <translation>prevalentie</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/tier_list.py" />
            <source>preview</source>
            <translation>voorbeeld</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Previous / next VIG moment</source>
            <translation>Vorig / volgend VIG-moment</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Previous moment</source>
            <translation>Vorig moment</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_players.py" />
            <source>primary</source>
            <translation>hoofdcamera</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Principles 1–4 are used on the parent–infant film; 5–6 mostly on the guider's own review film.</source>
            <comment>scheme</comment>
            <translation>Principes 1–4 worden gebruikt bij de ouder-babyfilm; 5–6 vooral bij de eigen nabesprekingsfilm van de begeleider.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Principles of attuned interaction</source>
            <comment>scheme</comment>
            <translation>Principes van afgestemde interactie</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/projects.py" />
            <source>Problems</source>
            <translation>Problemen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Project file</source>
            <translation>Projectbestand</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/projects.py" />
            <source>Project in a synced folder</source>
            <translation>Project in een gesynchroniseerde map</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Providing help when needed</source>
            <comment>scheme</comment>
            <translation>Hulp bieden wanneer nodig</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/projects.py" />
            <source>Pseudonym not set</source>
            <translation>Pseudoniem niet ingesteld</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Put every panel back where it started</source>
            <translation>Elk paneel terugzetten op de beginplaats</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/demo.json" />
            <source>quality</source>
            <comment>scheme</comment>
            <translation>kwaliteit</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/moments_panel.py" />
            <source>Questions</source>
            <translation>Vragen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/moments_panel.py" />
            <source>Questions to ask the parent in the review</source>
            <translation>Vragen voor de ouder in de nabespreking</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/ratings_panel.py" />
            <source>Rate item {n}</source>
            <translation>Item {n} scoren</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/main_window.py" />
            <source>Ratings</source>
            <translation>Scores</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Re&amp;link missing clip…</source>
            <translation>Ontbrekende clip opnieuw &amp;koppelen…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Reaching new shared understandings</source>
            <comment>scheme</comment>
            <translation>Tot nieuw gedeeld begrip komen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Reaction &amp;lag…</source>
            <translation>&amp;Reactievertraging…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/projects.py" />
            <source>Reaction lag</source>
            <translation>Reactievertraging</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/timeline_paint.py" />
            <source>reading the sound track…</source>
            <translation>geluidsspoor lezen…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/files.py" />
            <source>Reading {file} ({size:.0f} MB)…</source>
            <translation>{file} lezen ({size:.0f} MB)…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/main_window.py" />
            <source>Ready</source>
            <translation>Gereed</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Receiving and then responding</source>
            <comment>scheme</comment>
            <translation>Ontvangen en dan reageren</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Receiving initiatives</source>
            <comment>scheme</comment>
            <translation>Initiatieven ontvangen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Receiving what the other is saying or doing with words</source>
            <comment>scheme</comment>
            <translation>Met woorden ontvangen wat de ander zegt of doet</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Receiving with body language</source>
            <comment>scheme</comment>
            <translation>Ontvangen met lichaamstaal</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/start_page.py" />
            <source>Recent projects</source>
            <translation>Recente projecten</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/start_page.py" />
            <source>Recent projects (double-click or Enter to open):</source>
            <translation>Recente projecten (dubbelklik of Enter om te openen):</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_forms.py" />
            <source>region {part}: expected NAME=X,Y,W,H in pixels</source>
            <translation>gebied {part}: verwacht NAAM=X,Y,W,H in pixels</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_synchrony.py" />
            <source>Regions</source>
            <translation>Gebieden</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/region_picture.py" />
            <source>Regions on the picture</source>
            <translation>Gebieden op het beeld</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_panel.py" />
            <location filename="../../vig_annotator/qt/voices_panel.py" />
            <source>Reject</source>
            <translation>Afwijzen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/analysis/rejected_voices.py" />
            <source>Reject suggestion</source>
            <translation>Suggestie afwijzen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/reliability.py" />
            <source>Reliability</source>
            <translation>Betrouwbaarheid</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_players.py" />
            <source>Remove {label}</source>
            <translation>{label} verwijderen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/commands.py" />
            <source>Reorder moments</source>
            <translation>Momenten herschikken</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Repeating or using the other's words or sounds</source>
            <comment>scheme</comment>
            <translation>De woorden of klanken van de ander herhalen of gebruiken</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/exercise_view.py" />
            <source>Report not written</source>
            <translation>Rapport niet geschreven</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Research</source>
            <translation>Onderzoek</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Resize / move (Shift: snap to other segments' edges)</source>
            <translation>Formaat wijzigen / verplaatsen (Shift: vastklikken op randen van andere segmenten)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/timeline_gestures.py" />
            <source>Resize segment</source>
            <translation>Segmentgrootte wijzigen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/timeline_gestures.py" />
            <source>Resized to {start}–{end}</source>
            <translation>Gewijzigd naar {start}–{end}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_turns.py" />
            <source>Response latency</source>
            <translation>Reactielatentie</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_turns.py" />
            <source>response latency (onset after the partner's offset)</source>
            <translation>reactielatentie (begin na het einde van de partner)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>Responsive turn taking</source>
            <comment>scheme</comment>
            <translation>Responsieve beurtwisseling</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/exercise_view.py" />
            <location filename="../../vig_annotator/qt/reliability_view.py" />
            <source>result</source>
            <translation>resultaat</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/team.py" />
            <source>Retry</source>
            <translation>Opnieuw proberen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/reliability.py" />
            <source>Returned trainee packages</source>
            <translation>Teruggestuurde cursistpakketten</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Returning eye contact, smiling, nodding in response</source>
            <comment>scheme</comment>
            <translation>Oogcontact beantwoorden, glimlachen, knikken als reactie</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Review &amp;pack…</source>
            <translation>Nabesprekings&amp;pakket…</translation>
        </message>
        <message>
            <source>running</source>
            <translation type="vanished">loopt</translation>
        </message>
        <message>
            <source>running {seconds}</source>
            <translation type="vanished">loopt {seconds}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/segment_list.py" />
            <source>running…</source>
            <translation>loopt…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_contingency.py" />
            <source>s after the cue's onset</source>
            <translation>s na het begin van de aanleiding</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_dialog.py" />
            <source>Same event in the primary at:</source>
            <translation>Zelfde gebeurtenis in de hoofdcamera op:</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Save &amp;still of this frame…</source>
            <translation>Still van dit &amp;frame opslaan…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/regions_editor.py" />
            <source>Save regions for this clip</source>
            <translation>Gebieden voor deze clip opslaan</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/team.py" />
            <source>Save session to a file</source>
            <translation>Sessie in een bestand opslaan</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/team.py" />
            <source>Save session to a file…</source>
            <translation>Sessie in een bestand opslaan…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/files.py" />
            <source>Save still</source>
            <translation>Still opslaan</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/files.py" />
            <source>Saved frame {frame} to {file}</source>
            <translation>Frame {frame} opgeslagen in {file}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/team.py" />
            <source>Saved the session to {path}; push it to the server when it is back</source>
            <translation>Sessie opgeslagen in {path}; zet haar op de server zodra die terug is</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Scaffolding</source>
            <comment>scheme</comment>
            <translation>Scaffolding (steigeren)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <location filename="../../vig_annotator/qt/import_dialog.py" />
            <source>Scheme</source>
            <translation>Codeerschema</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Scheme (*.json)</source>
            <translation>Codeerschema (*.json)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Scheme file</source>
            <translation>Schemabestand</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/projects.py" />
            <source>Scheme:</source>
            <translation>Codeerschema:</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/reliability.py" />
            <source>Score trainees</source>
            <translation>Cursisten scoren</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/ratings_panel.py" />
            <source>score {value}</source>
            <translation>score {value}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Search</source>
            <translation>Zoeken</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_dialog.py" />
            <source>Search cancelled</source>
            <translation>Zoeken geannuleerd</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Search near the project for the same file (by content), or choose it.</source>
            <translation>Zoek in de buurt van het project naar hetzelfde bestand (op inhoud), of kies het zelf.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_panel.py" />
            <source>Search the transcript</source>
            <translation>In de transcriptie zoeken</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Second back</source>
            <translation>Seconde terug</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Second forward</source>
            <translation>Seconde vooruit</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/reliability.py" />
            <source>Second session:</source>
            <translation>Tweede sessie:</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/main_window.py" />
            <location filename="../../vig_annotator/qt/segment_list.py" />
            <source>Segments</source>
            <translation>Segmenten</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/ratings_panel.py" />
            <source>Select segments on the timeline first</source>
            <translation>Selecteer eerst segmenten op de tijdlijn</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_panel.py" />
            <source>Sequences</source>
            <translation>Sequenties</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/session_bar.py" />
            <source>Session</source>
            <translation>Sessie</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_panel.py" />
            <source>Sessions (pooled when several)</source>
            <translation>Sessies (samengevoegd als het er meerdere zijn)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_dialog.py" />
            <source>Set by hand</source>
            <translation>Met de hand instellen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_dialog.py" />
            <source>Set from an event marked in both</source>
            <translation>Instellen op een gebeurtenis die in beide is gemarkeerd</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/project_file_dialogs.py" />
            <source>Set it aside and open</source>
            <translation>Opzijzetten en openen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/moments_panel.py" />
            <source>Set key frame</source>
            <translation>Sleutelbeeld instellen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/coding.py" />
            <source>Set modifiers</source>
            <translation>Modifiers instellen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_dialog.py" />
            <source>Set offset from this event</source>
            <translation>Verschuiving vanaf deze gebeurtenis instellen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/analysis/saved_motion.py" />
            <source>Set regions</source>
            <translation>Gebieden instellen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/analysis/saved_voices.py" />
            <source>Set voice threshold</source>
            <translation>Stemgrens instellen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/mind_form.py" />
            <source>Share</source>
            <translation>Aandeel</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_view.py" />
            <source>share of units with this code, averaged over the two coders</source>
            <translation>aandeel eenheden met deze code, gemiddeld over de twee codeurs</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/review_pack_dialog.py" />
            <source>Shared review with the parent</source>
            <translation>Nabespreking met de ouder</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/review_pack_dialog.py" />
            <source>Shared-review pack</source>
            <translation>Nabesprekingspakket</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Sharing viewpoints</source>
            <comment>scheme</comment>
            <translation>Standpunten delen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/projects.py" />
            <source>Shift key presses back by (ms):</source>
            <translation>Toetsaanslagen terugschuiven met (ms):</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Shift key-press times back by your reaction time</source>
            <translation>Tijden van toetsaanslagen terugschuiven met je reactietijd</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_dialog.py" />
            <source>Show</source>
            <translation>Tonen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/regions_editor.py" />
            <source>Show the picture</source>
            <translation>Beeld tonen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/region_picture.py" />
            <source>Show the picture to draw regions on it</source>
            <translation>Toon het beeld om er gebieden op te tekenen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_players.py" />
            <source>Show {label}</source>
            <translation>{label} tonen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Showing emotional warmth through intonation</source>
            <comment>scheme</comment>
            <translation>Emotionele warmte tonen via intonatie</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Showing you have noticed the initiative</source>
            <comment>scheme</comment>
            <translation>Laten zien dat je het initiatief hebt opgemerkt</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Shuttle backwards</source>
            <translation>Shuttle achteruit</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Shuttle forwards</source>
            <translation>Shuttle vooruit</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Shuttle stop</source>
            <translation>Shuttle stop</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Shuttle: step backwards (repeat: faster) / pause / play forwards (repeat: faster)</source>
            <translation>Shuttle: achteruit stappen (herhalen: sneller) / pauze / vooruit afspelen (herhalen: sneller)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_players.py" />
            <source>Side by side</source>
            <translation>Naast elkaar</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>Significant concerns</source>
            <comment>scheme</comment>
            <translation>Aanzienlijke zorgen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/demo.json" />
            <source>slight</source>
            <comment>scheme</comment>
            <translation>licht</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Slower</source>
            <translation>Langzamer</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/projects.py" />
            <source>Some clips were not added</source>
            <translation>Sommige clips zijn niet toegevoegd</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>Some concerns</source>
            <comment>scheme</comment>
            <translation>Enige zorgen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/mind_mindedness.json" />
            <source>Something the parent said, as one utterance; its note holds the words.</source>
            <comment>scheme</comment>
            <translation>Iets wat de ouder zei, als één uiting; de opmerking bevat de woorden.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/mind_mindedness.json" />
            <source>Something the VIG guider said; speaking for the baby is coded here too.</source>
            <comment>scheme</comment>
            <translation>Iets wat de VIG-begeleider zei; de baby een stem geven wordt ook hier gecodeerd.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/timeline_layout.py" />
            <source>Sound</source>
            <translation>Geluid</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_players.py" />
            <source>Sound from</source>
            <translation>Geluid van</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_players.py" />
            <source>Sound from:</source>
            <translation>Geluid van:</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_panel.py" />
            <source>Speaker</source>
            <translation>Spreker</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/utterance_agreement.py" />
            <source>speaker</source>
            <translation>spreker</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/moments_panel.py" />
            <source>Speaking for the baby: “When you wait, I can tell you…”</source>
            <translation>De baby een stem geven: “Als jij wacht, kan ik je vertellen…”</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/mind_mindedness.json" />
            <source>speaking_for_infant</source>
            <comment>scheme</comment>
            <translation>spreken voor de baby</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_players.py" />
            <source>Stacked</source>
            <translation>Onder elkaar</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/segment_list.py" />
            <source>Start</source>
            <translation>Begin</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/utterance_agreement.py" />
            <source>start</source>
            <translation>begin</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Start / end of the clip</source>
            <translation>Begin / einde van de clip</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/segment_list.py" />
            <source>Start frame</source>
            <translation>Beginframe</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Start of clip</source>
            <translation>Begin van de clip</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_dialog.py" />
            <source>Starts at (session time):</source>
            <translation>Begint op (sessietijd):</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/coding_panel.py" />
            <source>state</source>
            <translation>toestand</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>State code: start at the frame on screen; again (or inside one of its segments): end. Point code: mark it</source>
            <translation>Toestandscode: begin bij het frame op het scherm; nogmaals (of binnen een van zijn segmenten): einde. Puntcode: markeren</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/shuttle.py" />
            <source>Stepping backwards ({speed}×); K stops</source>
            <translation>Achteruit stappen ({speed}×); K stopt</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/segment_list.py" />
            <source>Still being coded: press the code's key again to end it</source>
            <translation>Wordt nog gecodeerd: druk nogmaals op de toets van de code om hem te beëindigen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/files.py" />
            <source>Still not saved</source>
            <translation>Still niet opgeslagen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/review_pack_dialog.py" />
            <source>Stills and excerpts show the clip's cameras side by side</source>
            <translation>Stills en fragmenten tonen de camera's van de clip naast elkaar</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Stop looping</source>
            <translation>Herhalen stoppen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_view.py" />
            <source>Stop waiting for this comparison (change a setting to compare again)</source>
            <translation>Niet langer wachten op deze vergelijking (wijzig een instelling om opnieuw te vergelijken)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/demo.json" />
            <source>stroke</source>
            <comment>scheme</comment>
            <translation>aai</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>sub_items</source>
            <comment>scheme</comment>
            <translation>onderdelen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/voices.py" />
            <source>Suggestion: {code} {start}–{end} (accept / reject / next)</source>
            <translation>Suggestie: {code} {start}–{end} (accepteren / afwijzen / volgende)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Supervision</source>
            <translation>Supervisie</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/review_pack_dialog.py" />
            <source>Supervision (adds my notes)</source>
            <translation>Supervisie (met mijn notities)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Supporting goal setting</source>
            <comment>scheme</comment>
            <translation>Ondersteunen bij het stellen van doelen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/language.py" />
            <source>Switch now</source>
            <translation>Nu wisselen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/language.py" />
            <source>Switch now? The window reopens in the new language, on the same project and session.</source>
            <translation>Nu wisselen? Het venster opent opnieuw in de nieuwe taal, met hetzelfde project en dezelfde sessie.</translation>
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
            <translation>Synchronie (piek r)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_synchrony.py" />
            <source>Synchrony over time</source>
            <translation>Synchronie in de tijd</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_plots.py" />
            <source>Synchrony over time: windows of {w:g} s, lags ±{lag:g} s</source>
            <translation>Synchronie in de tijd: vensters van {w:g} s, lags ±{lag:g} s</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/moments_panel.py" />
            <source>Tag moment</source>
            <translation>Moment labelen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/moments_panel.py" />
            <source>Take the caption from an utterance that overlaps this moment</source>
            <translation>Het onderschrift overnemen uit een uiting die dit moment overlapt</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_plots.py" />
            <source>target (follows), numbered as the given codes</source>
            <translation>doel (volgt), genummerd als de gegeven codes</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_contingency.py" />
            <source>Target (response)</source>
            <translation>Doel (reactie)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>Template — check item names, values and bands against your PIIOS manual before use.</source>
            <comment>scheme</comment>
            <translation>Sjabloon — controleer itemnamen, waarden en banden vóór gebruik met je PIIOS-handleiding.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Template — sub-items may be abridged; edit to match your VIG training.</source>
            <comment>scheme</comment>
            <translation>Sjabloon — subitems kunnen ingekort zijn; pas ze aan je VIG-opleiding aan.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_panel.py" />
            <source>Text</source>
            <translation>Tekst</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_view.py" />
            <source>Text (*.txt);;JSON (*.json)</source>
            <translation>Tekst (*.txt);;JSON (*.json)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/moments_panel.py" />
            <source>Text is saved as you type.</source>
            <translation>Tekst wordt opgeslagen terwijl je typt.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/reliability.py" />
            <source>That clip is not in this project</source>
            <translation>Die clip zit niet in dit project</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>that is past the end of the clip</source>
            <translation>dat ligt na het einde van de clip</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>The case ID is the video's file name: use a pseudonym (packs carry the case ID).</source>
            <translation>De casus-ID is de bestandsnaam van de video: gebruik een pseudoniem (pakketten bevatten de casus-ID).</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>the clip has frames 0–{last}</source>
            <translation>de clip heeft frames 0–{last}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>The clip {case} is not at
{path}</source>
            <translation>De clip {case} staat niet op
{path}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_voices.py" />
            <source>The clip's file is missing: relink it to find voices</source>
            <translation>Het bestand van de clip ontbreekt: koppel het opnieuw om stemmen te zoeken</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/app.py" />
            <source>the demo project</source>
            <translation>het demoproject</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/project_file_dialogs.py" />
            <source>The edits saved in this window could not be copied to a new file; keep this window open and export the sessions you need.</source>
            <translation>De bewerkingen die in dit venster zijn opgeslagen, konden niet naar een nieuw bestand worden gekopieerd; houd dit venster open en exporteer de sessies die u nodig hebt.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/segment_list.py" />
            <source>the end ({end}) would come before the start ({start})</source>
            <translation>het einde ({end}) zou vóór het begin ({start}) liggen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/moments_panel.py" />
            <source>The key frame must lie inside the moment</source>
            <translation>Het sleutelbeeld moet binnen het moment liggen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_view.py" />
            <source>the largest kappa the two coders' own code frequencies allow</source>
            <translation>de grootste kappa die de codefrequenties van de twee codeurs toelaten</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/language.py" />
            <source>The new language applies when vig-annotator starts again.</source>
            <translation>De nieuwe taal geldt zodra vig-annotator opnieuw start.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/project_file_dialogs.py" />
            <source>The project can be opened as it is on disk, with that file renamed and kept beside it (nothing is deleted). Nothing has been changed so far.</source>
            <translation>Het project kan worden geopend zoals het op schijf staat, met dat bestand hernoemd en ernaast bewaard (er wordt niets verwijderd). Er is tot nu toe niets gewijzigd.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/project_file_dialogs.py" />
            <source>The project file was replaced</source>
            <translation>Het projectbestand is vervangen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/files.py" />
            <source>The project has no file to export from.</source>
            <translation>Het project heeft geen bestand om uit te exporteren.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/voice_suggestions.py" />
            <source>The project is read-only: the voices cannot be kept in it.</source>
            <translation>Het project is alleen-lezen: de stemmen kunnen er niet in worden bewaard.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/projects.py" />
            <source>The project is unchanged for these.</source>
            <translation>Het project is voor deze ongewijzigd.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/clip_loading.py" />
            <source>The project is unchanged.</source>
            <translation>Het project is ongewijzigd.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/team.py" />
            <source>The project on your lab's PostgreSQL server:
postgresql://HOST/DATABASE?project=NAME
(your password is read from ~/.pgpass or PGPASSWORD, never stored)</source>
            <translation>Het project op de PostgreSQL-server van je onderzoeksgroep:
postgresql://HOST/DATABASE?project=NAME
(je wachtwoord wordt gelezen uit ~/.pgpass of PGPASSWORD en nooit opgeslagen)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/utterance_agreement.py" />
            <source>The scheme {scheme} {version} has no transcript codes, so these sessions have no utterances to compare. Code utterances with a scheme that has a transcript tier (such as “Transcript and mind-mindedness”).</source>
            <translation>Het schema {scheme} {version} heeft geen transcriptiecodes, dus deze sessies hebben geen uitingen om te vergelijken. Codeer uitingen met een schema dat een transcriptielaag heeft (zoals “Transcript and mind-mindedness”).</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/projects.py" />
            <source>These clips are past their delete-by date: {clips}.
Delete the footage and its codings as your data-protection policy requires.</source>
            <translation>De verwijderdatum van deze clips is verstreken: {clips}.
Verwijder de beelden en hun coderingen zoals je privacybeleid voorschrijft.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_dialog.py" />
            <source>This camera at the event time</source>
            <translation>Deze camera op het tijdstip van de gebeurtenis</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/cameras.py" />
            <source>This clip already has {n} cameras, the most there can be</source>
            <translation>Deze clip heeft al {n} camera's, het maximum</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/projects.py" />
            <source>This is a training exercise. Your pseudonym or initials (not your full name), so your trainer can tell your return apart:</source>
            <translation>Dit is een oefening. Je pseudoniem of initialen (niet je volledige naam), zodat je opleider jouw inzending kan herkennen:</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/voices_panel.py" />
            <source>This is the infant</source>
            <translation>Dit is de baby</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/voices_panel.py" />
            <source>This is the parent</source>
            <translation>Dit is de ouder</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>This list</source>
            <translation>Deze lijst</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/reliability.py" />
            <source>This project has no exercise yet: make one with Reliability ▸ New exercise from gold sessions….</source>
            <translation>Dit project heeft nog geen oefening: maak er een via Betrouwbaarheid ▸ Nieuwe oefening uit referentiesessies….</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/projects.py" />
            <source>This project needs repair</source>
            <translation>Dit project moet worden hersteld</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/ratings_panel.py" />
            <source>This session's scheme has no rated items.</source>
            <translation>Het schema van deze sessie heeft geen te scoren items.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_panel.py" />
            <source>This session's scheme has no transcript codes: start a session with the mind-mindedness scheme to transcribe</source>
            <translation>Het schema van deze sessie heeft geen transcriptiecodes: start een sessie met het mind-mindednessschema om te transcriberen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/exercise_view.py" />
            <source>Threshold N:</source>
            <translation>Drempel N:</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_synchrony.py" />
            <source>Tick a session whose clip the regions belong to.</source>
            <translation>Vink een sessie aan bij wiens clip de gebieden horen.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_synchrony.py" />
            <source>Tick a session whose clip to show.</source>
            <translation>Vink een sessie aan waarvan de clip getoond moet worden.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_contingency.py" />
            <source>Tick at least one session with codes.</source>
            <translation>Vink ten minste één sessie met codes aan.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_turns.py" />
            <source>Tick at least one session.</source>
            <translation>Vink ten minste één sessie aan.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_turns.py" />
            <source>Tick at least one vocalisation code for the parent and one for the infant.</source>
            <translation>Vink ten minste één vocalisatiecode voor de ouder en één voor de baby aan.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/tier_list.py" />
            <source>tier</source>
            <translation>laag</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_files.py" />
            <source>Tiers left out</source>
            <translation>Weggelaten lagen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/import_dialog.py" />
            <source>Tiers to import (hover over an unticked tier to see why it is left out):</source>
            <translation>Te importeren lagen (wijs een niet-aangevinkte laag aan om te zien waarom die wordt weggelaten):</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/moments_panel.py" />
            <location filename="../../vig_annotator/qt/transcript_panel.py" />
            <source>Time</source>
            <translation>Tijd</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/timeline_paint.py" />
            <source>time</source>
            <translation>tijd</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/timeline_paint.py" />
            <source>time (frame ticks when zoomed in)</source>
            <translation>tijd (framestreepjes bij inzoomen)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Time or frame</source>
            <translation>Tijd of frame</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_contingency.py" />
            <source>Time shifts (p-value)</source>
            <translation>Tijdverschuivingen (p-waarde)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_view.py" />
            <source>time units</source>
            <translation>tijdseenheden</translation>
        </message>
        <message>
            <source>Time units: each unit labelled by both coders. Events: each event paired with the other coder's nearest onset within the window</source>
            <translation type="vanished">Tijdseenheden: elke eenheid door beide codeurs gelabeld. Gebeurtenissen: elke gebeurtenis gekoppeld aan de dichtstbijzijnde begintijd van de andere codeur binnen het venster</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_view.py" />
            <source>Time units: each unit labelled by both coders. Events: each event paired with the other coder's nearest onset within the window. Utterances: the transcripts' utterances paired by span, kappa on their mind-mindedness codes</source>
            <translation>Tijdseenheden: elke eenheid door beide codeurs gelabeld. Gebeurtenissen: elke gebeurtenis gekoppeld aan de dichtstbijzijnde begintijd van de andere codeur binnen het venster. Uitingen: de uitingen van de transcripten gekoppeld op overlap, kappa op hun mind-mindednesscodes</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/tier_list.py" />
            <source>time-aligned</source>
            <translation>in de tijd uitgelijnd</translation>
        </message>
        <message>
            <source>Time-slice kappa (as BORIS computes it) between {who} on clip {clip} (scheme {scheme}).</source>
            <translation type="vanished">Tijdvak-kappa (zoals BORIS die berekent) tussen {who} in clip {clip} (schema {scheme}).</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_texts.py" />
            <source>Time-slice kappa (as BORIS computes it) between {who} on {clip} (scheme {scheme}).</source>
            <translation>Tijdvak-kappa (zoals BORIS die berekent) tussen {who} voor {clip} (schema {scheme}).</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Timecode (HH:MM:SS.mmm) or frame number (#123):</source>
            <translation>Tijdcode (HH:MM:SS.mmm) of framenummer (#123):</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/timeline.py" />
            <source>Timeline</source>
            <translation>Tijdlijn</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_contingency.py" />
            <source>to</source>
            <translation>tot</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_view.py" />
            <source>tolerance ±</source>
            <translation>tolerantie ±</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/toolbar.py" />
            <source>Tools</source>
            <translation>Gereedschappen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/ratings_panel.py" />
            <source>Total and band</source>
            <translation>Totaal en band</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/demo.json" />
            <source>Touch</source>
            <comment>scheme</comment>
            <translation>Aanraking</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/exercise_view.py" />
            <location filename="../../vig_annotator/qt/operations/reliability.py" />
            <source>trainee</source>
            <translation>cursist</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/reliability.py" />
            <source>Trainee package</source>
            <translation>Cursistpakket</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/reliability.py" />
            <source>Trainee's pseudonym (not a full name; leave empty to ask them on opening):</source>
            <translation>Pseudoniem van de cursist (geen volledige naam; laat leeg om het bij openen te vragen):</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Training events</source>
            <translation>Trainingsbijeenkomsten</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Transcribe the session's utterances and code their mind-mindedness</source>
            <translation>De uitingen van de sessie transcriberen en hun mind-mindedness coderen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/transcript.py" />
            <location filename="../../vig_annotator/qt/transcript_panel.py" />
            <source>Transcript</source>
            <translation>Transcriptie</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/mind_mindedness.json" />
            <source>Transcript</source>
            <comment>scheme</comment>
            <translation>Transcriptie</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Transcript and mind-mindedness</source>
            <translation>Transcriptie en mind-mindedness</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/mind_mindedness.json" />
            <source>Transcript and mind-mindedness</source>
            <comment>scheme</comment>
            <translation>Transcriptie en mind-mindedness</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/export_formats.py" />
            <source>Transcript as a CSV table (.csv)</source>
            <translation>Transcriptie als CSV-tabel (.csv)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/export_formats.py" />
            <source>Transcript as an Excel workbook (.xlsx)</source>
            <translation>Transcriptie als Excel-werkmap (.xlsx)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/export_formats.py" />
            <source>Transcript as SRT subtitles (.srt)</source>
            <translation>Transcriptie als SRT-ondertitels (.srt)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/export_formats.py" />
            <source>Transcript as WebVTT subtitles (.vtt)</source>
            <translation>Transcriptie als WebVTT-ondertitels (.vtt)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/export_formats.py" />
            <source>Transcript for ELAN (.eaf)</source>
            <translation>Transcriptie voor ELAN (.eaf)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/export_formats.py" />
            <source>Transcript for Praat (.TextGrid)</source>
            <translation>Transcriptie voor Praat (.TextGrid)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_files.py" />
            <source>Transcript not imported</source>
            <translation>Transcriptie niet geïmporteerd</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Transcription mode: the utterance loops, type it, Enter for the next</source>
            <translation>Transcriptiemodus: de uiting wordt herhaald, typ haar, Enter voor de volgende</translation>
        </message>
        <message>
            <source>Transcripts (*.eaf *.csv *.xlsx)</source>
            <translation type="vanished">Transcripties (*.eaf *.csv *.xlsx)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_files.py" />
            <source>Transcripts (*.eaf *.TextGrid *.csv *.xlsx)</source>
            <translation>Transcripties (*.eaf *.TextGrid *.csv *.xlsx)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/clip_loading.py" />
            <source>true frame timestamps</source>
            <translation>werkelijke frametijdstempels</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_panel.py" />
            <source>Turn-taking</source>
            <translation>Beurtwisseling</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/demo.json" />
            <source>Turn-taking (demo rating)</source>
            <comment>scheme</comment>
            <translation>Beurtwisseling (demoscore)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Turning towards</source>
            <comment>scheme</comment>
            <translation>Zich naar de ander toe wenden</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_turns.py" />
            <source>turns</source>
            <translation>beurten</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/tier_list.py" />
            <source>type</source>
            <translation>type</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/segment_list.py" />
            <source>Type a time as HH:MM:SS.mmm; it snaps to the start of the frame on screen then</source>
            <translation>Typ een tijd als HH:MM:SS.mmm; die klikt vast op het begin van het frame dat dan in beeld is</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_edits.py" />
            <source>Type utterance</source>
            <translation>Uiting typen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_panel.py" />
            <source>Type what was said; Enter saves it and moves to the next utterance</source>
            <translation>Typ wat er gezegd werd; Enter slaat het op en gaat naar de volgende uiting</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/utterance_agreement.py" />
            <source>uncoded</source>
            <translation>ongecodeerd</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/utterance_agreement.py" />
            <source>undefined (one code throughout)</source>
            <translation>onbepaald (overal één code)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Undo / redo (the Edit menu names the step)</source>
            <translation>Ongedaan maken / opnieuw (het menu Bewerken noemt de stap)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_dialog.py" />
            <source>Use playhead</source>
            <translation>Afspeelpositie gebruiken</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/moments_panel.py" />
            <source>Use the frame on screen as the key still</source>
            <translation>Het frame op het scherm als sleutelbeeld gebruiken</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_view.py" />
            <source>utterances (mind-mindedness)</source>
            <translation>uitingen (mind-mindedness)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/utterance_agreement.py" />
            <source>Utterances of one speaker are paired when their spans overlap by at least {share}% of the shorter, largest overlap first. Cohen's kappa on the {paired} paired utterances = &lt;b&gt;{kappa}&lt;/b&gt; ({percent}% agreement). Unpaired: {only_a} only in A, {only_b} only in B.</source>
            <translation>Uitingen van één spreker worden gekoppeld als ze ten minste {share}% van de kortste overlappen, grootste overlap eerst. Cohens kappa op de {paired} gekoppelde uitingen = &lt;b&gt;{kappa}&lt;/b&gt; ({percent}% overeenstemming). Niet gekoppeld: {only_a} alleen in A, {only_b} alleen in B.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>Verbal commenting about baby; mind-mindedness</source>
            <comment>scheme</comment>
            <translation>Verbaal commentaar over de baby; mind-mindedness</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/video_view.py" />
            <source>Video</source>
            <translation>Video</translation>
        </message>
        <message>
            <source>Video (*.mp4 *.mov *.m4v *.mkv *.avi *.webm *.mts *.3gp);;All files (*)</source>
            <translation type="vanished">Video (*.mp4 *.mov *.m4v *.mkv *.avi *.webm *.mts *.3gp);;Alle bestanden (*)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/file_filters.py" />
            <source>Video ({patterns});;All files (*)</source>
            <translation>Video ({patterns});;Alle bestanden (*)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_dialog.py" />
            <source>Video file:</source>
            <translation>Videobestand:</translation>
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
            <translation>VIG-moment</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/timeline_layout.py" />
            <source>VIG moments</source>
            <translation>VIG-momenten</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/moments_panel.py" />
            <source>VIG principles and sub-items</source>
            <translation>VIG-contactprincipes en subitems</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>VIG principles of attuned interaction and guidance</source>
            <comment>scheme</comment>
            <translation>VIG-principes van afgestemde interactie en begeleiding (contactprincipes)</translation>
        </message>
        <message>
            <source>vig-annotator project (*.vigproj)</source>
            <translation type="vanished">vig-annotator-project (*.vigproj)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/file_filters.py" />
            <source>vig-annotator project ({pattern})</source>
            <translation>vig-annotator-project ({pattern})</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>Vocalisation</source>
            <comment>scheme</comment>
            <translation>Vocalisatie</translation>
        </message>
        <message>
            <source>Vocalisations whose median pitch (F0) is at or above this are infant, below it adult (the dashed line on the pitch row)</source>
            <translation type="vanished">Vocalisaties met een mediane toonhoogte (F0) op of boven deze waarde zijn van de baby, daaronder van een volwassene (de stippellijn in de toonhoogterij)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/demo.json" />
            <source>Voice</source>
            <comment>scheme</comment>
            <translation>Stem</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_voices.py" />
            <source>Voice detection cancelled</source>
            <translation>Stemdetectie geannuleerd</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_voices.py" />
            <source>Voice detection found nothing to offer</source>
            <translation>Stemdetectie vond niets om voor te stellen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Voice suggestions: next / previous / accept / reject (Shift+F7: accept all in the loop or selection)</source>
            <translation>Stemsuggesties: volgende / vorige / accepteren / afwijzen (Shift+F7: alles in de lus of selectie accepteren)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Voiced stretches (infant / adult by pitch) and the pitch contour on the timeline, as suggestions</source>
            <translation>Stemhebbende stukken (baby / volwassene op toonhoogte) en de toonhoogtecontour op de tijdlijn, als suggesties</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/voices.py" />
            <source>Voices</source>
            <translation>Stemmen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/timeline_layout.py" />
            <source>Voices (infant ▴ / adult ▾)</source>
            <translation>Stemmen (baby ▴ / volwassene ▾)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Voices or motion energy for every clip of the project, on this computer's cores, kept in the project</source>
            <translation>Stemmen of bewegingsenergie voor elke clip van het project, op de kernen van deze computer, bewaard in het project</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/batch_dialog.py" />
            <source>Voices: vocalisations and pitch, offered as suggestions</source>
            <translation>Stemmen: vocalisaties en toonhoogte, aangeboden als suggesties</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Waiting</source>
            <comment>scheme</comment>
            <translation>Wachten</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Waiting attentively for your turn</source>
            <comment>scheme</comment>
            <translation>Aandachtig wachten op je beurt</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/demo.json" />
            <source>Warmth (demo rating)</source>
            <comment>scheme</comment>
            <translation>Warmte (demoscore)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/piios.json" />
            <source>Warmth and affection</source>
            <comment>scheme</comment>
            <translation>Warmte en genegenheid</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/utterance_agreement.py" />
            <source>what was said</source>
            <translation>wat er gezegd werd</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>Where is {case}?</source>
            <translation>Waar is {case}?</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/cameras.py" />
            <source>Where is {label}'s video?</source>
            <translation>Waar is de video van {label}?</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/voices_panel.py" />
            <source>Where pitch alone is undecided (the dashed line on the pitch row): higher sounds infant. Pitch range and contour, spectrum, duration and voicing weigh too; each utterance is classified whole. Unused once you mark examples.</source>
            <translation>Waar de toonhoogte alleen geen uitsluitsel geeft (de stippellijn in de toonhoogterij): hoger klinkt als baby. Toonhoogtebereik en -verloop, spectrum, duur en stemhebbendheid tellen ook mee; elke uiting wordt als geheel ingedeeld. Niet gebruikt zodra u voorbeelden markeert.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/review_pack_dialog.py" />
            <source>Where to put the pack</source>
            <translation>Waar het pakket moet komen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_panel.py" />
            <source>Who speaks in a new utterance</source>
            <translation>Wie spreekt in een nieuwe uiting</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Whole &amp;clip</source>
            <translation>Hele &amp;clip</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/utterance_agreement.py" />
            <source>Whose utterances to compare</source>
            <translation>Wiens uitingen vergelijken</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_contingency.py" />
            <source>Window</source>
            <translation>Venster</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_synchrony.py" />
            <source>Window (s)</source>
            <translation>Venster (s)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_plots.py" />
            <source>window start</source>
            <translation>begin venster</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/schemes/builtin/vig.json" />
            <source>Wondering about what they are doing, thinking or feeling</source>
            <comment>scheme</comment>
            <translation>Je afvragen wat de ander doet, denkt of voelt</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/batch_dialog.py" />
            <source>Worker processes</source>
            <translation>Werkprocessen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/jobs.py" />
            <source>Working</source>
            <translation>Bezig</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/reliability.py" />
            <source>Write the blind trainee package</source>
            <translation>Het blinde cursistpakket schrijven</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_panel.py" />
            <source>Write this session's transcript as SRT, WebVTT, CSV, XLSX or EAF</source>
            <translation>De transcriptie van deze sessie schrijven als SRT, WebVTT, CSV, XLSX of EAF</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Write trainee &amp;package…</source>
            <translation>Cursist&amp;pakket schrijven…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/reliability/exercises.py" />
            <source>Write trainee package</source>
            <translation>Cursistpakket schrijven</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/files.py" />
            <source>Writing {name}…</source>
            <translation>{name} schrijven…</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/reliability.py" />
            <source>Wrote {file}: the scheme, the clips by fingerprint, blind sessions — no gold codes</source>
            <translation>{file} geschreven: het schema, de clips op vingerafdruk, blinde sessies — geen referentiecodes</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/timeline_voices.py" />
            <source>your example</source>
            <translation>uw voorbeeld</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/projects.py" />
            <source>Your pseudonym</source>
            <translation>Je pseudoniem</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Zoom &amp;in</source>
            <translation>&amp;Inzoomen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Zoom &amp;out</source>
            <translation>&amp;Uitzoomen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Zoom around the pointer / pan the timeline; wheel scrolls the rows</source>
            <translation>Zoomen rond de aanwijzer / de tijdlijn verschuiven; het wiel scrolt door de rijen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/core/keymap.py" />
            <source>Zoom the timeline in / out / to the whole clip</source>
            <translation>De tijdlijn in- / uitzoomen / de hele clip tonen</translation>
        </message>
        <message>
            <source>{a} and {b}: peak r {r:.3f} at lag {lag:+.3f} s (positive: {a} leads); synchrony {sync:.3f}, effect over pseudo-synchrony {effect:.3f}, p = {p:.4f}. Method: {method}.</source>
            <translation type="vanished">{a} en {b}: piek r {r:.3f} bij lag {lag:+.3f} s (positief: {a} leidt); synchronie {sync:.3f}, effect boven pseudosynchronie {effect:.3f}, p = {p:.4f}. Methode: {method}.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_texts.py" />
            <source>{a} and {b}: peak r {r} at lag {lag} s (positive: {a} leads); mean peak r {sync}, effect over pseudo-synchrony {effect}, p = {p}; mean Fisher z of |r| (rMEA/SUSY) {fz}, effect {fz_effect}, effect size {fz_size}, p = {fz_p}. Method: {method}.</source>
            <translation>{a} en {b}: piek r {r} bij lag {lag} s (positief: {a} leidt); gemiddelde piek r {sync}, effect boven pseudosynchronie {effect}, p = {p}; gemiddelde Fisher z van |r| (rMEA/SUSY) {fz}, effect {fz_effect}, effectgrootte {fz_size}, p = {fz_p}. Methode: {method}.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_texts.py" />
            <source>{a} and {b}: peak r {r} at lag {lag} s (positive: {a} leads); mean peak r {sync}; mean Fisher z of |r| (rMEA/SUSY) {fz}. Too short to test: {windows} window(s) of {w} s; the surrogate test needs at least 4 (use a shorter window or a longer clip). Method: {method}.</source>
            <translation>{a} en {b}: piek-r {r} bij lag {lag} s (positief: {a} leidt); gemiddelde piek-r {sync}; gemiddelde Fisher-z van |r| (rMEA/SUSY) {fz}. Te kort om te toetsen: {windows} venster(s) van {w} s; de surrogaattoets heeft er minstens 4 nodig (kies een korter venster of een langere clip). Methode: {method}.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/projects.py" />
            <source>{case} (delete by {date})</source>
            <translation>{case} (verwijderen vóór {date})</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_texts.py" />
            <source>{coder} (session {number})</source>
            <translation>{coder} (sessie {number})</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_plots.py" />
            <source>{code} responses</source>
            <translation>{code}-reacties</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/batch_dialog.py" />
            <source>{count} clips have no regions saved (draw them in the Analysis panel's Synchrony tab); they will be listed as failed.</source>
            <translation>{count} clips hebben geen opgeslagen gebieden (teken ze op het tabblad Synchronie van het analysepaneel); ze worden als mislukt vermeld.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/batch_dialog.py" />
            <source>{done} clips analysed and kept in the project; {failed} failed.</source>
            <translation>{done} clips geanalyseerd en in het project bewaard; {failed} mislukt.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/reliability_texts.py" />
            <source>{first} and {last}</source>
            <translation>{first} en {last}</translation>
        </message>
        <message>
            <source>{infant} infant and {adult} adult vocalisations (threshold {hz:g} Hz); {pending} suggestions to review</source>
            <translation type="vanished">{infant} vocalisaties van de baby en {adult} van volwassenen (grens {hz:g} Hz); {pending} suggesties om te beoordelen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/voice_suggestions.py" />
            <source>{infant} infant and {adult} adult vocalisations ({how}); {pending} suggestions to review</source>
            <translation>{infant} baby- en {adult} volwassen vocalisaties ({how}); {pending} voorstellen te beoordelen</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/ratings_panel.py" />
            <source>{item}: not observable</source>
            <translation>{item}: niet waarneembaar</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_players.py" />
            <source>{label} · frame {frame}</source>
            <translation>{label} · frame {frame}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_players.py" />
            <source>{label}: not recording at this time</source>
            <translation>{label}: neemt op dit tijdstip niet op</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/team.py" />
            <source>{message}

Retry now, or save this session (with this edit) to a project file and push it to the server later.</source>
            <translation>{message}

Probeer het nu opnieuw, of sla deze sessie (met deze wijziging) op in een projectbestand en zet haar later op de server.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/import_dialog.py" />
            <source>{name} has no observations: its ethogram ({n} codes) comes in as scheme {scheme} {version}, to code with.</source>
            <translation>{name} heeft geen observaties: het ethogram ({n} codes) komt binnen als codeerschema {scheme} {version}, om mee te coderen.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/projects.py" />
            <source>{name} is already a coder in this file.</source>
            <translation>{name} is al een codeur in dit bestand.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/import_dialog.py" />
            <source>{name} {version} (the file's ethogram)</source>
            <translation>{name} {version} (het ethogram van het bestand)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_panel.py" />
            <source>{name}: expected a .csv or .xlsx file name</source>
            <translation>{name}: verwacht een .csv- of .xlsx-bestandsnaam</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_plots.py" />
            <source>{name}: expected a .png or .svg file name</source>
            <translation>{name}: verwacht een .png- of .svg-bestandsnaam</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/project_file.py" />
            <source>{name}: set aside, kept beside the project</source>
            <translation>{name}: opzijgezet, bewaard naast het project</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/voices_panel.py" />
            <source>{n} of {total}: {code} {start}–{end}</source>
            <translation>{n} van {total}: {code} {start}–{end}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_sequences.py" />
            <source>{n} transitions among {codes} codes. Method: {method}.</source>
            <translation>{n} overgangen tussen {codes} codes. Methode: {method}.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/transcript_panel.py" />
            <source>{n} vocalisations offered as utterances: type and press Enter to accept, or Accept all</source>
            <translation>{n} vocalisaties aangeboden als uitingen: typ en druk op Enter om te accepteren, of Alles accepteren</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>{path} already exists: open it with File ▸ Open project, or choose another name.</source>
            <translation>{path} bestaat al: open het via Bestand ▸ Project openen, of kies een andere naam.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/cameras.py" />
            <source>{path}: is not the video of camera {label} (its content differs)</source>
            <translation>{path}: is niet de video van camera {label} (de inhoud verschilt)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/voice_suggestions.py" />
            <source>{path}: the clip has no sound track</source>
            <translation>{path}: de clip heeft geen geluidsspoor</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/files.py" />
            <source>{reason}

Export anyway, with no line in the project's export log?</source>
            <translation>{reason}

Toch exporteren, zonder regel in het exportlogboek van het project?</translation>
        </message>
        <message>
            <source>{responded} of {n} {given} onsets followed by {target} (rate {rate:.3f}; base rate {base:.3f}; ratio {ratio:.2f}; p = {p:.4f}). Method: {method}.</source>
            <translation type="vanished">{responded} van {n} begintijden van {given} gevolgd door {target} (frequentie {rate:.3f}; basisfrequentie {base:.3f}; verhouding {ratio:.2f}; p = {p:.4f}). Methode: {method}.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_texts.py" />
            <source>{responded} of {n} {given} onsets followed by {target} (rate {rate}; base rate {base}; ratio {ratio}; p = {p}, {surrogate} shifts). Method: {method}.</source>
            <translation>{responded} van {n} begintijden van {given} gevolgd door {target} (frequentie {rate}; basisfrequentie {base}; verhouding {ratio}; p = {p}, {surrogate} verschuivingen). Methode: {method}.</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/coding.py" />
            <source>{step} at {time} (frame {frame})</source>
            <translation>{step} op {time} (frame {frame})</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/dialogs.py" />
            <source>{text} is not a frame number</source>
            <translation>{text} is geen framenummer</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/batch_dialog.py" />
            <source>{todo} of the project's {total} clips to analyse; {kept} already kept in the project.</source>
            <translation>{todo} van de {total} clips van het project te analyseren; {kept} al in het project bewaard.</translation>
        </message>
        <message>
            <source>{turns} turns in {minutes:.1f} min ({rate:.2f} per minute); median latency parent → infant {pi}, infant → parent {ip}; {overlaps} overlaps. A turn: the partner starts within {gap:g} s of the other's end (LENA uses 5 s).</source>
            <translation type="vanished">{turns} beurten in {minutes:.1f} min ({rate:.2f} per minuut); mediane latentie ouder → baby {pi}, baby → ouder {ip}; {overlaps} overlappingen. Een beurt: de partner begint binnen {gap:g} s na het einde van de ander (LENA gebruikt 5 s).</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/analysis_turns.py" />
            <source>{turns} turns in {minutes:.1f} min of clip ({rate:.2f} per minute of clip, {span_rate:.2f} per minute of the coded span); median latency parent → infant {pi}, infant → parent {ip}; {overlaps} overlaps. A turn: the partner starts within {gap:g} s of the other's end (LENA uses 5 s).</source>
            <translation>{turns} beurten in {minutes:.1f} min clip ({rate:.2f} per minuut clip, {span_rate:.2f} per minuut van het gecodeerde deel); mediane latentie ouder → baby {pi}, baby → ouder {ip}; {overlaps} overlappingen. Een beurt: de partner begint binnen {gap:g} s na het einde van de ander (LENA gebruikt 5 s).</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/jobs.py" />
            <source>{what} {percent} %</source>
            <translation>{what} {percent}%</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/mind_form.py" />
            <source>{who}: {n} utterances ({u} uncoded): {parts}</source>
            <translation>{who}: {n} uitingen ({u} ongecodeerd): {parts}</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/mind_form.py" />
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/utterance_agreement.py" />
            <source>— (only A)</source>
            <translation>— (alleen A)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/utterance_agreement.py" />
            <source>— (only B)</source>
            <translation>— (alleen B)</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/import_dialog.py" />
            <source>— choose —</source>
            <translation>— kiezen —</translation>
        </message>
        <message>
            <source>— over 10 s: review moments are usually shorter</source>
            <translation type="vanished">— langer dan 10 s: momenten voor de nabespreking zijn meestal korter</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/operations/coding.py" />
            <source>— over {seconds} s: review moments are usually shorter</source>
            <translation>— langer dan {seconds} s: momenten voor de nabespreking zijn meestal korter</translation>
        </message>
        <message numerus="yes">
            <location filename="../../vig_annotator/qt/operations/projects.py" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… en nog %n</numerusform>
                <numerusform>… en nog %n</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_dialog.py" />
            <source>…and in this camera at:</source>
            <translation>…en in deze camera op:</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/camera_dialog.py" />
            <source>◀ frame</source>
            <translation>◀ frame</translation>
        </message>
        <message>
            <source>⚠ over 10 s</source>
            <translation type="vanished">⚠ langer dan 10 s</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/moments_panel.py" />
            <source>⚠ over {seconds} s</source>
            <translation>⚠ langer dan {seconds} s</translation>
        </message>
        <message>
            <location filename="../../vig_annotator/qt/moments_panel.py" />
            <source>⟲ Loop</source>
            <translation>⟲ Herhalen</translation>
        </message>
    </context>
</TS>
