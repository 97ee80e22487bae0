<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
    <context>
        <name>vig-annotator</name>
        <message numerus="yes">
            <location filename="../../vig_annotator/qt/ratings_panel.py" />
            <source> (incomplete: %n item(s) not rated)</source>
            <translation>
                <numerusform> (incomplete: %n item not rated)</numerusform>
                <numerusform> (incomplete: %n items not rated)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../vig_annotator/qt/ratings_panel.py" />
            <source>%n ev.</source>
            <comment>evidence segments</comment>
            <translation>
                <numerusform>%n ev.</numerusform>
                <numerusform>%n ev.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../vig_annotator/qt/import_dialog.py" />
            <source>%n event(s) in {name}. Choose the code each name becomes; nothing is imported until every name is mapped, skipped or added.</source>
            <translation>
                <numerusform>%n event in {name}. Choose the code each name becomes; nothing is imported until every name is mapped, skipped or added.</numerusform>
                <numerusform>%n events in {name}. Choose the code each name becomes; nothing is imported until every name is mapped, skipped or added.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../vig_annotator/qt/operations/projects.py" />
            <source>%n thing(s) in this project break a rule, so some figures from it could be wrong. Everything else works: repair these (move, shorten, delete or re-rate) and they go away.</source>
            <translation>
                <numerusform>%n thing in this project breaks a rule, so some figures from it could be wrong. Everything else works: repair it (move, shorten, delete or re-rate) and it goes away.</numerusform>
                <numerusform>%n things in this project break a rule, so some figures from it could be wrong. Everything else works: repair these (move, shorten, delete or re-rate) and they go away.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../vig_annotator/qt/exercise_view.py" />
            <source>&lt;b&gt;{name}&lt;/b&gt; — pass: {rule} — {passed} of %n trainee(s): {verdict}</source>
            <translation>
                <numerusform>&lt;b&gt;{name}&lt;/b&gt; — pass: {rule} — {passed} of %n trainee: {verdict}</numerusform>
                <numerusform>&lt;b&gt;{name}&lt;/b&gt; — pass: {rule} — {passed} of %n trainees: {verdict}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../vig_annotator/qt/timeline.py" />
            <source>Copied %n segment(s)</source>
            <translation>
                <numerusform>Copied %n segment</numerusform>
                <numerusform>Copied %n segments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../vig_annotator/qt/timeline.py" />
            <source>Deleted %n segment(s)</source>
            <translation>
                <numerusform>Deleted %n segment</numerusform>
                <numerusform>Deleted %n segments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../vig_annotator/qt/operations/reliability.py" />
            <source>Exercise {name}: %n gold session(s); pass: {rule}</source>
            <translation>
                <numerusform>Exercise {name}: %n gold session; pass: {rule}</numerusform>
                <numerusform>Exercise {name}: %n gold sessions; pass: {rule}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../vig_annotator/qt/ratings_panel.py" />
            <source>Linked %n segment(s) to item {item}</source>
            <translation>
                <numerusform>Linked %n segment to item {item}</numerusform>
                <numerusform>Linked %n segments to item {item}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../vig_annotator/qt/timeline_gestures.py" />
            <source>Moved %n segment(s) by {seconds:+.3f} s</source>
            <translation>
                <numerusform>Moved %n segment by {seconds:+.3f} s</numerusform>
                <numerusform>Moved %n segments by {seconds:+.3f} s</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../vig_annotator/qt/clip_loading.py" />
            <source>Opened {case}: %n frames, {timing}</source>
            <translation>
                <numerusform>Opened {case}: %n frame, {timing}</numerusform>
                <numerusform>Opened {case}: %n frames, {timing}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../vig_annotator/qt/timeline.py" />
            <source>Pasted %n segment(s) at {time}</source>
            <translation>
                <numerusform>Pasted %n segment at {time}</numerusform>
                <numerusform>Pasted %n segments at {time}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../vig_annotator/qt/operations/projects.py" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… and %n more</numerusform>
                <numerusform>… and %n more</numerusform>
            </translation>
        </message>
    </context>
</TS>
