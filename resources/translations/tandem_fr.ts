<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AffinityGrid</name>
    <message>
        <location filename="../../ui/steps/affinity_grid.py" line="90"/>
        <source>{first} and {second}: {how}</source>
        <translation>{first} et {second} : {how}</translation>
    </message>
    <message>
        <location filename="../../ui/steps/affinity_grid.py" line="169"/>
        <source>Affinities</source>
        <translation>Affinités</translation>
    </message>
</context>
<context>
    <name>AnswersForm</name>
    <message>
        <location filename="../../ui/steps/answers_form.py" line="54"/>
        <source>Satisfaction:</source>
        <translation>Satisfaction :</translation>
    </message>
    <message>
        <location filename="../../ui/steps/answers_form.py" line="55"/>
        <source>What I can now do alone:</source>
        <translation>Ce que je sais faire sans aide désormais :</translation>
    </message>
    <message>
        <location filename="../../ui/steps/answers_form.py" line="56"/>
        <source>Time saved each week (minutes):</source>
        <translation>Temps gagné chaque semaine (minutes) :</translation>
    </message>
    <message>
        <location filename="../../ui/steps/answers_form.py" line="57"/>
        <source>The bond created:</source>
        <translation>Le lien créé :</translation>
    </message>
    <message>
        <location filename="../../ui/steps/answers_form.py" line="58"/>
        <source>Fresh ideas for the business (one a line):</source>
        <translation>Idées neuves pour l&apos;entreprise (une par ligne) :</translation>
    </message>
    <message>
        <location filename="../../ui/steps/answers_form.py" line="59"/>
        <source>Did we meet as agreed?</source>
        <translation>Nous sommes-nous vus comme convenu ?</translation>
    </message>
    <message>
        <location filename="../../ui/steps/answers_form.py" line="60"/>
        <source>Would you do it again?</source>
        <translation>Le referiez-vous ?</translation>
    </message>
    <message>
        <location filename="../../ui/steps/answers_form.py" line="61"/>
        <source>Comments:</source>
        <translation>Commentaires :</translation>
    </message>
</context>
<context>
    <name>CoachingPage</name>
    <message>
        <location filename="../../ui/steps/coaching_page.py" line="44"/>
        <source>Knowing something well is not the same as teaching it. Before the first session, sit down with each young mentor and go through these points together; tick each one when it has been talked over, and note what was said.</source>
        <extracomment>The rows of the checklist shown, in order.</extracomment>
        <translation>Bien connaître un sujet ne suffit pas pour l&apos;enseigner. Avant la première séance, prenez un moment avec chaque jeune mentor pour passer ces points en revue ensemble ; cochez chacun une fois qu&apos;il a été abordé, et notez ce qui s&apos;est dit.</translation>
    </message>
    <message>
        <location filename="../../ui/steps/coaching_page.py" line="50"/>
        <source>Mentors</source>
        <translation>Mentors</translation>
    </message>
    <message>
        <location filename="../../ui/steps/coaching_page.py" line="55"/>
        <source>Count this mentor as &amp;coached, even with points left</source>
        <translation>Considérer ce mentor comme prê&amp;t, même s&apos;il reste des points</translation>
    </message>
    <message>
        <location filename="../../ui/steps/coaching_page.py" line="57"/>
        <source>Notes on this mentor</source>
        <translation>Notes sur ce mentor</translation>
    </message>
    <message>
        <location filename="../../ui/steps/coaching_page.py" line="59"/>
        <source>A point of your own</source>
        <translation>Un point à vous</translation>
    </message>
    <message>
        <location filename="../../ui/steps/coaching_page.py" line="60"/>
        <source>Add this poin&amp;t</source>
        <translation>Ajouter ce poi&amp;nt</translation>
    </message>
    <message>
        <location filename="../../ui/steps/coaching_page.py" line="62"/>
        <source>Mentor &amp;guide…</source>
        <translation>&amp;Guide du mentor…</translation>
    </message>
    <message>
        <location filename="../../ui/steps/coaching_page.py" line="70"/>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <location filename="../../ui/steps/coaching_page.py" line="74"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <location filename="../../ui/steps/coaching_page.py" line="80"/>
        <source>Your own point:</source>
        <translation>Votre propre point :</translation>
    </message>
    <message>
        <location filename="../../ui/steps/coaching_page.py" line="115"/>
        <source>coached</source>
        <translation>préparation faite</translation>
    </message>
    <message>
        <location filename="../../ui/steps/coaching_page.py" line="128"/>
        <source>The mentors appear here once the pairs are formed.</source>
        <translation>Les mentors apparaissent ici une fois les binômes formés.</translation>
    </message>
    <message>
        <location filename="../../ui/steps/coaching_page.py" line="132"/>
        <source>Still to coach: {names}</source>
        <translation>Encore à préparer : {names}</translation>
    </message>
    <message>
        <location filename="../../ui/steps/coaching_page.py" line="135"/>
        <source>Every mentor is coached.</source>
        <translation>Tous les mentors sont prêts.</translation>
    </message>
    <message>
        <location filename="../../ui/steps/coaching_page.py" line="147"/>
        <source>Guide for the mentor chosen</source>
        <translation>Guide du mentor choisi</translation>
    </message>
    <message>
        <location filename="../../ui/steps/coaching_page.py" line="234"/>
        <source>Change the point</source>
        <translation>Modifier le point</translation>
    </message>
    <message>
        <location filename="../../ui/steps/coaching_page.py" line="234"/>
        <source>The point:</source>
        <translation>Le point :</translation>
    </message>
    <message>
        <location filename="../../ui/steps/coaching_page.py" line="246"/>
        <source>Take &quot;{point}&quot; off the checklist? The mentors already coached on it keep their tick in the programmes before.</source>
        <translation>Retirer « {point} » de la liste ? Les mentors déjà préparés sur ce point gardent leur coche dans les programmes précédents.</translation>
    </message>
    <message>
        <location filename="../../ui/steps/coaching_page.py" line="278"/>
        <source>Change the words of this point…</source>
        <extracomment>A refusal of this row&apos;s date or notes, said under it.</extracomment>
        <translation>Reformuler ce point…</translation>
    </message>
    <message>
        <location filename="../../ui/steps/coaching_page.py" line="281"/>
        <source>Take this point off the list…</source>
        <translation>Retirer ce point de la liste…</translation>
    </message>
    <message>
        <location filename="../../ui/steps/coaching_page.py" line="317"/>
        <source>Date - {point}</source>
        <translation>Date - {point}</translation>
    </message>
    <message>
        <location filename="../../ui/steps/coaching_page.py" line="324"/>
        <source>More about the point {point}</source>
        <translation>Plus sur le point {point}</translation>
    </message>
    <message>
        <location filename="../../ui/steps/coaching_page.py" line="268"/>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/steps/coaching_page.py" line="118"/>
        <source>%n of {total} points</source>
        <translation>
            <numerusform>%n point sur {total}</numerusform>
            <numerusform>%n points sur {total}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/steps/coaching_page.py" line="321"/>
        <source>Notes - {point}</source>
        <translation>Notes - {point}</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/dashboard/page.py" line="44"/>
        <source>How each pair is doing, and what to do next.</source>
        <extracomment>The widest a column may take from the others, in characters of the table&apos;s font: past it, a cell is cut with &quot;…&quot; and shows its whole text in its tooltip.</extracomment>
        <translation>Où en est chaque binôme, et ce qu&apos;il reste à faire.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="57"/>
        <source>Pairs</source>
        <translation>Binômes</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="68"/>
        <source>+ Session</source>
        <translation>+ Séance</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="68"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="68"/>
        <source>Sheet</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="84"/>
        <source>&amp;Log a session…</source>
        <translation>&amp;Noter une séance…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="85"/>
        <source>&amp;Open the pair…</source>
        <translation>&amp;Ouvrir le binôme…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="86"/>
        <source>Re&amp;view sheet…</source>
        <translation>Fiche &amp;bilan…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="91"/>
        <source>P&amp;erson:</source>
        <translation>P&amp;ersonne :</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="90"/>
        <source>&amp;Health:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="92"/>
        <source>&amp;Topic:</source>
        <translation>S&amp;ujet :</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="131"/>
        <source>Create a programme to begin.</source>
        <translation>Créez un programme pour commencer.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="137"/>
        <source>Every step of the programme is done.</source>
        <translation>Toutes les étapes du programme sont terminées.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="140"/>
        <source>The programme is at step {step} of 5.</source>
        <translation>Le programme en est à l&apos;étape {step} sur 5.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="143"/>
        <source>Next: {action}</source>
        <translation>À faire : {action}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="190"/>
        <source>All</source>
        <extracomment>The day the badges were worked out for.</extracomment>
        <translation>Tous</translation>
    </message>
