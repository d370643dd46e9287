<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ArchiveExportAction</name>
    <message numerus="yes">
        <source>Archived to %1: %n file(s)</source>
        <translation>
            <numerusform>Archived to %1: %n file</numerusform>
            <numerusform>Archived to %1: %n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nwk::CapturePanel</name>
    <message numerus="yes">
        <source>Paste %n partners</source>
        <translation>
            <numerusform>Paste %n partner</numerusform>
            <numerusform>Paste %n partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Place %n partners</source>
        <translation>
            <numerusform>Place %n partner</numerusform>
            <numerusform>Place %n partners</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nwk::CategoryEditor</name>
    <message numerus="yes">
        <source>“%1” is used by %n partner(s) or missing partner(s). Move them to:</source>
        <translation>
            <numerusform>“%1” is used by %n partner or missing partner. Move it to:</numerusform>
            <numerusform>“%1” is used by %n partners or missing partners. Move them to:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nwk::ExportDialog</name>
    <message numerus="yes">
        <source>%n label(s) cannot be placed without overlap at %1 pt on A4: they would be numbered on the map and listed in full in a key.</source>
        <translation>
            <numerusform>%n label cannot be placed without overlap at %1 pt on A4: it would be numbered on the map and listed in full in a key.</numerusform>
            <numerusform>%n labels cannot be placed without overlap at %1 pt on A4: they would be numbered on the map and listed in full in a key.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nwk::GroupEditor</name>
    <message numerus="yes">
        <source>%n partner(s): %1</source>
        <translation>
            <numerusform>%n partner: %1</numerusform>
            <numerusform>%n partners: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nwk::LinkCommands</name>
    <message numerus="yes">
        <source>Delete %n links</source>
        <translation>
            <numerusform>Delete %n link</numerusform>
            <numerusform>Delete %n links</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nwk::MainWindow</name>
    <message numerus="yes">
        <source>… and %n more problems</source>
        <translation>
            <numerusform>… and %n more problem</numerusform>
            <numerusform>… and %n more problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened with %n warnings, the first: %1</source>
        <translation>
            <numerusform>Opened with %n warning: %1</numerusform>
            <numerusform>Opened with %n warnings, the first: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nwk::MapFindBar</name>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n found</numerusform>
            <numerusform>%n found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nwk::MapScene</name>
    <message numerus="yes">
        <source>Move %n partners</source>
        <translation>
            <numerusform>Move %n partner</numerusform>
            <numerusform>Move %n partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Place %n partners</source>
        <translation>
            <numerusform>Place %n partner</numerusform>
            <numerusform>Place %n partners</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nwk::MapView</name>
    <message numerus="yes">
        <source>%n partners on the map. Tab walks them; Ctrl+K links the selected one; the Menu key edits it.</source>
        <translation>
            <numerusform>%n partner on the map. Tab walks them; Ctrl+K links the selected one; the Menu key edits it.</numerusform>
            <numerusform>%n partners on the map. Tab walks them; Ctrl+K links the selected one; the Menu key edits it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nwk::NeutralZone</name>
    <message numerus="yes">
        <source>Put %n partner(s) in the neutral zone</source>
        <translation>
            <numerusform>Put %n partner in the neutral zone</numerusform>
            <numerusform>Put %n partners in the neutral zone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put %n partner(s) back in the tray</source>
        <translation>
            <numerusform>Put %n partner back in the tray</numerusform>
            <numerusform>Put %n partners back in the tray</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nwk::ParticipantsDock</name>
    <message numerus="yes">
        <source>Matters to (for %n selected partner(s)):</source>
        <translation>
            <numerusform>Matters to (for %n selected partner):</numerusform>
            <numerusform>Matters to (for %n selected partners):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partners</source>
        <translation>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partners</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nwk::ParticipationDock</name>
    <message numerus="yes">
        <source>%n phone(s) joined</source>
        <translation>
            <numerusform>%n phone joined</numerusform>
            <numerusform>%n phones joined</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n waiting</source>
        <translation>
            <numerusform>%1 — %n waiting</numerusform>
            <numerusform>%1 — %n waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nwk::PartnerCommands</name>
    <message numerus="yes">
        <source>Delete %n partners</source>
        <translation>
            <numerusform>Delete %n partner</numerusform>
            <numerusform>Delete %n partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n links</source>
        <translation>
            <numerusform>Delete %n link</numerusform>
            <numerusform>Delete %n links</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nwk::Playback</name>
    <message numerus="yes">
        <source>Play the recording from %1 (%n s before this)</source>
        <translation>
            <numerusform>Play the recording from %1 (%n s before this)</numerusform>
            <numerusform>Play the recording from %1 (%n s before this)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nwk::PropertiesDock</name>
    <message numerus="yes">
        <source>%n objects selected. Select one to edit its properties.</source>
        <translation>
            <numerusform>%n object selected. Select one to edit its properties.</numerusform>
            <numerusform>%n objects selected. Select one to edit its properties.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nwk::RecordingFeature</name>
    <message numerus="yes">
        <source>The changes include %n audio part(s) (%1 of audio) that the saved session does not list. If you discard the changes, the audio stays in the folder %2 beside the session file, and opening the session offers to add it again.</source>
        <extracomment>%1 the length of the audio (1:02:03), %2 the audio folder (school.audio)</extracomment>
        <translation>
            <numerusform>The changes include %n audio part (%1 of audio) that the saved session does not list. If you discard the changes, the audio stays in the folder %2 beside the session file, and opening the session offers to add it again.</numerusform>
            <numerusform>The changes include %n audio parts (%1 of audio) that the saved session does not list. If you discard the changes, the audio stays in the folder %2 beside the session file, and opening the session offers to add it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audio part(s) recorded for this session (%1 of audio) are not in it.</source>
        <extracomment>%1 the length of the audio (1:02:03)</extracomment>
        <translation>
            <numerusform>%n audio part recorded for this session (%1 of audio) is not in it.</numerusform>
            <numerusform>%n audio parts recorded for this session (%1 of audio) are not in it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n audio part(s) to the session&apos;s recording: save the session to keep them.</source>
        <translation>
            <numerusform>Added %n audio part to the session&apos;s recording: save the session to keep it.</numerusform>
            <numerusform>Added %n audio parts to the session&apos;s recording: save the session to keep them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The session was saved, but %n audio part(s) could not be copied beside it: the saved session lists them, and they are missing there.</source>
        <translation>
            <numerusform>The session was saved, but %n audio part could not be copied beside it: the saved session lists it, and it is missing there.</numerusform>
            <numerusform>The session was saved, but %n audio parts could not be copied beside it: the saved session lists them, and they are missing there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The part(s) are in the folder %1 beside the session file: recorded, but the session was not saved with them (its changes were discarded, or the editor stopped). Add them to the session&apos;s recording? Each is placed on the session clock where its file says it ended, never before the part before it ends.</source>
        <extracomment>%1 the audio folder (school.audio)</extracomment>
        <translation>
            <numerusform>The part is in the folder %1 beside the session file: recorded, but the session was not saved with it (its changes were discarded, or the editor stopped). Add it to the session&apos;s recording? It is placed on the session clock where its file says it ended, never before the part before it ends.</numerusform>
            <numerusform>The parts are in the folder %1 beside the session file: recorded, but the session was not saved with them (its changes were discarded, or the editor stopped). Add them to the session&apos;s recording? Each is placed on the session clock where its file says it ended, never before the part before it ends.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nwk::RecoveryDialog</name>
    <message numerus="yes">
        <source>%n partners</source>
        <translation>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n links</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nwk::SessionDetailsDialog</name>
    <message numerus="yes">
        <source>%n listed in Participants</source>
        <translation>
            <numerusform>%n listed in Participants</numerusform>
            <numerusform>%n listed in Participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nwk::SessionDocument</name>
    <message numerus="yes">
        <source>The session clock&apos;s start cannot be undone: %n audio part(s) were recorded on this clock, and undo never takes back what was recorded.</source>
        <translation>
            <numerusform>The session clock&apos;s start cannot be undone: %n audio part was recorded on this clock, and undo never takes back what was recorded.</numerusform>
            <numerusform>The session clock&apos;s start cannot be undone: %n audio parts were recorded on this clock, and undo never takes back what was recorded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nwk::TranscriptDock</name>
    <message numerus="yes">
        <source>… and %n more (in the tooltip)</source>
        <translation>
            <numerusform>… and %n more (in the tooltip)</numerusform>
            <numerusform>… and %n more (in the tooltip)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nwk::TranscriptFeature</name>
    <message numerus="yes">
        <source>%1: %n cue(s)</source>
        <translation>
            <numerusform>%1: %n cue</numerusform>
            <numerusform>%1: %n cues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Transcript %1 imported: %n cue(s)</source>
        <translation>
            <numerusform>Transcript %1 imported: %n cue</numerusform>
            <numerusform>Transcript %1 imported: %n cues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n warning(s) in the Transcript dock)</source>
        <translation>
            <numerusform>(%n warning in the Transcript dock)</numerusform>
            <numerusform>(%n warnings in the Transcript dock)</numerusform>
        </translation>
    </message>
</context>
</TS>
