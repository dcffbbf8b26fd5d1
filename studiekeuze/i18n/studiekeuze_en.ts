<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl_BE">
<context>
    <name>AdvicePage</name>
    <message>
        <source>Advies</source>
        <translation>Advice</translation>
    </message>
    <message>
        <source>Not&amp;itie van de begeleider (komt op het advies):</source>
        <translation>Counsellor&apos;s no&amp;te (goes on the advice):</translation>
    </message>
    <message>
        <source>Notitie van de begeleider</source>
        <translation>Counsellor&apos;s note</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: volgende week samen naar de opendeurdag.</source>
        <translation>For example: next week we go to the open day together.</translation>
    </message>
    <message>
        <source>Extra bladzijde voor o&amp;uders</source>
        <translation>Extra page for &amp;parents</translation>
    </message>
    <message>
        <source>Extra bladzijde voor ouders</source>
        <translation>Extra page for parents</translation>
    </message>
    <message>
        <source>Taal van de bladzijde voor ouders</source>
        <translation>Language of the page for parents</translation>
    </message>
    <message>
        <source>alleen in het Nederlands</source>
        <translation>in Dutch only</translation>
    </message>
    <message>
        <source>ook in het %1 (%2)</source>
        <translation>also in %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Taal:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Leerling aanpass&amp;en…</source>
        <translation>&amp;Edit pupil…</translation>
    </message>
    <message>
        <source>Leerling aanpassen: waar de leerling nu zit</source>
        <translation>Edit pupil: where the pupil is now</translation>
    </message>
    <message>
        <source>&amp;Afdrukken…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <source>Advies afdrukken</source>
        <translation>Print the advice</translation>
    </message>
    <message>
        <source>Bewaar als &amp;PDF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>Advies bewaren als PDF</source>
        <translation>Save the advice as PDF</translation>
    </message>
    <message>
        <source>Voorbeeld van het advies</source>
        <translation>Preview of the advice</translation>
    </message>
    <message>
        <source>Kleiner (Ctrl+min)</source>
        <translation>Smaller (Ctrl+minus)</translation>
    </message>
    <message>
        <source>Kleiner (Ctrl+−)</source>
        <translation>Smaller (Ctrl+−)</translation>
    </message>
    <message>
        <source>Groter (Ctrl+plus)</source>
        <translation>Larger (Ctrl+plus)</translation>
    </message>
    <message>
        <source>Groter (Ctrl++)</source>
        <translation>Larger (Ctrl++)</translation>
    </message>
    <message>
        <source>Paginabreedte</source>
        <translation>Page width</translation>
    </message>
    <message>
        <source>Zo breed als het venster (Ctrl+0)</source>
        <translation>As wide as the window (Ctrl+0)</translation>
    </message>
    <message>
        <source>PDF &amp;openen</source>
        <translation>&amp;Open PDF</translation>
    </message>
    <message>
        <source>Open de bewaarde PDF</source>
        <translation>Open the saved PDF</translation>
    </message>
    <message>
        <source>Advies voor %1</source>
        <translation>Advice for %1</translation>
    </message>
    <message>
        <source>Open eerst een leerling of start de vragenlijst; dan verschijnt hier het advies om af te drukken.</source>
        <translation>First open a pupil or start the questionnaire; the advice to print then appears here.</translation>
    </message>
    <message>
        <source>%1 heeft nog geen vragen beantwoord.</source>
        <translation>%1 has not answered any questions yet.</translation>
    </message>
    <message>
        <source>%1 van de %2 tekens</source>
        <translation>%1 of %2 characters</translation>
    </message>
    <message>
        <source>Het advies wordt gemaakt…</source>
        <translation>Making the advice…</translation>
    </message>
    <message>
        <source>Klaar: 1 bladzijde. Druk af of bewaar als PDF.</source>
        <translation>Ready: 1 page. Print it or save it as PDF.</translation>
    </message>
    <message>
        <source>Klaar: %1 bladzijden. Druk af of bewaar als PDF.</source>
        <translation>Ready: %1 pages. Print them or save them as PDF.</translation>
    </message>
    <message>
        <source>Voor het advies is nodig waar de leerling nu zit. Kies met ‘Leerling aanpassen…’ de graad, en voor een 7de jaar ook welk 7de jaar (de huidige richting).</source>
        <translation>The advice needs to know where the pupil is now. Use ‘Edit pupil…’ to choose the stage (graad), and for a 7th year also which 7th year (the current programme).</translation>
    </message>
    <message>
        <source>Het advies kon niet gemaakt worden.</source>
        <translation>The advice could not be made.</translation>
    </message>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Bewaard in %1</source>
        <translation>Saved in %1</translation>
    </message>
    <message>
        <source>Bewaard als %1 in %2.</source>
        <translation>Saved as %1 in %2.</translation>
    </message>
    <message>
        <source>%1 kon niet geopend worden. Open het bestand zelf, of bewaar het opnieuw.</source>
        <translation>%1 could not be opened. Open the file yourself, or save it again.</translation>
    </message>
    <message>
        <source>De printer kon niet gestart worden. Kijk of hij aan staat en probeer opnieuw.</source>
        <translation>The printer could not be started. Check that it is switched on and try again.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Studiekeuze kan niet starten</source>
        <translation>Studiekeuze cannot start</translation>
    </message>
</context>
<context>
    <name>ClassImportDialog</name>
    <message>
        <source>Klas importeren</source>
        <translation>Import a class</translation>
    </message>
    <message>
        <source>&amp;Kort (30 vragen)</source>
        <translation>&amp;Short (30 questions)</translation>
    </message>
    <message>
        <source>&amp;Volledig (77 vragen)</source>
        <translation>&amp;Full (77 questions)</translation>
    </message>
    <message>
        <source>Klas, als de lijst geen kolom klas heeft</source>
        <translation>Class, if the list has no column klas</translation>
    </message>
    <message>
        <source>bijvoorbeeld 4B</source>
        <translation>for example 4B</translation>
    </message>
    <message>
        <source>Waar zit de klas nu?</source>
        <translation>Where is the class now?</translation>
    </message>
    <message>
        <source>Verschilt per leerling (staat in de lijst)</source>
        <translation>Differs per pupil (given in the list)</translation>
    </message>
    <message>
        <source>Kies…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Vragenlijst:</source>
        <translation>Questionnaire:</translation>
    </message>
    <message>
        <source>K&amp;las (als de lijst geen kolom &apos;klas&apos; heeft):</source>
        <translation>Cl&amp;ass (if the list has no column &apos;klas&apos;):</translation>
    </message>
    <message>
        <source>&amp;Waar zit de klas nu?</source>
        <translation>&amp;Where is the class now?</translation>
    </message>
    <message>
        <source>Kies het &amp;CSV-bestand…</source>
        <translation>Choose the &amp;CSV file…</translation>
    </message>
    <message>
        <source>Een klaslijst is een CSV-bestand (in Excel: Bewaren als &gt; CSV UTF-8) met een kolom voornaam, en als je wilt klas en huidige_richting. Andere kolommen worden niet ingelezen en niet bewaard. Is er één fout in de lijst, dan wordt niets ingelezen.</source>
        <translation>A class list is a CSV file (in Excel: Save As &gt; CSV UTF-8) with a column voornaam, and if you like klas and huidige_richting. Other columns are not read and not kept. If there is one mistake in the list, nothing is read.</translation>
    </message>
