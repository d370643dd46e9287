<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>ArchiveExportAction</name>
    <message>
        <source>Export Archive</source>
        <translation>Archief exporteren</translation>
    </message>
    <message>
        <source>The archive holds the session file as it is saved. Save the session first?</source>
        <translation>Het archief bevat het sessiebestand zoals het opgeslagen is. Eerst de sessie opslaan?</translation>
    </message>
    <message>
        <source>%1-archive.zip</source>
        <translation>%1-archief.zip</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP-archieven (*.zip)</translation>
    </message>
    <message>
        <source>These files of the recording are missing:
%1

Archive the session without them? The archive&apos;s manifest will list them as missing.</source>
        <translation>Deze bestanden van de opname ontbreken:
%1

De sessie zonder deze bestanden archiveren? Het manifest van het archief vermeldt ze dan als ontbrekend.</translation>
    </message>
    <message>
        <source>Archive Without Them</source>
        <translation>Zonder deze bestanden archiveren</translation>
    </message>
    <message>
        <source>The archive was not written.

%1</source>
        <translation>Het archief werd niet geschreven.

%1</translation>
    </message>
    <message numerus="yes">
        <source>Archived to %1: %n file(s)</source>
        <translation>
            <numerusform>Gearchiveerd in %1: %n bestand</numerusform>
            <numerusform>Gearchiveerd in %1: %n bestanden</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the saved session file, its audio and its transcript into one ZIP with a manifest and checksums, for a research data store</source>
        <translation>Het opgeslagen sessiebestand, de geluidsopname en het transcript in één ZIP met een manifest en controlesommen schrijven, voor de onderzoeksdataopslag</translation>
    </message>
    <message>
        <source>Export Ar&amp;chive…</source>
        <translation>Ar&amp;chief exporteren…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Network-map editor for focus groups</source>
        <translation>Netwerkkaarteditor voor focusgroepen</translation>
    </message>
    <message>
        <source>Session file to open.</source>
        <translation>Sessiebestand om te openen.</translation>
    </message>
    <message>
        <source>Quit once the map has been painted (timing).</source>
        <translation>Afsluiten zodra de netwerkkaart getekend is (tijdmeting).</translation>
    </message>
    <message>
        <source>Write the recovery copy this many milliseconds after a change (default: setting %1, else %2).</source>
        <translation>De herstelkopie zoveel milliseconden na een wijziging schrijven (standaard: instelling %1, anders %2).</translation>
    </message>
    <message>
        <source>Restore the most recent unsaved session left behind by a crash, without asking.</source>
        <translation>De recentste niet-opgeslagen sessie die na een crash achterbleef zonder te vragen herstellen.</translation>
    </message>
    <message>
        <source>Test edit</source>
        <translation>Testwijziging</translation>
    </message>
    <message>
        <source>List the unsaved sessions left behind by a crash that would be offered, and quit.</source>
        <translation>De niet-opgeslagen sessies tonen die na een crash aangeboden zouden worden, en stoppen.</translation>
    </message>
    <message>
        <source>Open this session as an example: untitled, kept out of the recent files; saving asks for a new file, so the example itself is never overwritten.</source>
        <translation>Deze sessie als voorbeeld openen: zonder naam en niet bij de recente bestanden; opslaan vraagt een nieuw bestand, zodat het voorbeeld zelf nooit overschreven wordt.</translation>
    </message>
</context>
<context>
    <name>nwk::Actions</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;fsluiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;doen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alles &amp;selecteren</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>In&amp;zoomen</translation>
    </message>
    <message>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <source>&amp;Fit Map to Window</source>
        <translation>Netwerk&amp;kaart passend in venster</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>&amp;Free Placement</source>
        <translation>Vr&amp;ije plaatsing</translation>
    </message>
    <message>
        <source>Moving a partner into another sector keeps its category</source>
        <translation>Een partner die naar een andere sector verschuift, behoudt zijn categorie</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>Netwerk&amp;kaart</translation>
    </message>
    <message>
        <source>Start an empty session</source>
        <translation>Een lege sessie beginnen</translation>
    </message>
    <message>
        <source>Open a saved session (.nwk file)</source>
        <translation>Een opgeslagen sessie openen (.nwk-bestand)</translation>
    </message>
    <message>
        <source>Save the session to its file</source>
        <translation>De sessie in haar bestand opslaan</translation>
    </message>
    <message>
        <source>Save the session under another name or in another folder</source>
        <translation>De sessie onder een andere naam of in een andere map opslaan</translation>
    </message>
    <message>
        <source>Close Netwerkkaart (asks to save unsaved changes)</source>
        <translation>Netwerkkaart sluiten (vraagt om niet-opgeslagen wijzigingen op te slaan)</translation>
    </message>
    <message>
        <source>Take back the last change</source>
        <translation>De laatste wijziging terugdraaien</translation>
    </message>
    <message>
        <source>Do the change taken back again</source>
        <translation>De teruggedraaide wijziging opnieuw doen</translation>
    </message>
    <message>
        <source>Delete the selected partners and links, with their links</source>
        <translation>De geselecteerde partners en verbindingen verwijderen, met hun verbindingen</translation>
    </message>
    <message>
        <source>Select every partner on the map</source>
        <translation>Alle partners op de netwerkkaart selecteren</translation>
    </message>
    <message>
        <source>Show the map larger</source>
        <translation>De netwerkkaart groter tonen</translation>
    </message>
    <message>
        <source>Show the map smaller</source>
        <translation>De netwerkkaart kleiner tonen</translation>
    </message>
    <message>
        <source>Show the whole map in the window</source>
        <translation>De hele netwerkkaart in het venster tonen</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sessie</translation>
    </message>
    <message>
        <source>&amp;Research</source>
        <translation>&amp;Onderzoek</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Relati&amp;ve Placements</source>
        <translation>&amp;Relatieve plaatsen</translation>
    </message>
    <message>
        <source>Draw the relative placements (“further than” another partner) as arrows</source>
        <translation>Toon de relatieve plaatsen (“verder dan” een andere partner) als pijlen</translation>
    </message>
</context>
<context>
    <name>nwk::AnnotationDialog</name>
    <message>
        <source>Annotate</source>
        <translation>Annoteren</translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation>Annotatie bewerken</translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation>Over: %1</translation>
    </message>
    <message>
        <source>&amp;Memo:</source>
        <translation>&amp;Memo:</translation>
    </message>
    <message>
        <source>&amp;Codes:</source>
        <translation>&amp;Codes:</translation>
    </message>
    <message>
        <source>New code…</source>
        <translation>Nieuwe code…</translation>
    </message>
    <message>
        <source>Add Code</source>
        <translation>Code toevoegen</translation>
    </message>
    <message>
        <source>Your name, kept with each annotation</source>
        <translation>Je naam, bewaard bij elke annotatie</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Auteur:</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Auteur:</translation>
    </message>
    <message>
        <source>Please give your name: each annotation keeps its author.</source>
        <translation>Geef je naam op: elke annotatie bewaart haar auteur.</translation>
    </message>
    <message>
        <source>Write a memo or choose a code.</source>
        <translation>Schrijf een memo of kies een code.</translation>
    </message>
</context>
<context>
    <name>nwk::AnnotationMarker</name>
    <message>
        <source>Annotated (%1)</source>
        <translation>Geannoteerd (%1)</translation>
    </message>
</context>
<context>
    <name>nwk::AnnotationUi</name>
    <message>
        <source>Annota&amp;tions Panel</source>
        <translation>Paneel anno&amp;taties</translation>
    </message>
    <message>
        <source>&amp;Versions Panel</source>
        <translation>Paneel &amp;versies</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Onderzoek</translation>
    </message>
    <message>
        <source>Annotation mode: the group&apos;s data is locked</source>
        <translation>Annotatiemodus: de gegevens van de groep zijn vergrendeld</translation>
    </message>
    <message>
        <source>Annotation mode: the group&apos;s data is locked. Leave annotation mode to edit it.</source>
        <translation>Annotatiemodus: de gegevens van de groep zijn vergrendeld. Verlaat de annotatiemodus om ze te bewerken.</translation>
    </message>
    <message>
        <source>A&amp;nnotation Mode</source>
        <translation>A&amp;nnotatiemodus</translation>
    </message>
    <message>
        <source>Lock the group&apos;s data and add the researcher&apos;s annotations</source>
        <translation>De gegevens van de groep vergrendelen en annotaties van de onderzoeker toevoegen</translation>
    </message>
    <message>
        <source>Annotate &amp;Session…</source>
        <translation>&amp;Sessie annoteren…</translation>
    </message>
    <message>
        <source>&amp;Codebook…</source>
        <translation>&amp;Codeboek…</translation>
    </message>
    <message>
        <source>Show &amp;Annotations</source>
        <translation>&amp;Annotaties tonen</translation>
    </message>
    <message>
        <source>Take Sna&amp;pshot…</source>
        <translation>Momen&amp;topname maken…</translation>
    </message>
    <message>
        <source>the school</source>
        <translation>de school</translation>
    </message>
    <message>
        <source>the session</source>
        <translation>de sessie</translation>
    </message>
    <message>
        <source>partner “%1”</source>
        <translation>partner “%1”</translation>
    </message>
    <message>
        <source>link %1 – %2</source>
        <translation>verbinding %1 – %2</translation>
    </message>
    <message>
        <source>link %1</source>
        <translation>verbinding %1</translation>
    </message>
    <message>
        <source>missing partner “%1”</source>
        <translation>ontbrekende partner “%1”</translation>
    </message>
    <message>
        <source>missing partner %1</source>
        <translation>ontbrekende partner %1</translation>
    </message>
    <message>
        <source>group “%1”</source>
        <translation>groep “%1”</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>groep %1</translation>
    </message>
    <message>
        <source>quote “%1”</source>
        <translation>citaat “%1”</translation>
    </message>
    <message>
        <source>quote %1</source>
        <translation>citaat %1</translation>
    </message>
    <message>
        <source>note on card %1, question %2</source>
        <translation>notitie bij gesprekskaart %1, vraag %2</translation>
    </message>
    <message>
        <source>Inferred priority</source>
        <translation>Afgeleide prioriteit</translation>
    </message>
    <message>
        <source>A priority the researcher inferred; the group did not vote it.</source>
        <translation>Een prioriteit die de onderzoeker afleidde; de groep stemde er niet over.</translation>
    </message>
    <message>
        <source>Annotate %1</source>
        <translation>%1 annoteren</translation>
    </message>
    <message>
        <source>Add code</source>
        <translation>Code toevoegen</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>Annoteren</translation>
    </message>
    <message>
        <source>Edit annotation</source>
        <translation>Annotatie bewerken</translation>
    </message>
    <message>
        <source>Remove annotation</source>
        <translation>Annotatie verwijderen</translation>
    </message>
    <message>
        <source>Annotate…</source>
        <translation>Annoteren…</translation>
    </message>
    <message>
        <source>Inferred Priority…</source>
        <translation>Afgeleide prioriteit…</translation>
    </message>
    <message>
        <source>Record a priority you inferred (not voted by the group) as an annotation</source>
        <translation>Een prioriteit die je afleidde (de groep stemde er niet over) als annotatie vastleggen</translation>
    </message>
    <message>
        <source>Annotation “%1”</source>
        <translation>Annotatie “%1”</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>metaphor “%1”</source>
        <translation>metafoor “%1”</translation>
    </message>
    <message>
        <source>metaphor %1</source>
        <translation>metafoor %1</translation>
    </message>
    <message>
        <source>closing answer “%1”</source>
        <translation>antwoord op slotvraag “%1”</translation>
    </message>
    <message>
        <source>closing answer to %1</source>
        <translation>antwoord op slotvraag %1</translation>
    </message>
    <message>
        <source>memo “%1”</source>
        <translation>memo “%1”</translation>
    </message>
    <message>
        <source>memo %1</source>
        <translation>memo %1</translation>
    </message>
    <message>
        <source>Report Question As</source>
        <translation>Vraag in het verslag als</translation>
    </message>
    <message>
        <source>Report question as: %1</source>
        <translation>Vraag in het verslag als: %1</translation>
    </message>
</context>
<context>
    <name>nwk::AnnotationsDock</name>
    <message>
        <source>Annotations</source>
        <translation>Annotaties</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>A&amp;uthor:</source>
        <translation>A&amp;uteur:</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Annotations are hidden (View &gt; Show Annotations).</source>
        <translation>Annotaties zijn verborgen (Beeld &gt; Annotaties tonen).</translation>
    </message>
    <message>
        <source>Annotate &amp;Session…</source>
        <translation>&amp;Sessie annoteren…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Code&amp;book…</source>
        <translation>Code&amp;boek…</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>Alle codes</translation>
    </message>
    <message>
        <source>All authors</source>
        <translation>Alle auteurs</translation>
    </message>
    <message>
        <source>Show only the annotations with this code</source>
        <translation>Alleen de annotaties met deze code tonen</translation>
    </message>
    <message>
        <source>Show only the annotations of this author</source>
        <translation>Alleen de annotaties van deze auteur tonen</translation>
    </message>
</context>
<context>
    <name>nwk::AudioCapture</name>
    <message>
        <source>No microphone or other audio input was found.</source>
        <translation>Er is geen microfoon of andere geluidsingang gevonden.</translation>
    </message>
    <message>
        <source>Cannot write the audio file: %1</source>
        <translation>Kan het geluidsbestand niet schrijven: %1</translation>
    </message>
    <message>
        <source>The audio input “%1” did not start.</source>
        <translation>De geluidsingang “%1” startte niet.</translation>
    </message>
    <message>
        <source>The audio input “%1” stopped with an error.</source>
        <translation>De geluidsingang “%1” stopte met een fout.</translation>
    </message>
    <message>
        <source>Cannot write the audio (is the disk full?): %1</source>
        <translation>Kan het geluid niet schrijven (is de schijf vol?): %1</translation>
    </message>
    <message>
        <source>The audio input “%1” is gone.</source>
        <translation>De geluidsingang “%1” is verdwenen.</translation>
    </message>
    <message>
        <source>The audio input “%1” delivers no sound any more.</source>
        <translation>De geluidsingang “%1” levert geen geluid meer.</translation>
    </message>
</context>
<context>
    <name>nwk::AutosaveWarning</name>
    <message>
        <source>Choose a Folder for Recovery Copies</source>
        <translation>Kies een map voor herstelkopieën</translation>
    </message>
    <message>
        <source>&amp;Retry Now</source>
        <translation>&amp;Nu opnieuw proberen</translation>
    </message>
    <message>
        <source>Autosave warning</source>
        <translation>Waarschuwing over automatisch opslaan</translation>
    </message>
    <message>
        <source>Other &amp;Folder…</source>
        <translation>Andere &amp;map…</translation>
    </message>
    <message>
        <source>Choose another folder for the recovery copies</source>
        <translation>Kies een andere map voor de herstelkopieën</translation>
    </message>
    <message>
        <source>Folder “%1”: %2</source>
        <extracomment>%1 the recovery folder, %2 the reason (from the system)</extracomment>
        <translation>Map “%1”: %2</translation>
    </message>
    <message>
        <source>Autosave is not working: the changes since the last save are not protected.</source>
        <translation>Automatisch opslaan werkt niet: de wijzigingen sinds de laatste keer opslaan zijn niet beschermd.</translation>
    </message>
    <message>
        <source>If Netwerkkaart stops now, the changes since the last save are lost. It keeps trying; save the session, or choose another folder for the recovery copies.</source>
        <translation>Als Netwerkkaart nu stopt, gaan de wijzigingen sinds de laatste keer opslaan verloren. Het blijft proberen; sla de sessie op, of kies een andere map voor de herstelkopieën.</translation>
    </message>
</context>
<context>
    <name>nwk::Autosaver</name>
    <message>
        <source>Untitled</source>
        <translation>Naamloos</translation>
    </message>
</context>
<context>
    <name>nwk::CapturePanel</name>
    <message>
        <source>Who named the partner (Ctrl+1 … Ctrl+9; Ctrl+0: nobody)</source>
        <translation>Wie de partner noemde (Ctrl+1 … Ctrl+9; Ctrl+0: niemand)</translation>
    </message>
    <message>
        <source>Where a new partner goes: the unplaced tray, or a sector</source>
        <translation>Waar een nieuwe partner terechtkomt: bij de nog te plaatsen partners of in een sector</translation>
    </message>
    <message>
        <source>The ring (distance to the school) partners are placed in</source>
        <translation>De ring (afstand tot de school) waarin partners geplaatst worden</translation>
    </message>
    <message>
        <source>Type a partner&apos;s name and press Enter (Ctrl+L or / comes here)</source>
        <translation>Typ de naam van een partner en druk op Enter (Ctrl+L of / brengt je hier)</translation>
    </message>
    <message>
        <source>Partner name, then Enter</source>
        <translation>Naam van de partner, dan Enter</translation>
    </message>
    <message>
        <source>&amp;Paste List</source>
        <translation>Lijst &amp;plakken</translation>
    </message>
    <message>
        <source>Adds one partner per line of the clipboard to the tray</source>
        <translation>Voegt per regel van het klembord een partner toe aan de nog te plaatsen partners</translation>
    </message>
    <message>
        <source>Pla&amp;ce</source>
        <translation>Pla&amp;atsen</translation>
    </message>
    <message>
        <source>Places the selected tray partners on the map (Enter)</source>
        <translation>Plaatst de geselecteerde nog te plaatsen partners op de netwerkkaart (Enter)</translation>
    </message>
    <message>
        <source>&amp;Named by:</source>
        <translation>Ge&amp;noemd door:</translation>
    </message>
    <message>
        <source>Place &amp;in:</source>
        <translation>Plaatsen &amp;in:</translation>
    </message>
    <message>
        <source>Rin&amp;g:</source>
        <translation>Rin&amp;g:</translation>
    </message>
    <message>
        <source>Pa&amp;rtner:</source>
        <translation>Pa&amp;rtner:</translation>
    </message>
    <message>
        <source>&amp;Unplaced tray:</source>
        <translation>Nog &amp;te plaatsen:</translation>
    </message>
    <message>
        <source>Partners not yet on the map: Enter places the selected ones, or drag them onto the map</source>
        <translation>Partners die nog niet op de netwerkkaart staan: Enter plaatst de geselecteerde, of sleep ze op de netwerkkaart</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Invoer</translation>
    </message>
    <message>
        <source>&amp;Capture a Partner</source>
        <translation>Partner &amp;noteren</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Named by Nobody</source>
        <translation>Door niemand genoemd</translation>
    </message>
    <message>
        <source>Named by Participant %1</source>
        <translation>Genoemd door deelnemer %1</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Unplaced tray</source>
        <translation>Nog te plaatsen</translation>
    </message>
    <message>
        <source>Ring %1</source>
        <translation>Ring %1</translation>
    </message>
    <message>
        <source>Named by: %1</source>
        <translation>Genoemd door: %1</translation>
    </message>
    <message>
        <source>The clipboard holds no list of partners.</source>
        <translation>Het klembord bevat geen lijst met partners.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n partners</source>
        <translation>
            <numerusform>%n partner plakken</numerusform>
            <numerusform>%n partners plakken</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a sector under “Place in” first.</source>
        <translation>Kies eerst een sector bij “Plaatsen in”.</translation>
    </message>
    <message>
        <source>Place “%1”</source>
        <translation>“%1” plaatsen</translation>
    </message>
    <message numerus="yes">
        <source>Place %n partners</source>
        <translation>
            <numerusform>%n partner plaatsen</numerusform>
            <numerusform>%n partners plaatsen</numerusform>
        </translation>
    </message>
    <message>
        <source>Go to the capture field to type a new partner&apos;s name</source>
        <translation>Naar het invoerveld gaan om de naam van een nieuwe partner te typen</translation>
    </message>
    <message>
        <source>Show or hide the capture field and the unplaced tray</source>
        <translation>Het invoerveld en de nog te plaatsen partners tonen of verbergen</translation>
    </message>
    <message>
        <source>New partners are named by nobody in particular</source>
        <translation>Nieuwe partners worden door niemand in het bijzonder genoemd</translation>
    </message>
    <message>
        <source>New partners are named by participant %1</source>
        <translation>Nieuwe partners worden genoemd door deelnemer %1</translation>
    </message>
    <message>
        <source>unplaced tray</source>
        <translation>nog te plaatsen</translation>
    </message>
    <message>
        <source>Partner kept: %1 — %2</source>
        <extracomment>Status bar after quick-add: %1 the partner, %2 its sector or the tray</extracomment>
        <translation>Partner bewaard: %1 — %2</translation>
    </message>
    <message>
        <source>Partner kept: %1 — named by %2, %3</source>
        <extracomment>Status bar after quick-add: %1 the partner, %2 who named it, %3 where it is</extracomment>
        <translation>Partner bewaard: %1 — genoemd door %2, %3</translation>
    </message>
</context>
<context>
    <name>nwk::CardPage</name>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citaten</translation>
    </message>
    <message>
        <source>&amp;Link to Selection</source>
        <translation>&amp;Koppelen aan selectie</translation>
    </message>
    <message>
        <source>Link the chosen quote to the partners selected on the map</source>
        <translation>Het gekozen citaat koppelen aan de partners die op de netwerkkaart geselecteerd zijn</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Quote, as said…</source>
        <translation>Citaat, letterlijk…</translation>
    </message>
    <message>
        <source>Who said it</source>
        <translation>Wie het zei</translation>
    </message>
    <message>
        <source>Add &amp;Quote</source>
        <translation>&amp;Citaat toevoegen</translation>
    </message>
    <message>
        <source>Sa&amp;id by:</source>
        <translation>Gez&amp;egd door:</translation>
    </message>
    <message>
        <source>Notes for %1</source>
        <translation>Notities bij %1</translation>
    </message>
    <message>
        <source>Link this note to the partners selected on the map</source>
        <translation>Deze notitie koppelen aan de partners die op de netwerkkaart geselecteerd zijn</translation>
    </message>
    <message>
        <source>Main questions</source>
        <translation>Hoofdvragen</translation>
    </message>
    <message>
        <source>Main question</source>
        <translation>Hoofdvraag</translation>
    </message>
    <message>
        <source>H%1</source>
        <translation>H%1</translation>
    </message>
    <message>
        <source>Subquestions</source>
        <translation>Subvragen</translation>
    </message>
    <message>
        <source>S%1</source>
        <translation>S%1</translation>
    </message>
    <message>
        <source>Card status: %1</source>
        <translation>Status van de gesprekskaart: %1</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Tijd: %1</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>Notitie bij %1</translation>
    </message>
    <message>
        <source>Unlink note</source>
        <translation>Notitie loskoppelen</translation>
    </message>
    <message>
        <source>Link note to partners</source>
        <translation>Notitie koppelen aan partners</translation>
    </message>
    <message>
        <source>Quote for the card</source>
        <translation>Citaat bij de gesprekskaart</translation>
    </message>
    <message>
        <source>Quote for: %1</source>
        <translation>Citaat bij: %1</translation>
    </message>
    <message>
        <source>Add quote</source>
        <translation>Citaat toevoegen</translation>
    </message>
    <message>
        <source>Link quote to partners</source>
        <translation>Citaat koppelen aan partners</translation>
    </message>
    <message>
        <source>Remove quote</source>
        <translation>Citaat verwijderen</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Koppelen</translation>
    </message>
    <message>
        <source>Linked: %1</source>
        <translation>Gekoppeld: %1</translation>
    </message>
    <message>
        <source>(speaker unknown)</source>
        <translation>(spreker onbekend)</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citaat</translation>
    </message>
    <message>
        <source>A participant&apos;s words, as said; Enter adds the quote</source>
        <translation>De woorden van een deelnemer, letterlijk; Enter voegt het citaat toe</translation>
    </message>
    <message>
        <source>Note kept: %1 — question %2</source>
        <extracomment>Status bar while a note is typed: %1 the note&apos;s last words, %2 the question&apos;s number</extracomment>
        <translation>Notitie bewaard: %1 — vraag %2</translation>
    </message>
    <message>
        <source>speaker unknown</source>
        <translation>spreker onbekend</translation>
    </message>
    <message>
        <source>Quote kept: %1 — %2</source>
        <extracomment>Status bar after a quote is added: %1 the quote, %2 who said it</extracomment>
        <translation>Citaat bewaard: %1 — %2</translation>
    </message>
    <message>
        <source>How the findings report words this card when nothing was recorded: not discussed, not recorded, or left out</source>
        <translation>Hoe het verslag van de bevindingen deze gesprekskaart verwoordt als er niets genoteerd is: niet aan bod gekomen, niet genoteerd of weggelaten</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Verslag:</translation>
    </message>
    <message>
        <source>Report card as: %1</source>
        <translation>Gesprekskaart in het verslag als: %1</translation>
    </message>
    <message>
        <source>Notes for %1 (report: %2)</source>
        <translation>Notities bij %1 (verslag: %2)</translation>
    </message>
