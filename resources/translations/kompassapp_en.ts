<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="sv_SE">
<context>
    <name>Commands</name>
    <message>
        <source>Sätt svar %1</source>
        <translation>Set answer %1</translation>
    </message>
    <message>
        <source>Ändra kommentar %1</source>
        <translation>Edit comment %1</translation>
    </message>
    <message>
        <source>Ändra status %1</source>
        <translation>Change status %1</translation>
    </message>
    <message>
        <source>Lägg till anteckning</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>Ändra anteckning</source>
        <translation>Edit note</translation>
    </message>
    <message>
        <source>Ta bort anteckning</source>
        <translation>Delete note</translation>
    </message>
    <message>
        <source>intervju</source>
        <translation>interview</translation>
    </message>
    <message>
        <source>deltagare</source>
        <translation>participant</translation>
    </message>
    <message>
        <source>dokument</source>
        <translation>document</translation>
    </message>
    <message>
        <source>iakttagelse</source>
        <translation>finding</translation>
    </message>
    <message>
        <source>granskare</source>
        <translation>auditor</translation>
    </message>
    <message>
        <source>Lägg till %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <source>Ändra %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Ta bort %1</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <source>Ändra uppgifter om utvärderingen</source>
        <translation>Edit the evaluation details</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>Det är samma fil som den öppna utvärderingen. Välj en annan utvärdering.</source>
        <translation>That is the evaluation that is already open. Choose another evaluation.</translation>
    </message>
    <message>
        <source>%1 bygger på frågebanken %2, den här utvärderingen på %3. Profiler kan bara jämföras inom samma utgåva av Kommunkompassen.</source>
        <translation>%1 uses the question bank %2, this evaluation uses %3. Profiles can only be compared within one edition of Kommunkompassen.</translation>
    </message>
    <message>
        <source>%1 saknar område %2.</source>
        <translation>%1 has no area %2.</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>&lt;b&gt;Dokument&lt;/b&gt;</source>
        <translation>&lt;b&gt;Documents&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Lägg till ett dokument i registret</source>
        <translation>Add a document to the register</translation>
    </message>
    <message>
        <source>&amp;Nytt dokument</source>
        <translation>&amp;New document</translation>
    </message>
    <message>
        <source>Ta bort det markerade dokumentet (kan ångras)</source>
        <translation>Delete the selected document (can be undone)</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Titel, typ, datum och länk; dubbelklicka för att ändra</source>
        <translation>Title, type, date and link; double-click to edit</translation>
    </message>
    <message>
        <source>&lt;b&gt;Anteckningar från dokumentet&lt;/b&gt;</source>
        <translation>&lt;b&gt;Notes from the document&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Anteckningar med det markerade dokumentet som källa; dubbelklicka för att gå till frågan</source>
        <translation>Notes citing the selected document; double-click to go to the question</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Utvärderingen kan inte öppnas</source>
        <translation>The evaluation cannot be opened</translation>
    </message>
    <message>
        <source>Ändringen kunde inte sparas</source>
        <translation>The change could not be saved</translation>
    </message>
    <message>
        <source>Utvärderingen kunde inte skapas</source>
        <translation>The evaluation could not be created</translation>
    </message>
    <message>
        <source>Jämförelsen kan inte visas</source>
        <translation>The comparison cannot be shown</translation>
    </message>
    <message>
        <source>Det du redan gjort finns kvar i filen. Kontrollera att disken eller USB-minnet sitter i och har plats, och försök igen.</source>
        <translation>Everything you did before is still in the file. Check that the disk or USB stick is connected and has free space, and try again.</translation>
    </message>
    <message>
        <source>Filen har inte ändrats. Är det en säkerhetskopia du kan använda i stället, eller ligger filen på ett minne som har tagits ut?</source>
        <translation>The file has not been changed. Is there a backup copy you can use instead, or is the file on a memory stick that was removed?</translation>
    </message>
    <message>
        <source>Något gick fel i Kompassapp</source>
        <translation>Something went wrong in Kompassapp</translation>
    </message>
    <message>
        <source>Allt du hade gjort fram till nu är sparat i utvärderingsfilen. Du kan fortsätta arbeta; starta om programmet om felet kommer tillbaka.</source>
        <translation>Everything you had done until now is saved in the evaluation file. You can continue working; restart the program if the error comes back.</translation>
    </message>
    <message>
        <source>En teknisk beskrivning har sparats i %1.</source>
        <translation>A technical description has been saved in %1.</translation>
    </message>
    <message>
        <source>Kopiera detaljer</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <source>Teknisk uppgift: %1</source>
        <translation>Technical detail: %1</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>Intervju: %1</source>
        <translation>Interview: %1</translation>
    </message>
    <message>
        <source>Dokument: %1</source>
        <translation>Document: %1</translation>
    </message>
    <message>
        <source>Webb: %1</source>
        <translation>Web: %1</translation>
    </message>
    <message>
        <source>Iakttagelse</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>frågor %1</source>
        <translation>questions %1</translation>
    </message>
    <message>
        <source>Pågående intervju</source>
        <translation>Current interview</translation>
    </message>
    <message>
        <source>Dokument</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Webbadress</source>
        <translation>Web address</translation>
    </message>
    <message>
        <source>Egen iakttagelse</source>
        <translation>Own observation</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Ändra texten…</source>
        <translation>Edit text…</translation>
    </message>
    <message>
        <source>Ändra anteckningens text</source>
        <translation>Edit the note&apos;s text</translation>
    </message>
    <message>
        <source>Koppla till frågor…</source>
        <translation>Link to questions…</translation>
    </message>
    <message>
        <source>Ändra vilka frågor anteckningen hör till</source>
        <translation>Change which questions the note belongs to</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Ta bort anteckningen (kan ångras)</source>
        <translation>Delete the note (can be undone)</translation>
    </message>
    <message>
        <source>Talare %1</source>
        <translation>Speaker %1</translation>
    </message>
    <message>
        <source>Ingen pågående intervju – starta en i registret Intervjuer (Ctrl+3, sedan Ctrl+Shift+S).</source>
        <translation>No interview in progress – start one in the Interviews register (Ctrl+3, then Ctrl+Shift+S).</translation>
    </message>
    <message>
        <source>Pågående intervju: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Interview in progress: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source> – talar: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation> – speaking: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Alt+0 Hela gruppen</source>
        <translation>Alt+0 Whole group</translation>
    </message>
    <message>
        <source>Anteckningar kopplas till den som talar</source>
        <translation>Notes are attributed to the person speaking</translation>
    </message>
    <message>
        <source>Anteckningar kopplas till intervjun som helhet</source>
        <translation>Notes are attributed to the interview as a whole</translation>
    </message>
    <message>
        <source>(utan titel)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Okänd fråga: %1</source>
        <translation>Unknown question: %1</translation>
    </message>
    <message>
        <source>Ingen intervju pågår. Starta en intervju i registret, eller välj en annan källa.</source>
        <translation>No interview is in progress. Start an interview in the register, or choose another source.</translation>
    </message>
    <message>
        <source>Inget dokument är valt. Lägg till dokumentet i dokumentregistret först.</source>
        <translation>No document is selected. Add the document to the document register first.</translation>
    </message>
    <message>
        <source>Skriv webbadressen som anteckningen bygger på.</source>
        <translation>Enter the web address the note is based on.</translation>
    </message>
    <message>
        <source>Anteckningen sparades inte</source>
        <translation>The note was not saved</translation>
    </message>
    <message>
        <source>Texten finns kvar i fältet.</source>
        <translation>The text is still in the field.</translation>
    </message>
    <message>
        <source>Anteckningar till fråga %1 (%2)</source>
        <translation>Notes on question %1 (%2)</translation>
    </message>
    <message>
        <source>Ändra anteckning</source>
        <translation>Edit note</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Koppla till frågor</source>
        <translation>Link to questions</translation>
    </message>
    <message>
        <source>Frågornas nummer, åtskilda med kommatecken:</source>
        <translation>Question numbers, separated by commas:</translation>
    </message>
    <message>
        <source>Anteckningen ändrades inte</source>
        <translation>The note was not changed</translation>
    </message>
    <message>
        <source>&amp;Källa:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>Var uppgiften kommer ifrån: den pågående intervjun, ett dokument, en webbadress eller en egen iakttagelse</source>
        <translation>Where the information comes from: the current interview, a document, a web address or your own observation</translation>
    </message>
    <message>
        <source>Dokumentet som anteckningen bygger på (från dokumentregistret)</source>
        <translation>The document the note is based on (from the document register)</translation>
    </message>
    <message>
        <source>Webbadressen som anteckningen bygger på</source>
        <translation>The web address the note is based on</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Ingen pågående intervju</source>
        <translation>No interview in progress</translation>
    </message>
    <message>
        <source>Vem som talar: Alt+1, Alt+2 … väljer deltagare, Alt+0 hela gruppen</source>
        <translation>Who is speaking: Alt+1, Alt+2 … choose a participant, Alt+0 the whole group</translation>
    </message>
    <message>
        <source>Skriv en anteckning; Ctrl+Enter sparar den till frågan och källan ovan</source>
        <translation>Write a note; Ctrl+Enter saves it to the question and the source above</translation>
    </message>
    <message>
        <source>Anteckning … (Ctrl+Enter sparar)</source>
        <translation>Note … (Ctrl+Enter saves)</translation>
    </message>
    <message>
        <source>Koppla anteckningen även till andra frågor: frågornas nummer, åtskilda med kommatecken</source>
        <translation>Also link the note to other questions: their numbers, separated by commas</translation>
    </message>
    <message>
        <source>Även frågor, t.ex. 2.1.3, 4.2.1</source>
        <translation>Also questions, e.g. 2.1.3, 4.2.1</translation>
    </message>
    <message>
        <source>Spara anteckningen (Ctrl+Enter)</source>
        <translation>Save the note (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Spara anteckning</source>
        <translation>&amp;Save note</translation>
    </message>
    <message>
        <source>Anteckningar</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Frågans anteckningar med källa och tid; högerklicka för att ändra eller ta bort</source>
        <translation>The question&apos;s notes with source and time; right-click to edit or delete</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;Poäng %3 av %4 · besvarade %5 av %6 frågor</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;Score %3 of %4 · %5 of %6 questions answered</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>&lt;b&gt;Styrkor&lt;/b&gt;</source>
        <translation>&lt;b&gt;Strengths&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Dubbelklicka för att ändra; Delete tar bort</source>
        <translation>Double-click to edit; Delete removes</translation>
    </message>
    <message>
        <source>Skriv en styrka och tryck Enter</source>
        <translation>Type a strength and press Enter</translation>
    </message>
    <message>
        <source>Ny styrka … (Enter lägger till)</source>
        <translation>New strength … (Enter adds)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Utvecklingsområden&lt;/b&gt;</source>
        <translation>&lt;b&gt;Areas for development&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Skriv ett utvecklingsområde och tryck Enter</source>
        <translation>Type an area for development and press Enter</translation>
    </message>
    <message>
        <source>Nytt utvecklingsområde … (Enter lägger till)</source>
        <translation>New area for development … (Enter adds)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Goda exempel från andra kommuner&lt;/b&gt;</source>
        <translation>&lt;b&gt;Good examples from other municipalities&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Skriv ett gott exempel och tryck Enter</source>
        <translation>Type a good example and press Enter</translation>
    </message>
    <message>
        <source>Nytt gott exempel … (Enter lägger till)</source>
        <translation>New good example … (Enter adds)</translation>
    </message>
    <message>
        <source>Kommunen som exemplet kommer från</source>
        <translation>The municipality the example comes from</translation>
    </message>
    <message>
        <source>Från kommun</source>
        <translation>From municipality</translation>
    </message>
</context>
<context>
    <name>InfoDialog</name>
    <message>
        <source>Uppgifter om utvärderingen</source>
        <translation>Evaluation details</translation>
    </message>
    <message>
        <source>&amp;Kommun:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <source>Kommunen som utvärderas</source>
        <translation>The municipality being evaluated</translation>
    </message>
    <message>
        <source>&amp;År:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Utvärderingens år</source>
        <translation>The year of the evaluation</translation>
    </message>
    <message>
        <source>&amp;Besöket börjar:</source>
        <translation>Visit &amp;starts:</translation>
    </message>
    <message>
        <source>Första dagen av platsbesöket</source>
        <translation>First day of the site visit</translation>
    </message>
    <message>
        <source>Besöket &amp;slutar:</source>
        <translation>Visit &amp;ends:</translation>
    </message>
    <message>
        <source>Sista dagen av platsbesöket</source>
        <translation>Last day of the site visit</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ångra</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Ångra den senaste ändringen (Ctrl+Z)</source>
        <translation>Undo the last change (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Gör om</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Gör om det som ångrades (Ctrl+Shift+Z)</source>
        <translation>Redo what was undone (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Fråga</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Iakttagelser</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Intervjuer</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>Dokument</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Visa eller dölj panelen %1</source>
        <translation>Show or hide the %1 panel</translation>
    </message>
    <message>
        <source>Frågor</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Sök</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Profil</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Anteckningar</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Alla frågor är besvarade.</source>
        <translation>All questions are answered.</translation>
    </message>
    <message>
        <source>Iakttagelser område %1</source>
        <translation>Findings area %1</translation>
    </message>
    <message>
        <source>Markera först en intervju i registret.</source>
        <translation>First select an interview in the register.</translation>
    </message>
    <message>
        <source>Om Kompassapp</source>
        <translation>About Kompassapp</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kompassapp %1&lt;/h3&gt;&lt;p&gt;Ett verktyg för utvärderingar enligt Kommunkompassen, för granskare på plats i kommunen. Fungerar helt utan nätverk; allt sparas direkt i utvärderingsfilen.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kompassapp %1&lt;/h3&gt;&lt;p&gt;A tool for Kommunkompassen evaluations, for auditors on site in the municipality. Works entirely without a network; everything is saved straight into the evaluation file.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(inga)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Besvarade %1 av %2 frågor</source>
        <translation>%1 of %2 questions answered</translation>
    </message>
    <message>
        <source>Ingen intervju pågår</source>
        <translation>No interview in progress</translation>
    </message>
    <message>
        <source>Intervju: %1</source>
        <translation>Interview: %1</translation>
    </message>
    <message>
        <source>Granskare: %1</source>
        <translation>Auditor: %1</translation>
    </message>
    <message>
        <source>Ange ditt namn under Inställningar</source>
        <translation>Enter your name in Settings</translation>
    </message>
    <message>
        <source>Kompassapp</source>
        <translation>Kompassapp</translation>
    </message>
    <message>
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Senaste filer</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <source>&amp;Redigera</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Fråga</source>
        <translation>&amp;Question</translation>
    </message>
    <message>
        <source>&amp;Intervju</source>
        <translation>&amp;Interview</translation>
    </message>
    <message>
        <source>&amp;Visa</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Verktygsfält</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>&amp;Ny utvärdering…</source>
        <translation>&amp;New evaluation…</translation>
    </message>
    <message>
        <source>Skapa en ny utvärderingsfil</source>
        <translation>Create a new evaluation file</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Ö&amp;ppna…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Öppna en utvärderingsfil (.kompass)</source>
        <translation>Open an evaluation file (.kompass)</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Öppna &amp;demo</source>
        <translation>Open &amp;demo</translation>
    </message>
    <message>
        <source>Öppna demoutvärderingen (Botkyrka 2003, demonstrationsdata)</source>
        <translation>Open the demo evaluation (Botkyrka 2003, demonstration data)</translation>
    </message>
    <message>
        <source>&amp;Uppgifter om utvärderingen…</source>
        <translation>Evaluation &amp;details…</translation>
    </message>
    <message>
        <source>Ändra kommun, år och besöksdatum</source>
        <translation>Change municipality, year and visit dates</translation>
    </message>
    <message>
        <source>&amp;Jämför med…</source>
        <translation>&amp;Compare with…</translation>
    </message>
    <message>
        <source>Lägg en annan utvärderings profil över diagrammet, t.ex. kommunens förra utvärdering</source>
        <translation>Overlay another evaluation&apos;s profile on the chart, e.g. the municipality&apos;s previous evaluation</translation>
    </message>
    <message>
        <source>Ctrl+Shift+J</source>
        <translation>Ctrl+Shift+J</translation>
    </message>
    <message>
        <source>Ta bort jämförelsen</source>
        <translation>Remove the comparison</translation>
    </message>
    <message>
        <source>Visa bara den här utvärderingens profil</source>
        <translation>Show only this evaluation&apos;s profile</translation>
    </message>
    <message>
        <source>&amp;Inställningar…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Ditt namn, språk och tema för presentationen</source>
        <translation>Your name, language and presentation theme</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>S&amp;täng fönstret</source>
        <translation>&amp;Close window</translation>
    </message>
    <message>
        <source>Stäng utvärderingen; allt är redan sparat</source>
        <translation>Close the evaluation; everything is already saved</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>&amp;Avsluta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Avsluta Kompassapp; allt är redan sparat</source>
        <translation>Quit Kompassapp; everything is already saved</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Sök…</source>
        <translation>&amp;Search…</translation>
    </message>
    <message>
        <source>Sök i frågor, vägledning, kommentarer, anteckningar och iakttagelser</source>
        <translation>Search questions, guidance, comments, notes and findings</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Föregående fråga</source>
        <translation>&amp;Previous question</translation>
    </message>
    <message>
        <source>Gå till föregående fråga (Page Up)</source>
        <translation>Go to the previous question (Page Up)</translation>
    </message>
    <message>
        <source>PgUp</source>
        <translation>PgUp</translation>
    </message>
    <message>
        <source>&amp;Nästa fråga</source>
        <translation>&amp;Next question</translation>
    </message>
    <message>
        <source>Gå till nästa fråga (Page Down)</source>
        <translation>Go to the next question (Page Down)</translation>
    </message>
    <message>
        <source>PgDown</source>
        <translation>PgDown</translation>
    </message>
    <message>
        <source>Nästa &amp;obesvarade</source>
        <translation>Next &amp;unanswered</translation>
    </message>
    <message>
        <source>Gå till nästa fråga som ännu inte har något svar</source>
        <translation>Go to the next question that has no answer yet</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>&amp;Ej tillämplig</source>
        <translation>&amp;Not applicable</translation>
    </message>
    <message>
        <source>Svara ”ej tillämplig” (tangent 0 eller N) där frågan tillåter det</source>
        <translation>Answer “not applicable” (key 0 or N) where the question allows it</translation>
    </message>
    <message>
        <source>&amp;Rensa svaret</source>
        <translation>&amp;Clear the answer</translation>
    </message>
    <message>
        <source>Ta bort frågans svar så att den åter är obesvarad</source>
        <translation>Remove the question&apos;s answer so that it is unanswered again</translation>
    </message>
    <message>
        <source>Ctrl+Del</source>
        <translation>Ctrl+Del</translation>
    </message>
    <message>
        <source>Markera som &amp;klar</source>
        <translation>Mark as &amp;done</translation>
    </message>
    <message>
        <source>Sätt frågans status till klar, eller tillbaka till utkast</source>
        <translation>Set the question&apos;s status to done, or back to draft</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Gå vidare efter svar</source>
        <translation>&amp;Advance after answering</translation>
    </message>
    <message>
        <source>Gå automatiskt till nästa fråga när du har valt ett svar</source>
        <translation>Go to the next question automatically when you have chosen an answer</translation>
    </message>
    <message>
        <source>Skriv &amp;kommentar</source>
        <translation>Write &amp;comment</translation>
    </message>
    <message>
        <source>Flytta markören till frågans kommentar</source>
        <translation>Move the cursor to the question&apos;s comment</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Skriv &amp;anteckning</source>
        <translation>Write &amp;note</translation>
    </message>
    <message>
        <source>Flytta markören till anteckningsfältet; Ctrl+Enter sparar anteckningen</source>
        <translation>Move the cursor to the note field; Ctrl+Enter saves the note</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Starta vald intervju</source>
        <translation>&amp;Start selected interview</translation>
    </message>
    <message>
        <source>Anteckningar kopplas till den intervju som är vald i registret tills du avslutar den</source>
        <translation>Notes are attributed to the interview selected in the register until you end it</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Avsluta intervjun</source>
        <translation>&amp;End the interview</translation>
    </message>
    <message>
        <source>Sluta koppla nya anteckningar till intervjun</source>
        <translation>Stop attributing new notes to the interview</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Visa den valda frågan</source>
        <translation>Show the selected question</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Iakttagelser för området</source>
        <translation>&amp;Findings for the area</translation>
    </message>
    <message>
        <source>Styrkor, utvecklingsområden och goda exempel för den valda frågans område</source>
        <translation>Strengths, areas for development and good examples for the selected question&apos;s area</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>I&amp;ntervjuer</source>
        <translation>I&amp;nterviews</translation>
    </message>
    <message>
        <source>Registret över intervjuer och deltagare</source>
        <translation>The register of interviews and participants</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Dokument</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <source>Registret över granskade dokument</source>
        <translation>The register of reviewed documents</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>&amp;Presentationsläge</source>
        <translation>&amp;Presentation mode</translation>
    </message>
    <message>
        <source>Visa profilen i helskärm för projektor, utan anteckningar eller personuppgifter (Esc lämnar)</source>
        <translation>Show the profile full screen for a projector, without notes or personal data (Esc leaves)</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Helskärm</source>
        <translation>&amp;Full screen</translation>
    </message>
    <message>
        <source>Visa fönstret i helskärm</source>
        <translation>Show the window full screen</translation>
    </message>
    <message>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <source>&amp;Om Kompassapp</source>
        <translation>&amp;About Kompassapp</translation>
    </message>
    <message>
        <source>Version och upphov</source>
        <translation>Version and credits</translation>
    </message>
</context>
<context>
    <name>NewEvaluationDialog</name>
    <message>
        <source>utvardering</source>
        <translation>evaluation</translation>
    </message>
    <message>
        <source>Spara utvärderingen som</source>
        <translation>Save the evaluation as</translation>
    </message>
    <message>
        <source>Utvärderingar (*.kompass)</source>
        <translation>Evaluations (*.kompass)</translation>
    </message>
    <message>
        <source>Skriv kommunens namn.</source>
        <translation>Enter the municipality&apos;s name.</translation>
    </message>
    <message>
        <source>Välj var filen ska sparas.</source>
        <translation>Choose where to save the file.</translation>
    </message>
    <message>
        <source>Filen %1 finns redan. Välj ett annat namn.</source>
        <translation>The file %1 already exists. Choose another name.</translation>
    </message>
    <message>
        <source>Besöket kan inte sluta före det börjar.</source>
        <translation>The visit cannot end before it starts.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Utvärderingen kunde inte skapas.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;The evaluation could not be created.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Ny utvärdering</source>
        <translation>New evaluation</translation>
    </message>
    <message>
        <source>&amp;Frågebank:</source>
        <translation>&amp;Question bank:</translation>
    </message>
    <message>
        <source>Kommunkompassens utgåva; utvärderingen behåller sin bank även om appen uppdateras</source>
        <translation>The edition of Kommunkompassen; the evaluation keeps its bank even when the app is updated</translation>
    </message>
    <message>
        <source>&amp;Kommun:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <source>Kommunen som utvärderas</source>
        <translation>The municipality being evaluated</translation>
    </message>
    <message>
        <source>&amp;År:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Utvärderingens år</source>
        <translation>The year of the evaluation</translation>
    </message>
    <message>
        <source>&amp;Besöket börjar:</source>
        <translation>Visit &amp;starts:</translation>
    </message>
    <message>
        <source>Första dagen av platsbesöket</source>
        <translation>First day of the site visit</translation>
    </message>
    <message>
        <source>Besöket &amp;slutar:</source>
        <translation>Visit &amp;ends:</translation>
    </message>
    <message>
        <source>Sista dagen av platsbesöket</source>
        <translation>Last day of the site visit</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>Granskarna i teamet, en per rad</source>
        <translation>The auditors in the team, one per line</translation>
    </message>
    <message>
        <source>En granskare per rad</source>
        <translation>One auditor per line</translation>
    </message>
    <message>
        <source>F&amp;il:</source>
        <translation>F&amp;ile:</translation>
    </message>
    <message>
        <source>Var utvärderingen sparas; allt du gör sparas direkt i den här filen</source>
        <translation>Where the evaluation is saved; everything you do is saved straight into this file</translation>
    </message>
    <message>
        <source>Välj mapp och filnamn</source>
        <translation>Choose folder and file name</translation>
    </message>
    <message>
        <source>&amp;Välj…</source>
        <translation>&amp;Browse…</translation>
    </message>
</context>
<context>
    <name>PresentationView</name>
    <message>
        <source>Totalt</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Demonstrationsdata</source>
        <translation>Demonstration data</translation>
    </message>
    <message>
        <source>%1 av %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Kompassapp – presentation</source>
        <translation>Kompassapp – presentation</translation>
    </message>
    <message>
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Förklaring</source>
        <translation>Legend</translation>
    </message>
    <message>
        <source>Esc lämnar · T byter mellan ljust och mörkt</source>
        <translation>Esc leaves · T switches between light and dark</translation>
    </message>
</context>
<context>
    <name>ProfilePanel</name>
    <message>
        <source>Totalt %1 av %2</source>
        <translation>Total %1 of %2</translation>
    </message>
    <message>
        <source>Poäng per område; ringarna visar 20, 40, 60, 80 och 100 % av områdets maxpoäng</source>
        <translation>Score per area; the rings show 20, 40, 60, 80 and 100 % of the area&apos;s maximum</translation>
    </message>
    <message>
        <source>Förklaring</source>
        <translation>Legend</translation>
    </message>
    <message>
        <source>Summan av områdenas poäng</source>
        <translation>The sum of the area scores</translation>
    </message>
    <message>
        <source>Totalt</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>QuestionPanel</name>
    <message>
        <source>Ej påbörjad</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Utkast</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Klar</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Svar %1</source>
        <translation>Answer %1</translation>
    </message>
    <message>
        <source>%1 poäng</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <source>Ingen vägledning.</source>
        <translation>No guidance.</translation>
    </message>
    <message>
        <source>0   Ej tillämplig</source>
        <translation>0   Not applicable</translation>
    </message>
    <message>
        <source>Välj detta svar (tangent %1)</source>
        <translation>Choose this answer (key %1)</translation>
    </message>
    <message>
        <source>Område › delområde</source>
        <translation>Area › sub-area</translation>
    </message>
    <message>
        <source>Frågan</source>
        <translation>The question</translation>
    </message>
    <message>
        <source>Vägledning</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <source>Välj svar med tangenterna 1, 2, 3 …; 0 eller N för ej tillämplig</source>
        <translation>Choose an answer with the keys 1, 2, 3 …; 0 or N for not applicable</translation>
    </message>
    <message>
        <source>&amp;Kommentar (motivering av svaret)</source>
        <translation>&amp;Comment (reason for the answer)</translation>
    </message>
    <message>
        <source>Sparas medan du skriver</source>
        <translation>Saved as you type</translation>
    </message>
    <message>
        <source>Varför detta svar? Sparas medan du skriver.</source>
        <translation>Why this answer? Saved as you type.</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Frågans status (Ctrl+D växlar klar/utkast)</source>
        <translation>The question&apos;s status (Ctrl+D toggles done/draft)</translation>
    </message>
    <message>
        <source>Föregående fråga (Page Up)</source>
        <translation>Previous question (Page Up)</translation>
    </message>
    <message>
        <source>‹ Föregående</source>
        <translation>‹ Previous</translation>
    </message>
    <message>
        <source>Nästa fråga (Page Down)</source>
        <translation>Next question (Page Down)</translation>
    </message>
    <message>
        <source>Nästa ›</source>
        <translation>Next ›</translation>
    </message>
    <message>
        <source>Nästa obesvarade fråga (Ctrl+U)</source>
        <translation>Next unanswered question (Ctrl+U)</translation>
    </message>
    <message>
        <source>Nästa obesvarade »</source>
        <translation>Next unanswered »</translation>
    </message>
</context>
<context>
    <name>QuestionTree</name>
    <message>
        <source>Frågorna per område; tangenterna 1, 2, 3 … svarar, Page Down går till nästa</source>
        <translation>The questions by area; keys 1, 2, 3 … answer, Page Down goes to the next</translation>
    </message>
</context>
<context>
    <name>QuestionTreeModel</name>
    <message>
        <source>Område / fråga</source>
        <translation>Area / question</translation>
    </message>
    <message>
        <source>Svar</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Poäng</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Ej tillämplig</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>%1
(%2 poäng)</source>
        <translation>%1
(%2 points)</translation>
    </message>
    <message>
        <source>%1 av %2 frågor besvarade, %3 ej tillämpliga</source>
        <translation>%1 of %2 questions answered, %3 not applicable</translation>
    </message>
</context>
<context>
    <name>Registers</name>
    <message>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Slut</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Grupp</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Granskare</source>
        <translation>Auditors</translation>
    </message>
    <message>
        <source>Plats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>&lt;b&gt;Antecknat från %1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;Noted from %1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Antecknat under intervjun&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;Noted during the interview&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Antecknat under intervjun&lt;/b&gt;</source>
        <translation>&lt;b&gt;Noted during the interview&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Ny intervju</source>
        <translation>New interview</translation>
    </message>
    <message>
        <source>Ny deltagare</source>
        <translation>New participant</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Länk</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Nytt dokument</source>
        <translation>New document</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Fråga %1</source>
        <translation>Question %1</translation>
    </message>
    <message>
        <source>Vägledning %1</source>
        <translation>Guidance %1</translation>
    </message>
    <message>
        <source>Kommentar %1</source>
        <translation>Comment %1</translation>
    </message>
    <message>
        <source>Anteckning %1</source>
        <translation>Note %1</translation>
    </message>
    <message>
        <source>Styrka</source>
        <translation>Strength</translation>
    </message>
    <message>
        <source>Utvecklingsområde</source>
        <translation>Area for development</translation>
    </message>
    <message>
        <source>Gott exempel</source>
        <translation>Good example</translation>
    </message>
    <message>
        <source>%1, område %2</source>
        <translation>%1, area %2</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>%1 träffar</source>
        <translation>%1 hits</translation>
    </message>
    <message>
        <source>Minst %1 träffar – skriv mer</source>
        <translation>At least %1 hits – type more</translation>
    </message>
    <message>
        <source>Söker i frågor, vägledning, kommentarer, anteckningar och iakttagelser; pil ned och Enter går till träffen</source>
        <translation>Searches questions, guidance, comments, notes and findings; arrow down and Enter go to the hit</translation>
    </message>
    <message>
        <source>Sök …</source>
        <translation>Search …</translation>
    </message>
    <message>
        <source>Enter eller dubbelklick går till träffen</source>
        <translation>Enter or double-click goes to the hit</translation>
    </message>
</context>
<context>
    <name>SessionsPanel</name>
    <message>
        <source>&lt;b&gt;Intervjuer&lt;/b&gt;</source>
        <translation>&lt;b&gt;Interviews&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Koppla nya anteckningar till den markerade intervjun (Ctrl+Shift+S)</source>
        <translation>Attribute new notes to the selected interview (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>&amp;Starta intervju</source>
        <translation>&amp;Start interview</translation>
    </message>
    <message>
        <source>Sluta koppla anteckningar till intervjun (Ctrl+Shift+E)</source>
        <translation>Stop attributing notes to the interview (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>A&amp;vsluta intervju</source>
        <translation>&amp;End interview</translation>
    </message>
    <message>
        <source>Lägg till en intervju i registret</source>
        <translation>Add an interview to the register</translation>
    </message>
    <message>
        <source>&amp;Ny intervju</source>
        <translation>&amp;New interview</translation>
    </message>
    <message>
        <source>Ta bort den markerade intervjun (kan ångras)</source>
        <translation>Delete the selected interview (can be undone)</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Dubbelklicka eller tryck F2 för att ändra en cell</source>
        <translation>Double-click or press F2 to edit a cell</translation>
    </message>
    <message>
        <source>&lt;b&gt;Deltagare i intervjun&lt;/b&gt;</source>
        <translation>&lt;b&gt;Participants in the interview&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Lägg till en deltagare i den markerade intervjun</source>
        <translation>Add a participant to the selected interview</translation>
    </message>
    <message>
        <source>Ny &amp;deltagare</source>
        <translation>New &amp;participant</translation>
    </message>
    <message>
        <source>Ta bort den markerade deltagaren (kan ångras)</source>
        <translation>Delete the selected participant (can be undone)</translation>
    </message>
    <message>
        <source>Namn, roll och enhet; dubbelklicka för att ändra</source>
        <translation>Name, role and unit; double-click to edit</translation>
    </message>
    <message>
        <source>&lt;b&gt;Antecknat under intervjun&lt;/b&gt;</source>
        <translation>&lt;b&gt;Noted during the interview&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Allt som antecknats under den markerade intervjun eller av den markerade deltagaren; dubbelklicka för att gå till frågan</source>
        <translation>Everything noted during the selected interview or from the selected participant; double-click to go to the question</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Ljust</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Mörkt (projektor)</source>
        <translation>Dark (projector)</translation>
    </message>
    <message>
        <source>Inställningar</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Ditt &amp;namn:</source>
        <translation>Your &amp;name:</translation>
    </message>
    <message>
        <source>Står på dina anteckningar och i ändringsloggen</source>
        <translation>Shown on your notes and in the change log</translation>
    </message>
    <message>
        <source>&amp;Språk:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Gränssnittets språk; gäller från nästa start</source>
        <translation>The interface language; takes effect at the next start</translation>
    </message>
    <message>
        <source>&amp;Presentationens tema:</source>
        <translation>&amp;Presentation theme:</translation>
    </message>
    <message>
        <source>Mörkt passar de flesta projektorer i upplysta rum bäst</source>
        <translation>Dark suits most projectors in lit rooms best</translation>
    </message>
    <message>
        <source>Byte av språk gäller från nästa gång Kompassapp startar.</source>
        <translation>A change of language takes effect the next time Kompassapp starts.</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <source>Öppna utvärdering</source>
        <translation>Open evaluation</translation>
    </message>
    <message>
        <source>Utvärderingar (*.kompass)</source>
        <translation>Evaluations (*.kompass)</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <source>Kompassapp</source>
        <translation>Kompassapp</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Kompassapp&lt;/h2&gt;&lt;p&gt;Utvärderingar enligt Kommunkompassen – allt sparas medan du arbetar.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Kompassapp&lt;/h2&gt;&lt;p&gt;Kommunkompassen evaluations – everything is saved as you work.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Senaste utvärderingar</source>
        <translation>&amp;Recent evaluations</translation>
    </message>
    <message>
        <source>Dubbelklicka eller tryck Enter för att öppna</source>
        <translation>Double-click or press Enter to open</translation>
    </message>
    <message>
        <source>Öppna den markerade utvärderingen</source>
        <translation>Open the selected evaluation</translation>
    </message>
    <message>
        <source>Öppna &amp;markerad</source>
        <translation>Open &amp;selected</translation>
    </message>
    <message>
        <source>Välj en .kompass-fil att öppna</source>
        <translation>Choose a .kompass file to open</translation>
    </message>
    <message>
        <source>Ö&amp;ppna fil…</source>
        <translation>&amp;Open file…</translation>
    </message>
    <message>
        <source>Skapa en ny utvärdering: frågebank, kommun, år, besöksdatum och team</source>
        <translation>Create a new evaluation: question bank, municipality, year, visit dates and team</translation>
    </message>
    <message>
        <source>&amp;Ny utvärdering…</source>
        <translation>&amp;New evaluation…</translation>
    </message>
    <message>
        <source>Öppna en demoutvärdering (Botkyrka 2003) att prova programmet på</source>
        <translation>Open a demo evaluation (Botkyrka 2003) to try the program on</translation>
    </message>
    <message>
        <source>Öppna &amp;demo</source>
        <translation>Open &amp;demo</translation>
    </message>
    <message>
        <source>Stäng Kompassapp</source>
        <translation>Close Kompassapp</translation>
    </message>
    <message>
        <source>&amp;Avsluta</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
</TS>
