<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="21" />
        <source>My shop</source>
        <translation>Ma boutique</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="22" />
        <source>Tandem - {shop}</source>
        <translation>Tandem - {shop}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="31" />
        <source>You are exploring the demo of {shop}. Your own data is not touched.</source>
        <translation>Vous explorez la démonstration de {shop}. Vos propres données ne sont pas touchées.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="36" />
        <source>Your data is kept in {path}</source>
        <translation>Vos données sont rangées dans {path}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="40" />
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="52" />
        <source>{name} - step {step} of 5: {action}</source>
        <translation>{name} - étape {step} sur 5 : {action}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="59" />
        <source>No programme yet.</source>
        <translation>Aucun programme pour l'instant.</translation>
    </message>
</context>
<context>
    <name>availability</name>
    <message>
        <location filename="../../app/availability.py" line="39" />
        <source>{day} {part}</source>
        <translation>{day} {part}</translation>
    </message>
</context>
<context>
    <name>catalogue</name>
    <message>
        <location filename="../../app/catalogue.py" line="18" />
        <location filename="../../app/demo.py" line="183" />
        <source>Social networks</source>
        <extracomment>(name, kind, description) of the topics a small shop most often needs.</extracomment>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="20" />
        <source>Post photos and news of the shop, answer messages, keep a steady rhythm.</source>
        <translation>Publier des photos et des nouvelles de la boutique, répondre aux messages, garder un rythme régulier.</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="25" />
        <location filename="../../app/demo.py" line="175" />
        <source>The shop's website</source>
        <translation>Le site de la boutique</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="27" />
        <source>Change opening hours, prices and photos on the site without outside help.</source>
        <translation>Changer soi-même les horaires, les prix et les photos du site, sans aide extérieure.</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="32" />
        <location filename="../../app/demo.py" line="179" />
        <source>Newsletter</source>
        <translation>Lettre d'information</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="34" />
        <source>Write and send a regular letter to customers who asked for it.</source>
        <translation>Rédiger et envoyer une lettre régulière aux clients qui l'ont demandée.</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="39" />
        <location filename="../../app/demo.py" line="182" />
        <source>Online customer file</source>
        <translation>Fichier clients en ligne</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="41" />
        <source>Keep customers' details and orders in one online file instead of paper.</source>
        <translation>Tenir les coordonnées et les commandes des clients dans un seul fichier en ligne plutôt que sur papier.</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="46" />
        <location filename="../../app/demo.py" line="174" />
        <source>Online orders and sales</source>
        <translation>Commandes et ventes en ligne</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="48" />
        <source>Take orders and payments online, follow them until they are handed over.</source>
        <translation>Recevoir commandes et paiements en ligne, et les suivre jusqu'à la remise au client.</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="53" />
        <location filename="../../app/demo.py" line="178" />
        <location filename="../../app/demo.py" line="405" />
        <source>Customer reviews</source>
        <translation>Avis des clients</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="55" />
        <source>Read the reviews left online and answer them calmly.</source>
        <translation>Lire les avis laissés en ligne et y répondre posément.</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="58" />
        <location filename="../../app/demo.py" line="186" />
        <source>Photos of products</source>
        <translation>Photos des produits</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="60" />
        <source>Take clear photos with a phone and get them ready to publish.</source>
        <translation>Prendre des photos nettes avec un téléphone et les préparer pour la publication.</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="65" />
        <location filename="../../app/demo.py" line="187" />
        <source>Spreadsheets</source>
        <translation>Tableur</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="67" />
        <source>Keep a simple table of stock, costs or schedules.</source>
        <translation>Tenir un tableau simple du stock, des coûts ou des plannings.</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="70" />
        <location filename="../../app/demo.py" line="189" />
        <source>A new technique of the trade</source>
        <translation>Une nouvelle technique du métier</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="72" />
        <source>A way of working taught at school today that the shop does not use yet.</source>
        <translation>Une façon de travailler enseignée aujourd'hui à l'école, que la boutique n'utilise pas encore.</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="77" />
        <source>A new product or ingredient</source>
        <translation>Un nouveau produit ou ingrédient</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="79" />
        <source>Working with a material or ingredient the shop does not know well yet.</source>
        <translation>Travailler une matière ou un ingrédient que la boutique connaît encore mal.</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="88" />
        <source>Be patient</source>
        <extracomment>(title, explanation) of what a young mentor should be ready for before teaching.</extracomment>
        <translation>Être patient</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="89" />
        <source>Your mentee may need to see a step two or three times. That is normal, and it is not lost time.</source>
        <translation>Votre mentoré aura peut-être besoin de voir une étape deux ou trois fois. C'est normal, et ce n'est pas du temps perdu.</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="95" />
        <source>Speak without jargon</source>
        <translation>Parler sans jargon</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="96" />
        <source>Use everyday words. When a technical word is unavoidable, explain it once, simply.</source>
        <translation>Employez des mots de tous les jours. Quand un mot technique est inévitable, expliquez-le une fois, simplement.</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="102" />
        <source>Their hands on the tool</source>
        <translation>Ses mains sur l'outil</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="103" />
        <source>Let your mentee hold the mouse, the phone or the tool. You guide; they do.</source>
        <translation>Laissez votre mentoré tenir la souris, le téléphone ou l'outil. Vous guidez ; il ou elle fait.</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="109" />
        <source>Check what was understood</source>
        <translation>Vérifier ce qui a été compris</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="110" />
        <source>Ask your mentee to do it again alone, or to explain it back to you in their own words.</source>
        <translation>Demandez à votre mentoré de refaire seul, ou de vous réexpliquer avec ses propres mots.</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="116" />
        <source>One goal per session</source>
        <translation>Un objectif par séance</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="117" />
        <source>Decide together what the session is for, and stop once it is reached.</source>
        <translation>Décidez ensemble à quoi sert la séance, et arrêtez-vous une fois le but atteint.</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="122" />
        <source>Leave a written memo</source>
        <translation>Laisser un mémo écrit</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="123" />
        <source>End with a few written lines your mentee keeps: the steps, where to click, what to practise.</source>
        <translation>Terminez par quelques lignes écrites que votre mentoré garde : les étapes, où cliquer, quoi pratiquer.</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="129" />
        <source>Praise the progress</source>
        <translation>Saluer les progrès</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="130" />
        <source>Say what went well. Learning something new at any age takes courage.</source>
        <translation>Dites ce qui a bien marché. Apprendre du neuf, à tout âge, demande du courage.</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="135" />
        <source>Giving feedback to your boss</source>
        <translation>Faire un retour à son patron</translation>
    </message>
    <message>
        <location filename="../../app/catalogue.py" line="136" />
        <source>During a session you are the one who knows. Say plainly what to change, with respect; your boss asked for it.</source>
        <translation>Pendant la séance, c'est vous qui savez. Dites simplement ce qu'il faut changer, avec respect : votre patron l'a demandé.</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <location filename="../../app/demo.py" line="112" />
        <source>Chocolaterie Marie</source>
        <translation>Chocolaterie Marie</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="116" />
        <source>Owner, chocolate maker</source>
        <translation>Gérante, chocolatière</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="124" />
        <source>Apprentice chocolate maker</source>
        <translation>Apprenti chocolatier</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="133" />
        <source>Shop assistant</source>
        <translation>Vendeuse</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="141" />
        <source>Sales assistant</source>
        <translation>Vendeuse</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="150" />
        <source>Apprentice</source>
        <translation>Apprenti</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="158" />
        <source>Confectioner</source>
        <translation>Confiseuse</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="166" />
        <source>Delivery driver</source>
        <translation>Livreur</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="219" />
        <source>Going online</source>
        <translation>Passer au numérique</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="237" />
        <source>The back office, at the computer</source>
        <translation>L'arrière-boutique, devant l'ordinateur</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="239" />
        <source>What is said in a session stays between the two of us.</source>
        <translation>Ce qui se dit en séance reste entre nous deux.</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="242" />
        <source>No silly questions. We laugh together, never at each other.</source>
        <translation>Pas de question bête. On rit ensemble, jamais l'un de l'autre.</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="247" />
        <source>The mentor does not do the work in the mentee's place.</source>
        <translation>Le mentor ne fait pas le travail à la place du mentoré.</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="263" />
        <source>Opened the order page and took a test order together.</source>
        <translation>Ouvert la page des commandes et passé une commande d'essai ensemble.</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="264" />
        <source>Changed the prices and the photo of the Easter box on the site.</source>
        <translation>Changé les prix et la photo du coffret de Pâques sur le site.</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="267" />
        <source>Answered two customers' questions by e-mail about delivery.</source>
        <translation>Répondu par courriel aux questions de deux clients sur la livraison.</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="275" />
        <source>Chose the subscribers list and wrote the first letter.</source>
        <translation>Choisi la liste des abonnés et rédigé la première lettre.</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="280" />
        <source>Posted three photos of the new bars with a short text.</source>
        <translation>Publié trois photos des nouvelles tablettes avec un court texte.</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="286" />
        <source>Tempering on a marble slab, the way it is taught at school now.</source>
        <translation>Le tempérage sur marbre, tel qu'on l'enseigne aujourd'hui à l'école.</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="293" />
        <source>Made a table of the delivery rounds.</source>
        <translation>Fait un tableau des tournées de livraison.</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="297" />
        <source>Bernard prefers to stop for now: the deliveries take all his time.</source>
        <translation>Bernard préfère arrêter pour l'instant : les livraisons lui prennent tout son temps.</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="304" />
        <source>Entered the regular customers' details in the online file.</source>
        <translation>Saisi les coordonnées des clients fidèles dans le fichier en ligne.</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="320" />
        <source>Find a customer's last order and add a new customer.</source>
        <translation>Retrouver la dernière commande d'un client et ajouter un nouveau client.</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="322" />
        <source>Send a birthday message to regular customers</source>
        <translation>Envoyer un message d'anniversaire aux clients fidèles</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="332" />
        <source>A loyalty card kept in the customer file
