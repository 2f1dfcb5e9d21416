<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="sv_SE">
<context>
    <name>Analysis</name>
    <message>
        <source>Analys %1 %2</source>
        <translation>Analysis %1 %2</translation>
    </message>
    <message>
        <source>Inledning: om kommunen</source>
        <translation>Introduction: the municipality</translation>
    </message>
    <message>
        <source>Sammanfattande analys</source>
        <translation>Summary analysis</translation>
    </message>
    <message>
        <source>Avslutning</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Skriv analysen här. En tom rad börjar ett nytt stycke. Texten sparas medan du skriver och kommer med i Word- och PDF-rapporten (--final) och i arbetsboken.</source>
        <translation>Write the analysis here. A blank line starts a new paragraph. The text is stored as you type and goes into the Word and PDF report (--final) and the workbook.</translation>
    </message>
    <message>
        <source> · två versioner</source>
        <translation> · two versions</translation>
    </message>
    <message>
        <source> · ej skriven</source>
        <translation> · not written</translation>
    </message>
    <message>
        <source>&lt;b&gt;Utvärderarna har skrivit olika versioner.&lt;/b&gt; Välj en att utgå från eller skriv den gemensamma texten nedan; den ersätter versionerna (Ctrl+Z ångrar).</source>
        <translation>&lt;b&gt;The evaluators wrote different versions.&lt;/b&gt; Choose one to start from or write the agreed text below; it replaces the versions (Ctrl+Z undoes).</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Använd den här</source>
        <translation>Use this one</translation>
    </message>
    <message>
        <source>Analystexter med olika versioner</source>
        <translation>Analysis texts with differing versions</translation>
    </message>
    <message>
        <source>Analys</source>
        <translation>Analysis</translation>
    </message>
</context>
<context>
    <name>ArchiveRoom</name>
    <message>
        <source>slutligt</source>
        <translation>final</translation>
    </message>
    <message>
        <source>preliminärt</source>
        <translation>preliminary</translation>
    </message>
    <message>
        <source>Skicka till resultatarkivet</source>
        <translation>Send to the results archive</translation>
    </message>
    <message>
        <source>%1 %2 (%3, totalt %4) skickas till %5. Detta är allt som lämnar datorn: poäng, status, iakttagelser och utvärderarnas namn — aldrig anteckningar, kommentarer, intervjuade eller ändringsloggen.</source>
        <translation>%1 %2 (%3, total %4) is sent to %5. This is everything that leaves the computer: scores, status, findings and the evaluators&apos; names — never notes, comments, interviewees or the change log.</translation>
    </message>
    <message>
        <source>&amp;Skicka</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>Resultatarkivet</source>
        <translation>The results archive</translation>
    </message>
    <message>
        <source>%1 resultat i %2</source>
        <translation>%1 results in %2</translation>
    </message>
    <message>
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Kod</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Utgåva</source>
        <translation>Edition</translation>
    </message>
    <message>
        <source>Totalt</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>publicerat</source>
        <translation>published</translation>
    </message>
    <message>
        <source>Skicka till &amp;resultatarkivet…</source>
        <translation>Send to the &amp;results archive…</translation>
    </message>
    <message>
        <source>Skicka utvärderingens resultat (poäng, iakttagelser, utvärderare) till resultatarkivet, efter en förhandsvisning</source>
        <translation>Send the evaluation&apos;s result (scores, findings, evaluators) to the results archive, after a preview</translation>
    </message>
    <message>
        <source>Resultat&amp;arkivet…</source>
        <translation>Results &amp;archive…</translation>
    </message>
    <message>
        <source>De arkiverade resultaten från alla kommuner och år</source>
        <translation>The archived results of all municipalities and years</translation>
    </message>
    <message>
        <source>Arkivets &amp;medelvärde</source>
        <translation>Archive &amp;average</translation>
    </message>
    <message>
        <source>Medelvärdet av arkivets slutliga resultat i den här utvärderingens utgåva</source>
        <translation>The mean of the archive&apos;s final results in this evaluation&apos;s edition</translation>
    </message>
    <message>
        <source>Resultatet kan inte skickas</source>
        <translation>The result cannot be sent</translation>
    </message>
    <message>
        <source>Skickar resultatet till %1 …</source>
        <translation>Sending the result to %1 …</translation>
    </message>
    <message>
        <source>Lösenord till resultatarkivet</source>
        <translation>Password for the results archive</translation>
    </message>
    <message>
        <source>Lösenord för %1:</source>
        <translation>Password for %1:</translation>
    </message>
    <message>
        <source>Resultatet skickades inte</source>
        <translation>The result was not sent</translation>
    </message>
    <message>
        <source>Resultatarkivet gick inte att nå eller tog inte emot resultatet. Utvärderingen är orörd och du kan arbeta vidare.</source>
        <translation>The results archive could not be reached or did not accept the result. The evaluation is untouched and you can keep working.</translation>
    </message>
    <message>
        <source>Skicka &amp;senare</source>
        <translation>Send &amp;later</translation>
    </message>
    <message>
        <source>Resultatet skickades till arkivet (version %1)</source>
        <translation>The result was sent to the archive (version %1)</translation>
    </message>
    <message>
        <source>Arkivet har redan detta resultat (version %1)</source>
        <translation>The archive already holds this result (version %1)</translation>
    </message>
    <message>
        <source>Skicka till &amp;resultatarkivet (väntar)…</source>
        <translation>Send to the &amp;results archive (waiting)…</translation>
    </message>
    <message>
        <source>Resultatet väntar på att skickas till resultatarkivet: Arkiv ▸ Skicka till resultatarkivet</source>
        <translation>The result is waiting to be sent to the results archive: File ▸ Send to the results archive</translation>
    </message>
    <message>
        <source>Resultatarkivet kan inte läsas</source>
        <translation>The results archive cannot be read</translation>
    </message>
    <message>
        <source>Arkivets medelvärde kan inte visas</source>
        <translation>The archive average cannot be shown</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Ingen säkerhetskopia kunde tas (%1). Utvärderingsfilen påverkas inte.</source>
        <translation>No backup could be taken (%1). The evaluation file is not affected.</translation>
    </message>
    <message>
        <source>Återställ säkerhetskopia</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Det finns inga säkerhetskopior av den här utvärderingen ännu.</source>
        <translation>There are no backups of this evaluation yet.</translation>
    </message>
    <message>
        <source>De tas när filen öppnas och var tionde minut medan den är öppen.</source>
        <translation>They are taken when the file is opened and every ten minutes while it is open.</translation>
    </message>
    <message>
        <source>Säkerhetskopian kunde inte återställas</source>
        <translation>The backup could not be restored</translation>
    </message>
    <message>
        <source>Utvärderingen är oförändrad.</source>
        <translation>The evaluation is unchanged.</translation>
    </message>
    <message>
        <source>Säkerhetskopian är återställd</source>
        <translation>The backup has been restored</translation>
    </message>
    <message>
        <source>Utvärderingen är återställd till läget %1.</source>
        <translation>The evaluation has been restored to how it was at %1.</translation>
    </message>
    <message>
        <source>Filen som ersattes finns kvar som
%1</source>
        <translation>The file that was replaced is kept as
%1</translation>
    </message>
    <message>
        <source>Den ersatta filen finns kvar som %1</source>
        <translation>The replaced file is kept as %1</translation>
    </message>
</context>
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
        <source>utvärderare</source>
        <translation>evaluator</translation>
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
    <message>
        <source>Fastställ gemensamt svar %1</source>
        <translation>Set agreed answer %1</translation>
    </message>
    <message>
        <source>Återkalla gemensamt svar %1</source>
        <translation>Withdraw agreed answer %1</translation>
    </message>
    <message>
        <source>Ändra analystext</source>
        <translation>Edit analysis text</translation>
    </message>