</context>
<context>
    <name>ClassScreen</name>
    <message>
        <source>&amp;Begeleider…</source>
        <translation>&amp;Counsellor…</translation>
    </message>
    <message>
        <source>Begeleider: alleen voor de begeleider</source>
        <translation>Counsellor: for the counsellor only</translation>
    </message>
    <message>
        <source>Ben jij dat? Druk dan op Start. Er zijn geen goede of foute antwoorden. Ben jij het niet? Roep dan je begeleider.</source>
        <translation>Is that you? Then press Start. There are no right or wrong answers. Is it not you? Then call your counsellor.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Start de vragenlijst</source>
        <translation>Start the questionnaire</translation>
    </message>
    <message>
        <source>Ik ben &amp;klaar</source>
        <translation>I am &amp;done</translation>
    </message>
    <message>
        <source>Ik ben klaar met de vragenlijst</source>
        <translation>I have finished the questionnaire</translation>
    </message>
    <message>
        <source>Klaar! Dank je wel.</source>
        <translation>Done! Thank you.</translation>
    </message>
    <message>
        <source>◀ Terug naar de &amp;vragen</source>
        <translation>◀ Back to the &amp;questions</translation>
    </message>
    <message>
        <source>Terug naar de vragen</source>
        <translation>Back to the questions</translation>
    </message>
    <message>
        <source>&amp;Klaar: geef door aan de volgende</source>
        <translation>&amp;Done: pass on to the next pupil</translation>
    </message>
    <message>
        <source>Klaar: geef de computer door aan de volgende leerling</source>
        <translation>Done: pass the computer on to the next pupil</translation>
    </message>
    <message>
        <source>Iedereen is klaar.</source>
        <translation>Everyone is done.</translation>
    </message>
    <message>
        <source>Roep de begeleider.</source>
        <translation>Call the counsellor.</translation>
    </message>
    <message>
        <source>Leerlingen van de klas</source>
        <translation>Pupils of the class</translation>
    </message>
    <message>
        <source>&amp;Laat deze leerling beginnen</source>
        <translation>&amp;Let this pupil begin</translation>
    </message>
    <message>
        <source>Laat de gekozen leerling beginnen</source>
        <translation>Let the chosen pupil begin</translation>
    </message>
    <message>
        <source>&amp;Terug naar het scherm van de leerling</source>
        <translation>&amp;Back to the pupil&apos;s screen</translation>
    </message>
    <message>
        <source>Terug naar het scherm van de leerling</source>
        <translation>Back to the pupil&apos;s screen</translation>
    </message>
    <message>
        <source>Klassessie &amp;stoppen</source>
        <translation>&amp;Stop the class session</translation>
    </message>
    <message>
        <source>Klassessie stoppen en terug naar de lijst</source>
        <translation>Stop the class session and go back to the list</translation>
    </message>
    <message>
        <source>Klas %1</source>
        <translation>Class %1</translation>
    </message>
    <message>
        <source>Nu aan de beurt: %1 (%2)</source>
        <translation>Now it is the turn of: %1 (%2)</translation>
    </message>
    <message>
        <source>Hallo %1!</source>
        <translation>Hello %1!</translation>
    </message>
    <message>
        <source>Je beantwoordde alle %1 vragen. Je antwoorden zijn bewaard.</source>
        <translation>You answered all %1 questions. Your answers are saved.</translation>
    </message>
    <message>
        <source>Je beantwoordde %1 van de %2 vragen. Je antwoorden zijn bewaard. Wil je verder doen? Ga dan terug naar de vragen.</source>
        <translation>You answered %1 of the %2 questions. Your answers are saved. Do you want to go on? Then go back to the questions.</translation>
    </message>
    <message>
        <source>Je begeleider bespreekt je profiel later met jou.</source>
        <translation>Your counsellor will talk about your profile with you later.</translation>
    </message>
    <message>
        <source>Klas %1: overzicht voor de begeleider</source>
        <translation>Class %1: overview for the counsellor</translation>
    </message>
    <message>
        <source>klaar</source>
        <translation>done</translation>
    </message>
    <message>
        <source>bezig: %1 antwoorden</source>
        <translation>busy: %1 answers</translation>
    </message>
    <message>
        <source>nog niet begonnen</source>
        <translation>not started yet</translation>
    </message>
    <message>
        <source> (aan de beurt)</source>
        <translation> (their turn)</translation>
    </message>