</context>
<context>
    <name>nwk::Cards</name>
    <message>
        <source>Not started</source>
        <translation>Niet begonnen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
    </message>
    <message>
        <source>Atmosphere</source>
        <translation>Sfeer</translation>
    </message>
    <message>
        <source>Disturbance</source>
        <translation>Storend element</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emotie</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>As recorded</source>
        <translation>Zoals genoteerd</translation>
    </message>
    <message>
        <source>Not discussed</source>
        <translation>Niet aan bod gekomen</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Niet genoteerd</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Weggelaten</translation>
    </message>
</context>
<context>
    <name>nwk::CardsPanel</name>
    <message>
        <source>Start &amp;Recording</source>
        <translation>Opname &amp;starten</translation>
    </message>
    <message>
        <source>Previous card (Ctrl+PgUp, Alt+Left)</source>
        <translation>Vorige gesprekskaart (Ctrl+PgUp, Alt+Links)</translation>
    </message>
    <message>
        <source>Next card (Ctrl+PgDown, Alt+Right)</source>
        <translation>Volgende gesprekskaart (Ctrl+PgDown, Alt+Rechts)</translation>
    </message>
    <message>
        <source>&amp;Card</source>
        <translation>Gespreks&amp;kaart</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Gesprekskaart</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>O&amp;verview</source>
        <translation>O&amp;verzicht</translation>
    </message>
    <message>
        <source>&amp;Protocol</source>
        <translation>&amp;Stappenplan</translation>
    </message>
    <message>
        <source>Remove Memo</source>
        <translation>Memo verwijderen</translation>
    </message>
    <message>
        <source>&amp;Memos</source>
        <translation>&amp;Memo&apos;s</translation>
    </message>
    <message>
        <source>%1 (Alt+%2)</source>
        <translation>%1 (Alt+%2)</translation>
    </message>
    <message>
        <source>Research memo; Enter saves, Esc cancels</source>
        <translation>Onderzoeksmemo; Enter bewaart, Esc annuleert</translation>
    </message>
    <message>
        <source>Phase %1</source>
        <translation>Fase %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>This deck has no cards.</source>
        <translation>Deze kaartenset heeft geen gesprekskaarten.</translation>
    </message>
    <message>
        <source>%1 · card %2 of %3</source>
        <translation>%1 · gesprekskaart %2 van %3</translation>
    </message>
    <message>
        <source>Total (%1 of %2 done)</source>
        <translation>Totaal (%1 van %2 klaar)</translation>
    </message>
    <message>
        <source>Go to card “%1”</source>
        <translation>Naar gesprekskaart “%1”</translation>
    </message>
    <message>
        <source>Memo: %1</source>
        <translation>Memo: %1</translation>
    </message>
    <message>
        <source>Remove memo</source>
        <translation>Memo verwijderen</translation>
    </message>
    <message>
        <source>Start recording</source>
        <translation>Opname starten</translation>
    </message>
    <message>
        <source>Research memo</source>
        <translation>Onderzoeksmemo</translation>
    </message>
    <message>
        <source>A research memo at this moment; Enter saves, Esc cancels</source>
        <translation>Een onderzoeksmemo bij dit moment; Enter bewaart, Esc annuleert</translation>
    </message>
    <message>
        <source>Memo kept: %1 — %2</source>
        <extracomment>Status bar after Enter in the memo bar: %1 the memo&apos;s text, %2 its kind</extracomment>
        <translation>Memo bewaard: %1 — %2</translation>
    </message>
    <message>
        <source>Clock %1</source>
        <extracomment>The cards panel&apos;s session clock, e.g. &quot;Clock 0:41:12&quot; (the audio has its own REC sign)</extracomment>
        <translation>Klok %1</translation>
    </message>
    <message>
        <source>The session clock: cards, quotes, notes, memos and the map&apos;s changes are timed on it</source>
        <translation>De sessieklok: gesprekskaarten, citaten, notities, memo&apos;s en de wijzigingen aan de netwerkkaart krijgen er hun tijd van</translation>
    </message>
    <message>
        <source>Clock not started</source>
        <extracomment>The cards panel&apos;s session clock before it is started</extracomment>
        <translation>Klok niet gestart</translation>
    </message>
    <message>
        <source>Session not live</source>
        <extracomment>The cards panel&apos;s session clock of a session held more than 12 hours ago</extracomment>
        <translation>Sessie niet live</translation>
    </message>
</context>
<context>
    <name>nwk::CategoriesDock</name>
    <message>
        <source>Categories and Rings</source>
        <translation>Categorieën en ringen</translation>
    </message>
    <message>
        <source>Categories (sectors, clockwise from 12 o&apos;clock)</source>
        <translation>Categorieën (sectoren, met de klok mee vanaf 12 uur)</translation>
    </message>
    <message>
        <source>Rings (distance from the school)</source>
        <translation>Ringen (afstand tot de school)</translation>
    </message>
    <message>
        <source>&amp;Categories and Rings</source>
        <translation>&amp;Categorieën en ringen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Rename, recolour, add, remove and reorder categories; set the rings</source>
        <translation>Categorieën hernoemen, herkleuren, toevoegen, verwijderen en herschikken; de ringen instellen</translation>
    </message>
    <message>
        <source>Edit the map&apos;s sectors (label, colour, marker, order) and its rings</source>
        <translation>De sectoren van de netwerkkaart (naam, kleur, symbool, volgorde) en de ringen bewerken</translation>
    </message>
</context>
<context>
    <name>nwk::CategoryEditor</name>
    <message>
        <source>Categories, in sector order clockwise from 12 o&apos;clock</source>
        <translation>Categorieën, in de volgorde van de sectoren met de klok mee vanaf 12 uur</translation>
    </message>
    <message>
        <source>Add Category</source>
        <translation>Categorie toevoegen</translation>
    </message>
    <message>
        <source>Remove Category…</source>
        <translation>Categorie verwijderen…</translation>
    </message>
    <message>
        <source>Move Category Up</source>
        <translation>Categorie omhoog</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Up</source>
        <translation>Ctrl+Shift+Up</translation>
    </message>
    <message>
        <source>Move Category Down</source>
        <translation>Categorie omlaag</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Down</source>
        <translation>Ctrl+Shift+Down</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Add a category after the selected one</source>
        <translation>Een categorie toevoegen na de geselecteerde</translation>
    </message>
    <message>
        <source>Remove the selected category; its partners can move to another</source>
        <translation>De geselecteerde categorie verwijderen; haar partners kunnen naar een andere verhuizen</translation>
    </message>
    <message>
        <source>Move the selected category one sector back (%1)</source>
        <translation>De geselecteerde categorie een sector terugschuiven (%1)</translation>
    </message>
    <message>
        <source>Move the selected category one sector on (%1)</source>
        <translation>De geselecteerde categorie een sector verder schuiven (%1)</translation>
    </message>
    <message>
        <source>Rename category (Dutch)</source>
        <translation>Categorie hernoemen (Nederlands)</translation>
    </message>
    <message>
        <source>Dutch &amp;label:</source>
        <translation>Nederlandse &amp;naam:</translation>
    </message>
    <message>
        <source>Rename category (English)</source>
        <translation>Categorie hernoemen (Engels)</translation>
    </message>
    <message>
        <source>&amp;English label:</source>
        <translation>&amp;Engelse naam:</translation>
    </message>
    <message>
        <source>The sector&apos;s colour as #rrggbb; “Choose” opens a colour picker</source>
        <translation>De kleur van de sector als #rrggbb; “Kiezen” opent een kleurkiezer</translation>
    </message>
    <message>
        <source>Recolour category</source>
        <translation>Categorie herkleuren</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>K&amp;leur:</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Cirkel</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>Vierkant</translation>
    </message>
    <message>
        <source>Triangle</source>
        <translation>Driehoek</translation>
    </message>
    <message>
        <source>Diamond</source>
        <translation>Ruit</translation>
    </message>
    <message>
        <source>Hexagon</source>
        <translation>Zeshoek</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Ster</translation>
    </message>
    <message>
        <source>Pentagon</source>
        <translation>Vijfhoek</translation>
    </message>
    <message>
        <source>Cross</source>
        <translation>Kruis</translation>
    </message>
    <message>
        <source>Change category marker</source>
        <translation>Symbool van de categorie wijzigen</translation>
    </message>
    <message>
        <source>&amp;Marker:</source>
        <translation>&amp;Symbool:</translation>
    </message>
    <message>
        <source>One or two letters drawn in the marker, so the map reads without colour</source>
        <translation>Eén of twee letters in het symbool, zodat de netwerkkaart ook zonder kleur leesbaar is</translation>
    </message>
    <message>
        <source>Change category letter</source>
        <translation>Letter van de categorie wijzigen</translation>
    </message>
    <message>
        <source>Le&amp;tter:</source>
        <translation>Le&amp;tter:</translation>
    </message>
    <message>
        <source>Draw with a black &amp;frame</source>
        <translation>Met een zwart &amp;kader tekenen</translation>
    </message>
    <message>
        <source>As the study&apos;s “interne actoren”</source>
        <translation>Zoals de “interne actoren” in het onderzoek</translation>
    </message>
    <message>
        <source>Frame category</source>
        <translation>Categorie omkaderen</translation>
    </message>
    <message>
        <source>Unframe category</source>
        <translation>Kader van categorie weghalen</translation>
    </message>
    <message>
        <source>e.g. niet aan bod gekomen</source>
        <translation>bv. niet aan bod gekomen</translation>
    </message>
    <message>
        <source>Edit category note</source>
        <translation>Notitie bij categorie bewerken</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otitie:</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>Categorie toevoegen</translation>
    </message>
    <message>
        <source>Move category up</source>
        <translation>Categorie omhoog schuiven</translation>
    </message>
    <message>
        <source>Move category down</source>
        <translation>Categorie omlaag schuiven</translation>
    </message>
    <message>
        <source>Remove category</source>
        <translation>Categorie verwijderen</translation>
    </message>
    <message>
        <source>Remove Category</source>
        <translation>Categorie verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is used by %n partner(s) or missing partner(s). Move them to:</source>
        <translation>
            <numerusform>“%1” wordt gebruikt door %n partner of ontbrekende partner. Verplaatsen naar:</numerusform>
            <numerusform>“%1” wordt gebruikt door %n partners of ontbrekende partners. Verplaatsen naar:</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove and Move Partners</source>
        <translation>Verwijderen en partners verplaatsen</translation>
    </message>
    <message>
        <source>Remove category, move partners</source>
        <translation>Categorie verwijderen, partners verplaatsen</translation>
    </message>
</context>
<context>
    <name>nwk::CodebookDialog</name>
    <message>
        <source>Netwerkkaart codebooks (*.nwkcodes);;All files (*)</source>
        <translation>Netwerkkaart-codeboeken (*.nwkcodes);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Codeboek</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>Nieuwe code</translation>
    </message>
    <message>
        <source>Import Codebook</source>
        <translation>Codeboek importeren</translation>
    </message>
    <message>
        <source>Cannot Import Codebook</source>
        <translation>Kan codeboek niet importeren</translation>
    </message>
    <message>
        <source>Export Codebook</source>
        <translation>Codeboek exporteren</translation>
    </message>
    <message>
        <source>codebook.nwkcodes</source>
        <translation>codeboek.nwkcodes</translation>
    </message>
    <message>
        <source>Cannot Export Codebook</source>
        <translation>Kan codeboek niet exporteren</translation>
    </message>
    <message>
        <source>Edit code</source>
        <translation>Code bewerken</translation>
    </message>
    <message>
        <source>Add code</source>
        <translation>Code toevoegen</translation>
    </message>
    <message>
        <source>Remove code</source>
        <translation>Code verwijderen</translation>
    </message>
    <message>
        <source>Import codebook</source>
        <translation>Codeboek importeren</translation>
    </message>
</context>
<context>
    <name>nwk::CompareWindow</name>
    <message>
        <source>Compare Schools</source>
        <translation>Scholen vergelijken</translation>
    </message>
    <message>
        <source>Compare Sessions</source>
        <translation>Sessies vergelijken</translation>
    </message>
    <message>
        <source>Netwerkkaart sessions (*.nwk);;All files (*)</source>
        <translation>Netwerkkaart-sessies (*.nwk);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Export Comparison</source>
        <translation>Vergelijking exporteren</translation>
    </message>
    <message>
        <source>comparison.csv</source>
        <translation>vergelijking.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Add Sessions…</source>
        <translation>Sessies toevoegen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Synonyms…</source>
        <translation>Synoniemen…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exporteren…</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Maps</source>
        <translation>Netwerkkaarten</translation>
    </message>
    <message>
        <source>Recurring Partners</source>
        <translation>Terugkerende partners</translation>
    </message>
    <message>
        <source>Compare Schools…</source>
        <translation>Scholen vergelijken…</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>onleesbaar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Scholen</translation>
    </message>
    <message>
        <source>Partners that recur in more than one school: %1</source>
        <translation>Partners die in meer dan één school terugkomen: %1</translation>
    </message>
    <message>
        <source>Compare the measures and partners of several session files</source>
        <translation>De maten en partners van meerdere sessiebestanden vergelijken</translation>
    </message>
    <message>
        <source>Export Maps</source>
        <translation>Netwerkkaarten exporteren</translation>
    </message>
    <message>
        <source>comparison-maps.pdf</source>
        <translation>vergelijking-netwerkkaarten.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;SVG (*.svg)</source>
        <translation>PDF (*.pdf);;SVG (*.svg)</translation>
    </message>
    <message>
        <source>The table, with the labels each recurring partner was matched by</source>
        <translation>De tabel, met de namen waarop elke terugkerende partner gevonden werd</translation>
    </message>
    <message>
        <source>Export Maps…</source>
        <translation>Netwerkkaarten exporteren…</translation>
    </message>
    <message>
        <source>Every school&apos;s map on one page (PDF or SVG), the chosen partner highlighted, for a paper</source>
        <translation>De netwerkkaart van elke school op één pagina (PDF of SVG), met de gekozen partner gemarkeerd, voor een artikel</translation>
    </message>
    <message>
        <source>Keep Apart</source>
        <translation>Apart houden</translation>
    </message>
    <message>
        <source>The selected school&apos;s labels are not this partner: match them only with labels written the same (saved with the synonyms)</source>
        <translation>De gekozen namen van deze school zijn niet deze partner: koppel ze alleen aan namen die hetzelfde geschreven zijn (bewaard bij de synoniemen)</translation>
    </message>
    <message>
        <source>The labels matched as “%1”, per school; correct a match with Synonyms… or Keep Apart</source>
        <translation>De namen die als “%1” gekoppeld zijn, per school; verbeter een koppeling met Synoniemen… of Apart houden</translation>
    </message>
    <message>
        <source>%1 (internal)</source>
        <translation>%1 (intern)</translation>
    </message>
    <message>
        <source>A recurring partner to highlight on every map (or pick its row in the table)</source>
        <translation>Een terugkerende partner om op elke netwerkkaart te markeren (of kies zijn rij in de tabel)</translation>
    </message>
    <message>
        <source>Highlight:</source>
        <translation>Markeren:</translation>
    </message>
    <message>
        <source>Link zoom</source>
        <translation>Samen zoomen</translation>
    </message>
    <message>
        <source>Zoom and pan every map together (Ctrl+wheel on a map zooms, dragging pans)</source>
        <translation>Alle netwerkkaarten samen zoomen en verschuiven (Ctrl+scrollwiel op een netwerkkaart zoomt, slepen verschuift)</translation>
    </message>
    <message>
        <source>Whole Maps</source>
        <translation>Hele netwerkkaarten</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Maps per row; Auto fits the window</source>
        <translation>Netwerkkaarten per rij; Automatisch past ze in het venster</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Kolommen:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>%1 (%2 schools)</source>
        <translation>%1 (%2 scholen)</translation>
    </message>
    <message>
        <source>Comparison of %1 schools</source>
        <translation>Vergelijking van %1 scholen</translation>
    </message>
    <message>
        <source>Ringed: partners that recur on another school&apos;s map. Halo: %1.</source>
        <translation>Omcirkeld: partners die ook op de netwerkkaart van een andere school staan. Gemarkeerd: %1.</translation>
    </message>
    <message>
        <source>Ringed: partners that recur on another school&apos;s map.</source>
        <translation>Omcirkeld: partners die ook op de netwerkkaart van een andere school staan.</translation>
    </message>
</context>
<context>
    <name>nwk::DeckResolver</name>
    <message>
        <source>“%1” cannot be used as a deck:</source>
        <translation>“%1” kan niet als kaartenset gebruikt worden:</translation>
    </message>
    <message>
        <source>The session&apos;s deck “%1” (%2) was not found next to the session file or among the deck files opened before.</source>
        <translation>De kaartenset “%1” (%2) van de sessie werd niet gevonden naast het sessiebestand of bij de eerder geopende kaartensets.</translation>
    </message>
    <message>
        <source>Showing the built-in study deck instead; notes stay with their card and question ids.</source>
        <translation>In de plaats wordt de ingebouwde kaartenset van het onderzoek getoond; notities blijven bij hun gesprekskaart- en vraag-id&apos;s.</translation>
    </message>
</context>
<context>
    <name>nwk::DockLayout</name>
    <message>
        <source>Show or hide the “%1” panel</source>
        <translation>Het paneel “%1” tonen of verbergen</translation>
    </message>
</context>
<context>
    <name>nwk::ExportDataDialog</name>
    <message>
        <source>Export Data and Report</source>
        <translation>Gegevens en verslag exporteren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>The folder the files are written to (created if needed)</source>
        <translation>De map waarin de bestanden geschreven worden (aangemaakt indien nodig)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Kies de map</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Map:</translation>
    </message>
    <message>
        <source>The start of every file name, e.g. “bao1” gives bao1.graphml, bao1-partners.csv and bao1-report.html</source>
        <translation>Het begin van elke bestandsnaam, bv. “bao1” geeft bao1.graphml, bao1-partners.csv en bao1-report.html</translation>
    </message>
    <message>
        <source>&amp;Base name:</source>
        <translation>&amp;Basisnaam:</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schrijven</translation>
    </message>
    <message>
        <source>&amp;GraphML (Gephi, yEd, igraph, networkx)</source>
        <translation>&amp;GraphML (Gephi, yEd, igraph, networkx)</translation>
    </message>
    <message>
        <source>The network in one file: the school, the partners and the links</source>
        <translation>Het netwerk in één bestand: de school, de partners en de verbindingen</translation>
    </message>
    <message>
        <source>&amp;CSV tables (spreadsheets, R, SPSS)</source>
        <translation>&amp;CSV-tabellen (rekenbladen, R, SPSS)</translation>
    </message>
    <message>
        <source>One table per subject: partners, links, participants, marks, missing partners, notes and quotes, …</source>
        <translation>Eén tabel per onderwerp: partners, verbindingen, deelnemers, markeringen, ontbrekende partners, notities en citaten, …</translation>
    </message>
    <message>
        <source>Findings report as &amp;HTML</source>
        <translation>Verslag met bevindingen als &amp;HTML</translation>
    </message>
    <message>
        <source>The findings document with the map, to read in a browser</source>
        <translation>Het document met bevindingen en de netwerkkaart, om in een browser te lezen</translation>
    </message>
    <message>
        <source>Findings report as &amp;PDF</source>
        <translation>Verslag met bevindingen als &amp;PDF</translation>
    </message>
    <message>
        <source>The findings document with the map, A4, to print or send</source>
        <translation>Het document met bevindingen en de netwerkkaart, A4, om af te drukken of te versturen</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opties</translation>
    </message>
    <message>
        <source>Anon&amp;ymised</source>
        <translation>Ge&amp;anonimiseerd</translation>
    </message>
    <message>
        <source>Persons under their pseudonym, participants under their role, the school under its pseudonym</source>
        <translation>Personen onder hun pseudoniem, deelnemers onder hun functie, de school onder haar pseudoniem</translation>
    </message>
    <message>
        <source>Researcher&apos;s &amp;annotations in the report</source>
        <translation>Annotaties van de &amp;onderzoeker in het verslag</translation>
    </message>
    <message>
        <source>Add a section with the annotations made under Research</source>
        <translation>Een deel toevoegen met de annotaties die onder Onderzoek gemaakt zijn</translation>
    </message>
    <message>
        <source>CSV for E&amp;xcel (byte order mark)</source>
        <translation>CSV voor E&amp;xcel (byte order mark)</translation>
    </message>
    <message>
        <source>Lets Excel open the CSV files with a double-click; leave off for R</source>
        <translation>Laat Excel de CSV-bestanden met een dubbelklik openen; uit laten voor R</translation>
    </message>
    <message>
        <source>The language of the labels and the report&apos;s fixed texts</source>
        <translation>De taal van de namen en van de vaste teksten van het verslag</translation>
    </message>
    <message>
        <source>Lang&amp;uage:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Choose at least one thing to write.</source>
        <translation>Kies minstens één ding om te schrijven.</translation>
    </message>
    <message>
        <source>Choose a folder to export to.</source>
        <translation>Kies een map om naar te exporteren.</translation>
    </message>
    <message>
        <source>Give the files a base name.</source>
        <translation>Geef de bestanden een basisnaam.</translation>
    </message>
    <message>
        <source>The base name “%1” cannot hold a / or \.</source>
        <translation>De basisnaam “%1” mag geen / of \ bevatten.</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>Kan de map “%1” niet aanmaken.</translation>
    </message>
    <message>
        <source>Written before the problem: %1</source>
        <translation>Geschreven voor het probleem optrad: %1</translation>
    </message>
    <message>
        <source>Export &amp;Data and Report…</source>
        <translation>&amp;Gegevens en verslag exporteren…</translation>
    </message>
    <message>
        <source>%1 CSV tables</source>
        <translation>%1 CSV-tabellen</translation>
    </message>
    <message>
        <source>Exported to %1: %2</source>
        <translation>Geëxporteerd naar %1: %2</translation>
    </message>
    <message>
        <source>CSV cells as typed (&amp;no formula protection)</source>
        <translation>CSV-cellen letterlijk (&amp;zonder bescherming tegen formules)</translation>
    </message>
    <message>
        <source>By default a cell that starts with = + - @ gets a leading &apos; so that a spreadsheet shows it as text instead of running it as a formula. Check this for tools that read the cells literally.</source>
        <translation>Standaard krijgt een cel die begint met = + - @ er een &apos; voor, zodat een rekenblad ze als tekst toont in plaats van ze als formule uit te voeren. Vink dit aan voor programma&apos;s die de cellen letterlijk lezen.</translation>
    </message>
    <message>
        <source>The school&apos;s id in every CSV table and in the GraphML (egoID), so that the tables of several schools can be stacked. Default: the school&apos;s name; anonymised, its pseudonym.</source>
        <translation>De id van de school in elke CSV-tabel en in de GraphML (egoID), zodat de tabellen van meerdere scholen onder elkaar kunnen. Standaard: de naam van de school; geanonimiseerd: haar pseudoniem.</translation>
    </message>
    <message>
        <source>&amp;Ego id:</source>
        <translation>&amp;Ego-id:</translation>
    </message>
    <message>
        <source>needed: the school has no pseudonym</source>
        <translation>nodig: de school heeft geen pseudoniem</translation>
    </message>
    <message>
        <source>&amp;R pack (tables and a script for igraph and ggraph)</source>
        <translation>&amp;R-pakket (tabellen en een script voor igraph en ggraph)</translation>
    </message>
    <message>
        <source>A folder “&lt;base&gt;-r” with tables for R (egor&apos;s column names) and netwerkkaart.R, which draws this map with ggplot2 and ggraph</source>
        <translation>Een map „&lt;basisnaam&gt;-r” met tabellen voor R (kolomnamen van egor) en netwerkkaart.R, dat deze netwerkkaart tekent met ggplot2 en ggraph</translation>
    </message>
    <message>
        <source>Findings report as &amp;ODT (editable)</source>
        <translation>Verslag met bevindingen als O&amp;DT (bewerkbaar)</translation>
    </message>
    <message>
        <source>The findings document with the map as an OpenDocument text, to edit in LibreOffice or Word before the member check</source>
        <translation>Het document met bevindingen en de netwerkkaart als OpenDocument-tekst, om te bewerken in LibreOffice of Word vóór de member check</translation>
    </message>
    <message>
        <source>Write GraphML, CSV tables, the R pack and the findings report (HTML, PDF, ODT) into a folder</source>
        <translation>GraphML, CSV-tabellen, het R-pakket en het verslag met bevindingen (HTML, PDF, ODT) in een map schrijven</translation>
    </message>
    <message>
        <source>R pack in %1</source>
        <translation>R-pakket in %1</translation>
    </message>
    <message>
        <source>&amp;QDA project (ATLAS.ti, MAXQDA, NVivo, QualCoder)</source>
        <translation>&amp;QDA-project (ATLAS.ti, MAXQDA, NVivo, QualCoder)</translation>
    </message>
    <message>
        <source>A REFI-QDA project (.qdpx): partners as cases, the codebook, annotations as codings, and the notes, quotes and memos as texts to code</source>
        <translation>Een REFI-QDA-project (.qdpx): partners als cases, het codeboek, annotaties als coderingen, en de notities, citaten en memo&apos;s als teksten om te coderen</translation>
    </message>