</context>
<context>
    <name>CompareMenu</name>
    <message>
        <source>Gäller Kommunkompassens utgåva %1; den här utvärderingen bygger på utgåva %2. Profiler kan bara jämföras inom samma utgåva.</source>
        <translation>Belongs to the %1 edition of Kommunkompassen; this evaluation uses the %2 edition. Profiles can only be compared within one edition.</translation>
    </message>
    <message>
        <source>Referensens områden eller poäng passar inte den här frågebanken.</source>
        <translation>The reference&apos;s areas or scores do not fit this question bank.</translation>
    </message>
    <message>
        <source>&amp;Jämför med</source>
        <translation>&amp;Compare with</translation>
    </message>
    <message>
        <source>En annan &amp;utvärdering…</source>
        <translation>Another &amp;evaluation…</translation>
    </message>
    <message>
        <source>Lägg en annan utvärderings profil över diagrammet, t.ex. kommunens förra utvärdering</source>
        <translation>Overlay another evaluation&apos;s profile on the chart, e.g. the municipality&apos;s previous evaluation</translation>
    </message>
    <message>
        <source>En sparad &amp;referensfil…</source>
        <translation>A saved &amp;reference file…</translation>
    </message>
    <message>
        <source>Jämför med en referensprofil som sparats i en fil (.yaml)</source>
        <translation>Compare with a reference profile saved in a file (.yaml)</translation>
    </message>
    <message>
        <source>&amp;Spara profilen som referens…</source>
        <translation>&amp;Save the profile as a reference…</translation>
    </message>
    <message>
        <source>Spara den här utvärderingens profil i en fil att jämföra med senare</source>
        <translation>Save this evaluation&apos;s profile in a file to compare with later</translation>
    </message>
    <message>
        <source>S&amp;kriv in en referensprofil…</source>
        <translation>&amp;Type in a reference profile…</translation>
    </message>
    <message>
        <source>Skriv in poängen per område, t.ex. ur en publicerad rapport</source>
        <translation>Type in the score of each area, e.g. from a published report</translation>
    </message>
    <message>
        <source>&amp;Ingen jämförelse</source>
        <translation>&amp;No comparison</translation>
    </message>
    <message>
        <source>Publicerade referenser</source>
        <translation>Published references</translation>
    </message>
    <message>
        <source>Det är samma fil som den öppna utvärderingen. Välj en annan utvärdering.</source>
        <translation>That is the evaluation that is already open. Choose another evaluation.</translation>
    </message>
    <message>
        <source>%1 gäller Kommunkompassens utgåva %2, men den här utvärderingen bygger på utgåva %3. Profiler kan bara jämföras inom samma utgåva.</source>
        <translation>%1 belongs to the %2 edition of Kommunkompassen, but this evaluation uses the %3 edition. Profiles can only be compared within one edition.</translation>
    </message>
    <message>
        <source>%1 kan inte läggas över diagrammet.</source>
        <translation>%1 cannot be laid over the chart.</translation>
    </message>
    <message>
        <source>Välj en referensprofil</source>
        <translation>Choose a reference profile</translation>
    </message>
    <message>
        <source>Referensprofiler (*.yaml *.yml)</source>
        <translation>Reference profiles (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Spara referensprofilen som</source>
        <translation>Save the reference profile as</translation>
    </message>
    <message>
        <source>Referensprofilen kunde inte sparas</source>
        <translation>The reference profile could not be saved</translation>
    </message>
    <message>
        <source>Filen %1 kunde inte skrivas. Välj en annan mapp eller ett annat namn.</source>
        <translation>The file %1 could not be written. Choose another folder or another name.</translation>
    </message>
    <message>
        <source>Referensprofilen sparades i %1</source>
        <translation>The reference profile was saved in %1</translation>
    </message>
    <message>
        <source>Profilen i %1, sparad %2</source>
        <translation>The profile in %1, saved %2</translation>
    </message>
</context>
<context>
    <name>Consensus</name>
    <message>
        <source>Ej tillämplig</source>
        <translation>Not applicable</translation>
    </message>
</context>
<context>
    <name>ConsensusPanel</name>
    <message>
        <source>Gemensamt svar %1</source>
        <translation>Agreed answer %1</translation>
    </message>
    <message>
        <source>Gemensamt svar ej tillämplig</source>
        <translation>Agreed answer not applicable</translation>
    </message>
    <message>
        <source>Fastställ</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Att avgöra (%1)</source>
        <translation>To decide (%1)</translation>
    </message>
    <message>
        <source>Avgjorda (%1)</source>
        <translation>Decided (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;1 fråga där utvärderarna svarat olika.&lt;/b&gt; Den räknas som obesvarad tills teamet har fastställt ett gemensamt svar.</source>
        <translation>&lt;b&gt;1 question the evaluators answered differently.&lt;/b&gt; It counts as unanswered until the team has set an agreed answer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 frågor där utvärderarna svarat olika.&lt;/b&gt; De räknas som obesvarade tills teamet har fastställt ett gemensamt svar. Störst påverkan på områdets poäng först.</source>
        <translation>&lt;b&gt;%1 questions the evaluators answered differently.&lt;/b&gt; They count as unanswered until the team has set an agreed answer. Largest effect on the area&apos;s score first.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inga oavgjorda frågor.&lt;/b&gt; Alla frågor där utvärderarna svarat olika har ett gemensamt svar.</source>
        <translation>&lt;b&gt;No undecided questions.&lt;/b&gt; Every question the evaluators answered differently has an agreed answer.</translation>
    </message>
    <message>
        <source>Gemensamt: %1</source>
        <translation>Agreed: %1</translation>
    </message>
    <message>
        <source>%1 p</source>
        <translation>%1 pts</translation>
    </message>
    <message>
        <source>Så mycket kan område %1:s poäng skilja mellan utvärderarnas svar</source>
        <translation>How much area %1&apos;s score differs between the evaluators&apos; answers</translation>
    </message>
    <message>
        <source>Välj en fråga i listan.</source>
        <translation>Choose a question in the list.</translation>
    </message>
    <message>
        <source>Område %1 %2 · %3 poäng · områdets poäng kan skilja %4 av %5 mellan utvärderarnas svar</source>
        <translation>Area %1 %2 · %3 points · the area&apos;s score can differ by %4 of %5 between the evaluators&apos; answers</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fastställt gemensamt svar: %1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;Agreed answer: %1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>(inget svar)</source>
        <translation>(no answer)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Anteckningar av andra&lt;/b&gt;</source>
        <translation>&lt;b&gt;Notes by others&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Kommentar:</source>
        <translation>Comment:</translation>
    </message>
    <message>
        <source>Ingen kommentar.</source>
        <translation>No comment.</translation>
    </message>
    <message>
        <source>Anteckningar (%1):</source>
        <translation>Notes (%1):</translation>
    </message>
    <message>
        <source>Inga anteckningar till frågan.</source>
        <translation>No notes on this question.</translation>
    </message>
    <message>
        <source>Välj detta svar</source>
        <translation>Choose this answer</translation>
    </message>
    <message>
        <source>Gör %1s svar till teamets; kommentaren blir motivering om du inte skrivit någon</source>
        <translation>Make %1&apos;s answer the team&apos;s; the comment becomes the reason unless you have written one</translation>
    </message>
    <message>
        <source>0  Ej tillämplig</source>
        <translation>0  Not applicable</translation>
    </message>
    <message>
        <source>Välj som teamets svar</source>
        <translation>Choose as the team&apos;s answer</translation>
    </message>
    <message>
        <source>valt av %1</source>
        <translation>chosen by %1</translation>
    </message>
    <message>
        <source>&amp;Ändra</source>
        <translation>&amp;Change</translation>
    </message>
    <message>
        <source>&amp;Fastställ</source>
        <translation>&amp;Confirm</translation>
    </message>
    <message>
        <source>Oenighet</source>
        <translation>Disagreement</translation>
    </message>
    <message>
        <source>Frågor där utvärderarna svarat olika, störst påverkan på områdets poäng först</source>
        <translation>Questions the evaluators answered differently, largest effect on the area&apos;s score first</translation>
    </message>
    <message>
        <source>Fråga</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Påverkan</source>
        <translation>Effect</translation>
    </message>
    <message>
        <source>Utvärderarnas svar</source>
        <translation>Evaluators&apos; answers</translation>
    </message>
    <message>
        <source>Frågan</source>
        <translation>The question</translation>
    </message>
    <message>
        <source>Teamets gemensamma svar – välj med 1, 2, 3 … (0 = ej tillämplig), fastställ med Enter</source>
        <translation>The team&apos;s agreed answer – choose with 1, 2, 3 … (0 = not applicable), confirm with Enter</translation>
    </message>
    <message>
        <source>Välj det svar teamet enats om med tangenterna 1, 2, 3 …; 0 eller N för ej tillämplig</source>
        <translation>Choose the answer the team agreed on with the keys 1, 2, 3 …; 0 or N for not applicable</translation>
    </message>
    <message>
        <source>&amp;Motivering:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Varför teamet valde detta svar (valfritt); sparas med beslutet</source>
        <translation>Why the team chose this answer (optional); stored with the decision</translation>
    </message>
    <message>
        <source>Valfri – varför teamet valde detta svar</source>
        <translation>Optional – why the team chose this answer</translation>
    </message>
    <message>
        <source>Fastställ det valda svaret som teamets (Enter); kan ångras med Ctrl+Z</source>
        <translation>Confirm the chosen answer as the team&apos;s (Enter); Ctrl+Z undoes it</translation>
    </message>
    <message>
        <source>Ta bort det gemensamma svaret: frågan blir oavgjord igen</source>
        <translation>Remove the agreed answer: the question is undecided again</translation>
    </message>
    <message>
        <source>Å&amp;terkalla</source>
        <translation>&amp;Withdraw</translation>
    </message>
</context>
<context>
    <name>CopyDialog</name>
    <message>
        <source>utvärderare</source>
        <translation>evaluator</translation>
    </message>
    <message>
        <source>Spara kopian som</source>
        <translation>Save the copy as</translation>
    </message>
    <message>
        <source>Skriv utvärderarens namn.</source>
        <translation>Enter the evaluator&apos;s name.</translation>
    </message>
    <message>
        <source>Välj var kopian ska sparas.</source>
        <translation>Choose where to save the copy.</translation>
    </message>
    <message>
        <source>Filen %1 finns redan. Välj ett annat namn.</source>
        <translation>The file %1 already exists. Choose another name.</translation>
    </message>
    <message>
        <source>Kopian kunde inte skapas. %1</source>
        <translation>The copy could not be made. %1</translation>
    </message>
    <message>
        <source>Skapa kopia för utvärderare</source>
        <translation>Make a copy for an evaluator</translation>
    </message>
    <message>
        <source>Varje utvärderare arbetar i en egen kopia av utvärderingen på sin egen dator. När alla är klara slår du ihop kopiorna med Arkiv ▸ Slå ihop kopior …; inget går förlorat.</source>
        <translation>Each evaluator works in their own copy of the evaluation on their own computer. When everyone is done, merge the copies with File ▸ Merge copies …; nothing is lost.</translation>
    </message>
    <message>
        <source>&amp;Utvärderare:</source>
        <translation>&amp;Evaluator:</translation>
    </message>
    <message>
        <source>Namnet på utvärderaren som ska använda kopian; svaren i kopian blir hennes eller hans</source>
        <translation>The name of the evaluator who will use the copy; the answers in the copy are theirs</translation>
    </message>
    <message>
        <source>&amp;Spara som:</source>
        <translation>&amp;Save as:</translation>
    </message>
    <message>
        <source>Var kopian sparas, t.ex. på ett USB-minne</source>
        <translation>Where the copy is saved, e.g. on a USB stick</translation>
    </message>
    <message>
        <source>&amp;Bläddra …</source>
        <translation>&amp;Browse …</translation>
    </message>
</context>
<context>
    <name>Coverage</name>
    <message>
        <source>Täckning av underlag</source>
        <translation>Evidence coverage</translation>
    </message>
    <message>
        <source>Frågor med underlag från källan / frågor som väntar sig källan. Klicka på en cell för att se frågorna; dubbelklicka på en fråga för att gå till den. Kommunens svar räknas aldrig som ert eget underlag.</source>
        <translation>Questions with evidence from the source / questions that expect the source. Click a cell to see its questions; double-click a question to go to it. The municipality&apos;s answers never count as your own evidence.</translation>
    </message>
    <message>
        <source>Totalt</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Frågor utan något underlag: %1.</source>
        <translation>Questions without any evidence: %1.</translation>
    </message>
    <message>
        <source>Banken har inga intervjugrupper (format kompassapp-bank/1).</source>
        <translation>The bank has no interview groups (format kompassapp-bank/1).</translation>
    </message>
    <message>
        <source>Planerade grupper som inte har intervjuats: %1.</source>
        <translation>Planned groups not yet interviewed: %1.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Utvärderingar (*.kompass)</source>
        <translation>Evaluations (*.kompass)</translation>
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
    <message>
        <source>Filen %1 finns inte.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>Den kan ha flyttats eller bytt namn, eller ligga på ett USB-minne som inte sitter i.</source>
        <translation>It may have been moved or renamed, or be on a USB stick that is not plugged in.</translation>
    </message>
    <message>
        <source>Filen %1 kan inte läsas som en utvärdering.</source>
        <translation>The file %1 cannot be read as an evaluation.</translation>
    </message>
    <message>
        <source>%1: filen finns inte</source>
        <translation>%1: the file does not exist</translation>
    </message>
    <message>
        <source>%1: är en mapp, inte en fil</source>
        <translation>%1: is a folder, not a file</translation>
    </message>
    <message>
        <source>%1: du har inte behörighet att läsa filen</source>
        <translation>%1: you are not allowed to read the file</translation>
    </message>
    <message>
        <source>%1: filen är tom</source>
        <translation>%1: the file is empty</translation>
    </message>
    <message>
        <source>%1: skadad, inte en utvärderingsfil, eller från en nyare version av Kompassapp</source>
        <translation>%1: damaged, not an evaluation file, or from a newer version of Kompassapp</translation>
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
        <source>Kommunens svar i frågeunderlaget (%1)</source>
        <translation>The municipality&apos;s answer in the questionnaire (%1)</translation>
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
    <name>ExportDialog</name>
    <message>
        <source>Även som &amp;Word-dokument (.docx) bredvid, för att redigera</source>
        <translation>Also as a &amp;Word document (.docx) beside it, for editing</translation>
    </message>
    <message>
        <source>Exportera återkopplingsrapport (PDF)</source>
        <translation>Export feedback report (PDF)</translation>
    </message>
    <message>
        <source>Återkopplingen till kommunen: poäng, kompassros, styrkor, utvecklingsområden och goda exempel per område. Rapporten innehåller aldrig de intervjuades namn.</source>
        <translation>The feedback to the municipality: scores, compass rose, strengths, areas for development and good examples per area. The report never contains the interviewees&apos; names.</translation>
    </message>
    <message>
        <source>Exportera arbetsbok</source>
        <translation>Export workbook</translation>
    </message>
    <message>
        <source>Arbetsboken i Excel: sammanfattning med diagram, ett blad per område med varje fråga, underlaget och registren över intervjuer och dokument.</source>
        <translation>The Excel workbook: a summary with a chart, one sheet per area with every question, the evidence, and the registers of interviews and documents.</translation>
    </message>
    <message>
        <source>Ingen (välj en under Jämför med)</source>
        <translation>None (choose one under Compare with)</translation>
    </message>
    <message>
        <source>&amp;Exportera</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Excel-arbetsböcker (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF-dokument (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Välj var filen ska sparas.</source>
        <translation>Choose where to save the file.</translation>
    </message>
    <message>
        <source>Rätta eller godta först varje ställe i listan som liknar ett namn (%1 kvar).</source>
        <translation>First fix or accept each place in the list that looks like a name (%1 left).</translation>
    </message>
    <message>
        <source>Mappen %1 finns inte.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>Exportera</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>F&amp;il:</source>
        <translation>F&amp;ile:</translation>
    </message>
    <message>
        <source>Filen som skrivs; finns den redan ersätts den först när den nya är klar</source>
        <translation>The file to write; if it exists, it is replaced only once the new one is complete</translation>
    </message>
    <message>
        <source>Välj mapp och filnamn</source>
        <translation>Choose folder and file name</translation>
    </message>
    <message>
        <source>&amp;Välj…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Jämförelse:</source>
        <translation>Comparison:</translation>
    </message>
    <message>
        <source>&amp;Fullständig skriftlig rapport (med innehållsförteckning)</source>
        <translation>&amp;Full written report (with table of contents)</translation>
    </message>
    <message>
        <source>Den skriftliga rapporten som skickas några veckor efter besöket; utan bocken blir det återkopplingen på dag tre</source>
        <translation>The written report sent a few weeks after the visit; unticked, it is the day-three feedback</translation>
    </message>
    <message>
        <source>&amp;Anonymisera: ersätt de intervjuades namn med roll och nummer</source>
        <translation>&amp;Anonymise: replace the interviewees&apos; names by role and number</translation>
    </message>
    <message>
        <source>För arbetsböcker som lämnar teamet, t.ex. till juryn</source>
        <translation>For workbooks that leave the team, e.g. for the jury</translation>
    </message>
    <message>
        <source>Rapporten får inte innehålla de intervjuades namn, men texten nedan liknar namn på deltagare. Rätta den (dubbelklicka eller Gå till) eller godta varje ställe genom att bocka i det.</source>
        <translation>The report must not contain the interviewees&apos; names, but the text below looks like participants&apos; names. Fix it (double-click or Go to) or accept each place by ticking it.</translation>
    </message>
    <message>
        <source>Bocka i det som får stå kvar som det är skrivet; dubbelklicka för att gå dit och rätta texten</source>
        <translation>Tick what may stay as it is written; double-click to go there and fix the text</translation>
    </message>
    <message>
        <source>Stänger dialogen och visar stället, så att du kan rätta texten; exportera sedan igen</source>
        <translation>Closes the dialog and shows the place so that you can fix the text; then export again</translation>
    </message>
    <message>
        <source>&amp;Gå till och rätta</source>
        <translation>&amp;Go to and fix</translation>
    </message>
    <message>
        <source>Godta a&amp;lla</source>
        <translation>Accept a&amp;ll</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>Läser utvärderingen</source>
        <translation>Reading the evaluation</translation>
    </message>
    <message>
        <source>Skriver arbetsboken</source>
        <translation>Writing the workbook</translation>
    </message>
    <message>
        <source>Skriver PDF-rapporten</source>
        <translation>Writing the PDF report</translation>
    </message>
    <message>
        <source>Klart</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Läser %1</source>
        <translation>Reading %1</translation>
    </message>
    <message>
        <source>Skriver Word-rapporten</source>
        <translation>Writing the Word report</translation>
    </message>
    <message>
        <source>Förbereder…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <source>Exporten kunde inte sparas</source>
        <translation>The export could not be saved</translation>
    </message>
    <message>
        <source>%1 kunde inte skrivas.</source>
        <translation>%1 could not be written.</translation>
    </message>
    <message>
        <source>Är filen öppen i Excel eller i ett PDF-program? Stäng den och försök igen, eller välj ett annat namn. Är mappen skrivskyddad eller disken full, välj en annan mapp. En tidigare fil med samma namn är oförändrad.</source>
        <translation>Is the file open in Excel or in a PDF viewer? Close it and try again, or choose another name. If the folder is read-only or the disk is full, choose another folder. An earlier file of the same name is unchanged.</translation>
    </message>
    <message>
        <source>Ersätta filen?</source>
        <translation>Replace the file?</translation>
    </message>
    <message>
        <source>%1 finns redan. Vill du ersätta den?</source>
        <translation>%1 already exists. Do you want to replace it?</translation>
    </message>
    <message>
        <source>Återkopplingsrapport</source>
        <translation>Feedback report</translation>
    </message>
    <message>
        <source>Sparade %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Juryarbetsbok</source>
        <translation>Jury workbook</translation>
    </message>
    <message>
        <source>Juryarbetsboken kan inte skapas</source>
        <translation>The jury workbook cannot be made</translation>
    </message>
    <message>
        <source>Utvärderingarna kan inte jämföras i en arbetsbok.</source>
        <translation>The evaluations cannot be compared in one workbook.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Exportera &amp;arbetsbok…</source>
        <translation>Export &amp;workbook…</translation>
    </message>
    <message>
        <source>Utvärderingen som Excel-arbetsbok: sammanfattning med diagram, ett blad per område, underlag och register</source>
        <translation>The evaluation as an Excel workbook: summary with a chart, one sheet per area, evidence and registers</translation>
    </message>
    <message>
        <source>Exportera åter&amp;kopplingsrapport (PDF)…</source>
        <translation>Export &amp;feedback report (PDF)…</translation>
    </message>
    <message>
        <source>Återkopplingen till kommunen, eller den fullständiga skriftliga rapporten, som PDF</source>
        <translation>The feedback to the municipality, or the full written report, as a PDF</translation>
    </message>
    <message>
        <source>&amp;Juryarbetsbok…</source>
        <translation>&amp;Jury workbook…</translation>
    </message>
    <message>
        <source>De nominerade kommunernas utvärderingar sida vid sida i en Excel-arbetsbok</source>
        <translation>The nominated municipalities&apos; evaluations side by side in an Excel workbook</translation>
    </message>
    <message>
        <source>&amp;Uppgradera frågebanken…</source>
        <translation>&amp;Upgrade the question bank…</translation>
    </message>
    <message>
        <source>Flytta utvärderingen till en nyare revision av frågebanken, efter en förhandsvisning</source>
        <translation>Move the evaluation to a newer revision of the question bank, after a preview</translation>
    </message>
    <message>
        <source>Åter&amp;ställ säkerhetskopia…</source>
        <translation>&amp;Restore backup…</translation>
    </message>
    <message>
        <source>Gå tillbaka till en säkerhetskopia av den här utvärderingen</source>
        <translation>Go back to a backup of this evaluation</translation>
    </message>
</context>
<context>
    <name>FilteredTree</name>
    <message>
        <source>Visa bara frågorna till en intervjugrupp eller om ett dokument; Page Down går då bara mellan dem</source>
        <translation>Show only the questions for one interview group or about one document; Page Down then moves among them only</translation>
    </message>
    <message>
        <source>Alla frågor</source>
        <translation>All questions</translation>
    </message>
    <message>
        <source>Intervjugrupp: %1 (%2)</source>
        <translation>Interview group: %1 (%2)</translation>
    </message>
    <message>
        <source>Dokument: %1 (%2)</source>
        <translation>Document: %1 (%2)</translation>
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
    <name>Interview</name>
    <message>
        <source>En intervju pågår</source>
        <translation>An interview is running</translation>
    </message>
    <message>
        <source>Intervjun «%1» pågår fortfarande.</source>
        <translation>The interview “%1” is still running.</translation>
    </message>
    <message>
        <source>Avsluta den nu? Då sparas sluttiden i registret.</source>
        <translation>End it now? Its end time is then stored in the register.</translation>
    </message>
    <message>
        <source>&amp;Avsluta intervjun</source>
        <translation>&amp;End the interview</translation>
    </message>
    <message>
        <source>&amp;Stäng utan att avsluta</source>
        <translation>&amp;Close without ending it</translation>
    </message>
    <message>
        <source>Av&amp;bryt</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>JuryDialog</name>
    <message>
        <source>&amp;Skapa arbetsboken</source>
        <translation>&amp;Make the workbook</translation>
    </message>
    <message>
        <source>juryarbetsbok.xlsx</source>
        <translation>jury-workbook.xlsx</translation>
    </message>
    <message>
        <source>Publicerade resultat  (%1)</source>
        <translation>Published results  (%1)</translation>
    </message>
    <message>
        <source>Referensprofil %1  (%2)</source>
        <translation>Reference profile %1  (%2)</translation>
    </message>
    <message>
        <source>Välj de nominerades utvärderingar</source>
        <translation>Choose the nominees&apos; evaluations</translation>
    </message>
    <message>
        <source>Utvärderingar, referensprofiler och publicerade resultat (*.kompass *.yaml *.yml *.csv *.xlsx)</source>
        <translation>Evaluations, reference profiles and published results (*.kompass *.yaml *.yml *.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Excel-arbetsböcker (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Välj minst två utvärderingar att jämföra.</source>
        <translation>Choose at least two evaluations to compare.</translation>
    </message>
    <message>
        <source>Välj var arbetsboken ska sparas.</source>
        <translation>Choose where to save the workbook.</translation>
    </message>
    <message>
        <source>Mappen %1 finns inte.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>Juryarbetsbok</source>
        <translation>Jury workbook</translation>
    </message>
    <message>
        <source>De nominerade kommunernas utvärderingar sida vid sida: poäng per område, rangordning och ett gemensamt diagram. Välj minst två utvärderingsfiler med samma områden.</source>
        <translation>The nominated municipalities&apos; evaluations side by side: scores per area, ranking and one shared chart. Choose at least two evaluation files with the same areas.</translation>
    </message>
    <message>
        <source>Utvärderingarna som jämförs</source>
        <translation>The evaluations compared</translation>
    </message>
    <message>
        <source>&amp;Lägg till…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>Välj en eller flera utvärderingsfiler (.kompass)</source>
        <translation>Choose one or more evaluation files (.kompass)</translation>
    </message>
    <message>
        <source>&amp;Ta bort</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Ta bort de markerade filerna ur listan (filerna ändras inte)</source>
        <translation>Remove the selected files from the list (the files are not changed)</translation>
    </message>
    <message>
        <source>&amp;Arbetsbok:</source>
        <translation>&amp;Workbook:</translation>
    </message>
    <message>
        <source>Juryns arbetsbok (.xlsx)</source>
        <translation>The jury&apos;s workbook (.xlsx)</translation>
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
        <source>&lt;h3&gt;Kompassapp %1&lt;/h3&gt;&lt;p&gt;Ett verktyg för utvärderingar enligt Kommunkompassen, för utvärderare på plats i kommunen. Fungerar helt utan nätverk; allt sparas direkt i utvärderingsfilen.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kompassapp %1&lt;/h3&gt;&lt;p&gt;A tool for Kommunkompassen evaluations, for evaluators on site in the municipality. Works entirely without a network; everything is saved straight into the evaluation file.&lt;/p&gt;</translation>
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
        <source>Utvärderare: %1</source>
        <translation>Evaluator: %1</translation>
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
    <name>MergeReportDialog</name>
    <message>
        <source>&lt;b&gt;%1 av %2 kopior har slagits ihop med %3.&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 of %2 copies have been merged into %3.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b02020&apos;&gt;%1 kunde inte slås ihop (se nedan).&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b02020&apos;&gt;%1 could not be merged (see below).&lt;/span&gt;</translation>
    </message>
    <message>
        <source>En sammanslagning kan inte ångras med Ctrl+Z. Filen som den var före sammanslagningen finns som säkerhetskopia: %1</source>
        <translation>A merge cannot be undone with Ctrl+Z. The file as it was before the merge is kept as a backup: %1</translation>
    </message>
    <message>
        <source>Kopiorna är sammanslagna</source>
        <translation>The copies are merged</translation>
    </message>
    <message>
        <source>Sammanslagning</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Vad som kom in från varje kopia; texten kan markeras och kopieras</source>
        <translation>What came in from each copy; the text can be selected and copied</translation>
    </message>
    <message>
        <source>Säkerhetskopia</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Gå igenom frågorna där utvärderarna svarat olika (Ctrl+5)</source>
        <translation>Go through the questions the evaluators answered differently (Ctrl+5)</translation>
    </message>
    <message>
        <source>Öppna &amp;Samsyn</source>
        <translation>Open &amp;Consensus</translation>
    </message>
    <message>
        <source>S&amp;täng</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <source>Välkommen till Kompassapp</source>
        <translation>Welcome to Kompassapp</translation>
    </message>
    <message>
        <source>Vad heter du? Namnet står som utvärderare vid allt du svarar, antecknar och fastställer, så att teamets anteckningar hålls isär. Du kan ändra det senare under Inställningar.</source>
        <translation>What is your name? It is shown as the evaluator of everything you answer, note and decide, so that the team&apos;s notes are kept apart. You can change it later under Settings.</translation>
    </message>
    <message>
        <source>För- och efternamn</source>
        <translation>First and last name</translation>
    </message>
    <message>
        <source>Senare</source>
        <translation>Later</translation>
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
        <source>Utvärderarna i teamet, en per rad</source>
        <translation>The evaluators in the team, one per line</translation>
    </message>
    <message>
        <source>En utvärderare per rad</source>
        <translation>One evaluator per line</translation>
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
    <name>Plan</name>
    <message>
        <source>Planera intervju</source>
        <translation>Plan an interview</translation>
    </message>
    <message>
        <source>Grupp(er) ur frågebanken</source>
        <translation>Group(s) from the question bank</translation>
    </message>
    <message>
        <source>Börjar</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Slutar</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Plats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Utvärderarna som leder intervjun, åtskilda med kommatecken</source>
        <translation>The evaluators who lead the interview, separated by commas</translation>
    </message>
    <message>
        <source>Leds av</source>
        <translation>Led by</translation>
    </message>
    <message>
        <source>En per rad: en roll, t.ex. ”3 enhetschefer”, eller ett namn</source>
        <translation>One per line: a role, e.g. “3 unit managers”, or a name</translation>
    </message>
    <message>
        <source>Planerade deltagare</source>
        <translation>Planned participants</translation>
    </message>
</context>
<context>
    <name>Prepare</name>
    <message>
        <source>För&amp;beredelser</source>
        <translation>&amp;Preparation</translation>
    </message>
    <message>
        <source>&amp;Planera intervju…</source>
        <translation>&amp;Plan an interview…</translation>
    </message>
    <message>
        <source>En intervju före besöket: grupp ur frågebanken, tid, plats, vilka som leder och vilka som ska delta</source>
        <translation>An interview before the visit: group from the question bank, time, place, who leads and who takes part</translation>
    </message>
    <message>
        <source>Exportera &amp;frågeunderlag…</source>
        <translation>Export the &amp;questionnaire…</translation>
    </message>
    <message>
        <source>Arbetsboken som kommunen fyller i före besöket</source>
        <translation>The workbook the municipality fills in before the visit</translation>
    </message>
    <message>
        <source>Läs &amp;in ifyllt frågeunderlag…</source>
        <translation>&amp;Import a filled questionnaire…</translation>
    </message>
    <message>
        <source>Kommunens svar blir anteckningar märkta ”Kommunens svar”; igen uppdaterar dem</source>
        <translation>The municipality&apos;s answers become notes marked “Municipality&apos;s answer”; importing again updates them</translation>
    </message>
    <message>
        <source>&amp;Dokumentbegäran…</source>
        <translation>&amp;Document request…</translation>
    </message>
    <message>
        <source>Dokumenten att begära, med frågorna de behövs för; de förs in i registret som begärda</source>
        <translation>The documents to request, with the questions they serve; entered in the register as requested</translation>
    </message>
    <message>
        <source>Intervju&amp;guider…</source>
        <translation>Interview &amp;guides…</translation>
    </message>
    <message>
        <source>En PDF per planerad intervju, att ha med vid bordet</source>
        <translation>One PDF per planned interview, to have at the table</translation>
    </message>
    <message>
        <source>&amp;Täckning av underlag…</source>
        <translation>Evidence &amp;coverage…</translation>
    </message>
    <message>
        <source>Per område och källa: frågor med underlag / frågor som väntar sig källan</source>
        <translation>Per area and source: questions with evidence / questions that expect the source</translation>
    </message>
    <message>
        <source>Frågor för den här &amp;gruppen</source>
        <translation>Questions for this &amp;group</translation>
    </message>
    <message>
        <source>Under en intervju: visa bara gruppens frågor i trädet; Page Down går till nästa av dem</source>
        <translation>During an interview: show only the group&apos;s questions in the tree; Page Down goes to the next of them</translation>
    </message>
    <message>
        <source>Frågor för %1</source>
        <translation>Questions for %1</translation>
    </message>
    <message>
        <source>Intervjun är planerad.</source>
        <translation>The interview is planned.</translation>
    </message>
    <message>
        <source>Exportera frågeunderlag</source>
        <translation>Export the questionnaire</translation>
    </message>
    <message>
        <source>Excel-arbetsbok (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Frågeunderlaget är skrivet (%1 frågor).</source>
        <translation>The questionnaire is written (%1 questions).</translation>
    </message>
    <message>
        <source>Läs in ifyllt frågeunderlag</source>
        <translation>Import a filled questionnaire</translation>
    </message>
    <message>
        <source>Frågeunderlaget är inläst: %1 nya, %2 ändrade, %3 borttagna och %4 oförändrade svar.</source>
        <translation>The questionnaire is imported: %1 new, %2 changed, %3 removed and %4 unchanged answers.</translation>
    </message>
    <message>
        <source>Dokumentbegäran</source>
        <translation>Document request</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Excel-arbetsbok (*.xlsx)</source>
        <translation>PDF (*.pdf);;Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Dokumentbegäran är skriven; %1 dokument förda in som begärda.</source>
        <translation>The document request is written; %1 documents entered as requested.</translation>
    </message>
    <message>
        <source>Mapp för intervjuguiderna</source>
        <translation>Folder for the interview guides</translation>
    </message>
    <message>
        <source>%1 intervjuguider skrivna i %2.</source>
        <translation>%1 interview guides written in %2.</translation>
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
        <source>Preliminärt – %1 av %2 frågor bedömda</source>
        <translation>Preliminary – %1 of %2 questions assessed</translation>
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
        <source>Preliminärt</source>
        <translation>Preliminary</translation>
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
    <name>Privacy</name>
    <message>
        <source>%1 är krypterad. Skriv dess lösenfras:</source>
        <translation>%1 is encrypted. Type its passphrase:</translation>
    </message>
    <message>
        <source>Lösenfrasen öppnade inte filen. Försök igen.</source>
        <translation>The passphrase did not open the file. Try again.</translation>
    </message>
    <message>
        <source>Lösenfras</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Markera rapporten som s&amp;lutlig</source>
        <translation>Mark the report as &amp;final</translation>
    </message>
    <message>
        <source>Slutrapporten är levererad: påminnelsen om gallring räknas därifrån</source>
        <translation>The final report is delivered: the purge reminder counts from then</translation>
    </message>
    <message>
        <source>&amp;Gallra personuppgifter…</source>
        <translation>&amp;Purge personal data…</translation>
    </message>
    <message>
        <source>Ta bort namn, anteckningstexter och borttagna poster när rapporten är klar</source>
        <translation>Remove names, note texts and deleted records once the report is done</translation>
    </message>
    <message>
        <source>Gallringen tar bort för gott:</source>
        <translation>The purge removes for good:</translation>
    </message>
    <message>
        <source>• namnen på %1 intervjuade (intervjuerna behåller grupp, roll och antal)</source>
        <translation>• the names of %1 interviewees (sessions keep group, role and counts)</translation>
    </message>
    <message>
        <source>• texten i %1 anteckningar (underlaget behåller källslag, frågekopplingar och antal)</source>
        <translation>• the text of %1 notes (the evidence keeps source kind, question links and counts)</translation>
    </message>
    <message>
        <source>• listan över väntade deltagare i %1 intervjuplaner</source>
        <translation>• the list of expected participants in %1 interview plans</translation>
    </message>
    <message>
        <source>• %1 värden i ändringsloggen för dessa fält</source>
        <translation>• %1 change-log values of those fields</translation>
    </message>
    <message>
        <source>• %1 borttagna poster</source>
        <translation>• %1 deleted records</translation>
    </message>
    <message>
        <source>• filens säkerhetskopior i datamappen</source>
        <translation>• the file&apos;s backups in the data folder</translation>
    </message>
    <message>
        <source>Poäng, svar, iakttagelser, analyser och dokumentregistret behålls. Gallringen kan inte ångras.</source>
        <translation>Scores, answers, findings, analyses and the document register stay. The purge cannot be undone.</translation>
    </message>
    <message>
        <source>Exporter gjorda före gallringen kan fortfarande innehålla personuppgifter: Excel-arbetsböcker (bladet Underlag) och JSON-exporter. Radera dem.</source>
        <translation>Exports made before the purge may still hold personal data: Excel workbooks (the Underlag sheet) and JSON exports. Delete them.</translation>
    </message>
    <message>
        <source>Bredvid filen:</source>
        <translation>Beside the file:</translation>
    </message>
    <message>
        <source>Gallra personuppgifter</source>
        <translation>Purge personal data</translation>
    </message>
    <message>
        <source>Det finns inga personuppgifter att gallra.</source>
        <translation>There is no personal data to purge.</translation>
    </message>
    <message>
        <source>&amp;Gallra</source>
        <translation>&amp;Purge</translation>
    </message>
    <message>
        <source>Personuppgifterna är gallrade.</source>
        <translation>The personal data is purged.</translation>
    </message>
    <message>
        <source>Dags att gallra?</source>
        <translation>Time to purge?</translation>
    </message>
    <message>
        <source>Rapporten har varit slutlig i mer än %1 dagar och filen innehåller fortfarande personuppgifter. Gallra dem när de inte längre behövs (Arkiv ▸ Gallra personuppgifter…).</source>
        <translation>The report has been final for more than %1 days and the file still holds personal data. Purge it when it is no longer needed (File ▸ Purge personal data…).</translation>
    </message>
    <message>
        <source>Gallra nu…</source>
        <translation>Purge now…</translation>
    </message>
    <message>
        <source>&amp;Kryptera filen med en lösenfras</source>
        <translation>&amp;Encrypt the file with a passphrase</translation>
    </message>
    <message>
        <source>Filen går inte att läsa utan lösenfrasen, inte ens om datorn eller USB-minnet kommer bort. Glöm inte lösenfrasen: utan den kan ingen öppna filen.</source>
        <translation>The file cannot be read without the passphrase, not even if the laptop or USB stick is lost. Do not forget the passphrase: without it nobody can open the file.</translation>
    </message>
    <message>
        <source>Lösenfras:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Samma igen:</source>
        <translation>Once more:</translation>
    </message>
    <message>
        <source>Lösenfrasen måste ha minst %1 tecken.</source>
        <translation>The passphrase must have at least %1 characters.</translation>
    </message>
    <message>
        <source>Lösenfraserna skiljer sig åt.</source>
        <translation>The passphrases differ.</translation>
    </message>
    <message>
        <source>Kryptering kräver Python-paketet sqlcipher3.</source>
        <translation>Encryption needs the Python package sqlcipher3.</translation>
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
        <source>Ej tillämplig är inte tillåten för fråga %1: den ska besvaras.</source>
        <translation>Not applicable is not allowed for question %1: it must be answered.</translation>
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
        <source>Vad som ger respektive svar</source>
        <translation>What earns each answer</translation>
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
        <source>Utvärderarna har svarat olika: avgör i Samsyn (Ctrl+5).</source>
        <translation>The evaluators answered differently: decide in Consensus (Ctrl+5).</translation>
    </message>
    <message>
        <source>%1 av %2 frågor besvarade, %3 ej tillämpliga</source>
        <translation>%1 of %2 questions answered, %3 not applicable</translation>
    </message>
    <message>
        <source>, %1 med oenighet (räknas som obesvarade)</source>
        <translation>, %1 with disagreement (counted as unanswered)</translation>
    </message>
    <message>
        <source>Oenighet</source>
        <translation>Disagreement</translation>
    </message>
</context>
<context>
    <name>ReferenceDialog</name>
    <message>
        <source>Poäng för område %1, högst %2</source>
        <translation>Score of area %1, at most %2</translation>
    </message>
    <message>
        <source>Skriv ett namn för profilen, t.ex. kommun och år.</source>
        <translation>Give the profile a name, e.g. municipality and year.</translation>
    </message>
    <message>
        <source>Skriv in en referensprofil</source>
        <translation>Type in a reference profile</translation>
    </message>
    <message>
        <source>Poängen per område, t.ex. ur en publicerad rapport. Profilen läggs över diagrammet och kan sparas som en referensfil.</source>
        <translation>The score of each area, e.g. from a published report. The profile is laid over the chart and can be saved as a reference file.</translation>
    </message>
    <message>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Namnet i diagrammets förklaring, t.ex. kommun och år</source>
        <translation>The name in the chart&apos;s legend, e.g. municipality and year</translation>
    </message>
    <message>
        <source>t.ex. Grannkommunen 2024</source>
        <translation>e.g. Neighbourtown 2024</translation>
    </message>
    <message>
        <source>&amp;Källa:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>Var siffrorna kommer ifrån (valfritt)</source>
        <translation>Where the figures come from (optional)</translation>
    </message>
    <message>
        <source>Poäng per område</source>
        <translation>Score per area</translation>
    </message>
    <message>
        <source>&amp;Spara också som referensfil…</source>
        <translation>&amp;Also save as a reference file…</translation>
    </message>
    <message>
        <source>Spara profilen i en fil som du kan jämföra med senare eller ge till kollegor</source>
        <translation>Save the profile in a file you can compare with later or give to colleagues</translation>
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
        <source>Utvärderare</source>
        <translation>Evaluators</translation>
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
    <name>RestoreDialog</name>
    <message>
        <source>Säkerhetskopior av %1. Välj läget du vill gå tillbaka till.</source>
        <translation>Backups of %1. Choose the state you want to go back to.</translation>
    </message>
    <message>
        <source>&amp;Återställ</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Återställ säkerhetskopia</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Säkerhetskopiorna av den här utvärderingen, den senaste först</source>
        <translation>The backups of this evaluation, newest first</translation>
    </message>
    <message>
        <source>Tagen</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Storlek</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Utvärderingen stängs, säkerhetskopian läggs tillbaka och filen öppnas igen. Den nuvarande filen sparas bredvid, så att du kan gå tillbaka till den.</source>
        <translation>The evaluation is closed, the backup is put back and the file is opened again. The current file is kept beside it, so that you can go back to it.</translation>
    </message>
</context>
<context>
    <name>Rubric</name>
    <message>
        <source>Intervjugrupper: %1</source>
        <translation>Interview groups: %1</translation>
    </message>
    <message>
        <source>Dokument: %1</source>
        <translation>Documents: %1</translation>
    </message>
    <message>
        <source>Lagkrav: %1</source>
        <translation>Required by law: %1</translation>
    </message>
    <message>
        <source>Lagkrav</source>
        <translation>Required by law</translation>
    </message>
    <message>
        <source>Ej tillämplig är inte tillåten: frågan ska besvaras.</source>
        <translation>Not applicable is not allowed: the question must be answered.</translation>
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
        <source>Intervjugrupp %1</source>
        <translation>Interview group %1</translation>
    </message>
    <message>
        <source>Dokument %1</source>
        <translation>Document %1</translation>
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
        <source>(bara %1)</source>
        <translation>(only %1)</translation>
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
    <message>
        <source>Filen är oförändrad.</source>
        <translation>The file is unchanged.</translation>
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
        <source>Öppna filen som den var vid en säkerhetskopia (den trasiga filen sparas bredvid)</source>
        <translation>Open the file as it was at a backup (the broken file is kept beside it)</translation>
    </message>
    <message>
        <source>Åter&amp;ställ säkerhetskopia…</source>
        <translation>Re&amp;store backup…</translation>
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
<context>
    <name>Team</name>
    <message>
        <source>Välj utvärderarnas kopior att slå ihop</source>
        <translation>Choose the evaluators&apos; copies to merge</translation>
    </message>
    <message>
        <source>Utvärderingar (*.kompass)</source>
        <translation>Evaluations (*.kompass)</translation>
    </message>
    <message>
        <source>Utvärderare i teamet</source>
        <translation>Team members</translation>
    </message>
    <message>
        <source>Intervjuer</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>Intervjuade</source>
        <translation>Interviewees</translation>
    </message>
    <message>
        <source>Dokument</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Anteckningar</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Iakttagelser</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Svar</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Gemensamma svar</source>
        <translation>Agreed answers</translation>
    </message>
    <message>
        <source>Uppgifter om utvärderingen</source>
        <translation>Evaluation details</translation>
    </message>
    <message>
        <source>%2s svar på fråga %1</source>
        <translation>%2&apos;s answer to question %1</translation>
    </message>
    <message>
        <source>Det gemensamma svaret på fråga %1</source>
        <translation>The agreed answer to question %1</translation>
    </message>
    <message>
        <source>Utvärderaren</source>
        <translation>The evaluator</translation>
    </message>
    <message>
        <source>Intervjun</source>
        <translation>The interview</translation>
    </message>
    <message>
        <source>Den intervjuade</source>
        <translation>The interviewee</translation>
    </message>
    <message>
        <source>Dokumentet</source>
        <translation>The document</translation>
    </message>
    <message>
        <source>Anteckningen</source>
        <translation>The note</translation>
    </message>
    <message>
        <source>Iakttagelsen</source>
        <translation>The finding</translation>
    </message>
    <message>
        <source>texten</source>
        <translation>the text</translation>
    </message>
    <message>
        <source>titeln</source>
        <translation>the title</translation>
    </message>
    <message>
        <source>namnet</source>
        <translation>the name</translation>
    </message>
    <message>
        <source>rollen</source>
        <translation>the role</translation>
    </message>
    <message>
        <source>enheten</source>
        <translation>the unit</translation>
    </message>
    <message>
        <source>typen</source>
        <translation>the type</translation>
    </message>
    <message>
        <source>datumet</source>
        <translation>the date</translation>
    </message>
    <message>
        <source>länken</source>
        <translation>the link</translation>
    </message>
    <message>
        <source>platsen</source>
        <translation>the place</translation>
    </message>
    <message>
        <source>starttiden</source>
        <translation>the start time</translation>
    </message>
    <message>
        <source>sluttiden</source>
        <translation>the end time</translation>
    </message>
    <message>
        <source>gruppens namn</source>
        <translation>the group&apos;s name</translation>
    </message>
    <message>
        <source>utvärderarna</source>
        <translation>the evaluators</translation>
    </message>
    <message>
        <source>kommunen</source>
        <translation>the municipality</translation>
    </message>
    <message>
        <source>ordningen</source>
        <translation>the order</translation>
    </message>
    <message>
        <source>svaret</source>
        <translation>the answer</translation>
    </message>
    <message>
        <source>kommentaren</source>
        <translation>the comment</translation>
    </message>
    <message>
        <source>statusen</source>
        <translation>the status</translation>
    </message>
    <message>
        <source>frågorna</source>
        <translation>the questions</translation>
    </message>
    <message>
        <source>webbadressen</source>
        <translation>the web address</translation>
    </message>
    <message>
        <source>källan</source>
        <translation>the source</translation>
    </message>
    <message>
        <source>intervjun</source>
        <translation>the interview</translation>
    </message>
    <message>
        <source>den som talar</source>
        <translation>the speaker</translation>
    </message>
    <message>
        <source>dokumentet</source>
        <translation>the document</translation>
    </message>
    <message>
        <source>området</source>
        <translation>the area</translation>
    </message>
    <message>
        <source>%1: %2 ändrades i två kopior. Den senaste ändringen gäller; den som %3 gjorde %4 finns kvar i ändringsloggen.</source>
        <translation>%1: %2 was changed in two copies. The latest change applies; the one %3 made %4 is kept in the change log.</translation>
    </message>
    <message>
        <source>%1: borttagen i en kopia men ändrad i en annan. Den förblir borttagen, med de senaste ändringarna i sig (återställ den om du vill använda dem).</source>
        <translation>%1: deleted in one copy but changed in another. It stays deleted, with the latest changes in it (restore it if you want to use them).</translation>
    </message>
    <message>
        <source>Kunde inte slås ihop; inget från kopian har kommit in.</source>
        <translation>Could not be merged; nothing from the copy has come in.</translation>
    </message>
    <message>
        <source>Uppgift</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Nya</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Senare ändringar som togs in</source>
        <translation>Later changes taken in</translation>
    </message>
    <message>
        <source>Konflikter (%1)</source>
        <translation>Conflicts (%1)</translation>
    </message>
    <message>
        <source>samma uppgift ändrad i flera kopior; inget har tagits bort:</source>
        <translation>the same item changed in several copies; nothing has been removed:</translation>
    </message>
    <message>
        <source>Oenighet: %1 frågor</source>
        <translation>Disagreement: %1 questions</translation>
    </message>
    <message>
        <source>Oenighet: 1 fråga</source>
        <translation>Disagreement: 1 question</translation>
    </message>
    <message>
        <source>Här har utvärderarna valt olika svar. Frågorna räknas som obesvarade tills du fastställt ett gemensamt svar i Samsyn.</source>
        <translation>Here the evaluators chose different answers. The questions count as unanswered until you have set an agreed answer in Consensus.</translation>
    </message>
    <message>
        <source>Ingen oenighet</source>
        <translation>No disagreement</translation>
    </message>
    <message>
        <source>Det finns ingen fråga där utvärderarna valt olika svar och som saknar gemensamt svar.</source>
        <translation>There is no question where the evaluators chose different answers and that lacks an agreed answer.</translation>
    </message>
    <message>
        <source>Samsyn</source>
        <translation>Consensus</translation>
    </message>
    <message>
        <source>&amp;Samsyn (oeniga frågor)</source>
        <translation>&amp;Consensus (disputed questions)</translation>
    </message>
    <message>
        <source>Frågor där utvärderarna svarat olika: fastställ teamets svar (Ctrl+5)</source>
        <translation>Questions the evaluators answered differently: set the team&apos;s answer (Ctrl+5)</translation>
    </message>
    <message>
        <source>Skapa &amp;kopia för utvärderare …</source>
        <translation>Make a &amp;copy for an evaluator …</translation>
    </message>
    <message>
        <source>En kopia av utvärderingen som en utvärderare arbetar i på sin egen dator</source>
        <translation>A copy of the evaluation that an evaluator works in on their own computer</translation>
    </message>
    <message>
        <source>Slå &amp;ihop kopior …</source>
        <translation>&amp;Merge copies …</translation>
    </message>
    <message>
        <source>Hämta in allt från utvärderarnas kopior: anteckningar, register och svar</source>
        <translation>Bring in everything from the evaluators&apos; copies: notes, registers and answers</translation>
    </message>
    <message>
        <source>Frågor där utvärderarna svarat olika och som ännu saknar gemensamt svar</source>
        <translation>Questions the evaluators answered differently that still lack an agreed answer</translation>
    </message>
    <message>
        <source>Samsyn (%1)</source>
        <translation>Consensus (%1)</translation>
    </message>
    <message>
        <source>&lt;a href=&apos;#&apos;&gt;%1 frågor med oenighet&lt;/a&gt;</source>
        <translation>&lt;a href=&apos;#&apos;&gt;%1 questions with disagreement&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&lt;a href=&apos;#&apos;&gt;1 fråga med oenighet&lt;/a&gt;</source>
        <translation>&lt;a href=&apos;#&apos;&gt;1 question with disagreement&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Andra utvärderares svar: %1</source>
        <translation>Other evaluators&apos; answers: %1</translation>
    </message>
    <message>
        <source>Ditt svar (%1): &lt;b&gt;%2&lt;/b&gt; · </source>
        <translation>Your answer (%1): &lt;b&gt;%2&lt;/b&gt; · </translation>
    </message>
    <message>
        <source>Teamets gemensamma svar: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>The team&apos;s agreed answer: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(&lt;a href=&apos;#&apos;&gt;ändra i Samsyn&lt;/a&gt;)</source>
        <translation>(&lt;a href=&apos;#&apos;&gt;change in Consensus&lt;/a&gt;)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Oenighet:&lt;/b&gt; frågan räknas som obesvarad tills teamet fastställt ett svar.</source>
        <translation>&lt;b&gt;Disagreement:&lt;/b&gt; the question counts as unanswered until the team has set an answer.</translation>
    </message>
    <message>
        <source>&lt;a href=&apos;#&apos;&gt;Avgör i Samsyn (Ctrl+5)&lt;/a&gt;</source>
        <translation>&lt;a href=&apos;#&apos;&gt;Decide in Consensus (Ctrl+5)&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Du (%1) har inte svarat på frågan; knapparna ovan gäller ditt eget svar.</source>
        <translation>You (%1) have not answered this question; the buttons above are for your own answer.</translation>
    </message>
    <message>
        <source>Kopian för %1 är sparad: %2. Slå ihop den med Arkiv ▸ Slå ihop kopior … när utvärderaren är klar.</source>
        <translation>The copy for %1 is saved: %2. Merge it with File ▸ Merge copies … when the evaluator is done.</translation>
    </message>
    <message>
        <source>Kopiorna slogs inte ihop</source>
        <translation>The copies were not merged</translation>
    </message>
    <message>
        <source>Ingen säkerhetskopia kunde tas före sammanslagningen, så filen har inte ändrats.</source>
        <translation>No backup could be taken before the merge, so the file has not been changed.</translation>
    </message>
</context>
<context>
    <name>TeamChart</name>
    <message>
        <source>&amp;Visa:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>Teamets svar (de som räknas; oeniga frågor är obesvarade) eller en utvärderares egna svar</source>
        <translation>The team&apos;s answers (those that count; disputed questions are unanswered) or one evaluator&apos;s own answers</translation>
    </message>
    <message>
        <source>Varje &amp;utvärderare</source>
        <translation>Each &amp;evaluator</translation>
    </message>
    <message>
        <source>Lägg varje utvärderares profil som en tunn linje över diagrammet: spridningen per område</source>
        <translation>Draw each evaluator&apos;s profile as a thin line over the chart: the spread per area</translation>
    </message>
    <message>
        <source>Teamets svar</source>
        <translation>Team&apos;s answers</translation>
    </message>
    <message>
        <source>Teamets profil räknar %1 oavgjorda frågor som obesvarade.</source>
        <translation>The team&apos;s profile counts %1 undecided questions as unanswered.</translation>
    </message>
    <message>
        <source>Teamets profil räknar 1 oavgjord fråga som obesvarad.</source>
        <translation>The team&apos;s profile counts 1 undecided question as unanswered.</translation>
    </message>
</context>
<context>
    <name>Upgrade</name>
    <message>
        <source>frågetext</source>
        <translation>question text</translation>
    </message>
    <message>
        <source>vägledning</source>
        <translation>guidance</translation>
    </message>
    <message>
        <source>poäng</source>
        <translation>points</translation>
    </message>
    <message>
        <source>svarsskala</source>
        <translation>answer scale</translation>
    </message>
    <message>
        <source>ej tillämplig tillåtet</source>
        <translation>not applicable allowed</translation>
    </message>
    <message>
        <source>svarsalternativ</source>
        <translation>answer options</translation>
    </message>
    <message>
        <source>delområde</source>
        <translation>sub-area</translation>
    </message>
    <message>
        <source>Frågebanken är den senaste (revision %1)</source>
        <translation>The question bank is the latest (revision %1)</translation>
    </message>
    <message>
        <source>Visa vad revision %1 av frågebanken ändrar, och uppgradera</source>
        <translation>Show what revision %1 of the question bank changes, and upgrade</translation>
    </message>
    <message>
        <source>En nyare version av frågebanken finns (revision %1). Arkiv ▸ Uppgradera frågebanken… visar vad som ändras.</source>
        <translation>A newer version of the question bank is available (revision %1). File ▸ Upgrade the question bank… shows what changes.</translation>
    </message>
    <message>
        <source>Frågebanken är redan den senaste.</source>
        <translation>The question bank is already the latest.</translation>
    </message>
    <message>
        <source>Frågebanken kunde inte uppgraderas</source>
        <translation>The question bank could not be upgraded</translation>
    </message>
    <message>
        <source>Den nya revisionen passar inte den här utvärderingen.</source>
        <translation>The new revision does not fit this evaluation.</translation>
    </message>
    <message>
        <source>Ingen säkerhetskopia kunde tas, så frågebanken har inte uppgraderats.</source>
        <translation>No backup could be taken, so the question bank has not been upgraded.</translation>
    </message>
    <message>
        <source>Utvärderingen är oförändrad.</source>
        <translation>The evaluation is unchanged.</translation>
    </message>
    <message>
        <source>Frågebanken är uppgraderad till revision %1. Säkerhetskopian från före uppgraderingen finns under Arkiv ▸ Återställ säkerhetskopia….</source>
        <translation>The question bank has been upgraded to revision %1. The backup from before the upgrade is under File ▸ Restore backup….</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <source>&lt;b&gt;%1 %2&lt;/b&gt; finns i en nyare version: revision %3 → %4. Så här ändras utvärderingen; inget är ändrat ännu.</source>
        <translation>&lt;b&gt;%1 %2&lt;/b&gt; has a newer version: revision %3 → %4. This is how the evaluation changes; nothing has changed yet.</translation>
    </message>
    <message>
        <source>Nya frågor (%1)</source>
        <translation>New questions (%1)</translation>
    </message>
    <message>
        <source>ny, %1 poäng</source>
        <translation>new, %1 points</translation>
    </message>
    <message>
        <source>Ändrade frågor (%1)</source>
        <translation>Changed questions (%1)</translation>
    </message>
    <message>
        <source>Borttagna frågor (%1)</source>
        <translation>Removed questions (%1)</translation>
    </message>
    <message>
        <source>svar och anteckningar flyttas till område %1, markerade</source>
        <translation>answer and notes move to area %1, marked</translation>
    </message>
    <message>
        <source>Svar som blir öppna (%1)</source>
        <translation>Answers that become open (%1)</translation>
    </message>
    <message>
        <source>svaret finns inte på den nya skalan: svara på nytt</source>
        <translation>the answer is not on the new scale: answer again</translation>
    </message>
    <message>
        <source>&lt;b&gt;En uppgradering kan inte ångras med Ctrl+Z.&lt;/b&gt; En säkerhetskopia av filen tas först; den kan återställas under Arkiv ▸ Återställ säkerhetskopia…. Svar och anteckningar följer med sina frågor; en borttagen frågas svar och anteckningar flyttas till dess område, markerade. Inget raderas.</source>
        <translation>&lt;b&gt;An upgrade cannot be undone with Ctrl+Z.&lt;/b&gt; A backup of the file is taken first; it can be restored under File ▸ Restore backup…. Answers and notes follow their questions; the answer and notes of a removed question move to its area, marked. Nothing is deleted.</translation>
    </message>
    <message>
        <source>&amp;Uppgradera</source>
        <translation>&amp;Upgrade</translation>
    </message>
    <message>
        <source>ändrat: %1</source>
        <translation>changed: %1</translation>
    </message>
    <message>
        <source>Uppgradera frågebanken</source>
        <translation>Upgrade the question bank</translation>
    </message>
    <message>
        <source>Frågorna som läggs till, ändras och tas bort, och svaren som blir öppna</source>
        <translation>The questions added, changed and removed, and the answers that become open</translation>
    </message>
    <message>
        <source>Fråga</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Ändring</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Poängen per område med dagens svar, före och efter uppgraderingen</source>
        <translation>Each area&apos;s score with today&apos;s answers, before and after the upgrade</translation>
    </message>
    <message>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Före</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Efter</source>
        <translation>After</translation>
    </message>
</context>
</TS>
