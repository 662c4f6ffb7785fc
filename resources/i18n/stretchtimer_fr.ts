<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActionBar</name>
    <message>
        <source>What just happened</source>
        <translation>Ce qui vient de se passer</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Hide this line</source>
        <translation>Masquer cette ligne</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>History cannot be opened just now: %1 Sessions go on, and StretchTimer saves them as soon as it can.</source>
        <translation>Impossible d’ouvrir l’historique pour l’instant&#xa0;: %1 Les séances continuent, et StretchTimer les enregistre dès que possible.</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Starting at login works on Linux desktops; on this system, add StretchTimer to your login items in the system settings.</source>
        <translation>Le démarrage à la connexion fonctionne sur les bureaux Linux&#xa0;; sur ce système, ajoute StretchTimer aux éléments de connexion dans les réglages du système.</translation>
    </message>
</context>
<context>
    <name>BreathingPacer</name>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inspire</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Breathing guide</source>
        <translation>Guide de respiration</translation>
    </message>
</context>
<context>
    <name>CalendarHeatmap</name>
    <message>
        <source>%1: no stretching</source>
        <translation>%1&#xa0;: pas d’étirement</translation>
    </message>
    <message>
        <source>Less</source>
        <translation>Moins</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>Some stretching, day not counted</source>
        <translation>Un peu d’étirement, journée non comptée</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Chosen day</source>
        <translation>Jour choisi</translation>
    </message>
    <message>
        <source>Practice calendar of the last 52 weeks</source>
        <translation>Calendrier de pratique des 52 dernières semaines</translation>
    </message>
</context>
<context>
    <name>CardMenuWords</name>
    <message>
        <source>&amp;Look and start</source>
        <translation>&amp;Regarder et commencer</translation>
    </message>
    <message>
        <source>Un&amp;pin</source>
        <translation>&amp;Détacher</translation>
    </message>
    <message>
        <source>&amp;Pin to the top</source>
        <translation>É&amp;pingler en haut</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Dupli&amp;quer</translation>
    </message>
    <message>
        <source>&amp;Customise (your own copy)</source>
        <translation>Personna&amp;liser (ta propre copie)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
</context>
<context>
    <name>CardWords</name>
    <message>
        <source>Not done yet</source>
        <translation>Pas encore faite</translation>
    </message>
    <message>
        <source>Last done today</source>
        <translation>Faite aujourd’hui</translation>
    </message>
    <message>
        <source>Last done yesterday</source>
        <translation>Faite hier</translation>
    </message>
    <message numerus="yes">
        <source>Last done %n day(s) ago</source>
        <translation>
            <numerusform>Faite il y a %n jour</numerusform>
            <numerusform>Faite il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Last done on %1</source>
        <translation>Faite le %1</translation>
    </message>
</context>
<context>
    <name>CatalogueBox</name>
    <message>
        <source>New exer&amp;cise…</source>
        <translation>Nouvel exer&amp;cice…</translation>
    </message>
    <message>
        <source>Type in an exercise of your own</source>
        <translation>Saisis ton propre exercice</translation>
    </message>
    <message>
        <source>Edi&amp;t exercise…</source>
        <translation>Modifier l’e&amp;xercice…</translation>
    </message>
    <message>
        <source>Cus&amp;tomise exercise…</source>
        <translation>Personnaliser l’e&amp;xercice…</translation>
    </message>
    <message>
        <source>Change this exercise of yours</source>
        <translation>Modifie cet exercice, qui est le tien</translation>
    </message>
    <message>
        <source>Make your own copy of this built-in exercise to change</source>
        <translation>Crée ta propre copie de cet exercice intégré pour la modifier</translation>
    </message>
</context>
<context>
    <name>CheckinWidget</name>
    <message>
        <source>0 = not at all</source>
        <translation>0 = pas du tout</translation>
    </message>
    <message>
        <source>10 = the worst you can imagine</source>
        <translation>10 = le pire que tu puisses imaginer</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Skip the question (Esc or S)</source>
        <translation>Passer la question (Échap ou S)</translation>
    </message>
    <message>
        <source>Type a number from 0 to 10 (1 then 0 for 10), or click one.</source>
        <translation>Tape un chiffre de 0 à 10 (1 puis 0 pour 10), ou clique dessus.</translation>
    </message>
    <message>
        <source>Stiffness rating from 0 to 10</source>
        <translation>Raideur notée de 0 à 10</translation>
    </message>
    <message>
        <source>0 of 10, not at all</source>
        <translation>0 sur 10, pas du tout</translation>
    </message>
    <message>
        <source>10 of 10, the worst you can imagine</source>
        <translation>10 sur 10, le pire que tu puisses imaginer</translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <translation>%1 sur 10</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>DURÉE</translation>
    </message>
    <message>
        <source>POSITION</source>
        <translation>POSITION</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>flow</source>
        <translation>mouvement</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>maintien</translation>
    </message>
    <message>
        <source>%1s x%2 per side</source>
        <translation>%1 s ×%2 par côté</translation>
    </message>
    <message>
        <source>%1s x%2</source>
        <translation>%1 s ×%2</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>DOSE</source>
        <translation>DOSE</translation>
    </message>
    <message>
        <source>rep %1/%2</source>
        <translation>rép. %1/%2</translation>
    </message>
    <message>
        <source>%1s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>AT</source>
        <translation>À</translation>
    </message>
    <message>
        <source>LENGTH</source>
        <translation>DURÉE</translation>
    </message>
    <message>
        <source>PHASE</source>
        <translation>PHASE</translation>
    </message>
    <message>
        <source>EXERCISE</source>
        <translation>EXERCICE</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total&#xa0;: %1</translation>
    </message>
    <message>
        <source>left</source>
        <translation>gauche</translation>
    </message>
    <message>
        <source>right</source>
        <translation>droite</translation>
    </message>
    <message>
        <source>warmup</source>
        <translation>échauffement</translation>
    </message>
    <message>
        <source>breathing</source>
        <translation>respiration</translation>
    </message>
    <message>
        <source>get_ready</source>
        <translation>préparation</translation>
    </message>
    <message>
        <source>switch_sides</source>
        <translation>changement-côté</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>repos</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>unknown routine %1; valid routines: %2</source>
        <translation>Routine inconnue %1&#xa0;; routines valables&#xa0;: %2</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <source>No sessions recorded yet.</source>
        <translation>Aucune séance enregistrée pour l’instant.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>START</source>
        <translation>DÉBUT</translation>
    </message>
    <message>
        <source>ROUTINE</source>
        <translation>ROUTINE</translation>
    </message>
    <message>
        <source>HELD</source>
        <translation>TENU</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>STIFFNESS</source>
        <translation>RAIDEUR</translation>
    </message>
    <message>
        <source>%1 already exists; add --force to replace it</source>
        <translation>%1 existe déjà&#xa0;; ajoute --force pour le remplacer</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the built-in catalogue is damaged:
%1</source>
        <translation>le catalogue intégré est abîmé&#xa0;:
%1</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>ignoré&#xa0;: %1</translation>
    </message>
    <message>
        <source>translation: %1</source>
        <translation>traduction&#xa0;: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>attention&#xa0;: %1</translation>
    </message>
    <message>
        <source>&apos;desktop&apos; writes freedesktop.org menu entries, which this system does not use.</source>
        <translation>«&#xa0;desktop&#xa0;» écrit des entrées de menu freedesktop.org, que ce système n’utilise pas.</translation>
    </message>
    <message>
        <source>the shipped desktop files cannot be read: %1</source>
        <translation>impossible de lire les fichiers de bureau fournis avec StretchTimer&#xa0;: %1</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>StretchTimer is in your applications menu.</source>
        <translation>StretchTimer est maintenant dans ton menu des applications.</translation>
    </message>
    <message>
        <source>StretchTimer&apos;s menu entry was not installed; nothing to remove.</source>
        <translation>L’entrée de menu de StretchTimer n’était pas installée&#xa0;; rien à retirer.</translation>
    </message>
    <message>
        <source>could not remove %1: %2</source>
        <translation>impossible de supprimer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (line %2, column %3); fix or remove it first, nothing was changed</source>
        <translation>%1 n’est pas du JSON valide (ligne %2, colonne %3)&#xa0;; corrige-le ou supprime-le d’abord, rien n’a été modifié</translation>
    </message>
    <message>
        <source>saving would drop the parts named above; fix them, or pass --force</source>
        <translation>enregistrer ferait perdre les parties citées ci-dessus&#xa0;; corrige-les, ou ajoute --force</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>impossible d’enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a time of day as HH:MM (24-hour)</source>
        <translation>%1 n’est pas une heure au format HH:MM (sur 24 heures)</translation>
    </message>
    <message>
        <source>%1 is not a set of weekdays, e.g. mon-fri or sat,sun</source>
        <translation>%1 n’est pas une liste de jours de la semaine, par exemple mon-fri ou sat,sun</translation>
    </message>
    <message>
        <source>already there: %1 %2</source>
        <translation>déjà présent&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>added: %1 %2 %3</source>
        <translation>ajouté&#xa0;: %1 %2 %3</translation>
    </message>
    <message>
        <source>added: %1 %2</source>
        <translation>ajouté&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>there are no reminders to remove</source>
        <translation>il n’y a aucun rappel à retirer</translation>
    </message>
    <message>
        <source>there is no reminder %1; &apos;stretchtimer reminders&apos; numbers them (1 to %2)</source>
        <translation>il n’y a pas de rappel %1&#xa0;; «&#xa0;stretchtimer reminders&#xa0;» les numérote (de 1 à %2)</translation>
    </message>
    <message>
        <source>removed reminder %1</source>
        <translation>rappel %1 retiré</translation>
    </message>
    <message>
        <source>%1 is neither a number of minutes nor &apos;tomorrow&apos;</source>
        <translation>%1 n’est ni un nombre de minutes ni «&#xa0;tomorrow&#xa0;»</translation>
    </message>
    <message>
        <source>reminders resumed</source>
        <translation>les rappels reprennent</translation>
    </message>
    <message>
        <source>reminders paused until %1</source>
        <translation>rappels suspendus jusqu’à %1</translation>
    </message>
    <message>
        <source>MINUTES must be %1 to %2</source>
        <translation>MINUTES doit être compris entre %1 et %2</translation>
    </message>
    <message>
        <source>Reminders: on</source>
        <translation>Rappels&#xa0;: activés</translation>
    </message>
    <message>
        <source>Reminders: off</source>
        <translation>Rappels&#xa0;: désactivés</translation>
    </message>
    <message>
        <source>Reminders: on, paused until %1</source>
        <translation>Rappels&#xa0;: activés, suspendus jusqu’à %1</translation>
    </message>
    <message>
        <source>Reminders: off, paused until %1</source>
        <translation>Rappels&#xa0;: désactivés, suspendus jusqu’à %1</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>À venir&#xa0;:</translation>
    </message>
    <message>
        <source>streak nudge</source>
        <translation>rappel de série</translation>
    </message>
    <message>
        <source>choose a routine</source>
        <translation>routine au choix</translation>
    </message>
    <message>
        <source>(not found)</source>
        <translation>(introuvable)</translation>
    </message>
    <message>
        <source>active time</source>
        <translation>temps actif</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>QUAND</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>JOURS</translation>
    </message>
    <message>
        <source>No reminders; add one with &apos;stretchtimer reminders add 12:30 --days mon-fri&apos;.</source>
        <translation>Aucun rappel&#xa0;; ajoutes-en un avec «&#xa0;stretchtimer reminders add 12:30 --days mon-fri&#xa0;».</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Working hours: %1</source>
        <translation>Heures de travail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Evening streak nudge: at %1</source>
        <translation>Rappel de série du soir&#xa0;: à %1</translation>
    </message>
    <message>
        <source>Evening streak nudge: off</source>
        <translation>Rappel de série du soir&#xa0;: désactivé</translation>
    </message>
    <message>
        <source>Desktop signals: not known (%1).</source>
        <translation>Signaux du bureau&#xa0;: inconnus (%1).</translation>
    </message>
    <message>
        <source>Desktop signals: not known. The running StretchTimer looks at the desktop; none has run with this data folder yet.</source>
        <translation>Signaux du bureau&#xa0;: inconnus. C’est StretchTimer, quand il tourne, qui observe le bureau&#xa0;; il n’a encore jamais tourné avec ce dossier de données.</translation>
    </message>
    <message>
        <source>Desktop signals, as seen by StretchTimer (pid %1) running now, at %2:</source>
        <translation>Signaux du bureau, vus par StretchTimer (pid %1, en cours d’exécution) à %2&#xa0;:</translation>
    </message>
    <message>
        <source>Desktop signals, as seen by StretchTimer (pid %1) no longer running, at %2:</source>
        <translation>Signaux du bureau, vus par StretchTimer (pid %1, qui ne tourne plus) à %2&#xa0;:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>available</source>
        <translation>disponible</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>indisponible</translation>
    </message>
    <message>
        <source>checking</source>
        <translation>vérification en cours</translation>
    </message>
    <message>
        <source>SIGNAL</source>
        <translation>SIGNAL</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>HOW / WHY</source>
        <translation>COMMENT / POURQUOI</translation>
    </message>
    <message>
        <source>A due reminder waits: %1.</source>
        <translation>Un rappel prévu attend&#xa0;: %1.</translation>
    </message>
    <message>
        <source>the picture %1 cannot be read and is left out</source>
        <translation>l’image %1 est illisible, elle est laissée de côté</translation>
    </message>
    <message>
        <source>Exported %1 with %2 and %3 to %4</source>
        <translation>Routine %1 exportée avec %2 et %3 vers %4</translation>
    </message>
    <message>
        <source>Exercise %1: %2</source>
        <translation>Exercice %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Picture %1</source>
        <translation>Image %1</translation>
    </message>
    <message>
        <source>Picture %1 (already there, the same file)</source>
        <translation>Image %1 (déjà présente, c’est le même fichier)</translation>
    </message>
    <message>
        <source>Renamed routine %1 to %2: %1 is taken</source>
        <translation>Routine %1 renommée en %2&#xa0;: %1 est déjà pris</translation>
    </message>
    <message>
        <source>Renamed exercise %1 to %2: %1 is taken</source>
        <translation>Exercice %1 renommé en %2&#xa0;: %1 est déjà pris</translation>
    </message>
    <message>
        <source>Renamed picture %1 to %2: %1 is taken</source>
        <translation>Image %1 renommée en %2&#xa0;: %1 est déjà pris</translation>
    </message>
    <message>
        <source>Would import from %1:</source>
        <translation>Ce que l’import depuis %1 ajouterait&#xa0;:</translation>
    </message>
    <message>
        <source>nothing imported: cannot write %1: %2</source>
        <translation>rien n’a été importé&#xa0;: impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Imported from %1:</source>
        <translation>Importé depuis %1&#xa0;:</translation>
    </message>
    <message>
        <source>Received %1, sent %2.</source>
        <translation>Réception&#xa0;: %1&#xa0;; envoi&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Own files: %1 received, %2 sent.</source>
        <translation>Tes propres fichiers&#xa0;: %1 reçus, %2 envoyés.</translation>
    </message>
    <message>
        <source>%1 was changed on two computers; the newer version is used, the other (of device %2) is kept as %3</source>
        <translation>%1 a été modifié sur deux ordinateurs&#xa0;; la version la plus récente est utilisée, l’autre (de l’appareil %2) est gardée sous %3</translation>
    </message>
    <message>
        <source>cannot save the settings to %1: %2</source>
        <translation>impossible d’enregistrer les réglages dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>History is synced through %1.</source>
        <translation>L’historique est synchronisé via %1.</translation>
    </message>
    <message>
        <source>Sync is already off.</source>
        <translation>La synchronisation est déjà désactivée.</translation>
    </message>
    <message>
        <source>Sync is off. What this computer wrote stays in %1 for your other computers; your history here is unchanged.</source>
        <translation>La synchronisation est désactivée. Ce que cet ordinateur a écrit reste dans %1 pour tes autres ordinateurs&#xa0;; ton historique ici ne change pas.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Sync is off. Turn it on with: stretchtimer sync enable FOLDER</source>
        <translation>La synchronisation est désactivée. Active-la avec&#xa0;: stretchtimer sync enable FOLDER</translation>
    </message>
    <message>
        <source>%1  (not there now: unplugged or not mounted?)</source>
        <translation>%1  (absent pour l’instant&#xa0;: débranché ou pas monté&#xa0;?)</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>This device:</source>
        <translation>Cet appareil&#xa0;:</translation>
    </message>
    <message>
        <source>not made yet (nothing recorded)</source>
        <translation>pas encore créé (rien d’enregistré)</translation>
    </message>
    <message>
        <source>Its files:</source>
        <translation>Ses fichiers&#xa0;:</translation>
    </message>
    <message>
        <source>%1 received, %2 sent</source>
        <translation>réception&#xa0;: %1, envoi&#xa0;: %2</translation>
    </message>
    <message>
        <source>Last merge:</source>
        <translation>Dernière fusion&#xa0;:</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Entrées&#xa0;:</translation>
    </message>
    <message>
        <source>Own files:</source>
        <translation>Tes fichiers&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (this one)</source>
        <translation>%1 (celui-ci)</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>APPAREIL</translation>
    </message>
    <message>
        <source>LAST WROTE</source>
        <translation>DERNIÈRE ÉCRITURE</translation>
    </message>
    <message>
        <source>FILES</source>
        <translation>FICHIERS</translation>
    </message>
    <message>
        <source>Changed on two computers (the newer version is used, the other kept):</source>
        <translation>Modifiés sur deux ordinateurs (la version la plus récente est utilisée, l’autre est gardée)&#xa0;:</translation>
    </message>
    <message>
        <source>  %1 (%2): kept as %3</source>
        <translation>  %1 (%2)&#xa0;: gardé sous %3</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problèmes&#xa0;:</translation>
    </message>
    <message>
        <source>sync is off; turn it on with: stretchtimer sync enable FOLDER</source>
        <translation>la synchronisation est désactivée&#xa0;; active-la avec&#xa0;: stretchtimer sync enable FOLDER</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) could not be sent; tried again next time</source>
        <translation>
            <numerusform>%n entrée n’a pas pu être envoyée&#xa0;; nouvel essai la prochaine fois</numerusform>
            <numerusform>%n entrées n’ont pas pu être envoyées&#xa0;; nouvel essai la prochaine fois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be sent; tried again next time</source>
        <translation>
            <numerusform>%n fichier n’a pas pu être envoyé&#xa0;; nouvel essai la prochaine fois</numerusform>
            <numerusform>%n fichiers n’ont pas pu être envoyés&#xa0;; nouvel essai la prochaine fois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n still to come)</source>
        <translation>
            <numerusform>%1 (encore %n à venir)</numerusform>
            <numerusform>%1 (encore %n à venir)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to %1</source>
        <translation>
            <numerusform>%n séance exportée vers %1</numerusform>
            <numerusform>%n séances exportées vers %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n own exercise(s)</source>
        <translation>
            <numerusform>%n exercice personnel</numerusform>
            <numerusform>%n exercices personnels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>nothing imported: %1 has %n problem(s)</source>
        <translation>
            <numerusform>rien n’a été importé&#xa0;: %1 a %n problème</numerusform>
            <numerusform>rien n’a été importé&#xa0;: %1 a %n problèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Routine %1: %2 (%n exercise(s))</source>
        <translation>
            <numerusform>Routine %1&#xa0;: %2 (%n exercice)</numerusform>
            <numerusform>Routine %1&#xa0;: %2 (%n exercices)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a break after every %n min at the computer</source>
        <translation>
            <numerusform>une pause toutes les %n min passées devant l’ordinateur</numerusform>
            <numerusform>une pause toutes les %n min passées devant l’ordinateur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n min</source>
        <translation>
            <numerusform>toutes les %n min</numerusform>
            <numerusform>toutes les %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot export to %1: it is a folder; give a file name</source>
        <translation>impossible d’exporter vers %1&#xa0;: c’est un dossier&#xa0;; indique un nom de fichier</translation>
    </message>
    <message>
        <source>cannot export to %1: it is not a regular file; give a file name</source>
        <translation>impossible d’exporter vers %1&#xa0;: ce n’est pas un fichier ordinaire&#xa0;; indique un nom de fichier</translation>
    </message>
    <message numerus="yes">
        <source>there are %n daily reminders already; remove one first</source>
        <translation>
            <numerusform>il y a déjà %n rappel quotidien&#xa0;; retires-en un d’abord</numerusform>
            <numerusform>il y a déjà %n rappels quotidiens&#xa0;; retires-en un d’abord</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Compte à rebours</translation>
    </message>
    <message>
        <source>1 second left</source>
        <translation>Encore 1 seconde</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds left</source>
        <translation>
            <numerusform>Encore %n seconde</numerusform>
            <numerusform>Encore %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>1 minute left</source>
        <translation>Encore 1 minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes left</source>
        <translation>
            <numerusform>Encore %n minute</numerusform>
            <numerusform>Encore %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 seconde</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>{minutes} {seconds} left</source>
        <translation>Encore {minutes} {seconds}</translation>
    </message>
    <message>
        <source>Paused, {remaining}</source>
        <translation>En pause, {remaining}</translation>
    </message>
</context>
<context>
    <name>CountingRule</name>
    <message>
        <source>A day counts when you complete a routine or hold stretches for %1 minutes or more in total; a day starts at %2.</source>
        <translation>Une journée compte quand tu termines une routine ou que tu tiens des étirements %1 minutes ou plus au total&#xa0;; une journée commence à %2.</translation>
    </message>
</context>
<context>
    <name>CuePlayer</name>
    <message>
        <source>{name}</source>
        <translation>{name}</translation>
    </message>
    <message>
        <source>{name}, left side</source>
        <translation>{name}, côté gauche</translation>
    </message>
    <message>
        <source>{name}, right side</source>
        <translation>{name}, côté droit</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Change de côté</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Repos</translation>
    </message>
    <message>
        <source>Breathe slowly</source>
        <translation>Respire lentement</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Bravo</translation>
    </message>
    <message>
        <source>three</source>
        <translation>trois</translation>
    </message>
    <message>
        <source>two</source>
        <translation>deux</translation>
    </message>
    <message>
        <source>one</source>
        <translation>un</translation>
    </message>
    <message>
        <source>No sound output was found, so cues will be silent. Check that speakers or headphones are connected and the sound system (PulseAudio or PipeWire) is running, then restart StretchTimer.</source>
        <translation>Aucune sortie audio n’a été trouvée, les signaux resteront donc muets. Vérifie que des haut-parleurs ou un casque sont branchés et que le système audio (PulseAudio ou PipeWire) tourne, puis relance StretchTimer.</translation>
    </message>
    <message>
        <source>The cue sound %1 is missing or damaged, so that cue will be silent. Reinstalling StretchTimer restores it.</source>
        <translation>Le son %1 manque ou est abîmé, ce signal restera donc muet. Réinstaller StretchTimer le rétablit.</translation>
    </message>
</context>
<context>
    <name>DBusCaller</name>
    <message>
        <source>not running here</source>
        <translation>ne tourne pas ici</translation>
    </message>
</context>
<context>
    <name>DesktopSettingsGroup</name>
    <message>
        <source>Desktop</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Start StretchTimer in the tray when I &amp;log in</source>
        <translation>&amp;Démarrer StretchTimer dans la zone de notification quand je me connecte</translation>
    </message>
</context>
<context>
    <name>DesktopShell</name>
    <message>
        <source>StretchTimer is still running</source>
        <translation>StretchTimer tourne toujours</translation>
    </message>
    <message>
        <source>It waits in the tray. To quit, choose Quit StretchTimer from the tray icon&apos;s menu, or press Ctrl+Q in the window.</source>
        <translation>Il attend dans la zone de notification. Pour quitter, choisis «&#xa0;Quitter StretchTimer&#xa0;» dans le menu de l’icône, ou appuie sur Ctrl+Q dans la fenêtre.</translation>
    </message>
    <message>
        <source>Starting at login could not be changed: %1 (%2).</source>
        <translation>Impossible de modifier le démarrage à la connexion&#xa0;: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>DesktopSignals</name>
    <message>
        <source>the desktop is not an X11 one</source>
        <translation>le bureau n’est pas un bureau X11</translation>
    </message>
    <message>
        <source>the window manager does not say which window is active</source>
        <translation>le gestionnaire de fenêtres ne dit pas quelle fenêtre est active</translation>
    </message>
    <message>
        <source>X11 screen-saver extension</source>
        <translation>extension d’économiseur d’écran X11</translation>
    </message>
    <message>
        <source>X11 active window</source>
        <translation>fenêtre active X11</translation>
    </message>
    <message>
        <source>nothing on this desktop can tell</source>
        <translation>rien sur ce bureau ne peut le dire</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>%1 (yours)</source>
        <translation>%1 (la tienne)</translation>
    </message>
    <message>
        <source>Default (%1 s)</source>
        <translation>Par défaut (%1 s)</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Par défaut (%1)</translation>
    </message>
    <message>
        <source>%1 (built-in)</source>
        <translation>%1 (intégrée)</translation>
    </message>
    <message>
        <source>%1 (my copy)</source>
        <translation>%1 (ma copie)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Routine: %1</source>
        <translation>Routine&#xa0;: %1</translation>
    </message>
    <message>
        <source>Exercise: %1</source>
        <translation>Exercice&#xa0;: %1</translation>
    </message>
    <message>
        <source>Picture: %1</source>
        <translation>Image&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is taken here, so it is added as %2</source>
        <translation>%1 est déjà pris ici, il est donc ajouté sous le nom %2</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back to the routines (Esc)</source>
        <translation>Retour aux routines (Échap)</translation>
    </message>
    <message>
        <source>Routine to edit</source>
        <translation>Routine à modifier</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouvelle</translation>
    </message>
    <message>
        <source>C&amp;ustomise</source>
        <translation>Personna&amp;liser</translation>
    </message>
    <message>
        <source>Make your own copy of this routine to change</source>
        <translation>Crée ta propre copie de cette routine pour la modifier</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>U&amp;ndo delete</source>
        <translation>Réta&amp;blir</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Add a shared routine or Workrave exercises</source>
        <translation>Ajouter une routine partagée ou des exercices Workrave</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Save this routine as one file to share</source>
        <translation>Enregistrer cette routine dans un fichier à partager</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save this routine (Ctrl+S)</source>
        <translation>Enregistrer cette routine (Ctrl+S)</translation>
    </message>
    <message>
        <source>Editor status</source>
        <translation>État de l’éditeur</translation>
    </message>
    <message>
        <source>Exercises in this routine</source>
        <translation>Exercices de cette routine</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Remove the chosen exercise (Delete)</source>
        <translation>Retirer l’exercice choisi (Suppr)</translation>
    </message>
    <message>
        <source>&amp;Add to routine</source>
        <translation>A&amp;jouter à la routine</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Durée totale</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Déroulé</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>My routine</source>
        <translation>Ma routine</translation>
    </message>
    <message>
        <source>My own routine.</source>
        <translation>Ma propre routine.</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Dupli&amp;quer</translation>
    </message>
    <message>
        <source>Choose a routine to change, or make a new one.</source>
        <translation>Choisis une routine à modifier, ou crées-en une nouvelle.</translation>
    </message>
    <message>
        <source>Built-in routines stay as they are. Customise makes your own copy.</source>
        <translation>Les routines intégrées restent telles quelles. «&#xa0;Personnaliser&#xa0;» en crée ta propre copie.</translation>
    </message>
    <message>
        <source>A new routine, not saved yet.</source>
        <translation>Une nouvelle routine, pas encore enregistrée.</translation>
    </message>
    <message>
        <source>Add exercises to see the timeline.</source>
        <translation>Ajoute des exercices pour voir le déroulé.</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not saved: fix the problems shown beside the fields.</source>
        <translation>Pas enregistré&#xa0;: corrige les problèmes indiqués à côté des champs.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» supprimée.</translation>
    </message>
    <message>
        <source>“%1” is back.</source>
        <translation>«&#xa0;%1&#xa0;» est de retour.</translation>
    </message>
    <message>
        <source>Not saved: another program changed %1 since you opened it. Your changes are still here; Customise saves them as a new routine.</source>
        <translation>Pas enregistré&#xa0;: un autre programme a modifié %1 depuis que tu l’as ouvert. Tes modifications sont toujours là&#xa0;; «&#xa0;Personnaliser&#xa0;» les enregistre comme nouvelle routine.</translation>
    </message>
    <message>
        <source>Nothing imported. The file has these problems:
%1</source>
        <translation>Rien n’a été importé. Le fichier a ces problèmes&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Not deleted: its file also holds exercises that %1 uses.</source>
        <translation>Pas supprimée&#xa0;: son fichier contient aussi des exercices utilisés par %1.</translation>
    </message>
    <message>
        <source>Could not finish (%1): %2</source>
        <translation>Impossible de terminer (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» importée.</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Importer une routine</translation>
    </message>
    <message>
        <source>Routines and Workrave exercises (*.json *.xml);;All files (*)</source>
        <translation>Routines et exercices Workrave (*.json *.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export the routine</source>
        <translation>Exporter la routine</translation>
    </message>
    <message>
        <source>Routines (*.json)</source>
        <translation>Routines (*.json)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to this routine first?</source>
        <translation>Enregistrer d’abord les modifications de cette routine&#xa0;?</translation>
    </message>
    <message>
        <source>Routine editor</source>
        <translation>Éditeur de routines</translation>
    </message>
    <message>
        <source>The exercise is deleted.</source>
        <translation>L’exercice est supprimé.</translation>
    </message>
</context>
<context>
    <name>ExerciseChooser</name>
    <message>
        <source>Search exercises</source>
        <translation>Chercher des exercices</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Any position</source>
        <translation>Toute position</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zone ciblée</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Exercises to add</source>
        <translation>Exercices à ajouter</translation>
    </message>
    <message>
        <source>Any target</source>
        <translation>Toute zone</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Toute étiquette</translation>
    </message>
    <message>
        <source>Only &amp;mine</source>
        <translation>&amp;Uniquement les miens</translation>
    </message>
    <message>
        <source>Show only the exercises you made or imported</source>
        <translation>Afficher seulement les exercices que tu as créés ou importés</translation>
    </message>
</context>
<context>
    <name>ExerciseForm</name>
    <message>
        <source>Exercise name</source>
        <translation>Nom de l’exercice</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Hold or flow</source>
        <translation>Maintien ou mouvement</translation>
    </message>
    <message>
        <source>Hold still</source>
        <translation>Tenir immobile</translation>
    </message>
    <message>
        <source>Flow between movements</source>
        <translation>Enchaîner les mouvements</translation>
    </message>
    <message>
        <source>Seconds per movement</source>
        <translation>Secondes par mouvement</translation>
    </message>
    <message>
        <source>Movement cues</source>
        <translation>Mots des mouvements</translation>
    </message>
    <message>
        <source>Each movement&apos;s word, with commas: Arch, Round</source>
        <translation>Un mot par mouvement, séparés par des virgules&#xa0;: Creuse, Arrondis</translation>
    </message>
    <message>
        <source>Hold seconds</source>
        <translation>Secondes de maintien</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Répétitions</translation>
    </message>
    <message>
        <source>Left and right side</source>
        <translation>Côté gauche et côté droit</translation>
    </message>
    <message>
        <source>Rest seconds</source>
        <translation>Secondes de repos</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Breathing hint</source>
        <translation>Conseil de respiration</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Précaution</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Zones ciblées</translation>
    </message>
    <message>
        <source>With commas: neck, upper back</source>
        <translation>Séparées par des virgules&#xa0;: cou, haut du dos</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>With commas: desk, gentle</source>
        <translation>Séparées par des virgules&#xa0;: bureau, doux</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>P&amp;osition</source>
        <translation>P&amp;osition</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>Pa&amp;ce</source>
        <translation>Ca&amp;dence</translation>
    </message>
    <message>
        <source>Movement c&amp;ues</source>
        <translation>Mots des mo&amp;uvements</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Maintien</translation>
    </message>
    <message>
        <source>&amp;Repetitions</source>
        <translation>Ré&amp;pétitions</translation>
    </message>
    <message>
        <source>S&amp;ides</source>
        <translation>&amp;Côtés</translation>
    </message>
    <message>
        <source>R&amp;est</source>
        <translation>&amp;Repos</translation>
    </message>
    <message>
        <source>S&amp;teps</source>
        <translation>Ét&amp;apes</translation>
    </message>
    <message>
        <source>&amp;Breathing</source>
        <translation>Resp&amp;iration</translation>
    </message>
    <message>
        <source>Ca&amp;ution</source>
        <translation>Préca&amp;ution</translation>
    </message>
    <message>
        <source>T&amp;argets</source>
        <translation>&amp;Zones ciblées</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Éti&amp;quettes</translation>
    </message>
    <message>
        <source>Pict&amp;ure</source>
        <translation>Ima&amp;ge</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>ExerciseGuide</name>
    <message>
        <source>Exercise picture</source>
        <translation>Image de l’exercice</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Que faire maintenant</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>Comment faire</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>&lt;b&gt;Take care:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Attention&#xa0;:&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>ExercisePage</name>
    <message>
        <source>Save the changes to this exercise first?</source>
        <translation>Enregistrer d’abord les modifications de cet exercice&#xa0;?</translation>
    </message>
    <message>
        <source>Delete the exercise</source>
        <translation>Supprimer l’exercice</translation>
    </message>
    <message>
        <source>Delete “%1”? No routine uses it.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#xa0;? Aucune routine ne l’utilise.</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.svg);;All files (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Choisir une image</translation>
    </message>
    <message>
        <source>Not saved: another program changed %1 since you opened it. Your changes are still here.</source>
        <translation>Pas enregistré&#xa0;: un autre programme a modifié %1 depuis que tu l’as ouvert. Tes modifications sont toujours là.</translation>
    </message>
    <message>
        <source>Could not finish (%1): %2</source>
        <translation>Impossible de terminer (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not deleted: %1 use this exercise. Take it out of them first.</source>
        <translation>Pas supprimé&#xa0;: cet exercice figure dans %1. Retire-le d’abord de ces routines.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back to the routine (Esc)</source>
        <translation>Retour à la routine (Échap)</translation>
    </message>
    <message>
        <source>Exercise being edited</source>
        <translation>Exercice en cours de modification</translation>
    </message>
    <message>
        <source>&amp;Delete exercise</source>
        <translation>&amp;Supprimer l’exercice</translation>
    </message>
    <message>
        <source>&amp;Save exercise</source>
        <translation>&amp;Enregistrer l’exercice</translation>
    </message>
    <message>
        <source>Save this exercise (Ctrl+S)</source>
        <translation>Enregistrer cet exercice (Ctrl+S)</translation>
    </message>
    <message>
        <source>Exercise status</source>
        <translation>État de l’exercice</translation>
    </message>
    <message>
        <source>Exercise form</source>
        <translation>Formulaire de l’exercice</translation>
    </message>
    <message>
        <source>My exercise</source>
        <translation>Mon exercice</translation>
    </message>
    <message>
        <source>Breathe slowly and evenly; never hold your breath.</source>
        <translation>Respire lentement et régulièrement&#xa0;; ne bloque jamais ta respiration.</translation>
    </message>
    <message>
        <source>Stretch to a mild pull, never into sharp pain.</source>
        <translation>Étire-toi jusqu’à une légère tension, jamais jusqu’à une douleur vive.</translation>
    </message>
    <message>
        <source>Your exercise “%1”</source>
        <translation>Ton exercice «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>A new exercise of yours</source>
        <translation>Un nouvel exercice à toi</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Pas encore enregistré.</translation>
    </message>
    <message>
        <source>Reading the picture…</source>
        <translation>Lecture de l’image…</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Étape %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not saved: fix the problems shown beside the fields.</source>
        <translation>Pas enregistré&#xa0;: corrige les problèmes indiqués à côté des champs.</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>That picture is not used: %1</source>
        <translation>Cette image n’est pas utilisée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>HistoryCards</name>
    <message>
        <source>Days done this week</source>
        <translation>Jours faits cette semaine</translation>
    </message>
    <message>
        <source>current streak · today counts</source>
        <translation>série en cours · aujourd’hui compte</translation>
    </message>
    <message>
        <source>current streak · stretch today to keep it</source>
        <translation>série en cours · étire-toi aujourd’hui pour la garder</translation>
    </message>
    <message>
        <source>current streak</source>
        <translation>série en cours</translation>
    </message>
    <message>
        <source>longest streak</source>
        <translation>plus longue série</translation>
    </message>
    <message>
        <source>%1 of %2 days</source>
        <translation>%1 jours sur %2</translation>
    </message>
    <message>
        <source>this week · goal met</source>
        <translation>cette semaine · objectif atteint</translation>
    </message>
    <message>
        <source>this week&apos;s goal</source>
        <translation>objectif de la semaine</translation>
    </message>
    <message>
        <source>weekly goal met in a row</source>
        <translation>objectif hebdomadaire atteint d’affilée</translation>
    </message>
    <message>
        <source>%1 minutes of stretching in all</source>
        <translation>%1 minutes d’étirement au total</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Export history as CSV</source>
        <translation>Exporter l’historique en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export history as JSON</source>
        <translation>Exporter l’historique en JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>L’export a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Retour</translation>
    </message>
    <message>
        <source>Back to the routines</source>
        <translation>Retour aux routines</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Every session and exercise as a spreadsheet</source>
        <translation>Chaque séance et chaque exercice dans un tableur</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Exporter en JSON…</translation>
    </message>
    <message>
        <source>Every session and exercise as JSON</source>
        <translation>Chaque séance et chaque exercice en JSON</translation>
    </message>
    <message>
        <source>History messages</source>
        <translation>Messages de l’historique</translation>
    </message>
    <message>
        <source>History unavailable</source>
        <translation>Historique indisponible</translation>
    </message>
    <message>
        <source>The chosen day</source>
        <translation>Le jour choisi</translation>
    </message>
    <message>
        <source>Stiffness before and after</source>
        <translation>Raideur avant et après</translation>
    </message>
    <message>
        <source>Minutes per week</source>
        <translation>Minutes par semaine</translation>
    </message>
    <message>
        <source>Recent sessions</source>
        <translation>Séances récentes</translation>
    </message>
    <message>
        <source>The last 52 weeks</source>
        <translation>Les 52 dernières semaines</translation>
    </message>
    <message>
        <source>History is unavailable</source>
        <translation>L’historique est indisponible</translation>
    </message>
    <message>
        <source>Sessions still run, but they are not being recorded.</source>
        <translation>Les séances fonctionnent toujours, mais elles ne sont pas enregistrées.</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation>arrêtée avant la fin</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Counted: %1, %2</source>
        <translation>Comptée&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>Not counted (under %1 min, nothing completed): %2, %3</source>
        <translation>Non comptée (moins de %1 min, rien de terminé)&#xa0;: %2, %3</translation>
    </message>
    <message>
        <source>%1 %2, %3 min, %4</source>
        <translation>%1&#xa0;%2, %3 min, %4</translation>
    </message>
    <message>
        <source>No check-ins yet.</source>
        <translation>Pas encore d’évaluation.</translation>
    </message>
    <message>
        <source>On average %1 before, %2 after.</source>
        <translation>En moyenne %1 avant, %2 après.</translation>
    </message>
    <message>
        <source>On average %1 before.</source>
        <translation>En moyenne %1 avant.</translation>
    </message>
    <message>
        <source>On average %1 after.</source>
        <translation>En moyenne %1 après.</translation>
    </message>
    <message>
        <source>%1 points easier after a session.</source>
        <translation>%1 points plus souple après une séance.</translation>
    </message>
    <message>
        <source>%1 points stiffer after a session.</source>
        <translation>%1 points plus raide après une séance.</translation>
    </message>
    <message>
        <source>This week %1 min, last week %2 min.</source>
        <translation>Cette semaine %1 min, la semaine dernière %2 min.</translation>
    </message>
    <message>
        <source>Your history</source>
        <translation>Ton historique</translation>
    </message>
</context>
<context>
    <name>HistoryRecorder</name>
    <message>
        <source>History could not be saved (%1). The session goes on, and StretchTimer will try again.</source>
        <translation>Impossible d’enregistrer l’historique (%1). La séance continue, et StretchTimer réessaiera.</translation>
    </message>
    <message>
        <source>The history refused a change (%1).</source>
        <translation>L’historique a refusé une modification (%1).</translation>
    </message>
</context>
<context>
    <name>HistoryWords</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semaine</numerusform>
            <numerusform>%n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n séance</numerusform>
            <numerusform>%n séances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to %1.</source>
        <translation>
            <numerusform>%n séance exportée vers %1.</numerusform>
            <numerusform>%n séances exportées vers %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>Import a routine</source>
        <translation>Importer une routine</translation>
    </message>
    <message>
        <source>%1 adds:</source>
        <translation>%1 ajoute&#xa0;:</translation>
    </message>
    <message>
        <source>What the import adds</source>
        <translation>Ce que l’import ajoute</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
</context>
<context>
    <name>ItemOverrides</name>
    <message>
        <source>Hold seconds for this exercise</source>
        <translation>Secondes de maintien pour cet exercice</translation>
    </message>
    <message>
        <source>Repetitions for this exercise</source>
        <translation>Répétitions pour cet exercice</translation>
    </message>
    <message>
        <source>Rest seconds for this exercise</source>
        <translation>Secondes de repos pour cet exercice</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Maintien</translation>
    </message>
    <message>
        <source>&amp;Reps</source>
        <translation>Ré&amp;pétitions</translation>
    </message>
    <message>
        <source>R&amp;est</source>
        <translation>&amp;Repos</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>StretchTimer</source>
        <translation>StretchTimer</translation>
    </message>
    <message>
        <source>You have been going for %1, %2 of it stretching. It will be saved as a stopped session.</source>
        <translation>Tu es là depuis %1, dont %2 d’étirement. Ce sera enregistré comme séance arrêtée.</translation>
    </message>
    <message>
        <source>Stop the session?</source>
        <translation>Arrêter la séance&#xa0;?</translation>
    </message>
    <message>
        <source>Paused: the computer was asleep or busy for {seconds} s, and that time was not counted. Press Space to go on.</source>
        <translation>En pause&#xa0;: l’ordinateur était en veille ou occupé pendant {seconds} s, et ce temps n’a pas été compté. Appuie sur Espace pour continuer.</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Notices</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Show what happened, file by file</source>
        <translation>Montrer ce qui s’est passé, fichier par fichier</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Hide these notices</source>
        <translation>Masquer ces avis</translation>
    </message>
    <message>
        <source>Notice details</source>
        <translation>Détails des avis</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) need(s) your attention; everything else works as usual.</source>
        <translation>
            <numerusform>%n point demande ton attention&#xa0;; tout le reste fonctionne normalement.</numerusform>
            <numerusform>%n points demandent ton attention&#xa0;; tout le reste fonctionne normalement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>And %n more.</source>
        <translation>
            <numerusform>Et %n de plus.</numerusform>
            <numerusform>Et %n de plus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Masquer les détails</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>Skipped a routine file: %1</source>
        <translation>Fichier de routines laissé de côté&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>the jeepney package is not installed</source>
        <translation>le paquet jeepney n’est pas installé</translation>
    </message>
    <message>
        <source>no session bus: %1</source>
        <translation>pas de bus de session&#xa0;: %1</translation>
    </message>
    <message>
        <source>the notification server did not answer</source>
        <translation>le serveur de notifications n’a pas répondu</translation>
    </message>
    <message>
        <source>no notification server is running (%1)</source>
        <translation>aucun serveur de notifications ne tourne (%1)</translation>
    </message>
    <message>
        <source> (without buttons)</source>
        <translation> (sans boutons)</translation>
    </message>
</context>
<context>
    <name>OwnHeading</name>
    <message>
        <source>Your routines</source>
        <translation>Tes routines</translation>
    </message>
    <message>
        <source>&amp;New routine</source>
        <translation>&amp;Nouvelle routine</translation>
    </message>
    <message>
        <source>Make a routine of your own in the editor</source>
        <translation>Crée ta propre routine dans l’éditeur</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Add a routine someone shared, or Workrave exercises; nothing is replaced</source>
        <translation>Ajouter une routine partagée par quelqu’un, ou des exercices Workrave&#xa0;; rien n’est remplacé</translation>
    </message>
    <message>
        <source>Routines you make, copy or import show here. A built-in routine&apos;s menu (⋯) can make your own copy of it.</source>
        <translation>Les routines que tu crées, copies ou importes apparaissent ici. Le menu (⋯) d’une routine intégrée permet d’en faire ta propre copie.</translation>
    </message>
</context>
<context>
    <name>PickerPage</name>
    <message>
        <source>Choose a routine</source>
        <translation>Choisis une routine</translation>
    </message>
    <message>
        <source>Your streak</source>
        <translation>Ta série</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>This week&apos;s goal</source>
        <translation>Objectif de la semaine</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Your streak, minutes and check-ins (Ctrl+H)</source>
        <translation>Ta série, tes minutes et tes évaluations (Ctrl+H)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Sound, voice, breathing and motion (Ctrl+,)</source>
        <translation>Son, voix, respiration et animations (Ctrl+,)</translation>
    </message>
    <message>
        <source>Edit routines</source>
        <translation>Modifier les routines</translation>
    </message>
    <message>
        <source>Make your own routines and change them (Ctrl+E)</source>
        <translation>Crée tes propres routines et modifie-les (Ctrl+E)</translation>
    </message>
    <message>
        <source>Safety notice</source>
        <translation>Avertissement de sécurité</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Compris</translation>
    </message>
    <message>
        <source>Hide this notice; it stays in Settings</source>
        <translation>Masquer cet avertissement&#xa0;; il reste dans les Réglages</translation>
    </message>
    <message>
        <source>No streak yet: today can start one</source>
        <translation>Pas encore de série&#xa0;: aujourd’hui peut en lancer une</translation>
    </message>
    <message numerus="yes">
        <source>%n-day streak</source>
        <translation>
            <numerusform>%n jour d’affilée</numerusform>
            <numerusform>%n jours d’affilée</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n-day streak: stretch today to keep it</source>
        <translation>
            <numerusform>%n jour d’affilée&#xa0;: étire-toi aujourd’hui pour garder ta série</numerusform>
            <numerusform>%n jours d’affilée&#xa0;: étire-toi aujourd’hui pour garder ta série</numerusform>
        </translation>
    </message>
    <message>
        <source>This week: %1 of %2 days</source>
        <translation>Cette semaine&#xa0;: %1 jours sur %2</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routines</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Épinglées</translation>
    </message>
    <message>
        <source>Built-in routines</source>
        <translation>Routines intégrées</translation>
    </message>
</context>
<context>
    <name>PictureRow</name>
    <message>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>C&amp;hoose picture…</source>
        <translation>C&amp;hoisir une image…</translation>
    </message>
    <message>
        <source>A PNG, JPEG or SVG file; it is copied in</source>
        <translation>Un fichier PNG, JPEG ou SVG&#xa0;; StretchTimer en garde une copie</translation>
    </message>
    <message>
        <source>Remove pictu&amp;re</source>
        <translation>Retirer &amp;l’image</translation>
    </message>
    <message>
        <source>No picture: a plain figure stands in.</source>
        <translation>Pas d’image&#xa0;: une silhouette simple la remplace.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>← Routines</source>
        <translation>← Routines</translation>
    </message>
    <message>
        <source>Back to the routines</source>
        <translation>Retour aux routines</translation>
    </message>
    <message>
        <source>Back to the routine list (Esc)</source>
        <translation>Retour à la liste des routines (Échap)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Start the session (Enter)</source>
        <translation>Commencer la séance (Entrée)</translation>
    </message>
    <message>
        <source>Length and position</source>
        <translation>Durée et position</translation>
    </message>
    <message>
        <source>The exercises, in order</source>
        <translation>Les exercices, dans l’ordre</translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n exercice</numerusform>
            <numerusform>%n exercices</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Start %1, %2 in all</source>
        <translation>Commencer %1, %2 au total</translation>
    </message>
    <message>
        <source>First a warm-up of %1 and a few slow breaths; slow breaths again at the end.</source>
        <translation>D’abord %1 d’échauffement et quelques respirations lentes&#xa0;; à la fin, de nouveau des respirations lentes.</translation>
    </message>
    <message>
        <source>First a warm-up of %1.</source>
        <translation>D’abord %1 d’échauffement.</translation>
    </message>
    <message>
        <source>A few slow breaths first and at the end.</source>
        <translation>Quelques respirations lentes au début et à la fin.</translation>
    </message>
    <message>
        <source>%1, left then right</source>
        <translation>%1, à gauche puis à droite</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>must list at least one exercise</source>
        <translation>doit contenir au moins un exercice</translation>
    </message>
    <message>
        <source>exercise %1</source>
        <translation>exercice %1</translation>
    </message>
    <message>
        <source>exercise #%1</source>
        <translation>exercice #%1</translation>
    </message>
    <message>
        <source>routine %1</source>
        <translation>routine %1</translation>
    </message>
    <message>
        <source>routine #%1</source>
        <translation>routine #%1</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>missing (a flow needs a pace)</source>
        <translation>manquant (un exercice en mouvement a besoin d’une cadence)</translation>
    </message>
    <message>
        <source>missing (a flow needs its movement cues)</source>
        <translation>manquant (un exercice en mouvement a besoin des mots de ses mouvements)</translation>
    </message>
    <message>
        <source>only allowed for mode &apos;flow&apos;</source>
        <translation>autorisé seulement avec le mode &apos;flow&apos;</translation>
    </message>
    <message>
        <source>missing (every built-in exercise is illustrated)</source>
        <translation>manquant (tous les exercices intégrés ont une illustration)</translation>
    </message>
    <message>
        <source>names unknown exercise %1</source>
        <translation>désigne un exercice inconnu, %1</translation>
    </message>
    <message>
        <source>%1 items[%2]</source>
        <translation>%1 items[%2]</translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation>le niveau supérieur doit être un objet JSON</translation>
    </message>
    <message>
        <source>duplicate id</source>
        <translation>identifiant en double</translation>
    </message>
    <message>
        <source>add up to %1 hours; a routine may last at most %2 hours</source>
        <translation>font %1 heures au total&#xa0;; une routine peut durer %2 heures au plus</translation>
    </message>
    <message>
        <source>not read: the files before it use all %1 allowed for routines</source>
        <translation>pas lu&#xa0;: les fichiers qui le précèdent occupent déjà les %1 autorisés pour les routines</translation>
    </message>
    <message>
        <source>warm-up %1</source>
        <translation>échauffement %1</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>zone ciblée %1</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>étiquette %1</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>doit être un objet, et non %1</translation>
    </message>
    <message>
        <source>%1; this stays English</source>
        <translation>%1&#xa0;; ce texte reste en anglais</translation>
    </message>
    <message>
        <source>must be text, not %1</source>
        <translation>doit être du texte, et non %1</translation>
    </message>
    <message>
        <source>must be a list, not %1</source>
        <translation>doit être une liste, et non %1</translation>
    </message>
    <message>
        <source>must have %1 entries, as the English has, not %2</source>
        <translation>doit avoir %1 entrées, comme l’anglais, et non %2</translation>
    </message>
    <message>
        <source>unknown field: the English has no such text (stale?)</source>
        <translation>champ inconnu&#xa0;: l’anglais n’a pas ce texte (obsolète&#xa0;?)</translation>
    </message>
    <message>
        <source>the catalogue has no %1 (stale?); ignored</source>
        <translation>%1 ne figure pas dans le catalogue (obsolète&#xa0;?)&#xa0;; il n’en est pas tenu compte</translation>
    </message>
    <message>
        <source>the top level must be a JSON object; everything stays English</source>
        <translation>le niveau supérieur doit être un objet JSON&#xa0;; tout reste en anglais</translation>
    </message>
    <message>
        <source>must say &quot;version&quot;: %1 and &quot;language&quot;: %2, not %3 and %4; everything stays English</source>
        <translation>doit indiquer &quot;version&quot;: %1 et &quot;language&quot;: %2, et non %3 et %4&#xa0;; tout reste en anglais</translation>
    </message>
    <message>
        <source>unknown section; ignored</source>
        <translation>section inconnue&#xa0;; ignorée</translation>
    </message>
    <message>
        <source>not used; everything stays English</source>
        <translation>pas utilisé&#xa0;; tout reste en anglais</translation>
    </message>
    <message>
        <source>is not a PNG, JPEG or SVG file (its name must end in .png, .jpg, .jpeg or .svg)</source>
        <translation>n’est pas un fichier PNG, JPEG ou SVG (son nom doit se terminer par .png, .jpg, .jpeg ou .svg)</translation>
    </message>
    <message>
        <source>%1 more problems are not listed</source>
        <translation>%1 autres problèmes ne sont pas affichés</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>une valeur</translation>
    </message>
    <message>
        <source>must be %1, not %2</source>
        <translation>doit être %1, et non %2</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne de caractères</translation>
    </message>
    <message>
        <source>must be at most %1 characters, not %2</source>
        <translation>doit faire au plus %1 caractères, et non %2</translation>
    </message>
    <message>
        <source>must be text, but holds an unpaired surrogate escape</source>
        <translation>doit être du texte, mais contient un échappement surrogate non apparié</translation>
    </message>
    <message>
        <source>must be a file name in the %1 folder, not %2</source>
        <translation>doit être un nom de fichier du dossier %1, et non %2</translation>
    </message>
    <message>
        <source>must be one of %1, not %2</source>
        <translation>doit être l’une des valeurs %1, et non %2</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>must be a finite number of seconds, not %1</source>
        <translation>doit être un nombre fini de secondes, et non %1</translation>
    </message>
    <message>
        <source>must be 0 or more seconds, not %1</source>
        <translation>doit être de 0 seconde ou plus, et non %1</translation>
    </message>
    <message>
        <source>must be more than 0 seconds, not %1</source>
        <translation>doit être de plus de 0 seconde, et non %1</translation>
    </message>
    <message>
        <source>must be at most %1 seconds, not %2</source>
        <translation>doit être de %1 secondes au plus, et non %2</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>must be from %1 to %2, not %3</source>
        <translation>doit être compris entre %1 et %2, et non %3</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>must have at most %1 entries, not %2</source>
        <translation>doit avoir au plus %1 entrées, et non %2</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>doit être une chaîne de caractères non vide</translation>
    </message>
    <message>
        <source>%1 %2[%3]</source>
        <translation>%1 %2[%3]</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>clé inconnue</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>%1 is not HH:MM; dropped</source>
        <translation>%1 n’est pas au format HH:MM&#xa0;; l’entrée est ignorée</translation>
    </message>
    <message>
        <source>%1 is not an id; dropped</source>
        <translation>%1 n’est pas un identifiant&#xa0;; l’entrée est ignorée</translation>
    </message>
    <message>
        <source>field &apos;%1&apos;</source>
        <translation>champ &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1&#xa0;: %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: %2, field &apos;%3&apos;: unknown, ignored</source>
        <translation>%1&#xa0;: %2, champ &apos;%3&apos;&#xa0;: inconnu, ignoré</translation>
    </message>
    <message>
        <source>%1: %2 field &apos;%3&apos;: unknown, ignored</source>
        <translation>%1&#xa0;: champ &apos;%3&apos; dans %2&#xa0;: inconnu, ignoré</translation>
    </message>
    <message>
        <source>daily reminder %1</source>
        <translation>rappel quotidien %1</translation>
    </message>
    <message>
        <source>%1, field &apos;%2&apos;</source>
        <translation>%1, champ &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 is not an object; dropped</source>
        <translation>%1 n’est pas un objet&#xa0;; l’entrée est ignorée</translation>
    </message>
    <message>
        <source>%1 is not a list of weekdays; dropped</source>
        <translation>%1 n’est pas une liste de jours de la semaine&#xa0;; l’entrée est ignorée</translation>
    </message>
    <message>
        <source>%1 is not never, routine or any; using never</source>
        <translation>%1 n’est ni never, ni routine, ni any&#xa0;; never est utilisé à la place</translation>
    </message>
    <message>
        <source>field &apos;%1&apos;, &apos;%2&apos;</source>
        <translation>champ &apos;%1&apos;, &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 is not an object; no break after active time</source>
        <translation>%1 n’est pas un objet&#xa0;; pas de pause après un temps actif</translation>
    </message>
    <message>
        <source>%1 is not %2 to %3; dropped</source>
        <translation>%1 n’est pas compris entre %2 et %3&#xa0;; l’entrée est ignorée</translation>
    </message>
    <message>
        <source>%1 is not %2 to %3; using 5</source>
        <translation>%1 n’est pas compris entre %2 et %3&#xa0;; 5 est utilisé à la place</translation>
    </message>
    <message>
        <source>%1 is not an object; no working hours</source>
        <translation>%1 n’est pas un objet&#xa0;; pas d’heures de travail</translation>
    </message>
    <message>
        <source>%1 is not [&quot;HH:MM&quot;, &quot;HH:MM&quot;] with the start first; not a working day</source>
        <translation>%1 n’est pas [&quot;HH:MM&quot;, &quot;HH:MM&quot;] avec le début en premier&#xa0;; ce n’est pas un jour de travail</translation>
    </message>
    <message>
        <source>%1 is not an object; no reminders</source>
        <translation>%1 n’est pas un objet&#xa0;; aucun rappel</translation>
    </message>
    <message>
        <source>%1 is not true or false; using %2</source>
        <translation>%1 n’est ni true ni false&#xa0;; %2 est utilisé à la place</translation>
    </message>
    <message>
        <source>%1 is not a list; no daily reminders</source>
        <translation>%1 n’est pas une liste&#xa0;; aucun rappel quotidien</translation>
    </message>
    <message>
        <source>&apos;%1 items&apos; is more than %2; the first %3 kept</source>
        <translation>&apos;%1 éléments&apos;, c’est plus que %2&#xa0;; seuls les %3 premiers sont gardés</translation>
    </message>
    <message>
        <source>%1 is not HH:MM; using 20:00</source>
        <translation>%1 n’est pas au format HH:MM&#xa0;; 20:00 est utilisé à la place</translation>
    </message>
    <message>
        <source>%1 is not an ISO instant with a zone; not paused</source>
        <translation>%1 n’est pas un instant ISO avec fuseau horaire&#xa0;; les rappels ne sont pas suspendus</translation>
    </message>
    <message>
        <source>%1: the top level must be a JSON object; using defaults</source>
        <translation>%1&#xa0;: le niveau supérieur doit être un objet JSON&#xa0;; les réglages par défaut sont utilisés</translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos;: unknown setting, ignored</source>
        <translation>%1&#xa0;: champ &apos;%2&apos;&#xa0;: réglage inconnu, ignoré</translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos;: %3 is not a valid value; using %4</source>
        <translation>%1&#xa0;: champ &apos;%2&apos;&#xa0;: %3 n’est pas une valeur valable&#xa0;; %4 est utilisé à la place</translation>
    </message>
    <message>
        <source>%1; using defaults</source>
        <translation>%1&#xa0;; les réglages par défaut sont utilisés</translation>
    </message>
    <message>
        <source>%1; using defaults; the damaged file was kept as %2</source>
        <translation>%1&#xa0;; les réglages par défaut sont utilisés&#xa0;; le fichier abîmé a été gardé sous %2</translation>
    </message>
    <message>
        <source>%1; using defaults; it could not be moved aside (%2)</source>
        <translation>%1&#xa0;; les réglages par défaut sont utilisés&#xa0;; le fichier n’a pas pu être mis de côté (%2)</translation>
    </message>
    <message>
        <source>is larger than %1 MB</source>
        <translation>fait plus de %1 Mo</translation>
    </message>
    <message>
        <source>is neither a StretchTimer routine file nor Workrave XML</source>
        <translation>n’est ni un fichier de routine StretchTimer ni un fichier XML Workrave</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>grew while it was read</source>
        <translation>a grossi pendant sa lecture</translation>
    </message>
    <message>
        <source>is not UTF-8 text: %1</source>
        <translation>n’est pas du texte UTF-8&#xa0;: %1</translation>
    </message>
    <message>
        <source>invalid JSON at line %1, column %2: %3</source>
        <translation>JSON non valide à la ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>invalid JSON: %1 is not allowed</source>
        <translation>JSON non valide&#xa0;: %1 n’est pas autorisé</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>JSON non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>must hold at most %1</source>
        <translation>doit en contenir au plus %1</translation>
    </message>
    <message>
        <source>picture %1</source>
        <translation>image %1</translation>
    </message>
    <message>
        <source>must be base64 text</source>
        <translation>doit être du texte base64</translation>
    </message>
    <message>
        <source>is not valid base64</source>
        <translation>n’est pas du base64 valide</translation>
    </message>
    <message>
        <source>must hold one routine, not %1</source>
        <translation>doit contenir une seule routine, et non %1</translation>
    </message>
    <message>
        <source>exercise %1: its picture %2 is not in the file</source>
        <translation>exercice %1&#xa0;: son image %2 n’est pas dans le fichier</translation>
    </message>
    <message>
        <source>picture %1 is used by no exercise and is left out</source>
        <translation>l’image %1 n’est utilisée par aucun exercice, elle est laissée de côté</translation>
    </message>
    <message>
        <source>%1 is not a plain picture file name</source>
        <translation>%1 n’est pas un simple nom de fichier d’image</translation>
    </message>
    <message>
        <source>%1 is not a PNG, JPEG or SVG file name</source>
        <translation>%1 n’est pas un nom de fichier PNG, JPEG ou SVG</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>is not a PNG picture</source>
        <translation>n’est pas une image PNG</translation>
    </message>
    <message>
        <source>is not a JPEG picture</source>
        <translation>n’est pas une image JPEG</translation>
    </message>
    <message>
        <source>is not an SVG picture</source>
        <translation>n’est pas une image SVG</translation>
    </message>
    <message>
        <source>declares a DTD or entities, which are not allowed</source>
        <translation>déclare une DTD ou des entités, ce qui n’est pas autorisé</translation>
    </message>
    <message>
        <source>must be a number of seconds, not %1</source>
        <translation>doit être un nombre de secondes, et non %1</translation>
    </message>
    <message>
        <source>must name a file beside %1, not %2</source>
        <translation>doit désigner un fichier placé à côté de %1, et non %2</translation>
    </message>
    <message>
        <source>%1: picture %2 is not beside the file; imported without it</source>
        <translation>%1&#xa0;: l’image %2 n’est pas à côté du fichier&#xa0;; importé sans elle</translation>
    </message>
    <message>
        <source>exercise %1 (%2)</source>
        <translation>exercice %1 (%2)</translation>
    </message>
    <message>
        <source>%1: &lt;%2&gt; is not used</source>
        <translation>%1&#xa0;: &lt;%2&gt; n’est pas utilisé</translation>
    </message>
    <message>
        <source>must appear once</source>
        <translation>doit apparaître une seule fois</translation>
    </message>
    <message>
        <source>must be an &lt;image&gt;, not &lt;%1&gt;</source>
        <translation>doit être un élément &lt;image&gt;, et non &lt;%1&gt;</translation>
    </message>
    <message>
        <source>must be yes or no, not %1</source>
        <translation>doit être yes ou no, et non %1</translation>
    </message>
    <message>
        <source>missing (and no frame has a duration)</source>
        <translation>manquant (et aucune image n’a de durée)</translation>
    </message>
    <message>
        <source>%1: picture %2 is not a %3 like the first; left out</source>
        <translation>%1&#xa0;: l’image %2 n’est pas un fichier %3 comme la première&#xa0;; elle est laissée de côté</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>n’est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>invalid XML at line %1, column %2: %3</source>
        <translation>XML non valide à la ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>the root must be &lt;exercises&gt;, not &lt;%1&gt;</source>
        <translation>la racine doit être &lt;exercises&gt;, et non &lt;%1&gt;</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is not an exercise and is not used</source>
        <translation>&lt;%1&gt; n’est pas un exercice et n’est pas utilisé</translation>
    </message>
    <message>
        <source>the file holds no &lt;exercise&gt;</source>
        <translation>le fichier ne contient aucun &lt;exercise&gt;</translation>
    </message>
    <message>
        <source>%1: %2: field &apos;%3&apos;: %4</source>
        <translation>%1&#xa0;: %2&#xa0;: champ &apos;%3&apos;&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos;: %3</source>
        <translation>%1&#xa0;: champ &apos;%2&apos;&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>a directory</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <source>a FIFO</source>
        <translation>un tube nommé (FIFO)</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>un périphérique en mode caractère</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>un périphérique en mode bloc</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>not a plain file</source>
        <translation>autre chose qu’un fichier ordinaire</translation>
    </message>
    <message>
        <source>is not a regular file (it is %1); only plain files are read</source>
        <translation>n’est pas un fichier ordinaire (c’est %1)&#xa0;; seuls les fichiers ordinaires sont lus</translation>
    </message>
    <message>
        <source>is too large (%1); files over %2 are not read</source>
        <translation>est trop volumineux (%1)&#xa0;; les fichiers de plus de %2 ne sont pas lus</translation>
    </message>
    <message>
        <source>cannot be read: it is not UTF-8 text (byte %1)</source>
        <translation>ne peut pas être lu&#xa0;: ce n’est pas du texte UTF-8 (octet %1)</translation>
    </message>
    <message>
        <source>invalid JSON: nested more than %1 levels deep</source>
        <translation>JSON non valide&#xa0;: plus de %1 niveaux d’imbrication</translation>
    </message>
    <message>
        <source>is larger than 1 MB, the most an SVG picture may be</source>
        <translation>fait plus de 1 Mo, la taille maximale d’une image SVG</translation>
    </message>
    <message>
        <source>is not an SVG picture that can be drawn</source>
        <translation>n’est pas une image SVG affichable</translation>
    </message>
    <message>
        <source>holds no picture that can be read</source>
        <translation>ne contient aucune image lisible</translation>
    </message>
    <message>
        <source>is too large (%1 × %2 pixels)</source>
        <translation>a des dimensions trop grandes (%1 × %2 pixels)</translation>
    </message>
    <message>
        <source>holds no picture that can be read (%1)</source>
        <translation>ne contient aucune image lisible (%1)</translation>
    </message>
    <message>
        <source>%1: larger than %2 bytes; not read</source>
        <translation>%1&#xa0;: plus de %2 octets&#xa0;; pas lu</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1&#xa0;: ne peut pas être lu (%2)</translation>
    </message>
    <message>
        <source>%1: invalid JSON at line %2, column %3</source>
        <translation>%1&#xa0;: JSON non valide à la ligne %2, colonne %3</translation>
    </message>
</context>
<context>
    <name>ProblemsNote</name>
    <message>
        <source>History records left out</source>
        <translation>Entrées de l’historique laissées de côté</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in the history could not be read and are left out of what is shown.</source>
        <translation>
            <numerusform>%n entrée de l’historique n’a pas pu être lue et n’est pas affichée.</numerusform>
            <numerusform>%n entrées de l’historique n’ont pas pu être lues et ne sont pas affichées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderStatusTexts</name>
    <message>
        <source>every day</source>
        <translation>tous les jours</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Time away from the keyboard</source>
        <translation>Temps loin du clavier</translation>
    </message>
    <message>
        <source>Full-screen windows</source>
        <translation>Fenêtres en plein écran</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Ne pas déranger</translation>
    </message>
    <message>
        <source>Screen lock</source>
        <translation>Verrouillage de l’écran</translation>
    </message>
    <message>
        <source>Not known (reminders are off)</source>
        <translation>Inconnu (les rappels sont désactivés)</translation>
    </message>
    <message>
        <source>Available, through %1</source>
        <translation>Disponible, via %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Unavailable: %1</source>
        <translation>Indisponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>A reminder is waiting: a full-screen window is in front.</source>
        <translation>Un rappel attend&#xa0;: une fenêtre en plein écran est au premier plan.</translation>
    </message>
    <message>
        <source>A reminder is waiting: do not disturb is on.</source>
        <translation>Un rappel attend&#xa0;: «&#xa0;Ne pas déranger&#xa0;» est activé.</translation>
    </message>
    <message>
        <source>A reminder is waiting: the screen is locked.</source>
        <translation>Un rappel attend&#xa0;: l’écran est verrouillé.</translation>
    </message>
    <message>
        <source>A reminder is waiting for you to come back.</source>
        <translation>Un rappel attend ton retour.</translation>
    </message>
    <message>
        <source>A reminder is due; looking at the desktop first.</source>
        <translation>Un rappel est prévu&#xa0;; le bureau est d’abord consulté.</translation>
    </message>
</context>
<context>
    <name>ReminderTexts</name>
    <message>
        <source>Keep your streak going</source>
        <translation>Continue ta série</translation>
    </message>
    <message>
        <source>Time for a break</source>
        <translation>C’est l’heure d’une pause</translation>
    </message>
    <message>
        <source>Time to stretch</source>
        <translation>C’est l’heure de s’étirer</translation>
    </message>
    <message>
        <source>Pick a routine when you are ready.</source>
        <translation>Choisis une routine quand tu es prêt.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>In 10 minutes</source>
        <translation>Dans 10 minutes</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
</context>
<context>
    <name>ReminderWindow</name>
    <message>
        <source>StretchTimer reminder</source>
        <translation>Rappel de StretchTimer</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Remind me later</source>
        <translation>Me le rappeler plus tard</translation>
    </message>
    <message numerus="yes">
        <source>In %n minute(s)</source>
        <translation>
            <numerusform>Dans %n minute</numerusform>
            <numerusform>Dans %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
</context>
<context>
    <name>ReminderWords</name>
    <message numerus="yes">
        <source>Your %n-day streak ends at %1 unless you stretch today.</source>
        <translation>
            <numerusform>Ta série de %n jour prend fin à %1 si tu ne t’étires pas aujourd’hui.</numerusform>
            <numerusform>Ta série de %n jours prend fin à %1 si tu ne t’étires pas aujourd’hui.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have been at the computer for %n minute(s).</source>
        <translation>
            <numerusform>Tu es devant l’ordinateur depuis %n minute.</numerusform>
            <numerusform>Tu es devant l’ordinateur depuis %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n min.</source>
        <translation>
            <numerusform>%1, %n min.</numerusform>
            <numerusform>%1, %n min.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <source>&amp;Remind me to stretch</source>
        <translation>&amp;Me rappeler de m’étirer</translation>
    </message>
    <message>
        <source>Daily reminders</source>
        <translation>Rappels quotidiens</translation>
    </message>
    <message>
        <source>Time of the new reminder</source>
        <translation>Heure du nouveau rappel</translation>
    </message>
    <message>
        <source>Routine of the new reminder</source>
        <translation>Routine du nouveau rappel</translation>
    </message>
    <message>
        <source>When practice is already done</source>
        <translation>Quand la pratique est déjà faite</translation>
    </message>
    <message>
        <source>Remind me even if I practised today</source>
        <translation>Me le rappeler même si je me suis déjà étiré aujourd’hui</translation>
    </message>
    <message>
        <source>Not if this routine is done today</source>
        <translation>Pas si cette routine est déjà faite aujourd’hui</translation>
    </message>
    <message>
        <source>Not if any routine is done today</source>
        <translation>Pas si une routine est déjà faite aujourd’hui</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Suggest a &amp;break after</source>
        <translation>Proposer une &amp;pause après</translation>
    </message>
    <message>
        <source> min at the computer</source>
        <translation> min devant l’ordinateur</translation>
    </message>
    <message>
        <source>Minutes of active time</source>
        <translation>Minutes de temps actif</translation>
    </message>
    <message>
        <source>Routine for the break</source>
        <translation>Routine pour la pause</translation>
    </message>
    <message>
        <source> min away counts as a break</source>
        <translation> min d’absence comptent comme une pause</translation>
    </message>
    <message>
        <source>Time away that counts as a break</source>
        <translation>Absence qui compte comme une pause</translation>
    </message>
    <message>
        <source>Break after active time</source>
        <translation>Pause après un temps actif</translation>
    </message>
    <message>
        <source>Only within &amp;working hours</source>
        <translation>Seulement pendant les &amp;heures de travail</translation>
    </message>
    <message>
        <source>Working hours (for the break after active time)</source>
        <translation>Heures de travail (pour la pause après un temps actif)</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>until</source>
        <translation>à</translation>
    </message>
    <message>
        <source>In the &amp;evening, remind me when my streak would end</source>
        <translation>Le &amp;soir, me rappeler quand ma série prendrait fin</translation>
    </message>
    <message>
        <source>Time of the streak reminder</source>
        <translation>Heure du rappel de série</translation>
    </message>
    <message>
        <source>Re&amp;sume now</source>
        <translation>Reprendre mai&amp;ntenant</translation>
    </message>
    <message>
        <source>What this desktop tells StretchTimer</source>
        <translation>Ce que ce bureau indique à StretchTimer</translation>
    </message>
    <message>
        <source>Let me choose a routine</source>
        <translation>Me laisser choisir une routine</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (introuvable)</translation>
    </message>
    <message>
        <source>a routine of my choice</source>
        <translation>une routine de mon choix</translation>
    </message>
    <message>
        <source>Reminders are paused until %1.</source>
        <translation>Les rappels sont suspendus jusqu’à %1.</translation>
    </message>
</context>
<context>
    <name>RoutineActions</name>
    <message>
        <source>Deleted “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» supprimée.</translation>
    </message>
    <message>
        <source>“%1” is back.</source>
        <translation>«&#xa0;%1&#xa0;» est de retour.</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>Import terminé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Nothing imported. The file has these problems: %1</source>
        <translation>Rien n’a été importé. Le fichier a ces problèmes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not deleted: its file also holds exercises that %1 uses.</source>
        <translation>Pas supprimée&#xa0;: son fichier contient aussi des exercices utilisés par %1.</translation>
    </message>
    <message>
        <source>Not put back: a new file took its name, %1. The deleted one is in %2.</source>
        <translation>Pas rétablie&#xa0;: un nouveau fichier a pris son nom, %1. Celle qui a été supprimée se trouve dans %2.</translation>
    </message>
    <message>
        <source>Could not finish (%1): %2</source>
        <translation>Impossible de terminer (%1)&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>RoutineCard</name>
    <message>
        <source>Look at %1 before you start (Enter)</source>
        <translation>Regarder %1 avant de commencer (Entrée)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Pas encore faite</translation>
    </message>
    <message>
        <source>Unpin %1</source>
        <translation>Détacher %1</translation>
    </message>
    <message>
        <source>Pin %1 to the top</source>
        <translation>Épingler %1 en haut</translation>
    </message>
    <message>
        <source>Unpin (P)</source>
        <translation>Détacher (P)</translation>
    </message>
    <message>
        <source>Pin to the top of the list (P)</source>
        <translation>Épingler en haut de la liste (P)</translation>
    </message>
    <message>
        <source>%1, %2. %3 %4. Press Enter to look at it and start.</source>
        <translation>%1, %2. %3 %4. Appuie sur Entrée pour la regarder et la commencer.</translation>
    </message>
    <message>
        <source>Pinned. %1</source>
        <translation>Épinglée. %1</translation>
    </message>
    <message>
        <source>Actions for %1</source>
        <translation>Actions pour %1</translation>
    </message>
    <message>
        <source>Pin, edit, copy or delete (Shift+F10)</source>
        <translation>Épingler, modifier, copier ou supprimer (Maj+F10)</translation>
    </message>
</context>
<context>
    <name>RoutineForm</name>
    <message>
        <source>Routine name</source>
        <translation>Nom de la routine</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Warm-up seconds</source>
        <translation>Secondes d’échauffement</translation>
    </message>
    <message>
        <source>Breaths before</source>
        <translation>Respirations avant</translation>
    </message>
    <message>
        <source>Breaths after</source>
        <translation>Respirations après</translation>
    </message>
    <message>
        <source>Get-ready seconds</source>
        <translation>Secondes de préparation</translation>
    </message>
    <message>
        <source>Switch-sides seconds</source>
        <translation>Secondes pour changer de côté</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>N&amp;om</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>&amp;Warm-up</source>
        <translation>Échau&amp;ffement</translation>
    </message>
    <message>
        <source>Breaths &amp;before</source>
        <translation>Respirations a&amp;vant</translation>
    </message>
    <message>
        <source>Breaths &amp;after</source>
        <translation>Respirations &amp;après</translation>
    </message>
    <message>
        <source>&amp;Get ready</source>
        <translation>Mise en pla&amp;ce</translation>
    </message>
    <message>
        <source>S&amp;witch sides</source>
        <translation>Chan&amp;gement de côté</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Move with the breath — left side</source>
        <translation>Bouge avec la respiration — côté gauche</translation>
    </message>
    <message>
        <source>Hold — left side</source>
        <translation>Maintiens — côté gauche</translation>
    </message>
    <message>
        <source>Move with the breath — right side</source>
        <translation>Bouge avec la respiration — côté droit</translation>
    </message>
    <message>
        <source>Hold — right side</source>
        <translation>Maintiens — côté droit</translation>
    </message>
    <message>
        <source>Move with the breath</source>
        <translation>Bouge avec la respiration</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Maintiens</translation>
    </message>
    <message>
        <source>Warm up</source>
        <translation>Échauffement</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation>Respire</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Mets-toi en place</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Change de côté</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Repos</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Rep %1 of %2 done</source>
        <translation>Répétition %1 sur %2 faite</translation>
    </message>
    <message>
        <source>Rep %1 of %2</source>
        <translation>Répétition %1 sur %2</translation>
    </message>
    <message>
        <source>March gently on the spot, roll your shoulders and circle your arms.</source>
        <translation>Marche doucement sur place, fais rouler tes épaules et tourner tes bras.</translation>
    </message>
    <message>
        <source>Breathe in through your nose and let each breath out be long and slow.</source>
        <translation>Inspire par le nez et laisse chaque expiration être longue et lente.</translation>
    </message>
    <message>
        <source>Come out slowly and set up the same stretch on the other side.</source>
        <translation>Sors doucement de la position et installe le même étirement de l’autre côté.</translation>
    </message>
    <message>
        <source>Relax, shake out gently and breathe.</source>
        <translation>Détends-toi, secoue-toi doucement et respire.</translation>
    </message>
    <message>
        <source>Get into position slowly. Start with your left side.</source>
        <translation>Mets-toi en position lentement. Commence par le côté gauche.</translation>
    </message>
    <message>
        <source>Get into position slowly. Start with your right side.</source>
        <translation>Mets-toi en position lentement. Commence par le côté droit.</translation>
    </message>
    <message>
        <source>Get into position slowly.</source>
        <translation>Mets-toi en position lentement.</translation>
    </message>
    <message>
        <source>Well done.</source>
        <translation>Bravo.</translation>
    </message>
    <message>
        <source>floor</source>
        <translation>au sol</translation>
    </message>
    <message>
        <source>seated</source>
        <translation>assis</translation>
    </message>
    <message>
        <source>standing</source>
        <translation>debout</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>This is the last step.</source>
        <translation>C’est la dernière étape.</translation>
    </message>
    <message>
        <source>Next: a few slow breaths</source>
        <translation>Ensuite&#xa0;: quelques respirations lentes</translation>
    </message>
    <message>
        <source>Next: a few slow breaths to finish</source>
        <translation>Ensuite&#xa0;: quelques respirations lentes pour finir</translation>
    </message>
    <message>
        <source>Next: the left side</source>
        <translation>Ensuite&#xa0;: le côté gauche</translation>
    </message>
    <message>
        <source>Next: the right side</source>
        <translation>Ensuite&#xa0;: le côté droit</translation>
    </message>
    <message>
        <source>Next: a short rest, then rep %1 of %2</source>
        <translation>Ensuite&#xa0;: un court repos, puis la répétition %1 sur %2</translation>
    </message>
    <message>
        <source>Next: rep %1 of %2, left side</source>
        <translation>Ensuite&#xa0;: répétition %1 sur %2, côté gauche</translation>
    </message>
    <message>
        <source>Next: rep %1 of %2, right side</source>
        <translation>Ensuite&#xa0;: répétition %1 sur %2, côté droit</translation>
    </message>
    <message>
        <source>Next: rep %1 of %2</source>
        <translation>Ensuite&#xa0;: répétition %1 sur %2</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Ensuite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Next: move with the breath for %1</source>
        <translation>Ensuite&#xa0;: bouger avec la respiration pendant %1</translation>
    </message>
    <message>
        <source>Next: hold for %1 s on the left side</source>
        <translation>Ensuite&#xa0;: tenir %1 s du côté gauche</translation>
    </message>
    <message>
        <source>Next: hold for %1 s on the right side</source>
        <translation>Ensuite&#xa0;: tenir %1 s du côté droit</translation>
    </message>
    <message>
        <source>Next: hold for %1 s</source>
        <translation>Ensuite&#xa0;: tenir %1 s</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 s per side</source>
        <translation>%1 · %2 s par côté</translation>
    </message>
    <message>
        <source>%1 · %2 s</source>
        <translation>%1 · %2 s</translation>
    </message>
    <message>
        <source>%1 · %2 s × %3 per side</source>
        <translation>%1 · %2 s × %3 par côté</translation>
    </message>
    <message>
        <source>%1 · %2 s × %3</source>
        <translation>%1 · %2 s × %3</translation>
    </message>
    <message>
        <source>%1, moving with the breath</source>
        <translation>%1, en bougeant avec la respiration</translation>
    </message>
    <message>
        <source>%1 s per side</source>
        <translation>%1 s par côté</translation>
    </message>
    <message>
        <source>%1 s × %2 per side</source>
        <translation>%1 s × %2 par côté</translation>
    </message>
    <message>
        <source>%1 s × %2</source>
        <translation>%1 s × %2</translation>
    </message>
</context>
<context>
    <name>SessionControls</name>
    <message>
        <source>◀ Back</source>
        <translation>◀ Retour</translation>
    </message>
    <message>
        <source>Back (←): restart this step, or go to the previous one</source>
        <translation>Retour (←)&#xa0;: reprendre cette étape, ou revenir à la précédente</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause or resume (Space)</source>
        <translation>Pause ou reprise (Espace)</translation>
    </message>
    <message>
        <source>Skip ▶</source>
        <translation>Passer ▶</translation>
    </message>
    <message>
        <source>Skip this step (→); Shift+→ skips the exercise</source>
        <translation>Passer cette étape (→)&#xa0;; Maj+→ passe l’exercice</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>+10 s</source>
        <translation>+10 s</translation>
    </message>
    <message>
        <source>Add 10 seconds (+)</source>
        <translation>Ajouter 10 secondes (+)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop the session (Esc)</source>
        <translation>Arrêter la séance (Échap)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message>
        <source>Recent sessions</source>
        <translation>Séances récentes</translation>
    </message>
    <message>
        <source>Press Delete to remove the chosen session</source>
        <translation>Appuie sur Suppr pour retirer la séance choisie</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Supprimer la séance</translation>
    </message>
    <message>
        <source>Remove the chosen session (Del); you can undo it</source>
        <translation>Retirer la séance choisie (Suppr)&#xa0;; tu peux l’annuler</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Put the session back (Ctrl+Z)</source>
        <translation>Remettre la séance (Ctrl+Z)</translation>
    </message>
    <message>
        <source>No sessions yet. Every session you start is listed here, with its minutes.</source>
        <translation>Pas encore de séance. Chaque séance que tu commences s’affiche ici, avec ses minutes.</translation>
    </message>
    <message>
        <source>A session still in progress cannot be deleted.</source>
        <translation>Une séance encore en cours ne peut pas être supprimée.</translation>
    </message>
    <message>
        <source>Deleted %1 of %2.</source>
        <translation>%1 du %2 supprimée.</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Routine progress</source>
        <translation>Progression de la routine</translation>
    </message>
    <message>
        <source>Time left in the routine</source>
        <translation>Temps restant dans la routine</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Repetition</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <source>Before you start: how stiff or sore do you feel? Press 0 to 10, or Esc to start without answering.</source>
        <translation>Avant de commencer&#xa0;: à quel point te sens-tu raide ou endolori&#xa0;? Appuie sur 0 à 10, ou sur Échap pour commencer sans répondre.</translation>
    </message>
    <message>
        <source>Start without answering</source>
        <translation>Commencer sans répondre</translation>
    </message>
    <message>
        <source>Next up</source>
        <translation>Ensuite</translation>
    </message>
    <message>
        <source>Session notice</source>
        <translation>Avis sur la séance</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Encore %1</translation>
    </message>
    <message>
        <source>First: %1 of gentle warm-up</source>
        <translation>D’abord&#xa0;: %1 d’échauffement en douceur</translation>
    </message>
    <message>
        <source>First: a few slow breaths</source>
        <translation>D’abord&#xa0;: quelques respirations lentes</translation>
    </message>
    <message>
        <source>First: %1</source>
        <translation>D’abord&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Stiffness</source>
        <translation>Raideur</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>&amp;Reminders</source>
        <translation>&amp;Rappels</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>&amp;Volume</source>
        <translation>&amp;Volume</translation>
    </message>
    <message>
        <source>&amp;Mute all sounds</source>
        <translation>&amp;Couper tous les sons</translation>
    </message>
    <message>
        <source>&amp;Ticks in the last three seconds</source>
        <translation>&amp;Tic-tac pendant les trois dernières secondes</translation>
    </message>
    <message>
        <source>Soft tones when the &amp;breath turns</source>
        <translation>Sons doux quand la respiration &amp;bascule</translation>
    </message>
    <message>
        <source>Spoken &amp;prompts (exercise names, switch sides, rest)</source>
        <translation>&amp;Annonces parlées (noms des exercices, changement de côté, repos)</translation>
    </message>
    <message>
        <source>Spoken &amp;countdown (three, two, one)</source>
        <translation>Compte à rebours &amp;parlé (trois, deux, un)</translation>
    </message>
    <message>
        <source>Test &amp;sound</source>
        <translation>Tester le s&amp;on</translation>
    </message>
    <message>
        <source>Play the hold tone at this volume</source>
        <translation>Jouer le son de maintien à ce volume</translation>
    </message>
    <message>
        <source>Test voic&amp;e</source>
        <translation>Tester la vo&amp;ix</translation>
    </message>
    <message>
        <source>Say a prompt the way a session would</source>
        <translation>Dire une annonce comme pendant une séance</translation>
    </message>
    <message>
        <source>Sound test result</source>
        <translation>Résultat du test du son</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Son</translation>
    </message>
    <message>
        <source>Breathe in for</source>
        <translation>Inspirer pendant</translation>
    </message>
    <message>
        <source>Breathe out for</source>
        <translation>Expirer pendant</translation>
    </message>
    <message>
        <source>Breathing and motion</source>
        <translation>Respiration et animations</translation>
    </message>
    <message>
        <source>Breathe &amp;in for</source>
        <translation>I&amp;nspirer pendant</translation>
    </message>
    <message>
        <source>Breathe &amp;out for</source>
        <translation>&amp;Expirer pendant</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Light or dar&amp;k</source>
        <translation>C&amp;lair ou sombre</translation>
    </message>
    <message>
        <source> days a week</source>
        <translation> jours par semaine</translation>
    </message>
    <message>
        <source>Weekly goal</source>
        <translation>Objectif hebdomadaire</translation>
    </message>
    <message>
        <source>A new day starts at</source>
        <translation>Un nouveau jour commence à</translation>
    </message>
    <message>
        <source>A session before this hour counts for the day before, so a late-night stretch keeps your streak.</source>
        <translation>Une séance avant cette heure compte pour la veille&#xa0;: un étirement tard le soir garde ta série.</translation>
    </message>
    <message>
        <source>Show the safety &amp;notice on the routine list</source>
        <translation>Afficher l’avertissement de &amp;sécurité dans la liste des routines</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Pratique</translation>
    </message>
    <message>
        <source>&amp;Weekly goal</source>
        <translation>Ob&amp;jectif hebdomadaire</translation>
    </message>
    <message>
        <source>A new &amp;day starts at</source>
        <translation>Un nouveau jour co&amp;mmence à</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Sound is not available in this session, so cues are silent.</source>
        <translation>Le son n’est pas disponible dans cette session, les signaux restent donc muets.</translation>
    </message>
    <message>
        <source>Playing the hold tone at %1 %.</source>
        <translation>Son de maintien joué à %1&#xa0;%.</translation>
    </message>
    <message>
        <source>No sound could be played. Check that speakers or headphones are connected and turned up.</source>
        <translation>Aucun son n’a pu être joué. Vérifie que des haut-parleurs ou un casque sont branchés et que le volume est monté.</translation>
    </message>
    <message>
        <source>Switch sides.</source>
        <translation>Change de côté.</translation>
    </message>
    <message>
        <source>Saying a prompt now.</source>
        <translation>Annonce en cours.</translation>
    </message>
    <message>
        <source>No voice is available on this computer, so spoken prompts stay silent. Installing a text-to-speech voice (speech-dispatcher on Linux) adds one.</source>
        <translation>Aucune voix n’est disponible sur cet ordinateur, les annonces parlées restent donc muettes. Installer une synthèse vocale (speech-dispatcher sous Linux) en ajoute une.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>StretchTimer speaks the new language when it next starts.</source>
        <translation>StretchTimer parlera la nouvelle langue au prochain démarrage.</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>Langue de l’inter&amp;face</translation>
    </message>
    <message>
        <source>No %1 voice is installed on this computer, so spoken prompts stay silent. Installing a text-to-speech voice for %1 (speech-dispatcher with espeak-ng on Linux) adds one.</source>
        <translation>Aucune voix %1 n’est installée sur cet ordinateur, les annonces parlées restent donc muettes. Installer une synthèse vocale pour %1 (speech-dispatcher avec espeak-ng sous Linux) en ajoute une.</translation>
    </message>
    <message>
        <source>Red&amp;uce motion: a still ring and breathing circle, cues without a pulse</source>
        <translation>Réd&amp;uire les animations&#xa0;: anneau et cercle de respiration immobiles, signaux sans pulsation</translation>
    </message>
    <message>
        <source>The countdown ring does not sweep and the breathing circle does not grow (a thin bar fills instead); a cue lights the ring for a moment, without a pulse.</source>
        <translation>L’anneau du compte à rebours ne tourne pas et le cercle de respiration ne grandit pas (une fine barre se remplit à la place)&#xa0;; un signal allume l’anneau un instant, sans pulsation.</translation>
    </message>
    <message>
        <source>General settings</source>
        <translation>Réglages généraux</translation>
    </message>
    <message>
        <source>Reminder settings</source>
        <translation>Réglages des rappels</translation>
    </message>
</context>
<context>
    <name>SettingsFileWatcher</name>
    <message>
        <source>The settings file changed: %1. The rest was used.</source>
        <translation>Le fichier de réglages a changé&#xa0;: %1. Le reste a été pris en compte.</translation>
    </message>
    <message>
        <source>The settings file changed: %1. The settings in use were kept.</source>
        <translation>Le fichier de réglages a changé&#xa0;: %1. Les réglages en cours ont été gardés.</translation>
    </message>
</context>
<context>
    <name>SettingsModel</name>
    <message>
        <source>Your settings could not be saved to %1 (%2).</source>
        <translation>Impossible d’enregistrer tes réglages dans %1 (%2).</translation>
    </message>
</context>
<context>
    <name>SignalPort</name>
    <message>
        <source>the answer %1 was not understood</source>
        <translation>la réponse %1 n’a pas été comprise</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>StretchTimer is already running with this data folder%1 but does not answer. Close it, or start with another --data-dir.</source>
        <translation>StretchTimer tourne déjà avec ce dossier de données%1 mais ne répond pas. Ferme-le, ou lance-le avec un autre --data-dir.</translation>
    </message>
    <message>
        <source>Another StretchTimer could be opened on the same data folder, because the lock file %1 cannot be created.</source>
        <translation>Un autre StretchTimer pourrait ouvrir le même dossier de données, car le fichier de verrou %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>A second launch cannot reach this StretchTimer (%1), so it will say StretchTimer does not answer.</source>
        <translation>Un second lancement ne peut pas joindre ce StretchTimer (%1), il dira donc que StretchTimer ne répond pas.</translation>
    </message>
</context>
<context>
    <name>StatsWords</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (today done)</source>
        <translation>%1 (fait aujourd’hui)</translation>
    </message>
    <message>
        <source>%1 (stretch today to keep it going)</source>
        <translation>%1 (étire-toi aujourd’hui pour la continuer)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n day(s)</source>
        <translation>
            <numerusform>%1 sur %n jour</numerusform>
            <numerusform>%1 sur %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (goal met)</source>
        <translation>%1 (objectif atteint)</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) in a row (longest %1)</source>
        <translation>
            <numerusform>%n semaine d’affilée (record %1)</numerusform>
            <numerusform>%n semaines d’affilée (record %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Current streak</source>
        <translation>Série en cours</translation>
    </message>
    <message>
        <source>Longest streak</source>
        <translation>Plus longue série</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Weekly goal met</source>
        <translation>Objectif hebdomadaire atteint</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Minutes stretched</source>
        <translation>Minutes d’étirement</translation>
    </message>
    <message>
        <source>Stiffness</source>
        <translation>Raideur</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Favourite routines</source>
        <translation>Routines préférées</translation>
    </message>
    <message>
        <source>%1 before</source>
        <translation>%1 avant</translation>
    </message>
    <message>
        <source>%1 after</source>
        <translation>%1 après</translation>
    </message>
    <message>
        <source>%1 (0-10, average)</source>
        <translation>%1 (0–10, moyenne)</translation>
    </message>
    <message>
        <source>%1; %2 per session</source>
        <translation>%1&#xa0;; %2 par séance</translation>
    </message>
</context>
<context>
    <name>StepsEditor</name>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Add ste&amp;p</source>
        <translation>A&amp;jouter une étape</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Retirer l’étape</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the step up (Alt+Up)</source>
        <translation>Monter l’étape (Alt+Haut)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the step down (Alt+Down)</source>
        <translation>Descendre l’étape (Alt+Bas)</translation>
    </message>
</context>
<context>
    <name>StiffnessChart</name>
    <message>
        <source>Stiffness before and after sessions</source>
        <translation>Raideur avant et après les séances</translation>
    </message>
    <message>
        <source>Rate how stiff you feel before and after a session to see the trend here.</source>
        <translation>Note ta raideur avant et après une séance pour voir la tendance ici.</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>%1: stiffness %2 before, %3 after</source>
        <translation>%1&#xa0;: raideur %2 avant, %3 après</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Milestone</source>
        <translation>Étape marquante</translation>
    </message>
    <message>
        <source>Streak</source>
        <translation>Série</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Days done this week</source>
        <translation>Jours faits cette semaine</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Stiffness</source>
        <translation>Raideur</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Stretched</source>
        <translation>Étirement</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Exercises done</source>
        <translation>Exercices faits</translation>
    </message>
    <message>
        <source>How stiff or sore do you feel now? Press 0 to 10, or Esc to skip.</source>
        <translation>À quel point te sens-tu raide ou endolori maintenant&#xa0;? Appuie sur 0 à 10, ou sur Échap pour passer.</translation>
    </message>
    <message>
        <source>See history</source>
        <translation>Voir l’historique</translation>
    </message>
    <message>
        <source>Your streak and progress (Ctrl+H)</source>
        <translation>Ta série et tes progrès (Ctrl+H)</translation>
    </message>
    <message>
        <source>Back to routines</source>
        <translation>Retour aux routines</translation>
    </message>
    <message>
        <source>Back to the routine list (Enter)</source>
        <translation>Retour à la liste des routines (Entrée)</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>Bravo&#xa0;!</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>Séance arrêtée</translation>
    </message>
    <message>
        <source>%1: %2 in all, %3 of stretching. %4 of %5 exercises completed.</source>
        <translation>%1&#xa0;: %2 au total, dont %3 d’étirement. %4 exercices terminés sur %5.</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>partly done</source>
        <translation>fait en partie</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>passé</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>pas atteint</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Saved: %1 out of 10.</source>
        <translation>Enregistré&#xa0;: %1 sur 10.</translation>
    </message>
    <message>
        <source>Session finished. %1</source>
        <translation>Séance terminée. %1</translation>
    </message>
    <message>
        <source>Session stopped. %1</source>
        <translation>Séance arrêtée. %1</translation>
    </message>
</context>
<context>
    <name>SummaryWords</name>
    <message>
        <source>No streak today yet</source>
        <translation>Pas encore de série aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in a row</source>
        <translation>
            <numerusform>%n jour d’affilée</numerusform>
            <numerusform>%n jours d’affilée</numerusform>
        </translation>
    </message>
    <message>
        <source>Today starts a new streak.</source>
        <translation>Aujourd’hui commence une nouvelle série.</translation>
    </message>
    <message>
        <source>Today added a day to your streak.</source>
        <translation>Aujourd’hui a ajouté un jour à ta série.</translation>
    </message>
    <message>
        <source>Today already counted, so the streak stays as it was.</source>
        <translation>Aujourd’hui comptait déjà, la série reste donc la même.</translation>
    </message>
    <message>
        <source>Today counts once you finish a routine or hold stretches for %1 minutes in all.</source>
        <translation>Aujourd’hui compte dès que tu termines une routine ou que tu tiens des étirements %1 minutes au total.</translation>
    </message>
    <message>
        <source>%1 of %2 days</source>
        <translation>%1 jours sur %2</translation>
    </message>
    <message>
        <source>This week&apos;s goal is reached!</source>
        <translation>L’objectif de la semaine est atteint&#xa0;!</translation>
    </message>
    <message>
        <source>This week&apos;s goal was already reached.</source>
        <translation>L’objectif de la semaine était déjà atteint.</translation>
    </message>
    <message numerus="yes">
        <source>%n more day(s) this week reach(es) your goal.</source>
        <translation>
            <numerusform>Encore %n jour cette semaine et ton objectif est atteint.</numerusform>
            <numerusform>Encore %n jours cette semaine et ton objectif est atteint.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>of stretching today</source>
        <translation>d’étirement aujourd’hui</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Stiffness before and after: easier now.</source>
        <translation>Raideur avant et après&#xa0;: plus souple maintenant.</translation>
    </message>
    <message>
        <source>Stiffness before and after: a little stiffer now; go gently.</source>
        <translation>Raideur avant et après&#xa0;: un peu plus raide maintenant&#xa0;; vas-y doucement.</translation>
    </message>
    <message>
        <source>Stiffness before and after: the same.</source>
        <translation>Raideur avant et après&#xa0;: pareille.</translation>
    </message>
    <message>
        <source>Stiffness before you started.</source>
        <translation>Raideur avant de commencer.</translation>
    </message>
    <message>
        <source>Stiffness now.</source>
        <translation>Raideur maintenant.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in a row!</source>
        <translation>
            <numerusform>%n jour d’affilée&#xa0;!</numerusform>
            <numerusform>%n jours d’affilée&#xa0;!</numerusform>
        </translation>
    </message>
    <message>
        <source>A whole week of stretching, every single day.</source>
        <translation>Une semaine entière d’étirements, chaque jour sans exception.</translation>
    </message>
    <message>
        <source>A month of stretching every day. That is a habit now.</source>
        <translation>Un mois d’étirements tous les jours. C’est une habitude, maintenant.</translation>
    </message>
    <message>
        <source>A hundred days in a row. Few people ever get here.</source>
        <translation>Cent jours d’affilée. Peu de gens arrivent jusqu’ici.</translation>
    </message>
    <message>
        <source>A streak to be proud of.</source>
        <translation>Une série dont tu peux être fier.</translation>
    </message>
</context>
<context>
    <name>SyncSection</name>
    <message>
        <source>Choose the folder your sync engine shares</source>
        <translation>Choisis le dossier que partage ton outil de synchronisation</translation>
    </message>
    <message>
        <source>Your other computers</source>
        <translation>Tes autres ordinateurs</translation>
    </message>
    <message>
        <source>&amp;Sync history through this folder</source>
        <translation>S&amp;ynchroniser l’historique via ce dossier</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Dossier de synchronisation</translation>
    </message>
    <message>
        <source>No folder chosen</source>
        <translation>Aucun dossier choisi</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Each computer writes its own small files there and reads the others&apos;, so streaks and history are the same everywhere. The history file itself stays on this computer.</source>
        <translation>Chaque ordinateur y écrit ses propres petits fichiers et lit ceux des autres&#xa0;: les séries et l’historique sont ainsi les mêmes partout. Le fichier d’historique lui-même reste sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Not merged yet.</source>
        <translation>Pas encore fusionné.</translation>
    </message>
    <message numerus="yes">
        <source>Last merged %1; %n other computer(s) seen.</source>
        <translation>
            <numerusform>Dernière fusion&#xa0;: %1&#xa0;; %n autre ordinateur vu.</numerusform>
            <numerusform>Dernière fusion&#xa0;: %1&#xa0;; %n autres ordinateurs vus.</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder is not there now; sync goes on when it is back.</source>
        <translation>Le dossier est absent pour l’instant&#xa0;; la synchronisation reprend quand il revient.</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problème&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your own routine files and pictures: %1 received, %2 sent.</source>
        <translation>Tes propres fichiers de routines et images&#xa0;: %1 reçus, %2 envoyés.</translation>
    </message>
    <message numerus="yes">
        <source>%n file version(s) changed on two computers kept as a copy; the latest: %1.</source>
        <translation>
            <numerusform>%n version de fichier modifiée sur deux ordinateurs gardée en copie&#xa0;; la plus récente&#xa0;: %1.</numerusform>
            <numerusform>%n versions de fichier modifiées sur deux ordinateurs gardées en copie&#xa0;; la plus récente&#xa0;: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message numerus="yes">
        <source>Sync: %1 (and %n more)</source>
        <translation>
            <numerusform>Sync&#xa0;: %1 (et %n autre)</numerusform>
            <numerusform>Sync&#xa0;: %1 (et %n autres)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>Sync&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 was changed on two computers. The newer version is used; the other is kept as %2.</source>
        <translation>%1 a été modifié sur deux ordinateurs. La version la plus récente est utilisée&#xa0;; l’autre est gardée sous %2.</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>This desktop shows no system tray (on GNOME it needs the AppIndicator extension), so closing the window quits StretchTimer, and reminders can only come while the window is open.</source>
        <translation>Ce bureau n’affiche pas de zone de notification (sous GNOME, il faut l’extension AppIndicator)&#xa0;: fermer la fenêtre quitte donc StretchTimer, et les rappels n’arrivent que tant que la fenêtre est ouverte.</translation>
    </message>
    <message>
        <source>&amp;Open StretchTimer</source>
        <translation>&amp;Ouvrir StretchTimer</translation>
    </message>
    <message>
        <source>Start a &amp;routine</source>
        <translation>Lancer une &amp;routine</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Stop the session</source>
        <translation>&amp;Arrêter la séance</translation>
    </message>
    <message>
        <source>Pause reminders for an &amp;hour</source>
        <translation>Suspendre les rappels pendant une &amp;heure</translation>
    </message>
    <message>
        <source>Pause reminders until &amp;tomorrow</source>
        <translation>Suspendre les rappels jusqu’à &amp;demain</translation>
    </message>
    <message>
        <source>&amp;Quit StretchTimer</source>
        <translation>&amp;Quitter StretchTimer</translation>
    </message>
    <message>
        <source>All &amp;routines</source>
        <translation>&amp;Toutes les routines</translation>
    </message>
    <message>
        <source>No reminders are set, so there is nothing to pause. Set them in Settings, Reminders.</source>
        <translation>Aucun rappel n’est réglé, il n’y a donc rien à suspendre. Règle-les dans Réglages, Rappels.</translation>
    </message>
    <message>
        <source>Days in a row: %1</source>
        <translation>Jours d’affilée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Done today</source>
        <translation>Fait aujourd’hui</translation>
    </message>
    <message>
        <source>Not done yet today</source>
        <translation>Pas encore fait aujourd’hui</translation>
    </message>
    <message>
        <source>Days this week: %1 of %2</source>
        <translation>Jours cette semaine&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>Repr&amp;endre</translation>
    </message>
    <message>
        <source>StretchTimer</source>
        <translation>StretchTimer</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>moins d’une minute restante</translation>
    </message>
    <message>
        <source>about %1 min left</source>
        <translation>environ %1 min restantes</translation>
    </message>
    <message>
        <source>StretchTimer, paused: %1</source>
        <translation>StretchTimer, en pause&#xa0;: %1</translation>
    </message>
    <message>
        <source>StretchTimer, paused: %1, %2</source>
        <translation>StretchTimer, en pause&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>StretchTimer: %1</source>
        <translation>StretchTimer&#xa0;: %1</translation>
    </message>
    <message>
        <source>StretchTimer: %1, %2</source>
        <translation>StretchTimer&#xa0;: %1, %2</translation>
    </message>
</context>
<context>
    <name>WeeklyMinutesChart</name>
    <message>
        <source>Minutes stretched per week</source>
        <translation>Minutes d’étirement par semaine</translation>
    </message>
    <message>
        <source>No stretching in these weeks yet.</source>
        <translation>Pas encore d’étirement ces semaines-ci.</translation>
    </message>
    <message numerus="yes">
        <source>Week of %1: %2 min, %n day(s) counted</source>
        <translation>
            <numerusform>Semaine du %1&#xa0;: %2 min, %n jour compté</numerusform>
            <numerusform>Semaine du %1&#xa0;: %2 min, %n jours comptés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkraveImport</name>
    <message>
        <source>Breathe slowly and evenly; never hold your breath.</source>
        <translation>Respire lentement et régulièrement, sans jamais bloquer ta respiration.</translation>
    </message>
    <message>
        <source>Move gently, within what is comfortable, and stop if anything hurts.</source>
        <translation>Bouge en douceur, dans la limite du confort, et arrête si quelque chose fait mal.</translation>
    </message>
    <message>
        <source>Workrave exercises</source>
        <translation>Exercices Workrave</translation>
    </message>
    <message>
        <source>The exercises of %1, imported from Workrave.</source>
        <translation>Les exercices de %1, importés depuis Workrave.</translation>
    </message>
</context>
</TS>