</context>
<context>
    <name>nwk::ExportDialog</name>
    <message>
        <source>Export Map</source>
        <translation>Netwerkkaart exporteren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <source>SVG (vector, restylable)</source>
        <translation>SVG (vector, opmaak aanpasbaar)</translation>
    </message>
    <message>
        <source>PNG (image)</source>
        <translation>PNG (afbeelding)</translation>
    </message>
    <message>
        <source>PDF (vector, one page)</source>
        <translation>PDF (vector, één pagina)</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Formaat:</translation>
    </message>
    <message>
        <source>PNG size</source>
        <translation>Grootte van de PNG</translation>
    </message>
    <message>
        <source>&amp;Width in pixels:</source>
        <translation>B&amp;reedte in pixels:</translation>
    </message>
    <message>
        <source>A4 wide at &amp;DPI:</source>
        <translation>A4 breed bij &amp;DPI:</translation>
    </message>
    <message>
        <source>&amp;Transparent background</source>
        <translation>&amp;Transparante achtergrond</translation>
    </message>
    <message>
        <source>PDF page</source>
        <translation>PDF-pagina</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Liggend</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Staand</translation>
    </message>
    <message>
        <source>Page si&amp;ze:</source>
        <translation>Papier&amp;grootte:</translation>
    </message>
    <message>
        <source>Orient&amp;ation:</source>
        <translation>&amp;Stand:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>&amp;Legende</translation>
    </message>
    <message>
        <source>T&amp;itle (school and date)</source>
        <translation>T&amp;itel (school en datum)</translation>
    </message>
    <message>
        <source>Importance &amp;marks</source>
        <translation>Belangrijk-&amp;markeringen</translation>
    </message>
    <message>
        <source>&amp;Notes (a mark on partners with notes)</source>
        <translation>&amp;Notities (een teken bij partners met notities)</translation>
    </message>
    <message>
        <source>Missing &amp;partners</source>
        <translation>Ontbrekende &amp;partners</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>Gr&amp;oepen</translation>
    </message>
    <message>
        <source>Lang&amp;uage of the labels:</source>
        <translation>Taal van d&amp;e namen:</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG-afbeelding (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-afbeelding (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-document (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a file to export the map to.</source>
        <translation>Kies een bestand om de netwerkkaart naar te exporteren.</translation>
    </message>
    <message>
        <source>Export &amp;Map…</source>
        <translation>Netwerk&amp;kaart exporteren…</translation>
    </message>
    <message>
        <source>Save the map as an SVG, PNG or PDF file</source>
        <translation>De netwerkkaart opslaan als SVG-, PNG- of PDF-bestand</translation>
    </message>
    <message>
        <source>Exported the map to %1</source>
        <translation>De netwerkkaart is geëxporteerd naar %1</translation>
    </message>
    <message>
        <source>Anon&amp;ymised (pseudonyms for persons, roles for participants)</source>
        <translation>Ge&amp;anonimiseerd (pseudoniemen voor personen, functies voor deelnemers)</translation>
    </message>
    <message>
        <source>“%1” holds a Netwerkkaart session; the map is not written over it. Choose another file.</source>
        <translation>“%1” bevat een Netwerkkaart-sessie; de netwerkkaart wordt er niet overheen geschreven. Kies een ander bestand.</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>The least size of partner labels on the printed page (A4 unless the PDF page says otherwise)</source>
        <translation>De kleinste grootte van de namen van partners op de afgedrukte pagina (A4, tenzij de PDF-pagina iets anders zegt)</translation>
    </message>
    <message>
        <source>Label si&amp;ze on the page:</source>
        <translation>Grootte van de &amp;namen op de pagina:</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) cannot be placed without overlap at %1 pt on A4: they would be numbered on the map and listed in full in a key.</source>
        <translation>
            <numerusform>%n naam kan niet zonder overlapping geplaatst worden op %1 pt op A4: ze zou genummerd op de netwerkkaart staan en voluit in een lijst ernaast.</numerusform>
            <numerusform>%n namen kunnen niet zonder overlapping geplaatst worden op %1 pt op A4: ze zouden genummerd op de netwerkkaart staan en voluit in een lijst ernaast.</numerusform>
        </translation>
    </message>
    <message>
        <source>On A3 the labels have more room. Export on A3 instead?</source>
        <translation>Op A3 hebben de namen meer ruimte. Liever op A3 exporteren?</translation>
    </message>
    <message>
        <source>Use A&amp;3</source>
        <translation>A&amp;3 gebruiken</translation>
    </message>
    <message>
        <source>Keep A&amp;4</source>
        <translation>A&amp;4 houden</translation>
    </message>
    <message>
        <source>&amp;Relative placements</source>
        <translation>Relatie&amp;ve plaatsen</translation>
    </message>
</context>
<context>
    <name>nwk::ExportMemory</name>
    <message>
        <source>-anonymised</source>
        <comment>appended to the suggested name of anonymised exports</comment>
        <translation>-anoniem</translation>
    </message>
</context>
<context>
    <name>nwk::ExternalChangeGuard</name>
    <message>
        <source>File Changed on Disk</source>
        <translation>Bestand op schijf gewijzigd</translation>
    </message>
    <message>
        <source>“%1” was changed by another program since you opened or saved it.</source>
        <translation>“%1” werd door een ander programma gewijzigd sinds je het opende of opsloeg.</translation>
    </message>
    <message>
        <source>Overwrite those changes with yours, or save yours under another name and keep both?</source>
        <translation>Die wijzigingen overschrijven met de jouwe, of de jouwe onder een andere naam opslaan en beide bewaren?</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Overschrijven</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
</context>
<context>
    <name>nwk::FocusGroup</name>
    <message>
        <source>Conversation Cards</source>
        <translation>Gesprekskaarten</translation>
    </message>
    <message>
        <source>&amp;Next Card</source>
        <translation>&amp;Volgende gesprekskaart</translation>
    </message>
    <message>
        <source>&amp;Previous Card</source>
        <translation>V&amp;orige gesprekskaart</translation>
    </message>
    <message>
        <source>Next &amp;Question</source>
        <translation>Volgende vr&amp;aag</translation>
    </message>
    <message>
        <source>New &amp;Memo</source>
        <translation>Nieuwe &amp;memo</translation>
    </message>
    <message>
        <source>Add &amp;Quote</source>
        <translation>&amp;Citaat toevoegen</translation>
    </message>
    <message>
        <source>Show &amp;Presenter</source>
        <translation>&amp;Presentatievenster tonen</translation>
    </message>
    <message>
        <source>&amp;Dutch Study Deck</source>
        <translation>&amp;Nederlandse kaartenset van het onderzoek</translation>
    </message>
    <message>
        <source>&amp;English Study Deck</source>
        <translation>&amp;Engelse kaartenset van het onderzoek</translation>
    </message>
    <message>
        <source>&amp;Open Deck File…</source>
        <translation>Kaartenset&amp;bestand openen…</translation>
    </message>
    <message>
        <source>&amp;Deck</source>
        <translation>&amp;Kaartenset</translation>
    </message>
    <message>
        <source>P&amp;resenter</source>
        <translation>P&amp;resentatie</translation>
    </message>
    <message>
        <source>Conversation &amp;Cards Panel</source>
        <translation>Paneel &amp;gesprekskaarten</translation>
    </message>
    <message>
        <source>Hide &amp;Presenter</source>
        <translation>&amp;Presentatievenster verbergen</translation>
    </message>
    <message>
        <source>Show on %1 (%2×%3)</source>
        <extracomment>Presenter menu: %1 is the screen&apos;s name, %2x%3 its size</extracomment>
        <translation>Tonen op %1 (%2×%3)</translation>
    </message>
    <message>
        <source>Show &amp;Card</source>
        <translation>Gespreks&amp;kaart tonen</translation>
    </message>
    <message>
        <source>Show &amp;Map</source>
        <translation>&amp;Netwerkkaart tonen</translation>
    </message>
    <message>
        <source>Card &amp;and Map</source>
        <translation>Gesprekskaart &amp;en netwerkkaart</translation>
    </message>
    <message>
        <source>Phase %1</source>
        <translation>Fase %1</translation>
    </message>
    <message>
        <source>built-in (%1)</source>
        <translation>ingebouwd (%1)</translation>
    </message>
    <message>
        <source>Use the study deck (%1)</source>
        <translation>Kaartenset van het onderzoek gebruiken (%1)</translation>
    </message>
    <message>
        <source>The session keeps its deck “%1”.</source>
        <translation>De sessie houdt haar kaartenset “%1”.</translation>
    </message>
    <message>
        <source>The deck file could not be used; see the cards panel.</source>
        <translation>Het kaartensetbestand kon niet gebruikt worden; zie het paneel gesprekskaarten.</translation>
    </message>
    <message>
        <source>Use deck “%1”</source>
        <translation>Kaartenset “%1” gebruiken</translation>
    </message>
    <message>
        <source>Open Deck File</source>
        <translation>Kaartensetbestand openen</translation>
    </message>
    <message>
        <source>Netwerkkaart decks (*.json);;All files (*)</source>
        <translation>Netwerkkaart-kaartensets (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Go to the next card; the current one is marked done</source>
        <translation>Naar de volgende gesprekskaart; de huidige wordt als klaar gemarkeerd</translation>
    </message>
    <message>
        <source>Go back to the previous card</source>
        <translation>Terug naar de vorige gesprekskaart</translation>
    </message>
    <message>
        <source>Move to the notes field of the next question</source>
        <translation>Naar het notitieveld van de volgende vraag gaan</translation>
    </message>
    <message>
        <source>Write a research memo: atmosphere, disturbance, emotion or other</source>
        <translation>Een onderzoeksmemo schrijven: sfeer, storend element, emotie of andere</translation>
    </message>
    <message>
        <source>Add a quote to the current question, with who said it</source>
        <translation>Een citaat toevoegen bij de huidige vraag, met wie het zei</translation>
    </message>
    <message>
        <source>Show or hide the card and the map for the group, on a projector if there is one</source>
        <translation>De gesprekskaart en de netwerkkaart voor de groep tonen of verbergen, op een projector als die er is</translation>
    </message>
    <message>
        <source>Use the study&apos;s conversation cards in Dutch</source>
        <translation>De gesprekskaarten van het onderzoek in het Nederlands gebruiken</translation>
    </message>
    <message>
        <source>Use the study&apos;s conversation cards in English</source>
        <translation>De gesprekskaarten van het onderzoek in het Engels gebruiken</translation>
    </message>
    <message>
        <source>Use a deck of cards of your own, from a deck file</source>
        <translation>Een eigen set gesprekskaarten gebruiken, uit een kaartensetbestand</translation>
    </message>
    <message>
        <source>Show or hide the cards, the notes, the protocol and the memos</source>
        <translation>De gesprekskaarten, de notities, het stappenplan en de memo&apos;s tonen of verbergen</translation>
    </message>
    <message>
        <source>Show the presenter full screen on this screen</source>
        <translation>Het presentatievenster schermvullend op dit scherm tonen</translation>
    </message>
    <message>
        <source>The presenter shows the current card&apos;s questions</source>
        <translation>Het presentatievenster toont de vragen van de huidige gesprekskaart</translation>
    </message>
    <message>
        <source>The presenter shows the live map</source>
        <translation>Het presentatievenster toont de netwerkkaart zoals ze nu is</translation>
    </message>
    <message>
        <source>The presenter shows the card and the map side by side</source>
        <translation>Het presentatievenster toont de gesprekskaart en de netwerkkaart naast elkaar</translation>
    </message>
    <message>
        <source>Start Session &amp;Clock Only</source>
        <translation>A&amp;lleen de sessieklok starten</translation>
    </message>
    <message>
        <source>Start the session clock without recording audio here (audio recorded elsewhere)</source>
        <translation>De sessieklok starten zonder hier geluid op te nemen (het geluid wordt elders opgenomen)</translation>
    </message>
</context>
<context>
    <name>nwk::GroupEditor</name>
    <message>
        <source>Edit group label</source>
        <translation>Naam van de groep bewerken</translation>
    </message>
    <message>
        <source>Edit group note</source>
        <translation>Notitie bij de groep bewerken</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Leden:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>N&amp;otitie:</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s): %1</source>
        <translation>
            <numerusform>%n partner: %1</numerusform>
            <numerusform>%n partners: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nwk::GroupsDock</name>
    <message>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>Groep hernoemen</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <source>Group Selection</source>
        <translation>Selectie groeperen</translation>
    </message>
    <message>
        <source>Make a group of the selected partners (Ctrl+G)</source>
        <translation>Een groep maken van de geselecteerde partners (Ctrl+G)</translation>
    </message>
    <message>
        <source>Add Selected</source>
        <translation>Selectie toevoegen</translation>
    </message>
    <message>
        <source>Add the selected partners to this group</source>
        <translation>De geselecteerde partners aan deze groep toevoegen</translation>
    </message>
    <message>
        <source>Remove Selected</source>
        <translation>Selectie verwijderen</translation>
    </message>
    <message>
        <source>Take the selected partners out of this group</source>
        <translation>De geselecteerde partners uit deze groep halen</translation>
    </message>
    <message>
        <source>Select Members</source>
        <translation>Leden selecteren</translation>
    </message>
    <message>
        <source>Select this group&apos;s members on the map</source>
        <translation>De leden van deze groep op de netwerkkaart selecteren</translation>
    </message>
    <message>
        <source>Delete Group</source>
        <translation>Groep verwijderen</translation>
    </message>
    <message>
        <source>Delete the group; its partners stay on the map</source>
        <translation>De groep verwijderen; haar partners blijven op de netwerkkaart</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Groep %1</translation>
    </message>
    <message>
        <source>Group selection</source>
        <translation>Selectie groeperen</translation>
    </message>
    <message>
        <source>Add to group “%1”</source>
        <translation>Toevoegen aan groep “%1”</translation>
    </message>
    <message>
        <source>Remove from group “%1”</source>
        <translation>Verwijderen uit groep “%1”</translation>
    </message>
</context>
<context>
    <name>nwk::HistoryDock</name>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geopend&gt;</translation>
    </message>
    <message>
        <source>Show or hide the list of changes, to undo several at once</source>
        <translation>De lijst met wijzigingen tonen of verbergen, om er meerdere tegelijk ongedaan te maken</translation>
    </message>
</context>
<context>
    <name>nwk::LegendOverlay</name>
    <message>
        <source>&amp;Legend</source>
        <translation>&amp;Legende</translation>
    </message>
    <message>
        <source>Show or hide the map&apos;s legend over the map (Ctrl+Shift+L)</source>
        <translation>De legende over de netwerkkaart tonen of verbergen (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Legend</source>
        <extracomment>The button that opens the legend over the map.</extracomment>
        <translation>Legende</translation>
    </message>
</context>
<context>
    <name>nwk::LinkCommands</name>
    <message>
        <source>Add link</source>
        <translation>Verbinding toevoegen</translation>
    </message>
    <message>
        <source>Delete link</source>
        <translation>Verbinding verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n links</source>
        <translation>
            <numerusform>%n verbinding verwijderen</numerusform>
            <numerusform>%n verbindingen verwijderen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nwk::LinkEditor</name>
    <message>
        <source>Change link kind</source>
        <translation>Soort verbinding wijzigen</translation>
    </message>
    <message>
        <source>Change direction</source>
        <translation>Richting wijzigen</translation>
    </message>
    <message>
        <source>Edit link label</source>
        <translation>Label van de verbinding bewerken</translation>
    </message>
    <message>
        <source>Change valence</source>
        <translation>Waardering wijzigen</translation>
    </message>
    <message>
        <source>Edit link note</source>
        <translation>Notitie bij de verbinding bewerken</translation>
    </message>
    <message>
        <source>Between:</source>
        <translation>Tussen:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Richting:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Valence:</source>
        <translation>&amp;Waardering:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>N&amp;otitie:</translation>
    </message>
</context>
<context>
    <name>nwk::LinkStatementSection</name>
    <message>
        <source>Which end started the contact, as the group said</source>
        <translation>Welke kant het contact begon, zoals de groep het zei</translation>
    </message>
    <message>
        <source>Change who started the link</source>
        <translation>Wijzigen wie de verbinding begon</translation>
    </message>
    <message>
        <source>Change reciprocity</source>
        <translation>Wederkerigheid wijzigen</translation>
    </message>
    <message>
        <source>Whether both sides give and take, or one side only</source>
        <translation>Of beide kanten geven en nemen, of maar één kant</translation>
    </message>
    <message>
        <source>Change school role</source>
        <translation>Rol van de school wijzigen</translation>
    </message>
    <message>
        <source>Change go-between</source>
        <translation>Tussenpersoon wijzigen</translation>
    </message>
    <message>
        <source>&amp;Started by:</source>
        <translation>&amp;Begonnen door:</translation>
    </message>
    <message>
        <source>&amp;Reciprocity:</source>
        <translation>&amp;Wederkerigheid:</translation>
    </message>
    <message>
        <source>Sc&amp;hool&apos;s role:</source>
        <translation>Rol van de sc&amp;hool:</translation>
    </message>
    <message>
        <source>V&amp;ia:</source>
        <translation>V&amp;ia:</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Niet gezegd</translation>
    </message>
    <message>
        <source>On this link the school learns, offers, or both</source>
        <translation>Op deze verbinding leert de school, biedt ze aan, of beide</translation>
    </message>
    <message>
        <source>Only for links to the school</source>
        <translation>Alleen voor verbindingen met de school</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>The partner the contact runs through</source>
        <translation>De partner via wie het contact loopt</translation>
    </message>
    <message>
        <source>Only for links of kind “Via”</source>
        <translation>Alleen voor verbindingen van de soort “Via”</translation>
    </message>
</context>
<context>
    <name>nwk::LiveBar</name>
    <message>
        <source>Live layout bar</source>
        <translation>Balk van de sessie-indeling</translation>
    </message>
    <message>
        <source>Show &amp;Docks</source>
        <translation>&amp;Panelen tonen</translation>
    </message>
    <message>
        <source>Bring back the docks as they were (%1)</source>
        <translation>De panelen terugzetten zoals ze waren (%1)</translation>
    </message>
    <message>
        <source>Previous card (%1)</source>
        <translation>Vorige gesprekskaart (%1)</translation>
    </message>
    <message>
        <source>Next card (%1)</source>
        <translation>Volgende gesprekskaart (%1)</translation>
    </message>
    <message>
        <source>Previous card</source>
        <translation>Vorige gesprekskaart</translation>
    </message>
    <message>
        <source>Next card</source>
        <translation>Volgende gesprekskaart</translation>
    </message>
    <message>
        <source>The session clock: time since the recording started</source>
        <translation>De sessieklok: de tijd sinds de opname begon</translation>
    </message>
    <message>
        <source>Partner name, then Enter</source>
        <translation>Naam van de partner, dan Enter</translation>
    </message>
    <message>
        <source>Type a partner&apos;s name and press Enter (Ctrl+L or / comes here; Esc goes back to the map)</source>
        <translation>Typ de naam van een partner en druk op Enter (Ctrl+L of / brengt je hier; Esc gaat terug naar de netwerkkaart)</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Nieuwe partner</translation>
    </message>
    <message>
        <source>Place in</source>
        <translation>Plaatsen in</translation>
    </message>
    <message>
        <source>Named by</source>
        <translation>Genoemd door</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>by</source>
        <translation>door</translation>
    </message>
    <message>
        <source>No cards</source>
        <translation>Geen gesprekskaarten</translation>
    </message>
    <message>
        <source>%1/%2 %3</source>
        <extracomment>Live layout bar: %1 the card&apos;s number, %2 the number of cards, %3 its theme</extracomment>
        <translation>%1/%2 %3</translation>
    </message>
    <message>
        <source>Matters to %1 (%2)</source>
        <translation>Belangrijk voor %1 (%2)</translation>
    </message>
    <message>
        <source>Clock %1</source>
        <extracomment>Live layout bar: the session clock, e.g. &quot;Clock 12:34&quot; (&quot;Clock –&quot; before the recording)</extracomment>
        <translation>Klok %1</translation>
    </message>
</context>
<context>
    <name>nwk::LiveLayout</name>
    <message>
        <source>&amp;Live Layout</source>
        <translation>&amp;Sessie-indeling</translation>
    </message>
    <message>
        <source>Fold the docks into one slim bar so that the map takes the window; again to bring them back as they were</source>
        <translation>De panelen opvouwen tot één smalle balk zodat de netwerkkaart het venster vult; nog eens om ze terug te zetten zoals ze waren</translation>
    </message>
</context>
<context>
    <name>nwk::MainWindow</name>
    <message>
        <source>Netwerkkaart sessions (*.nwk);;All files (*)</source>
        <translation>Netwerkkaart-sessies (*.nwk);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Turn on free placement</source>
        <translation>Vrije plaatsing aanzetten</translation>
    </message>
    <message>
        <source>Turn off free placement</source>
        <translation>Vrije plaatsing uitzetten</translation>
    </message>
    <message>
        <source>%1[*] – Netwerkkaart</source>
        <extracomment>Window title: %1 is the file name; [*] shows the unsaved-changes mark.</extracomment>
        <translation>%1[*] – Netwerkkaart</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them?</source>
        <translation>“%1” heeft wijzigingen die niet opgeslagen zijn. Opslaan?</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nieuwe sessie</translation>
    </message>
    <message>
        <source>Open Session</source>
        <translation>Sessie openen</translation>
    </message>
    <message>
        <source>… and 1 more problem</source>
        <translation>… en nog 1 probleem</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problems</source>
        <translation>
            <numerusform>… en nog %n probleem</numerusform>
            <numerusform>… en nog %n problemen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Open Session</source>
        <translation>Kan sessie niet openen</translation>
    </message>
    <message>
        <source>“%1” could not be opened.</source>
        <translation>“%1” kon niet geopend worden.</translation>
    </message>
    <message>
        <source>Opened with a warning: %1</source>
        <translation>Geopend met een waarschuwing: %1</translation>
    </message>
    <message numerus="yes">
        <source>Opened with %n warnings, the first: %1</source>
        <translation>
            <numerusform>Geopend met %n waarschuwing: %1</numerusform>
            <numerusform>Geopend met %n waarschuwingen, de eerste: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geopend</translation>
    </message>
    <message>
        <source>Cannot Open Example</source>
        <translation>Kan voorbeeld niet openen</translation>
    </message>
    <message>
        <source>%1 (example)</source>
        <translation>%1 (voorbeeld)</translation>
    </message>
    <message>
        <source>File Not Found</source>
        <translation>Bestand niet gevonden</translation>
    </message>
    <message>
        <source>“%1” no longer exists. It was removed from the list of recent files.</source>
        <translation>“%1” bestaat niet meer. Het werd uit de lijst met recente bestanden gehaald.</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <extracomment>Recent-files menu entry: %1 number (accelerator), %2 file name</extracomment>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Geen recente bestanden</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Lijst &amp;wissen</translation>
    </message>
    <message>
        <source>session</source>
        <translation>sessie</translation>
    </message>
    <message>
        <source>Save Session As</source>
        <translation>Sessie opslaan als</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 opgeslagen</translation>
    </message>
    <message>
        <source>Cannot Save Session</source>
        <translation>Kan sessie niet opslaan</translation>
    </message>
    <message>
        <source>The session could not be saved.</source>
        <translation>De sessie kon niet opgeslagen worden.</translation>
    </message>
    <message>
        <source>Your changes are kept in the window. Save them under another name or in another folder?</source>
        <translation>Je wijzigingen blijven in het venster. Ze onder een andere naam of in een andere map opslaan?</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
</context>
<context>
    <name>nwk::MapContextMenu</name>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Categorie</translation>
    </message>
    <message>
        <source>&amp;Ring</source>
        <translation>&amp;Ring</translation>
    </message>
    <message>
        <source>&amp;Matters to</source>
        <translation>&amp;Belangrijk voor</translation>
    </message>
    <message>
        <source>No participants yet</source>
        <translation>Nog geen deelnemers</translation>
    </message>
    <message>
        <source>&amp;Disputed</source>
        <translation>&amp;Betwist</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>Change link kind</source>
        <translation>Soort verbinding wijzigen</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>&amp;Richting</translation>
    </message>
    <message>
        <source>Change direction</source>
        <translation>Richting wijzigen</translation>
    </message>
    <message>
        <source>&amp;Valence</source>
        <translation>&amp;Waardering</translation>
    </message>
    <message>
        <source>Change valence</source>
        <translation>Waardering wijzigen</translation>
    </message>
    <message>
        <source>Add a participant&apos;s &amp;placement…</source>
        <translation>&amp;Plaatsing van een participant toevoegen…</translation>
    </message>
    <message>
        <source>Keep current position as &amp;former…</source>
        <translation>Huidige plaats bewaren als &amp;vroegere…</translation>
    </message>
    <message>
        <source>Placed R&amp;elative To…</source>
        <translation>G&amp;eplaatst ten opzichte van…</translation>
    </message>
    <message>
        <source>Play from When It Was &amp;Added (%1)</source>
        <translation>Afspelen vanaf het &amp;toevoegen (%1)</translation>
    </message>
</context>
<context>
    <name>nwk::MapFindBar</name>
    <message>
        <source>Find a partner</source>
        <translation>Een partner zoeken</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Sluiten (Esc)</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n gevonden</numerusform>
            <numerusform>%n gevonden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nwk::MapScene</name>
    <message>
        <source>Move “%1”</source>
        <translation>“%1” verplaatsen</translation>
    </message>
    <message numerus="yes">
        <source>Move %n partners</source>
        <translation>
            <numerusform>%n partner verplaatsen</numerusform>
            <numerusform>%n partners verplaatsen</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose another partner to link to.</source>
        <translation>Kies een andere partner om mee te verbinden.</translation>
    </message>
    <message>
        <source>These two are already linked like that.</source>
        <translation>Deze twee zijn al zo met elkaar verbonden.</translation>
    </message>
    <message>
        <source>Link from “%1”: Tab to the other partner, Enter links, Esc cancels.</source>
        <translation>Verbinding vanuit “%1”: Tab naar de andere partner, Enter verbindt, Esc annuleert.</translation>
    </message>
    <message>
        <source>the school</source>
        <translation>de school</translation>
    </message>
    <message>
        <source>Select the other partner with Tab first (Esc cancels).</source>
        <translation>Selecteer eerst de andere partner met Tab (Esc annuleert).</translation>
    </message>
    <message>
        <source>Place “%1”</source>
        <translation>“%1” plaatsen</translation>
    </message>
    <message numerus="yes">
        <source>Place %n partners</source>
        <translation>
            <numerusform>%n partner plaatsen</numerusform>
            <numerusform>%n partners plaatsen</numerusform>
        </translation>
    </message>
    <message>
        <source>ring %1</source>
        <translation>ring %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Target of a drag on the map: %1 category (sector), %2 ring</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Annotation mode: the group&apos;s map is locked.</source>
        <translation>Annotatiemodus: de netwerkkaart van de groep is vergrendeld.</translation>
    </message>
    <message>
        <source>distance not discussed</source>
        <translation>afstand niet besproken</translation>
    </message>
    <message>
        <source>in the school</source>
        <translation>in de school</translation>
    </message>
</context>
<context>
    <name>nwk::MapTools</name>
    <message>
        <source>collaborates</source>
        <translation>werkt samen</translation>
    </message>
    <message>
        <source>part of</source>
        <translation>maakt deel uit van</translation>
    </message>
    <message>
        <source>funds</source>
        <translation>financiert</translation>
    </message>
    <message>
        <source>refers to</source>
        <translation>verwijst door naar</translation>
    </message>
    <message>
        <source>member of</source>
        <translation>lid van</translation>
    </message>
    <message>
        <source>initiated by</source>
        <translation>opgestart door</translation>
    </message>
    <message>
        <source>imposed</source>
        <translation>opgelegd</translation>
    </message>
    <message>
        <source>other</source>
        <translation>andere</translation>
    </message>
    <message>
        <source>Draw &amp;Links</source>
        <translation>&amp;Verbindingen tekenen</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>Drag from one partner to another to link them (L; or Shift-drag without the tool; Esc cancels)</source>
        <translation>Sleep van de ene partner naar de andere om ze te verbinden (L; of Shift-slepen zonder dit gereedschap; Esc annuleert)</translation>
    </message>
    <message>
        <source>Link &amp;To…</source>
        <translation>Verbinden &amp;met…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Links the selected partner: Tab to the other partner, then Enter (Esc cancels)</source>
        <translation>Verbindt de geselecteerde partner: Tab naar de andere partner, dan Enter (Esc annuleert)</translation>
    </message>
    <message>
        <source>Select one partner on the map first (Tab).</source>
        <translation>Selecteer eerst één partner op de netwerkkaart (Tab).</translation>
    </message>
    <message>
        <source>Kind of the links you draw</source>
        <translation>Soort van de verbindingen die je tekent</translation>
    </message>
    <message>
        <source>&amp;Find Partner…</source>
        <translation>Partner &amp;zoeken…</translation>
    </message>
    <message>
        <source>Finds partners on the map by name (Ctrl+F; Enter: next)</source>
        <translation>Zoekt partners op de netwerkkaart op naam (Ctrl+F; Enter: volgende)</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Vo&amp;lgende zoeken</translation>
    </message>
    <message>
        <source>&amp;Rename Partner</source>
        <translation>Partner &amp;hernoemen</translation>
    </message>
    <message>
        <source>Map Tools</source>
        <translation>Kaartgereedschap</translation>
    </message>
    <message>
        <source>Map tools</source>
        <translation>Kaartgereedschap</translation>
    </message>
    <message>
        <source>Kind of new links</source>
        <translation>Soort van nieuwe verbindingen</translation>
    </message>
    <message>
        <source>Select the next partner whose name matches the search</source>
        <translation>De volgende partner selecteren waarvan de naam overeenkomt met de zoekopdracht</translation>
    </message>
    <message>
        <source>Type a new name for the selected partner on the map</source>
        <translation>Een nieuwe naam typen voor de geselecteerde partner op de netwerkkaart</translation>
    </message>
    <message>
        <source>via</source>
        <translation>via</translation>
    </message>
    <message>
        <source>follows up</source>
        <translation>volgt op</translation>
    </message>
</context>
<context>
    <name>nwk::MapView</name>
    <message>
        <source>Rename “%1”</source>
        <translation>“%1” hernoemen</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Netwerkkaart</translation>
    </message>
    <message numerus="yes">
        <source>%n partners on the map. Tab walks them; Ctrl+K links the selected one; the Menu key edits it.</source>
        <translation>
            <numerusform>%n partner op de netwerkkaart. Tab loopt ze af; Ctrl+K verbindt de geselecteerde; de menutoets bewerkt hem.</numerusform>
            <numerusform>%n partners op de netwerkkaart. Tab loopt ze af; Ctrl+K verbindt de geselecteerde; de menutoets bewerkt hem.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nwk::MarkCommands</name>
    <message>
        <source>Unmark for %1</source>
        <translation>Markering voor %1 weghalen</translation>
    </message>
    <message>
        <source>Mark for %1</source>
        <translation>Markeren voor %1</translation>
    </message>
    <message>
        <source>Remove participant %1</source>
        <translation>Deelnemer %1 verwijderen</translation>
    </message>
    <message>
        <source>Remove missing partner “%1”</source>
        <translation>Ontbrekende partner “%1” verwijderen</translation>
    </message>
    <message>
        <source>Delete group “%1”</source>
        <translation>Groep “%1” verwijderen</translation>
    </message>
</context>
<context>
    <name>nwk::MarksUi</name>
    <message>
        <source>Importance &amp;Marks</source>
        <translation>&amp;Belangrijk-markeringen</translation>
    </message>
    <message>
        <source>&amp;Group Selection</source>
        <translation>Selectie &amp;groeperen</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Make a group of the selected partners</source>
        <translation>Een groep maken van de geselecteerde partners</translation>
    </message>
    <message>
        <source>&amp;%1 Matters to %2</source>
        <extracomment>Menu entry: %1 is the number key, %2 the participant, e.g. &quot;P2 (zorgcoördinator)&quot;</extracomment>
        <translation>&amp;%1 Belangrijk voor %2</translation>
    </message>
    <message>
        <source>&amp;%1 (no participant %1)</source>
        <translation>&amp;%1 (geen deelnemer %1)</translation>
    </message>
    <message>
        <source>Show or hide the participants: codes, roles, who joined or left</source>
        <translation>De deelnemers tonen of verbergen: codes, functies, wie aansloot of vertrok</translation>
    </message>
    <message>
        <source>Show or hide the partners ranked by their importance marks</source>
        <translation>De partners gerangschikt volgens hun belangrijk-markeringen tonen of verbergen</translation>
    </message>
    <message>
        <source>Show or hide the groups of partners</source>
        <translation>De groepen van partners tonen of verbergen</translation>
    </message>
    <message>
        <source>Show or hide the partners the group missed or hoped for</source>
        <translation>De partners die de groep miste of wenste tonen of verbergen</translation>
    </message>
    <message>
        <source>Mark or unmark the selected partners as important to %1 (%2)</source>
        <translation>De geselecteerde partners als belangrijk voor %1 markeren of de markering weghalen (%2)</translation>
    </message>
    <message>
        <source>There is no participant %1 in this session</source>
        <translation>Er is geen deelnemer %1 in deze sessie</translation>
    </message>
</context>
<context>
    <name>nwk::MeasuresDock</name>
    <message>
        <source>Measures</source>
        <translation>Maten</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maat</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Netwerkkaart</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorieën</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Verbindingen</translation>
    </message>
    <message>
        <source>Formal</source>
        <translation>Formeel</translation>
    </message>
    <message>
        <source>Informal</source>
        <translation>Informeel</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Extern</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Markeringen</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Graad</translation>
    </message>
    <message>
        <source>Effective size</source>
        <translation>Effectieve grootte</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>Beperking</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>%1 (%2 placed)</source>
        <translation>%1 (%2 geplaatst)</translation>
    </message>
    <message>
        <source>Density (with school)</source>
        <translation>Dichtheid (met school)</translation>
    </message>
    <message>
        <source>Density (without school)</source>
        <translation>Dichtheid (zonder school)</translation>
    </message>
    <message>
        <source>Isolates</source>
        <translation>Geïsoleerde partners</translation>
    </message>
    <message>
        <source>Components (with school)</source>
        <translation>Componenten (met school)</translation>
    </message>
    <message>
        <source>Components (without school)</source>
        <translation>Componenten (zonder school)</translation>
    </message>
    <message>
        <source>School effective size</source>
        <translation>Effectieve grootte van de school</translation>
    </message>
    <message>
        <source>School constraint</source>
        <translation>Beperking van de school</translation>
    </message>
    <message>
        <source>Rings</source>
        <translation>Ringen</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>partners %1, links %2</source>
        <translation>partners %1, verbindingen %2</translation>
    </message>
    <message>
        <source>marks %1</source>
        <translation>markeringen %1</translation>
    </message>
    <message>
        <source>Select all rows</source>
        <translation>Alle rijen selecteren</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>Vorig tabblad</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>Volgend tabblad</translation>
    </message>
    <message>
        <source>Measures of the map</source>
        <translation>Maten van de netwerkkaart</translation>
    </message>
    <message>
        <source>Measures per category</source>
        <translation>Maten per categorie</translation>
    </message>
    <message>
        <source>Measures per partner</source>
        <translation>Maten per partner</translation>
    </message>
    <message>
        <source>Show network measures: density, components, brokerage, priority</source>
        <translation>Netwerkmaten tonen: dichtheid, componenten, makelaarsrol, prioriteit</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 van %2 (%3%)</translation>
    </message>
    <message>
        <source>Formality not recorded</source>
        <translation>Formaliteit niet genoteerd</translation>
    </message>
    <message>
        <source>Distance not discussed</source>
        <translation>Afstand niet besproken</translation>
    </message>
    <message>
        <source>%1 of %2 placed</source>
        <translation>%1 van %2 geplaatst</translation>
    </message>
    <message>
        <source>On or in the school</source>
        <translation>Op of in de school</translation>
    </message>
    <message>
        <source>Mean distance (stated)</source>
        <translation>Gemiddelde afstand (uitgesproken)</translation>
    </message>
    <message>
        <source>No category yet</source>
        <translation>Nog geen categorie</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Betwist</translation>
    </message>
    <message>
        <source>Votes without names</source>
        <translation>Stemmen zonder namen</translation>
    </message>
    <message>
        <source>votes %1</source>
        <translation>stemmen %1</translation>
    </message>
    <message>
        <source>votes %1 (%2)</source>
        <translation>stemmen %1 (%2)</translation>
    </message>
    <message>
        <source>Inferred by the researchers</source>
        <translation>Afgeleid door de onderzoekers</translation>
    </message>
    <message>
        <source>marks %1, votes %2</source>
        <translation>markeringen %1, stemmen %2</translation>
    </message>
</context>
<context>
    <name>nwk::MetaphorSpeaker</name>
    <message>
        <source>Who chose it: a participant, a role, or the whole group</source>
        <translation>Wie koos het: een participant, een rol of de hele groep</translation>
    </message>
    <message>
        <source>Role, e.g. a teacher</source>
        <translation>Rol, bv. een leerkracht</translation>
    </message>
    <message>
        <source>Role of who chose it</source>
        <translation>Rol van wie het koos</translation>
    </message>
    <message>
        <source>The role of who chose it, when no participant is named</source>
        <translation>De rol van wie het koos, als er geen participant genoemd wordt</translation>
    </message>
    <message>
        <source>Chosen by:</source>
        <translation>Gekozen door:</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(onbekend)</translation>
    </message>
    <message>
        <source>A role…</source>
        <translation>Een rol…</translation>
    </message>
    <message>
        <source>The whole group</source>
        <translation>De hele groep</translation>
    </message>
    <message>
        <source>the whole group</source>
        <translation>de hele groep</translation>
    </message>
</context>
<context>
    <name>nwk::MissingDock</name>
    <message>
        <source>(no category)</source>
        <translation>(geen categorie)</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>Missing Partners</source>
        <translation>Ontbrekende partners</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Edit missing partner</source>
        <translation>Ontbrekende partner bewerken</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Change category</source>
        <translation>Categorie wijzigen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Status wijzigen</translation>
    </message>
    <message>
        <source>Mentioned by</source>
        <translation>Genoemd door</translation>
    </message>
    <message>
        <source>Change mentioned by</source>
        <translation>Genoemd door wijzigen</translation>
    </message>
    <message>
        <source>Who is missing? Enter adds</source>
        <translation>Wie ontbreekt er? Enter voegt toe</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categorie:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Mentioned &amp;by:</source>
        <translation>Genoemd &amp;door:</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Add missing partner “%1”</source>
        <translation>Ontbrekende partner “%1” toevoegen</translation>
    </message>
    <message>
        <source>A partner the group did not name but might have; Enter adds it</source>
        <translation>Een partner die de groep niet noemde maar wel had kunnen noemen; Enter voegt hem toe</translation>
    </message>
    <message>
        <source>The sector where its dashed ghost is drawn</source>
        <translation>De sector waarin zijn gestippelde schim getekend wordt</translation>
    </message>
    <message>
        <source>Why it is missing: missing, hoped for, former, left off, added after</source>
        <translation>Waarom hij ontbreekt: ontbreekt, gewenst, vroeger, weggelaten, achteraf toegevoegd</translation>
    </message>
    <message>
        <source>The participant who mentioned it</source>
        <translation>De deelnemer die hem noemde</translation>
    </message>
    <message>
        <source>Adds the missing partner to the list and the map</source>
        <translation>Voegt de ontbrekende partner toe aan de lijst en de netwerkkaart</translation>
    </message>
    <message>
        <source>Missing partner kept: %1 — %2</source>
        <extracomment>Status bar after a missing partner is added: %1 its name, %2 its status</extracomment>
        <translation>Ontbrekende partner bewaard: %1 — %2</translation>
    </message>
</context>
<context>
    <name>nwk::MissingEditor</name>
    <message>
        <source>Edit missing partner</source>
        <translation>Ontbrekende partner bewerken</translation>
    </message>
    <message>
        <source>Change category</source>
        <translation>Categorie wijzigen</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Status wijzigen</translation>
    </message>
    <message>
        <source>Change mentioned by</source>
        <translation>Genoemd door wijzigen</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Notitie bewerken</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categorie:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Mentioned by:</source>
        <translation>Genoemd &amp;door:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>N&amp;otitie:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>(nobody in particular)</source>
        <translation>(niemand in het bijzonder)</translation>
    </message>
</context>
<context>
    <name>nwk::MissingStatementSection</name>
    <message>
        <source>On the map but absent: the partner on the map it stands for</source>
        <translation>Op de netwerkkaart maar afwezig: de partner op de netwerkkaart waarvoor hij staat</translation>
    </message>
    <message>
        <source>Change partner it stands for</source>
        <translation>Partner waarvoor hij staat wijzigen</translation>
    </message>
    <message>
        <source>Edit who decided</source>
        <translation>Bewerken wie besliste</translation>
    </message>
    <message>
        <source>e.g. the group, the principal</source>
        <translation>bv. de groep, de directeur</translation>
    </message>
    <message>
        <source>Edit reason left off</source>
        <translation>Reden van weglaten bewerken</translation>
    </message>
    <message>
        <source>Stands for &amp;partner:</source>
        <translation>Staat voor &amp;partner:</translation>
    </message>
    <message>
        <source>&amp;Decided by:</source>
        <translation>Beslist &amp;door:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>For a partner deliberately left off</source>
        <translation>Voor een partner die bewust werd weggelaten</translation>
    </message>
</context>
<context>
    <name>nwk::NeutralZone</name>
    <message numerus="yes">
        <source>Put %n partner(s) in the neutral zone</source>
        <translation>
            <numerusform>%n partner in de neutrale zone zetten</numerusform>
            <numerusform>%n partners in de neutrale zone zetten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put %n partner(s) back in the tray</source>
        <translation>
            <numerusform>%n partner terugzetten bij nog te plaatsen</numerusform>
            <numerusform>%n partners terugzetten bij nog te plaatsen</numerusform>
        </translation>
    </message>
    <message>
        <source>Put in the &amp;Neutral Zone (No Category Yet)</source>
        <translation>In de &amp;neutrale zone zetten (nog geen categorie)</translation>
    </message>
    <message>
        <source>Mentioned but not put in a sector: shown on the map in the neutral zone, in every image and export</source>
        <translation>Genoemd maar niet in een sector gezet: op de netwerkkaart getoond in de neutrale zone, in elke afbeelding en export</translation>
    </message>
    <message>
        <source>&amp;Back to the Tray</source>
        <translation>&amp;Terug naar nog te plaatsen</translation>
    </message>
</context>
<context>
    <name>nwk::NewSessionWizard</name>
    <message>
        <source>New Session</source>
        <translation>Nieuwe sessie</translation>
    </message>
    <message>
        <source>The school</source>
        <translation>De school</translation>
    </message>
    <message>
        <source>The school at the centre of the map. The pseudonym replaces its name in anonymised exports.</source>
        <translation>De school in het midden van de netwerkkaart. Het pseudoniem vervangt haar naam in geanonimiseerde exports.</translation>
    </message>
    <message>
        <source>The school&apos;s name, as it appears at the centre of the map</source>
        <translation>De naam van de school, zoals die in het midden van de netwerkkaart staat</translation>
    </message>
    <message>
        <source>e.g. Basisschool 1</source>
        <translation>bv. Basisschool 1</translation>
    </message>
    <message>
        <source>Shown instead of the name in anonymised exports</source>
        <translation>Getoond in plaats van de naam in geanonimiseerde exports</translation>
    </message>
    <message>
        <source>The day of the focus group</source>
        <translation>De dag van het focusgesprek</translation>
    </message>
    <message>
        <source>&amp;School name:</source>
        <translation>&amp;Naam van de school:</translation>
    </message>
    <message>
        <source>&amp;Pseudonym:</source>
        <translation>&amp;Pseudoniem:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Type a role, choose its group and press Enter to add a participant. You can also add them later in the Participants dock.</source>
        <translation>Typ een functie, kies de functiegroep en druk op Enter om een deelnemer toe te voegen. Je kunt deelnemers ook later toevoegen in het paneel Deelnemers.</translation>
    </message>
    <message>
        <source>The participant&apos;s code on the map and in quotes, e.g. P1</source>
        <translation>De code van de deelnemer op de netwerkkaart en bij citaten, bv. P1</translation>
    </message>
    <message>
        <source>e.g. zorgcoördinator</source>
        <translation>bv. zorgcoördinator</translation>
    </message>
    <message>
        <source>The role as the participant says it</source>
        <translation>De functie zoals de deelnemer die zelf noemt</translation>
    </message>
    <message>
        <source>The role group decides the colour of the participant&apos;s marks</source>
        <translation>De functiegroep bepaalt de kleur van de markeringen van de deelnemer</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Removes the selected participant from the list</source>
        <translation>Verwijdert de geselecteerde deelnemer uit de lijst</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Role group</source>
        <translation>Functiegroep</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Functie:</translation>
    </message>
    <message>
        <source>Role &amp;group:</source>
        <translation>Functie&amp;groep:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>The language of the conversation cards and of the map&apos;s labels (categories, rings, legend).</source>
        <translation>De taal van de gesprekskaarten en van de namen op de netwerkkaart (categorieën, ringen, legende).</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>The default is set under Edit &gt; Preferences</source>
        <translation>De standaard stel je in via Bewerken &gt; Voorkeuren</translation>
    </message>
    <message>
        <source>&amp;Cards and map:</source>
        <translation>Gespreks&amp;kaarten en netwerkkaart:</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorieën</translation>
    </message>
    <message>
        <source>Space turns a category on or off</source>
        <translation>Spatie zet een categorie aan of uit</translation>
    </message>
    <message>
        <source>The sectors of the map. Leave out the ones your study does not use; you can change them later under Map &gt; Categories and Rings.</source>
        <translation>De sectoren van de netwerkkaart. Laat weg wat je onderzoek niet gebruikt; je kunt ze later wijzigen via Netwerkkaart &gt; Categorieën en ringen.</translation>
    </message>
    <message>
        <source>%1  %2 (%3)</source>
        <extracomment>Category in the new-session wizard: %1 its letter, %2 its Dutch label, %3 English</extracomment>
        <translation>%1  %2 (%3)</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nieuwe sessie</translation>
    </message>
    <message>
        <source>New session: %1</source>
        <translation>Nieuwe sessie: %1</translation>
    </message>
    <message>
        <source>Adds the participant to the list (Enter in any of its fields)</source>
        <translation>Voegt de deelnemer toe aan de lijst (Enter in een van de velden)</translation>
    </message>
</context>
<context>
    <name>nwk::ParticipantsDock</name>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Edit participant code</source>
        <translation>Code van de deelnemer bewerken</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Edit participant role</source>
        <translation>Functie van de deelnemer bewerken</translation>
    </message>
    <message>
        <source>Role group</source>
        <translation>Functiegroep</translation>
    </message>
    <message>
        <source>Edit participant role group</source>
        <translation>Functiegroep van de deelnemer bewerken</translation>
    </message>
    <message>
        <source>Session-clock time (h:mm:ss); empty: %1</source>
        <translation>Tijd op de sessieklok (u:mm:ss); leeg: %1</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Aangesloten</translation>
    </message>
    <message>
        <source>from the start</source>
        <translation>van bij het begin</translation>
    </message>
    <message>
        <source>Edit joined time</source>
        <translation>Tijdstip van aansluiten bewerken</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Vertrokken</translation>
    </message>
    <message>
        <source>stayed</source>
        <translation>gebleven</translation>
    </message>
    <message>
        <source>Edit left time</source>
        <translation>Tijdstip van vertrek bewerken</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>Add a participant with the next free code</source>
        <translation>Een deelnemer toevoegen met de volgende vrije code</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Joined Now</source>
        <translation>Nu aangesloten</translation>
    </message>
    <message>
        <source>Left Now</source>
        <translation>Nu vertrokken</translation>
    </message>
    <message>
        <source>Add participant %1</source>
        <translation>Deelnemer %1 toevoegen</translation>
    </message>
    <message>
        <source>1 importance mark</source>
        <translation>1 belangrijk-markering</translation>
    </message>
    <message>
        <source>%1 importance marks</source>
        <translation>%1 belangrijk-markeringen</translation>
    </message>
    <message>
        <source>1 “named by” entry</source>
        <translation>1 vermelding “genoemd door”</translation>
    </message>
    <message>
        <source>%1 “named by” entries</source>
        <translation>%1 vermeldingen “genoemd door”</translation>
    </message>
    <message>
        <source>1 missing partner mentioned</source>
        <translation>1 genoemde ontbrekende partner</translation>
    </message>
    <message>
        <source>%1 missing partners mentioned</source>
        <translation>%1 genoemde ontbrekende partners</translation>
    </message>
    <message>
        <source>1 quote</source>
        <translation>1 citaat</translation>
    </message>
    <message>
        <source>%1 quotes</source>
        <translation>%1 citaten</translation>
    </message>
    <message>
        <source>1 metaphor</source>
        <translation>1 metafoor</translation>
    </message>
    <message>
        <source>%1 metaphors</source>
        <translation>%1 metaforen</translation>
    </message>
    <message>
        <source>Remove Participant</source>
        <translation>Deelnemer verwijderen</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>%1 verwijderen?</translation>
    </message>
    <message>
        <source>The map holds %1 of this participant. Removing the participant removes their marks and entries and unattributes their quotes and metaphors. Undo brings everything back.</source>
        <translation>De netwerkkaart bevat %1 van deze deelnemer. Wie de deelnemer verwijdert, verwijdert ook diens markeringen en vermeldingen; citaten en metaforen verliezen hun spreker. Ongedaan maken zet alles terug.</translation>
    </message>
    <message>
        <source>Participant joined</source>
        <translation>Deelnemer aangesloten</translation>
    </message>
    <message>
        <source>Participant left</source>
        <translation>Deelnemer vertrokken</translation>
    </message>
    <message>
        <source> (Alt+%1)</source>
        <translation> (Alt+%1)</translation>
    </message>
    <message>
        <source>Matters to %1</source>
        <translation>Belangrijk voor %1</translation>
    </message>
    <message>
        <source>Add participants to mark the partners that matter to them.</source>
        <translation>Voeg deelnemers toe om de partners te markeren die voor hen belangrijk zijn.</translation>
    </message>
    <message>
        <source>Select partners on the map to mark them.</source>
        <translation>Selecteer partners op de netwerkkaart om ze te markeren.</translation>
    </message>
    <message numerus="yes">
        <source>Matters to (for %n selected partner(s)):</source>
        <translation>
            <numerusform>Belangrijk voor (bij %n geselecteerde partner):</numerusform>
            <numerusform>Belangrijk voor (bij %n geselecteerde partners):</numerusform>
        </translation>
    </message>
    <message>
        <source>Stamp the session-clock time on the selected participant</source>
        <translation>De tijd van de sessieklok noteren bij de geselecteerde deelnemer</translation>
    </message>
    <message>
        <source>The session clock is not running</source>
        <translation>De sessieklok loopt niet</translation>
    </message>
    <message numerus="yes">
        <source>%n partners</source>
        <translation>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partners</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark kept: %1 on %2</source>
        <extracomment>Status bar after Alt+n or a mark button: %1 the participant&apos;s code, %2 the partner(s)</extracomment>
        <translation>Markering bewaard: %1 bij %2</translation>
    </message>
    <message>
        <source>Mark removed: %1 from %2</source>
        <translation>Markering verwijderd: %1 bij %2</translation>
    </message>
    <message>
        <source>1 statement about a distance or choice</source>
        <translation>1 uitspraak over een afstand of keuze</translation>
    </message>
    <message>
        <source>%1 statements about distances or choices</source>
        <translation>%1 uitspraken over afstanden of keuzes</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Joined late; the time is not known</source>
        <translation>Later aangesloten; het tijdstip is niet bekend</translation>
    </message>
    <message>
        <source>Edit joined late</source>
        <translation>Later aangesloten bewerken</translation>
    </message>
    <message>
        <source>Early</source>
        <translation>Vroeger weg</translation>
    </message>
    <message>
        <source>Left early; the time is not known</source>
        <translation>Vroeger vertrokken; het tijdstip is niet bekend</translation>
    </message>
    <message>
        <source>Edit left early</source>
        <translation>Vroeger vertrokken bewerken</translation>
    </message>
</context>
<context>
    <name>nwk::ParticipationDock</name>
    <message>
        <source>Participants can send partners and priorities from their phones over this room&apos;s network. Nothing goes to the internet; every proposal waits for you here.</source>
        <translation>Deelnemers kunnen partners en prioriteiten vanaf hun telefoon sturen over het netwerk van dit lokaal. Niets gaat naar het internet; elk voorstel wacht hier op jou.</translation>
    </message>
    <message>
        <source>Post-its: name partners</source>
        <translation>Post-its: partners noemen</translation>
    </message>
    <message>
        <source>Priorities: tick partners</source>
        <translation>Prioriteiten: partners aanvinken</translation>
    </message>
    <message>
        <source>Closed: phones wait</source>
        <translation>Gesloten: telefoons wachten</translation>
    </message>
    <message>
        <source>What the participants&apos; phones show now</source>
        <translation>Wat de telefoons van de deelnemers nu tonen</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Ronde:</translation>
    </message>
    <message>
        <source>Accept &amp;automatically</source>
        <translation>&amp;Automatisch aanvaarden</translation>
    </message>
    <message>
        <source>Every proposal becomes an undo step as it comes; likely duplicates are merged. New participants still wait for you</source>
        <translation>Elk voorstel wordt meteen een stap die je ongedaan kunt maken; waarschijnlijke dubbels worden samengevoegd. Nieuwe deelnemers wachten nog altijd op jou</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbinding</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefoons</translation>
    </message>
    <message>
        <source>Remove P&amp;hone</source>
        <translation>&amp;Telefoon verwijderen</translation>
    </message>
    <message>
        <source>Disconnect this phone; it cannot send any more</source>
        <translation>Deze telefoon loskoppelen; hij kan niets meer sturen</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Voorstel</translation>
    </message>
    <message>
        <source>Likely the same as</source>
        <translation>Waarschijnlijk dezelfde als</translation>
    </message>
    <message>
        <source>Proposals from phones</source>
        <translation>Voorstellen van telefoons</translation>
    </message>
    <message>
        <source>A&amp;ccept</source>
        <translation>&amp;Aanvaarden</translation>
    </message>
    <message>
        <source>A partner goes to the tray, named by its participant; a tick becomes a mark</source>
        <translation>Een partner komt bij de nog te plaatsen partners, genoemd door de deelnemer; een vinkje wordt een markering</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>Samen&amp;voegen</translation>
    </message>
    <message>
        <source>The participant is added to those who named the likely same partner (or the partners proposed alike become one)</source>
        <translation>De deelnemer komt bij wie de waarschijnlijk zelfde partner noemde (of gelijkaardige voorgestelde partners worden er één)</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>&amp;Weigeren</translation>
    </message>
    <message>
        <source>Accept A&amp;ll</source>
        <translation>A&amp;lles aanvaarden</translation>
    </message>
    <message>
        <source>Accept every waiting proposal; likely duplicates are merged</source>
        <translation>Elk wachtend voorstel aanvaarden; waarschijnlijke dubbels worden samengevoegd</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>Code %1</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) joined</source>
        <translation>
            <numerusform>%n telefoon doet mee</numerusform>
            <numerusform>%n telefoons doen mee</numerusform>
        </translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>nog niet gekozen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>new participant, waiting</source>
        <translation>nieuwe deelnemer, wacht</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbonden</translation>
    </message>
    <message>
        <source>away</source>
        <translation>weg</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Telefoon %1</translation>
    </message>
    <message>
        <source>matters: %1</source>
        <translation>belangrijk: %1</translation>
    </message>
    <message>
        <source>no longer matters: %1</source>
        <translation>niet meer belangrijk: %1</translation>
    </message>
    <message>
        <source>own place: %1, ring %2</source>
        <translation>eigen plaats: %1, ring %2</translation>
    </message>
    <message>
        <source>new participant: %1</source>
        <translation>nieuwe deelnemer: %1</translation>
    </message>
    <message>
        <source>%1 (proposed)</source>
        <translation>%1 (voorgesteld)</translation>
    </message>
    <message>
        <source>new participant</source>
        <translation>nieuwe deelnemer</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n waiting</source>
        <translation>
            <numerusform>%1 — %n wacht</numerusform>
            <numerusform>%1 — %n wachten</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Samenvoegen</translation>
    </message>
    <message>
        <source>The same partner as:</source>
        <translation>Dezelfde partner als:</translation>
    </message>
</context>
<context>
    <name>nwk::ParticipationFeature</name>
    <message>
        <source>Own placement of “%1” by %2</source>
        <translation>Eigen plaats van “%1” volgens %2</translation>
    </message>
    <message>
        <source>Add participant %1</source>
        <translation>Deelnemer %1 toevoegen</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation>“%1” samenvoegen met “%2”</translation>
    </message>
    <message>
        <source>Open to &amp;Participants…</source>
        <translation>Openen voor &amp;deelnemers…</translation>
    </message>
    <message>
        <source>Participants send partners and priorities from their phones over this room&apos;s network; untick to close (the link stops working)</source>
        <translation>Deelnemers sturen partners en prioriteiten vanaf hun telefoon over het netwerk van dit lokaal; vinkje weg om te sluiten (de link werkt dan niet meer)</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Deelname</translation>
    </message>
    <message>
        <source>Open to Participants</source>
        <translation>Openen voor deelnemers</translation>
    </message>
    <message>
        <source>The session cannot be opened to participants: %1</source>
        <translation>De sessie kan niet geopend worden voor deelnemers: %1</translation>
    </message>
    <message>
        <source>The participation round saved at the crash cannot be read: %1: %2</source>
        <translation>De deelnameronde die bij de crash bewaard werd, kan niet gelezen worden: %1: %2</translation>
    </message>
    <message>
        <source>The participation round saved at the crash cannot be reopened: %1: %2. The session is restored; open it to participants again (phones need the new link).</source>
        <translation>De deelnameronde die bij de crash bewaard werd, kan niet heropend worden: %1: %2. De sessie is hersteld; open ze opnieuw voor deelnemers (telefoons hebben de nieuwe link nodig).</translation>
    </message>
    <message>
        <source>The session is open to participants again at %1: phones reconnect by themselves.</source>
        <translation>De sessie is opnieuw geopend voor deelnemers op %1: telefoons verbinden vanzelf opnieuw.</translation>
    </message>
</context>
<context>
    <name>nwk::PartnerCommands</name>
    <message>
        <source>Add partner “%1”</source>
        <translation>Partner “%1” toevoegen</translation>
    </message>
    <message>
        <source>Delete partner “%1”</source>
        <translation>Partner “%1” verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n partners</source>
        <translation>
            <numerusform>%n partner verwijderen</numerusform>
            <numerusform>%n partners verwijderen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete link</source>
        <translation>Verbinding verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n links</source>
        <translation>
            <numerusform>%n verbinding verwijderen</numerusform>
            <numerusform>%n verbindingen verwijderen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nwk::PartnerDistanceSection</name>
    <message>
        <source>distance not discussed</source>
        <translation>afstand niet besproken</translation>
    </message>
    <message>
        <source>on the school</source>
        <translation>op de school</translation>
    </message>
    <message>
        <source>in the school</source>
        <translation>in de school</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Afstand</translation>
    </message>
    <message>
        <source>On the rings (stated)</source>
        <translation>Op de ringen (uitgesproken)</translation>
    </message>
    <message>
        <source>Not discussed</source>
        <translation>Niet besproken</translation>
    </message>
    <message>
        <source>On the school (“bijna erop”)</source>
        <translation>Op de school (“bijna erop”)</translation>
    </message>
    <message>
        <source>In the school</source>
        <translation>In de school</translation>
    </message>
    <message>
        <source>How the group stated the distance: a partner whose distance was not discussed keeps only its sector</source>
        <translation>Hoe de groep de afstand uitsprak: een partner waarvan de afstand niet besproken werd, houdt alleen zijn sector</translation>
    </message>
    <message>
        <source>Edit why near or far</source>
        <translation>Waarom dichtbij of ver bewerken</translation>
    </message>
    <message>
        <source>why near or far, as said</source>
        <translation>waarom dichtbij of ver, zoals gezegd</translation>
    </message>
    <message>
        <source>Change how the distance is valued</source>
        <translation>Waardering van de afstand wijzigen</translation>
    </message>
    <message>
        <source>How the group values the distance: “te dicht” is negative</source>
        <translation>Hoe de groep de afstand waardeert: “te dicht” is negatief</translation>
    </message>
    <message>
        <source>Edit geographic distance</source>
        <translation>Geografische afstand bewerken</translation>
    </message>
    <message>
        <source>as said, e.g. “naast de school”</source>
        <translation>zoals gezegd, bv. “naast de school”</translation>
    </message>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>The participants who wish the desired placement</source>
        <translation>De participanten die de gewenste plaatsing wensen</translation>
    </message>
    <message>
        <source>Distance:</source>
        <translation>Afstand:</translation>
    </message>
    <message>
        <source>Why near or far:</source>
        <translation>Waarom dichtbij of ver:</translation>
    </message>
    <message>
        <source>Valued as:</source>
        <translation>Gewaardeerd als:</translation>
    </message>
    <message>
        <source>Geographic:</source>
        <translation>Geografisch:</translation>
    </message>
    <message>
        <source>In km:</source>
        <translation>In km:</translation>
    </message>
    <message>
        <source>Desired by:</source>
        <translation>Gewenst door:</translation>
    </message>
    <message>
        <source>Where single participants placed it (“voor mij heel dicht”); the partner counts as disputed</source>
        <translation>Waar afzonderlijke participanten hem plaatsten (“voor mij heel dicht”); de partner telt als betwist</translation>
    </message>
    <message>
        <source>Add a participant&apos;s placement…</source>
        <translation>Plaatsing van een participant toevoegen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>note, as said</source>
        <translation>notitie, zoals gezegd</translation>
    </message>
    <message>
        <source>Where this participant placed it: 0 at the school, 1 at the edge of the map</source>
        <translation>Waar deze participant hem plaatste: 0 bij de school, 1 aan de rand van de netwerkkaart</translation>
    </message>
    <message>
        <source>Participants&apos; placements:</source>
        <translation>Plaatsingen van participanten:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notitie:</translation>
    </message>
    <message>
        <source>Their distance:</source>
        <translation>Hun afstand:</translation>
    </message>
    <message>
        <source>Where it used to be, oldest first (“vroeger dichtbij”)</source>
        <translation>Waar hij vroeger stond, oudste eerst (“vroeger dichtbij”)</translation>
    </message>
    <message>
        <source>Keep current position as former…</source>
        <translation>Huidige plaats bewaren als vroegere…</translation>
    </message>
    <message>
        <source>Records where it is now as a former placement; then move it to where it is now</source>
        <translation>Bewaart waar hij nu staat als vroegere plaatsing; verplaats hem daarna naar waar hij nu hoort</translation>
    </message>
    <message>
        <source>Former placements:</source>
        <translation>Vroegere plaatsingen:</translation>
    </message>
    <message>
        <source>Change how the distance is stated</source>
        <translation>Wijzigen hoe de afstand uitgesproken is</translation>
    </message>
    <message>
        <source>Change who wishes the desired placement</source>
        <translation>Wijzigen wie de gewenste plaatsing wenst</translation>
    </message>
    <message>
        <source>Edit a participant&apos;s placement</source>
        <translation>Plaatsing van een participant bewerken</translation>
    </message>
    <message>
        <source>Remove a participant&apos;s placement</source>
        <translation>Plaatsing van een participant verwijderen</translation>
    </message>
    <message>
        <source>Remove a former placement</source>
        <translation>Vroegere plaatsing verwijderen</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>iemand</translation>
    </message>
</context>
<context>
    <name>nwk::PartnerEditor</name>
    <message>
        <source>Edit label</source>
        <translation>Naam bewerken</translation>
    </message>
    <message>
        <source>Edit full name</source>
        <translation>Volledige naam bewerken</translation>
    </message>
    <message>
        <source>Edit pseudonym</source>
        <translation>Pseudoniem bewerken</translation>
    </message>
    <message>
        <source>Change kind</source>
        <translation>Soort wijzigen</translation>
    </message>
    <message>
        <source>Change formality</source>
        <translation>Formaliteit wijzigen</translation>
    </message>
    <message>
        <source>Change scope</source>
        <translation>Bereik wijzigen</translation>
    </message>
    <message>
        <source>single</source>
        <translation>enkel</translation>
    </message>
    <message>
        <source>Change count</source>
        <translation>Aantal wijzigen</translation>
    </message>
    <message>
        <source>&amp;Disputed (the group does not agree)</source>
        <translation>&amp;Betwist (de groep is het niet eens)</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>Notities bewerken</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>F&amp;ull name:</source>
        <translation>&amp;Volledige naam:</translation>
    </message>
    <message>
        <source>Ps&amp;eudonym:</source>
        <translation>Ps&amp;eudoniem:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;Formality:</source>
        <translation>&amp;Formaliteit:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Bereik:</translation>
    </message>
    <message>
        <source>C&amp;ount:</source>
        <translation>&amp;Aantal:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>N&amp;otities:</translation>
    </message>
    <message>
        <source>Named by:</source>
        <translation>Genoemd door:</translation>
    </message>
    <message>
        <source>Added at:</source>
        <translation>Toegevoegd op:</translation>
    </message>
    <message>
        <source>Said about it:</source>
        <translation>Erover gezegd:</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorieën</translation>
    </message>
    <message>
        <source>&amp;Primary:</source>
        <translation>&amp;Hoofdcategorie:</translation>
    </message>
    <message>
        <source>E&amp;xtra (up to %1):</source>
        <translation>E&amp;xtra (hoogstens %1):</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Plaatsing</translation>
    </message>
    <message>
        <source>Place on the &amp;map</source>
        <translation>Op de netwerk&amp;kaart plaatsen</translation>
    </message>
    <message>
        <source>Dis&amp;tance:</source>
        <translation>Af&amp;stand:</translation>
    </message>
    <message>
        <source>&amp;Angle:</source>
        <translation>&amp;Hoek:</translation>
    </message>
    <message>
        <source>Desired placement</source>
        <translation>Gewenste plaatsing</translation>
    </message>
    <message>
        <source>The group &amp;wants it elsewhere</source>
        <translation>De groep &amp;wil hem ergens anders</translation>
    </message>
    <message>
        <source>C&amp;loser</source>
        <translation>&amp;Dichter</translation>
    </message>
    <message>
        <source>Desired: one ring closer to the school</source>
        <translation>Gewenst: een ring dichter bij de school</translation>
    </message>
    <message>
        <source>Fu&amp;rther</source>
        <translation>Ve&amp;rder</translation>
    </message>
    <message>
        <source>Desired: one ring further from the school</source>
        <translation>Gewenst: een ring verder van de school</translation>
    </message>
    <message>
        <source>Clear desired placement</source>
        <translation>Gewenste plaatsing wissen</translation>
    </message>
    <message>
        <source>Set desired placement</source>
        <translation>Gewenste plaatsing instellen</translation>
    </message>
    <message>
        <source>Desired placement closer</source>
        <translation>Gewenste plaatsing dichterbij</translation>
    </message>
    <message>
        <source>Desired placement further</source>
        <translation>Gewenste plaatsing verder weg</translation>
    </message>
    <message>
        <source>D&amp;istance:</source>
        <translation>A&amp;fstand:</translation>
    </message>
    <message>
        <source>An&amp;gle:</source>
        <translation>H&amp;oek:</translation>
    </message>
    <message>
        <source>Edit desired placement</source>
        <translation>Gewenste plaatsing bewerken</translation>
    </message>
    <message>
        <source>A partner has at most %1 extra categories: uncheck one before adding “%2”.</source>
        <translation>Een partner heeft hoogstens %1 extra categorieën: vink er een uit voor je “%2” toevoegt.</translation>
    </message>
    <message>
        <source>Change extra categories</source>
        <translation>Extra categorieën wijzigen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Not placed: in the tray.</source>
        <translation>Niet geplaatst: nog te plaatsen.</translation>
    </message>
    <message>
        <source>nobody recorded</source>
        <translation>niemand genoteerd</translation>
    </message>
    <message>
        <source>The short label on the map, as on the post-it (F2 on the map)</source>
        <translation>De korte naam op de netwerkkaart, zoals op het post-it-briefje (F2 op de netwerkkaart)</translation>
    </message>
    <message>
        <source>The full name, for the report</source>
        <translation>De volledige naam, voor het verslag</translation>
    </message>
    <message>
        <source>Shown instead of the label in anonymised exports</source>
        <translation>Getoond in plaats van de naam in geanonimiseerde exports</translation>
    </message>
    <message>
        <source>Whether the collaboration is formal or informal</source>
        <translation>Of de samenwerking formeel of informeel is</translation>
    </message>
    <message>
        <source>Whether the partner is outside the school, inside it, or both</source>
        <translation>Of de partner buiten de school staat, erbinnen, of beide</translation>
    </message>
    <message>
        <source>How many of them, e.g. 3 internship places; 0 is a single one</source>
        <translation>Hoeveel er zijn, bv. 3 stageplaatsen; 0 is er één</translation>
    </message>
    <message>
        <source>The main category: the sector the partner is in</source>
        <translation>De hoofdcategorie: de sector waarin de partner staat</translation>
    </message>
    <message>
        <source>Organisation, person, group, platform, project or programme, resource, experience or other</source>
        <translation>Organisatie, persoon, groep, platform, project of programma, bron, ervaring of andere</translation>
    </message>
    <message>
        <source>Sector: %1 · Distance: %2</source>
        <translation>Sector: %1 · Afstand: %2</translation>
    </message>
    <message>
        <source>Not placed: in the neutral zone (no category yet).</source>
        <translation>Niet geplaatst: in de neutrale zone (nog geen categorie).</translation>
    </message>
</context>
<context>
    <name>nwk::PartnerIdentitySection</name>
    <message>
        <source>One name a line</source>
        <translation>Eén naam per regel</translation>
    </message>
    <message>
        <source>The names this post-it stands for (“verzamelnaam”), one a line</source>
        <translation>De namen waarvoor deze post-it staat (“verzamelnaam”), één per regel</translation>
    </message>
    <message>
        <source>Edit members</source>
        <translation>Leden bewerken</translation>
    </message>
    <message>
        <source>A hybrid: the internal actor on the map that is the same</source>
        <translation>Een hybride: de interne actor op de netwerkkaart die dezelfde is</translation>
    </message>
    <message>
        <source>A hybrid: the participant who is also this partner</source>
        <translation>Een hybride: de participant die ook deze partner is</translation>
    </message>
    <message>
        <source>A contact person: the organisation they belong to</source>
        <translation>Een contactpersoon: de organisatie waartoe hij of zij behoort</translation>
    </message>
    <message>
        <source>Change matching internal actor</source>
        <translation>Overeenkomende interne actor wijzigen</translation>
    </message>
    <message>
        <source>Change matching participant</source>
        <translation>Overeenkomende participant wijzigen</translation>
    </message>
    <message>
        <source>Change organisation of contact person</source>
        <translation>Organisatie van de contactpersoon wijzigen</translation>
    </message>
    <message>
        <source>Added after t&amp;he session</source>
        <translation>Na de sessie toe&amp;gevoegd</translation>
    </message>
    <message>
        <source>Not said in the session: added afterwards (e.g. at the member check); its session-clock time is cleared</source>
        <translation>Niet gezegd in de sessie: achteraf toegevoegd (bv. bij de member check); het tijdstip op de sessieklok wordt gewist</translation>
    </message>
    <message>
        <source>Edit date added after the session</source>
        <translation>Datum van toevoegen na de sessie bewerken</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>When it was added after the session (a date, or date and time)</source>
        <translation>Wanneer hij na de sessie werd toegevoegd (een datum, of datum en tijd)</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identiteit</translation>
    </message>
    <message>
        <source>Mem&amp;bers:</source>
        <translation>&amp;Leden:</translation>
    </message>
    <message>
        <source>Same as internal a&amp;ctor:</source>
        <translation>Dezelfde als interne a&amp;ctor:</translation>
    </message>
    <message>
        <source>Also participant:</source>
        <translation>Ook participant:</translation>
    </message>
    <message>
        <source>Contact person of:</source>
        <translation>Contactpersoon van:</translation>
    </message>
    <message>
        <source>Added on:</source>
        <translation>Toegevoegd op:</translation>
    </message>
    <message>
        <source>Mark as added after the session</source>
        <translation>Markeren als toegevoegd na de sessie</translation>
    </message>
    <message>
        <source>Mark as named in the session</source>
        <translation>Markeren als genoemd in de sessie</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
</context>
<context>
    <name>nwk::PartnerPrioritySection</name>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Votes whose voters are not named (“twee leraren”)</source>
        <translation>Stemmen waarvan de stemmers niet genoemd zijn (“twee leraren”)</translation>
    </message>
    <message>
        <source>Change vote count</source>
        <translation>Aantal stemmen wijzigen</translation>
    </message>
    <message>
        <source>Edit how many, as said</source>
        <translation>Hoeveel, zoals gezegd, bewerken</translation>
    </message>
    <message>
        <source>as said, e.g. “unaniem”, “de meeste”</source>
        <translation>zoals gezegd, bv. “unaniem”, “de meeste”</translation>
    </message>
    <message>
        <source>The participants</source>
        <translation>De participanten</translation>
    </message>
    <message>
        <source>Inferred by the researchers</source>
        <translation>Afgeleid door de onderzoekers</translation>
    </message>
    <message>
        <source>Change who set the priority</source>
        <translation>Wijzigen wie de prioriteit bepaalde</translation>
    </message>
    <message>
        <source>Whether the group said it is a priority or the researchers inferred it (drawn hollow)</source>
        <translation>Of de groep zei dat het een prioriteit is, of de onderzoekers het afleidden (hol getekend)</translation>
    </message>
    <message>
        <source>Votes (voters not named):</source>
        <translation>Stemmen (stemmers niet genoemd):</translation>
    </message>
    <message>
        <source>As said:</source>
        <translation>Zoals gezegd:</translation>
    </message>
    <message>
        <source>Votes per role group:</source>
        <translation>Stemmen per rolgroep:</translation>
    </message>
    <message>
        <source>Priority set by:</source>
        <translation>Prioriteit bepaald door:</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Leerkrachten</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Directie</translation>
    </message>
    <message>
        <source>Care</source>
        <translation>Zorg</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Participants whose choice of this partner was replaced by, or supplemented with, another partner, in the order said</source>
        <translation>Participanten van wie de keuze voor deze partner vervangen of aangevuld werd door een andere partner, in de volgorde waarin het gezegd werd</translation>
    </message>
    <message>
        <source>replaced by</source>
        <translation>vervangen door</translation>
    </message>
    <message>
        <source>supplemented with</source>
        <translation>aangevuld met</translation>
    </message>
    <message>
        <source>note, as said</source>
        <translation>notitie, zoals gezegd</translation>
    </message>
    <message>
        <source>Add change</source>
        <translation>Wijziging toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Changed choices:</source>
        <translation>Gewijzigde keuzes:</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Wie:</translation>
    </message>
    <message>
        <source>Other partner:</source>
        <translation>Andere partner:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notitie:</translation>
    </message>
    <message>
        <source>Change votes per role group</source>
        <translation>Stemmen per rolgroep wijzigen</translation>
    </message>
    <message>
        <source>Add a changed choice</source>
        <translation>Gewijzigde keuze toevoegen</translation>
    </message>
    <message>
        <source>Remove a changed choice</source>
        <translation>Gewijzigde keuze verwijderen</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(niet gezegd)</translation>
    </message>
    <message>
        <source>%1: replaced by %2</source>
        <extracomment>A changed choice: %1 the participant, %2 the other partner</extracomment>
        <translation>%1: vervangen door %2</translation>
    </message>
    <message>
        <source>%1: supplemented with %2</source>
        <translation>%1: aangevuld met %2</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>iemand</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(onbekend)</translation>
    </message>
</context>
<context>
    <name>nwk::PartnerQuotesList</name>
    <message>
        <source>Note: %1</source>
        <translation>Notitie: %1</translation>
    </message>
    <message>
        <source>Card %1, question %2</source>
        <translation>Gesprekskaart %1, vraag %2</translation>
    </message>
    <message>
        <source>No quotes or notes linked yet.</source>
        <translation>Nog geen citaten of notities gekoppeld.</translation>
    </message>
</context>
<context>
    <name>nwk::Playback</name>
    <message>
        <source>Cannot play the audio part %1: %2</source>
        <translation>Het opnamedeel %1 kan niet worden afgespeeld: %2</translation>
    </message>
    <message>
        <source>No clock time was recorded for this.</source>
        <translation>Hiervoor is geen tijd op de sessieklok vastgelegd.</translation>
    </message>
    <message>
        <source>This session has no recording.</source>
        <translation>Deze sessie heeft geen opname.</translation>
    </message>
    <message>
        <source>The session is not saved, so its audio parts cannot be found.</source>
        <translation>De sessie is niet opgeslagen, dus de delen van de opname zijn niet te vinden.</translation>
    </message>
    <message>
        <source>The recording ends at %1, before this time.</source>
        <translation>De opname eindigt om %1, vóór dit tijdstip.</translation>
    </message>
    <message>
        <source>The audio part %1 is missing (looked for %2).</source>
        <translation>Het opnamedeel %1 ontbreekt (gezocht: %2).</translation>
    </message>
    <message>
        <source>Play from Here</source>
        <translation>Afspelen vanaf hier</translation>
    </message>
    <message>
        <source>Play from Here (%1)</source>
        <translation>Afspelen vanaf hier (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Play the recording from %1 (%n s before this)</source>
        <translation>
            <numerusform>De opname afspelen vanaf %1 (%n s hiervoor)</numerusform>
            <numerusform>De opname afspelen vanaf %1 (%n s hiervoor)</numerusform>
        </translation>
    </message>
    <message>
        <source>Play from &amp;Here</source>
        <translation>Afspelen vanaf &amp;hier</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Space</source>
        <translation>Ctrl+Shift+Space</translation>
    </message>
    <message>
        <source>Play the recording from a few seconds before the chosen quote, note, memo, card, protocol step or partner</source>
        <translation>De opname afspelen vanaf enkele seconden vóór het gekozen citaat, de notitie, memo, gesprekskaart, protocolstap of partner</translation>
    </message>
    <message>
        <source>Stop Play&amp;back</source>
        <translation>A&amp;fspelen stoppen</translation>
    </message>
    <message>
        <source>Choose a quote, note, memo, card, protocol step or partner to play from.</source>
        <translation>Kies een citaat, notitie, memo, gesprekskaart, protocolstap of partner om vanaf af te spelen.</translation>
    </message>
    <message>
        <source>Stop playing the recording</source>
        <translation>Het afspelen van de opname stoppen</translation>
    </message>
</context>
<context>
    <name>nwk::PlaybackTransport</name>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Stop playing the recording</source>
        <translation>Het afspelen van de opname stoppen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <source>Resume playing the recording</source>
        <translation>Het afspelen van de opname hervatten</translation>
    </message>
    <message>
        <source>Pause playing the recording</source>
        <translation>Het afspelen van de opname pauzeren</translation>
    </message>
    <message>
        <source>Playing %1</source>
        <extracomment>The recording&apos;s playback: the session-clock time playing now.</extracomment>
        <translation>Speelt %1</translation>
    </message>
    <message>
        <source>The time on the session clock that is playing</source>
        <translation>Het tijdstip op de sessieklok dat nu speelt</translation>
    </message>
</context>
<context>
    <name>nwk::PreferencesDialog</name>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Voor&amp;keuren…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <extracomment>Interface language choice: follow the system&apos;s language, %1 its name.</extracomment>
        <translation>Systeem (%1)</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after the autosave delay: seconds.</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Taal van de interface:</translation>
    </message>
    <message>
        <source>Takes effect when Netwerkkaart is restarted.</source>
        <translation>Geldt vanaf de volgende start van Netwerkkaart.</translation>
    </message>
    <message>
        <source>&amp;Deck language of new sessions:</source>
        <translation>Taal van de &amp;kaartenset bij nieuwe sessies:</translation>
    </message>
    <message>
        <source>The language of the conversation cards, independent of the interface. An open session changes its deck under Session &gt; Deck.</source>
        <translation>De taal van de gesprekskaarten, los van de interface. Een open sessie wisselt van kaartenset via Sessie &gt; Kaartenset.</translation>
    </message>
    <message>
        <source>&amp;Autosave after:</source>
        <translation>&amp;Automatisch opslaan na:</translation>
    </message>
    <message>
        <source>A recovery copy is written this long after a change. Takes effect when Netwerkkaart is restarted.</source>
        <translation>Zo lang na een wijziging wordt een herstelkopie weggeschreven. Geldt vanaf de volgende start van Netwerkkaart.</translation>
    </message>
    <message>
        <source>Choose the interface language, the deck language of new sessions, the autosave delay and how far before its time playback starts</source>
        <translation>De taal van de interface, de taal van de kaartenset bij nieuwe sessies, de vertraging van het automatisch opslaan en hoe ver vóór het tijdstip het afspelen begint kiezen</translation>
    </message>
    <message>
        <source>&amp;Play from before:</source>
        <translation>Afspelen &amp;vooraf:</translation>
    </message>
    <message>
        <source>&quot;Play from Here&quot; on a quote, note, memo, card or partner starts the recording this long before its time.</source>
        <translation>„Afspelen vanaf hier” op een citaat, notitie, memo, gesprekskaart of partner start de opname zoveel eerder dan het tijdstip ervan.</translation>
    </message>
</context>
<context>
    <name>nwk::PresenterWindow</name>
    <message>
        <source>Netwerkkaart – Presenter</source>
        <translation>Netwerkkaart – Presentatie</translation>
    </message>
    <message>
        <source>%1 · card %2 of %3</source>
        <translation>%1 · gesprekskaart %2 van %3</translation>
    </message>
</context>
<context>
    <name>nwk::PriorityList</name>
    <message>
        <source>Priorities</source>
        <translation>Prioriteiten</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Markeringen</translation>
    </message>
    <message>
        <source>Matters to</source>
        <translation>Belangrijk voor</translation>
    </message>
</context>
<context>
    <name>nwk::ProjectionMode</name>
    <message>
        <source>&amp;Projection Mode</source>
        <translation>&amp;Projectiemodus</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Large type, thick lines and high contrast on the map and the presenter window, for a projector (Ctrl+Shift+P)</source>
        <translation>Grote letters, dikke lijnen en veel contrast op de netwerkkaart en in het presentatievenster, voor een projector (Ctrl+Shift+P)</translation>
    </message>
</context>
<context>
    <name>nwk::Properties</name>
    <message>
        <source>Move partner</source>
        <translation>Partner verplaatsen</translation>
    </message>
    <message>
        <source>Remove mark</source>
        <translation>Markering verwijderen</translation>
    </message>
    <message>
        <source>Add mark</source>
        <translation>Markering toevoegen</translation>
    </message>
    <message>
        <source>Mark as disputed</source>
        <translation>Als betwist markeren</translation>
    </message>
    <message>
        <source>Mark as agreed</source>
        <translation>Als eensgezind markeren</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Formal</source>
        <translation>Formeel</translation>
    </message>
    <message>
        <source>Informal</source>
        <translation>Informeel</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Extern</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Beide</translation>
    </message>
    <message>
        <source>Collaborates</source>
        <translation>Werkt samen</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Maakt deel uit van</translation>
    </message>
    <message>
        <source>Funds</source>
        <translation>Financiert</translation>
    </message>
    <message>
        <source>Refers to</source>
        <translation>Verwijst door naar</translation>
    </message>
    <message>
        <source>Member of</source>
        <translation>Lid van</translation>
    </message>
    <message>
        <source>Initiated by</source>
        <translation>Opgestart door</translation>
    </message>
    <message>
        <source>Imposed</source>
        <translation>Opgelegd</translation>
    </message>
    <message>
        <source>No direction</source>
        <translation>Geen richting</translation>
    </message>
    <message>
        <source>One way</source>
        <translation>Eén richting</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>Beide richtingen</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutraal</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positief</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negatief</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Ontbreekt</translation>
    </message>
    <message>
        <source>Hoped for</source>
        <translation>Gewenst</translation>
    </message>
    <message>
        <source>Former</source>
        <translation>Vroeger</translation>
    </message>
    <message>
        <source>Left off</source>
        <translation>Weggelaten</translation>
    </message>
    <message>
        <source>Added after</source>
        <translation>Achteraf toegevoegd</translation>
    </message>
    <message>
        <source>Ring %1</source>
        <translation>Ring %1</translation>
    </message>
    <message>
        <source>the school</source>
        <translation>de school</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>Move “%1” to category “%2”</source>
        <extracomment>History steps: %1 the partner, %2 the category</extracomment>
        <translation>“%1” naar categorie “%2” verplaatsen</translation>
    </message>
    <message>
        <source>Change category of “%1” to “%2”</source>
        <translation>Categorie van “%1” wijzigen in “%2”</translation>
    </message>
    <message>
        <source>Move “%1” to ring “%2”</source>
        <extracomment>History step: %1 the partner, %2 the ring</extracomment>
        <translation>“%1” naar ring “%2” verplaatsen</translation>
    </message>
    <message>
        <source>Project or programme</source>
        <translation>Project of programma</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Bron (boek, databank)</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Ervaring</translation>
    </message>
    <message>
        <source>Via (mediated access)</source>
        <translation>Via (onrechtstreekse toegang)</translation>
    </message>
    <message>
        <source>Follows up</source>
        <translation>Volgt op</translation>
    </message>
</context>
<context>
    <name>nwk::PropertiesDock</name>
    <message>
        <source>Properties</source>
        <translation>Eigenschappen</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verbinding</translation>
    </message>
    <message>
        <source>Missing partner</source>
        <translation>Ontbrekende partner</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Select a partner or a link on the map to see and edit its properties.</source>
        <translation>Selecteer een partner of een verbinding op de netwerkkaart om de eigenschappen te zien en te bewerken.</translation>
    </message>
    <message numerus="yes">
        <source>%n objects selected. Select one to edit its properties.</source>
        <translation>
            <numerusform>%n object geselecteerd. Selecteer er één om de eigenschappen te bewerken.</numerusform>
            <numerusform>%n objecten geselecteerd. Selecteer er één om de eigenschappen te bewerken.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nwk::ProtocolPage</name>
    <message>
        <source>Protocol steps</source>
        <translation>Stappenplan</translation>
    </message>
    <message>
        <source>Closing questions</source>
        <translation>Slotvragen</translation>
    </message>
    <message>
        <source>Metaphors</source>
        <translation>Metaforen</translation>
    </message>
    <message>
        <source>Image or metaphor for the school…</source>
        <translation>Beeld of metafoor voor de school…</translation>
    </message>
    <message>
        <source>Add Metaphor</source>
        <translation>Metafoor toevoegen</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Bijwerken</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Check protocol step</source>
        <translation>Stap afvinken</translation>
    </message>
    <message>
        <source>Uncheck protocol step</source>
        <translation>Stap niet meer afvinken</translation>
    </message>
    <message>
        <source>Closing answer</source>
        <translation>Antwoord op slotvraag</translation>
    </message>
    <message>
        <source>Add metaphor</source>
        <translation>Metafoor toevoegen</translation>
    </message>
    <message>
        <source>Edit metaphor</source>
        <translation>Metafoor bewerken</translation>
    </message>
    <message>
        <source>Remove metaphor</source>
        <translation>Metafoor verwijderen</translation>
    </message>
</context>
<context>
    <name>nwk::QuickGuide</name>
    <message>
        <source>&amp;Quick Guide</source>
        <translation>&amp;Beknopte handleiding</translation>
    </message>
    <message>
        <source>How to prepare and run a focus group and work on it afterwards</source>
        <translation>Hoe je een focusgesprek voorbereidt, leidt en achteraf verwerkt</translation>
    </message>
    <message>
        <source>Netwerkkaart Quick Guide</source>
        <translation>Beknopte handleiding bij Netwerkkaart</translation>
    </message>
    <message>
        <source>Quick guide</source>
        <translation>Beknopte handleiding</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <source>Back to the page you came from (Alt+Left)</source>
        <translation>Terug naar de vorige pagina (Alt+Links)</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <source>Back to the start of the quick guide</source>
        <translation>Terug naar het begin van de beknopte handleiding</translation>
    </message>
</context>
<context>
    <name>nwk::Recorder</name>
    <message>
        <source>Cannot make the folder %1 for the audio.</source>
        <translation>Kan de map %1 voor het geluid niet maken.</translation>
    </message>
    <message>
        <source>Save the session first: the audio is written beside the session file.</source>
        <translation>Sla de sessie eerst op: het geluid wordt naast het sessiebestand geschreven.</translation>
    </message>
    <message>
        <source>The session clock does not run.</source>
        <translation>De sessieklok loopt niet.</translation>
    </message>
    <message>
        <source>This session&apos;s clock started more than 12 hours ago: the session is not live, so no audio can be added to it.</source>
        <translation>De sessieklok van deze sessie startte meer dan 12 uur geleden: de sessie is niet live, dus er kan geen geluid meer bij.</translation>
    </message>
</context>
<context>
    <name>nwk::RecordingFeature</name>
    <message>
        <source>The consent step “%1” is not ticked.</source>
        <translation>De toestemmingsstap “%1” is niet aangevinkt.</translation>
    </message>
    <message>
        <source>No consent recorded for: %1.</source>
        <translation>Geen toestemming genoteerd voor: %1.</translation>
    </message>
    <message>
        <source>Record Without Consent?</source>
        <translation>Opnemen zonder toestemming?</translation>
    </message>
    <message>
        <source>The consent to the audio recording is not complete:</source>
        <translation>De toestemming voor de geluidsopname is niet volledig:</translation>
    </message>
    <message>
        <source>Start only when everyone agreed. The session file notes that the recording started without complete consent.</source>
        <translation>Start alleen als iedereen akkoord is. Het sessiebestand noteert dat de opname zonder volledige toestemming begon.</translation>
    </message>
    <message>
        <source>Start Without Consent</source>
        <translation>Starten zonder toestemming</translation>
    </message>
    <message>
        <source>Recording Consent</source>
        <translation>Toestemming voor de opname</translation>
    </message>
    <message>
        <source>Tick the participants who agreed to the audio recording (the informed consent of the protocol&apos;s consent step).</source>
        <translation>Vink de deelnemers aan die akkoord gingen met de geluidsopname (de informed consent van de toestemmingsstap in het protocol).</translation>
    </message>
    <message>
        <source>The session has no participants yet.</source>
        <translation>De sessie heeft nog geen deelnemers.</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Toestemming noteren</translation>
    </message>
    <message>
        <source>Audio parts missing or unreadable beside the session file: %1</source>
        <translation>Geluidsdelen naast het sessiebestand ontbreken of zijn onleesbaar: %1</translation>
    </message>
    <message>
        <source>Start &amp;Recording</source>
        <translation>Opname &amp;starten</translation>
    </message>
    <message>
        <source>Record the audio beside the session file; starts the session clock too</source>
        <translation>Het geluid opnemen naast het sessiebestand; start ook de sessieklok</translation>
    </message>
    <message>
        <source>&amp;Pause Recording</source>
        <translation>Opname &amp;pauzeren</translation>
    </message>
    <message>
        <source>Pause the audio recording; the session clock keeps running</source>
        <translation>De geluidsopname pauzeren; de sessieklok loopt door</translation>
    </message>
    <message>
        <source>S&amp;top Recording</source>
        <translation>Opname stoppe&amp;n</translation>
    </message>
    <message>
        <source>Stop the audio recording for good</source>
        <translation>De geluidsopname definitief stoppen</translation>
    </message>
    <message>
        <source>Recording &amp;Consent…</source>
        <translation>Toest&amp;emming voor de opname…</translation>
    </message>
    <message>
        <source>Record which participants agreed to the audio recording</source>
        <translation>Noteren welke deelnemers akkoord gingen met de geluidsopname</translation>
    </message>
    <message>
        <source>Audio &amp;Input</source>
        <translation>Gel&amp;uidsingang</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Standaard van het systeem</translation>
    </message>
    <message>
        <source>System Default (%1)</source>
        <translation>Standaard van het systeem (%1)</translation>
    </message>
    <message>
        <source>No audio input found</source>
        <translation>Geen geluidsingang gevonden</translation>
    </message>
    <message>
        <source>Takes effect at the next start or resume</source>
        <translation>Geldt vanaf de volgende start of hervatting</translation>
    </message>
    <message>
        <source>&amp;Resume Recording</source>
        <translation>Opname &amp;hervatten</translation>
    </message>
    <message>
        <source>Save the Session First</source>
        <translation>Sla de sessie eerst op</translation>
    </message>
    <message>
        <source>The audio is written beside the session file, so the session needs a file before the recording starts.</source>
        <translation>Het geluid wordt naast het sessiebestand geschreven, dus de sessie heeft een bestand nodig voordat de opname begint.</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Opslaan als…</translation>
    </message>
    <message>
        <source>Recording the audio</source>
        <translation>Het geluid wordt opgenomen</translation>
    </message>
    <message>
        <source>The audio recording stopped</source>
        <translation>De geluidsopname is gestopt</translation>
    </message>
    <message>
        <source>Recording: %1 The session clock keeps running; the session is safe.</source>
        <extracomment>A recording problem in the status bar; %1 says what went wrong</extracomment>
        <translation>Opname: %1 De sessieklok loopt door; de sessie is veilig.</translation>
    </message>
    <message>
        <source>The Audio Is Not Being Recorded</source>
        <translation>Het geluid wordt niet opgenomen</translation>
    </message>
    <message>
        <source>The session clock keeps running and the session is safe. Check the audio input (Session &gt; Audio Input) and start or resume the recording again.</source>
        <translation>De sessieklok loopt door en de sessie is veilig. Controleer de geluidsingang (Sessie &gt; Geluidsingang) en start of hervat de opname opnieuw.</translation>
    </message>
    <message>
        <source>Recording: %1 The session is safe.</source>
        <translation>Opname: %1 De sessie is veilig.</translation>
    </message>
    <message>
        <source>The session is safe.</source>
        <translation>De sessie is veilig.</translation>
    </message>
    <message numerus="yes">
        <source>The changes include %n audio part(s) (%1 of audio) that the saved session does not list. If you discard the changes, the audio stays in the folder %2 beside the session file, and opening the session offers to add it again.</source>
        <extracomment>%1 the length of the audio (1:02:03), %2 the audio folder (school.audio)</extracomment>
        <translation>
            <numerusform>De wijzigingen bevatten %n opnamedeel (%1 geluid) dat de opgeslagen sessie niet vermeldt. Als je de wijzigingen verwerpt, blijft het geluid in de map %2 naast het sessiebestand, en bij het openen van de sessie wordt aangeboden het weer toe te voegen.</numerusform>
            <numerusform>De wijzigingen bevatten %n opnamedelen (%1 geluid) die de opgeslagen sessie niet vermeldt. Als je de wijzigingen verwerpt, blijft het geluid in de map %2 naast het sessiebestand, en bij het openen van de sessie wordt aangeboden het weer toe te voegen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audio Not in the Session</source>
        <translation>Geluid niet in de sessie</translation>
    </message>
    <message numerus="yes">
        <source>%n audio part(s) recorded for this session (%1 of audio) are not in it.</source>
        <extracomment>%1 the length of the audio (1:02:03)</extracomment>
        <translation>
            <numerusform>%n opnamedeel dat voor deze sessie is opgenomen (%1 geluid), staat er niet in.</numerusform>
            <numerusform>%n opnamedelen die voor deze sessie zijn opgenomen (%1 geluid), staan er niet in.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Niet nu</translation>
    </message>
    <message numerus="yes">
        <source>Added %n audio part(s) to the session&apos;s recording: save the session to keep them.</source>
        <translation>
            <numerusform>%n opnamedeel toegevoegd aan de opname van de sessie: sla de sessie op om het te bewaren.</numerusform>
            <numerusform>%n opnamedelen toegevoegd aan de opname van de sessie: sla de sessie op om ze te bewaren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The session was saved, but %n audio part(s) could not be copied beside it: the saved session lists them, and they are missing there.</source>
        <translation>
            <numerusform>De sessie is opgeslagen, maar %n opnamedeel kon niet ernaast worden gekopieerd: de opgeslagen sessie vermeldt het, en daar ontbreekt het.</numerusform>
            <numerusform>De sessie is opgeslagen, maar %n opnamedelen konden niet ernaast worden gekopieerd: de opgeslagen sessie vermeldt ze, en daar ontbreken ze.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audio Not Copied</source>
        <translation>Geluid niet gekopieerd</translation>
    </message>
    <message>
        <source>%1

Copy them into the folder %2 beside the session file under the names it lists, or save again.</source>
        <extracomment>%1 the list of parts and why each failed, %2 the audio folder (school.audio)</extracomment>
        <translation>%1

Kopieer ze naar de map %2 naast het sessiebestand onder de namen die de sessie vermeldt, of sla opnieuw op.</translation>
    </message>
    <message>
        <source>%1: not found beside the session (%2)</source>
        <translation>%1: niet gevonden naast de sessie (%2)</translation>
    </message>
    <message>
        <source>%1: cannot make the folder %2</source>
        <translation>%1: de map %2 kan niet worden gemaakt</translation>
    </message>
    <message numerus="yes">
        <source>The part(s) are in the folder %1 beside the session file: recorded, but the session was not saved with them (its changes were discarded, or the editor stopped). Add them to the session&apos;s recording? Each is placed on the session clock where its file says it ended, never before the part before it ends.</source>
        <extracomment>%1 the audio folder (school.audio)</extracomment>
        <translation>
            <numerusform>Het deel staat in de map %1 naast het sessiebestand: opgenomen, maar de sessie is er niet mee opgeslagen (de wijzigingen zijn verworpen, of de editor is gestopt). Toevoegen aan de opname van de sessie? Het komt op de sessieklok waar het bestand zegt dat het eindigde, nooit voordat het deel ervoor eindigt.</numerusform>
            <numerusform>De delen staan in de map %1 naast het sessiebestand: opgenomen, maar de sessie is niet met ze opgeslagen (de wijzigingen zijn verworpen, of de editor is gestopt). Toevoegen aan de opname van de sessie? Elk deel komt op de sessieklok waar het bestand zegt dat het eindigde, nooit voordat het deel ervoor eindigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add to the Recording</source>
        <translation>&amp;Toevoegen aan de opname</translation>
    </message>
</context>
<context>
    <name>nwk::RecordingIndicator</name>
    <message>
        <source>Recording level</source>
        <translation>Opnameniveau</translation>
    </message>
    <message>
        <source>REC %1</source>
        <extracomment>The recording indicator: &quot;REC&quot; and the audio recorded so far, e.g. &quot;REC 12:34&quot;</extracomment>
        <translation>OPNAME %1</translation>
    </message>
    <message>
        <source>Recording paused %1</source>
        <translation>Opname gepauzeerd %1</translation>
    </message>
    <message>
        <source>The audio is being recorded (%1 so far)</source>
        <translation>Het geluid wordt opgenomen (tot nu toe %1)</translation>
    </message>
    <message>
        <source>The audio recording is paused (%1 so far)</source>
        <translation>De geluidsopname is gepauzeerd (tot nu toe %1)</translation>
    </message>
</context>
<context>
    <name>nwk::RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Niet-opgeslagen werk herstellen</translation>
    </message>
    <message>
        <source>Never saved</source>
        <translation>Nooit opgeslagen</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Herstellen</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Weggooien…</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Niet nu</translation>
    </message>
    <message>
        <source>Keep the recovered sessions and ask again at the next start</source>
        <translation>De herstelde sessies bewaren en bij de volgende start opnieuw vragen</translation>
    </message>
    <message>
        <source>%1 — %2: %3, %4, %5</source>
        <extracomment>Recovery list entry: %1 session name, %2 date and time, then counts</extracomment>
        <translation>%1 — %2: %3, %4, %5</translation>
    </message>
    <message>
        <source>1 partner</source>
        <translation>1 partner</translation>
    </message>
    <message numerus="yes">
        <source>%n partners</source>
        <translation>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partners</numerusform>
        </translation>
    </message>
    <message>
        <source>1 link</source>
        <translation>1 verbinding</translation>
    </message>
    <message numerus="yes">
        <source>%n links</source>
        <translation>
            <numerusform>%n verbinding</numerusform>
            <numerusform>%n verbindingen</numerusform>
        </translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 notitie</translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>%n notitie</numerusform>
            <numerusform>%n notities</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard Recovered Session</source>
        <translation>Herstelde sessie weggooien</translation>
    </message>
    <message>
        <source>Discard the unsaved changes of “%1” for good?</source>
        <translation>De niet-opgeslagen wijzigingen van “%1” definitief weggooien?</translation>
    </message>
    <message>
        <source>Netwerkkaart did not close normally. These sessions had changes that were not saved; each is newer than its file on disk. Restore one to continue where you were; you still choose whether to save it.</source>
        <translation>Netwerkkaart werd niet normaal afgesloten. Deze sessies hadden wijzigingen die niet opgeslagen waren; elk is nieuwer dan het bestand op schijf. Herstel er een om verder te gaan waar je was; je kiest daarna zelf of je ze opslaat.</translation>
    </message>
    <message>
        <source>The file is no longer on disk.</source>
        <translation>Het bestand staat niet meer op schijf.</translation>
    </message>
    <message>
        <source>Copy of %1; the file on disk was saved %2.</source>
        <extracomment>%1 time of the recovery copy, %2 time the file on disk was last saved</extracomment>
        <translation>Kopie van %1; het bestand op schijf werd opgeslagen op %2.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Het bestand kan niet gelezen worden.</translation>
    </message>
    <message>
        <source>%1: %2 in the copy, %3 in the file</source>
        <extracomment>%1 what is counted (partners, links, ...), %2 and %3 the numbers</extracomment>
        <translation>%1: %2 in de kopie, %3 in het bestand</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>partners</translation>
    </message>
    <message>
        <source>links</source>
        <translation>verbindingen</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notities</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>groepen</translation>
    </message>
    <message>
        <source>missing partners</source>
        <translation>ontbrekende partners</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>deelnemers</translation>
    </message>
    <message>
        <source>The same numbers of partners, links and notes; other changes (names, places, texts).</source>
        <translation>Evenveel partners, verbindingen en notities; andere wijzigingen (namen, plaatsen, teksten).</translation>
    </message>
    <message>
        <source>The file is newer than this copy: it was changed after the copy was written.</source>
        <translation>Het bestand is nieuwer dan deze kopie: het werd gewijzigd nadat de kopie werd geschreven.</translation>
    </message>
</context>
<context>
    <name>nwk::RelativePlacementDialog</name>
    <message>
        <source>Placed Relative To</source>
        <translation>Geplaatst ten opzichte van</translation>
    </message>
    <message>
        <source>e.g. a bit further than our own guidance service</source>
        <translation>bv. iets verder dan onze eigen begeleidingsdienst</translation>
    </message>
    <message>
        <source>(nobody in particular)</source>
        <translation>(niemand in het bijzonder)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>Partner:</translation>
    </message>
    <message>
        <source>&amp;Relation:</source>
        <translation>&amp;Verhouding:</translation>
    </message>
    <message>
        <source>&amp;Compared with:</source>
        <translation>&amp;Vergeleken met:</translation>
    </message>
    <message>
        <source>As sai&amp;d:</source>
        <translation>Zoals ge&amp;zegd:</translation>
    </message>
    <message>
        <source>Said &amp;by:</source>
        <translation>Gezegd &amp;door:</translation>
    </message>
    <message>
        <source>Place “%1” relative to “%2”</source>
        <extracomment>History step: %1 the partner, %2 the other partner or the school</extracomment>
        <translation>“%1” plaatsen ten opzichte van “%2”</translation>
    </message>
</context>
<context>
    <name>nwk::RelativePlacementSection</name>
    <message>
        <source>Placed relative to</source>
        <translation>Geplaatst ten opzichte van</translation>
    </message>
    <message>
        <source>What the group said about this partner&apos;s place compared with another partner or the school</source>
        <translation>Wat de groep zei over de plaats van deze partner vergeleken met een andere partner of de school</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove relative placement</source>
        <translation>Relatieve plaatsing verwijderen</translation>
    </message>
</context>
<context>
    <name>nwk::ReplayView</name>
    <message>
        <source>Return to the Live Map</source>
        <translation>Terug naar de live netwerkkaart</translation>
    </message>
    <message>
        <source>Replay %1 — Esc to return</source>
        <translation>Herhaling %1 — Esc om terug te keren</translation>
    </message>
</context>
<context>
    <name>nwk::RingEditor</name>
    <message>
        <source>Rings are equal bands of distance. Partners keep their distance from the school; only the ring boundaries move.</source>
        <translation>Ringen zijn even brede afstandsbanden. Partners houden hun afstand tot de school; alleen de grenzen van de ringen verschuiven.</translation>
    </message>
    <message>
        <source>Rings, innermost first</source>
        <translation>Ringen, binnenste eerst</translation>
    </message>
    <message>
        <source>Rename ring (Dutch)</source>
        <translation>Ring hernoemen (Nederlands)</translation>
    </message>
    <message>
        <source>Dutch la&amp;bel:</source>
        <translation>Nederlandse &amp;naam:</translation>
    </message>
    <message>
        <source>Rename ring (English)</source>
        <translation>Ring hernoemen (Engels)</translation>
    </message>
    <message>
        <source>English labe&amp;l:</source>
        <translation>&amp;Engelse naam:</translation>
    </message>
    <message>
        <source>&amp;Number of rings:</source>
        <translation>&amp;Aantal ringen:</translation>
    </message>
    <message>
        <source>Innermost first. Placements are continuous: changing the number of rings moves only the ring boundaries.</source>
        <translation>Binnenste eerst. Plaatsingen zijn traploos: een ander aantal ringen verschuift alleen de grenzen van de ringen.</translation>
    </message>
    <message>
        <source>Set number of rings to %1</source>
        <translation>Aantal ringen op %1 zetten</translation>
    </message>
</context>
<context>
    <name>nwk::RoleStyle</name>
    <message>
        <source>Teacher</source>
        <translation>Leerkracht</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Directie</translation>
    </message>
    <message>
        <source>Care</source>
        <translation>Zorg</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Ontbreekt</translation>
    </message>
    <message>
        <source>Hoped for</source>
        <translation>Gewenst</translation>
    </message>
    <message>
        <source>Former</source>
        <translation>Vroeger</translation>
    </message>
    <message>
        <source>Deliberately left off</source>
        <translation>Bewust weggelaten</translation>
    </message>
    <message>
        <source>Added after the session</source>
        <translation>Na de sessie toegevoegd</translation>
    </message>
</context>
<context>
    <name>nwk::RoomView</name>
    <message>
        <source>Room view</source>
        <translation>Zaalweergave</translation>
    </message>
    <message>
        <source>Room view – Esc or F5: back to editing · Page Down / Page Up: next or previous card</source>
        <translation>Zaalweergave – Esc of F5: terug naar bewerken · Page Down / Page Up: volgende of vorige gesprekskaart</translation>
    </message>
    <message>
        <source>&amp;Room View</source>
        <translation>Zaal&amp;weergave</translation>
    </message>
    <message>
        <source>The map in large type over the whole window, for a projector that shows this screen (F5 or Esc returns). With a second screen, F5 shows the presenter there</source>
        <translation>De netwerkkaart in grote letters over het hele venster, voor een projector die dit scherm toont (F5 of Esc keert terug). Met een tweede scherm toont F5 daar het presentatievenster</translation>
    </message>
    <message>
        <source>Join from your phone:
%1</source>
        <translation>Doe mee met je telefoon:
%1</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>Code %1</translation>
    </message>
</context>
<context>
    <name>nwk::SessionDetailsDialog</name>
    <message>
        <source>Session De&amp;tails…</source>
        <translation>Sess&amp;iegegevens…</translation>
    </message>
    <message>
        <source>The session&apos;s duration, the participants as said, earlier maps and the group&apos;s own words for the map</source>
        <translation>De duur van de sessie, de participanten zoals gezegd, eerdere netwerkkaarten en de eigen woorden van de groep voor de netwerkkaart</translation>
    </message>
    <message>
        <source>Session Details</source>
        <translation>Sessiegegevens</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>How long the session lasted, in minutes</source>
        <translation>Hoe lang de sessie duurde, in minuten</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>niet gezegd</translation>
    </message>
    <message>
        <source>How many took part, as said or noted, beside the participants listed</source>
        <translation>Hoeveel er deelnamen, zoals gezegd of genoteerd, naast de opgesomde participanten</translation>
    </message>
    <message numerus="yes">
        <source>%n listed in Participants</source>
        <translation>
            <numerusform>%n opgesomd bij Participanten</numerusform>
            <numerusform>%n opgesomd bij Participanten</numerusform>
        </translation>
    </message>
    <message>
        <source>Network maps the school made before</source>
        <translation>Netwerkkaarten die de school eerder maakte</translation>
    </message>
    <message>
        <source>e.g. poster, bord, ballonnetje</source>
        <translation>bv. poster, bord, ballonnetje</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Duur:</translation>
    </message>
    <message>
        <source>&amp;Participants as said:</source>
        <translation>&amp;Participanten zoals gezegd:</translation>
    </message>
    <message>
        <source>Earlier &amp;maps:</source>
        <translation>Eerdere &amp;netwerkkaarten:</translation>
    </message>
    <message>
        <source>The group&apos;s &amp;words for the map:</source>
        <translation>&amp;Woorden van de groep voor de netwerkkaart:</translation>
    </message>
    <message>
        <source>Edit session details</source>
        <translation>Sessiegegevens bewerken</translation>
    </message>
</context>
<context>
    <name>nwk::SessionDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Naamloos</translation>
    </message>
    <message>
        <source>The session has no file name yet; use Save As.</source>
        <translation>De sessie heeft nog geen bestandsnaam; gebruik Opslaan als.</translation>
    </message>
    <message>
        <source>No file name given.</source>
        <translation>Geen bestandsnaam opgegeven.</translation>
    </message>
    <message>
        <source>The session was not saved because it has an internal inconsistency (%1). The file on disk is unchanged.</source>
        <translation>De sessie werd niet opgeslagen omdat ze intern niet consistent is (%1). Het bestand op schijf is niet gewijzigd.</translation>
    </message>
    <message>
        <source>“%1” was not written completely (is the disk full?). Your changes are still open.</source>
        <translation>“%1” werd niet volledig weggeschreven (is de schijf vol?). Je wijzigingen staan nog open.</translation>
    </message>
    <message>
        <source>“%1” was not saved: %2. The file on disk is unchanged; your changes are still open.</source>
        <translation>“%1” werd niet opgeslagen: %2. Het bestand op schijf is ongewijzigd; je wijzigingen staan nog open.</translation>
    </message>
    <message numerus="yes">
        <source>The session clock&apos;s start cannot be undone: %n audio part(s) were recorded on this clock, and undo never takes back what was recorded.</source>
        <translation>
            <numerusform>De start van de sessieklok kan niet ongedaan worden gemaakt: op deze klok is %n opnamedeel opgenomen, en ongedaan maken neemt nooit terug wat opgenomen is.</numerusform>
            <numerusform>De start van de sessieklok kan niet ongedaan worden gemaakt: op deze klok zijn %n opnamedelen opgenomen, en ongedaan maken neemt nooit terug wat opgenomen is.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nwk::ShortcutsHelp</name>
    <message>
        <source>Map and other</source>
        <translation>Netwerkkaart en andere</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Filter by action or key</source>
        <translation>Filteren op actie of toets</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Sneltoets</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Tooltip of an action: %1 what it does, %2 its shortcut</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>List every keyboard shortcut, with a filter</source>
        <translation>Alle sneltoetsen oplijsten, met een filter</translation>
    </message>
</context>
<context>
    <name>nwk::SmallMap</name>
    <message>
        <source>%1: “%2”, recurring partner %3</source>
        <translation>%1: “%2”, terugkerende partner %3</translation>
    </message>
    <message>
        <source>%1: “%2”, on this map only</source>
        <translation>%1: “%2”, alleen op deze netwerkkaart</translation>
    </message>
    <message>
        <source>Ctrl+wheel zooms, dragging pans, a double click resets.</source>
        <translation>Ctrl+scrollwiel zoomt, slepen verschuift, dubbelklikken toont de hele netwerkkaart.</translation>
    </message>
    <message>
        <source>%1: %2 is not on this map. %3</source>
        <translation>%1: %2 staat niet op deze netwerkkaart. %3</translation>
    </message>
    <message>
        <source>%1: %2 highlighted. %3</source>
        <translation>%1: %2 gemarkeerd. %3</translation>
    </message>
    <message>
        <source>%1: recurring partners ringed: %2. %3</source>
        <translation>%1: terugkerende partners omcirkeld: %2. %3</translation>
    </message>
    <message>
        <source>%1 (%2×)</source>
        <translation>%1 (%2×)</translation>
    </message>
</context>
<context>
    <name>nwk::StartScreen</name>
    <message>
        <source>Welcome to Netwerkkaart</source>
        <translation>Welkom bij Netwerkkaart</translation>
    </message>
    <message>
        <source>Netwerkkaart</source>
        <translation>Netwerkkaart</translation>
    </message>
    <message>
        <source>Map a school&apos;s network with a focus group: partners in category sectors and rings, links, importance marks and conversation cards.</source>
        <translation>Breng met een focusgroep het netwerk van een school in beeld: partners in sectoren per categorie en in ringen, verbindingen, belangrijk-markeringen en gesprekskaarten.</translation>
    </message>
    <message>
        <source>&amp;New Session…</source>
        <translation>&amp;Nieuwe sessie…</translation>
    </message>
    <message>
        <source>Prepare a focus group: school, participants, language and categories</source>
        <translation>Een focusgesprek voorbereiden: school, deelnemers, taal en categorieën</translation>
    </message>
    <message>
        <source>Opens a short wizard for a new session (Ctrl+Shift+N)</source>
        <translation>Opent een korte wizard voor een nieuwe sessie (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>Open a saved session (.nwk file)</source>
        <translation>Een opgeslagen sessie openen (.nwk-bestand)</translation>
    </message>
    <message>
        <source>Chooses a session file to open (Ctrl+O)</source>
        <translation>Kiest een sessiebestand om te openen (Ctrl+O)</translation>
    </message>
    <message>
        <source>Open the &amp;Example</source>
        <translation>Het &amp;voorbeeld openen</translation>
    </message>
    <message>
        <source>A finished map of a primary school from the study, to look around</source>
        <translation>Een afgewerkte netwerkkaart van een basisschool uit het onderzoek, om rond te kijken</translation>
    </message>
    <message>
        <source>Opens the bundled example as an untitled session; your changes do not touch the original</source>
        <translation>Opent het meegeleverde voorbeeld als naamloze sessie; je wijzigingen raken het origineel niet</translation>
    </message>
    <message>
        <source>&amp;Recent sessions:</source>
        <translation>&amp;Recente sessies:</translation>
    </message>
    <message>
        <source>Enter or double-click opens the session</source>
        <translation>Enter of dubbelklikken opent de sessie</translation>
    </message>
    <message>
        <source>Recent sessions</source>
        <translation>Recente sessies</translation>
    </message>
    <message>
        <source>Opens the session chosen in the list</source>
        <translation>Opent de sessie die in de lijst gekozen is</translation>
    </message>
    <message>
        <source>Start with an Empty &amp;Map</source>
        <translation>Beginnen met een &amp;lege netwerkkaart</translation>
    </message>
    <message>
        <source>Closes this screen; the map starts empty (Esc)</source>
        <translation>Sluit dit scherm; de netwerkkaart begint leeg (Esc)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>Recent sessions on the start screen: %1 file name, %2 its folder</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>File Not Found</source>
        <translation>Bestand niet gevonden</translation>
    </message>
    <message>
        <source>“%1” no longer exists. It was removed from the list of recent files.</source>
        <translation>“%1” bestaat niet meer. Het werd uit de lijst met recente bestanden gehaald.</translation>
    </message>
    <message>
        <source>New Session &amp;Wizard…</source>
        <translation>&amp;Wizard nieuwe sessie…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>A new session, prepared step by step: school, participants, language, categories</source>
        <translation>Een nieuwe sessie, stap voor stap voorbereid: school, deelnemers, taal, categorieën</translation>
    </message>
    <message>
        <source>Open &amp;Example</source>
        <translation>&amp;Voorbeeld openen</translation>
    </message>
    <message>
        <source>Opens the bundled example session, untitled</source>
        <translation>Opent de meegeleverde voorbeeldsessie, naamloos</translation>
    </message>
    <message>
        <source>Open &amp;Selected</source>
        <translation>&amp;Geselecteerde openen</translation>
    </message>
    <message>
        <source>No recent sessions yet</source>
        <translation>Nog geen recente sessies</translation>
    </message>
</context>
<context>
    <name>nwk::StatementTexts</name>
    <message>
        <source>Not said</source>
        <translation>Niet gezegd</translation>
    </message>
    <message>
        <source>Reciprocal</source>
        <translation>Wederkerig</translation>
    </message>
    <message>
        <source>One-sided</source>
        <translation>Eenzijdig</translation>
    </message>
    <message>
        <source>The school learns</source>
        <translation>De school leert</translation>
    </message>
    <message>
        <source>The school offers</source>
        <translation>De school biedt aan</translation>
    </message>
    <message>
        <source>Both: learns and offers</source>
        <translation>Beide: leert en biedt aan</translation>
    </message>
    <message>
        <source>closer than</source>
        <translation>dichter dan</translation>
    </message>
    <message>
        <source>further than</source>
        <translation>verder dan</translation>
    </message>
    <message>
        <source>as close as</source>
        <translation>even dicht als</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A relative placement as listed: %1 &quot;further than&quot;, %2 the other partner or the school</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>nwk::Statements</name>
    <message>
        <source>Add placement of %1</source>
        <extracomment>History step: %1 the participant&apos;s code (or &quot;someone&quot;)</extracomment>
        <translation>Plaatsing van %1 toevoegen</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>iemand</translation>
    </message>
    <message>
        <source>Keep position of “%1” as former</source>
        <translation>Plaats van “%1” bewaren als vroegere</translation>
    </message>
    <message>
        <source>Add a Participant&apos;s Placement</source>
        <translation>Plaatsing van een participant toevoegen</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(onbekend)</translation>
    </message>
    <message>
        <source>as said, e.g. “voor mij heel dicht”</source>
        <translation>zoals gezegd, bv. “voor mij heel dicht”</translation>
    </message>
    <message>
        <source>The placement starts where “%1” is now; set its distance in Properties ▸ Distance.</source>
        <translation>De plaatsing begint waar “%1” nu staat; stel de afstand in bij Eigenschappen ▸ Afstand.</translation>
    </message>
    <message>
        <source>&amp;Participant:</source>
        <translation>&amp;Participant:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <source>Keep Current Position as Former</source>
        <translation>Huidige plaats bewaren als vroegere</translation>
    </message>
    <message>
        <source>as said, e.g. “tot 2018”</source>
        <translation>zoals gezegd, bv. “tot 2018”</translation>
    </message>
    <message>
        <source>Then move “%1” to where it is now; the former position is drawn as a faint trail.</source>
        <translation>Verplaats “%1” daarna naar waar hij nu hoort; de vroegere plaats wordt als een vaag spoor getekend.</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wanneer:</translation>
    </message>
    <message>
        <source>W&amp;hy:</source>
        <translation>W&amp;aarom:</translation>
    </message>
</context>
<context>
    <name>nwk::SynonymsDialog</name>
    <message>
        <source>Synonyms</source>
        <translation>Synoniemen</translation>
    </message>
    <message>
        <source>Synonyms (*.json);;All files (*)</source>
        <translation>Synoniemen (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Import Synonyms</source>
        <translation>Synoniemen importeren</translation>
    </message>
    <message>
        <source>Export Synonyms</source>
        <translation>Synoniemen exporteren</translation>
    </message>
    <message>
        <source>synonyms.json</source>
        <translation>synoniemen.json</translation>
    </message>
    <message>
        <source>Shown as</source>
        <translation>Getoond als</translation>
    </message>
    <message>
        <source>Also called (separate with ;)</source>
        <translation>Ook genoemd (scheiden met ;)</translation>
    </message>
    <message>
        <source>Add Row</source>
        <translation>Rij toevoegen</translation>
    </message>
    <message>
        <source>Remove Row</source>
        <translation>Rij verwijderen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>Built-in List</source>
        <translation>Ingebouwde lijst</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>another row</source>
        <translation>een andere rij</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Rij %1: %2</translation>
    </message>
    <message>
        <source>Labels on one row name the same partner in the comparison. Case, spaces, punctuation, accents and qualifiers in brackets never matter; an abbreviation in brackets names the same partner. Internal actors only match internal actors.</source>
        <translation>Namen op dezelfde rij duiden in de vergelijking dezelfde partner aan. Hoofdletters, spaties, leestekens, accenten en toevoegingen tussen haakjes tellen nooit mee; een afkorting tussen haakjes duidt dezelfde partner aan. Interne actoren worden alleen aan interne actoren gekoppeld.</translation>
    </message>
    <message>
        <source>e.g. CLB (contactpersoon); Stad (OCMW)</source>
        <translation>bv. CLB (contactpersoon); Stad (OCMW)</translation>
    </message>
    <message>
        <source>Keep apart (separate with ;): matched only with labels written the same</source>
        <translation>Apart houden (scheiden met ;): alleen gekoppeld aan namen die hetzelfde geschreven zijn</translation>
    </message>
    <message>
        <source>Keep apart</source>
        <translation>Apart houden</translation>
    </message>
    <message>
        <source>Keep apart: %1</source>
        <translation>Apart houden: %1</translation>
    </message>
</context>
<context>
    <name>nwk::TimelineDock</name>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>Replay %1 — the replayed map cannot be edited. Esc returns to the live map.</source>
        <translation>Herhaling %1 — de herhaalde netwerkkaart kan niet bewerkt worden. Esc keert terug naar de live netwerkkaart.</translation>
    </message>
    <message>
        <source>Show only the events of one card</source>
        <translation>Alleen de gebeurtenissen van één gesprekskaart tonen</translation>
    </message>
    <message>
        <source>Show only what one participant said, marked or joined</source>
        <translation>Alleen tonen wat één deelnemer zei of markeerde, en wanneer die aansloot</translation>
    </message>
    <message>
        <source>Live Map</source>
        <translation>Live netwerkkaart</translation>
    </message>
    <message>
        <source>Leave the replay and show the live map (Esc)</source>
        <translation>De herhaling verlaten en de live netwerkkaart tonen (Esc)</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>Gesprekskaart:</translation>
    </message>
    <message>
        <source>Participant:</source>
        <translation>Deelnemer:</translation>
    </message>
    <message>
        <source>Scrub to replay how the map was built</source>
        <translation>Verschuif om te herhalen hoe de netwerkkaart ontstond</translation>
    </message>
    <message>
        <source>Replay time</source>
        <translation>Tijdstip van de herhaling</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Show the session on its clock and replay how the map was built</source>
        <translation>De sessie op haar klok tonen en herhalen hoe de netwerkkaart ontstond</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Geplaatst</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verplaatst</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>Gemarkeerd</translation>
    </message>
    <message>
        <source>Mark taken off</source>
        <translation>Markering weggehaald</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Verbonden</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Gesprekskaart</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citaat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <source>Metaphor</source>
        <translation>Metafoor</translation>
    </message>
    <message>
        <source>Closing answer</source>
        <translation>Antwoord op slotvraag</translation>
    </message>
    <message>
        <source>Protocol step</source>
        <translation>Protocolstap</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Aangesloten</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Vertrokken</translation>
    </message>
    <message>
        <source>Partner added</source>
        <translation>Partner toegevoegd</translation>
    </message>
    <message>
        <source>Map: %1</source>
        <translation>Netwerkkaart: %1</translation>
    </message>
    <message>
        <source>All cards</source>
        <translation>Alle gesprekskaarten</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcript</translation>
    </message>
    <message>
        <source>Card filter</source>
        <translation>Filter op gesprekskaart</translation>
    </message>
    <message>
        <source>Participant filter</source>
        <translation>Deelnemersfilter</translation>
    </message>
    <message>
        <source>Timeline (the map&apos;s history is full: changes are no longer recorded)</source>
        <translation>Tijdlijn (de geschiedenis van de netwerkkaart is vol: wijzigingen worden niet meer bijgehouden)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A protocol step in the timeline: %1 the step, %2 the facilitator&apos;s note on it</extracomment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>nwk::TimelineSound</name>
    <message>
        <source>Play</source>
        <translation>Afspelen</translation>
    </message>
    <message>
        <source>Play the recording from the time replayed; the map follows it</source>
        <translation>De opname afspelen vanaf het teruggespeelde tijdstip; de netwerkkaart volgt mee</translation>
    </message>
</context>
<context>
    <name>nwk::TimelineStrip</name>
    <message>
        <source>Click or drag to replay the map at that moment</source>
        <translation>Klik of sleep om de netwerkkaart op dat moment te herhalen</translation>
    </message>
    <message>
        <source>Cards</source>
        <extracomment>Timeline lane: the conversation cards&apos; spans and the audio parts</extracomment>
        <translation>Gesprekskaarten</translation>
    </message>
    <message>
        <source>Talk</source>
        <extracomment>Timeline lane: quotes, notes, memos, metaphors, answers, transcript lines</extracomment>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>Map</source>
        <extracomment>Timeline lane: the changes to the group&apos;s map</extracomment>
        <translation>Netwerkkaart</translation>
    </message>
    <message>
        <source>Steps</source>
        <extracomment>Timeline lane: the protocol&apos;s steps, participants joining and leaving</extracomment>
        <translation>Stappen</translation>
    </message>
    <message>
        <source>Cards: each conversation card from its start to its end; below them the recording&apos;s audio parts</source>
        <translation>Gesprekskaarten: elke gesprekskaart van begin tot einde; eronder de delen van de geluidsopname</translation>
    </message>
    <message>
        <source>Talk: quotes, notes, memos, metaphors, closing answers and the transcript&apos;s lines</source>
        <translation>Gesprek: citaten, notities, memo&apos;s, metaforen, slotantwoorden en de regels van het transcript</translation>
    </message>
    <message>
        <source>Map: partners added, placed, moved, marked, linked and removed</source>
        <translation>Netwerkkaart: partners toegevoegd, geplaatst, verplaatst, gemarkeerd, verbonden en verwijderd</translation>
    </message>
    <message>
        <source>Steps: the protocol&apos;s steps, participants joining and leaving</source>
        <translation>Stappen: de stappen van het protocol, deelnemers die aansluiten en vertrekken</translation>
    </message>
</context>
<context>
    <name>nwk::TranscriptDock</name>
    <message>
        <source>Transcript</source>
        <translation>Transcript</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Sprekers</translation>
    </message>
    <message>
        <source>Who each speaker of the transcript is: a quote is by the participant (code and role), never by the name in the transcript</source>
        <translation>Wie elke spreker van het transcript is: een citaat is van de deelnemer (code en rol), nooit van de naam in het transcript</translation>
    </message>
    <message>
        <source>Where the transcript&apos;s 0:00:00 is on the session clock (h:mm:ss; negative when the transcript started before the clock)</source>
        <translation>Waar 0:00:00 van het transcript op de sessieklok ligt (u:mm:ss; negatief als het transcript vóór de klok begon)</translation>
    </message>
    <message>
        <source>&amp;Offset:</source>
        <translation>&amp;Verschuiving:</translation>
    </message>
    <message>
        <source>Search the transcript</source>
        <translation>In het transcript zoeken</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorige treffer (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Volgende treffer (Enter)</translation>
    </message>
    <message>
        <source>Transcript cues</source>
        <translation>Fragmenten van het transcript</translation>
    </message>
    <message>
        <source>Make &amp;Quote</source>
        <translation>&amp;Citaat maken</translation>
    </message>
    <message>
        <source>Keep the selected cues as one quote of the card that was current at their time, by the participant their speaker is</source>
        <translation>De gekozen fragmenten als één citaat bewaren bij de gesprekskaart die op dat moment aan de beurt was, van de deelnemer die hun spreker is</translation>
    </message>
    <message>
        <source>&amp;Play from Here</source>
        <translation>Van&amp;af hier afspelen</translation>
    </message>
    <message>
        <source>Play the recording from the selected cue</source>
        <translation>De opname afspelen vanaf het gekozen fragment</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (in the tooltip)</source>
        <translation>
            <numerusform>… en nog %n (in de tooltip)</numerusform>
            <numerusform>… en nog %n (in de tooltip)</numerusform>
        </translation>
    </message>
    <message>
        <source>Participant of %1</source>
        <translation>Deelnemer van %1</translation>
    </message>
    <message>
        <source>(not assigned)</source>
        <translation>(niet toegewezen)</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n treffer</numerusform>
            <numerusform>%n treffers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>The search&apos;s place: &quot;2 of 5&quot;</extracomment>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>Set the transcript&apos;s offset to %1</source>
        <translation>Verschuiving van het transcript op %1 zetten</translation>
    </message>
    <message>
        <source>Align the Transcript</source>
        <translation>Transcript uitlijnen</translation>
    </message>
    <message>
        <source>Session-clock time at which the selected cue starts (h:mm:ss):</source>
        <translation>Tijd op de sessieklok waarop het gekozen fragment begint (u:mm:ss):</translation>
    </message>
    <message>
        <source>Unassign speaker %1</source>
        <translation>Spreker %1 niet meer toewijzen</translation>
    </message>
    <message>
        <source>Assign speaker %1</source>
        <translation>Spreker %1 toewijzen</translation>
    </message>
    <message>
        <source>&amp;Align to Clock Time…</source>
        <translation>&amp;Uitlijnen op kloktijd…</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorige treffer</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Volgende treffer</translation>
    </message>
    <message>
        <source>Play the recording from a few seconds before the selected cue</source>
        <translation>De opname afspelen vanaf enkele seconden voor de gekozen regel</translation>
    </message>
</context>
<context>
    <name>nwk::TranscriptFeature</name>
    <message>
        <source>Import &amp;Transcript…</source>
        <translation>Transcript inle&amp;zen…</translation>
    </message>
    <message>
        <source>Read a transcript of the recording (SRT, WebVTT or text with [hh:mm:ss] stamps) and show it on the session clock</source>
        <translation>Een transcript van de opname inlezen (SRT, WebVTT of tekst met [uu:mm:ss]-tijden) en het op de sessieklok tonen</translation>
    </message>
    <message>
        <source>Show the transcript of the recording on the session clock</source>
        <translation>Het transcript van de opname op de sessieklok tonen</translation>
    </message>
    <message>
        <source>No transcript: Session &gt; Import Transcript… reads one.</source>
        <translation>Geen transcript: Sessie &gt; Transcript inlezen… leest er een in.</translation>
    </message>
    <message>
        <source>%1: not read</source>
        <translation>%1: niet ingelezen</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n cue(s)</source>
        <translation>
            <numerusform>%1: %n fragment</numerusform>
            <numerusform>%1: %n fragmenten</numerusform>
        </translation>
    </message>
    <message>
        <source>The transcript %1 is not read: the session has no file yet. Save the session beside the transcript.</source>
        <translation>Het transcript %1 is niet ingelezen: de sessie heeft nog geen bestand. Bewaar de sessie naast het transcript.</translation>
    </message>
    <message>
        <source>The transcript %1 is missing beside the session file (in %2): put it back and open the session again, or import it again.</source>
        <translation>Het transcript %1 ontbreekt naast het sessiebestand (in %2): zet het terug en open de sessie opnieuw, of importeer het opnieuw.</translation>
    </message>
    <message>
        <source>No card to keep the quote in.</source>
        <translation>Geen gesprekskaart om het citaat bij te bewaren.</translation>
    </message>
    <message>
        <source>Quote from the transcript</source>
        <translation>Citaat uit het transcript</translation>
    </message>
    <message>
        <source>several speakers: none named</source>
        <translation>meerdere sprekers: niemand genoemd</translation>
    </message>
    <message>
        <source>speaker unknown</source>
        <translation>spreker onbekend</translation>
    </message>
    <message>
        <source>Quote kept in “%1”: %2 — %3</source>
        <extracomment>Status bar after a quote is made from the transcript: %1 the card, %2 the quote, %3 who</extracomment>
        <translation>Citaat bewaard bij „%1”: %2 — %3</translation>
    </message>
    <message>
        <source>Import Transcript</source>
        <translation>Transcript inlezen</translation>
    </message>
    <message>
        <source>Transcripts (*.srt *.vtt *.txt);;All files (*)</source>
        <translation>Transcripten (*.srt *.vtt *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Save the session first: the transcript is kept beside the session file.</source>
        <translation>Bewaar eerst de sessie: het transcript wordt naast het sessiebestand bewaard.</translation>
    </message>
    <message>
        <source>&amp;Save Session…</source>
        <translation>Sessie &amp;bewaren…</translation>
    </message>
    <message>
        <source>%1 was not imported: it is not a transcript this program reads. The session is unchanged.</source>
        <translation>%1 is niet geïmporteerd: het is geen transcript dat dit programma kan lezen. De sessie is niet gewijzigd.</translation>
    </message>
    <message>
        <source>%1 was not imported: it could not be copied beside the session file. The session is unchanged.</source>
        <translation>%1 is niet geïmporteerd: het kon niet naast het sessiebestand gekopieerd worden. De sessie is niet gewijzigd.</translation>
    </message>
    <message>
        <source>Import transcript %1</source>
        <translation>Transcript %1 importeren</translation>
    </message>
    <message numerus="yes">
        <source>Transcript %1 imported: %n cue(s)</source>
        <translation>
            <numerusform>Transcript %1 geïmporteerd: %n fragment</numerusform>
            <numerusform>Transcript %1 geïmporteerd: %n fragmenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n warning(s) in the Transcript dock)</source>
        <translation>
            <numerusform>(%n waarschuwing in het paneel Transcript)</numerusform>
            <numerusform>(%n waarschuwingen in het paneel Transcript)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nwk::TranscriptModel</name>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Spreker</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
</context>
<context>
    <name>nwk::TrayWidget</name>
    <message>
        <source>Partners not yet on the map. Drag one onto a sector, or select it and press Enter to place it in the sector chosen under “Place in”.</source>
        <translation>Partners die nog niet op de netwerkkaart staan. Sleep er een naar een sector, of selecteer hem en druk op Enter om hem in de sector bij “Plaatsen in” te plaatsen.</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(zonder naam)</translation>
    </message>
    <message>
        <source>Named by %1</source>
        <translation>Genoemd door %1</translation>
    </message>
    <message>
        <source>%1 · neutral zone</source>
        <extracomment>A tray entry in the neutral zone: %1 the partner&apos;s label</extracomment>
        <translation>%1 · neutrale zone</translation>
    </message>
</context>
<context>
    <name>nwk::VersionsDock</name>
    <message>
        <source>the school</source>
        <translation>de school</translation>
    </message>
    <message>
        <source>no category</source>
        <translation>geen categorie</translation>
    </message>
    <message>
        <source>ring %1</source>
        <translation>ring %1</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versies</translation>
    </message>
    <message>
        <source>&amp;Take Snapshot…</source>
        <translation>&amp;Momentopname maken…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Tot:</translation>
    </message>
    <message>
        <source>Remove snapshot</source>
        <translation>Momentopname verwijderen</translation>
    </message>
    <message>
        <source>Take Snapshot</source>
        <translation>Momentopname maken</translation>
    </message>
    <message>
        <source>Take snapshot “%1”</source>
        <translation>Momentopname “%1” maken</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Added: %1 (%2)</source>
        <translation>Toegevoegd: %1 (%2)</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Verwijderd: %1</translation>
    </message>
    <message>
        <source>within %1</source>
        <translation>binnen %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Moved closer: %1 (%2)</source>
        <translation>Dichterbij gezet: %1 (%2)</translation>
    </message>
    <message>
        <source>Moved further: %1 (%2)</source>
        <translation>Verder weg gezet: %1 (%2)</translation>
    </message>
    <message>
        <source>Placed on the map: %1</source>
        <translation>Op de netwerkkaart geplaatst: %1</translation>
    </message>
    <message>
        <source>Back in the tray: %1</source>
        <translation>Terug bij nog te plaatsen: %1</translation>
    </message>
    <message>
        <source>Recategorised: %1 from %2 to %3</source>
        <translation>Andere categorie: %1 van %2 naar %3</translation>
    </message>
    <message>
        <source>Renamed: “%1” → “%2”</source>
        <translation>Hernoemd: “%1” → “%2”</translation>
    </message>
    <message>
        <source>Link added: %1 – %2</source>
        <translation>Verbinding toegevoegd: %1 – %2</translation>
    </message>
    <message>
        <source>Link removed: %1 – %2</source>
        <translation>Verbinding verwijderd: %1 – %2</translation>
    </message>
    <message>
        <source>Mark added: %1 on %2</source>
        <translation>Markering toegevoegd: %1 bij %2</translation>
    </message>
    <message>
        <source>Mark removed: %1 on %2</source>
        <translation>Markering verwijderd: %1 bij %2</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Geen wijzigingen.</translation>
    </message>
    <message>
        <source>Name of this version of the map (e.g. “after the focus group”):</source>
        <translation>Naam van deze versie van de netwerkkaart (bv. “na het focusgesprek”):</translation>
    </message>
    <message>
        <source>The earlier version of the map</source>
        <translation>De eerdere versie van de netwerkkaart</translation>
    </message>
    <message>
        <source>The later version of the map (Now: as it is now)</source>
        <translation>De latere versie van de netwerkkaart (Nu: zoals ze nu is)</translation>
    </message>
    <message>
        <source>not discussed</source>
        <translation>niet besproken</translation>
    </message>
    <message>
        <source>on the school</source>
        <translation>op de school</translation>
    </message>
    <message>
        <source>in the school</source>
        <translation>in de school</translation>
    </message>
    <message>
        <source>in a ring</source>
        <translation>in een ring</translation>
    </message>
    <message>
        <source>%1 votes</source>
        <translation>%1 stemmen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>closer than</source>
        <translation>dichter dan</translation>
    </message>
    <message>
        <source>further than</source>
        <translation>verder dan</translation>
    </message>
    <message>
        <source>as close as</source>
        <translation>even dicht als</translation>
    </message>
    <message>
        <source>initiated by %1</source>
        <translation>gestart door %1</translation>
    </message>
    <message>
        <source>reciprocal</source>
        <translation>wederzijds</translation>
    </message>
    <message>
        <source>one-sided</source>
        <translation>eenzijdig</translation>
    </message>
    <message>
        <source>the school learns</source>
        <translation>de school leert</translation>
    </message>
    <message>
        <source>the school offers</source>
        <translation>de school biedt aan</translation>
    </message>
    <message>
        <source>the school learns and offers</source>
        <translation>de school leert en biedt aan</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>via %1</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>iemand</translation>
    </message>
    <message>
        <source>Distance of %1: %2 → %3</source>
        <translation>Afstand van %1: %2 → %3</translation>
    </message>
    <message>
        <source>Own placement added: %1 by %2</source>
        <translation>Eigen plaatsing toegevoegd: %1 door %2</translation>
    </message>
    <message>
        <source>Own placement removed: %1 by %2</source>
        <translation>Eigen plaatsing verwijderd: %1 door %2</translation>
    </message>
    <message>
        <source>Former placement added: %1 (%2)</source>
        <translation>Vroegere plaats toegevoegd: %1 (%2)</translation>
    </message>
    <message>
        <source>Former placement removed: %1 (%2)</source>
        <translation>Vroegere plaats verwijderd: %1 (%2)</translation>
    </message>
    <message>
        <source>Votes on %1: %2 → %3</source>
        <translation>Stemmen op %1: %2 → %3</translation>
    </message>
    <message>
        <source>Priority of %1 now inferred by the researchers</source>
        <translation>Prioriteit van %1 nu afgeleid door de onderzoekers</translation>
    </message>
    <message>
        <source>Priority of %1 now set by the participants</source>
        <translation>Prioriteit van %1 nu bepaald door de participanten</translation>
    </message>
    <message>
        <source>Into the neutral zone: %1</source>
        <translation>Naar de neutrale zone: %1</translation>
    </message>
    <message>
        <source>Out of the neutral zone: %1</source>
        <translation>Uit de neutrale zone: %1</translation>
    </message>
    <message>
        <source>Relative placement added: %1</source>
        <translation>Relatieve plaatsing toegevoegd: %1</translation>
    </message>
    <message>
        <source>Relative placement removed: %1</source>
        <translation>Relatieve plaatsing verwijderd: %1</translation>
    </message>
    <message>
        <source>Link changed: %1 (%2 → %3)</source>
        <translation>Verbinding gewijzigd: %1 (%2 → %3)</translation>
    </message>
</context>
</TS>