</context>
<context>
    <name>ClassTools</name>
    <message>
        <source>Klassen</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Toon de leerlingen van klas</source>
        <translation>Show the pupils of class</translation>
    </message>
    <message>
        <source>&amp;Toon:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>Klas &amp;importeren…</source>
        <translation>&amp;Import a class…</translation>
    </message>
    <message>
        <source>Klas importeren uit een CSV-bestand</source>
        <translation>Import a class from a CSV file</translation>
    </message>
    <message>
        <source>&amp;Klassessie starten</source>
        <translation>S&amp;tart a class session</translation>
    </message>
    <message>
        <source>Klassessie starten: de leerlingen van de klas vullen na elkaar de vragenlijst in</source>
        <translation>Start a class session: the pupils of the class fill in the questionnaire one after the other</translation>
    </message>
    <message>
        <source>&amp;Adviezen voor de klas…</source>
        <translation>&amp;Advice for the class…</translation>
    </message>
    <message>
        <source>Alle adviezen van de klas als PDF bewaren</source>
        <translation>Save all advice of the class as PDF</translation>
    </message>
    <message>
        <source>Klas wiss&amp;en…</source>
        <translation>E&amp;rase the class…</translation>
    </message>
    <message>
        <source>Alle leerlingen van de klas voorgoed wissen</source>
        <translation>Erase all pupils of the class for good</translation>
    </message>
    <message>
        <source>Alle leerlingen</source>
        <translation>All pupils</translation>
    </message>
    <message>
        <source>Klas %1</source>
        <translation>Class %1</translation>
    </message>
    <message>
        <source>Kies de klaslijst</source>
        <translation>Choose the class list</translation>
    </message>
    <message>
        <source>Klaslijsten (*.csv *.txt)</source>
        <translation>Class lists (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Alle bestanden (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>De gegevens worden nog geladen. Probeer zo dadelijk opnieuw.</source>
        <translation>The data is still loading. Try again in a moment.</translation>
    </message>
    <message>
        <source>Klaslijst niet ingelezen</source>
        <translation>Class list not read</translation>
    </message>
    <message>
        <source>… en nog %1 regels: zie Details.</source>
        <translation>… and %1 more lines: see Details.</translation>
    </message>
    <message>
        <source>Er is niets ingelezen. Verbeter het bestand en probeer opnieuw.</source>
        <translation>Nothing was read. Correct the file and try again.</translation>
    </message>
    <message>
        <source>1 leerling ingelezen</source>
        <translation>1 pupil read</translation>
    </message>
    <message>
        <source>%1 leerlingen ingelezen</source>
        <translation>%1 pupils read</translation>
    </message>
    <message>
        <source>%1 in klas %2 (vragenlijst: %3).</source>
        <translation>%1 in class %2 (questionnaire: %3).</translation>
    </message>
    <message>
        <source>Er zijn geen nieuwe leerlingen ingelezen.</source>
        <translation>No new pupils were read.</translation>
    </message>
    <message>
        <source>Stonden al in de lijst, niet opnieuw toegevoegd: %1.</source>
        <translation>Already in the list, not added again: %1.</translation>
    </message>
    <message>
        <source>Niet ingelezen (niet nodig, niet bewaard): de kolommen %1.</source>
        <translation>Not read (not needed, not kept): the columns %1.</translation>
    </message>
    <message>
        <source>Klas ingelezen</source>
        <translation>Class read</translation>
    </message>
    <message>
        <source>Kies de map voor de adviezen van klas %1</source>
        <translation>Choose the folder for the advice of class %1</translation>
    </message>
    <message>
        <source>De adviezen van klas %1 worden gemaakt…</source>
        <translation>Making the advice for class %1…</translation>
    </message>
    <message>
        <source>Stoppen</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Adviezen voor klas %1</source>
        <translation>Advice for class %1</translation>
    </message>
    <message>
        <source>Advies voor %1 (%2 van %3)…</source>
        <translation>Advice for %1 (%2 of %3)…</translation>
    </message>
    <message>
        <source>Gestopt. %1 adviezen waren al gemaakt in %2. Er is geen PDF met alle adviezen samen.</source>
        <translation>Stopped. %1 advice sheets had already been made in %2. There is no PDF with all advice together.</translation>
    </message>
    <message>
        <source>%1 adviezen gemaakt in %2.</source>
        <translation>%1 advice sheets made in %2.</translation>
    </message>
    <message>
        <source>Er is geen enkel advies gemaakt.</source>
        <translation>No advice was made at all.</translation>
    </message>
    <message>
        <source>Alles samen om te printen: %1</source>
        <translation>Everything together to print: %1</translation>
    </message>
    <message>
        <source>Nog geen antwoorden, dus geen advies: %1.</source>
        <translation>No answers yet, so no advice: %1.</translation>
    </message>
    <message>
        <source>Niet gemaakt:</source>
        <translation>Not made:</translation>
    </message>
    <message>
        <source>Adviezen voor de klas</source>
        <translation>Advice for the class</translation>
    </message>
    <message>
        <source>Klas wissen</source>
        <translation>Erase the class</translation>
    </message>
    <message>
        <source>Alle %1 leerlingen van klas %2 voorgoed wissen? Hun antwoorden, resultaten en notities worden gewist. Dit kan niet ongedaan worden.</source>
        <translation>Erase all %1 pupils of class %2 for good? Their answers, results and notes are erased. This cannot be undone.</translation>
    </message>
    <message>
        <source>Klas %1 wissen</source>
        <translation>Erase class %1</translation>
    </message>
    <message>
        <source>Niet wissen</source>
        <translation>Do not erase</translation>
    </message>
    <message>
        <source>Klas %1 gewist: %2 leerlingen.</source>
        <translation>Class %1 erased: %2 pupils.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Twee richtingen naast elkaar</source>
        <translation>Two programmes side by side</translation>
    </message>
    <message>
        <source>Vergelijking</source>
        <translation>Comparison</translation>
    </message>
</context>
<context>
    <name>CounsellorCheck</name>
    <message>
        <source>Alleen voor de begeleider</source>
        <translation>For the counsellor only</translation>
    </message>
    <message>
        <source>Typ de begeleidercode om naar de lijst of naar een andere leerling te gaan.</source>
        <translation>Type the counsellor code to go to the list or to another pupil.</translation>
    </message>
    <message>
        <source>Begeleidercode</source>
        <translation>Counsellor code</translation>
    </message>
    <message>
        <source>Verder</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Ben je een leerling? Sluit dit venster met Annuleren.</source>
        <translation>Are you a pupil? Close this window with Cancel.</translation>
    </message>
    <message>
        <source>Dat klopt niet. Typ de begeleidercode.</source>
        <translation>That is not right. Type the counsellor code.</translation>
    </message>
</context>
<context>
    <name>DoneView</name>
    <message>
        <source>Klaar!</source>
        <translation>Done!</translation>
    </message>
    <message>
        <source>Bekijk je &amp;profiel en suggesties</source>
        <translation>See your &amp;profile and suggestions</translation>
    </message>
    <message>
        <source>Bekijk je profiel en suggesties</source>
        <translation>See your profile and suggestions</translation>
    </message>
    <message>
        <source>◀ Terug naar de &amp;vragen</source>
        <translation>◀ Back to the &amp;questions</translation>
    </message>
    <message>
        <source>Terug naar de vragen</source>
        <translation>Back to the questions</translation>
    </message>
    <message>
        <source>Je beantwoordde alle %1 vragen. Goed gedaan!</source>
        <translation>You answered all %1 questions. Well done!</translation>
    </message>
    <message>
        <source>Je beantwoordde %1 van de %2 vragen. Je kunt terug om de rest in te vullen, of nu al je profiel bekijken.</source>
        <translation>You answered %1 of the %2 questions. You can go back to fill in the rest, or look at your profile now.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Dat lukte niet</source>
        <translation>That did not work</translation>
    </message>
    <message>
        <source>Er ging iets mis</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>Er ging iets onverwacht mis. Je werk is bewaard. Probeer het opnieuw; lukt het niet, geef dan de details door aan wie de computer beheert.</source>
        <translation>Something unexpected went wrong. Your work is saved. Try again; if it still does not work, give the details to whoever looks after the computer.</translation>
    </message>
    <message>
        <source>Kopieer details</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <source>Open logmap</source>
        <translation>Open log folder</translation>
    </message>
    <message>
        <source>Logbestand: %1</source>
        <translation>Log file: %1</translation>
    </message>
</context>
<context>
    <name>ExplorePage</name>
    <message>
        <source>Zoek een richting, een beroep of iets wat je graag doet…</source>
        <translation>Look for a programme, a job or something you like doing…</translation>
    </message>
    <message>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>&amp;Zoeken:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Filter op graad</source>
        <translation>Filter by stage</translation>
    </message>
    <message>
        <source>Alle graden</source>
        <translation>All stages</translation>
    </message>
    <message>
        <source>Filter op finaliteit</source>
        <translation>Filter by finaliteit</translation>
    </message>
    <message>
        <source>Alle finaliteiten</source>
        <translation>All finaliteiten</translation>
    </message>
    <message>
        <source>Filter op domein</source>
        <translation>Filter by domain</translation>
    </message>
    <message>
        <source>Alle domeinen</source>
        <translation>All domains</translation>
    </message>
    <message>
        <source>Gevonden richtingen</source>
        <translation>Programmes found</translation>
    </message>
    <message>
        <source>Lijst of overzicht</source>
        <translation>List or overview</translation>
    </message>
    <message>
        <source>&amp;Lijst</source>
        <translation>&amp;List</translation>
    </message>
    <message>
        <source>&amp;Overzicht per domein</source>
        <translation>&amp;Overview by domain</translation>
    </message>
    <message>
        <source>◀ &amp;Terug</source>
        <translation>◀ &amp;Back</translation>
    </message>
    <message>
        <source>Terug naar de vorige richting</source>
        <translation>Back to the previous programme</translation>
    </message>
    <message>
        <source>Terug (Alt+Links)</source>
        <translation>Back (Alt+Left)</translation>
    </message>
    <message>
        <source>&amp;Vooruit ▶</source>
        <translation>For&amp;ward ▶</translation>
    </message>
    <message>
        <source>Vooruit naar de volgende richting</source>
        <translation>Forward to the next programme</translation>
    </message>
    <message>
        <source>Vooruit (Alt+Rechts)</source>
        <translation>Forward (Alt+Right)</translation>
    </message>
    <message>
        <source>Zet op het &amp;advies</source>
        <translation>Add to the &amp;advice</translation>
    </message>
    <message>
        <source>Zet deze richting op het advies</source>
        <translation>Add this programme to the advice</translation>
    </message>
    <message>
        <source>Over de richting</source>
        <translation>About the programme</translation>
    </message>
    <message>
        <source>Zoek een richting en bekijk wat je er leert, wat je er doet en waar ze naartoe leidt.</source>
        <translation>Look for a programme and see what you learn there, what you do there and where it leads.</translation>
    </message>
    <message>
        <source>Verkennen</source>
        <translation>Explore</translation>
    </message>
    <message>
        <source>Geen richtingen gevonden. Probeer een ander woord of minder filters.</source>
        <translation>No programmes found. Try another word or fewer filters.</translation>
    </message>
    <message>
        <source>1 richting gevonden</source>
        <translation>1 programme found</translation>
    </message>
    <message>
        <source>%1 richtingen gevonden</source>
        <translation>%1 programmes found</translation>
    </message>
    <message>
        <source>(gezocht op: %1)</source>
        <translation>(searched for: %1)</translation>
    </message>
    <message>
        <source>Lees de pagina over de richting voor</source>
        <translation>Read the page about the programme aloud</translation>
    </message>
    <message>
        <source>Terug naar de vorige pagina (Alt+Links)</source>
        <translation>Back to the previous page (Alt+Left)</translation>
    </message>
    <message>
        <source>Welkom</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Kies links een richting. Je ziet dan wat je er leert, wat je er doet, welke beroepen erbij horen en naar welke richtingen of opleidingen je daarna kunt gaan.</source>
        <translation>Choose a programme on the left. You then see what you learn there, what you do there, which jobs go with it and which programmes or courses you can go on to afterwards.</translation>
    </message>
    <message>
        <source>Tip: klik op een richting onder ‘Waar kun je daarna naartoe?’ om verder te wandelen. Met ‘Terug’ ga je een stap terug.</source>
        <translation>Tip: click a programme under ‘Waar kun je daarna naartoe?’ to walk on. ‘Back’ takes you one step back.</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <source>Zoeken &amp;in:</source>
        <translation>Look &amp;in:</translation>
    </message>
    <message>
        <source>Bestands&amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>Folders</name>
    <message>
        <source>De gegevens zijn gewist, maar %1 kon niet bijgewerkt worden. Daarin staat misschien nog de map waarin een advies of export van deze leerling kwam. Wis dat bestand zelf, of vraag het aan wie de computer beheert.</source>
        <translation>The data has been erased, but %1 could not be updated. It may still name the folder where an advice or export of this pupil was saved. Delete that file yourself, or ask whoever manages this computer.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Hulp bij studiekeuze</source>
        <translation>Help with studiekeuze</translation>
    </message>
    <message>
        <source>Zoeken in de hulp</source>
        <translation>Search the help</translation>
    </message>
    <message>
        <source>Zoek in de hulp, bijvoorbeeld: finaliteit, duaal, wissen…</source>
        <translation>Search the help (in Dutch), for example: finaliteit, duaal, wissen…</translation>
    </message>
    <message>
        <source>&amp;Zoeken:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Hulppagina&apos;s</source>
        <translation>Help pages</translation>
    </message>
    <message>
        <source>Hulptekst</source>
        <translation>Help text</translation>
    </message>
    <message>
        <source>Voor leerlingen en iedereen</source>
        <translation>For pupils and everyone</translation>
    </message>
    <message>
        <source>Voor begeleiders</source>
        <translation>For counsellors</translation>
    </message>
    <message>
        <source>Geen hulppagina gevonden. Probeer een ander woord.</source>
        <translation>No help page found. Try another word.</translation>
    </message>
    <message>
        <source>Geen hulppagina gevonden.</source>
        <translation>No help page found.</translation>
    </message>
    <message>
        <source>1 pagina gevonden</source>
        <translation>1 page found</translation>
    </message>
    <message>
        <source>%1 pagina&apos;s gevonden</source>
        <translation>%1 pages found</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>naam</source>
        <translation>name</translation>
    </message>
    <message>
        <source>zoekwoord</source>
        <translation>search word</translation>
    </message>
    <message>
        <source>synoniem</source>
        <translation>synonym</translation>
    </message>
    <message>
        <source>beroepen</source>
        <translation>jobs</translation>
    </message>
    <message>
        <source>beschrijving</source>
        <translation>description</translation>
    </message>
    <message>
        <source>wat je doet</source>
        <translation>what you do</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>De taal kon niet bewaard worden in %1. Het programma start dus weer in dezelfde taal. Kijk of je in die map mag schrijven, of vraag het aan wie de computer beheert.</source>
        <translation>The language could not be saved in %1, so the program will start in the same language again. Check that you may write in that folder, or ask whoever manages this computer.</translation>
    </message>
</context>
<context>
    <name>LanguageSettings</name>
    <message>
        <source>Taal van het programma</source>
        <translation>Language of the program</translation>
    </message>
    <message>
        <source>Zoals het systeem (%1)</source>
        <translation>As the system (%1)</translation>
    </message>
    <message>
        <source>&amp;Taal van het programma:</source>
        <translation>&amp;Language of the program:</translation>
    </message>
    <message>
        <source>De menu&apos;s, knoppen en meldingen van studiekeuze. Een andere taal geldt vanaf de volgende start. De richtingen, de vragenlijst en het advies blijven in het Nederlands.</source>
        <translation>The menus, buttons and messages of studiekeuze. Another language applies from the next start. The programmes, the questionnaire and the advice stay in Dutch.</translation>
    </message>
    <message>
        <source>Taal bewaard: %1. Dat geldt vanaf de volgende start.</source>
        <translation>Language saved: %1. It applies from the next start.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Studiekeuze</source>
        <translation>Studiekeuze</translation>
    </message>
    <message>
        <source>Verkennen</source>
        <translation>Explore</translation>
    </message>
    <message>
        <source>Vragenlijst</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>Profiel &amp; suggesties</source>
        <translation>Profile &amp; suggestions</translation>
    </message>
    <message>
        <source>Advies</source>
        <translation>Advice</translation>
    </message>
    <message>
        <source>Leerlingen</source>
        <translation>Pupils</translation>
    </message>
    <message>
        <source>Pagina&apos;s</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>&amp;Nieuwe leerling</source>
        <translation>&amp;New pupil</translation>
    </message>
    <message>
        <source>Nieuwe leerling</source>
        <translation>New pupil</translation>
    </message>
    <message>
        <source>Leerling &amp;sluiten</source>
        <translation>&amp;Close pupil</translation>
    </message>
    <message>
        <source>Leerling sluiten: het scherm wordt leeg</source>
        <translation>Close pupil: the screen is cleared</translation>
    </message>
    <message>
        <source>De gegevens worden geladen…</source>
        <translation>Loading the data…</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Leerling aanpass&amp;en…</source>
        <translation>&amp;Edit pupil…</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Privacy-instellingen…</source>
        <translation>&amp;Privacy settings…</translation>
    </message>
    <message>
        <source>&amp;Taal van het programma…</source>
        <translation>&amp;Language of the program…</translation>
    </message>
    <message>
        <source>&amp;Ga naar</source>
        <translation>&amp;Go to</translation>
    </message>
    <message>
        <source>&amp;Verkennen</source>
        <translation>&amp;Explore</translation>
    </message>
    <message>
        <source>V&amp;ragenlijst</source>
        <translation>&amp;Questionnaire</translation>
    </message>
    <message>
        <source>&amp;Profiel &amp;&amp; suggesties</source>
        <translation>&amp;Profile &amp;&amp; suggestions</translation>
    </message>
    <message>
        <source>&amp;Advies</source>
        <translation>&amp;Advice</translation>
    </message>
    <message>
        <source>&amp;Leerlingen</source>
        <translation>P&amp;upils</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Hulp bij studiekeuze</source>
        <translation>&amp;Help with studiekeuze</translation>
    </message>
    <message>
        <source>&amp;Over studiekeuze</source>
        <translation>&amp;About studiekeuze</translation>
    </message>
    <message>
        <source>De gegevens konden niet geladen worden.</source>
        <translation>The data could not be loaded.</translation>
    </message>
    <message>
        <source>Gegevens van %1. Werkt zonder internet.</source>
        <translation>Data from %1. Works without internet.</translation>
    </message>
    <message>
        <source>Van het &amp;advies halen</source>
        <translation>Remove from the &amp;advice</translation>
    </message>
    <message>
        <source>Haal deze richting van het advies van %1</source>
        <translation>Remove this programme from %1&apos;s advice</translation>
    </message>
    <message>
        <source>Zet op het &amp;advies</source>
        <translation>Add to the &amp;advice</translation>
    </message>
    <message>
        <source>Zet deze richting op het advies van %1</source>
        <translation>Add this programme to %1&apos;s advice</translation>
    </message>
    <message>
        <source>Het advies van %1</source>
        <translation>%1&apos;s advice</translation>
    </message>
    <message>
        <source>%1 zit nu in deze richting.</source>
        <translation>%1 is in this programme now.</translation>
    </message>
    <message>
        <source>Er passen hoogstens %1 richtingen op één advies. Laat er eerst een weg op de pagina Profiel &amp; suggesties.</source>
        <translation>At most %1 programmes fit on one advice. First leave one out on the Profile &amp; suggestions page.</translation>
    </message>
    <message>
        <source>%1 staat nu op het advies van %2.</source>
        <translation>%1 is now on %2&apos;s advice.</translation>
    </message>
    <message>
        <source>%1 staat niet meer op het advies van %2.</source>
        <translation>%1 is no longer on %2&apos;s advice.</translation>
    </message>
    <message>
        <source>Geen leerling geopend</source>
        <translation>No pupil open</translation>
    </message>
    <message>
        <source>Leerling: %1</source>
        <translation>Pupil: %1</translation>
    </message>
    <message>
        <source>Klassessie</source>
        <translation>Class session</translation>
    </message>
    <message>
        <source>Vragenlijst van %1</source>
        <translation>Questionnaire of %1</translation>
    </message>
    <message>
        <source>Profiel van %1</source>
        <translation>Profile of %1</translation>
    </message>
    <message>
        <source>Advies voor %1</source>
        <translation>Advice for %1</translation>
    </message>
    <message>
        <source>%1 oude sessies gewist (bewaartermijn, zie Privacy-instellingen).</source>
        <translation>Erased %1 old sessions (retention period, see Privacy settings).</translation>
    </message>
    <message>
        <source>Verder met %1?</source>
        <translation>Go on with %1?</translation>
    </message>
    <message>
        <source>Studiekeuze werd de vorige keer niet gewoon afgesloten. Alles is bewaard. Wil je verder met %1?</source>
        <translation>Studiekeuze was not closed normally last time. Everything is saved. Do you want to go on with %1?</translation>
    </message>
    <message>
        <source>Verder met %1</source>
        <translation>Go on with %1</translation>
    </message>
    <message>
        <source>Nu niet</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>Verken studierichtingen, vul een interessevragenlijst in en bekijk positieve volgende stappen in alle finaliteiten.</source>
        <translation>Explore study programmes, fill in an interest questionnaire and look at positive next steps in every finaliteit.</translation>
    </message>
    <message>
        <source>Studiekeuze werkt zonder internet. Leerlinggegevens blijven op deze computer, in:</source>
        <translation>Studiekeuze works without internet. Pupils&apos; data stays on this computer, in:</translation>
    </message>
    <message>
        <source>Gegevensversie</source>
        <translation>Data version</translation>
    </message>
    <message>
        <source>Bronnen</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Licentie: EUPL-1.2</source>
        <translation>Licence: EUPL-1.2</translation>
    </message>
    <message>
        <source>Over studiekeuze</source>
        <translation>About studiekeuze</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>Graad van het overzicht</source>
        <translation>Stage of the overview</translation>
    </message>
    <message>
        <source>G&amp;raad:</source>
        <translation>S&amp;tage:</translation>
    </message>
    <message>
        <source>Aantal richtingen per domein en finaliteit</source>
        <translation>Number of programmes by domain and finaliteit</translation>
    </message>
    <message>
        <source>Kies een vakje om de richtingen te zien (klik of Enter).</source>
        <translation>Choose a cell to see its programmes (click or Enter).</translation>
    </message>
    <message>
        <source>%1 richtingen: %2 · %3</source>
        <translation>%1 programmes: %2 · %3</translation>
    </message>
</context>
<context>
    <name>NewCodeFields</name>
    <message>
        <source>Nieuwe begeleidercode</source>
        <translation>New counsellor code</translation>
    </message>
    <message>
        <source>Herhaal de nieuwe begeleidercode</source>
        <translation>Repeat the new counsellor code</translation>
    </message>
    <message>
        <source>Kies een begeleidercode van minstens %1 tekens.</source>
        <translation>Choose a counsellor code of at least %1 characters.</translation>
    </message>
    <message>
        <source>De begeleidercode heeft minstens %1 tekens.</source>
        <translation>The counsellor code has at least %1 characters.</translation>
    </message>
    <message>
        <source>De twee codes zijn niet hetzelfde. Typ de nieuwe code twee keer.</source>
        <translation>The two codes are not the same. Type the new code twice.</translation>
    </message>
</context>
<context>
    <name>NewCounsellorCode</name>
    <message>
        <source>Begeleidercode instellen</source>
        <translation>Set a counsellor code</translation>
    </message>
    <message>
        <source>Nieuwe &amp;begeleidercode:</source>
        <translation>New &amp;counsellor code:</translation>
    </message>
    <message>
        <source>&amp;Herhaal de code:</source>
        <translation>&amp;Repeat the code:</translation>
    </message>
    <message>
        <source>Code bewaren en klassessie starten</source>
        <translation>Save the code and start the class session</translation>
    </message>
    <message>
        <source>Eerst een begeleidercode</source>
        <translation>First a counsellor code</translation>
    </message>
    <message>
        <source>Tijdens een klassessie ziet een leerling alleen zijn eigen scherm. Alleen met de begeleidercode kun je de klas bekijken, een andere leerling laten beginnen of de klassessie stoppen. Kies een code van minstens %1 tekens en typ ze twee keer.</source>
        <translation>During a class session a pupil sees only their own screen. Only with the counsellor code can you look at the class, let another pupil begin or stop the class session. Choose a code of at least %1 characters and type it twice.</translation>
    </message>
    <message>
        <source>Onthoud de code goed. Vergeten tijdens een klassessie? Sluit studiekeuze dan via het systeem (bijvoorbeeld Taakbeheer): elk antwoord is al bewaard. Stel daarna een nieuwe code in bij Bestand › Privacy-instellingen. Meer in Help › Klassessie en begeleidercode.</source>
        <translation>Remember the code well. Forgotten during a class session? Then close studiekeuze through the system (for example Task Manager): every answer is already saved. Then set a new code in File › Privacy settings. More in Help › Klassessie en begeleidercode.</translation>
    </message>
</context>
<context>
    <name>PrivacySettings</name>
    <message>
        <source>Privacy-instellingen</source>
        <translation>Privacy settings</translation>
    </message>
    <message>
        <source>Bewaartermijn in maanden, 0 is niet automatisch wissen</source>
        <translation>Retention period in months, 0 is no automatic erasing</translation>
    </message>
    <message>
        <source> maanden</source>
        <translation> months</translation>
    </message>
    <message>
        <source>niet automatisch wissen</source>
        <translation>no automatic erasing</translation>
    </message>
    <message>
        <source>leeg laten: niet wijzigen</source>
        <translation>leave empty: no change</translation>
    </message>
    <message>
        <source>Code &amp;verwijderen</source>
        <translation>&amp;Remove code</translation>
    </message>
    <message>
        <source>Begeleidercode verwijderen</source>
        <translation>Remove the counsellor code</translation>
    </message>
    <message>
        <source>&amp;Wis sessies die zo lang niet gewijzigd zijn:</source>
        <translation>&amp;Erase sessions not changed for this long:</translation>
    </message>
    <message>
        <source>Nieuwe &amp;begeleidercode:</source>
        <translation>New &amp;counsellor code:</translation>
    </message>
    <message>
        <source>&amp;Herhaal de nieuwe code:</source>
        <translation>Re&amp;peat the new code:</translation>
    </message>
    <message>
        <source>Sessies die langer dan de bewaartermijn niet gewijzigd zijn, worden voorgoed gewist telkens de app start. De begeleidercode is nodig om een klassessie te starten en te verlaten. Wijzigen of verwijderen kan alleen hier, buiten een klassessie.</source>
        <translation>Sessions not changed for longer than the retention period are erased for good each time the app starts. The counsellor code is needed to start and to leave a class session. It can only be changed or removed here, outside a class session.</translation>
    </message>
    <message>
        <source>Er is een begeleidercode ingesteld.</source>
        <translation>A counsellor code is set.</translation>
    </message>
    <message>
        <source>Er is geen begeleidercode ingesteld.</source>
        <translation>No counsellor code is set.</translation>
    </message>
    <message>
        <source>sessies worden niet automatisch gewist</source>
        <translation>sessions are not erased automatically</translation>
    </message>
    <message>
        <source>sessies worden gewist na %1 maanden zonder wijziging</source>
        <translation>sessions are erased after %1 months without a change</translation>
    </message>
    <message>
        <source>Privacy-instellingen bewaard: %1.</source>
        <translation>Privacy settings saved: %1.</translation>
    </message>
    <message>
        <source>De nieuwe begeleidercode is ingesteld.</source>
        <translation>The new counsellor code is set.</translation>
    </message>
    <message>
        <source>De begeleidercode is verwijderd.</source>
        <translation>The counsellor code is removed.</translation>
    </message>
</context>
<context>
    <name>ProfileChart</name>
    <message>
        <source>Interesseprofiel</source>
        <translation>Interest profile</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Profiel &amp; suggesties</source>
        <translation>Profile &amp; suggestions</translation>
    </message>
    <message>
        <source>Naar de &amp;vragenlijst</source>
        <translation>To the &amp;questionnaire</translation>
    </message>
    <message>
        <source>Naar de vragenlijst</source>
        <translation>To the questionnaire</translation>
    </message>
    <message>
        <source>Leerling aan&amp;passen…</source>
        <translation>Edit p&amp;upil…</translation>
    </message>
    <message>
        <source>Leerling aanpassen: naam, klas, waar de leerling nu zit</source>
        <translation>Edit pupil: name, class, where the pupil is now</translation>
    </message>
    <message>
        <source>Keuzes voor het advies &amp;wissen</source>
        <translation>&amp;Reset the choices for the advice</translation>
    </message>
    <message>
        <source>Keuzes voor het advies wissen</source>
        <translation>Reset the choices for the advice</translation>
    </message>
    <message>
        <source>Wat doe je graag?</source>
        <translation>What do you like doing?</translation>
    </message>
    <message>
        <source>Lees voor wat je profiel zegt</source>
        <translation>Read aloud what your profile says</translation>
    </message>
    <message>
        <source>Wat zegt dit?</source>
        <translation>What does this say?</translation>
    </message>
    <message>
        <source>Suggesties per finaliteit</source>
        <translation>Suggestions by finaliteit</translation>
    </message>
    <message>
        <source>Vergelijk de twee gekozen &amp;richtingen</source>
        <translation>Compare the two chosen &amp;programmes</translation>
    </message>
    <message>
        <source>Vergelijk de twee gekozen richtingen</source>
        <translation>Compare the two chosen programmes</translation>
    </message>
    <message>
        <source>Naar het &amp;advies ▶</source>
        <translation>To the &amp;advice ▶</translation>
    </message>
    <message>
        <source>Naar het advies</source>
        <translation>To the advice</translation>
    </message>
    <message>
        <source>Suggesties voor je volgende stap</source>
        <translation>Suggestions for your next step</translation>
    </message>
    <message>
        <source>Profiel en suggesties</source>
        <translation>Profile and suggestions</translation>
    </message>
    <message>
        <source>%1 heeft nog geen vragen beantwoord.</source>
        <translation>%1 has not answered any questions yet.</translation>
    </message>
    <message>
        <source>Profiel van %1</source>
        <translation>Profile of %1</translation>
    </message>
    <message>
        <source>Even rekenen…</source>
        <translation>Working it out…</translation>
    </message>
    <message>
        <source>Voor suggesties is nodig waar de leerling nu zit. Kies met ‘Leerling aanpassen…’ de graad, en voor een 7de jaar ook welk 7de jaar (de huidige richting).</source>
        <translation>Suggestions need to know where the pupil is now. Use ‘Edit pupil…’ to choose the stage (graad), and for a 7th year also which 7th year (the current programme).</translation>
    </message>
    <message>
        <source>De suggesties konden niet berekend worden.</source>
        <translation>The suggestions could not be worked out.</translation>
    </message>
    <message>
        <source>Hier zie je het profiel en de suggesties zodra een leerling de vragenlijst invult.</source>
        <translation>Here you see the profile and the suggestions as soon as a pupil fills in the questionnaire.</translation>
    </message>
    <message>
        <source>Hoe langer de streep, hoe liever je dat soort dingen doet. Er is geen goed of fout: het profiel helpt om samen te praten over wat bij je past.</source>
        <translation>The longer the bar, the more you like doing that kind of thing. There is no right or wrong: the profile helps you talk together about what suits you.</translation>
    </message>
    <message>
        <source>Na %1 (%2). Alle finaliteiten zijn even goede keuzes.</source>
        <translation>After %1 (%2). All finaliteiten are equally good choices.</translation>
    </message>
    <message>
        <source>Richtingen in de %1. Alle finaliteiten zijn even goede keuzes.</source>
        <translation>Programmes in the %1. All finaliteiten are equally good choices.</translation>
    </message>
    <message>
        <source>Weggelaten van het advies:</source>
        <translation>Left out of the advice:</translation>
    </message>
    <message>
        <source>%1 terugzetten</source>
        <translation>Put %1 back</translation>
    </message>
    <message>
        <source>Zet %1 terug op het advies</source>
        <translation>Put %1 back on the advice</translation>
    </message>
    <message>
        <source>Ook mogelijk (niet op het advies):</source>
        <translation>Also possible (not on the advice):</translation>
    </message>
    <message>
        <source>Er passen hoogstens %1 richtingen op één advies. Laat er eerst een weg.</source>
        <translation>At most %1 programmes fit on one advice. First leave one out.</translation>
    </message>
    <message>
        <source>Meer tonen (nog %1)</source>
        <translation>Show more (%1 left)</translation>
    </message>
    <message>
        <source>Meer suggesties tonen in %1</source>
        <translation>Show more suggestions in %1</translation>
    </message>
    <message>
        <source>Minder tonen</source>
        <translation>Show fewer</translation>
    </message>
    <message>
        <source>Minder suggesties tonen in %1</source>
        <translation>Show fewer suggestions in %1</translation>
    </message>
    <message>
        <source>Kies precies twee richtingen met ‘Vergelijk’.</source>
        <translation>Choose exactly two programmes with ‘Compare’.</translation>
    </message>
</context>
<context>
    <name>PupilDialog</name>
    <message>
        <source>Leerling aanpassen</source>
        <translation>Edit pupil</translation>
    </message>
    <message>
        <source>Voornaam of schuilnaam</source>
        <translation>First name or pseudonym</translation>
    </message>
    <message>
        <source>Klas (niet verplicht)</source>
        <translation>Class (optional)</translation>
    </message>
    <message>
        <source>Waar zit de leerling nu?</source>
        <translation>Where is the pupil now?</translation>
    </message>
    <message>
        <source>Kies…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Huidige richting</source>
        <translation>Current programme</translation>
    </message>
    <message>
        <source>Zoek in de richtingen die nu niet open zijn</source>
        <translation>Search the programmes that are not open now</translation>
    </message>
    <message>
        <source>Zoek een richting…</source>
        <translation>Look for a programme…</translation>
    </message>
    <message>
        <source>Richtingen die het attest nu niet openlaat</source>
        <translation>Programmes the attest does not open now</translation>
    </message>
    <message>
        <source>&amp;Voornaam of schuilnaam:</source>
        <translation>&amp;First name or pseudonym:</translation>
    </message>
    <message>
        <source>K&amp;las (niet verplicht):</source>
        <translation>Cl&amp;ass (optional):</translation>
    </message>
    <message>
        <source>&amp;Waar zit de leerling nu?</source>
        <translation>&amp;Where is the pupil now?</translation>
    </message>
    <message>
        <source>&amp;Huidige richting:</source>
        <translation>Current &amp;programme:</translation>
    </message>
    <message>
        <source>&amp;Nu niet open volgens het attest (de klassenraad):</source>
        <translation>&amp;Not open now according to the attest (the klassenraad):</translation>
    </message>
    <message>
        <source>&amp;Bewaren</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>De suggesties volgen meteen wat je hier bewaart. Je kunt dit altijd opnieuw aanpassen.</source>
        <translation>The suggestions follow what you save here at once. You can always change it again.</translation>
    </message>
    <message>
        <source>(nog geen richting)</source>
        <translation>(no programme yet)</translation>
    </message>
    <message>
        <source>Na een 7de jaar volgt geen graad meer in het secundair: hier hoeft niets aangevinkt te worden.</source>
        <translation>After a 7th year no stage of secondary school follows: nothing needs ticking here.</translation>
    </message>
    <message>
        <source>Kies eerst waar de leerling nu zit.</source>
        <translation>First choose where the pupil is now.</translation>
    </message>
    <message>
        <source>Vink de richtingen van de %1 aan die het attest nu niet openlaat. Ze blijven zichtbaar als &apos;nu niet open&apos;.</source>
        <translation>Tick the programmes of the %1 that the attest does not open now. They stay in view as &apos;nu niet open&apos;.</translation>
    </message>
    <message>
        <source>Kies de huidige richting uit de lijst (typ een deel van de naam).</source>
        <translation>Choose the current programme from the list (type part of the name).</translation>
    </message>
    <message>
        <source>Kies waar de leerling nu zit: dan verschijnen de suggesties.</source>
        <translation>Choose where the pupil is now: then the suggestions appear.</translation>
    </message>
    <message>
        <source>Kies ook in welk 7de jaar de leerling zit: de suggesties volgen uit die richting.</source>
        <translation>Also choose which 7th year the pupil is in: the suggestions follow from that programme.</translation>
    </message>
    <message>
        <source>kies de huidige richting uit de lijst, of laat ze leeg.</source>
        <translation>choose the current programme from the list, or leave it empty.</translation>
    </message>
</context>
<context>
    <name>PupilsPage</name>
    <message>
        <source>Bewaarde leerlingen</source>
        <translation>Saved pupils</translation>
    </message>
    <message>
        <source>77 van 77</source>
        <translation>77 of 77</translation>
    </message>
    <message>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Open de gekozen leerling</source>
        <translation>Open the chosen pupil</translation>
    </message>
    <message>
        <source>E&amp;xporteren als JSON…</source>
        <translation>E&amp;xport as JSON…</translation>
    </message>
    <message>
        <source>Exporteer alles over de gekozen leerling als JSON</source>
        <translation>Export everything about the chosen pupil as JSON</translation>
    </message>
    <message>
        <source>&amp;Wissen…</source>
        <translation>&amp;Erase…</translation>
    </message>
    <message>
        <source>Wis de gekozen leerling voorgoed</source>
        <translation>Erase the chosen pupil for good</translation>
    </message>
    <message>
        <source>&amp;Privacy-instellingen…</source>
        <translation>&amp;Privacy settings…</translation>
    </message>
    <message>
        <source>Privacy-instellingen: bewaartermijn en begeleidercode</source>
        <translation>Privacy settings: retention period and counsellor code</translation>
    </message>
    <message>
        <source>Leerlingen</source>
        <translation>Pupils</translation>
    </message>
    <message>
        <source>Elke sessie wordt meteen bewaard, alleen op deze computer. Open een leerling om verder te gaan, exporteer alles wat over een leerling bewaard is, of wis een leerling voorgoed.</source>
        <translation>Every session is saved at once, on this computer only. Open a pupil to go on, export everything kept about a pupil, or erase a pupil for good.</translation>
    </message>
    <message>
        <source>Exporteer leerling als JSON</source>
        <translation>Export pupil as JSON</translation>
    </message>
    <message>
        <source>JSON-bestanden (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Bewaard in %1</source>
        <translation>Saved in %1</translation>
    </message>
    <message>
        <source>Leerling wissen</source>
        <translation>Erase pupil</translation>
    </message>
    <message>
        <source>Alles over %1 voorgoed wissen? Dit kan niet ongedaan worden.</source>
        <translation>Erase everything about %1 for good? This cannot be undone.</translation>
    </message>
    <message>
        <source>Wissen</source>
        <translation>Erase</translation>
    </message>
    <message>
        <source>Niet wissen</source>
        <translation>Do not erase</translation>
    </message>
    <message>
        <source>Alles over %1 is voorgoed gewist.</source>
        <translation>Everything about %1 is erased for good.</translation>
    </message>
</context>
<context>
    <name>QuestionView</name>
    <message>
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>◀ &amp;Vorige</source>
        <translation>◀ &amp;Previous</translation>
    </message>
    <message>
        <source>Vorige vraag</source>
        <translation>Previous question</translation>
    </message>
    <message>
        <source>V&amp;olgende ▶</source>
        <translation>Ne&amp;xt ▶</translation>
    </message>
    <message>
        <source>Volgende vraag</source>
        <translation>Next question</translation>
    </message>
    <message>
        <source>Lees de vraag en de antwoorden voor</source>
        <translation>Read the question and the answers aloud</translation>
    </message>
    <message>
        <source>Tip: druk op 1, 2, 3, 4 of 5 om te antwoorden. Met Backspace ga je terug.</source>
        <translation>Tip: press 1, 2, 3, 4 or 5 to answer. Backspace takes you back.</translation>
    </message>
    <message>
        <source>Vraag %1 van %2</source>
        <translation>Question %1 of %2</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>Voorlezen kan niet op deze computer: er is geen programma dat voorleest.</source>
        <translation>Reading aloud is not possible on this computer: there is no program that reads aloud.</translation>
    </message>
    <message>
        <source>Voorlezen kan niet: deze computer heeft geen geluid.</source>
        <translation>Reading aloud is not possible: this computer has no sound.</translation>
    </message>
    <message>
        <source>Voorlezen kan niet: deze computer heeft geen Nederlandse stem.</source>
        <translation>Reading aloud is not possible: this computer has no Dutch voice.</translation>
    </message>
    <message>
        <source>Voorlezen kan niet op deze computer: de stem start niet.</source>
        <translation>Reading aloud is not possible on this computer: the voice does not start.</translation>
    </message>
    <message>
        <source>Even geduld…</source>
        <translation>One moment…</translation>
    </message>
    <message>
        <source>L&amp;ees voor</source>
        <translation>R&amp;ead aloud</translation>
    </message>
    <message>
        <source>Lees voor</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <source>Stop met voorl&amp;ezen</source>
        <translation>Stop r&amp;eading</translation>
    </message>
    <message>
        <source>Stop met voorlezen (%1)</source>
        <translation>Stop reading (%1)</translation>
    </message>
    <message>
        <source>Stop met voorlezen</source>
        <translation>Stop reading</translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <source>Richting</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Graad</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Finaliteit</source>
        <translation>Finaliteit</translation>
    </message>
    <message>
        <source>Gevonden in</source>
        <translation>Found in</translation>
    </message>
    <message>
        <source>Gevonden in: %1</source>
        <translation>Found in: %1</translation>
    </message>
</context>
<context>
    <name>RichtingPage</name>
    <message>
        <source>Waar</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Leerweg</source>
        <translation>Learning path</translation>
    </message>
    <message>
        <source>Wat leer je?</source>
        <translation>What do you learn?</translation>
    </message>
    <message>
        <source>Wat doe je?</source>
        <translation>What do you do?</translation>
    </message>
    <message>
        <source>Daarna</source>
        <translation>Afterwards</translation>
    </message>
    <message>
        <source>Beroepen</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Beroepskwalificaties</source>
        <translation>Professional qualifications</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Er is nog geen leerling gekozen. Start de vragenlijst of open een leerling.</source>
        <translation>No pupil has been chosen yet. Start the questionnaire or open a pupil.</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <source>Voornaam</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Klas</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Vragenlijst</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>Beantwoord</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Laatst gewijzigd</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <source>%1 van %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>StartForm</name>
    <message>
        <source>Voornaam of schuilnaam</source>
        <translation>First name or pseudonym</translation>
    </message>
    <message>
        <source>Klas (niet verplicht)</source>
        <translation>Class (optional)</translation>
    </message>
    <message>
        <source>Waar zit je nu?</source>
        <translation>Where are you now?</translation>
    </message>
    <message>
        <source>Huidige richting (niet verplicht)</source>
        <translation>Current programme (optional)</translation>
    </message>
    <message>
        <source>&amp;Kort: 30 vragen, ongeveer 10 minuten</source>
        <translation>&amp;Short: 30 questions, about 10 minutes</translation>
    </message>
    <message>
        <source>Vo&amp;lledig: 77 vragen, ongeveer 20 minuten</source>
        <translation>Fu&amp;ll: 77 questions, about 20 minutes</translation>
    </message>
    <message>
        <source>S&amp;tart de vragenlijst</source>
        <translation>S&amp;tart the questionnaire</translation>
    </message>
    <message>
        <source>Start de vragenlijst</source>
        <translation>Start the questionnaire</translation>
    </message>
    <message>
        <source>&amp;Voornaam of schuilnaam:</source>
        <translation>Fi&amp;rst name or pseudonym:</translation>
    </message>
    <message>
        <source>Kl&amp;as (niet verplicht):</source>
        <translation>Cl&amp;ass (optional):</translation>
    </message>
    <message>
        <source>&amp;Waar zit je nu?</source>
        <translation>&amp;Where are you now?</translation>
    </message>
    <message>
        <source>Huidige &amp;richting (niet verplicht):</source>
        <translation>Current &amp;programme (optional):</translation>
    </message>
    <message>
        <source>Vragenlijst:</source>
        <translation>Questionnaire:</translation>
    </message>
    <message>
        <source>Er zijn geen goede of foute antwoorden. Je zegt gewoon hoe graag je iets zou doen. Daarna zie je welke richtingen goed bij je passen, in alle finaliteiten.</source>
        <translation>There are no right or wrong answers. You just say how much you would like to do something. Then you see which programmes suit you, in every finaliteit.</translation>
    </message>
    <message>
        <source>Wie vult de vragenlijst in?</source>
        <translation>Who fills in the questionnaire?</translation>
    </message>
    <message>
        <source>We bewaren alleen de voornaam (of een schuilnaam), de klas en de antwoorden, op deze computer. Je kunt ze altijd wissen op de pagina Leerlingen.</source>
        <translation>We keep only the first name (or a pseudonym), the class and the answers, on this computer. You can always erase them on the Pupils page.</translation>
    </message>
    <message>
        <source>(nog geen richting / weet ik niet)</source>
        <translation>(no programme yet / I don&apos;t know)</translation>
    </message>
</context>
<context>
    <name>SuggestionCard</name>
    <message>
        <source>Weglaten</source>
        <translation>Leave out</translation>
    </message>
    <message>
        <source>Laat %1 weg van het advies</source>
        <translation>Leave %1 out of the advice</translation>
    </message>
    <message>
        <source>Niet op het advies; de volgende suggestie schuift op.</source>
        <translation>Not on the advice; the next suggestion moves up.</translation>
    </message>
    <message>
        <source>Bekijk</source>
        <translation>View</translation>
    </message>
    <message>
        <source>Bekijk %1</source>
        <translation>View %1</translation>
    </message>
    <message>
        <source>Vergelijk</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>Vergelijk %1</source>
        <translation>Compare %1</translation>
    </message>
    <message>
        <source>Vast op het advies</source>
        <translation>Keep on the advice</translation>
    </message>
    <message>
        <source>Houd %1 vast op het advies</source>
        <translation>Keep %1 on the advice</translation>
    </message>
    <message>
        <source>Blijft op het advies, ook als andere suggesties hoger komen.</source>
        <translation>Stays on the advice, even when other suggestions rank higher.</translation>
    </message>
    <message>
        <source>Zet op het advies</source>
        <translation>Add to the advice</translation>
    </message>
    <message>
        <source>Zet %1 op het advies</source>
        <translation>Add %1 to the advice</translation>
    </message>
</context>
</TS>