</context>
<context>
    <name>DataGuard</name>
    <message>
        <location filename="../../ui/data_guard.py" line="60"/>
        <source>Backups work again.</source>
        <extracomment>How often the file&apos;s presence is checked while nothing else happens. Shows the data again on every screen, when the file taken up holds other data.</extracomment>
        <translation>Les sauvegardes fonctionnent de nouveau.</translation>
    </message>
    <message>
        <location filename="../../ui/data_guard.py" line="66"/>
        <source>Backups cannot be made: {reason}</source>
        <translation>Sauvegardes impossibles : {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/data_guard.py" line="74"/>
        <source>Tandem cannot make backups of your data for now. {reason} Your work is still saved as you go; Tandem tries the backup again in a few minutes.</source>
        <translation>Tandem ne peut pas sauvegarder vos données pour le moment. {reason} Votre travail reste enregistré au fur et à mesure ; Tandem retentera la sauvegarde dans quelques minutes.</translation>
    </message>
    <message>
        <location filename="../../ui/data_guard.py" line="115"/>
        <source>Tandem still has your data open. Try again puts it back in place, or takes up the file again once its USB key is back. Nothing is deleted.</source>
        <translation>Tandem garde vos données ouvertes. « Réessayer » les remet en place, ou reprend le fichier une fois sa clé USB rebranchée. Rien n&apos;est effacé.</translation>
    </message>
    <message>
        <location filename="../../ui/data_guard.py" line="119"/>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location filename="../../ui/data_guard.py" line="120"/>
        <source>&amp;Quit Tandem</source>
        <translation>&amp;Quitter Tandem</translation>
    </message>
    <message>
        <location filename="../../ui/data_guard.py" line="133"/>
        <source>Close Tandem and start it again: it offers your newest sound backup.</source>
        <translation>Fermez Tandem puis relancez-le : il vous proposera votre dernière sauvegarde saine.</translation>
    </message>
    <message>
        <location filename="../../ui/data_guard.py" line="146"/>
        <source>Tandem found its file again at {path}. It had changed meanwhile: the screens show it as it is now.</source>
        <translation>Tandem a retrouvé son fichier dans {path}. Il avait changé entre-temps : les écrans le montrent tel qu&apos;il est maintenant.</translation>
    </message>
    <message>
        <location filename="../../ui/data_guard.py" line="156"/>
        <source>Your last change was not saved: make it again (what you typed is still on the screen).</source>
        <translation>Votre dernière modification n&apos;a pas été enregistrée : refaites-la (ce que vous avez tapé est toujours à l&apos;écran).</translation>
    </message>
    <message>
        <location filename="../../ui/data_guard.py" line="150"/>
        <source>Your data is back in place at {path}.</source>
        <translation>Vos données sont de nouveau en place dans {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/data_guard.py" line="152"/>
        <source>Tandem found its file again at {path}.</source>
        <translation>Tandem a retrouvé son fichier dans {path}.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/first_run.py" line="185"/>
        <source>Tandem - first start</source>
        <translation>Tandem - premier démarrage</translation>
    </message>
</context>
<context>
    <name>FrameForm</name>
    <message>
        <location filename="../../ui/steps/frame_form.py" line="73"/>
        <source>&amp;Start:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <location filename="../../ui/steps/frame_form.py" line="79"/>
        <source>Pl&amp;ace:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <location filename="../../ui/steps/frame_form.py" line="80"/>
        <source>What is said stays pri&amp;vate:</source>
        <translation>Ce qui se dit reste pri&amp;vé :</translation>
    </message>
    <message>
        <location filename="../../ui/steps/frame_form.py" line="77"/>
        <source>&amp;Day:</source>
        <translation>&amp;Jour :</translation>
    </message>
    <message>
        <location filename="../../ui/steps/frame_form.py" line="45"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../ui/steps/frame_form.py" line="46"/>
        <source>Length in weeks</source>
        <translation>Durée en semaines</translation>
    </message>
    <message>
        <location filename="../../ui/steps/frame_form.py" line="47"/>
        <source>Weeks between sessions</source>
        <translation>Semaines entre deux séances</translation>
    </message>
    <message>
        <location filename="../../ui/steps/frame_form.py" line="48"/>
        <source>Session length in minutes</source>
        <translation>Durée d&apos;une séance en minutes</translation>
    </message>
    <message>
        <location filename="../../ui/steps/frame_form.py" line="49"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../ui/steps/frame_form.py" line="50"/>
        <source>Notice in days</source>
        <translation>Préavis en jours</translation>
    </message>
    <message>
        <location filename="../../ui/steps/frame_form.py" line="74"/>
        <source>&amp;Length (weeks):</source>
        <translation>D&amp;urée (semaines) :</translation>
    </message>
    <message>
        <location filename="../../ui/steps/frame_form.py" line="75"/>
        <source>R&amp;hythm (weeks between sessions):</source>
        <translation>R&amp;ythme (semaines entre deux séances) :</translation>
    </message>
    <message>
        <location filename="../../ui/steps/frame_form.py" line="76"/>
        <source>Session len&amp;gth (minutes):</source>
        <translation>Durée d&apos;une séa&amp;nce (minutes) :</translation>
    </message>
    <message>
        <location filename="../../ui/steps/frame_form.py" line="82"/>
        <source>Noti&amp;ce to move a session (days):</source>
        <translation>Prév&amp;enir pour déplacer une séance (jours) :</translation>
    </message>
    <message>
        <location filename="../../ui/steps/frame_form.py" line="78"/>
        <source>&amp;Time:</source>
        <translation>&amp;Heure :</translation>
    </message>
    <message>
        <location filename="../../ui/steps/frame_form.py" line="81"/>
        <source>&amp;Kindness:</source>
        <translation>&amp;Bienveillance :</translation>
    </message>
    <message>
        <location filename="../../ui/steps/frame_form.py" line="83"/>
        <source>If it goes badly, talk to:</source>
        <translation>En cas de difficulté, en parler à :</translation>
    </message>
    <message>
        <location filename="../../ui/steps/frame_form.py" line="84"/>
        <source>&amp;Out of scope:</source>
        <translation>H&amp;ors sujet :</translation>
    </message>
    <message>
        <location filename="../../ui/steps/frame_form.py" line="85"/>
        <source>Other r&amp;ules:</source>
        <translation>Autres rè&amp;gles :</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/steps/import_dialog.py" line="42"/>
        <source>Bring the team from {file}</source>
        <translation>Reprendre l&apos;équipe de {file}</translation>
    </message>
    <message>
        <location filename="../../ui/steps/import_dialog.py" line="49"/>
        <source>What each column holds</source>
        <extracomment>What &quot;Add&quot; added, once it did.</extracomment>
        <translation>Ce que contient chaque colonne</translation>
    </message>
    <message>
        <location filename="../../ui/steps/import_dialog.py" line="56"/>
        <source>Column {number}</source>
        <translation>Colonne {number}</translation>
    </message>
    <message>
        <location filename="../../ui/steps/import_dialog.py" line="63"/>
        <source>Topics the catalogue does not have</source>
        <translation>Sujets absents du catalogue</translation>
    </message>
    <message>
        <location filename="../../ui/steps/import_dialog.py" line="69"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../ui/steps/import_dialog.py" line="69"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../ui/steps/import_dialog.py" line="69"/>
        <source>What Tandem will do</source>
        <translation>Ce que Tandem va faire</translation>
    </message>
    <message>
        <location filename="../../ui/steps/import_dialog.py" line="110"/>
        <source>Add it to the catalogue</source>
        <translation>L&apos;ajouter au catalogue</translation>
    </message>
    <message>
        <location filename="../../ui/steps/import_dialog.py" line="112"/>
        <source>Same as: {topic}</source>
        <translation>Même sujet que : {topic}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/steps/import_dialog.py" line="146"/>
        <source>%n person(s) will be added.</source>
        <translation>
            <numerusform>%n personne sera ajoutée.</numerusform>
            <numerusform>%n personnes seront ajoutées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/steps/import_dialog.py" line="147"/>
        <source>%n line(s) refused: they are not added.</source>
        <translation>
            <numerusform>%n ligne refusée : elle n&apos;est pas ajoutée.</numerusform>
            <numerusform>%n lignes refusées : elles ne sont pas ajoutées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/steps/import_dialog.py" line="148"/>
        <source>New topics added to the catalogue: {topics}.</source>
        <translation>Nouveaux sujets ajoutés au catalogue : {topics}.</translation>
    </message>
    <message>
        <location filename="../../ui/steps/import_dialog.py" line="157"/>
        <source>The file goes on past line {last}: Tandem reads a team, so the lines after it are not read.</source>
        <translation>Le fichier continue au-delà de la ligne {last} : Tandem lit une équipe, les lignes suivantes ne sont donc pas lues.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/steps/import_dialog.py" line="162"/>
        <source>Add %n person(s)</source>
        <translation>
            <numerusform>Ajouter %n personne</numerusform>
            <numerusform>Ajouter %n personnes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/steps/import_dialog.py" line="167"/>
        <source>Refused: {reason}</source>
        <translation>Refusée : {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/steps/import_dialog.py" line="168"/>
        <location filename="../../ui/steps/import_dialog.py" line="169"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location filename="../../ui/steps/import_dialog.py" line="170"/>
        <source>Added. Wants to learn: {learn}. Can teach: {teach}.</source>
        <translation>Ajoutée. Veut apprendre : {learn}. Peut enseigner : {teach}.</translation>
    </message>
    <message>
        <location filename="../../ui/steps/import_dialog.py" line="174"/>
        <source>Left out: {reason}</source>
        <translation>Laissé de côté : {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/steps/import_dialog.py" line="181"/>
        <source>%n person(s) added from {file}. Undo, under the table, takes them out again.</source>
        <translation>
            <numerusform>%n personne ajoutée depuis {file}. « Défaire », sous le tableau, la retire de nouveau.</numerusform>
            <numerusform>%n personnes ajoutées depuis {file}. « Défaire », sous le tableau, les retire de nouveau.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KnowHowEditor</name>
    <message>
        <location filename="../../ui/steps/needs_tables.py" line="93"/>
        <source>Know-how</source>
        <translation>Savoir-faire</translation>
    </message>
    <message>
        <location filename="../../ui/steps/needs_tables.py" line="94"/>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location filename="../../ui/steps/needs_tables.py" line="94"/>
        <location filename="../../ui/steps/needs_tables.py" line="99"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../ui/steps/needs_tables.py" line="95"/>
        <source>Topic they can teach</source>
        <translation>Sujet qu&apos;il ou elle peut enseigner</translation>
    </message>
    <message>
        <location filename="../../ui/steps/needs_tables.py" line="96"/>
        <source>Add this know-&amp;how</source>
        <translation>Ajo&amp;uter ce savoir-faire</translation>
    </message>
    <message>
        <location filename="../../ui/steps/needs_tables.py" line="106"/>
        <source>What {name} can teach</source>
        <translation>Ce que {name} peut enseigner</translation>
    </message>
    <message>
        <location filename="../../ui/steps/needs_tables.py" line="108"/>
        <source>What this person can teach</source>
        <translation>Ce que cette personne peut enseigner</translation>
    </message>
    <message>
        <location filename="../../ui/steps/needs_tables.py" line="117"/>
        <source>Level - {topic}</source>
        <translation>Niveau - {topic}</translation>
    </message>
    <message>
        <location filename="../../ui/steps/needs_tables.py" line="120"/>
        <source>Remove the know-how {topic}</source>
        <translation>Retirer le savoir-faire {topic}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="68"/>
        <source>&lt; &amp;Previous</source>
        <extracomment>Kept alive with the window: Qt only holds the translators while they exist. The watch for a second start on the same data, when there is one. Announces every change made at a screen to the screens that show it. One place per page; a page is built the first time it is shown (see page()).</extracomment>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="69"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>P&amp;rogramme:</source>
        <translation>P&amp;rogramme :</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>New programme…</source>
        <translation>Nouveau programme…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <location filename="../../ui/main_window.py" line="126"/>
        <source>Back to &amp;my own data</source>
        <translation>Revenir à &amp;mes données</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124"/>
        <source>&amp;Tandem</source>
        <translation>&amp;Tandem</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125"/>
        <source>Explore the &amp;demo</source>
        <translation>Explorer la &amp;démonstration</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138"/>
        <source>&amp;Save a copy…</source>
        <translation>Enregi&amp;strer une copie…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139"/>
        <source>R&amp;estore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140"/>
        <source>Connect to a &amp;network server…</source>
        <translation>Se connecter à un ser&amp;veur du réseau…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141"/>
        <source>Use this &amp;PC&apos;s data</source>
        <translation>&amp;Utiliser les données de ce PC</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>Change s&amp;hop…</source>
        <translation>C&amp;hanger de boutique…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="143"/>
        <source>The net&amp;work&apos;s shops…</source>
        <translation>Les &amp;boutiques du réseau…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="155"/>
        <source>Export the &amp;team for a spreadsheet…</source>
        <translation>Exporter l&apos;équi&amp;pe pour un tableur…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156"/>
        <source>Export the sess&amp;ions for a spreadsheet…</source>
        <translation>Exporter les séan&amp;ces pour un tableur…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157"/>
        <source>Staff who left: propose to erase them &amp;after…</source>
        <translation>Personnes parties : proposer de les effacer &amp;après…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162"/>
        <source>&amp;Programme</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163"/>
        <source>&amp;New programme…</source>
        <translation>&amp;Nouveau programme…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165"/>
        <source>Rene&amp;w this programme…</source>
        <translation>Renou&amp;veler ce programme…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167"/>
        <source>Put the sessions in &amp;calendars…</source>
        <translation>Mettre les séances dans les &amp;agendas…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>&amp;Documents</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260"/>
        <source>My shop</source>
        <translation>Ma boutique</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="266"/>
        <source>Tandem - {shop} - on {server}</source>
        <translation>Tandem - {shop} - sur {server}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="269"/>
        <source>Tandem - {shop}</source>
        <translation>Tandem - {shop}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="272"/>
        <source>You are exploring the demo of {shop}. Your own data is not touched.</source>
        <translation>Vous explorez la démonstration de {shop}. Vos propres données ne sont pas touchées.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="284"/>
        <source>{name} (closed)</source>
        <translation>{name} (clos)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="353"/>
        <source>All the review sheets</source>
        <translation>Toutes les fiches bilan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="354"/>
        <source>Programme summary</source>
        <translation>Synthèse du programme</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="360"/>
        <source>Planning by month, for the staff room</source>
        <translation>Planning du mois, pour la salle du personnel</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="362"/>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="366"/>
        <source>Every month</source>
        <translation>Tous les mois</translation>
    </message>
    <message>
        <location filename="../../ui/programme_actions.py" line="51"/>
        <source>New programme</source>
        <translation>Nouveau programme</translation>
    </message>
    <message>
        <location filename="../../ui/programme_actions.py" line="52"/>
        <source>Name of the new programme:</source>
        <translation>Nom du nouveau programme :</translation>
    </message>
    <message>
        <location filename="../../ui/programme_actions.py" line="66"/>
        <source>Rename the programme</source>
        <translation>Renommer le programme</translation>
    </message>
    <message>
        <location filename="../../ui/programme_actions.py" line="67"/>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <location filename="../../ui/programme_actions.py" line="83"/>
        <source>Renew the programme</source>
        <translation>Renouveler le programme</translation>
    </message>
    <message>
        <location filename="../../ui/programme_actions.py" line="84"/>
        <source>The team, the rules and the pairs you chose to renew go on in a new programme.
Its name:</source>
        <translation>L&apos;équipe, les règles et les binômes que vous avez choisi de renouveler continuent dans un nouveau programme.
Son nom :</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="446"/>
        <source>Some of what you typed could not be saved, and is still in its fields. Close Tandem anyway, and lose it?</source>
        <translation>Une partie de ce que vous avez saisi n&apos;a pas pu être enregistrée et se trouve encore dans ses champs. Fermer Tandem quand même, et la perdre ?</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="191"/>
        <source>Tandem copy {date}</source>
        <translation>Copie Tandem {date}</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="198"/>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="200"/>
        <source>Tandem data (*.sqlite)</source>
        <translation>Données Tandem (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="207"/>
        <source>A copy of your data was saved to {path}.</source>
        <translation>Une copie de vos données a été enregistrée dans {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="159"/>
        <source>Your data was restored. What you had before is kept in {path}.</source>
        <translation>Vos données ont été restaurées. Ce que vous aviez avant est gardé dans {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="163"/>
        <source>Your data was restored.</source>
        <translation>Vos données ont été restaurées.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="437"/>
        <source>Tandem will use this language the next time it starts.</source>
        <translation>Tandem utilisera cette langue au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>NeedsEditor</name>
    <message>
        <location filename="../../ui/steps/needs_tables.py" line="19"/>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <location filename="../../ui/steps/needs_tables.py" line="21"/>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location filename="../../ui/steps/needs_tables.py" line="22"/>
        <location filename="../../ui/steps/needs_tables.py" line="36"/>
        <source>Level now</source>
        <translation>Niveau actuel</translation>
    </message>
    <message>
        <location filename="../../ui/steps/needs_tables.py" line="23"/>
        <location filename="../../ui/steps/needs_tables.py" line="37"/>
        <source>Level to reach</source>
        <translation>Niveau visé</translation>
    </message>
    <message>
        <location filename="../../ui/steps/needs_tables.py" line="24"/>
        <location filename="../../ui/steps/needs_tables.py" line="38"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../ui/steps/needs_tables.py" line="26"/>
        <source>Topic to learn</source>
        <translation>Sujet à apprendre</translation>
    </message>
    <message>
        <location filename="../../ui/steps/needs_tables.py" line="27"/>
        <source>Add this nee&amp;d</source>
        <translation>Ajouter ce &amp;besoin</translation>
    </message>
    <message>
        <location filename="../../ui/steps/needs_tables.py" line="46"/>
        <source>What {name} wants to learn</source>
        <translation>Ce que {name} veut apprendre</translation>
    </message>
    <message>
        <location filename="../../ui/steps/needs_tables.py" line="48"/>
        <source>What this person wants to learn</source>
        <translation>Ce que cette personne veut apprendre</translation>
    </message>
    <message>
        <location filename="../../ui/steps/needs_tables.py" line="61"/>
        <source>Level now - {topic}</source>
        <translation>Niveau actuel - {topic}</translation>
    </message>
    <message>
        <location filename="../../ui/steps/needs_tables.py" line="62"/>
        <source>Level to reach - {topic}</source>
        <translation>Niveau visé - {topic}</translation>
    </message>
    <message>
        <location filename="../../ui/steps/needs_tables.py" line="63"/>
        <source>Priority - {topic}</source>
        <translation>Priorité - {topic}</translation>
    </message>
    <message>
        <location filename="../../ui/steps/needs_tables.py" line="67"/>
        <source>Remove the need {topic}</source>
        <translation>Retirer le besoin {topic}</translation>
    </message>
</context>
<context>
    <name>NeedsPage</name>
    <message>
        <location filename="../../ui/steps/needs_page.py" line="37"/>
        <source>Start by listing your team. For each senior, note what they would like to learn, where they stand today and how far they want to go. For each young person, note what they know well enough to teach. Be concrete: &quot;answer customer reviews&quot; says more than &quot;the internet&quot;.</source>
        <translation>Commencez par la liste de votre équipe. Pour chaque senior, notez ce qu&apos;il aimerait apprendre, où il en est aujourd&apos;hui et jusqu&apos;où il veut aller. Pour chaque jeune, notez ce qu&apos;il maîtrise assez pour l&apos;enseigner. Soyez concret : « répondre aux avis des clients » en dit plus que « internet ».</translation>
    </message>
    <message>
        <location filename="../../ui/steps/needs_page.py" line="44"/>
        <location filename="../../ui/steps/needs_page.py" line="66"/>
        <source>The team</source>
        <translation>L&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../ui/steps/needs_page.py" line="46"/>
        <source>Show those who &amp;left</source>
        <translation>Affic&amp;her ceux qui sont partis</translation>
    </message>
    <message>
        <location filename="../../ui/steps/needs_page.py" line="47"/>
        <source>&amp;Add a person</source>
        <translation>&amp;Ajouter une personne</translation>
    </message>
    <message>
        <location filename="../../ui/steps/needs_page.py" line="48"/>
        <location filename="../../ui/steps/needs_page.py" line="162"/>
        <source>Mar&amp;k as left</source>
        <translation>Indiquer son &amp;départ</translation>
    </message>
    <message>
        <location filename="../../ui/steps/needs_page.py" line="49"/>
        <source>Per&amp;sonal data…</source>
        <translation>Données personne&amp;lles…</translation>
    </message>
    <message>
        <location filename="../../ui/steps/needs_page.py" line="53"/>
        <source>Export everything about this person…</source>
        <translation>Exporter tout ce qui concerne cette personne…</translation>
    </message>
    <message>
        <location filename="../../ui/steps/needs_page.py" line="55"/>
        <source>Erase this person for good…</source>
        <translation>Effacer définitivement cette personne…</translation>
    </message>
    <message>
        <location filename="../../ui/steps/needs_page.py" line="57"/>
        <source>Remove this person, added by mistake…</source>
        <translation>Supprimer cette personne, ajoutée par erreur…</translation>
    </message>
    <message>
        <location filename="../../ui/steps/needs_page.py" line="75"/>
        <source>The person</source>
        <translation>La personne</translation>
    </message>
    <message>
        <location filename="../../ui/steps/needs_page.py" line="92"/>
        <source>One person at a time</source>
        <translation>Une personne à la fois</translation>
    </message>
    <message>
        <location filename="../../ui/steps/needs_page.py" line="93"/>
        <source>The whole team in a table</source>
        <translation>Toute l&apos;équipe en tableau</translation>
    </message>
    <message>
        <location filename="../../ui/steps/needs_page.py" line="147"/>
        <source>{person} (left)</source>
        <translation>{person} (a quitté l&apos;équipe)</translation>
    </message>
    <message>
        <location filename="../../ui/steps/needs_page.py" line="160"/>
        <source>&amp;Back in the team</source>
        <translation>&amp;De retour dans l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../ui/steps/needs_page.py" line="172"/>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <location filename="../../ui/steps/needs_page.py" line="198"/>
        <source>Remove {name} from the team? Their needs and know-how go with them. Use this for a person added by mistake; for someone who left, use &quot;Mark as left&quot;.</source>
        <translation>Supprimer {name} de l&apos;équipe ? Ses besoins et ses savoir-faire partent avec. C&apos;est pour une personne ajoutée par erreur ; pour quelqu&apos;un qui a quitté l&apos;équipe, utilisez « Indiquer son départ ».</translation>
    </message>
</context>
<context>
    <name>NetworkDialog</name>
    <message>
        <location filename="../../ui/network_dialog.py" line="25"/>
        <location filename="../../ui/network_dialog.py" line="38"/>
        <source>The network&apos;s shops</source>
        <translation>Les boutiques du réseau</translation>
    </message>
    <message>
        <location filename="../../ui/network_dialog.py" line="29"/>
        <source>Shop</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <location filename="../../ui/network_dialog.py" line="30"/>
        <source>Running programmes</source>
        <translation>Programmes en cours</translation>
    </message>
    <message>
        <location filename="../../ui/network_dialog.py" line="31"/>
        <source>Pairs under way</source>
        <translation>Binômes en cours</translation>
    </message>
    <message>
        <location filename="../../ui/network_dialog.py" line="32"/>
        <source>Sessions held</source>
        <translation>Séances faites</translation>
    </message>
    <message>
        <location filename="../../ui/network_dialog.py" line="33"/>
        <source>Sessions to come</source>
        <translation>Séances à venir</translation>
    </message>
    <message>
        <location filename="../../ui/network_dialog.py" line="34"/>
        <source>Time given</source>
        <translation>Temps consacré</translation>
    </message>
    <message>
        <location filename="../../ui/network_dialog.py" line="76"/>
        <source>(no name yet)</source>
        <translation>(pas encore de nom)</translation>
    </message>
    <message>
        <location filename="../../ui/network_dialog.py" line="78"/>
        <source>busy</source>
        <translation>occupée</translation>
    </message>
    <message>
        <location filename="../../ui/network_dialog.py" line="86"/>
        <source>{hours} h {minutes:02d}</source>
        <translation>{hours} h {minutes:02d}</translation>
    </message>
    <message>
        <location filename="../../ui/network_dialog.py" line="91"/>
        <source>“busy”: one of that shop&apos;s computers holds its data just now (someone working on it by hand, or an upgrade under way), so its figures cannot be read. Close and open this list again in a moment.</source>
        <translation>« occupée » : l&apos;un des ordinateurs de cette boutique tient ses données en ce moment (quelqu&apos;un qui y travaille à la main, ou une mise à jour en cours) : ses chiffres ne peuvent pas être lus. Fermez cette liste et rouvrez-la dans un instant.</translation>
    </message>
    <message>
        <location filename="../../ui/network_dialog.py" line="59"/>
        <source>&amp;Work on this shop</source>
        <translation>&amp;Travailler sur cette boutique</translation>
    </message>
    <message>
        <location filename="../../ui/network_dialog.py" line="66"/>
        <source>The running programmes of every shop you coordinate, as they are now.</source>
        <translation>Les programmes en cours de chaque boutique que vous coordonnez, tels qu&apos;ils sont maintenant.</translation>
    </message>
</context>
<context>
    <name>ObjectivesEditor</name>
    <message>
        <location filename="../../ui/steps/objectives_editor.py" line="18"/>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../../ui/steps/objectives_editor.py" line="19"/>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location filename="../../ui/steps/objectives_editor.py" line="19"/>
        <source>Level before</source>
        <translation>Niveau de départ</translation>
    </message>
    <message>
        <location filename="../../ui/steps/objectives_editor.py" line="19"/>
        <source>Level to reach</source>
        <translation>Niveau visé</translation>
    </message>
    <message>
        <location filename="../../ui/steps/objectives_editor.py" line="20"/>
        <source>Topic of the objective</source>
        <translation>Sujet de l&apos;objectif</translation>
    </message>
    <message>
        <location filename="../../ui/steps/objectives_editor.py" line="21"/>
        <source>Add this &amp;objective</source>
        <translation>Ajouter cet &amp;objectif</translation>
    </message>
    <message>
        <location filename="../../ui/steps/objectives_editor.py" line="32"/>
        <source>Objectives of {pair}</source>
        <translation>Objectifs de {pair}</translation>
    </message>
    <message>
        <location filename="../../ui/steps/objectives_editor.py" line="34"/>
        <source>Choose a pair to see its objectives.</source>
        <translation>Choisissez un binôme pour voir ses objectifs.</translation>
    </message>
    <message>
        <location filename="../../ui/steps/objectives_editor.py" line="43"/>
        <source>Level before - {topic}</source>
        <translation>Niveau de départ - {topic}</translation>
    </message>
    <message>
        <location filename="../../ui/steps/objectives_editor.py" line="44"/>
        <source>Level to reach - {topic}</source>
        <translation>Niveau visé - {topic}</translation>
    </message>
    <message>
        <location filename="../../ui/steps/objectives_editor.py" line="48"/>
        <source>Remove the objective {topic}</source>
        <translation>Retirer l&apos;objectif {topic}</translation>
    </message>
</context>
<context>
    <name>PairDialog</name>
    <message>
        <location filename="../../ui/dashboard/pair_dialog.py" line="59"/>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pair_dialog.py" line="59"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pair_dialog.py" line="59"/>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pair_dialog.py" line="59"/>
        <source>Target</source>
        <translation>Visé</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pair_dialog.py" line="61"/>
        <location filename="../../ui/dashboard/pair_dialog.py" line="103"/>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pair_dialog.py" line="63"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pair_dialog.py" line="63"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pair_dialog.py" line="63"/>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pair_dialog.py" line="63"/>
        <source>What was learnt</source>
        <translation>Ce qui a été appris</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pair_dialog.py" line="65"/>
        <location filename="../../ui/dashboard/pair_dialog.py" line="82"/>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pair_dialog.py" line="69"/>
        <source>&amp;Edit the session…</source>
        <translation>&amp;Modifier la séance…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pair_dialog.py" line="68"/>
        <source>&amp;Log the next session…</source>
        <translation>&amp;Noter la prochaine séance…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pair_dialog.py" line="70"/>
        <source>&amp;Add a session that was not planned…</source>
        <translation>&amp;Ajouter une séance non prévue…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pair_dialog.py" line="75"/>
        <source>S&amp;tart</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pair_dialog.py" line="76"/>
        <source>Pa&amp;use</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pair_dialog.py" line="77"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pair_dialog.py" line="78"/>
        <source>&amp;Finish</source>
        <translation>T&amp;erminer</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pair_dialog.py" line="79"/>
        <source>St&amp;op…</source>
        <translation>Arrê&amp;ter…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pair_dialog.py" line="90"/>
        <source>&amp;Notes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pair_dialog.py" line="137"/>
        <source>{mentor} → {mentee}</source>
        <translation>{mentor} → {mentee}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pair_dialog.py" line="144"/>
        <source>{state}: {reason}</source>
        <translation>{state} : {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pair_dialog.py" line="171"/>
        <source>Level now - {topic}</source>
        <translation>Niveau actuel - {topic}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pair_dialog.py" line="190"/>
        <source>{date} (planned {planned})</source>
        <translation>{date} (prévue le {planned})</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pair_dialog.py" line="196"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pair_dialog.py" line="238"/>
        <source>Finish the pair {pair}? Its sessions still planned are cancelled; the pair and its journal stay in the history.</source>
        <translation>Terminer le binôme {pair} ? Ses séances encore prévues sont annulées ; le binôme et son journal restent dans l&apos;historique.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pair_dialog.py" line="247"/>
        <source>Stop the pair</source>
        <translation>Arrêter le binôme</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pair_dialog.py" line="248"/>
        <source>Why does the pair stop? The pair and its sessions stay in the history.</source>
        <translation>Pourquoi le binôme s&apos;arrête-t-il ? Le binôme et ses séances restent dans l&apos;historique.</translation>
    </message>
</context>
<context>
    <name>PairsModel</name>
    <message>
        <location filename="../../ui/dashboard/model.py" line="125"/>
        <source>Pair</source>
        <extracomment>The row&apos;s figures, for the delegates that draw them. The order of the badges when sorted: what needs the owner first.</extracomment>
        <translation>Binôme</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/model.py" line="126"/>
        <source>Topics</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/model.py" line="127"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/model.py" line="128"/>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/model.py" line="129"/>
        <source>Levels</source>
        <translation>Niveaux</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/model.py" line="130"/>
        <source>Next</source>
        <translation>Prochaine</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/model.py" line="131"/>
        <source>Health</source>
        <translation>État</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/model.py" line="156"/>
        <source>{name} (%n mentees)</source>
        <translation>
            <numerusform>{name} (%n mentoré)</numerusform>
            <numerusform>{name} (%n mentorés)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/model.py" line="157"/>
        <source>{mentor} → {mentee}</source>
        <translation>{mentor} → {mentee}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/model.py" line="163"/>
        <source>{topic}: {before} → now {now} → target {target}</source>
        <translation>{topic} : {before} → aujourd&apos;hui {now} → visé {target}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/model.py" line="178"/>
        <source>Step {step} of 5</source>
        <translation>Étape {step} sur 5</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/model.py" line="181"/>
        <source>{done} of {planned} · {hours} h {minutes:02d}</source>
        <translation>{done} sur {planned} · {hours} h {minutes:02d}</translation>
    </message>
</context>
<context>
    <name>PairsPage</name>
    <message>
        <location filename="../../ui/steps/pairs_page.py" line="46"/>
        <source>Form the pairs: a young mentor with a senior mentee. Tandem proposes pairs and says why; you know your team better, so accept, set aside or change them. One mentor may take several mentees if they have the time. Give each pair one to three objectives.</source>
        <translation>Formez les binômes : un jeune mentor avec un senior mentoré. Tandem propose des binômes et dit pourquoi ; vous connaissez mieux votre équipe, alors acceptez, écartez ou modifiez. Un mentor peut suivre plusieurs mentorés s&apos;il en a le temps. Donnez à chaque binôme un à trois objectifs.</translation>
    </message>
    <message>
        <location filename="../../ui/steps/pairs_page.py" line="55"/>
        <location filename="../../ui/steps/pairs_page.py" line="76"/>
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <location filename="../../ui/steps/pairs_page.py" line="60"/>
        <source>Propose a set for the &amp;whole team</source>
        <translation>Proposer un ensemble pour &amp;toute l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../ui/steps/pairs_page.py" line="61"/>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <location filename="../../ui/steps/pairs_page.py" line="62"/>
        <source>&amp;Set aside</source>
        <translation>É&amp;carter</translation>
    </message>
    <message>
        <location filename="../../ui/steps/pairs_page.py" line="64"/>
        <source>&amp;Change before forming</source>
        <translation>Mod&amp;ifier avant de former</translation>
    </message>
    <message>
        <location filename="../../ui/steps/pairs_page.py" line="66"/>
        <source>Pairs</source>
        <translation>Binômes</translation>
    </message>
    <message>
        <location filename="../../ui/steps/pairs_page.py" line="70"/>
        <source>&amp;Form this pair</source>
        <translation>&amp;Former ce binôme</translation>
    </message>
    <message>
        <location filename="../../ui/steps/pairs_page.py" line="71"/>
        <source>&amp;Undo this pair</source>
        <translation>&amp;Défaire ce binôme</translation>
    </message>
    <message>
        <location filename="../../ui/steps/pairs_page.py" line="85"/>
        <source>Pairs formed</source>
        <translation>Binômes formés</translation>
    </message>
    <message>
        <location filename="../../ui/steps/pairs_page.py" line="93"/>
        <source>Men&amp;tor:</source>
        <extracomment>What changes the pairs of the programme, below the list.</extracomment>
        <translation>Me&amp;ntor :</translation>
    </message>
    <message>
        <location filename="../../ui/steps/pairs_page.py" line="95"/>
        <source>Ment&amp;ee:</source>
        <translation>Mentor&amp;é :</translation>
    </message>
    <message>
        <location filename="../../ui/steps/pairs_page.py" line="108"/>
        <source>Affinities - who gets along with whom</source>
        <translation>Affinités - qui s&apos;entend avec qui</translation>
    </message>
    <message>
        <location filename="../../ui/steps/pairs_page.py" line="174"/>
        <source>{mentor} → {mentee} - {strength} ({score}/100)
{why}</source>
        <translation>{mentor} → {mentee} - {strength} ({score}/100)
{why}</translation>
    </message>
    <message>
        <location filename="../../ui/steps/pairs_page.py" line="188"/>
        <source>No new pair to propose: each open need is already worked on, or nobody else knows it better.</source>
        <translation>Aucun nouveau binôme à proposer : chaque besoin ouvert est déjà travaillé, ou personne d&apos;autre ne le maîtrise mieux.</translation>
    </message>
    <message>
        <location filename="../../ui/steps/pairs_page.py" line="201"/>
        <source>Left without a mentor in this proposal:</source>
        <translation>Sans mentor dans cette proposition :</translation>
    </message>
    <message>
        <location filename="../../ui/steps/pairs_page.py" line="214"/>
        <source>Nobody in the team can teach yet: {needs}.</source>
        <translation>Personne dans l&apos;équipe ne peut encore transmettre : {needs}.</translation>
    </message>
    <message>
        <location filename="../../ui/steps/pairs_page.py" line="216"/>
        <source>{topic} for {person}</source>
        <translation>{topic} pour {person}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/steps/pairs_page.py" line="233"/>
        <source>{name} (%n mentees)</source>
        <translation>
            <numerusform>{name} (%n mentoré)</numerusform>
            <numerusform>{name} (%n mentorés)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/steps/pairs_page.py" line="240"/>
        <source>{mentor} → {mentee} - {state}</source>
        <translation>{mentor} → {mentee} - {state}</translation>
    </message>
    <message>
        <location filename="../../ui/steps/pairs_page.py" line="264"/>
        <source>{mentor} → {mentee}</source>
        <translation>{mentor} → {mentee}</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../ui/steps/person_form.py" line="73"/>
        <source>Nam&amp;e:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../ui/steps/person_form.py" line="75"/>
        <source>&amp;Job:</source>
        <translation>Méti&amp;er :</translation>
    </message>
    <message>
        <location filename="../../ui/steps/person_form.py" line="76"/>
        <source>&amp;Year joined:</source>
        <translation>Arri&amp;vée (année) :</translation>
    </message>
    <message>
        <location filename="../../ui/steps/person_form.py" line="78"/>
        <source>A&amp;ge:</source>
        <translation>Â&amp;ge :</translation>
    </message>
    <message>
        <location filename="../../ui/steps/person_form.py" line="81"/>
        <source>&amp;Way of learning:</source>
        <translation>&amp;Façon d&apos;apprendre :</translation>
    </message>
    <message>
        <location filename="../../ui/steps/person_form.py" line="79"/>
        <source>&amp;Temperament:</source>
        <translation>&amp;Tempérament :</translation>
    </message>
    <message>
        <location filename="../../ui/steps/person_form.py" line="83"/>
        <source>Free half-days:</source>
        <translation>Demi-journées libres :</translation>
    </message>
    <message>
        <location filename="../../ui/steps/person_form.py" line="84"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/qt_texts.py" line="14"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="15"/>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/restore_dialog.py" line="43"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="47"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="50"/>
        <source>&amp;Another file (a copy on a USB key)…</source>
        <translation>Un &amp;autre fichier (une copie sur clé USB)…</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="54"/>
        <source>Restoring replaces the data you see now ({people} people, {pairs} pairs, {sessions} sessions) with the one you choose. The data of now is not lost: it is kept aside in Tandem&apos;s folder.</source>
        <translation>La restauration remplace les données actuelles ({people} personnes, {pairs} binômes, {sessions} séances) par celles que vous choisissez. Les données actuelles ne sont pas perdues : elles sont mises de côté dans le dossier de Tandem.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="58"/>
        <source>The data of now is kept aside in Tandem&apos;s folder before restoring.</source>
        <translation>Les données actuelles sont mises de côté dans le dossier de Tandem avant la restauration.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="62"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="65"/>
        <source>Choose what to bring back:</source>
        <translation>Choisissez ce qu&apos;il faut remettre :</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="84"/>
        <source>{date} at {time}</source>
        <translation>{date} à {time}</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="90"/>
        <source>{when} - {people} people, {pairs} pairs, {sessions} sessions</source>
        <translation>{when} - {people} personnes, {pairs} binômes, {sessions} séances</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="94"/>
        <source>(date in doubt)</source>
        <translation>(date douteuse)</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="99"/>
        <source>The PC&apos;s clock was ahead when this backup was made, so its date is wrong. The backups are listed by what they hold, the newest first.</source>
        <translation>L&apos;horloge du PC était en avance quand cette sauvegarde a été faite : sa date est fausse. Les sauvegardes sont rangées selon ce qu&apos;elles contiennent, la plus récente en premier.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="109"/>
        <source>A copy of Tandem&apos;s data</source>
        <translation>Une copie des données de Tandem</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="111"/>
        <source>Tandem data (*.sqlite);;All files (*)</source>
        <translation>Données Tandem (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../ui/steps/review_page.py" line="67"/>
        <source>Take stock with each pair: what the mentee can now do alone, what it brought to both, and the ideas the young one gave the business. Then decide what comes next: go on, swap the roles, or stop here. Print the review sheet and sign it together.</source>
        <translation>Faites le point avec chaque binôme : ce que le mentoré sait faire sans aide désormais, ce que cela a apporté à chacun, et les idées que le jeune a données à l&apos;entreprise. Puis décidez de la suite : continuer, inverser les rôles ou s&apos;arrêter là. Imprimez la fiche bilan et signez-la ensemble.</translation>
    </message>
    <message>
        <location filename="../../ui/steps/review_page.py" line="73"/>
        <source>Pairs to review</source>
        <translation>Binômes à faire le point</translation>
    </message>
    <message>
        <location filename="../../ui/steps/review_page.py" line="76"/>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location filename="../../ui/steps/review_page.py" line="76"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../ui/steps/review_page.py" line="76"/>
        <source>Target</source>
        <translation>Visé</translation>
    </message>
    <message>
        <location filename="../../ui/steps/review_page.py" line="76"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../../ui/steps/review_page.py" line="79"/>
        <source>The mentee says</source>
        <translation>Le mentoré dit</translation>
    </message>
    <message>
        <location filename="../../ui/steps/review_page.py" line="80"/>
        <source>The mentor says</source>
        <translation>Le mentor dit</translation>
    </message>
    <message>
        <location filename="../../ui/steps/review_page.py" line="93"/>
        <source>Rene&amp;w this programme…</source>
        <extracomment>Said while the programme has not begun: a review comes after the sessions.</extracomment>
        <translation>Re&amp;nouveler ce programme…</translation>
    </message>
    <message>
        <location filename="../../ui/steps/review_page.py" line="94"/>
        <location filename="../../ui/steps/review_page.py" line="275"/>
        <source>C&amp;lose this programme…</source>
        <translation>C&amp;lore ce programme…</translation>
    </message>
    <message>
        <location filename="../../ui/steps/review_page.py" line="95"/>
        <source>Pr&amp;int…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/steps/review_page.py" line="98"/>
        <source>Your conclusion</source>
        <translation>Votre conclusion</translation>
    </message>
    <message>
        <location filename="../../ui/steps/review_page.py" line="100"/>
        <source>Con&amp;clusion:</source>
        <translation>Con&amp;clusion :</translation>
    </message>
    <message>
        <location filename="../../ui/steps/review_page.py" line="102"/>
        <source>&amp;Decision:</source>
        <translation>&amp;Décision :</translation>
    </message>
    <message>
        <location filename="../../ui/steps/review_page.py" line="177"/>
        <source>{why} What you note now is kept.</source>
        <extracomment>What the levels table&apos;s rows show, in order. The pair whose decision ``decided`` speaks of.</extracomment>
        <translation>{why} Ce que vous notez dès maintenant est gardé.</translation>
    </message>
    <message>
        <location filename="../../ui/steps/review_page.py" line="238"/>
        <source>{level} (from the journal)</source>
        <translation>{level} (d’après le journal)</translation>
    </message>
    <message>
        <location filename="../../ui/steps/review_page.py" line="283"/>
        <source>Productivity: {levels}, {reached}, {minutes}</source>
        <translation>Productivité : {levels}, {reached}, {minutes}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/steps/review_page.py" line="284"/>
        <source>%n level(s) gained</source>
        <translation>
            <numerusform>%n niveau gagné</numerusform>
            <numerusform>%n niveaux gagnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/steps/review_page.py" line="286"/>
        <source>%n objective(s) reached out of {objectives}</source>
        <translation>
            <numerusform>%n objectif atteint sur {objectives}</numerusform>
            <numerusform>%n objectifs atteints sur {objectives}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/steps/review_page.py" line="288"/>
        <source>%n minute(s) saved each week</source>
        <translation>
            <numerusform>%n minute gagnée chaque semaine</numerusform>
            <numerusform>%n minutes gagnées chaque semaine</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/steps/review_page.py" line="290"/>
        <source>Bond: no answer yet</source>
        <translation>Lien : pas encore de réponse</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/steps/review_page.py" line="295"/>
        <source>Fresh eye: %n idea(s) collected</source>
        <translation>
            <numerusform>Regard neuf : %n idée recueillie</numerusform>
            <numerusform>Regard neuf : %n idées recueillies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/steps/review_page.py" line="325"/>
        <source>The pair is finished: %n session(s) still planned are cancelled ({days}).</source>
        <translation>
            <numerusform>Le binôme est terminé : %n séance encore prévue est annulée ({days}).</numerusform>
            <numerusform>Le binôme est terminé : %n séances encore prévues sont annulées ({days}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/steps/review_page.py" line="339"/>
        <source>Close this programme? Everything in it stays to read and print, but nothing in it can be changed any more. To go on with the team, renew it instead.</source>
        <translation>Clore ce programme ? Tout ce qu&apos;il contient reste à lire et à imprimer, mais plus rien ne pourra y être modifié. Pour continuer avec l&apos;équipe, renouvelez-le plutôt.</translation>
    </message>
    <message>
        <location filename="../../ui/steps/review_page.py" line="345"/>
        <source>Pairs reviewed: {done} of {all}. The others stay as they are.</source>
        <translation>Bilans faits : {done} sur {all}. Les autres restent en l&apos;état.</translation>
    </message>
    <message>
        <location filename="../../ui/steps/review_page.py" line="78"/>
        <location filename="../../ui/steps/review_page.py" line="115"/>
        <source>Levels reached</source>
        <extracomment>The review of the pair chosen: what changes it.</extracomment>
        <translation>Niveaux atteints</translation>
    </message>
    <message>
        <location filename="../../ui/steps/review_page.py" line="90"/>
        <source>Levels before and now</source>
        <extracomment>What a decision did besides being kept: the sessions it cancelled. Each pair&apos;s level before and at the end, as bars.</extracomment>
        <translation>Niveaux avant et maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/steps/review_page.py" line="122"/>
        <source>The programme in figures</source>
        <translation>Le programme en chiffres</translation>
    </message>
    <message>
        <location filename="../../ui/steps/review_page.py" line="188"/>
        <source>Review sheet of this pair</source>
        <translation>Fiche bilan de ce binôme</translation>
    </message>
    <message>
        <location filename="../../ui/steps/review_page.py" line="195"/>
        <source>All the review sheets</source>
        <translation>Toutes les fiches bilan</translation>
    </message>
    <message>
        <location filename="../../ui/steps/review_page.py" line="201"/>
        <source>Programme summary</source>
        <translation>Synthèse du programme</translation>
    </message>
    <message>
        <location filename="../../ui/steps/review_page.py" line="237"/>
        <location filename="../../ui/steps/review_page.py" line="254"/>
        <source>not assessed yet</source>
        <translation>pas encore évalué</translation>
    </message>
    <message>
        <location filename="../../ui/steps/review_page.py" line="258"/>
        <source>Level after - {topic}</source>
        <translation>Niveau après - {topic}</translation>
    </message>
    <message>
        <location filename="../../ui/steps/review_page.py" line="275"/>
        <source>This programme is closed</source>
        <translation>Ce programme est clos</translation>
    </message>
    <message>
        <location filename="../../ui/steps/review_page.py" line="279"/>
        <source>Pairs reviewed: {done} of {all}</source>
        <translation>Bilans faits : {done} sur {all}</translation>
    </message>
    <message>
        <location filename="../../ui/steps/review_page.py" line="292"/>
        <source>Bond: {bond} / 5 on average</source>
        <translation>Lien : {bond} / 5 en moyenne</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <location filename="../../ui/steps/rules_page.py" line="50"/>
        <source>Agree on a clear frame before the first session: when the pairs meet, for how long, where, and the few rules that keep it pleasant for both. Then let Tandem plan the sessions around your days off; each pair signs its charter.</source>
        <extracomment>The slots table shows this many pairs at once and scrolls the others.</extracomment>
        <translation>Fixez un cadre clair avant la première séance : quand les binômes se voient, combien de temps, où, et les quelques règles qui rendent l&apos;échange agréable pour les deux. Laissez ensuite Tandem prévoir les séances en tenant compte de vos jours de fermeture ; chaque binôme signe sa charte.</translation>
    </message>
    <message>
        <location filename="../../ui/steps/rules_page.py" line="58"/>
        <source>Closures</source>
        <translation>Fermetures</translation>
    </message>
    <message>
        <location filename="../../ui/steps/rules_page.py" line="62"/>
        <source>First day closed</source>
        <translation>Premier jour de fermeture</translation>
    </message>
    <message>
        <location filename="../../ui/steps/rules_page.py" line="63"/>
        <source>Last day closed</source>
        <translation>Dernier jour de fermeture</translation>
    </message>
    <message>
        <location filename="../../ui/steps/rules_page.py" line="66"/>
        <source>whole days</source>
        <extracomment>The whole day, or only the morning or the afternoon of each day closed.</extracomment>
        <translation>journées entières</translation>
    </message>
    <message>
        <location filename="../../ui/steps/rules_page.py" line="67"/>
        <source>mornings only</source>
        <translation>matins seulement</translation>
    </message>
    <message>
        <location filename="../../ui/steps/rules_page.py" line="68"/>
        <source>afternoons only</source>
        <translation>après-midi seulement</translation>
    </message>
    <message>
        <location filename="../../ui/steps/rules_page.py" line="69"/>
        <source>Part of the day closed</source>
        <translation>Partie de la journée fermée</translation>
    </message>
    <message>
        <location filename="../../ui/steps/rules_page.py" line="71"/>
        <source>for example: summer holidays</source>
        <translation>par exemple : vacances d&apos;été</translation>
    </message>
    <message>
        <location filename="../../ui/steps/rules_page.py" line="72"/>
        <source>What the closure is</source>
        <translation>Motif de la fermeture</translation>
    </message>
    <message>
        <location filename="../../ui/steps/rules_page.py" line="74"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../ui/steps/rules_page.py" line="75"/>
        <source>Remove the closure</source>
        <translation>Retirer la fermeture</translation>
    </message>
    <message>
        <location filename="../../ui/steps/rules_page.py" line="77"/>
        <source>Pair</source>
        <translation>Binôme</translation>
    </message>
    <message>
        <location filename="../../ui/steps/rules_page.py" line="77"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../ui/steps/rules_page.py" line="77"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../ui/steps/rules_page.py" line="77"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../ui/steps/rules_page.py" line="401"/>
        <source>So that each pair meets when both are free, and nobody has two sessions at the same time, these pairs would meet at another time:

{slots}

Save these slots and plan the sessions?</source>
        <translation>Pour que chaque binôme se voie quand les deux sont libres, et que personne n’ait deux séances en même temps, ces binômes se verraient à un autre moment :

{slots}

Enregistrer ces créneaux et prévoir les séances ?</translation>
    </message>
    <message>
        <location filename="../../ui/steps/rules_page.py" line="73"/>
        <source>Add th&amp;is closure</source>
        <translation>Ajouter cette &amp;fermeture</translation>
    </message>
    <message>
        <location filename="../../ui/steps/rules_page.py" line="80"/>
        <source>Each pair&apos;s slot</source>
        <translation>Créneau de chaque binôme</translation>
    </message>
    <message>
        <location filename="../../ui/steps/rules_page.py" line="81"/>
        <source>Plan th&amp;e sessions</source>
        <translation>Prévoir les séan&amp;ces</translation>
    </message>
    <message>
        <location filename="../../ui/steps/rules_page.py" line="84"/>
        <source>Charter of the pair…</source>
        <extracomment>Said when planned sessions no longer follow the frame (it changed since).</extracomment>
        <translation>Charte du binôme…</translation>
    </message>
    <message>
        <location filename="../../ui/steps/rules_page.py" line="89"/>
        <source>Planned sessions</source>
        <translation>Séances prévues</translation>
    </message>
    <message>
        <location filename="../../ui/steps/rules_page.py" line="95"/>
        <source>The frame</source>
        <translation>Le cadre</translation>
    </message>
    <message>
        <location filename="../../ui/steps/rules_page.py" line="97"/>
        <source>The shop is closed</source>
        <translation>La boutique est fermée</translation>
    </message>
    <message>
        <location filename="../../ui/steps/rules_page.py" line="113"/>
        <source>Each pair&apos;s slot and sessions</source>
        <translation>Créneau et séances de chaque binôme</translation>
    </message>
    <message>
        <location filename="../../ui/steps/rules_page.py" line="117"/>
        <source>Leave &quot;as the programme&quot; unless a pair meets at another time.</source>
        <translation>Laissez « comme le programme » sauf si un binôme se voit à un autre moment.</translation>
    </message>
    <message>
        <location filename="../../ui/steps/rules_page.py" line="179"/>
        <source>{first} to {last}</source>
        <extracomment>The pairs of the slots table&apos;s rows, in order. Each row&apos;s pair name and slot, shown by its fields once they are made.</extracomment>
        <translation>du {first} au {last}</translation>
    </message>
    <message>
        <location filename="../../ui/steps/rules_page.py" line="184"/>
        <source>(mornings)</source>
        <translation>(matins)</translation>
    </message>
    <message>
        <location filename="../../ui/steps/rules_page.py" line="186"/>
        <source>(afternoons)</source>
        <translation>(après-midi)</translation>
    </message>
    <message>
        <location filename="../../ui/steps/rules_page.py" line="289"/>
        <source>as the programme</source>
        <translation>comme le programme</translation>
    </message>
    <message>
        <location filename="../../ui/steps/rules_page.py" line="269"/>
        <source>Day of {pair}</source>
        <translation>Jour de {pair}</translation>
    </message>
    <message>
        <location filename="../../ui/steps/rules_page.py" line="272"/>
        <source>Time of {pair}</source>
        <translation>Heure de {pair}</translation>
    </message>
    <message>
        <location filename="../../ui/steps/rules_page.py" line="275"/>
        <source>Place of {pair}</source>
        <translation>Lieu de {pair}</translation>
    </message>
    <message>
        <location filename="../../ui/steps/rules_page.py" line="307"/>
        <source>Charter of {pair}</source>
        <translation>Charte de {pair}</translation>
    </message>
    <message>
        <location filename="../../ui/steps/rules_page.py" line="332"/>
        <source>Sessions of {pair}:</source>
        <translation>Séances de {pair} :</translation>
    </message>
    <message>
        <location filename="../../ui/steps/rules_page.py" line="338"/>
        <source>{when} - {minutes} min - {status}</source>
        <translation>{when} - {minutes} min - {status}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/steps/rules_page.py" line="374"/>
        <source>The sessions to come of %n pair(s) no longer follow the frame: plan the sessions again to move them.</source>
        <translation>
            <numerusform>Les séances à venir de %n binôme ne suivent plus le cadre : prévoyez les séances à nouveau pour les déplacer.</numerusform>
            <numerusform>Les séances à venir de %n binômes ne suivent plus le cadre : prévoyez les séances à nouveau pour les déplacer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/steps/rules_page.py" line="392"/>
        <source>{mentor} → {mentee}: {day} at {time}</source>
        <translation>{mentor} → {mentee} : {day} à {time}</translation>
    </message>
    <message>
        <location filename="../../ui/steps/rules_page.py" line="423"/>
        <source>Sessions planned: {count}.</source>
        <translation>Séances prévues : {count}.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../ui/dashboard/session_dialog.py" line="67"/>
        <source>Session of {mentor} → {mentee}</source>
        <translation>Séance de {mentor} → {mentee}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/session_dialog.py" line="77"/>
        <source>Time</source>
        <extracomment>Its hour and length: a new one starts as the pair&apos;s slot says.</extracomment>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/session_dialog.py" line="80"/>
        <source>Length in minutes</source>
        <translation>Durée en minutes</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/session_dialog.py" line="84"/>
        <source>(not said)</source>
        <translation>(non précisé)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/session_dialog.py" line="103"/>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/session_dialog.py" line="111"/>
        <source>A session that was not planned.</source>
        <translation>Une séance qui n&apos;était pas prévue.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/session_dialog.py" line="113"/>
        <source>Planned for {date}, first planned for {first}.</source>
        <translation>Prévue le {date}, d&apos;abord prévue le {first}.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/session_dialog.py" line="117"/>
        <source>Planned for {date}.</source>
        <translation>Prévue le {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/session_dialog.py" line="120"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/session_dialog.py" line="121"/>
        <source>T&amp;ime:</source>
        <translation>&amp;Heure :</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/session_dialog.py" line="122"/>
        <source>&amp;Length (minutes):</source>
        <translation>D&amp;urée (minutes) :</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/session_dialog.py" line="123"/>
        <source>&amp;Status:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/session_dialog.py" line="124"/>
        <source>&amp;Topic:</source>
        <translation>&amp;Sujet :</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/session_dialog.py" line="125"/>
        <source>What was lear&amp;nt:</source>
        <translation>Ce qui a été &amp;appris :</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/session_dialog.py" line="126"/>
        <source>What to &amp;practise before next time:</source>
        <translation>Ce qu&apos;il faut &amp;pratiquer d&apos;ici la prochaine fois :</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/session_dialog.py" line="127"/>
        <source>Mentee&apos;s &amp;confidence after:</source>
        <translation>&amp;Confiance du mentoré après :</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/session_dialog.py" line="128"/>
        <source>Mentee&apos;s le&amp;vel now on this topic:</source>
        <translation>Ni&amp;veau du mentoré sur ce sujet :</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/session_dialog.py" line="189"/>
        <source>{mentor} and {mentee} met on {date}: the session planned for them that day is cancelled, so that they do not meet twice.</source>
        <translation>{mentor} et {mentee} se sont vus le {date} : la séance prévue pour eux ce jour-là est annulée, pour qu&apos;ils ne se voient pas deux fois.</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../../ui/steps/base.py" line="88"/>
        <source>This programme is closed: it can be read and printed, not changed. To go on with the same team, renew it in step 5.</source>
        <translation>Ce programme est clos : on peut le lire et l&apos;imprimer, plus le modifier. Pour continuer avec la même équipe, renouvelez-le à l&apos;étape 5.</translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <location filename="../../ui/stepper.py" line="16"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../ui/stepper.py" line="17"/>
        <source>The needs</source>
        <translation>Les besoins</translation>
    </message>
    <message>
        <location filename="../../ui/stepper.py" line="18"/>
        <source>The pairs</source>
        <translation>Les binômes</translation>
    </message>
    <message>
        <location filename="../../ui/stepper.py" line="19"/>
        <source>Coaching the mentors</source>
        <translation>Coacher les mentors</translation>
    </message>
    <message>
        <location filename="../../ui/stepper.py" line="20"/>
        <source>The rules of the game</source>
        <translation>Les règles du jeu</translation>
    </message>
    <message>
        <location filename="../../ui/stepper.py" line="21"/>
        <source>The review</source>
        <translation>Le bilan</translation>
    </message>
    <message>
        <location filename="../../ui/stepper.py" line="40"/>
        <source>Steps of the programme</source>
        <translation>Étapes du programme</translation>
    </message>
    <message>
        <location filename="../../ui/stepper.py" line="59"/>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location filename="../../ui/stepper.py" line="61"/>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../ui/stepper.py" line="63"/>
        <source>not started</source>
        <translation>pas commencée</translation>
    </message>
</context>
<context>
    <name>TeamTable</name>
    <message>
        <location filename="../../ui/steps/team_table.py" line="127"/>
        <source>What they want to learn</source>
        <extracomment>The column where Tab started the line being typed, for Enter to go back to. The people&apos;s ids in the order of the rows on screen. The last cells written were refused. The cell a refusal is about, while it is said.</extracomment>
        <translation>Ce qu&apos;ils veulent apprendre</translation>
    </message>
    <message>
        <location filename="../../ui/steps/team_table.py" line="128"/>
        <source>What they can teach</source>
        <translation>Ce qu&apos;ils peuvent enseigner</translation>
    </message>
    <message>
        <location filename="../../ui/steps/team_table.py" line="129"/>
        <source>Which table</source>
        <translation>Quel tableau</translation>
    </message>
    <message>
        <location filename="../../ui/steps/team_table.py" line="132"/>
        <source>The team&apos;s table</source>
        <translation>Le tableau de l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../ui/steps/team_table.py" line="142"/>
        <source>&amp;Undo the last change</source>
        <translation>&amp;Défaire la dernière modification</translation>
    </message>
    <message>
        <location filename="../../ui/steps/team_table.py" line="143"/>
        <source>Ctrl+Z in the table</source>
        <translation>Ctrl+Z dans le tableau</translation>
    </message>
    <message>
        <location filename="../../ui/steps/team_table.py" line="145"/>
        <source>&amp;Bring the team from a spreadsheet…</source>
        <translation>&amp;Reprendre l&apos;équipe d&apos;un tableur…</translation>
    </message>
    <message>
        <location filename="../../ui/steps/team_table.py" line="146"/>
        <source>Save a &amp;table to fill…</source>
        <translation>Enregistrer un &amp;tableau à remplir…</translation>
    </message>
    <message>
        <location filename="../../ui/steps/team_table.py" line="148"/>
        <source>&amp;Questionnaire on paper</source>
        <translation>&amp;Questionnaire papier</translation>
    </message>
    <message>
        <location filename="../../ui/steps/team_table.py" line="153"/>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <location filename="../../ui/steps/team_table.py" line="193"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/steps/team_table.py" line="193"/>
        <source>Job</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location filename="../../ui/steps/team_table.py" line="219"/>
        <source>Type a name here to add a person</source>
        <translation>Tapez un nom ici pour ajouter une personne</translation>
    </message>
    <message>
        <location filename="../../ui/steps/team_table.py" line="223"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../../ui/steps/team_table.py" line="274"/>
        <source>{now} → {target} (P{priority})</source>
        <translation>{now} → {target} (P{priority})</translation>
    </message>
    <message>
        <location filename="../../ui/steps/team_table.py" line="283"/>
        <source>From {now} to {target}, {priority}</source>
        <translation>De « {now} » à « {target} », {priority}</translation>
    </message>
    <message>
        <location filename="../../ui/steps/team_table.py" line="298"/>
        <source>In each cell, type the level now, the level to reach and the priority (1 first, 2 second, 3 can wait), for example 1 3 1; or the level now alone. Levels: {levels}.</source>
        <translation>Dans chaque case, tapez le niveau actuel, le niveau à atteindre et la priorité (1 d&apos;abord, 2 ensuite, 3 peut attendre), par exemple 1 3 1 ; ou seulement le niveau actuel. Niveaux : {levels}.</translation>
    </message>
    <message>
        <location filename="../../ui/steps/team_table.py" line="303"/>
        <source>In each cell, type the level the person can teach at. Levels: {levels}.</source>
        <translation>Dans chaque case, tapez le niveau auquel la personne peut l&apos;enseigner. Niveaux : {levels}.</translation>
    </message>
    <message>
        <location filename="../../ui/steps/team_table.py" line="441"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../../ui/steps/team_table.py" line="451"/>
        <source>Level now</source>
        <translation>Niveau actuel</translation>
    </message>
    <message>
        <location filename="../../ui/steps/team_table.py" line="458"/>
        <source>Level to reach</source>
        <translation>Niveau à atteindre</translation>
    </message>
    <message>
        <location filename="../../ui/steps/team_table.py" line="468"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
</context>
<context>
    <name>TopicRows</name>
    <message>
        <location filename="../../ui/steps/topic_rows.py" line="95"/>
        <source>Remove</source>
        <extracomment>A row as the core gives it: the record&apos;s id, its topic&apos;s name, the value of each choice. The records and topics of the rows shown, in order.</extracomment>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>TopicsBox</name>
    <message>
        <location filename="../../ui/steps/topics_box.py" line="32"/>
        <source>Topic catalogue</source>
        <translation>Catalogue des sujets</translation>
    </message>
    <message>
        <location filename="../../ui/steps/topics_box.py" line="34"/>
        <source>Topics</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <location filename="../../ui/steps/topics_box.py" line="40"/>
        <source>Add this topi&amp;c</source>
        <translation>A&amp;jouter ce sujet</translation>
    </message>
    <message>
        <location filename="../../ui/steps/topics_box.py" line="41"/>
        <source>Save the changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <location filename="../../ui/steps/topics_box.py" line="42"/>
        <source>Remove the topic</source>
        <translation>Retirer le sujet</translation>
    </message>
    <message>
        <location filename="../../ui/steps/topics_box.py" line="47"/>
        <source>Topic:</source>
        <translation>Sujet :</translation>
    </message>
    <message>
        <location filename="../../ui/steps/topics_box.py" line="129"/>
        <source>Remove {topic} from the catalogue?</source>
        <translation>Retirer {topic} du catalogue ?</translation>
    </message>
    <message>
        <location filename="../../ui/steps/topics_box.py" line="48"/>
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <location filename="../../ui/steps/topics_box.py" line="49"/>
        <source>In a few words:</source>
        <translation>En quelques mots :</translation>
    </message>
</context>
<context>
    <name>_StartPage</name>
    <message>
        <location filename="../../ui/first_run.py" line="146"/>
        <source>How would you like to begin?</source>
        <translation>Comment voulez-vous commencer ?</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="147"/>
        <source>&amp;Start my programme</source>
        <translation>&amp;Commencer mon programme</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="148"/>
        <source>&amp;Explore the demo first</source>
        <translation>&amp;Explorer d&apos;abord la démonstration</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="149"/>
        <source>&amp;Programme name:</source>
        <translation>Nom du &amp;programme :</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="151"/>
        <source>Our first programme</source>
        <translation>Notre premier programme</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="154"/>
        <source>The demo is a chocolate shop with its team and pairs already under way. It lives in its own file: your own data stays empty until you come back to it.</source>
        <translation>La démonstration est une chocolaterie avec son équipe et des binômes déjà en route. Elle a son propre fichier : vos données restent vides jusqu&apos;à ce que vous y reveniez.</translation>
    </message>
</context>
<context>
    <name>_WelcomePage</name>
    <message>
        <location filename="../../ui/first_run.py" line="78"/>
        <source>Welcome to Tandem</source>
        <translation>Bienvenue dans Tandem</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="81"/>
        <source>Tandem guides you through a reverse-mentoring programme: the young people of your team teach the more experienced ones what they know better. Everything you enter is saved at once, on this computer.</source>
        <translation>Tandem vous guide dans un programme de mentorat inversé : les jeunes de votre équipe apprennent aux plus expérimentés ce qu&apos;ils maîtrisent mieux. Tout ce que vous saisissez est enregistré aussitôt, sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="86"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="87"/>
        <source>Name of your &amp;business:</source>
        <translation>Nom de votre &amp;entreprise :</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="88"/>
        <source>for example: Chocolaterie Marie</source>
        <translation>par exemple : Chocolaterie Marie</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="89"/>
        <source>Your &amp;trade:</source>
        <translation>Votre &amp;métier :</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="102"/>
        <source>Tandem adds to your topic catalogue what this trade most often needs to learn: {topics}. You can change it at any time in step 1.</source>
        <translation>Tandem ajoute à votre catalogue de sujets ce que ce métier a le plus souvent besoin d&apos;apprendre : {topics}. Vous pourrez le modifier à tout moment à l&apos;étape 1.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="107"/>
        <source>Tandem starts your topic catalogue with the digital topics a small business most often needs; add your trade&apos;s own in step 1.</source>
        <translation>Tandem commence votre catalogue de sujets par les sujets numériques dont une petite entreprise a le plus souvent besoin ; ajoutez ceux de votre métier à l&apos;étape 1.</translation>
    </message>
</context>
<context>
    <name>availability</name>
    <message>
        <location filename="../../app/availability.py" line="39"/>
        <source>{day} {part}</source>
        <translation>{day} {part}</translation>
    </message>
</context>
<context>
    <name>calendars</name>
    <message>
        <location filename="../../app/sessions/calendars.py" line="246"/>
        <source>Tandem: {mentor} → {mentee}</source>
        <translation>Tandem : {mentor} → {mentee}</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_actions.py" line="22"/>
        <source>Where to put the calendar files</source>
        <translation>Où mettre les fichiers d&apos;agenda</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_actions.py" line="32"/>
        <source>Tandem could not write the calendars in {folder}: {reason}</source>
        <translation>Tandem n&apos;a pas pu écrire les agendas dans {folder} : {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_actions.py" line="45"/>
        <source>Tandem</source>
        <translation>Tandem</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_actions.py" line="46"/>
        <source>The calendars are in {folder}: {whole} for the whole programme, and one file per person with only their sessions, to open on their phone or in their mail program. Export again after a change: the sessions are updated, not added twice.</source>
        <translation>Les agendas sont dans {folder} : {whole} pour tout le programme, et un fichier par personne avec seulement ses séances, à ouvrir sur son téléphone ou dans sa messagerie. Exportez de nouveau après un changement : les séances sont mises à jour, pas ajoutées deux fois.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_actions.py" line="57"/>
        <source>Open the &amp;folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
</context>
<context>
    <name>catalogue</name>
    <message>
        <location filename="../../app/catalogue.py" line="18"/>
        <location filename="../../app/demo_shops.py" line="206"/>
        <source>Social networks</source>
        <extracomment>(name, kind, description) of the topics a small shop most often needs.</extracomment>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="20"/>
        <source>Post photos and news of the shop, answer messages, keep a steady rhythm.</source>
        <translation>Publier des photos et des nouvelles de la boutique, répondre aux messages, garder un rythme régulier.</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="25"/>
        <location filename="../../app/demo_shops.py" line="198"/>
        <source>The shop&apos;s website</source>
        <translation>Le site de la boutique</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="27"/>
        <source>Change opening hours, prices and photos on the site without outside help.</source>
        <translation>Changer soi-même les horaires, les prix et les photos du site, sans aide extérieure.</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="32"/>
        <location filename="../../app/demo_shops.py" line="202"/>
        <source>Newsletter</source>
        <translation>Lettre d&apos;information</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="34"/>
        <source>Write and send a regular letter to customers who asked for it.</source>
        <translation>Rédiger et envoyer une lettre régulière aux clients qui l&apos;ont demandée.</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="39"/>
        <location filename="../../app/demo_shops.py" line="205"/>
        <source>Online customer file</source>
        <translation>Fichier clients en ligne</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="41"/>
        <source>Keep customers&apos; details and orders in one online file instead of paper.</source>
        <translation>Tenir les coordonnées et les commandes des clients dans un seul fichier en ligne plutôt que sur papier.</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="46"/>
        <location filename="../../app/demo_shops.py" line="197"/>
        <source>Online orders and sales</source>
        <translation>Commandes et ventes en ligne</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="48"/>
        <source>Take orders and payments online, follow them until they are handed over.</source>
        <translation>Recevoir commandes et paiements en ligne, et les suivre jusqu&apos;à la remise au client.</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="53"/>
        <location filename="../../app/demo_shops.py" line="201"/>
        <location filename="../../app/demo_shops.py" line="426"/>
        <source>Customer reviews</source>
        <translation>Avis des clients</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="55"/>
        <source>Read the reviews left online and answer them calmly.</source>
        <translation>Lire les avis laissés en ligne et y répondre posément.</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="58"/>
        <location filename="../../app/demo_shops.py" line="209"/>
        <source>Photos of products</source>
        <translation>Photos des produits</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="60"/>
        <source>Take clear photos with a phone and get them ready to publish.</source>
        <translation>Prendre des photos nettes avec un téléphone et les préparer pour la publication.</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="65"/>
        <location filename="../../app/demo_shops.py" line="210"/>
        <source>Spreadsheets</source>
        <translation>Tableur</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="67"/>
        <source>Keep a simple table of stock, costs or schedules.</source>
        <translation>Tenir un tableau simple du stock, des coûts ou des plannings.</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="70"/>
        <location filename="../../app/demo_shops.py" line="212"/>
        <source>A new technique of the trade</source>
        <translation>Une nouvelle technique du métier</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="72"/>
        <source>A way of working taught at school today that the shop does not use yet.</source>
        <translation>Une façon de travailler enseignée aujourd&apos;hui à l&apos;école, que la boutique n&apos;utilise pas encore.</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="77"/>
        <source>A new product or ingredient</source>
        <translation>Un nouveau produit ou ingrédient</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="79"/>
        <source>Working with a material or ingredient the shop does not know well yet.</source>
        <translation>Travailler une matière ou un ingrédient que la boutique connaît encore mal.</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="88"/>
        <source>Be patient</source>
        <extracomment>(title, explanation) of what a young mentor should be ready for before teaching.</extracomment>
        <translation>Faire preuve de patience</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="89"/>
        <source>Your mentee may need to see a step two or three times. That is normal, and it is not lost time.</source>
        <translation>Votre mentoré aura peut-être besoin de voir une étape deux ou trois fois. C&apos;est normal, et ce n&apos;est pas du temps perdu.</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="95"/>
        <source>Speak without jargon</source>
        <translation>Parler sans jargon</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="96"/>
        <source>Use everyday words. When a technical word is unavoidable, explain it once, simply.</source>
        <translation>Employez des mots de tous les jours. Quand un mot technique est inévitable, expliquez-le une fois, simplement.</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="102"/>
        <source>Their hands on the tool</source>
        <translation>Ses mains sur l&apos;outil</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="103"/>
        <source>Let your mentee hold the mouse, the phone or the tool. You guide; they do.</source>
        <translation>Laissez votre mentoré tenir la souris, le téléphone ou l&apos;outil. Vous guidez ; il ou elle fait.</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="109"/>
        <source>Check what was understood</source>
        <translation>Vérifier ce qui a été compris</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="110"/>
        <source>Ask your mentee to do it again alone, or to explain it back to you in their own words.</source>
        <translation>Demandez à votre mentoré de refaire sans aide, ou de vous réexpliquer avec ses propres mots.</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="116"/>
        <source>One goal per session</source>
        <translation>Un objectif par séance</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="117"/>
        <source>Decide together what the session is for, and stop once it is reached.</source>
        <translation>Décidez ensemble à quoi sert la séance, et arrêtez-vous une fois le but atteint.</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="122"/>
        <source>Leave a written memo</source>
        <translation>Laisser un mémo écrit</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="123"/>
        <source>End with a few written lines your mentee keeps: the steps, where to click, what to practise.</source>
        <translation>Terminez par quelques lignes écrites que votre mentoré garde : les étapes, où cliquer, quoi pratiquer.</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="129"/>
        <source>Praise the progress</source>
        <translation>Saluer les progrès</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="130"/>
        <source>Say what went well. Learning something new at any age takes courage.</source>
        <translation>Dites ce qui a bien marché. Apprendre du neuf, à tout âge, demande du courage.</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="135"/>
        <source>Giving feedback to your boss</source>
        <translation>Faire un retour à son patron</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="136"/>
        <source>During a session you are the one who knows. Say plainly what to change, with respect; your boss asked for it.</source>
        <translation>Pendant la séance, c&apos;est vous qui savez. Dites simplement ce qu&apos;il faut changer, avec respect : votre patron l&apos;a demandé.</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <location filename="../../app/charts.py" line="47"/>
        <source>{mentor} → {mentee}</source>
        <extracomment>The same in words, for a tooltip and for a screen reader. The levels&apos; names, lowest first: the chart&apos;s scale. The words of the legend: the bar before, the bar after.</extracomment>
        <translation>{mentor} → {mentee}</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="51"/>
        <source>{topic}: {before} → {after}</source>
        <translation>{topic} : {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="62"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="63"/>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
</context>
<context>
    <name>conflicts</name>
    <message>
        <location filename="../../app/storage/conflicts.py" line="23"/>
        <source>the shop</source>
        <extracomment>What a row is, as the coordinator reads it.</extracomment>
        <translation>la boutique</translation>
    </message>
    <message>
        <location filename="../../app/storage/conflicts.py" line="24"/>
        <source>a closure</source>
        <translation>une fermeture</translation>
    </message>
    <message>
        <location filename="../../app/storage/conflicts.py" line="25"/>
        <source>this person</source>
        <translation>cette personne</translation>
    </message>
    <message>
        <location filename="../../app/storage/conflicts.py" line="26"/>
        <source>this topic</source>
        <translation>ce sujet</translation>
    </message>
    <message>
        <location filename="../../app/storage/conflicts.py" line="27"/>
        <source>this need</source>
        <translation>ce besoin</translation>
    </message>
    <message>
        <location filename="../../app/storage/conflicts.py" line="28"/>
        <source>this know-how</source>
        <translation>ce savoir-faire</translation>
    </message>
    <message>
        <location filename="../../app/storage/conflicts.py" line="29"/>
        <source>how these two get along</source>
        <translation>l&apos;entente de ces deux personnes</translation>
    </message>
    <message>
        <location filename="../../app/storage/conflicts.py" line="30"/>
        <source>this programme</source>
        <translation>ce programme</translation>
    </message>
    <message>
        <location filename="../../app/storage/conflicts.py" line="31"/>
        <source>this pair</source>
        <translation>ce binôme</translation>
    </message>
    <message>
        <location filename="../../app/storage/conflicts.py" line="32"/>
        <source>this objective</source>
        <translation>cet objectif</translation>
    </message>
    <message>
        <location filename="../../app/storage/conflicts.py" line="33"/>
        <location filename="../../app/storage/conflicts.py" line="35"/>
        <source>this coaching point</source>
        <translation>ce point de préparation</translation>
    </message>
    <message>
        <location filename="../../app/storage/conflicts.py" line="34"/>
        <source>this mentor&apos;s coaching</source>
        <translation>la préparation de ce mentor</translation>
    </message>
    <message>
        <location filename="../../app/storage/conflicts.py" line="36"/>
        <source>the rules of this programme</source>
        <translation>les règles de ce programme</translation>
    </message>
    <message>
        <location filename="../../app/storage/conflicts.py" line="37"/>
        <source>this pair&apos;s slot</source>
        <translation>le créneau de ce binôme</translation>
    </message>
    <message>
        <location filename="../../app/storage/conflicts.py" line="38"/>
        <source>this session</source>
        <translation>cette séance</translation>
    </message>
    <message>
        <location filename="../../app/storage/conflicts.py" line="39"/>
        <source>the review of this pair</source>
        <translation>le bilan de ce binôme</translation>
    </message>
    <message>
        <location filename="../../app/storage/conflicts.py" line="40"/>
        <source>these answers</source>
        <translation>ces réponses</translation>
    </message>
    <message>
        <location filename="../../app/storage/conflicts.py" line="46"/>
        <source>Name</source>
        <extracomment>The fields whose words are shown as they are now (the others change levels, dates and choices, which the screen shows once she has saved or left the form).</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../app/storage/conflicts.py" line="47"/>
        <source>Job</source>
        <translation>Métier</translation>
    </message>
    <message>
        <location filename="../../app/storage/conflicts.py" line="48"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/storage/conflicts.py" line="49"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../app/storage/conflicts.py" line="50"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/storage/conflicts.py" line="51"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../app/storage/conflicts.py" line="52"/>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <location filename="../../app/storage/conflicts.py" line="53"/>
        <source>Why it stopped</source>
        <translation>Raison de l&apos;arrêt</translation>
    </message>
    <message>
        <location filename="../../app/storage/conflicts.py" line="54"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../app/storage/conflicts.py" line="55"/>
        <source>Confidentiality</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <location filename="../../app/storage/conflicts.py" line="56"/>
        <source>Kindness</source>
        <translation>Bienveillance</translation>
    </message>
    <message>
        <location filename="../../app/storage/conflicts.py" line="57"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../app/storage/conflicts.py" line="58"/>
        <source>Out of scope</source>
        <translation>Hors sujet</translation>
    </message>
    <message>
        <location filename="../../app/storage/conflicts.py" line="59"/>
        <source>Other rules</source>
        <translation>Autres règles</translation>
    </message>
    <message>
        <location filename="../../app/storage/conflicts.py" line="60"/>
        <source>What was learnt</source>
        <translation>Ce qui a été appris</translation>
    </message>
    <message>
        <location filename="../../app/storage/conflicts.py" line="61"/>
        <source>To practise</source>
        <translation>À pratiquer</translation>
    </message>
    <message>
        <location filename="../../app/storage/conflicts.py" line="62"/>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location filename="../../app/storage/conflicts.py" line="63"/>
        <source>Can now do alone</source>
        <translation>Sait faire sans aide</translation>
    </message>
    <message>
        <location filename="../../app/storage/conflicts.py" line="64"/>
        <source>Ideas</source>
        <translation>Idées</translation>
    </message>
    <message>
        <location filename="../../app/storage/conflicts.py" line="65"/>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <location filename="../../app/storage/conflicts.py" line="84"/>
        <source>{field}: “{value}”</source>
        <extracomment>Longest quote of a text as it is now, in characters.</extracomment>
        <translation>{field} : « {value} »</translation>
    </message>
    <message>
        <location filename="../../app/storage/conflicts.py" line="99"/>
        <source>Someone else ({who}) changed {what} after your screen showed it.</source>
        <translation>Quelqu&apos;un d&apos;autre ({who}) a modifié {what} depuis que votre écran l&apos;affiche.</translation>
    </message>
    <message>
        <location filename="../../app/storage/conflicts.py" line="114"/>
        <source>{head} Nothing was saved: the screen now shows their version, with what you typed still in its fields - save again to keep it.</source>
        <translation>{head} Rien n&apos;a été enregistré : l&apos;écran montre maintenant leur version, et ce que vous avez saisi est toujours dans ses champs - enregistrez à nouveau pour le garder.</translation>
    </message>
    <message>
        <location filename="../../app/storage/conflicts.py" line="120"/>
        <source>{head} It now reads: {now}. Nothing was saved: the screen now shows their version, with what you typed still in its fields - save again to keep it.</source>
        <translation>{head} On y lit maintenant : {now}. Rien n&apos;a été enregistré : l&apos;écran montre maintenant leur version, et ce que vous avez saisi est toujours dans ses champs - enregistrez à nouveau pour le garder.</translation>
    </message>
    <message>
        <location filename="../../app/storage/conflicts.py" line="92"/>
        <source>{first}; {second}</source>
        <translation>{first} ; {second}</translation>
    </message>
    <message>
        <location filename="../../app/storage/conflicts.py" line="108"/>
        <source>Someone else changed {what} after your screen showed it.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié {what} depuis que votre écran l&apos;affiche.</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <location filename="../../app/demo_shops.py" line="135"/>
        <source>Chocolaterie Marie</source>
        <translation>Chocolaterie Marie</translation>
    </message>
    <message>
        <location filename="../../app/demo_shops.py" line="139"/>
        <source>Owner, chocolate maker</source>
        <translation>Gérante, chocolatière</translation>
    </message>
    <message>
        <location filename="../../app/demo_shops.py" line="147"/>
        <source>Apprentice chocolate maker</source>
        <translation>Apprenti chocolatier</translation>
    </message>
    <message>
        <location filename="../../app/demo_shops.py" line="156"/>
        <source>Shop assistant</source>
        <translation>Vendeuse</translation>
    </message>
    <message>
        <location filename="../../app/demo_shops.py" line="164"/>
        <source>Sales assistant</source>
        <translation>Vendeuse</translation>
    </message>
    <message>
        <location filename="../../app/demo_shops.py" line="173"/>
        <source>Apprentice</source>
        <translation>Apprenti</translation>
    </message>
    <message>
        <location filename="../../app/demo_shops.py" line="181"/>
        <source>Confectioner</source>
        <translation>Confiseuse</translation>
    </message>
    <message>
        <location filename="../../app/demo_shops.py" line="189"/>
        <source>Delivery driver</source>
        <translation>Livreur</translation>
    </message>
    <message>
        <location filename="../../app/demo_shops.py" line="242"/>
        <source>Going online</source>
        <translation>Passer au numérique</translation>
    </message>
    <message>
        <location filename="../../app/demo_shops.py" line="260"/>
        <source>The back office, at the computer</source>
        <translation>L&apos;arrière-boutique, devant l&apos;ordinateur</translation>
    </message>
    <message>
        <location filename="../../app/demo_shops.py" line="262"/>
        <source>What is said in a session stays between the two of us.</source>
        <translation>Ce qui se dit en séance reste entre nous deux.</translation>
    </message>
    <message>
        <location filename="../../app/demo_shops.py" line="265"/>
        <source>No silly questions. We laugh together, never at each other.</source>
        <translation>Pas de question bête. On rit ensemble, jamais l&apos;un de l&apos;autre.</translation>
    </message>
    <message>
        <location filename="../../app/demo_shops.py" line="270"/>
        <source>The mentor does not do the work in the mentee&apos;s place.</source>
        <translation>Le mentor ne fait pas le travail à la place du mentoré.</translation>
    </message>
    <message>
        <location filename="../../app/demo_shops.py" line="286"/>
        <source>Opened the order page and took a test order together.</source>
        <translation>Ouvert la page des commandes et passé une commande d&apos;essai ensemble.</translation>
    </message>
    <message>
        <location filename="../../app/demo_shops.py" line="34"/>
        <source>Valentine&apos;s box</source>
        <extracomment>The chocolate box of the season, by month: a session in October does not change the Easter box.</extracomment>
        <translation>coffret de la Saint-Valentin</translation>
    </message>
    <message>
        <location filename="../../app/demo_shops.py" line="35"/>
        <source>Easter box</source>
        <translation>coffret de Pâques</translation>
    </message>
    <message>
        <location filename="../../app/demo_shops.py" line="36"/>
        <source>Mother&apos;s Day box</source>
        <translation>coffret de la fête des mères</translation>
    </message>
    <message>
        <location filename="../../app/demo_shops.py" line="37"/>
        <source>summer box</source>
        <translation>coffret d&apos;été</translation>
    </message>
    <message>
        <location filename="../../app/demo_shops.py" line="38"/>
        <source>autumn box</source>
        <translation>coffret d&apos;automne</translation>
    </message>
    <message>
        <location filename="../../app/demo_shops.py" line="39"/>
        <source>Christmas box</source>
        <translation>coffret de Noël</translation>
    </message>
    <message>
        <location filename="../../app/demo_shops.py" line="287"/>
        <source>Changed the prices and the photo of the {box} on the site.</source>
        <translation>Changé les prix et la photo du {box} sur le site.</translation>
    </message>
    <message>
        <location filename="../../app/demo_shops.py" line="288"/>
        <source>Answered two customers&apos; questions by e-mail about delivery.</source>
        <translation>Répondu par courriel aux questions de deux clients sur la livraison.</translation>
    </message>
    <message>
        <location filename="../../app/demo_shops.py" line="296"/>
        <source>Chose the subscribers list and wrote the first letter.</source>
        <translation>Choisi la liste des abonnés et rédigé la première lettre.</translation>
    </message>
    <message>
        <location filename="../../app/demo_shops.py" line="301"/>
        <source>Posted three photos of the new bars with a short text.</source>
        <translation>Publié trois photos des nouvelles tablettes avec un court texte.</translation>
    </message>
    <message>
        <location filename="../../app/demo_shops.py" line="307"/>
        <source>Tempering on a marble slab, the way it is taught at school now.</source>
        <translation>Le tempérage sur marbre, tel qu&apos;on l&apos;enseigne aujourd&apos;hui à l&apos;école.</translation>
    </message>
    <message>
        <location filename="../../app/demo_shops.py" line="314"/>
        <source>Made a table of the delivery rounds.</source>
        <translation>Fait un tableau des tournées de livraison.</translation>
    </message>
    <message>
        <location filename="../../app/demo_shops.py" line="318"/>
        <source>Bernard prefers to stop for now: the deliveries take all his time.</source>
        <translation>Bernard préfère arrêter pour l&apos;instant : les livraisons lui prennent tout son temps.</translation>
    </message>
    <message>
        <location filename="../../app/demo_shops.py" line="325"/>
        <source>Entered the regular customers&apos; details in the online file.</source>
        <translation>Saisi les coordonnées des clients fidèles dans le fichier en ligne.</translation>
    </message>
    <message>
        <location filename="../../app/demo_shops.py" line="341"/>
        <source>Find a customer&apos;s last order and add a new customer.</source>
        <translation>Retrouver la dernière commande d&apos;un client et ajouter un nouveau client.</translation>
    </message>
    <message>
        <location filename="../../app/demo_shops.py" line="343"/>
        <source>Send a birthday message to regular customers</source>
        <translation>Envoyer un message d&apos;anniversaire aux clients fidèles</translation>
    </message>
    <message>
        <location filename="../../app/demo_shops.py" line="353"/>
        <source>A loyalty card kept in the customer file
A reminder before the holidays</source>
        <translation>Une carte de fidélité tenue dans le fichier clients
Un rappel avant les fêtes</translation>
    </message>
    <message>
        <location filename="../../app/demo_shops.py" line="362"/>
        <source>Sophie now keeps the customer file alone. Next time she will teach Karim how to pack the gift boxes.</source>
        <translation>Sophie tient désormais seule le fichier clients. La prochaine fois, c&apos;est elle qui apprendra à Karim à emballer les coffrets cadeaux.</translation>
    </message>
    <message>
        <location filename="../../app/demo_shops.py" line="373"/>
        <source>Restaurant Chez Gérard</source>
        <translation>Restaurant Chez Gérard</translation>
    </message>
    <message>
        <location filename="../../app/demo_shops.py" line="377"/>
        <source>Owner</source>
        <translation>Patron</translation>
    </message>
    <message>
        <location filename="../../app/demo_shops.py" line="385"/>
        <source>Chef</source>
        <translation>Chef</translation>
    </message>
    <message>
        <location filename="../../app/demo_shops.py" line="393"/>
        <source>Second</source>
        <translation>Second</translation>
    </message>
    <message>
        <location filename="../../app/demo_shops.py" line="401"/>
        <source>Apprentice cook, back from two years in Asia</source>
        <translation>Apprentie cuisinière, revenue de deux ans en Asie</translation>
    </message>
    <message>
        <location filename="../../app/demo_shops.py" line="410"/>
        <source>Apprentice waiter</source>
        <translation>Apprenti serveur</translation>
    </message>
    <message>
        <location filename="../../app/demo_shops.py" line="416"/>
        <source>Cooking with yuzu</source>
        <translation>Cuisiner le yuzu</translation>
    </message>
    <message>
        <location filename="../../app/demo_shops.py" line="421"/>
        <source>Using the juice and zest of this Japanese citrus in sauces and desserts.</source>
        <translation>Utiliser le jus et le zeste de cet agrume japonais dans les sauces et les desserts.</translation>
    </message>
    <message>
        <location filename="../../app/demo_shops.py" line="442"/>
        <source>New flavours</source>
        <translation>Nouvelles saveurs</translation>
    </message>
    <message>
        <location filename="../../app/demo_shops.py" line="456"/>
        <source>The kitchen, after the lunch service</source>
        <translation>La cuisine, après le service du midi</translation>
    </message>
    <message>
        <location filename="../../app/demo_shops.py" line="464"/>
        <source>The dining room</source>
        <translation>La salle</translation>
    </message>
    <message>
        <location filename="../../app/demo_shops.py" line="469"/>
        <source>A yuzu butter sauce for the fish of the day.</source>
        <translation>Un beurre blanc au yuzu pour le poisson du jour.</translation>
    </message>
    <message>
        <location filename="../../app/demo_shops.py" line="474"/>
        <source>A yuzu tart: balancing the acidity with the sugar.</source>
        <translation>Une tarte au yuzu : équilibrer l&apos;acidité et le sucre.</translation>
    </message>
    <message>
        <location filename="../../app/demo_shops.py" line="479"/>
        <source>Read the last reviews together and answered one of them.</source>
        <translation>Lu ensemble les derniers avis et répondu à l&apos;un d&apos;eux.</translation>
    </message>
</context>
<context>
    <name>diaries</name>
    <message>
        <location filename="../../app/sessions/clashes.py" line="115"/>
        <source>{person} already meets {other} on {day} at {time}: choose another day or time.</source>
        <extracomment>When a session starts in a half-day the programme&apos;s hour is not in. A session planned in a half-day ends by then.</extracomment>
        <translation>{person} voit déjà {other} le {day} à {time} : choisissez un autre jour ou une autre heure.</translation>
    </message>
    <message>
        <location filename="../../app/sessions/clashes.py" line="162"/>
        <source>{person} already has a session with {other} that day at {time}: choose another day or time.</source>
        <translation>{person} a déjà une séance avec {other} ce jour-là à {time} : choisissez un autre jour ou une autre heure.</translation>
    </message>
    <message>
        <location filename="../../app/sessions/clashes.py" line="183"/>
        <source>{person} is not free on {slot}: their free time is {free}.</source>
        <translation>{person} n&apos;est pas libre le {slot} : ses moments libres sont {free}.</translation>
    </message>
    <message>
        <location filename="../../app/sessions/slot_plans.py" line="168"/>
        <source>No slot fits {mentor} and {mentee}: they have no free half-day in common on a day the shop is open. Change their free times in step 1.</source>
        <translation>Aucun créneau ne convient à {mentor} et {mentee} : pas de demi-journée libre en commun un jour d&apos;ouverture. Modifiez leurs disponibilités à l&apos;étape 1.</translation>
    </message>
    <message>
        <location filename="../../app/sessions/slot_plans.py" line="178"/>
        <source>No slot fits {mentor} and {mentee}: on the half-days both are free and the shop is open, one of them already meets someone else ({days}). Change their free times, or another pair&apos;s slot.</source>
        <translation>Aucun créneau ne convient à {mentor} et {mentee} : les demi-journées où les deux sont libres et la boutique ouverte, l&apos;un des deux voit déjà quelqu&apos;un ({days}). Modifiez leurs disponibilités ou le créneau d&apos;un autre binôme.</translation>
    </message>
    <message>
        <location filename="../../app/sessions/clashes.py" line="191"/>
        <location filename="../../app/sessions/slot_plans.py" line="189"/>
        <source>{first}, {second}</source>
        <translation>{first}, {second}</translation>
    </message>
    <message>
        <location filename="../../app/sessions/clashes.py" line="199"/>
        <source>{first} {second}</source>
        <translation>{first} {second}</translation>
    </message>
    <message>
        <location filename="../../app/sessions/clashes.py" line="219"/>
        <source>The shop is closed on {day}: the planned sessions avoid it.</source>
        <translation>La boutique est fermée le {day} : les séances prévues évitent ce jour.</translation>
    </message>
    <message>
        <location filename="../../app/sessions/clashes.py" line="232"/>
        <source>The programme ends on {end}: {day} is after it. The review comes then.</source>
        <translation>Le programme se termine le {end} : le {day} vient après. C’est alors le moment du bilan.</translation>
    </message>
    <message>
        <location filename="../../app/sessions/clashes.py" line="259"/>
        <source>{person} would meet {first} and {second} at the same time, on {day}: give one of the two pairs another slot first.</source>
        <translation>{person} verrait {first} et {second} en même temps, le {day} : donnez d&apos;abord un autre créneau à l&apos;un des deux binômes.</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../../app/documents/charter.py" line="56"/>
        <location filename="../../app/documents/guide.py" line="50"/>
        <location filename="../../app/documents/personal.py" line="76"/>
        <location filename="../../app/documents/review_sheet.py" line="113"/>
        <location filename="../../app/documents/summary.py" line="61"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../app/documents/charter.py" line="57"/>
        <location filename="../../app/documents/guide.py" line="51"/>
        <location filename="../../app/documents/review_sheet.py" line="115"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../app/documents/charter.py" line="58"/>
        <location filename="../../app/documents/guide.py" line="57"/>
        <location filename="../../app/documents/review_sheet.py" line="116"/>
        <source>Mentee</source>
        <translation>Mentoré</translation>
    </message>
    <message>
        <location filename="../../app/documents/charter.py" line="65"/>
        <source>When and where</source>
        <translation>Quand et où</translation>
    </message>
    <message>
        <location filename="../../app/documents/charter.py" line="69"/>
        <location filename="../../app/documents/review_sheet.py" line="114"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../app/documents/charter.py" line="70"/>
        <location filename="../../app/documents/review_sheet.py" line="104"/>
        <source>{start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <location filename="../../app/documents/charter.py" line="74"/>
        <source>Rhythm</source>
        <translation>Rythme</translation>
    </message>
    <message>
        <location filename="../../app/documents/charter.py" line="35"/>
        <source>Every week, on {day} at {time}, for {minutes} minutes</source>
        <translation>Chaque semaine, le {day} à {time}, pendant {minutes} minutes</translation>
    </message>
    <message>
        <location filename="../../app/documents/charter.py" line="38"/>
        <source>Every {weeks} weeks, on {day} at {time}, for {minutes} minutes</source>
        <translation>Toutes les {weeks} semaines, le {day} à {time}, pendant {minutes} minutes</translation>
    </message>
    <message>
        <location filename="../../app/documents/charter.py" line="75"/>
        <location filename="../../app/documents/planning.py" line="98"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../app/documents/charter.py" line="85"/>
        <source>Our sessions</source>
        <translation>Nos séances</translation>
    </message>
    <message>
        <location filename="../../app/documents/charter.py" line="88"/>
        <location filename="../../app/documents/personal.py" line="174"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/documents/charter.py" line="89"/>
        <location filename="../../app/documents/personal.py" line="78"/>
        <location filename="../../app/documents/planning.py" line="96"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../app/documents/charter.py" line="90"/>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../app/documents/charter.py" line="96"/>
        <location filename="../../app/documents/review_sheet.py" line="65"/>
        <source>{minutes} minutes</source>
        <translation>{minutes} minutes</translation>
    </message>
    <message>
        <location filename="../../app/documents/charter.py" line="104"/>
        <source>What we will work on</source>
        <translation>Ce que nous allons travailler</translation>
    </message>
    <message>
        <location filename="../../app/documents/charter.py" line="107"/>
        <location filename="../../app/documents/guide.py" line="58"/>
        <location filename="../../app/documents/personal.py" line="40"/>
        <location filename="../../app/documents/personal.py" line="54"/>
        <location filename="../../app/documents/personal.py" line="158"/>
        <location filename="../../app/documents/questionnaire.py" line="81"/>
        <location filename="../../app/documents/questionnaire.py" line="98"/>
        <location filename="../../app/documents/review_sheet.py" line="126"/>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location filename="../../app/documents/charter.py" line="108"/>
        <location filename="../../app/documents/guide.py" line="59"/>
        <location filename="../../app/documents/questionnaire.py" line="82"/>
        <source>Level today</source>
        <translation>Niveau aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../app/documents/charter.py" line="109"/>
        <location filename="../../app/documents/guide.py" line="60"/>
        <location filename="../../app/documents/personal.py" line="42"/>
        <location filename="../../app/documents/personal.py" line="160"/>
        <location filename="../../app/documents/questionnaire.py" line="83"/>
        <source>Level to reach</source>
        <translation>Niveau visé</translation>
    </message>
    <message>
        <location filename="../../app/documents/charter.py" line="123"/>
        <source>Our rules</source>
        <translation>Nos règles</translation>
    </message>
    <message>
        <location filename="../../app/documents/charter.py" line="127"/>
        <source>Confidentiality</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <location filename="../../app/documents/charter.py" line="128"/>
        <source>Kindness</source>
        <translation>Bienveillance</translation>
    </message>
    <message>
        <location filename="../../app/documents/charter.py" line="130"/>
        <source>Moving a session</source>
        <translation>Déplacer une séance</translation>
    </message>
    <message>
        <location filename="../../app/documents/charter.py" line="131"/>
        <source>We warn each other at least {days} days before.</source>
        <translation>Nous nous prévenons au moins {days} jours avant.</translation>
    </message>
    <message>
        <location filename="../../app/documents/charter.py" line="136"/>
        <source>If it goes badly</source>
        <translation>Si cela se passe mal</translation>
    </message>
    <message>
        <location filename="../../app/documents/charter.py" line="137"/>
        <source>We talk to {person}.</source>
        <translation>Nous en parlons à {person}.</translation>
    </message>
    <message>
        <location filename="../../app/documents/charter.py" line="141"/>
        <source>Out of scope</source>
        <translation>Hors sujet</translation>
    </message>
    <message>
        <location filename="../../app/documents/charter.py" line="142"/>
        <source>Other rules</source>
        <translation>Autres règles</translation>
    </message>
    <message>
        <location filename="../../app/documents/charter.py" line="146"/>
        <source>Rules agreed together</source>
        <translation>Règles convenues ensemble</translation>
    </message>
    <message>
        <location filename="../../app/documents/charter.py" line="150"/>
        <location filename="../../app/documents/review_sheet.py" line="181"/>
        <source>The mentee</source>
        <translation>Le mentoré</translation>
    </message>
    <message>
        <location filename="../../app/documents/charter.py" line="151"/>
        <location filename="../../app/documents/review_sheet.py" line="182"/>
        <source>The mentor</source>
        <translation>Le mentor</translation>
    </message>
    <message>
        <location filename="../../app/documents/charter.py" line="152"/>
        <location filename="../../app/documents/review_sheet.py" line="183"/>
        <source>The owner</source>
        <translation>Le responsable</translation>
    </message>
    <message>
        <location filename="../../app/documents/charter.py" line="157"/>
        <source>Charter of the pair - {mentor} and {mentee}</source>
        <translation>Charte du binôme - {mentor} et {mentee}</translation>
    </message>
    <message>
        <location filename="../../app/documents/guide.py" line="42"/>
        <source>You know these subjects better than the people you will help. Teaching them is a skill of its own: these pages are a reminder of what makes a session useful and pleasant for both of you.</source>
        <translation>Vous connaissez ces sujets mieux que les personnes que vous allez aider. Les enseigner est un savoir-faire à part entière : ces pages rappellent ce qui rend une séance utile et agréable pour vous deux.</translation>
    </message>
    <message>
        <location filename="../../app/documents/guide.py" line="54"/>
        <source>Whom you help, and with what</source>
        <translation>Qui vous aidez, et sur quoi</translation>
    </message>
    <message>
        <location filename="../../app/documents/guide.py" line="65"/>
        <source>How to teach well</source>
        <translation>Pour bien transmettre</translation>
    </message>
    <message>
        <location filename="../../app/documents/guide.py" line="68"/>
        <source>Mentor guide - {name}</source>
        <translation>Guide du mentor - {name}</translation>
    </message>
    <message>
        <location filename="../../app/documents/page.py" line="151"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../app/documents/page.py" line="152"/>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <location filename="../../app/documents/review_sheet.py" line="52"/>
        <source>Satisfaction (1 to 5)</source>
        <translation>Satisfaction (de 1 à 5)</translation>
    </message>
    <message>
        <location filename="../../app/documents/review_sheet.py" line="57"/>
        <source>What I can now do alone</source>
        <translation>Ce que je sais faire sans aide désormais</translation>
    </message>
    <message>
        <location filename="../../app/documents/review_sheet.py" line="64"/>
        <source>Time saved each week</source>
        <translation>Temps gagné chaque semaine</translation>
    </message>
    <message>
        <location filename="../../app/documents/review_sheet.py" line="73"/>
        <source>The bond created (1 to 5)</source>
        <translation>Le lien créé (de 1 à 5)</translation>
    </message>
    <message>
        <location filename="../../app/documents/review_sheet.py" line="78"/>
        <source>Fresh ideas for the business</source>
        <translation>Idées neuves pour l&apos;entreprise</translation>
    </message>
    <message>
        <location filename="../../app/documents/review_sheet.py" line="81"/>
        <source>Did we meet as agreed?</source>
        <translation>Nous sommes-nous vus comme convenu ?</translation>
    </message>
    <message>
        <location filename="../../app/documents/review_sheet.py" line="86"/>
        <source>Would you do it again?</source>
        <translation>Le referiez-vous ?</translation>
    </message>
    <message>
        <location filename="../../app/documents/personal.py" line="213"/>
        <location filename="../../app/documents/review_sheet.py" line="90"/>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <location filename="../../app/documents/review_sheet.py" line="118"/>
        <source>State of the pair</source>
        <translation>État du binôme</translation>
    </message>
    <message>
        <location filename="../../app/documents/review_sheet.py" line="123"/>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../../app/documents/personal.py" line="159"/>
        <location filename="../../app/documents/review_sheet.py" line="127"/>
        <source>Level before</source>
        <translation>Niveau avant</translation>
    </message>
    <message>
        <location filename="../../app/documents/review_sheet.py" line="128"/>
        <source>Target</source>
        <translation>Visé</translation>
    </message>
    <message>
        <location filename="../../app/documents/review_sheet.py" line="129"/>
        <source>Level after</source>
        <translation>Niveau après</translation>
    </message>
    <message>
        <location filename="../../app/documents/planning.py" line="92"/>
        <location filename="../../app/documents/review_sheet.py" line="137"/>
        <location filename="../../app/documents/summary.py" line="73"/>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <location filename="../../app/documents/review_sheet.py" line="140"/>
        <source>Sessions held</source>
        <translation>Séances faites</translation>
    </message>
    <message>
        <location filename="../../app/documents/review_sheet.py" line="142"/>
        <source>Time spent</source>
        <translation>Temps passé</translation>
    </message>
    <message>
        <location filename="../../app/documents/page.py" line="128"/>
        <source>{hours} h {minutes:02d}</source>
        <extracomment>Share of the width of each column, in percent. A file name to propose when saving it (without &quot;.pdf&quot;). On A4 turned sideways: a wide table for the wall, like the month&apos;s planning. A number with one decimal, written as the user&apos;s language writes it (4,0 in French).</extracomment>
        <translation>{hours} h {minutes:02d}</translation>
    </message>
    <message>
        <location filename="../../app/documents/review_sheet.py" line="146"/>
        <source>First session</source>
        <translation>Première séance</translation>
    </message>
    <message>
        <location filename="../../app/documents/review_sheet.py" line="150"/>
        <source>Last session</source>
        <translation>Dernière séance</translation>
    </message>
    <message>
        <location filename="../../app/documents/review_sheet.py" line="156"/>
        <source>The mentee&apos;s answers - {name}</source>
        <translation>Les réponses du mentoré - {name}</translation>
    </message>
    <message>
        <location filename="../../app/documents/review_sheet.py" line="162"/>
        <source>The mentor&apos;s answers - {name}</source>
        <translation>Les réponses du mentor - {name}</translation>
    </message>
    <message>
        <location filename="../../app/documents/review_sheet.py" line="170"/>
        <source>The owner&apos;s conclusion</source>
        <translation>La conclusion du responsable</translation>
    </message>
    <message>
        <location filename="../../app/documents/review_sheet.py" line="171"/>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location filename="../../app/documents/review_sheet.py" line="172"/>
        <source>What comes next:</source>
        <translation>La suite :</translation>
    </message>
    <message>
        <location filename="../../app/documents/review_sheet.py" line="189"/>
        <source>Review sheet - {mentor} and {mentee}</source>
        <translation>Fiche bilan - {mentor} et {mentee}</translation>
    </message>
    <message>
        <location filename="../../app/documents/review_sheet.py" line="215"/>
        <source>Review sheets - {programme}</source>
        <translation>Fiches bilan - {programme}</translation>
    </message>
    <message>
        <location filename="../../app/documents/planning.py" line="53"/>
        <location filename="../../app/documents/summary.py" line="32"/>
        <source>{mentor} → {mentee}</source>
        <translation>{mentor} → {mentee}</translation>
    </message>
    <message>
        <location filename="../../app/documents/summary.py" line="36"/>
        <source>{done} of {planned}, {time}</source>
        <translation>{done} sur {planned}, {time}</translation>
    </message>
    <message>
        <location filename="../../app/documents/summary.py" line="63"/>
        <source>Pairs reviewed</source>
        <translation>Bilans faits</translation>
    </message>
    <message>
        <location filename="../../app/documents/summary.py" line="68"/>
        <source>The pairs</source>
        <translation>Les binômes</translation>
    </message>
    <message>
        <location filename="../../app/documents/planning.py" line="69"/>
        <source>(mornings)</source>
        <translation>(matins)</translation>
    </message>
    <message>
        <location filename="../../app/documents/planning.py" line="70"/>
        <source>(afternoons)</source>
        <translation>(après-midi)</translation>
    </message>
    <message>
        <location filename="../../app/documents/planning.py" line="73"/>
        <source>{first} to {last}: {why}</source>
        <translation>Du {first} au {last} : {why}</translation>
    </message>
    <message>
        <location filename="../../app/documents/planning.py" line="86"/>
        <source>Days off: {days}.</source>
        <translation>Jours de fermeture : {days}.</translation>
    </message>
    <message>
        <location filename="../../app/documents/personal.py" line="77"/>
        <location filename="../../app/documents/planning.py" line="95"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../app/documents/planning.py" line="97"/>
        <location filename="../../app/documents/summary.py" line="71"/>
        <source>Pair</source>
        <translation>Binôme</translation>
    </message>
    <message>
        <location filename="../../app/documents/planning.py" line="99"/>
        <location filename="../../app/documents/summary.py" line="72"/>
        <source>Topics</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <location filename="../../app/documents/planning.py" line="106"/>
        <source>Planning - {programme} - {month}</source>
        <translation>Planning - {programme} - {month}</translation>
    </message>
    <message>
        <location filename="../../app/documents/planning.py" line="108"/>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <location filename="../../app/documents/planning.py" line="116"/>
        <location filename="../../app/documents/planning.py" line="126"/>
        <source>Planning - {programme}</source>
        <translation>Planning - {programme}</translation>
    </message>
    <message>
        <location filename="../../app/documents/planning.py" line="121"/>
        <source>No session is planned yet: plan them in step 4.</source>
        <translation>Aucune séance n&apos;est encore prévue : prévoyez-les à l&apos;étape 4.</translation>
    </message>
    <message>
        <location filename="../../app/documents/summary.py" line="74"/>
        <source>Levels gained</source>
        <translation>Niveaux gagnés</translation>
    </message>
    <message>
        <location filename="../../app/documents/personal.py" line="143"/>
        <location filename="../../app/documents/planning.py" line="100"/>
        <location filename="../../app/documents/summary.py" line="75"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../app/documents/personal.py" line="197"/>
        <location filename="../../app/documents/summary.py" line="76"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../app/documents/summary.py" line="81"/>
        <source>Levels, before and now</source>
        <translation>Les niveaux, avant et maintenant</translation>
    </message>
    <message>
        <location filename="../../app/documents/summary.py" line="83"/>
        <source>What the programme brought</source>
        <translation>Ce que le programme a apporté</translation>
    </message>
    <message>
        <location filename="../../app/documents/summary.py" line="87"/>
        <source>Productivity</source>
        <translation>Productivité</translation>
    </message>
    <message>
        <location filename="../../app/documents/summary.py" line="89"/>
        <source>{levels}; {reached}; {minutes}</source>
        <translation>{levels} ; {reached} ; {minutes}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/documents/summary.py" line="91"/>
        <source>%n level(s) gained</source>
        <translation>
            <numerusform>%n niveau gagné</numerusform>
            <numerusform>%n niveaux gagnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/documents/summary.py" line="95"/>
        <source>%n objective(s) reached out of {objectives}</source>
        <translation>
            <numerusform>%n objectif atteint sur {objectives}</numerusform>
            <numerusform>%n objectifs atteints sur {objectives}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/documents/summary.py" line="101"/>
        <source>%n minute(s) saved each week</source>
        <translation>
            <numerusform>%n minute gagnée chaque semaine</numerusform>
            <numerusform>%n minutes gagnées chaque semaine</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/documents/summary.py" line="106"/>
        <source>The bond between generations</source>
        <translation>Le lien entre générations</translation>
    </message>
    <message>
        <location filename="../../app/documents/summary.py" line="107"/>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../app/documents/summary.py" line="108"/>
        <source>A fresh eye: ideas collected</source>
        <translation>Un regard neuf : idées recueillies</translation>
    </message>
    <message>
        <location filename="../../app/documents/summary.py" line="111"/>
        <source>For the next programme</source>
        <translation>Pour le prochain programme</translation>
    </message>
    <message>
        <location filename="../../app/documents/summary.py" line="114"/>
        <source>Programme summary - {name}</source>
        <translation>Synthèse du programme - {name}</translation>
    </message>
    <message>
        <location filename="../../app/documents/personal.py" line="28"/>
        <source>This file lists everything Tandem, the reverse-mentoring tool of {shop}, holds about you on {date}. Ask for any of it to be corrected or erased.</source>
        <translation>Ce document rassemble tout ce que Tandem, l&apos;outil de mentorat inversé de {shop}, conserve à votre sujet au {date}. Vous pouvez demander que tout ou partie en soit corrigé ou effacé.</translation>
    </message>
    <message>
        <location filename="../../app/documents/personal.py" line="34"/>
        <source>Who you are in Tandem</source>
        <translation>Vous, dans Tandem</translation>
    </message>
    <message>
        <location filename="../../app/documents/personal.py" line="36"/>
        <source>What you want to learn</source>
        <translation>Ce que vous voulez apprendre</translation>
    </message>
    <message>
        <location filename="../../app/documents/personal.py" line="41"/>
        <location filename="../../app/documents/personal.py" line="161"/>
        <source>Level now</source>
        <translation>Niveau actuel</translation>
    </message>
    <message>
        <location filename="../../app/documents/personal.py" line="43"/>
        <location filename="../../app/documents/questionnaire.py" line="84"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../app/documents/personal.py" line="51"/>
        <source>What you can teach</source>
        <translation>Ce que vous pouvez enseigner</translation>
    </message>
    <message>
        <location filename="../../app/documents/personal.py" line="54"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../app/documents/personal.py" line="58"/>
        <source>How you get along with others, as the owner noted it</source>
        <translation>Vos affinités avec vos collègues, telles que la direction les a notées</translation>
    </message>
    <message>
        <location filename="../../app/documents/personal.py" line="61"/>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <location filename="../../app/documents/personal.py" line="61"/>
        <source>As the owner sees it</source>
        <translation>Selon la direction</translation>
    </message>
    <message>
        <location filename="../../app/documents/personal.py" line="71"/>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location filename="../../app/documents/personal.py" line="72"/>
        <source>Calendar invitations sent</source>
        <translation>Invitations d&apos;agenda envoyées</translation>
    </message>
    <message>
        <location filename="../../app/documents/personal.py" line="79"/>
        <source>What it said</source>
        <translation>Ce qu&apos;elle disait</translation>
    </message>
    <message>
        <location filename="../../app/documents/personal.py" line="93"/>
        <source>What Tandem does not hold</source>
        <translation>Ce que Tandem ne conserve pas</translation>
    </message>
    <message>
        <location filename="../../app/documents/personal.py" line="95"/>
        <source>Personal file - {name}</source>
        <translation>Dossier personnel - {name}</translation>
    </message>
    <message>
        <location filename="../../app/documents/personal.py" line="117"/>
        <source>Temperament</source>
        <translation>Tempérament</translation>
    </message>
    <message>
        <location filename="../../app/documents/personal.py" line="118"/>
        <source>Way of learning</source>
        <translation>Façon d&apos;apprendre</translation>
    </message>
    <message>
        <location filename="../../app/documents/personal.py" line="106"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../app/documents/personal.py" line="107"/>
        <source>Job</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location filename="../../app/documents/personal.py" line="109"/>
        <source>Year joined</source>
        <translation>Année d&apos;arrivée</translation>
    </message>
    <message>
        <location filename="../../app/documents/personal.py" line="112"/>
        <source>Age band</source>
        <translation>Tranche d&apos;âge</translation>
    </message>
    <message>
        <location filename="../../app/documents/personal.py" line="114"/>
        <source>Free half-days</source>
        <translation>Demi-journées libres</translation>
    </message>
    <message>
        <location filename="../../app/documents/personal.py" line="119"/>
        <location filename="../../app/documents/personal.py" line="149"/>
        <location filename="../../app/documents/personal.py" line="250"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/documents/personal.py" line="122"/>
        <source>Left the shop on</source>
        <translation>Départ de l&apos;entreprise le</translation>
    </message>
    <message>
        <location filename="../../app/documents/personal.py" line="130"/>
        <source>Nothing is recorded.</source>
        <translation>Rien n&apos;est enregistré.</translation>
    </message>
    <message>
        <location filename="../../app/documents/personal.py" line="137"/>
        <source>{role} with {other} - {programme}</source>
        <translation>{role} avec {other} - {programme}</translation>
    </message>
    <message>
        <location filename="../../app/documents/personal.py" line="145"/>
        <source>Why it stopped</source>
        <translation>Pourquoi il s&apos;est arrêté</translation>
    </message>
    <message>
        <location filename="../../app/documents/personal.py" line="175"/>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <location filename="../../app/documents/personal.py" line="176"/>
        <source>What was learnt</source>
        <translation>Ce qui a été appris</translation>
    </message>
    <message>
        <location filename="../../app/documents/personal.py" line="177"/>
        <source>To practise</source>
        <translation>À pratiquer</translation>
    </message>
    <message>
        <location filename="../../app/documents/personal.py" line="196"/>
        <source>Review</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <location filename="../../app/documents/personal.py" line="206"/>
        <source>Answers of the {role}</source>
        <translation>Réponses - {role}</translation>
    </message>
    <message>
        <location filename="../../app/documents/personal.py" line="211"/>
        <source>Can do alone now</source>
        <translation>Ce qui se fait maintenant sans aide</translation>
    </message>
    <message>
        <location filename="../../app/documents/personal.py" line="212"/>
        <source>Ideas</source>
        <translation>Idées</translation>
    </message>
    <message>
        <location filename="../../app/documents/personal.py" line="231"/>
        <source>Own slot</source>
        <translation>Créneau du binôme</translation>
    </message>
    <message>
        <location filename="../../app/documents/personal.py" line="237"/>
        <source>Preparing to be a mentor - {programme}</source>
        <translation>Préparation au rôle de mentor - {programme}</translation>
    </message>
    <message>
        <location filename="../../app/documents/questionnaire.py" line="54"/>
        <source>In our reverse-mentoring programme, those who know a subject better teach it to those who want to learn it, whatever their age. Your answers help form the pairs. Answer what you like; leave the rest empty.</source>
        <extracomment>Empty lines left under each list of topics for topics of one&apos;s own.</extracomment>
        <translation>Dans notre programme de mentorat inversé, ceux qui connaissent mieux un sujet l&apos;enseignent à ceux qui veulent l&apos;apprendre, quel que soit leur âge. Vos réponses aident à former les binômes. Répondez à ce que vous voulez ; laissez le reste vide.</translation>
    </message>
    <message>
        <location filename="../../app/documents/questionnaire.py" line="61"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../../app/documents/questionnaire.py" line="62"/>
        <source>Your job</source>
        <translation>Votre poste</translation>
    </message>
    <message>
        <location filename="../../app/documents/questionnaire.py" line="63"/>
        <source>Your age</source>
        <translation>Votre âge</translation>
    </message>
    <message>
        <location filename="../../app/documents/questionnaire.py" line="65"/>
        <source>When are you free for an hour? Tick the half-days.</source>
        <translation>Quand êtes-vous disponible une heure ? Cochez les demi-journées.</translation>
    </message>
    <message>
        <location filename="../../app/documents/questionnaire.py" line="71"/>
        <source>What would you like to learn?</source>
        <translation>Qu&apos;aimeriez-vous apprendre ?</translation>
    </message>
    <message>
        <location filename="../../app/documents/questionnaire.py" line="73"/>
        <source>For each topic you would like to learn, write your level today, the level you would like to reach, and how urgent it is. Levels: {levels}. Priority: {priorities}.</source>
        <translation>Pour chaque sujet que vous aimeriez apprendre, notez votre niveau aujourd&apos;hui, le niveau que vous aimeriez atteindre, et l&apos;urgence. Niveaux : {levels}. Priorité : {priorities}.</translation>
    </message>
    <message>
        <location filename="../../app/documents/questionnaire.py" line="89"/>
        <source>What could you teach?</source>
        <translation>Que pourriez-vous enseigner ?</translation>
    </message>
    <message>
        <location filename="../../app/documents/questionnaire.py" line="91"/>
        <source>For each topic you know well enough to show someone, write your level (1 to 4). Levels: {levels}.</source>
        <translation>Pour chaque sujet que vous connaissez assez bien pour le montrer à quelqu&apos;un, notez votre niveau (de 1 à 4). Niveaux : {levels}.</translation>
    </message>
    <message>
        <location filename="../../app/documents/questionnaire.py" line="98"/>
        <source>Your level</source>
        <translation>Votre niveau</translation>
    </message>
    <message>
        <location filename="../../app/documents/questionnaire.py" line="102"/>
        <source>Anything else we should know?</source>
        <translation>Autre chose à nous dire ?</translation>
    </message>
    <message>
        <location filename="../../app/documents/questionnaire.py" line="104"/>
        <source>Questionnaire - learning from each other</source>
        <translation>Questionnaire - apprendre les uns des autres</translation>
    </message>
</context>
<context>
    <name>exports</name>
    <message>
        <location filename="../../app/exports.py" line="38"/>
        <source>Name</source>
        <extracomment>A cell starting with one of these could run as a formula (=1+1, @SUM, -2+3…).</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../app/exports.py" line="39"/>
        <source>Job</source>
        <translation>Métier</translation>
    </message>
    <message>
        <location filename="../../app/exports.py" line="40"/>
        <source>Year joined</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <location filename="../../app/exports.py" line="41"/>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <location filename="../../app/exports.py" line="42"/>
        <source>Wants to learn</source>
        <translation>Veut apprendre</translation>
    </message>
    <message>
        <location filename="../../app/exports.py" line="43"/>
        <source>Can teach</source>
        <translation>Peut enseigner</translation>
    </message>
    <message>
        <location filename="../../app/exports.py" line="44"/>
        <source>Left on</source>
        <translation>Parti le</translation>
    </message>
    <message>
        <location filename="../../app/exports.py" line="81"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../app/exports.py" line="82"/>
        <source>Mentee</source>
        <translation>Mentoré</translation>
    </message>
    <message>
        <location filename="../../app/exports.py" line="83"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/exports.py" line="84"/>
        <source>First planned for</source>
        <translation>Prévue d&apos;abord le</translation>
    </message>
    <message>
        <location filename="../../app/exports.py" line="85"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../app/exports.py" line="86"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../app/exports.py" line="87"/>
        <source>What was learnt</source>
        <translation>Ce qui a été appris</translation>
    </message>
    <message>
        <location filename="../../app/exports.py" line="88"/>
        <source>To practise</source>
        <translation>À pratiquer</translation>
    </message>
    <message>
        <location filename="../../app/exports.py" line="89"/>
        <source>Confidence (1 to 5)</source>
        <translation>Confiance (de 1 à 5)</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../ui/fields.py" line="137"/>
        <source>Calendar</source>
        <extracomment>Entered and not typed in yet: a click then selects the whole value again (the owner left the previous field with Tab, then clicked into this one).</extracomment>
        <translation>Calendrier</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <location filename="../../ui/data_guard.py" line="108"/>
        <location filename="../../ui/forms.py" line="89"/>
        <location filename="../../ui/forms.py" line="104"/>
        <source>Tandem</source>
        <translation>Tandem</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../../app/team_import.py" line="57"/>
        <source>Not imported</source>
        <extracomment>The most lines read from a file: a team, not a customer list.</extracomment>
        <translation>Pas importée</translation>
    </message>
    <message>
        <location filename="../../app/team_import.py" line="58"/>
        <source>Name (or last name)</source>
        <translation>Nom (ou nom de famille)</translation>
    </message>
    <message>
        <location filename="../../app/team_import.py" line="59"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../app/team_import.py" line="60"/>
        <location filename="../../app/team_template.py" line="17"/>
        <source>Job</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location filename="../../app/team_import.py" line="61"/>
        <source>Age, age band or year of birth</source>
        <translation>Âge, tranche d&apos;âge ou année de naissance</translation>
    </message>
    <message>
        <location filename="../../app/team_import.py" line="62"/>
        <source>Year joined the shop</source>
        <translation>Année d&apos;arrivée dans l&apos;entreprise</translation>
    </message>
    <message>
        <location filename="../../app/team_import.py" line="63"/>
        <location filename="../../app/team_template.py" line="19"/>
        <source>Free half-days</source>
        <translation>Demi-journées libres</translation>
    </message>
    <message>
        <location filename="../../app/team_import.py" line="64"/>
        <location filename="../../app/team_template.py" line="20"/>
        <source>Wants to learn</source>
        <translation>Veut apprendre</translation>
    </message>
    <message>
        <location filename="../../app/team_import.py" line="65"/>
        <location filename="../../app/team_template.py" line="21"/>
        <source>Can teach</source>
        <translation>Peut enseigner</translation>
    </message>
    <message>
        <location filename="../../app/team_import.py" line="66"/>
        <location filename="../../app/team_template.py" line="22"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/team_import.py" line="104"/>
        <source>Tandem could not read {file}: {reason}</source>
        <extracomment>Words of a heading, French or English, that say what its column holds (first match wins).</extracomment>
        <translation>Tandem n&apos;a pas pu lire {file} : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/team_import.py" line="137"/>
        <source>{file} is not a spreadsheet Tandem can read. Save it again as .xlsx or .csv from your spreadsheet program.</source>
        <translation>{file} n&apos;est pas un tableur que Tandem sait lire. Enregistrez-le de nouveau en .xlsx ou en .csv depuis votre tableur.</translation>
    </message>
    <message>
        <location filename="../../app/team_import.py" line="280"/>
        <source>Already in the team: left as it is.</source>
        <extracomment>What the line says that Tandem could not read, and so leaves out (the person is added). Topics the file names that the catalogue lacks, as the file writes them: added too.</extracomment>
        <translation>Déjà dans l&apos;équipe : laissée telle quelle.</translation>
    </message>
    <message>
        <location filename="../../app/team_import.py" line="284"/>
        <source>The same name is on an earlier line.</source>
        <translation>Le même nom figure sur une ligne précédente.</translation>
    </message>
    <message>
        <location filename="../../app/team_import.py" line="324"/>
        <source>No name on this line.</source>
        <translation>Aucun nom sur cette ligne.</translation>
    </message>
    <message>
        <location filename="../../app/team_import.py" line="383"/>
        <source>{topic}: {reason}</source>
        <translation>{topic} : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/spreadsheet_values.py" line="74"/>
        <source>The age {value} is not one Tandem understands (an age, a band like 25-39, or a year of birth).</source>
        <translation>Tandem ne comprend pas l&apos;âge « {value} » (un âge, une tranche comme 25-39, ou une année de naissance).</translation>
    </message>
    <message>
        <location filename="../../app/spreadsheet_values.py" line="94"/>
        <source>{value} is not a year of arrival Tandem understands.</source>
        <translation>Tandem ne comprend pas l&apos;année d&apos;arrivée « {value} ».</translation>
    </message>
    <message>
        <location filename="../../app/spreadsheet_values.py" line="129"/>
        <source>The free half-days &quot;{value}&quot; are not written as Tandem reads them (for example &quot;Monday morning, Thursday&quot;).</source>
        <translation>Tandem ne sait pas lire les demi-journées libres « {value} » (par exemple « lundi matin, jeudi »).</translation>
    </message>
    <message>
        <location filename="../../app/team_template.py" line="16"/>
        <source>Name</source>
        <extracomment>The template&apos;s columns, in order, with the heading each is written under.</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../app/team_template.py" line="18"/>
        <source>Age band</source>
        <translation>Tranche d&apos;âge</translation>
    </message>
    <message>
        <location filename="../../app/team_template.py" line="27"/>
        <source>One line per person of the team, from the second line on.</source>
        <extracomment>How to fill the template, line by line (the second sheet of the .xlsx).</extracomment>
        <translation>Une ligne par personne de l&apos;équipe, à partir de la deuxième ligne.</translation>
    </message>
    <message>
        <location filename="../../app/team_template.py" line="28"/>
        <source>Age band: under 25, 25-39, 40-54 or 55+ (an age or a year of birth works too).</source>
        <translation>Tranche d&apos;âge : moins de 25, 25-39, 40-54 ou 55+ (un âge ou une année de naissance conviennent aussi).</translation>
    </message>
    <message>
        <location filename="../../app/team_template.py" line="31"/>
        <source>Free half-days: the days and parts of the day, for example: Monday morning, Thursday.</source>
        <translation>Demi-journées libres : les jours et moments de la journée, par exemple : lundi matin, jeudi.</translation>
    </message>
    <message>
        <location filename="../../app/team_template.py" line="35"/>
        <source>Wants to learn: the topics separated by a semicolon, each followed by the level now, the level to reach and the priority, for example: Social networks 0 3 1; Newsletter 1 3 2.</source>
        <translation>Veut apprendre : les sujets séparés par un point-virgule, chacun suivi du niveau actuel, du niveau à atteindre et de la priorité, par exemple : Réseaux sociaux 0 3 1; Lettre d&apos;information 1 3 2.</translation>
    </message>
    <message>
        <location filename="../../app/team_template.py" line="40"/>
        <source>Can teach: the topics separated by a semicolon, each with the level it is taught at, for example: Social networks 4; Photos of products 3.</source>
        <translation>Peut enseigner : les sujets séparés par un point-virgule, chacun avec le niveau auquel il est enseigné, par exemple : Réseaux sociaux 4; Photos des produits 3.</translation>
    </message>
    <message>
        <location filename="../../app/team_template.py" line="45"/>
        <source>Levels: 0 never done it, 1 has tried it, 2 with help, 3 on their own, 4 can teach it. Priority: 1 first, 2 second, 3 can wait.</source>
        <translation>Niveaux : 0 jamais fait, 1 a déjà essayé, 2 avec de l&apos;aide, 3 en autonomie, 4 peut l&apos;enseigner. Priorité : 1 d&apos;abord, 2 ensuite, 3 peut attendre.</translation>
    </message>
    <message>
        <location filename="../../app/team_template.py" line="50"/>
        <source>The topics of the catalogue today:</source>
        <translation>Les sujets du catalogue aujourd&apos;hui :</translation>
    </message>
    <message>
        <location filename="../../app/team_template.py" line="69"/>
        <source>Tandem could not write {file}: {reason}</source>
        <translation>Tandem n&apos;a pas pu écrire {file} : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/team_template.py" line="83"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location filename="../../app/team_template.py" line="90"/>
        <source>How to fill it</source>
        <translation>Comment le remplir</translation>
    </message>
    <message>
        <location filename="../../ui/steps/import_dialog.py" line="200"/>
        <source>Bring the team from a spreadsheet</source>
        <translation>Reprendre l&apos;équipe d&apos;un tableur</translation>
    </message>
    <message>
        <location filename="../../ui/steps/import_dialog.py" line="202"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Tableurs (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/steps/import_dialog.py" line="213"/>
        <source>{file} holds no line to read: nobody was added.</source>
        <translation>{file} ne contient aucune ligne à lire : personne n&apos;a été ajouté.</translation>
    </message>
    <message>
        <location filename="../../ui/steps/import_dialog.py" line="228"/>
        <source>Spreadsheet (*.xlsx)</source>
        <translation>Tableur (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/steps/import_dialog.py" line="231"/>
        <source>Save a team table to fill</source>
        <translation>Enregistrer un tableau de l&apos;équipe à remplir</translation>
    </message>
    <message>
        <location filename="../../ui/steps/import_dialog.py" line="232"/>
        <source>Tandem - the team.xlsx</source>
        <translation>Tandem - l&apos;équipe.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/steps/import_dialog.py" line="233"/>
        <source>Text for any spreadsheet (*.csv)</source>
        <translation>Texte pour tout tableur (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/steps/import_dialog.py" line="244"/>
        <source>The table to fill is in {path}. Once it is filled in, bring it back with &quot;Bring the team from a spreadsheet&quot;.</source>
        <translation>Le tableau à remplir est dans {path}. Une fois rempli, reprenez-le avec « Reprendre l&apos;équipe d&apos;un tableur ».</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../ui/main.py" line="73"/>
        <location filename="../../ui/main.py" line="144"/>
        <source>Tandem</source>
        <translation>Tandem</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="91"/>
        <source>Tandem could not start because of an unexpected problem. Your data was not changed. The details were written to Tandem&apos;s log file; &quot;Show Details&quot; shows them to copy.</source>
        <translation>Tandem n&apos;a pas pu démarrer à cause d&apos;un imprévu. Vos données n&apos;ont pas été modifiées. Les détails sont notés dans le journal de Tandem ; « Montrer les détails… » les montre pour les copier.</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="166"/>
        <source>Tandem seems to be open already on the data in {folder}, but it does not answer. If no Tandem window shows this data (in this session or another one on this computer), open it here. Open it here?</source>
        <translation>Tandem semble déjà ouvert sur les données de {folder}, mais il ne répond pas. Si aucune fenêtre de Tandem ne montre ces données (dans cette session ou une autre de cet ordinateur), ouvrez-le ici. L&apos;ouvrir ici&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="176"/>
        <source>Tandem seems to be open on another computer ({computer}) with the data in {folder}. Two Tandems on the same data would spoil it. If Tandem is closed there (or that computer stopped without closing it), open it here. Open it here?</source>
        <translation>Tandem semble ouvert sur un autre ordinateur ({computer}) avec les données de {folder}. Deux Tandem sur les mêmes données les abîmeraient. Si Tandem est fermé là-bas (ou si cet ordinateur s&apos;est arrêté sans le fermer), ouvrez-le ici. L&apos;ouvrir ici&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="341"/>
        <source>{reason} Tandem writes its log to {path} instead.</source>
        <translation>{reason} Tandem écrit son journal dans {path} à la place.</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="345"/>
        <source>{reason} Tandem works on without a log.</source>
        <translation>{reason} Tandem continue sans journal.</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="63"/>
        <source>Something unexpected happened. What was already saved is safe, and Tandem goes on. The details were written to Tandem&apos;s log file; &quot;Show Details&quot; shows them to copy.</source>
        <translation>Un imprévu s&apos;est produit. Ce qui était enregistré est en sécurité, et Tandem continue. Les détails sont notés dans le journal de Tandem ; « Montrer les détails… » les montre pour les copier.</translation>
    </message>
</context>
<context>
    <name>matching</name>
    <message>
        <location filename="../../app/steps/matching.py" line="85"/>
        <source>Strong match</source>
        <extracomment>The most mentees the whole-team proposal gives one mentor. The most mentors proposed for one mentee: the best few, not every possible pair.</extracomment>
        <translation>Très bon binôme</translation>
    </message>
    <message>
        <location filename="../../app/steps/matching.py" line="86"/>
        <source>Good match</source>
        <translation>Bon binôme</translation>
    </message>
    <message>
        <location filename="../../app/steps/matching.py" line="87"/>
        <source>Possible match</source>
        <translation>Binôme possible</translation>
    </message>
    <message>
        <location filename="../../app/steps/matching.py" line="144"/>
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <location filename="../../app/steps/matching.py" line="157"/>
        <source>{mentor} is patient and {mentee} likes to be shown</source>
        <translation>{mentor} a de la patience et {mentee} aime qu&apos;on lui montre</translation>
    </message>
    <message>
        <location filename="../../app/steps/matching.py" line="161"/>
        <source>{mentee} likes to be shown, so {mentor} will need to slow down</source>
        <translation>{mentee} aime qu&apos;on lui montre : {mentor} devra ralentir</translation>
    </message>
    <message>
        <location filename="../../app/steps/matching.py" line="165"/>
        <source>{mentor} is lively and {mentee} likes to try</source>
        <translation>{mentor} est vif et {mentee} aime essayer</translation>
    </message>
    <message>
        <location filename="../../app/steps/matching.py" line="169"/>
        <source>both like to keep a written memo</source>
        <translation>tous deux aiment garder un mémo écrit</translation>
    </message>
    <message>
        <location filename="../../app/steps/matching.py" line="180"/>
        <source>{mentor} can take {mentee} part of the way on {topic} (up to “{level}”)</source>
        <translation>{mentor} peut accompagner {mentee} une partie du chemin en {topic} (jusqu&apos;à « {level} »)</translation>
    </message>
    <message>
        <location filename="../../app/steps/matching.py" line="188"/>
        <source>{mentor} can teach {topic}, {mentee}&apos;s first priority</source>
        <translation>{mentor} peut enseigner {topic}, première priorité de {mentee}</translation>
    </message>
    <message>
        <location filename="../../app/steps/matching.py" line="191"/>
        <source>{mentor} can teach {topic}, {mentee}&apos;s second priority</source>
        <translation>{mentor} peut enseigner {topic}, deuxième priorité de {mentee}</translation>
    </message>
    <message>
        <location filename="../../app/steps/matching.py" line="194"/>
        <source>{mentor} can teach {topic}, which {mentee} would like to learn</source>
        <translation>{mentor} peut enseigner {topic}, que {mentee} aimerait apprendre</translation>
    </message>
    <message>
        <location filename="../../app/steps/matching.py" line="210"/>
        <source>no free half-day in common yet</source>
        <translation>aucune demi-journée libre en commun pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../app/steps/matching.py" line="214"/>
        <source>both free on {first}</source>
        <translation>tous deux libres le {first}</translation>
    </message>
    <message>
        <location filename="../../app/steps/matching.py" line="220"/>
        <source>both free on {first} and {second}</source>
        <translation>tous deux libres le {first} et le {second}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/steps/matching.py" line="226"/>
        <source>both free on {first}, {second} and %n more half-days</source>
        <translation>
            <numerusform>tous deux libres le {first}, le {second} et %n autre demi-journée</numerusform>
            <numerusform>tous deux libres le {first}, le {second} et %n autres demi-journées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/steps/matching.py" line="282"/>
        <source>and %n more of {mentee}&apos;s needs</source>
        <translation>
            <numerusform>et %n autre besoin de {mentee}</numerusform>
            <numerusform>et %n autres besoins de {mentee}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/steps/matching.py" line="296"/>
        <source>{mentor} already mentors %n people in this programme</source>
        <translation>
            <numerusform>{mentor} accompagne déjà %n personne dans ce programme</numerusform>
            <numerusform>{mentor} accompagne déjà %n personnes dans ce programme</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/steps/team_proposal.py" line="142"/>
        <source>{mentee}: nobody in the team knows {topics} better.</source>
        <translation>{mentee} : personne dans l&apos;équipe ne maîtrise mieux {topics}.</translation>
    </message>
    <message>
        <location filename="../../app/steps/team_proposal.py" line="155"/>
        <source>better not with {names}</source>
        <translation>mieux vaut éviter {names}</translation>
    </message>
    <message>
        <location filename="../../app/steps/team_proposal.py" line="163"/>
        <source>no free half-day in common with {names}</source>
        <translation>aucune demi-journée libre en commun avec {names}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/steps/team_proposal.py" line="171"/>
        <source>the limit of %n mentees is reached for {names}</source>
        <translation>
            <numerusform>la limite de %n mentoré est atteinte pour {names}</numerusform>
            <numerusform>la limite de %n mentorés est atteinte pour {names}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/steps/team_proposal.py" line="181"/>
        <source>the places of {names} go to {others}, which covers more of the team&apos;s needs</source>
        <translation>les places de {names} vont à {others}, ce qui couvre davantage les besoins de l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../app/steps/team_proposal.py" line="191"/>
        <source>{mentee}, for {topics}: {reasons}.</source>
        <translation>{mentee}, pour {topics} : {reasons}.</translation>
    </message>
    <message>
        <location filename="../../app/steps/team_proposal.py" line="194"/>
        <source>{first}; {second}</source>
        <translation>{first} ; {second}</translation>
    </message>
    <message>
        <location filename="../../app/steps/matching.py" line="289"/>
        <source>they get along well</source>
        <translation>ils s&apos;entendent bien</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <location filename="../../ui/operations.py" line="106"/>
        <source>Go ahead all the same?</source>
        <extracomment>The kinds of data a change touches and a screen shows: the core says which (:mod:`app.changes`).</extracomment>
        <translation>Continuer malgré tout ?</translation>
    </message>
</context>
<context>
    <name>personal</name>
    <message>
        <location filename="../../app/personal_file.py" line="85"/>
        <source>Tandem holds no address, telephone number, e-mail address, date of birth, salary, health information or photograph.</source>
        <extracomment>Where the rows of each table about a person, or about one of their pairs, are told. What Tandem never asks for, said to the person in their file.</extracomment>
        <translation>Tandem ne conserve ni adresse, ni numéro de téléphone, ni adresse e-mail, ni date de naissance, ni salaire, ni information de santé, ni photo.</translation>
    </message>
    <message>
        <location filename="../../app/personal_file.py" line="90"/>
        <source>Your age is kept only as a band (for example 40 to 54), if it was given at all.</source>
        <translation>Votre âge n&apos;est conservé que sous forme de tranche (par exemple 40 à 54), et seulement s&apos;il a été indiqué.</translation>
    </message>
    <message>
        <location filename="../../app/personal_file.py" line="94"/>
        <source>Everything written about you in Tandem is above; nothing else is kept in its file. Its backups hold the same data as it was on the day each was made.</source>
        <translation>Tout ce qui est écrit à votre sujet dans Tandem figure ci-dessus ; rien d&apos;autre n&apos;est conservé dans son fichier. Ses sauvegardes contiennent les mêmes données, telles qu&apos;elles étaient le jour de chaque sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../app/personal_file.py" line="124"/>
        <source>Everything Tandem holds about {name}</source>
        <translation>Tout ce que Tandem conserve au sujet de {name}</translation>
    </message>
    <message>
        <location filename="../../app/personal_file.py" line="208"/>
        <location filename="../../app/personal_file.py" line="271"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../app/personal_file.py" line="208"/>
        <location filename="../../app/personal_file.py" line="273"/>
        <source>Mentee</source>
        <translation>Mentoré</translation>
    </message>
    <message>
        <location filename="../../app/personal_file.py" line="324"/>
        <source>Tandem could not write {file}: {reason}</source>
        <translation>Tandem n&apos;a pas pu écrire {file} : {reason}</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../ui/printing/menu.py" line="49"/>
        <source>{document} - print…</source>
        <translation>{document} - imprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/menu.py" line="52"/>
        <source>{document} - save as PDF…</source>
        <translation>{document} - enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/output.py" line="65"/>
        <source>the file came out incomplete (is the disk full?)</source>
        <extracomment>Left margin wide enough for a hole punch; the others for a pen and a signature. Builds a document when asked (the data may have changed since the menu was opened).</extracomment>
        <translation>le fichier est incomplet (le disque est-il plein ?)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/output.py" line="96"/>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <location filename="../../ui/printing/output.py" line="98"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/output.py" line="108"/>
        <source>Tandem could not write {path}: {reason}. Choose another place; nothing was lost.</source>
        <translation>Tandem n&apos;a pas pu écrire {path} : {reason}. Choisissez un autre endroit ; rien n&apos;est perdu.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/output.py" line="123"/>
        <source>Tandem</source>
        <translation>Tandem</translation>
    </message>
    <message>
        <location filename="../../ui/printing/output.py" line="124"/>
        <source>The PDF was saved as {path}.</source>
        <translation>Le PDF a été enregistré sous {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/output.py" line="130"/>
        <source>&amp;Open the PDF</source>
        <translation>&amp;Ouvrir le PDF</translation>
    </message>
    <message>
        <location filename="../../ui/printing/output.py" line="133"/>
        <source>Open its &amp;folder</source>
        <translation>Ouvrir son &amp;dossier</translation>
    </message>
    <message>
        <location filename="../../ui/printing/output.py" line="178"/>
        <source>Preview - {name}</source>
        <translation>Aperçu - {name}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/output.py" line="155"/>
        <source>The printer reported a problem. Check that it is on and has paper, then try again.</source>
        <translation>L&apos;imprimante signale un problème. Vérifiez qu&apos;elle est allumée et qu&apos;elle a du papier, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>privacy</name>
    <message>
        <location filename="../../ui/privacy_actions.py" line="36"/>
        <source>Export everything about {name}</source>
        <translation>Exporter tout ce qui concerne {name}</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_actions.py" line="38"/>
        <source>Tandem - {name}</source>
        <translation>Tandem - {name}</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_actions.py" line="40"/>
        <source>PDF file (*.pdf)</source>
        <translation>Fichier PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_actions.py" line="51"/>
        <source>Tandem could not write {path}: {reason}. Choose another place; nothing was lost.</source>
        <translation>Tandem n&apos;a pas pu écrire {path} : {reason}. Choisissez un autre emplacement ; rien n&apos;est perdu.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_actions.py" line="63"/>
        <source>Everything Tandem holds about {name} is in {pdf}, to read or print, and in {json} for a computer.</source>
        <translation>Tout ce que Tandem conserve au sujet de {name} se trouve dans {pdf}, à lire ou à imprimer, et dans {json} pour un ordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_actions.py" line="75"/>
        <source>Erase {name} for good from the network&apos;s data? Their needs, know-how, affinities, coaching, and the pairs they were part of with all their sessions and reviews are deleted for every coordinator, and cannot be brought back. The backups the server&apos;s administrator made before today still hold them: ask them to erase {name} there too, or to say when those backups are replaced.</source>
        <translation>Effacer définitivement {name} des données du réseau ? Ses besoins, savoir-faire, affinités, sa préparation, et les binômes dont il ou elle faisait partie avec toutes leurs séances et leurs bilans sont supprimés pour toute la coordination et ne pourront pas être récupérés. Les sauvegardes faites avant aujourd&apos;hui par la personne qui administre le serveur le ou la contiennent encore : demandez-lui d&apos;y effacer aussi {name}, ou de dire quand ces sauvegardes seront remplacées.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_actions.py" line="83"/>
        <source>Erase {name} for good? Their needs, know-how, affinities, coaching, and the pairs they were part of with all their sessions and reviews are deleted, and cannot be brought back. Backups made before today still hold them until they are thinned out (within a year).</source>
        <translation>Effacer définitivement {name} ? Ses besoins, savoir-faire, affinités, sa préparation, et les binômes dont il ou elle faisait partie avec toutes leurs séances et leurs bilans sont supprimés et ne pourront pas être récupérés. Les sauvegardes faites avant aujourd&apos;hui le ou la contiennent encore jusqu&apos;à leur suppression (dans l&apos;année).</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_actions.py" line="102"/>
        <source>These people left the shop more than {months} months ago: {names}. Erase what Tandem holds about them?</source>
        <translation>Ces personnes ont quitté l&apos;entreprise il y a plus de {months} mois : {names}. Effacer ce que Tandem garde sur elles ?</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_actions.py" line="117"/>
        <source>Staff who left</source>
        <translation>Personnes parties</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_actions.py" line="118"/>
        <source>Propose to erase staff this many months after they left:</source>
        <translation>Proposer d&apos;effacer les personnes parties depuis ce nombre de mois :</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_actions.py" line="131"/>
        <source>Tandem team {date}</source>
        <translation>Équipe Tandem {date}</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_actions.py" line="133"/>
        <source>Tandem sessions {date}</source>
        <translation>Séances Tandem {date}</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_actions.py" line="137"/>
        <source>Export for a spreadsheet</source>
        <translation>Exporter pour un tableur</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_actions.py" line="139"/>
        <source>Spreadsheet (*.csv)</source>
        <translation>Tableur (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_actions.py" line="154"/>
        <source>Tandem could not write {path}: {reason}</source>
        <translation>Tandem n&apos;a pas pu écrire {path} : {reason}</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <location filename="../../app/progress.py" line="116"/>
        <source>Every pair is reviewed: the programme can be renewed.</source>
        <extracomment>A pair with no session held for this many days is stalled. Whether this pair has done each of the five steps (index 0 is step 1): it exists, has objectives, its mentor is coached, it has sessions planned, it is reviewed (a decision taken, and at least one session held). Whether the owner took her decision for this pair at the review. How many pairs of this programme the mentor has (more than one: several mentees).</extracomment>
        <translation>Chaque binôme a son bilan : le programme peut être renouvelé.</translation>
    </message>
    <message>
        <location filename="../../app/progress.py" line="186"/>
        <source>Stopped: {reason}</source>
        <translation>Arrêté : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/progress.py" line="189"/>
        <source>Paused by the owner</source>
        <translation>Mis en pause</translation>
    </message>
    <message>
        <location filename="../../app/progress.py" line="193"/>
        <source>Reviewed after {count} sessions: {decision}</source>
        <translation>Bilan fait après {count} séances : {decision}</translation>
    </message>
    <message>
        <location filename="../../app/progress.py" line="199"/>
        <source>Finished after {count} sessions</source>
        <translation>Terminé après {count} séances</translation>
    </message>
    <message>
        <location filename="../../app/progress.py" line="203"/>
        <source>No session planned yet</source>
        <translation>Aucune séance prévue pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../app/progress.py" line="208"/>
        <source>No session for {days} days (last on {date})</source>
        <translation>Aucune séance depuis {days} jours (la dernière le {date})</translation>
    </message>
    <message>
        <location filename="../../app/progress.py" line="210"/>
        <source>No session held since the first one was due, {days} days ago ({date})</source>
        <translation>Aucune séance depuis la première prévue, il y a {days} jours ({date})</translation>
    </message>
    <message>
        <location filename="../../app/progress.py" line="217"/>
        <source>Sessions past their date and not logged: {count}</source>
        <translation>Séances passées non notées : {count}</translation>
    </message>
    <message>
        <location filename="../../app/progress.py" line="222"/>
        <source>First session on {date}</source>
        <translation>Première séance le {date}</translation>
    </message>
    <message>
        <location filename="../../app/progress.py" line="226"/>
        <source>Next session on {date}</source>
        <translation>Prochaine séance le {date}</translation>
    </message>
    <message>
        <location filename="../../app/progress.py" line="229"/>
        <source>Every planned session is held: time for the review</source>
        <translation>Toutes les séances prévues ont eu lieu : place au bilan</translation>
    </message>
    <message>
        <location filename="../../app/step_states.py" line="99"/>
        <source>Pairs reviewed before their first session: {count}. Their review counts once they have met.</source>
        <translation>Binômes dont le bilan précède la première séance : {count}. Leur bilan compte une fois qu&apos;ils se sont vus.</translation>
    </message>
    <message>
        <location filename="../../app/step_states.py" line="112"/>
        <source>The programme has no start date yet: review the pairs once they have met.</source>
        <translation>Le programme n&apos;a pas encore de date de début : faites le bilan des binômes une fois qu&apos;ils se sont vus.</translation>
    </message>
    <message>
        <location filename="../../app/step_states.py" line="119"/>
        <source>The programme begins on {day}: review the pairs once they have met.</source>
        <translation>Le programme commence le {day} : faites le bilan des binômes une fois qu&apos;ils se sont vus.</translation>
    </message>
    <message>
        <location filename="../../app/step_states.py" line="144"/>
        <source>Add at least one need of a senior.</source>
        <translation>Ajoutez au moins un besoin d&apos;un senior.</translation>
    </message>
    <message>
        <location filename="../../app/step_states.py" line="147"/>
        <source>Nobody in the team can teach the needs listed yet: add what the young ones know.</source>
        <translation>Personne dans l&apos;équipe ne peut encore enseigner les besoins notés : ajoutez ce que savent les jeunes.</translation>
    </message>
    <message>
        <location filename="../../app/step_states.py" line="157"/>
        <source>Form at least one pair.</source>
        <translation>Formez au moins un binôme.</translation>
    </message>
    <message>
        <location filename="../../app/step_states.py" line="160"/>
        <source>Pairs without an objective yet: {count}</source>
        <translation>Binômes encore sans objectif : {count}</translation>
    </message>
    <message>
        <location filename="../../app/step_states.py" line="140"/>
        <source>Form the pairs first.</source>
        <translation>Formez d&apos;abord les binômes.</translation>
    </message>
    <message>
        <location filename="../../app/step_states.py" line="170"/>
        <source>Mentors still to coach: {count}</source>
        <translation>Mentors encore à préparer : {count}</translation>
    </message>
    <message>
        <location filename="../../app/step_states.py" line="180"/>
        <source>Set the frame: start date, length and time slot.</source>
        <translation>Fixez le cadre : date de début, durée et créneau.</translation>
    </message>
    <message>
        <location filename="../../app/step_states.py" line="186"/>
        <source>Pairs without planned sessions: {count}</source>
        <translation>Binômes sans séances prévues : {count}</translation>
    </message>
    <message>
        <location filename="../../app/step_states.py" line="95"/>
        <source>Pairs still to review: {count}</source>
        <extracomment>What is missing for the step to be done, in a sentence; None when done.</extracomment>
        <translation>Binômes encore sans bilan : {count}</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <location filename="../../ui/recovery.py" line="37"/>
        <source>{date} at {time}</source>
        <extracomment>What the owner chose: the backup, a new empty file (only when the file is missing or empty), or to stop there.</extracomment>
        <translation>{date} à {time}</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="45"/>
        <source>{people} people, {pairs} pairs, {sessions} sessions</source>
        <translation>{people} personnes, {pairs} binômes, {sessions} séances</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="49"/>
        <source>Tandem&apos;s file is damaged and cannot be read (a crash or a full disk can do this). Tandem can go on with the newest sound backup, from {date}: {what}. The damaged file is kept aside, not deleted. Use this backup?</source>
        <translation>Le fichier de Tandem est abîmé et ne peut pas être lu (une panne ou un disque plein peuvent en être la cause). Tandem peut repartir de la dernière sauvegarde saine, du {date} : {what}. Le fichier abîmé est mis de côté, pas effacé. Utiliser cette sauvegarde&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="56"/>
        <source>Tandem&apos;s file is empty: it holds nothing, although Tandem has backups of your data (a copy cut short or a full disk can do this). The newest sound backup is from {date}: {what}. Use this backup?</source>
        <translation>Le fichier de Tandem est vide : il ne contient rien, alors que Tandem a des sauvegardes de vos données (une copie interrompue ou un disque plein peuvent en être la cause). La dernière sauvegarde saine date du {date} : {what}. Utiliser cette sauvegarde&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="62"/>
        <source>Tandem&apos;s file is missing from {folder}, although Tandem has backups of your data (it may have been moved or deleted). The newest sound backup is from {date}: {what}. Use this backup?</source>
        <translation>Le fichier de Tandem ne se trouve plus dans {folder}, alors que Tandem a des sauvegardes de vos données (il a peut-être été déplacé ou effacé). La dernière sauvegarde saine date du {date} : {what}. Utiliser cette sauvegarde&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="75"/>
        <source>Tandem</source>
        <translation>Tandem</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="81"/>
        <source>&amp;Use this backup</source>
        <translation>&amp;Utiliser cette sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="86"/>
        <source>Start with &amp;no data</source>
        <translation>Commencer &amp;sans données</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="89"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="89"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="132"/>
        <source>Tandem goes on with the backup of {date}.</source>
        <translation>Tandem repart de la sauvegarde du {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="134"/>
        <source>Tandem goes on with the backup of {date}. The damaged file is kept as {path}.</source>
        <translation>Tandem repart de la sauvegarde du {date}. Le fichier abîmé est gardé sous {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="139"/>
        <source>Tandem goes on with the backup of {date}. The empty file is kept as {path}.</source>
        <translation>Tandem repart de la sauvegarde du {date}. Le fichier vide est gardé sous {path}.</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <location filename="../../app/steps/rules.py" line="29"/>
        <source>What is said during a session stays between the two of you.</source>
        <extracomment>Starting texts for the charter, for the owner to adapt.</extracomment>
        <translation>Ce qui se dit pendant une séance reste entre vous deux.</translation>
    </message>
    <message>
        <location filename="../../app/steps/rules.py" line="33"/>
        <source>No question is silly and no mistake is mocked. Each of you speaks to the other with respect.</source>
        <translation>Aucune question n&apos;est bête et aucune erreur n&apos;est moquée. Chacun parle à l&apos;autre avec respect.</translation>
    </message>
    <message>
        <location filename="../../app/steps/rules.py" line="40"/>
        <source>Sessions are for learning, not for doing the mentee&apos;s work in their place.</source>
        <translation>Les séances servent à apprendre, pas à faire le travail du mentoré à sa place.</translation>
    </message>
</context>
<context>
    <name>server</name>
    <message>
        <location filename="../../ui/server_actions.py" line="51"/>
        <location filename="../../ui/server_actions.py" line="76"/>
        <source>Network server</source>
        <extracomment>Answered at the password prompt: the address or the login was mistyped.</extracomment>
        <translation>Serveur du réseau</translation>
    </message>
    <message>
        <location filename="../../ui/server_actions.py" line="52"/>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <location filename="../../ui/server_actions.py" line="80"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../../ui/server_actions.py" line="56"/>
        <location filename="../../ui/server_actions.py" line="84"/>
        <source>Use this PC&apos;s data</source>
        <translation>Utiliser les données de ce PC</translation>
    </message>
    <message>
        <location filename="../../ui/server_actions.py" line="55"/>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../../ui/server_actions.py" line="60"/>
        <location filename="../../ui/server_actions.py" line="82"/>
        <source>Another address or login…</source>
        <translation>Une autre adresse ou un autre identifiant…</translation>
    </message>
    <message>
        <location filename="../../ui/server_actions.py" line="99"/>
        <source>The address of the network&apos;s server, as its administrator gave it
(postgresql://name@server/database):</source>
        <translation>L&apos;adresse du serveur du réseau, telle que son administration l&apos;a donnée
(postgresql://nom@serveur/base) :</translation>
    </message>
    <message>
        <location filename="../../ui/server_actions.py" line="133"/>
        <source>Connecting to the network&apos;s server {server}…</source>
        <translation>Connexion au serveur du réseau {server}…</translation>
    </message>
    <message>
        <location filename="../../ui/server_actions.py" line="195"/>
        <source>(no name yet)</source>
        <translation>(pas encore de nom)</translation>
    </message>
    <message>
        <location filename="../../ui/server_actions.py" line="200"/>
        <source>Choose a shop</source>
        <translation>Choisir une boutique</translation>
    </message>
    <message>
        <location filename="../../ui/server_actions.py" line="201"/>
        <source>You coordinate several shops of the network. Work on:</source>
        <translation>Vous coordonnez plusieurs boutiques du réseau. Travailler sur :</translation>
    </message>
    <message>
        <location filename="../../ui/server_actions.py" line="221"/>
        <source>Tandem works on {shop} meanwhile.</source>
        <translation>En attendant, Tandem travaille sur {shop}.</translation>
    </message>
    <message>
        <location filename="../../ui/server_actions.py" line="97"/>
        <source>Connect to a network server</source>
        <translation>Se connecter à un serveur du réseau</translation>
    </message>
    <message>
        <location filename="../../ui/server_actions.py" line="117"/>
        <source>{address} is not the address of a server: it starts with postgresql://, as in postgresql://marie@server/tandem.</source>
        <translation>{address} n&apos;est pas l&apos;adresse d&apos;un serveur : elle commence par postgresql://, comme postgresql://marie@serveur/tandem.</translation>
    </message>
</context>
<context>
    <name>server_wait</name>
    <message>
        <location filename="../../ui/server_wait.py" line="198"/>
        <source>Waiting for the server… Another computer of the shop may be saving at this moment, or the network is slow. Tandem tells you if it cannot finish.</source>
        <translation>Tandem attend le serveur… Un autre ordinateur de la boutique enregistre peut-être en ce moment, ou le réseau est lent. Tandem vous le dit s&apos;il ne peut pas aller au bout.</translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <location filename="../../app/paths.py" line="64"/>
        <source>Tandem cannot create its folder {folder}: {reason}</source>
        <translation>Tandem ne peut pas créer son dossier {folder} : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/paths.py" line="51"/>
        <source>{folder} is a file, not a folder: choose a folder for Tandem&apos;s data.</source>
        <extracomment>The demo shops, each in a file of its own (built by app.demo). The names Windows keeps for its devices, whatever the extension (&quot;CON.pdf&quot; is the console). Long enough for any name, short enough that a file name stays well inside Windows&apos; 260 characters for a whole path.</extracomment>
        <translation>{folder} est un fichier, pas un dossier : choisissez un dossier pour les données de Tandem.</translation>
    </message>
    <message>
        <location filename="../../app/places.py" line="115"/>
        <source>Tandem&apos;s data is in a folder synchronised with the cloud ({folder}). The synchronisation can copy the file while Tandem writes it and damage it. Keep Tandem&apos;s data in a local folder (the default), and use Save a copy… to put a copy in the cloud.</source>
        <extracomment>Folder names of the services that synchronise a folder with the cloud. The variables OneDrive sets to its folders (personal, work or school, and the current one). What Windows&apos; GetDriveTypeW answers for a drive on the network. The type of the drive whose root is given (&quot;Z:\&quot;), as GetDriveTypeW answers it.</extracomment>
        <translation>Les données de Tandem sont dans un dossier synchronisé avec le cloud ({folder}). La synchronisation peut copier le fichier pendant que Tandem l&apos;écrit et l&apos;abîmer. Gardez les données de Tandem dans un dossier local (celui proposé par défaut), et utilisez Enregistrer une copie… pour en mettre une copie dans le cloud.</translation>
    </message>
    <message>
        <location filename="../../app/places.py" line="126"/>
        <source>Tandem&apos;s data is on a network share ({folder}). If the network drops while Tandem writes, the file can be damaged. Keep Tandem&apos;s data on this PC or on a USB key.</source>
        <translation>Les données de Tandem sont sur un partage réseau ({folder}). Si le réseau se coupe pendant que Tandem écrit, le fichier peut être abîmé. Gardez les données de Tandem sur ce PC ou sur une clé USB.</translation>
    </message>
    <message>
        <location filename="../../app/storage/problems.py" line="97"/>
        <source>The disk is full: free some space, then try again. Nothing already saved is lost.</source>
        <translation>Le disque est plein : libérez de la place, puis réessayez. Rien de ce qui était enregistré n&apos;est perdu.</translation>
    </message>
    <message>
        <location filename="../../app/storage/problems.py" line="107"/>
        <source>Tandem&apos;s file is no longer at {path}: it was deleted or moved, or the USB key that holds it was removed. This change was not saved; what you typed is still on the screen.</source>
        <translation>Le fichier de Tandem n&apos;est plus dans {path} : il a été effacé ou déplacé, ou la clé USB qui le contient a été retirée. Cette modification n&apos;a pas été enregistrée ; ce que vous avez tapé est toujours à l&apos;écran.</translation>
    </message>
    <message>
        <location filename="../../app/storage/problems.py" line="113"/>
        <source>Tandem&apos;s file is no longer at {path}: it was deleted or moved, or the USB key that holds it was removed. What you saved before is not lost.</source>
        <translation>Le fichier de Tandem n&apos;est plus dans {path} : il a été effacé ou déplacé, ou la clé USB qui le contient a été retirée. Ce que vous aviez enregistré n&apos;est pas perdu.</translation>
    </message>
    <message>
        <location filename="../../app/storage/problems.py" line="88"/>
        <source>Tandem cannot write in its folder {folder}: it is read-only.</source>
        <translation>Tandem ne peut pas écrire dans son dossier {folder} : il est en lecture seule.</translation>
    </message>
    <message>
        <location filename="../../app/storage/problems.py" line="134"/>
        <source>The data is in use by another program. Close it, then try again.</source>
        <translation>Les données sont utilisées par un autre programme. Fermez-le, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/storage/problems.py" line="169"/>
        <source>The connection to the network&apos;s server was lost: this screen could not be brought up to date, and may show older data; everything saved is safe. Check the network: Tandem connects again by itself.</source>
        <translation>La connexion au serveur du réseau a été perdue : cet écran n&apos;a pas pu être mis à jour et peut montrer des données plus anciennes ; tout ce qui est enregistré est en sécurité. Vérifiez le réseau : Tandem se reconnecte automatiquement.</translation>
    </message>
    <message>
        <location filename="../../app/storage/problems.py" line="177"/>
        <source>The connection to the network&apos;s server was lost: a change you were making just now was not saved; everything saved before is safe. Check the network, then try again: Tandem connects again by itself.</source>
        <translation>La connexion au serveur du réseau a été perdue : une modification faite à l&apos;instant n&apos;a pas été enregistrée ; tout ce qui était enregistré avant est en sécurité. Vérifiez le réseau, puis réessayez : Tandem se reconnecte automatiquement.</translation>
    </message>
    <message>
        <location filename="../../app/storage/problems.py" line="222"/>
        <source>The server no longer lets this login reach the shop&apos;s data: the network&apos;s administrator removed it or changed its rights, and this screen could not be brought up to date. Ask the administrator, or go on with the data on this PC (Tandem › Use this PC&apos;s data).</source>
        <extracomment>A server&apos;s SQLSTATE for a row that stayed locked beyond ``lock_timeout``, and for a statement stopped by ``statement_timeout``. What a server answers a login that lost its rights to the shop&apos;s schema while Tandem was open: the schema is skipped from its search path, so a table &quot;does not exist&quot;; or &quot;permission denied&quot;. The tables are the file&apos;s, the same on a server: on a server, a table that is not there is one out of the login&apos;s reach.</extracomment>
        <translation>Le serveur ne laisse plus cet identifiant accéder aux données de la boutique : l&apos;administration du réseau l&apos;a retiré ou a changé ses droits, et cet écran n&apos;a pas pu être mis à jour. Demandez à l&apos;administration, ou continuez avec les données de ce PC (Tandem › Utiliser les données de ce PC).</translation>
    </message>
    <message>
        <location filename="../../app/storage/problems.py" line="231"/>
        <source>The server no longer lets this login reach the shop&apos;s data: the network&apos;s administrator removed it or changed its rights, and this change was not saved. Ask the administrator, or go on with the data on this PC (Tandem › Use this PC&apos;s data).</source>
        <translation>Le serveur ne laisse plus cet identifiant accéder aux données de la boutique : l&apos;administration du réseau l&apos;a retiré ou a changé ses droits, et cette modification n&apos;a pas été enregistrée. Demandez à l&apos;administration, ou continuez avec les données de ce PC (Tandem › Utiliser les données de ce PC).</translation>
    </message>
    <message>
        <location filename="../../app/storage/problems.py" line="262"/>
        <source>Someone else holds this data on the server just now, and it did not come within a few seconds. Try again in a moment.</source>
        <translation>Quelqu&apos;un d&apos;autre tient ces données sur le serveur en ce moment, et elles ne sont pas arrivées en quelques secondes. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../../app/storage/problems.py" line="269"/>
        <source>Someone else is saving the same data on the server just now, and did not finish within a few seconds. This change was not saved: try again in a moment.</source>
        <translation>Quelqu&apos;un d&apos;autre enregistre les mêmes données sur le serveur en ce moment, sans avoir fini au bout de quelques secondes. Cette modification n&apos;a pas été enregistrée : réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../../app/storage/problems.py" line="310"/>
        <source>Tandem cannot open its file in {folder}. Check that the folder exists and can be written to.</source>
        <translation>Tandem ne peut pas ouvrir son fichier dans {folder}. Vérifiez que le dossier existe et qu&apos;on peut y écrire.</translation>
    </message>
    <message>
        <location filename="../../app/storage/problems.py" line="124"/>
        <source>The disk did not answer (a USB key removed?). Put it back, then try again.</source>
        <translation>Le disque ne répond pas (une clé USB retirée ?). Rebranchez-la, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/storage/problems.py" line="338"/>
        <source>Tandem needs a folder at {folder}, and a file is in the way.</source>
        <translation>Tandem a besoin d&apos;un dossier à l&apos;emplacement {folder}, et un fichier s&apos;y trouve.</translation>
    </message>
    <message>
        <location filename="../../app/storage/problems.py" line="347"/>
        <source>Tandem is not allowed to write in its folder {folder} (it belongs to another user, or its rights were changed).</source>
        <translation>Tandem n&apos;a pas le droit d&apos;écrire dans son dossier {folder} (il appartient à un autre utilisateur, ou ses droits ont été modifiés).</translation>
    </message>
    <message>
        <location filename="../../app/storage/problems.py" line="355"/>
        <source>Tandem could not use the file {path}: {reason}</source>
        <translation>Tandem n&apos;a pas pu utiliser le fichier {path} : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/storage/problems.py" line="81"/>
        <source>The Tandem file is damaged and cannot be read.</source>
        <extracomment>The file was moved or deleted while open (an extended code of SQLITE_READONLY). Below this much free space, an I/O error is taken for a full disk. The errors of the system of a disk that went away (a USB key pulled out, a share lost). The errors of the system that say why a folder cannot be written, in words of ours. Windows gives several of its errors the one errno EACCES: told apart by their own codes. A file another program holds open (sharing or lock violation). A write-protected disk (a USB key&apos;s switch, a read-only card). A disk or a share that went away: not ready, device gone, not connected, network path or name gone, network error.</extracomment>
        <translation>Le fichier de Tandem est abîmé et ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../../app/storage/files.py" line="54"/>
        <source>{name} is not a Tandem file. Tandem left it as it is.</source>
        <extracomment>&quot;Tand&quot; - marks a SQLite file as Tandem&apos;s. What a copy is written under until it is complete; never left behind. On Windows an antivirus or the search indexer opens each new file for a moment, and the file cannot be renamed meanwhile: a rename is tried again for this long.</extracomment>
        <translation>{name} n&apos;est pas un fichier de Tandem. Tandem l&apos;a laissé tel quel.</translation>
    </message>
    <message>
        <location filename="../../app/storage/files.py" line="92"/>
        <source>{name} was written by a newer Tandem. Install the latest Tandem to open it; the file was not changed.</source>
        <translation>{name} a été écrit par une version plus récente de Tandem. Installez la dernière version pour l&apos;ouvrir ; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../app/backups.py" line="170"/>
        <source>Tandem could not write a backup in {folder} ({reason}).</source>
        <extracomment>At most one automatic backup per this much working time (measured on a clock that the PC&apos;s date and time settings do not move). After a backup failed, the next one is tried this much later. This many of the newest backups are kept whatever the clock says. How many changes its data had seen; None for backups of earlier Tandems. Dated later than now: the PC&apos;s clock was wrong when it was made, or is wrong now. How many changes its data had seen (0 for a file of an earlier Tandem).</extracomment>
        <translation>Tandem n&apos;a pas pu écrire de sauvegarde dans {folder} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../app/backups.py" line="205"/>
        <source>The backup could not be checked: {problem}</source>
        <translation>La sauvegarde n&apos;a pas pu être vérifiée : {problem}</translation>
    </message>
    <message>
        <location filename="../../app/backups.py" line="421"/>
        <source>{name} is damaged and cannot be restored.</source>
        <extracomment>Where each start writes the moment its clock gave, for the next starts to compare with. How many starts are remembered: thinning counts no backup older than it would have been at the earliest of them, so this many starts in a row with a wrong clock delete nothing. The ages at which a backup moves from one tier of thinning to the next.</extracomment>
        <translation>{name} est abîmé et ne peut pas être restauré.</translation>
    </message>
    <message>
        <location filename="../../app/restoring.py" line="44"/>
        <source>Tandem could not write the copy to {path}: {reason}</source>
        <translation>Tandem n&apos;a pas pu écrire la copie dans {path} : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/restoring.py" line="50"/>
        <source>The copy at {path} could not be checked; try another place.</source>
        <translation>La copie dans {path} n&apos;a pas pu être vérifiée ; essayez un autre endroit.</translation>
    </message>
    <message>
        <location filename="../../app/restoring.py" line="89"/>
        <source>Tandem could not put {name} in place of its data. {reason} Your data is as it was.</source>
        <translation>Tandem n&apos;a pas pu mettre {name} à la place de ses données. {reason} Vos données sont restées telles quelles.</translation>
    </message>
    <message>
        <location filename="../../app/restoring.py" line="105"/>
        <source>{name} is the file Tandem works on now: there is nothing to restore from it. Choose a backup or a copy.</source>
        <translation>{name} est le fichier sur lequel Tandem travaille en ce moment : il n&apos;y a rien à restaurer depuis lui. Choisissez une sauvegarde ou une copie.</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="87"/>
        <source>Tandem could not write the demo to {path}: {reason}</source>
        <translation>Tandem n&apos;a pas pu écrire la démo dans {path} : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/storage/reconnect.py" line="48"/>
        <source>Tandem cannot reach {path}. If it is on a USB key, put the key back; then choose Try again.</source>
        <extracomment>The data Tandem still had open was written back at its place. The file at its place (the USB key put back) was opened again; it holds what the screens show. The file at its place was opened again, and it holds something else than what Tandem had open (changed meanwhile, or the open data could not be read to compare).</extracomment>
        <translation>Tandem n&apos;arrive pas à atteindre {path}. S&apos;il est sur une clé USB, rebranchez la clé, puis choisissez « Réessayer ».</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="108"/>
        <source>The Tandem file is damaged and cannot be read. Your backups are in {folder}.</source>
        <translation>Le fichier de Tandem est abîmé et ne peut pas être lu. Vos sauvegardes sont dans {folder}.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="118"/>
        <source>Tandem did not open: its file is missing or empty. Your backups are in {folder}.</source>
        <translation>Tandem ne s&apos;est pas ouvert : son fichier est absent ou vide. Vos sauvegardes sont dans {folder}.</translation>
    </message>
    <message>
        <location filename="../../app/storage/addresses.py" line="85"/>
        <source>The address {address} cannot be read ({reason}). An address reads like postgresql://login@server/database.</source>
        <translation>L&apos;adresse {address} est illisible ({reason}). Une adresse s&apos;écrit comme postgresql://identifiant@serveur/base.</translation>
    </message>
    <message>
        <location filename="../../app/storage/addresses.py" line="96"/>
        <source>The address {address} names no database: add it after the server&apos;s name, as in postgresql://login@server/database.</source>
        <translation>L&apos;adresse {address} ne nomme aucune base : ajoutez-la après le nom du serveur, comme dans postgresql://identifiant@serveur/base.</translation>
    </message>
    <message>
        <location filename="../../app/storage/addresses.py" line="107"/>
        <source>In the address {address}, connect_timeout must be a whole number of seconds, 1 or more.</source>
        <translation>Dans l&apos;adresse {address}, connect_timeout doit être un nombre entier de secondes, 1 ou plus.</translation>
    </message>
    <message>
        <location filename="../../app/storage/addresses.py" line="184"/>
        <source>There is no database {name} on the server {server}. Check the address.</source>
        <extracomment>How long Tandem waits for a server to answer when it connects, in seconds: one that is silent (a cable pulled, a firewall that drops) would otherwise hold the window for good. How a connection over the network finds out that its server is gone: TCP keepalives after 30 idle seconds, 3 unanswered 10 seconds apart; and a query sent but not acknowledged for 10 seconds, so that a save or a screen waits no longer than a new connection would (libpq ignores these on a local socket, and where the system lacks them: Windows has no such limit, and gives up after its own retries).</extracomment>
        <translation>Il n&apos;y a pas de base {name} sur le serveur {server}. Vérifiez l&apos;adresse.</translation>
    </message>
    <message>
        <location filename="../../app/storage/addresses.py" line="192"/>
        <source>The server {server} refused the password of {user}. Type it again, or go on with the data on this PC.</source>
        <translation>Le serveur {server} a refusé le mot de passe de {user}. Tapez-le de nouveau, ou continuez avec les données de ce PC.</translation>
    </message>
    <message>
        <location filename="../../app/storage/addresses.py" line="202"/>
        <source>The server {server} asks for the password of {user}.</source>
        <translation>Le serveur {server} demande le mot de passe de {user}.</translation>
    </message>
    <message>
        <location filename="../../app/storage/addresses.py" line="209"/>
        <source>The server {server} does not let {user} in from this PC. Ask the network&apos;s administrator to allow it.</source>
        <translation>Le serveur {server} n&apos;accepte pas {user} depuis ce PC. Demandez à l&apos;administration du réseau de l&apos;autoriser.</translation>
    </message>
    <message>
        <location filename="../../app/storage/addresses.py" line="229"/>
        <source>This PC cannot check that the server {server} is the network&apos;s: it lacks the network&apos;s certificate, {file}. Ask the network&apos;s administrator for that file and put it there, or go on with the data on this PC.</source>
        <translation>Ce PC ne peut pas vérifier que le serveur {server} est bien celui du réseau : il lui manque le certificat du réseau, {file}. Demandez ce fichier à l&apos;administration du réseau et placez-le à cet endroit, ou continuez avec les données de ce PC.</translation>
    </message>
    <message>
        <location filename="../../app/storage/addresses.py" line="240"/>
        <source>The server {server} could not prove who it is: its certificate was refused, and Tandem sent it nothing. Check the address with the network&apos;s administrator.</source>
        <translation>Le serveur {server} n&apos;a pas pu prouver son identité : son certificat a été refusé, et Tandem ne lui a rien envoyé. Vérifiez l&apos;adresse avec l&apos;administration du réseau.</translation>
    </message>
    <message>
        <location filename="../../app/storage/addresses.py" line="218"/>
        <source>The server {server} did not answer within {seconds} seconds. Check that this PC is on the network, or go on with the data on this PC.</source>
        <translation>Le serveur {server} n&apos;a pas répondu en {seconds} secondes. Vérifiez que ce PC est bien sur le réseau, ou continuez avec les données de ce PC.</translation>
    </message>
    <message>
        <location filename="../../app/storage/addresses.py" line="249"/>
        <source>The server {server} is starting or stopping just now. Try again in a moment, or go on with the data on this PC.</source>
        <translation>Le serveur {server} est en train de démarrer ou de s&apos;arrêter. Réessayez dans un instant, ou continuez avec les données de ce PC.</translation>
    </message>
    <message>
        <location filename="../../app/storage/addresses.py" line="258"/>
        <source>Tandem cannot reach the server {server}: nothing answers there (is it switched on?). Check that this PC is on the network, or go on with the data on this PC.</source>
        <translation>Tandem ne peut pas joindre le serveur {server} : rien n&apos;y répond (est-il allumé ?). Vérifiez que ce PC est bien sur le réseau, ou continuez avec les données de ce PC.</translation>
    </message>
    <message>
        <location filename="../../app/storage/addresses.py" line="269"/>
        <source>Tandem cannot reach the server {server} ({reason}). Check that this PC is on the network, or go on with the data on this PC.</source>
        <translation>Tandem ne peut pas joindre le serveur {server} ({reason}). Vérifiez que ce PC est bien sur le réseau, ou continuez avec les données de ce PC.</translation>
    </message>
    <message>
        <location filename="../../app/storage/server.py" line="224"/>
        <source>The server {server} runs PostgreSQL {version}, which no longer gets security fixes. Tandem needs PostgreSQL 15 or newer; nothing was changed.</source>
        <extracomment>How long a save waits for a row another coordinator of the same shop is saving, before it is told so: within the ten seconds a server is given to answer. The shop Tandem works on (its schema names the connection&apos;s ``search_path``), set again on every new connection; None before one is chosen. The connection broke and could not be made again yet (the server is away): the next use tries again, where a database closed on purpose stays closed. The oldest PostgreSQL Tandem works with: 14 and older no longer get security fixes (14&apos;s ended in November 2026), and before 15 every login could create objects in ``public`` that another login&apos;s queries might call.</extracomment>
        <translation>Le serveur {server} fonctionne avec PostgreSQL {version}, qui ne reçoit plus de correctifs de sécurité. Tandem a besoin de PostgreSQL 15 ou plus récent ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../app/storage/server.py" line="253"/>
        <source>The database {name} was written by a newer Tandem. Install the latest Tandem to open it; the database was not changed.</source>
        <translation>La base {name} a été écrite par une version plus récente de Tandem. Installez la dernière version de Tandem pour l&apos;ouvrir ; la base n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <location filename="../../app/storage/server.py" line="271"/>
        <source>The database {name} holds another program&apos;s data. Tandem left it as it is.</source>
        <translation>La base {name} contient les données d&apos;un autre programme. Tandem l&apos;a laissée telle quelle.</translation>
    </message>
    <message>
        <location filename="../../app/storage/server.py" line="282"/>
        <source>The network&apos;s database {name} on {server} was written by an older Tandem. Ask the network&apos;s administrator to upgrade it with the setup script; nothing was changed.</source>
        <translation>La base {name} du réseau sur {server} a été écrite par une version plus ancienne de Tandem. Demandez à l&apos;administrateur du réseau de la mettre à jour avec le script d&apos;installation ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../app/storage/server.py" line="312"/>
        <source>The database {name} on {server} is empty, and {user} may not set it up. Check the address, or ask the network&apos;s administrator to set the network up.</source>
        <translation>La base {name} sur {server} est vide, et {user} n&apos;a pas le droit de la préparer. Vérifiez l&apos;adresse, ou demandez à l&apos;administrateur du réseau de mettre le réseau en place.</translation>
    </message>
    <message>
        <location filename="../../app/storage/server.py" line="418"/>
        <source>Tandem waited for the database {name} on {server}, which someone holds just now (a shop&apos;s PC in the middle of a change): nothing was changed. Try again in a moment.</source>
        <translation>Tandem a attendu la base {name} sur {server}, que quelqu&apos;un tient en ce moment (le PC d&apos;une boutique en pleine modification) : rien n&apos;a été modifié. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../../app/storage/network.py" line="189"/>
        <source>A shop needs a name with letters or digits.</source>
        <extracomment>The network&apos;s own table in the register: its token, which names its groups. How many connections one login may hold at once (a Tandem holds two). How long a login may leave a transaction open, and a statement run, in seconds. The longest role name PostgreSQL keeps whole. Names a login may not take: the server&apos;s own, and those of Tandem&apos;s groups. The login existed, for this same shop: only its password was replaced.</extracomment>
        <translation>Une boutique a besoin d&apos;un nom fait de lettres ou de chiffres.</translation>
    </message>
    <message>
        <location filename="../../app/storage/network.py" line="192"/>
        <source>The name {name} mixes alphabets (Latin with Greek or Cyrillic letters that look the same): it could pass for another shop. Type it in one alphabet.</source>
        <translation>Le nom {name} mélange des alphabets (des lettres latines avec des lettres grecques ou cyrilliques qui leur ressemblent) : ce nom pourrait passer pour celui d&apos;une autre boutique. Tapez le nom dans un alphabet unique.</translation>
    </message>
    <message>
        <location filename="../../app/storage/network.py" line="201"/>
        <source>A shop&apos;s name has {longest} characters at most; this one has {length}.</source>
        <translation>Le nom d&apos;une boutique compte {longest} caractères au plus ; celui-ci en compte {length}.</translation>
    </message>
    <message>
        <location filename="../../app/storage/network.py" line="233"/>
        <source>The network already has a shop called {existing}, which {name} would look like in the list. Give the new shop another name.</source>
        <translation>Le réseau a déjà une boutique nommée {existing}, que {name} imiterait dans la liste. Donnez un autre nom à la nouvelle boutique.</translation>
    </message>
    <message>
        <location filename="../../app/storage/network.py" line="263"/>
        <source>A login&apos;s name has {longest} characters at most; {login} is longer.</source>
        <translation>Le nom d&apos;un identifiant compte {longest} caractères au plus ; {login} est plus long.</translation>
    </message>
    <message>
        <location filename="../../app/storage/network.py" line="272"/>
        <source>{login} cannot be a login of the network: a login&apos;s name begins with a small letter, holds only small letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;, and is not one of the server&apos;s own names (postgres, pg_…, tandem_…).</source>
        <translation>{login} ne peut pas être un identifiant du réseau : le nom d&apos;un identifiant commence par une minuscule, ne contient que des minuscules, des chiffres, « _ », « . » et « - », et n&apos;est pas l&apos;un des noms propres au serveur (postgres, pg_…, tandem_…).</translation>
    </message>
    <message>
        <location filename="../../app/storage/network.py" line="303"/>
        <source>{login} is already a login or a group of this server, with other rights or other members. Choose another name for the network&apos;s login.</source>
        <translation>{login} est déjà un identifiant ou un groupe de ce serveur, avec d&apos;autres droits ou d&apos;autres membres. Choisissez un autre nom pour l&apos;identifiant du réseau.</translation>
    </message>
    <message>
        <location filename="../../app/storage/network.py" line="371"/>
        <source>The network has no shop called {name}. Its shops: {shops}. Add the shop first, or check its name.</source>
        <translation>Le réseau n&apos;a pas de boutique nommée {name}. Ses boutiques : {shops}. Ajoutez d&apos;abord la boutique, ou vérifiez son nom.</translation>
    </message>
    <message>
        <location filename="../../app/storage/network.py" line="394"/>
        <source>{login} already works for another shop of the network, or coordinates it: a shop&apos;s login works for that shop alone. Choose another name.</source>
        <translation>{login} travaille déjà pour une autre boutique du réseau, ou le coordonne : l&apos;identifiant d&apos;une boutique ne sert qu&apos;à cette boutique. Choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../../app/storage/network.py" line="417"/>
        <source>{login} works for one shop of the network: a coordinator needs a login of her own.</source>
        <translation>{login} travaille pour une boutique du réseau : une coordinatrice a besoin de son propre identifiant.</translation>
    </message>
    <message>
        <location filename="../../app/storage/network.py" line="438"/>
        <source>{login} is not a login of this network, so nothing was removed. Its logins: {logins}.</source>
        <translation>{login} n&apos;est pas un identifiant de ce réseau : rien n&apos;a été retiré. Ses identifiants : {logins}.</translation>
    </message>
    <message>
        <location filename="../../app/storage/network.py" line="456"/>
        <source>{login} still owns things on the server that Tandem did not make (large objects created by hand): the server&apos;s superuser removes them with DROP OWNED BY {login}; then run this again. Nothing was removed.</source>
        <translation>{login} possède encore sur le serveur des choses que Tandem n&apos;a pas créées (des « large objects » faits à la main) : le superutilisateur du serveur les retire avec DROP OWNED BY {login}, puis relancez cette commande. Rien n&apos;a été retiré.</translation>
    </message>
    <message>
        <location filename="../../app/storage/network.py" line="482"/>
        <source>{shop} cannot be opened just now: one of its computers holds its data (a change under way, or someone working on it by hand). Try again in a moment.</source>
        <translation>Impossible d&apos;ouvrir {shop} pour l&apos;instant : l&apos;un de ses ordinateurs tient ses données (un enregistrement en cours, ou quelqu&apos;un qui y travaille à la main). Réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../../app/storage/network.py" line="532"/>
        <source>{user} is the login that sets up the network on {server}: it would show every shop&apos;s people at once. Connect with a shop&apos;s login or a coordinator&apos;s.</source>
        <translation>{user} est l&apos;identifiant qui installe le réseau sur {server} : il montrerait les équipes de toutes les boutiques à la fois. Connectez-vous avec l&apos;identifiant d&apos;une boutique ou de la coordination.</translation>
    </message>
    <message>
        <location filename="../../app/storage/network.py" line="542"/>
        <source>{user} belongs to no shop of the network on {server} yet. Ask the network&apos;s coordinator to add it to a shop.</source>
        <translation>{user} n&apos;appartient encore à aucune boutique du réseau sur {server}. Demandez à la coordination du réseau de l&apos;ajouter à une boutique.</translation>
    </message>
</context>
<context>
    <name>trades</name>
    <message>
        <location filename="../../app/trades.py" line="29"/>
        <source>Bakery, pastry</source>
        <translation>Boulangerie, pâtisserie</translation>
    </message>
    <message>
        <location filename="../../app/trades.py" line="30"/>
        <source>Restaurant, café</source>
        <translation>Restaurant, café</translation>
    </message>
    <message>
        <location filename="../../app/trades.py" line="31"/>
        <source>Garage, car repair</source>
        <translation>Garage, réparation automobile</translation>
    </message>
    <message>
        <location filename="../../app/trades.py" line="32"/>
        <source>Hair salon</source>
        <translation>Salon de coiffure</translation>
    </message>
    <message>
        <location filename="../../app/trades.py" line="33"/>
        <source>Shop</source>
        <translation>Commerce</translation>
    </message>
    <message>
        <location filename="../../app/trades.py" line="34"/>
        <source>Another trade</source>
        <translation>Un autre métier</translation>
    </message>
    <message>
        <location filename="../../app/trades.py" line="43"/>
        <source>Click and collect orders</source>
        <extracomment>(name, kind, description) of each trade&apos;s topics.</extracomment>
        <translation>Commandes à retirer en boutique</translation>
    </message>
    <message>
        <location filename="../../app/trades.py" line="45"/>
        <source>Take orders online for customers to pick up at the shop.</source>
        <translation>Prendre des commandes en ligne que les clients viennent chercher en boutique.</translation>
    </message>
    <message>
        <location filename="../../app/trades.py" line="48"/>
        <source>Cost price of a recipe</source>
        <translation>Prix de revient d&apos;une recette</translation>
    </message>
    <message>
        <location filename="../../app/trades.py" line="50"/>
        <source>Work out what a recipe costs in a spreadsheet, to set its price.</source>
        <translation>Calculer dans un tableur ce que coûte une recette, pour en fixer le prix.</translation>
    </message>
    <message>
        <location filename="../../app/trades.py" line="55"/>
        <source>Sourdough and long fermentation</source>
        <translation>Levain et fermentation longue</translation>
    </message>
    <message>
        <location filename="../../app/trades.py" line="57"/>
        <source>Keep a starter and plan breads that rise slowly overnight.</source>
        <translation>Entretenir un levain et prévoir des pains qui lèvent lentement pendant la nuit.</translation>
    </message>
    <message>
        <location filename="../../app/trades.py" line="62"/>
        <source>Vegan and gluten-free recipes</source>
        <translation>Recettes végétales et sans gluten</translation>
    </message>
    <message>
        <location filename="../../app/trades.py" line="64"/>
        <source>Adapt recipes for customers who avoid eggs, milk or gluten.</source>
        <translation>Adapter les recettes pour les clients qui évitent les œufs, le lait ou le gluten.</translation>
    </message>
    <message>
        <location filename="../../app/trades.py" line="69"/>
        <source>Modern entremets and glazes</source>
        <translation>Entremets et glaçages modernes</translation>
    </message>
    <message>
        <location filename="../../app/trades.py" line="71"/>
        <source>Layered desserts, mirror glazes and the moulds they need.</source>
        <translation>Desserts en couches, glaçages miroir et les moules qu&apos;ils demandent.</translation>
    </message>
    <message>
        <location filename="../../app/trades.py" line="78"/>
        <source>Online table booking</source>
        <translation>Réservation de table en ligne</translation>
    </message>
    <message>
        <location filename="../../app/trades.py" line="80"/>
        <source>Let guests book a table online and follow the bookings of the day.</source>
        <translation>Laisser les clients réserver en ligne et suivre les réservations du jour.</translation>
    </message>
    <message>
        <location filename="../../app/trades.py" line="85"/>
        <source>Delivery platforms</source>
        <translation>Plateformes de livraison</translation>
    </message>
    <message>
        <location filename="../../app/trades.py" line="87"/>
        <source>Put the menu on a delivery app and handle its orders.</source>
        <translation>Mettre la carte sur une application de livraison et traiter ses commandes.</translation>
    </message>
    <message>
        <location filename="../../app/trades.py" line="90"/>
        <source>Menu and allergens online</source>
        <translation>Carte et allergènes en ligne</translation>
    </message>
    <message>
        <location filename="../../app/trades.py" line="92"/>
        <source>Keep the menu and its allergens up to date online and by QR code.</source>
        <translation>Tenir la carte et ses allergènes à jour en ligne et par QR code.</translation>
    </message>
    <message>
        <location filename="../../app/trades.py" line="97"/>
        <source>Low-temperature cooking</source>
        <translation>Cuisson à basse température</translation>
    </message>
    <message>
        <location filename="../../app/trades.py" line="99"/>
        <source>Cook slowly at a precise temperature, vacuum-packed or not.</source>
        <translation>Cuire lentement à une température précise, sous vide ou non.</translation>
    </message>
    <message>
        <location filename="../../app/trades.py" line="104"/>
        <source>Plant-based dishes</source>
        <translation>Plats végétariens</translation>
    </message>
    <message>
        <location filename="../../app/trades.py" line="106"/>
        <source>Dishes without meat or fish that hold their own on the menu.</source>
        <translation>Des plats sans viande ni poisson qui tiennent leur place sur la carte.</translation>
    </message>
    <message>
        <location filename="../../app/trades.py" line="111"/>
        <source>Less food waste</source>
        <translation>Moins de gaspillage</translation>
    </message>
    <message>
        <location filename="../../app/trades.py" line="113"/>
        <source>Use trimmings, plan quantities and keep leftovers safely.</source>
        <translation>Utiliser les parures, prévoir les quantités et conserver les restes sans risque.</translation>
    </message>
    <message>
        <location filename="../../app/trades.py" line="120"/>
        <source>Electronic diagnostics</source>
        <translation>Diagnostic électronique</translation>
    </message>
    <message>
        <location filename="../../app/trades.py" line="122"/>
        <source>Read a car&apos;s fault codes with the diagnostic tool and act on them.</source>
        <translation>Lire les codes défaut d&apos;une voiture avec la valise de diagnostic et agir en conséquence.</translation>
    </message>
    <message>
        <location filename="../../app/trades.py" line="127"/>
        <source>Hybrid and electric vehicles</source>
        <translation>Véhicules hybrides et électriques</translation>
    </message>
    <message>
        <location filename="../../app/trades.py" line="129"/>
        <source>Work safely on high-voltage cars and service their batteries.</source>
        <translation>Intervenir en sécurité sur les voitures à haute tension et entretenir leurs batteries.</translation>
    </message>
    <message>
        <location filename="../../app/trades.py" line="134"/>
        <source>Driver assistance systems</source>
        <translation>Aides à la conduite</translation>
    </message>
    <message>
        <location filename="../../app/trades.py" line="136"/>
        <source>Calibrate cameras and radars after a windscreen or bumper job.</source>
        <translation>Calibrer caméras et radars après un changement de pare-brise ou de pare-chocs.</translation>
    </message>
    <message>
        <location filename="../../app/trades.py" line="141"/>
        <location filename="../../app/trades.py" line="157"/>
        <source>Online appointment booking</source>
        <translation>Prise de rendez-vous en ligne</translation>
    </message>
    <message>
        <location filename="../../app/trades.py" line="143"/>
        <source>Let customers book a slot online and keep the workshop&apos;s diary.</source>
        <translation>Laisser les clients réserver un créneau en ligne et tenir le planning de l&apos;atelier.</translation>
    </message>
    <message>
        <location filename="../../app/trades.py" line="148"/>
        <source>Online parts catalogues</source>
        <translation>Catalogues de pièces en ligne</translation>
    </message>
    <message>
        <location filename="../../app/trades.py" line="150"/>
        <source>Find and order the right part from a manufacturer&apos;s online catalogue.</source>
        <translation>Trouver et commander la bonne pièce dans le catalogue en ligne d&apos;un constructeur.</translation>
    </message>
    <message>
        <location filename="../../app/trades.py" line="159"/>
        <source>Let customers book a slot online and keep the salon&apos;s diary.</source>
        <translation>Laisser les clients réserver un créneau en ligne et tenir le planning du salon.</translation>
    </message>
    <message>
        <location filename="../../app/trades.py" line="164"/>
        <source>Before and after photos</source>
        <translation>Photos avant et après</translation>
    </message>
    <message>
        <location filename="../../app/trades.py" line="166"/>
        <source>Take photos of the work that make customers want to come.</source>
        <translation>Prendre des photos du travail qui donnent envie de venir.</translation>
    </message>
    <message>
        <location filename="../../app/trades.py" line="171"/>
        <source>Salon software</source>
        <translation>Logiciel de caisse du salon</translation>
    </message>
    <message>
        <location filename="../../app/trades.py" line="173"/>
        <source>Customer cards, stock and till in the salon&apos;s software.</source>
        <translation>Fiches clients, stock et caisse dans le logiciel du salon.</translation>
    </message>
    <message>
        <location filename="../../app/trades.py" line="176"/>
        <source>New colouring techniques</source>
        <translation>Nouvelles techniques de coloration</translation>
    </message>
    <message>
        <location filename="../../app/trades.py" line="178"/>
        <source>Balayage, toning and the colours asked for today.</source>
        <translation>Balayage, patine et les couleurs demandées aujourd&apos;hui.</translation>
    </message>
    <message>
        <location filename="../../app/trades.py" line="181"/>
        <source>Today&apos;s cuts</source>
        <translation>Les coupes d&apos;aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../app/trades.py" line="183"/>
        <source>The cuts and fades the younger customers ask for.</source>
        <translation>Les coupes et dégradés que demandent les clients plus jeunes.</translation>
    </message>
    <message>
        <location filename="../../app/trades.py" line="188"/>
        <source>Online shop and click and collect</source>
        <translation>Boutique en ligne et retrait en magasin</translation>
    </message>
    <message>
        <location filename="../../app/trades.py" line="190"/>
        <source>Sell online and prepare the orders customers pick up.</source>
        <translation>Vendre en ligne et préparer les commandes que les clients viennent chercher.</translation>
    </message>
    <message>
        <location filename="../../app/trades.py" line="193"/>
        <source>Till and stock software</source>
        <translation>Logiciel de caisse et de stock</translation>
    </message>
    <message>
        <location filename="../../app/trades.py" line="195"/>
        <source>Follow sales and stock in the till&apos;s software instead of on paper.</source>
        <translation>Suivre les ventes et le stock dans le logiciel de caisse plutôt que sur papier.</translation>
    </message>
    <message>
        <location filename="../../app/trades.py" line="200"/>
        <source>Marketplaces</source>
        <translation>Places de marché</translation>
    </message>
    <message>
        <location filename="../../app/trades.py" line="202"/>
        <source>Sell some products on a large online marketplace.</source>
        <translation>Vendre quelques produits sur une grande place de marché en ligne.</translation>
    </message>
    <message>
        <location filename="../../app/trades.py" line="205"/>
        <source>Window display</source>
        <translation>Vitrine et présentation</translation>
    </message>
    <message>
        <location filename="../../app/trades.py" line="207"/>
        <source>Dress the window and the shelves so that products sell.</source>
        <translation>Habiller la vitrine et les rayons pour que les produits se vendent.</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../app/errors.py" line="73"/>
        <source>This no longer exists: it was removed in the meantime.</source>
        <extracomment>What was looked for, for the log; the user&apos;s sentence does not need it.</extracomment>
        <translation>Cet élément n&apos;existe plus : il a été supprimé entre-temps.</translation>
    </message>
    <message>
        <location filename="../../app/sessions/journal.py" line="76"/>
        <source>This pair is stopped: its journal can be read, not changed.</source>
        <extracomment>The session in every calendar it was sent to (its UID there). The days of this pair&apos;s planned sessions that logging this one cancelled: the pair met on that day, so the session planned there would have been a second meeting.</extracomment>
        <translation>Ce binôme est arrêté : son journal peut être lu, pas modifié.</translation>
    </message>
    <message>
        <location filename="../../app/sessions/journal.py" line="95"/>
        <source>The programme starts on {start}: a session cannot be logged before. If the pairs began earlier, move the start in step 4.</source>
        <translation>Le programme commence le {start} : une séance ne peut pas être notée avant. Si les binômes ont commencé plus tôt, avancez le début à l&apos;étape 4.</translation>
    </message>
    <message>
        <location filename="../../app/sessions/journal.py" line="215"/>
        <source>A session cannot be logged as held on a future date.</source>
        <extracomment>The hour it starts; None keeps the session&apos;s (or takes the pair&apos;s usual one).</extracomment>
        <translation>Une séance ne peut pas être notée comme faite à une date future.</translation>
    </message>
    <message>
        <location filename="../../app/sessions/journal.py" line="249"/>
        <source>This topic is not one of the pair&apos;s objectives.</source>
        <translation>Ce sujet ne fait pas partie des objectifs du binôme.</translation>
    </message>
    <message>
        <location filename="../../app/sessions/journal.py" line="256"/>
        <source>Choose the topic this new level is about.</source>
        <translation>Choisissez le sujet auquel ce nouveau niveau se rapporte.</translation>
    </message>
    <message>
        <location filename="../../app/sessions/journal.py" line="349"/>
        <source>Only a session still to come can be moved.</source>
        <translation>Seule une séance à venir peut être déplacée.</translation>
    </message>
    <message>
        <location filename="../../app/sessions/journal.py" line="371"/>
        <source>A session that took place cannot be cancelled.</source>
        <translation>Une séance qui a eu lieu ne peut pas être annulée.</translation>
    </message>
    <message>
        <location filename="../../app/programmes.py" line="47"/>
        <source>A programme is already called {name}.</source>
        <translation>Un programme s&apos;appelle déjà {name}.</translation>
    </message>
    <message>
        <location filename="../../app/programmes.py" line="105"/>
        <source>The programme {name} is closed; its history can no longer be changed.</source>
        <translation>Le programme {name} est clos ; son historique ne peut plus être modifié.</translation>
    </message>
    <message>
        <location filename="../../app/shop.py" line="57"/>
        <source>The shop must be open at least one day a week.</source>
        <extracomment>Closed only that half of each day; None: the whole day.</extracomment>
        <translation>La boutique doit être ouverte au moins un jour par semaine.</translation>
    </message>
    <message>
        <location filename="../../app/shop.py" line="82"/>
        <source>The last day cannot come before the first day.</source>
        <translation>Le dernier jour ne peut pas précéder le premier.</translation>
    </message>
    <message>
        <location filename="../../app/steps/coaching.py" line="122"/>
        <source>{name} is not a mentor in this programme.</source>
        <translation>{name} n&apos;est pas mentor dans ce programme.</translation>
    </message>
    <message>
        <location filename="../../app/steps/coaching.py" line="143"/>
        <source>A point is ticked once it has been talked over: not on a day to come.</source>
        <translation>Un point se coche une fois abordé : pas à une date à venir.</translation>
    </message>
    <message>
        <location filename="../../app/steps/needs.py" line="83"/>
        <source>These free times are not valid.</source>
        <translation>Ces disponibilités ne sont pas valables.</translation>
    </message>
    <message>
        <location filename="../../app/steps/needs.py" line="150"/>
        <source>{name} is part of a pair, so Tandem keeps them in the history. Mark them as left instead.</source>
        <translation>{name} fait partie d&apos;un binôme : Tandem garde cette personne dans l&apos;historique. Indiquez plutôt son départ.</translation>
    </message>
    <message>
        <location filename="../../app/steps/needs.py" line="236"/>
        <source>The catalogue already has a topic called {name}.</source>
        <translation>Le catalogue a déjà un sujet nommé {name}.</translation>
    </message>
    <message>
        <location filename="../../app/steps/needs.py" line="283"/>
        <source>{name} is used in the needs or the pairs, so it stays in the catalogue.</source>
        <translation>{name} est utilisé dans les besoins ou les binômes : il reste au catalogue.</translation>
    </message>
    <message>
        <location filename="../../app/steps/needs.py" line="346"/>
        <location filename="../../app/steps/pairs.py" line="382"/>
        <location filename="../../app/team_grid.py" line="91"/>
        <source>The level to reach must be above the current level.</source>
        <translation>Le niveau à atteindre doit être au-dessus du niveau actuel.</translation>
    </message>
    <message>
        <location filename="../../app/steps/needs.py" line="362"/>
        <source>{person} already has a need on {topic}: change that one instead.</source>
        <translation>{person} a déjà un besoin en {topic} : modifiez plutôt celui-là.</translation>
    </message>
    <message>
        <location filename="../../app/steps/needs.py" line="416"/>
        <location filename="../../app/steps/needs.py" line="439"/>
        <source>Someone who has never done it cannot teach it yet.</source>
        <translation>Quelqu&apos;un qui ne l&apos;a jamais fait ne peut pas encore l&apos;enseigner.</translation>
    </message>
    <message>
        <location filename="../../app/steps/needs.py" line="424"/>
        <source>{person} already knows {topic}: change the level there instead.</source>
        <translation>{person} connaît déjà {topic} : modifiez plutôt le niveau indiqué.</translation>
    </message>
    <message>
        <location filename="../../app/steps/needs.py" line="473"/>
        <source>Choose two different people.</source>
        <translation>Choisissez deux personnes différentes.</translation>
    </message>
    <message>
        <location filename="../../app/steps/pairs.py" line="118"/>
        <source>{mentor} and {mentee} are marked “Better not together” among the affinities, and a pair works side by side every week.</source>
        <translation>{mentor} et {mentee} sont notés « Pas ensemble » dans les affinités, et un binôme travaille côte à côte chaque semaine.</translation>
    </message>
    <message>
        <location filename="../../app/steps/pairs.py" line="145"/>
        <source>A person cannot be their own mentor: choose two different people.</source>
        <translation>Personne ne peut être son propre mentor : choisissez deux personnes différentes.</translation>
    </message>
    <message>
        <location filename="../../app/steps/pairs.py" line="159"/>
        <source>{name} has left the shop and cannot join a pair.</source>
        <translation>{name} a quitté la boutique et ne peut pas rejoindre un binôme.</translation>
    </message>
    <message>
        <location filename="../../app/steps/pairs.py" line="170"/>
        <source>{mentor} and {mentee} already form a pair in this programme.</source>
        <translation>{mentor} et {mentee} forment déjà un binôme dans ce programme.</translation>
    </message>
    <message>
        <location filename="../../app/steps/pairs.py" line="218"/>
        <source>This pair has already met, so it stays in the history. Stop it instead.</source>
        <translation>Ce binôme s&apos;est déjà réuni : il reste dans l&apos;historique. Arrêtez-le plutôt.</translation>
    </message>
    <message>
        <location filename="../../app/steps/pairs.py" line="317"/>
        <source>This cannot be done now: the pair is “{state}”.</source>
        <translation>Impossible pour l&apos;instant : le binôme est « {state} ».</translation>
    </message>
    <message>
        <location filename="../../app/steps/pairs.py" line="368"/>
        <source>Please say in a few words why the pair stops.</source>
        <translation>Dites en quelques mots pourquoi le binôme s&apos;arrête.</translation>
    </message>
    <message>
        <location filename="../../app/steps/pairs.py" line="403"/>
        <source>This pair already works on {topic}.</source>
        <translation>Ce binôme travaille déjà sur {topic}.</translation>
    </message>
    <message>
        <location filename="../../app/steps/rules.py" line="96"/>
        <source>The shop is closed on {day}: choose another day.</source>
        <translation>La boutique est fermée le {day} : choisissez un autre jour.</translation>
    </message>
    <message>
        <location filename="../../app/steps/rules.py" line="116"/>
        <source>A session was already held on {day}: the programme cannot start after it.</source>
        <translation>Une séance a déjà eu lieu le {day} : le programme ne peut pas commencer après.</translation>
    </message>
    <message>
        <location filename="../../app/steps/rules.py" line="160"/>
        <source>The pairs must meet at least once during the programme.</source>
        <translation>Les binômes doivent se voir au moins une fois pendant le programme.</translation>
    </message>
    <message>
        <location filename="../../app/steps/rules.py" line="221"/>
        <source>Set the programme&apos;s frame first: start date, length and slot.</source>
        <translation>Fixez d&apos;abord le cadre du programme : date de début, durée et créneau.</translation>
    </message>
    <message>
        <location filename="../../app/sessions/planning.py" line="293"/>
        <source>A finished or stopped pair has no more sessions to plan.</source>
        <extracomment>What planning again compares of a session.</extracomment>
        <translation>Un binôme terminé ou arrêté n&apos;a plus de séances à prévoir.</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="33"/>
        <source>This text holds a character that cannot be saved; please retype it.</source>
        <translation>Ce texte contient un caractère qui ne peut pas être enregistré ; merci de le retaper.</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="44"/>
        <source>This text holds an invisible control character; please retype it.</source>
        <translation>Ce texte contient un caractère de contrôle invisible ; merci de le retaper.</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="68"/>
        <source>This cannot be left empty.</source>
        <translation>Ce champ ne peut pas rester vide.</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="51"/>
        <source>This is too long: {limit} characters at most.</source>
        <translation>C&apos;est trop long : {limit} caractères au plus.</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="91"/>
        <source>Please give a number.</source>
        <translation>Indiquez un nombre.</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="94"/>
        <location filename="../../app/validation.py" line="99"/>
        <source>Please give a whole number.</source>
        <translation>Indiquez un nombre entier.</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="104"/>
        <source>Please give a number from {low} to {high}.</source>
        <translation>Indiquez un nombre de {low} à {high}.</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="122"/>
        <source>Please pick one of the choices offered.</source>
        <translation>Choisissez l&apos;une des options proposées.</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="133"/>
        <source>Please give a date.</source>
        <translation>Indiquez une date.</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="142"/>
        <source>This is not a date.</source>
        <translation>Ce n&apos;est pas une date.</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="152"/>
        <source>This is not a time of day (for example 09:30).</source>
        <translation>Ce n&apos;est pas une heure (par exemple 09:30).</translation>
    </message>
    <message>
        <location filename="../../app/steps/review.py" line="207"/>
        <source>Sessions of this pair still planned or not logged: {days}. Deciding now finishes the pair and cancels them.</source>
        <extracomment>The level after the review proposes for each objective not assessed yet: the last one the journal (or the pair view) noted. The days of the sessions still to come that the decision just cancelled.</extracomment>
        <translation>Séances de ce binôme encore prévues ou pas encore notées : {days}. Décider maintenant termine le binôme et les annule.</translation>
    </message>
    <message>
        <location filename="../../app/team_grid.py" line="64"/>
        <source>Type one level from 1 (has tried it) to 4 (can teach it).</source>
        <extracomment>The columns before the topics: the person&apos;s name, then their job.</extracomment>
        <translation>Tapez un niveau, de 1 (a déjà essayé) à 4 (peut l&apos;enseigner).</translation>
    </message>
    <message>
        <location filename="../../app/team_grid.py" line="73"/>
        <source>Type the level now, the level to reach (0 to 4) and the priority (1 to 3), for example 1 3 1.</source>
        <translation>Tapez le niveau actuel, le niveau à atteindre (de 0 à 4) et la priorité (de 1 à 3), par exemple 1 3 1.</translation>
    </message>
    <message>
        <location filename="../../app/team_grid.py" line="83"/>
        <source>Someone who can already teach it has nothing to learn there.</source>
        <translation>Quelqu&apos;un qui peut déjà l&apos;enseigner n&apos;a rien à apprendre sur ce sujet.</translation>
    </message>
    <message>
        <location filename="../../app/team_grid.py" line="96"/>
        <source>The priority is 1 (first), 2 (second) or 3 (can wait).</source>
        <translation>La priorité est 1 (d&apos;abord), 2 (ensuite) ou 3 (peut attendre).</translation>
    </message>
    <message>
        <location filename="../../app/team_grid.py" line="203"/>
        <source>{person}, {column}: {reason}</source>
        <translation>{person}, {column} : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/team_grid.py" line="211"/>
        <source>{where}: {reason}</source>
        <translation>{where} : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/team_grid.py" line="288"/>
        <source>A new line needs the person&apos;s name first.</source>
        <translation>Une nouvelle ligne commence par le nom de la personne.</translation>
    </message>
    <message>
        <location filename="../../app/team_grid.py" line="329"/>
        <source>These cells go past the last topic of the catalogue.</source>
        <translation>Ces cases dépassent le dernier sujet du catalogue.</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <location filename="../../app/vocabulary.py" line="27"/>
        <source>Never done it</source>
        <translation>Jamais fait</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="28"/>
        <source>Has tried it</source>
        <translation>A déjà essayé</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="29"/>
        <source>With help</source>
        <translation>Avec de l&apos;aide</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="30"/>
        <source>On their own</source>
        <translation>En autonomie</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="31"/>
        <source>Can teach it</source>
        <translation>Peut l&apos;enseigner</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="44"/>
        <source>First priority</source>
        <translation>Priorité n° 1</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="45"/>
        <source>Second priority</source>
        <translation>Priorité n° 2</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="46"/>
        <source>Can wait</source>
        <translation>Peut attendre</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="63"/>
        <source>Monday</source>
        <translation>lundi</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="64"/>
        <source>Tuesday</source>
        <translation>mardi</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="65"/>
        <source>Wednesday</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="66"/>
        <source>Thursday</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="67"/>
        <source>Friday</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="68"/>
        <source>Saturday</source>
        <translation>samedi</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="69"/>
        <source>Sunday</source>
        <translation>dimanche</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="77"/>
        <source>January</source>
        <extracomment>The months, January first: a planning&apos;s title (&quot;March 2027&quot;, &quot;mars 2027&quot;).</extracomment>
        <translation>janvier</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="78"/>
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="79"/>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="80"/>
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="81"/>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="82"/>
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="83"/>
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="84"/>
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="85"/>
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="86"/>
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="87"/>
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="88"/>
        <source>December</source>
        <translation>décembre</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="99"/>
        <source>morning</source>
        <translation>matin</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="100"/>
        <source>afternoon</source>
        <translation>après-midi</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="112"/>
        <source>Under 25</source>
        <translation>Moins de 25 ans</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="113"/>
        <source>25 to 39</source>
        <translation>25 à 39 ans</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="114"/>
        <source>40 to 54</source>
        <translation>40 à 54 ans</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="115"/>
        <source>55 and over</source>
        <translation>55 ans et plus</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="120"/>
        <source>Not said</source>
        <extracomment>The choice for a question left unanswered.</extracomment>
        <translation>Non précisé</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="133"/>
        <source>Patient, takes their time</source>
        <translation>Patient, prend son temps</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="134"/>
        <source>Lively, goes fast</source>
        <translation>Vif, va vite</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="149"/>
        <source>Likes to be shown</source>
        <translation>Aime qu&apos;on lui montre</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="150"/>
        <source>Likes to try by themselves</source>
        <translation>Aime essayer par soi-même</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="151"/>
        <source>Likes a written memo</source>
        <translation>Aime avoir un mémo écrit</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="162"/>
        <source>Digital</source>
        <translation>Numérique</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="163"/>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="164"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="189"/>
        <source>Get along well</source>
        <extracomment>A decision at the review finishes a pair whose sessions are still to come. A session set by hand on a day the shop is closed (a day off, a closure). A session set by hand after the programme&apos;s last day.</extracomment>
        <translation>S&apos;entendent bien</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="190"/>
        <source>Neutral</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="191"/>
        <source>Better not together</source>
        <translation>Pas ensemble</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="209"/>
        <source>Formed, not started</source>
        <translation>Formé, pas commencé</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="210"/>
        <source>Under way</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="211"/>
        <location filename="../../app/vocabulary.py" line="293"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="212"/>
        <location filename="../../app/vocabulary.py" line="294"/>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="213"/>
        <location filename="../../app/vocabulary.py" line="295"/>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="228"/>
        <source>Planned</source>
        <extracomment>Pairs that still take part in the programme&apos;s steps.</extracomment>
        <translation>Prévue</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="229"/>
        <source>Done</source>
        <translation>Faite</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="230"/>
        <source>Moved</source>
        <translation>Déplacée</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="231"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="254"/>
        <source>Not answered</source>
        <extracomment>Sessions that are still to happen. How long a session can last, in minutes, whether it is planned, added by hand or logged.</extracomment>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="255"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="256"/>
        <source>Partly</source>
        <translation>En partie</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="257"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="269"/>
        <source>Not decided yet</source>
        <translation>Pas encore décidé</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="270"/>
        <source>Renew the pair</source>
        <translation>Renouveler le binôme</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="271"/>
        <source>Swap the roles</source>
        <translation>Inverser les rôles</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="272"/>
        <source>Stop here</source>
        <translation>S&apos;arrêter là</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="289"/>
        <source>Not started</source>
        <translation>Pas commencé</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="290"/>
        <source>On track</source>
        <translation>En bonne voie</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="291"/>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="292"/>
        <source>Stalled</source>
        <translation>À relancer</translation>
    </message>
</context>
</TS>