A reminder before the holidays</source>
        <translation>Une carte de fidélité tenue dans le fichier clients
Un rappel avant les fêtes</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="341" />
        <source>Sophie now keeps the customer file alone. Next time she will teach Karim how to pack the gift boxes.</source>
        <translation>Sophie tient désormais seule le fichier clients. La prochaine fois, c'est elle qui apprendra à Karim à emballer les coffrets cadeaux.</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="352" />
        <source>Restaurant Chez Gérard</source>
        <translation>Restaurant Chez Gérard</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="356" />
        <source>Owner</source>
        <translation>Patron</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="364" />
        <source>Chef</source>
        <translation>Chef</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="372" />
        <source>Second</source>
        <translation>Second</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="380" />
        <source>Apprentice cook, back from two years in Asia</source>
        <translation>Apprentie cuisinière, revenue de deux ans en Asie</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="389" />
        <source>Apprentice waiter</source>
        <translation>Apprenti serveur</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="395" />
        <source>Cooking with yuzu</source>
        <translation>Cuisiner le yuzu</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="400" />
        <source>Using the juice and zest of this Japanese citrus in sauces and desserts.</source>
        <translation>Utiliser le jus et le zeste de cet agrume japonais dans les sauces et les desserts.</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="421" />
        <source>New flavours</source>
        <translation>Nouvelles saveurs</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="435" />
        <source>The kitchen, after the lunch service</source>
        <translation>La cuisine, après le service du midi</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="443" />
        <source>The dining room</source>
        <translation>La salle</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="448" />
        <source>A yuzu butter sauce for the fish of the day.</source>
        <translation>Un beurre blanc au yuzu pour le poisson du jour.</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="453" />
        <source>A yuzu tart: balancing the acidity with the sugar.</source>
        <translation>Une tarte au yuzu : équilibrer l'acidité et le sucre.</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="458" />
        <source>Read the last reviews together and answered one of them.</source>
        <translation>Lu ensemble les derniers avis et répondu à l'un d'eux.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../ui/main.py" line="32" />
        <location filename="../../ui/main.py" line="58" />
        <source>Tandem</source>
        <translation>Tandem</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="33" />
        <source>Something unexpected happened. What was already saved is safe. The details were written to Tandem's log file.</source>
        <translation>Un imprévu s'est produit. Ce qui était déjà enregistré est en sécurité. Les détails ont été notés dans le journal de Tandem.</translation>
    </message>
</context>
<context>
    <name>matching</name>
    <message>
        <location filename="../../app/steps/matching.py" line="72" />
        <source>Strong match</source>
        <extracomment>The most mentees the whole-team proposal gives one mentor.</extracomment>
        <translation>Très bon binôme</translation>
    </message>
    <message>
        <location filename="../../app/steps/matching.py" line="73" />
        <source>Good match</source>
        <translation>Bon binôme</translation>
    </message>
    <message>
        <location filename="../../app/steps/matching.py" line="74" />
        <source>Possible match</source>
        <translation>Binôme possible</translation>
    </message>
    <message>
        <location filename="../../app/steps/matching.py" line="131" />
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <location filename="../../app/steps/matching.py" line="145" />
        <source>{mentor} is patient and {mentee} likes to be shown</source>
        <translation>{mentor} est patient et {mentee} aime qu'on lui montre</translation>
    </message>
    <message>
        <location filename="../../app/steps/matching.py" line="151" />
        <source>{mentee} likes to be shown, so {mentor} will need to slow down</source>
        <translation>{mentee} aime qu'on lui montre : {mentor} devra ralentir</translation>
    </message>
    <message>
        <location filename="../../app/steps/matching.py" line="159" />
        <source>{mentor} is lively and {mentee} likes to try</source>
        <translation>{mentor} est vif et {mentee} aime essayer</translation>
    </message>
    <message>
        <location filename="../../app/steps/matching.py" line="166" />
        <source>both like to keep a written memo</source>
        <translation>tous deux aiment garder un mémo écrit</translation>
    </message>
    <message>
        <location filename="../../app/steps/matching.py" line="178" />
        <source>{mentor} can take {mentee} part of the way on {topic} (up to “{level}”)</source>
        <translation>{mentor} peut accompagner {mentee} une partie du chemin en {topic} (jusqu'à « {level} »)</translation>
    </message>
    <message>
        <location filename="../../app/steps/matching.py" line="186" />
        <source>{mentor} can teach {topic}, {mentee}'s first priority</source>
        <translation>{mentor} peut enseigner {topic}, première priorité de {mentee}</translation>
    </message>
    <message>
        <location filename="../../app/steps/matching.py" line="189" />
        <source>{mentor} can teach {topic}, {mentee}'s second priority</source>
        <translation>{mentor} peut enseigner {topic}, deuxième priorité de {mentee}</translation>
    </message>
    <message>
        <location filename="../../app/steps/matching.py" line="192" />
        <source>{mentor} can teach {topic}, which {mentee} would like to learn</source>
        <translation>{mentor} peut enseigner {topic}, que {mentee} aimerait apprendre</translation>
    </message>
    <message>
        <location filename="../../app/steps/matching.py" line="202" />
        <source>no free half-day in common yet</source>
        <translation>aucune demi-journée libre en commun pour l'instant</translation>
    </message>
    <message>
        <location filename="../../app/steps/matching.py" line="207" />
        <source>both free on {first}</source>
        <translation>tous deux libres le {first}</translation>
    </message>
    <message>
        <location filename="../../app/steps/matching.py" line="213" />
        <source>both free on {first} and {second}</source>
        <translation>tous deux libres le {first} et le {second}</translation>
    </message>
    <message>
        <location filename="../../app/steps/matching.py" line="219" />
        <source>both free on {first}, {second} and {count} more half-days</source>
        <translation>tous deux libres le {first}, le {second} et {count} autres demi-journées</translation>
    </message>
    <message>
        <location filename="../../app/steps/matching.py" line="249" />
        <source>and {count} more of {mentee}'s needs</source>
        <translation>et {count} autre(s) besoin(s) de {mentee}</translation>
    </message>
    <message>
        <location filename="../../app/steps/matching.py" line="256" />
        <source>they get along well</source>
        <translation>ils s'entendent bien</translation>
    </message>
    <message>
        <location filename="../../app/steps/matching.py" line="263" />
        <source>{mentor} already mentors {count} in this programme</source>
        <translation>{mentor} accompagne déjà {count} personne(s) dans ce programme</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <location filename="../../app/progress.py" line="111" />
        <source>Every pair is reviewed: the programme can be renewed.</source>
        <extracomment>A pair with no session held for this many days is stalled. How many pairs of this programme the mentor has (more than one: several mentees). What is missing for the step to be done, in a sentence; None when done.</extracomment>
        <translation>Chaque binôme a son bilan : le programme peut être renouvelé.</translation>
    </message>
    <message>
        <location filename="../../app/progress.py" line="181" />
        <source>Stopped: {reason}</source>
        <translation>Arrêté : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/progress.py" line="184" />
        <source>Paused by the owner</source>
        <translation>Mis en pause</translation>
    </message>
    <message>
        <location filename="../../app/progress.py" line="187" />
        <source>Finished after {count} sessions</source>
        <translation>Terminé après {count} séances</translation>
    </message>
    <message>
        <location filename="../../app/progress.py" line="191" />
        <source>No session planned yet</source>
        <translation>Aucune séance prévue pour l'instant</translation>
    </message>
    <message>
        <location filename="../../app/progress.py" line="196" />
        <source>No session for {days} days (last on {date})</source>
        <translation>Aucune séance depuis {days} jours (la dernière le {date})</translation>
    </message>
    <message>
        <location filename="../../app/progress.py" line="198" />
        <source>No session held since the first one was due, {days} days ago ({date})</source>
        <translation>Aucune séance depuis la première prévue, il y a {days} jours ({date})</translation>
    </message>
    <message>
        <location filename="../../app/progress.py" line="205" />
        <source>Sessions past their date and not logged: {count}</source>
        <translation>Séances passées non notées : {count}</translation>
    </message>
    <message>
        <location filename="../../app/progress.py" line="210" />
        <source>First session on {date}</source>
        <translation>Première séance le {date}</translation>
    </message>
    <message>
        <location filename="../../app/progress.py" line="214" />
        <source>Next session on {date}</source>
        <translation>Prochaine séance le {date}</translation>
    </message>
    <message>
        <location filename="../../app/progress.py" line="217" />
        <source>Every planned session is held: time for the review</source>
        <translation>Toutes les séances prévues ont eu lieu : place au bilan</translation>
    </message>
    <message>
        <location filename="../../app/progress.py" line="339" />
        <source>Add at least one need of a senior.</source>
        <translation>Ajoutez au moins un besoin d'un senior.</translation>
    </message>
    <message>
        <location filename="../../app/progress.py" line="348" />
        <source>Nobody in the team can teach the needs listed yet: add what the young ones know.</source>
        <translation>Personne dans l'équipe ne peut encore enseigner les besoins notés : ajoutez ce que savent les jeunes.</translation>
    </message>
    <message>
        <location filename="../../app/progress.py" line="360" />
        <source>Form at least one pair.</source>
        <translation>Formez au moins un binôme.</translation>
    </message>
    <message>
        <location filename="../../app/progress.py" line="369" />
        <source>Pairs without an objective yet: {count}</source>
        <translation>Binômes encore sans objectif : {count}</translation>
    </message>
    <message>
        <location filename="../../app/progress.py" line="376" />
        <source>Form the pairs first.</source>
        <translation>Formez d'abord les binômes.</translation>
    </message>
    <message>
        <location filename="../../app/progress.py" line="390" />
        <source>Mentors still to coach: {count}</source>
        <translation>Mentors encore à préparer : {count}</translation>
    </message>
    <message>
        <location filename="../../app/progress.py" line="405" />
        <source>Set the frame: start date, length and time slot.</source>
        <translation>Fixez le cadre : date de début, durée et créneau.</translation>
    </message>
    <message>
        <location filename="../../app/progress.py" line="417" />
        <source>Pairs without planned sessions: {count}</source>
        <translation>Binômes sans séances prévues : {count}</translation>
    </message>
    <message>
        <location filename="../../app/progress.py" line="437" />
        <source>Pairs still to review: {count}</source>
        <translation>Binômes encore sans bilan : {count}</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <location filename="../../app/steps/rules.py" line="30" />
        <source>What is said during a session stays between the two of you.</source>
        <extracomment>Starting texts for the charter, for the owner to adapt.</extracomment>
        <translation>Ce qui se dit pendant une séance reste entre vous deux.</translation>
    </message>
    <message>
        <location filename="../../app/steps/rules.py" line="34" />
        <source>No question is silly and no mistake is mocked. Each of you speaks to the other with respect.</source>
        <translation>Aucune question n'est bête et aucune erreur n'est moquée. Chacun parle à l'autre avec respect.</translation>
    </message>
    <message>
        <location filename="../../app/steps/rules.py" line="41" />
        <source>Sessions are for learning, not for doing the mentee's work in their place.</source>
        <translation>Les séances servent à apprendre, pas à faire le travail du mentoré à sa place.</translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <location filename="../../app/paths.py" line="42" />
        <source>Tandem cannot create its folder {folder}: {reason}</source>
        <translation>Tandem ne peut pas créer son dossier {folder} : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/paths.py" line="51" />
        <source>{folder} is a file, not a folder: choose a folder for Tandem's data.</source>
        <translation>{folder} est un fichier, pas un dossier : choisissez un dossier pour les données de Tandem.</translation>
    </message>
    <message>
        <location filename="../../app/storage/database.py" line="68" />
        <source>The disk is full: free some space, then try again. Nothing already saved is lost.</source>
        <extracomment>The version of the schema this Tandem writes. "Tand" - marks a SQLite file as Tandem's. ``MIGRATIONS[n]`` turns a version ``n - 1`` file into version ``n``. A future schema change adds its step here and raises SCHEMA_VERSION; it runs inside a transaction and must not touch ``user_version`` itself.</extracomment>
        <translation>Le disque est plein : libérez de la place, puis réessayez. Rien de ce qui était enregistré n'est perdu.</translation>
    </message>
    <message>
        <location filename="../../app/storage/database.py" line="75" />
        <source>Tandem cannot write in its folder {folder}: it is read-only.</source>
        <translation>Tandem ne peut pas écrire dans son dossier {folder} : il est en lecture seule.</translation>
    </message>
    <message>
        <location filename="../../app/storage/database.py" line="82" />
        <source>The data is in use by another program. Close it, then try again.</source>
        <translation>Les données sont utilisées par un autre programme. Fermez-le, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/storage/database.py" line="88" />
        <source>Tandem cannot open its file in {folder}. Check that the folder exists and can be written to.</source>
        <translation>Tandem ne peut pas ouvrir son fichier dans {folder}. Vérifiez que le dossier existe et qu'on peut y écrire.</translation>
    </message>
    <message>
        <location filename="../../app/storage/database.py" line="96" />
        <source>The disk did not answer (a USB key removed?). Put it back, then try again.</source>
        <translation>Le disque ne répond pas (une clé USB retirée ?). Rebranchez-la, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/storage/database.py" line="103" />
        <location filename="../../app/storage/database.py" line="133" />
        <source>The Tandem file is damaged and cannot be read.</source>
        <translation>Le fichier de Tandem est abîmé et ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../../app/storage/database.py" line="117" />
        <location filename="../../app/storage/database.py" line="140" />
        <source>{name} is not a Tandem file. Tandem left it as it is.</source>
        <translation>{name} n'est pas un fichier de Tandem. Tandem l'a laissé tel quel.</translation>
    </message>
    <message>
        <location filename="../../app/storage/database.py" line="146" />
        <source>{name} was written by a newer Tandem. Install the latest Tandem to open it; the file was not changed.</source>
        <translation>{name} a été écrit par une version plus récente de Tandem. Installez la dernière version pour l'ouvrir ; le fichier n'a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../app/errors.py" line="62" />
        <source>This no longer exists: it was removed in the meantime.</source>
        <extracomment>What was looked for, for the log; the user's sentence does not need it.</extracomment>
        <translation>Cet élément n'existe plus : il a été supprimé entre-temps.</translation>
    </message>
    <message>
        <location filename="../../app/journal.py" line="65" />
        <source>This pair is stopped: its journal can be read, not changed.</source>
        <translation>Ce binôme est arrêté : son journal peut être lu, pas modifié.</translation>
    </message>
    <message>
        <location filename="../../app/journal.py" line="110" />
        <source>A session cannot be logged as held on a future date.</source>
        <translation>Une séance ne peut pas être notée comme faite à une date future.</translation>
    </message>
    <message>
        <location filename="../../app/journal.py" line="130" />
        <source>This topic is not one of the pair's objectives.</source>
        <translation>Ce sujet ne fait pas partie des objectifs du binôme.</translation>
    </message>
    <message>
        <location filename="../../app/journal.py" line="137" />
        <source>Choose the topic this new level is about.</source>
        <translation>Choisissez le sujet auquel ce nouveau niveau se rapporte.</translation>
    </message>
    <message>
        <location filename="../../app/journal.py" line="159" />
        <source>Only a session still to come can be moved.</source>
        <translation>Seule une séance à venir peut être déplacée.</translation>
    </message>
    <message>
        <location filename="../../app/journal.py" line="177" />
        <source>A session that took place cannot be cancelled.</source>
        <translation>Une séance qui a eu lieu ne peut pas être annulée.</translation>
    </message>
    <message>
        <location filename="../../app/programmes.py" line="47" />
        <source>A programme is already called {name}.</source>
        <translation>Un programme s'appelle déjà {name}.</translation>
    </message>
    <message>
        <location filename="../../app/programmes.py" line="105" />
        <source>The programme {name} is closed; its history can no longer be changed.</source>
        <translation>Le programme {name} est clos ; son historique ne peut plus être modifié.</translation>
    </message>
    <message>
        <location filename="../../app/shop.py" line="61" />
        <source>The shop must be open at least one day a week.</source>
        <translation>La boutique doit être ouverte au moins un jour par semaine.</translation>
    </message>
    <message>
        <location filename="../../app/shop.py" line="80" />
        <source>The last day cannot come before the first day.</source>
        <translation>Le dernier jour ne peut pas précéder le premier.</translation>
    </message>
    <message>
        <location filename="../../app/steps/coaching.py" line="119" />
        <source>{name} is not a mentor in this programme.</source>
        <translation>{name} n'est pas mentor dans ce programme.</translation>
    </message>
    <message>
        <location filename="../../app/steps/needs.py" line="72" />
        <source>These free times are not valid.</source>
        <translation>Ces disponibilités ne sont pas valables.</translation>
    </message>
    <message>
        <location filename="../../app/steps/needs.py" line="159" />
        <source>{name} is part of a pair, so Tandem keeps them in the history. Mark them as left instead.</source>
        <translation>{name} fait partie d'un binôme : Tandem le garde dans l'historique. Indiquez plutôt son départ.</translation>
    </message>
    <message>
        <location filename="../../app/steps/needs.py" line="205" />
        <source>The catalogue already has a topic called {name}.</source>
        <translation>Le catalogue a déjà un sujet nommé {name}.</translation>
    </message>
    <message>
        <location filename="../../app/steps/needs.py" line="248" />
        <source>{name} is used in the needs or the pairs, so it stays in the catalogue.</source>
        <translation>{name} est utilisé dans les besoins ou les binômes : il reste au catalogue.</translation>
    </message>
    <message>
        <location filename="../../app/steps/needs.py" line="311" />
        <location filename="../../app/steps/pairs.py" line="256" />
        <source>The level to reach must be above the current level.</source>
        <translation>Le niveau à atteindre doit être au-dessus du niveau actuel.</translation>
    </message>
    <message>
        <location filename="../../app/steps/needs.py" line="327" />
        <source>{person} already has a need on {topic}: change that one instead.</source>
        <translation>{person} a déjà un besoin en {topic} : modifiez plutôt celui-là.</translation>
    </message>
    <message>
        <location filename="../../app/steps/needs.py" line="369" />
        <location filename="../../app/steps/needs.py" line="392" />
        <source>Someone who has never done it cannot teach it yet.</source>
        <translation>Quelqu'un qui ne l'a jamais fait ne peut pas encore l'enseigner.</translation>
    </message>
    <message>
        <location filename="../../app/steps/needs.py" line="377" />
        <source>{person} already knows {topic}: change the level there instead.</source>
        <translation>{person} connaît déjà {topic} : modifiez plutôt le niveau indiqué.</translation>
    </message>
    <message>
        <location filename="../../app/steps/needs.py" line="422" />
        <source>Choose two different people.</source>
        <translation>Choisissez deux personnes différentes.</translation>
    </message>
    <message>
        <location filename="../../app/steps/pairs.py" line="94" />
        <source>A person cannot be their own mentor: choose two different people.</source>
        <translation>Personne ne peut être son propre mentor : choisissez deux personnes différentes.</translation>
    </message>
    <message>
        <location filename="../../app/steps/pairs.py" line="108" />
        <source>{name} has left the shop and cannot join a pair.</source>
        <translation>{name} a quitté la boutique et ne peut pas rejoindre un binôme.</translation>
    </message>
    <message>
        <location filename="../../app/steps/pairs.py" line="119" />
        <source>{mentor} and {mentee} already form a pair in this programme.</source>
        <translation>{mentor} et {mentee} forment déjà un binôme dans ce programme.</translation>
    </message>
    <message>
        <location filename="../../app/steps/pairs.py" line="161" />
        <source>This pair has already met, so it stays in the history. Stop it instead.</source>
        <translation>Ce binôme s'est déjà réuni : il reste dans l'historique. Arrêtez-le plutôt.</translation>
    </message>
    <message>
        <location filename="../../app/steps/pairs.py" line="203" />
        <source>This cannot be done now: the pair is “{state}”.</source>
        <translation>Impossible pour l'instant : le binôme est « {state} ».</translation>
    </message>
    <message>
        <location filename="../../app/steps/pairs.py" line="242" />
        <source>Please say in a few words why the pair stops.</source>
        <translation>Dites en quelques mots pourquoi le binôme s'arrête.</translation>
    </message>
    <message>
        <location filename="../../app/steps/pairs.py" line="277" />
        <source>This pair already works on {topic}.</source>
        <translation>Ce binôme travaille déjà sur {topic}.</translation>
    </message>
    <message>
        <location filename="../../app/steps/rules.py" line="111" />
        <source>The shop is closed on {day}: choose another day.</source>
        <translation>La boutique est fermée le {day} : choisissez un autre jour.</translation>
    </message>
    <message>
        <location filename="../../app/steps/rules.py" line="153" />
        <source>The pairs must meet at least once during the programme.</source>
        <translation>Les binômes doivent se voir au moins une fois pendant le programme.</translation>
    </message>
    <message>
        <location filename="../../app/steps/rules.py" line="225" />
        <source>Set the programme's frame first: start date, length and slot.</source>
        <translation>Fixez d'abord le cadre du programme : date de début, durée et créneau.</translation>
    </message>
    <message>
        <location filename="../../app/steps/rules.py" line="286" />
        <source>A finished or stopped pair has no more sessions to plan.</source>
        <translation>Un binôme terminé ou arrêté n'a plus de séances à prévoir.</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="33" />
        <source>This text holds a character that cannot be saved; please retype it.</source>
        <translation>Ce texte contient un caractère qui ne peut pas être enregistré ; merci de le retaper.</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="48" />
        <location filename="../../app/validation.py" line="70" />
        <source>This text holds an invisible control character; please retype it.</source>
        <translation>Ce texte contient un caractère de contrôle invisible ; merci de le retaper.</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="53" />
        <source>This cannot be left empty.</source>
        <translation>Ce champ ne peut pas rester vide.</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="57" />
        <location filename="../../app/validation.py" line="77" />
        <source>This is too long: {limit} characters at most.</source>
        <translation>C'est trop long : {limit} caractères au plus.</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="95" />
        <source>Please give a number.</source>
        <translation>Indiquez un nombre.</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="98" />
        <location filename="../../app/validation.py" line="103" />
        <source>Please give a whole number.</source>
        <translation>Indiquez un nombre entier.</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="108" />
        <source>Please give a number from {low} to {high}.</source>
        <translation>Indiquez un nombre de {low} à {high}.</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="126" />
        <source>Please pick one of the choices offered.</source>
        <translation>Choisissez l'une des options proposées.</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="137" />
        <source>Please give a date.</source>
        <translation>Indiquez une date.</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="146" />
        <source>This is not a date.</source>
        <translation>Ce n'est pas une date.</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="156" />
        <source>This is not a time of day (for example 09:30).</source>
        <translation>Ce n'est pas une heure (par exemple 09:30).</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <location filename="../../app/vocabulary.py" line="27" />
        <source>Never done it</source>
        <translation>Jamais fait</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="28" />
        <source>Has tried it</source>
        <translation>A déjà essayé</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="29" />
        <source>Manages with help</source>
        <translation>Se débrouille avec de l'aide</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="30" />
        <source>Manages on their own</source>
        <translation>Se débrouille seul</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="31" />
        <source>Can teach it</source>
        <translation>Peut l'enseigner</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="44" />
        <source>First priority</source>
        <translation>Priorité n° 1</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="45" />
        <source>Second priority</source>
        <translation>Priorité n° 2</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="46" />
        <source>Can wait</source>
        <translation>Peut attendre</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="63" />
        <source>Monday</source>
        <translation>lundi</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="64" />
        <source>Tuesday</source>
        <translation>mardi</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="65" />
        <source>Wednesday</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="66" />
        <source>Thursday</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="67" />
        <source>Friday</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="68" />
        <source>Saturday</source>
        <translation>samedi</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="69" />
        <source>Sunday</source>
        <translation>dimanche</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="79" />
        <source>morning</source>
        <translation>matin</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="80" />
        <source>afternoon</source>
        <translation>après-midi</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="92" />
        <source>Under 25</source>
        <translation>Moins de 25 ans</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="93" />
        <source>25 to 39</source>
        <translation>25 à 39 ans</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="94" />
        <source>40 to 54</source>
        <translation>40 à 54 ans</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="95" />
        <source>55 and over</source>
        <translation>55 ans et plus</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="108" />
        <location filename="../../app/vocabulary.py" line="124" />
        <source>Not said</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="109" />
        <source>Patient, takes their time</source>
        <translation>Patient, prend son temps</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="110" />
        <source>Lively, goes fast</source>
        <translation>Vif, va vite</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="125" />
        <source>Likes to be shown</source>
        <translation>Aime qu'on lui montre</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="126" />
        <source>Likes to try by themselves</source>
        <translation>Aime essayer seul</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="127" />
        <source>Likes a written memo</source>
        <translation>Aime avoir un mémo écrit</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="138" />
        <source>Digital</source>
        <translation>Numérique</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="139" />
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="140" />
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="151" />
        <source>Get along well</source>
        <translation>S'entendent bien</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="152" />
        <source>Neutral</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="153" />
        <source>Better not together</source>
        <translation>Mieux vaut les séparer</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="171" />
        <source>Formed, not started</source>
        <translation>Formé, pas commencé</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="172" />
        <source>Under way</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="173" />
        <location filename="../../app/vocabulary.py" line="252" />
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="174" />
        <location filename="../../app/vocabulary.py" line="253" />
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="175" />
        <location filename="../../app/vocabulary.py" line="254" />
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="190" />
        <source>Planned</source>
        <extracomment>Pairs that still take part in the programme's steps.</extracomment>
        <translation>Prévue</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="191" />
        <source>Done</source>
        <translation>Faite</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="192" />
        <source>Moved</source>
        <translation>Déplacée</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="193" />
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="213" />
        <source>Not answered</source>
        <extracomment>Sessions that are still to happen.</extracomment>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="214" />
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="215" />
        <source>Partly</source>
        <translation>En partie</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="216" />
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="228" />
        <source>Not decided yet</source>
        <translation>Pas encore décidé</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="229" />
        <source>Renew the pair</source>
        <translation>Renouveler le binôme</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="230" />
        <source>Swap the roles</source>
        <translation>Inverser les rôles</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="231" />
        <source>Stop here</source>
        <translation>S'arrêter là</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="248" />
        <source>Not started</source>
        <translation>Pas commencé</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="249" />
        <source>On track</source>
        <translation>En bonne voie</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="250" />
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../app/vocabulary.py" line="251" />
        <source>Stalled</source>
        <translation>À l'arrêt</translation>
    </message>
</context>
</TS>