<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ActionBar</name>
    <message>
        <source>What just happened</source>
        <translation>Lo que acaba de pasar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Hide this line</source>
        <translation>Ocultar esta línea</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>History cannot be opened just now: %1 Sessions go on, and StretchTimer saves them as soon as it can.</source>
        <translation>El historial no se puede abrir ahora: %1 Las sesiones continúan y StretchTimer las guardará en cuanto pueda.</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Starting at login works on Linux desktops; on this system, add StretchTimer to your login items in the system settings.</source>
        <translation>Iniciar al entrar en la sesión funciona en los escritorios Linux; en este sistema, agrega StretchTimer a los elementos de inicio en la configuración del sistema.</translation>
    </message>
</context>
<context>
    <name>BreathingPacer</name>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Toma aire</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Suelta el aire</translation>
    </message>
    <message>
        <source>Breathing guide</source>
        <translation>Guía de respiración</translation>
    </message>
</context>
<context>
    <name>CalendarHeatmap</name>
    <message>
        <source>%1: no stretching</source>
        <translation>%1: sin estiramientos</translation>
    </message>
    <message>
        <source>Less</source>
        <translation>Menos</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>Some stretching, day not counted</source>
        <translation>Algo de estiramiento, día no contado</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Chosen day</source>
        <translation>Día elegido</translation>
    </message>
    <message>
        <source>Practice calendar of the last 52 weeks</source>
        <translation>Calendario de práctica de las últimas 52 semanas</translation>
    </message>
</context>
<context>
    <name>CardMenuWords</name>
    <message>
        <source>&amp;Look and start</source>
        <translation>&amp;Ver y empezar</translation>
    </message>
    <message>
        <source>Un&amp;pin</source>
        <translation>Des&amp;fijar</translation>
    </message>
    <message>
        <source>&amp;Pin to the top</source>
        <translation>&amp;Fijar arriba</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>&amp;Customise (your own copy)</source>
        <translation>&amp;Personalizar (tu propia copia)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
</context>
<context>
    <name>CardWords</name>
    <message>
        <source>Not done yet</source>
        <translation>Aún no hecha</translation>
    </message>
    <message>
        <source>Last done today</source>
        <translation>Hecha por última vez hoy</translation>
    </message>
    <message>
        <source>Last done yesterday</source>
        <translation>Hecha por última vez ayer</translation>
    </message>
    <message numerus="yes">
        <source>Last done %n day(s) ago</source>
        <translation>
            <numerusform>Hecha por última vez hace %n día</numerusform>
            <numerusform>Hecha por última vez hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Last done on %1</source>
        <translation>Hecha por última vez el %1</translation>
    </message>
</context>
<context>
    <name>CatalogueBox</name>
    <message>
        <source>New exer&amp;cise…</source>
        <translation>Nue&amp;vo ejercicio…</translation>
    </message>
    <message>
        <source>Type in an exercise of your own</source>
        <translation>Escribe un ejercicio propio</translation>
    </message>
    <message>
        <source>Edi&amp;t exercise…</source>
        <translation>Editar e&amp;jercicio…</translation>
    </message>
    <message>
        <source>Cus&amp;tomise exercise…</source>
        <translation>Personalizar e&amp;jercicio…</translation>
    </message>
    <message>
        <source>Change this exercise of yours</source>
        <translation>Cambia este ejercicio tuyo</translation>
    </message>
    <message>
        <source>Make your own copy of this built-in exercise to change</source>
        <translation>Haz tu propia copia de este ejercicio integrado para cambiarla</translation>
    </message>
</context>
<context>
    <name>CheckinWidget</name>
    <message>
        <source>0 = not at all</source>
        <translation>0 = nada</translation>
    </message>
    <message>
        <source>10 = the worst you can imagine</source>
        <translation>10 = lo peor que puedas imaginar</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Skip the question (Esc or S)</source>
        <translation>Omitir la pregunta (Esc o S)</translation>
    </message>
    <message>
        <source>Type a number from 0 to 10 (1 then 0 for 10), or click one.</source>
        <translation>Escribe un número del 0 al 10 (1 y luego 0 para el 10), o haz clic en uno.</translation>
    </message>
    <message>
        <source>Stiffness rating from 0 to 10</source>
        <translation>Valoración de la rigidez del 0 al 10</translation>
    </message>
    <message>
        <source>0 of 10, not at all</source>
        <translation>0 de 10, nada</translation>
    </message>
    <message>
        <source>10 of 10, the worst you can imagine</source>
        <translation>10 de 10, lo peor que puedas imaginar</translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <translation>%1 de 10</translation>
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
        <translation>TIEMPO</translation>
    </message>
    <message>
        <source>POSITION</source>
        <translation>POSICIÓN</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>flow</source>
        <translation>flujo</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>mantener</translation>
    </message>
    <message>
        <source>%1s x%2 per side</source>
        <translation>%1 s ×%2 por lado</translation>
    </message>
    <message>
        <source>%1s x%2</source>
        <translation>%1 s ×%2</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODO</translation>
    </message>
    <message>
        <source>DOSE</source>
        <translation>DOSIS</translation>
    </message>
    <message>
        <source>rep %1/%2</source>
        <translation>rep. %1/%2</translation>
    </message>
    <message>
        <source>%1s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>AT</source>
        <translation>EN</translation>
    </message>
    <message>
        <source>LENGTH</source>
        <translation>DURACIÓN</translation>
    </message>
    <message>
        <source>PHASE</source>
        <translation>FASE</translation>
    </message>
    <message>
        <source>EXERCISE</source>
        <translation>EJERCICIO</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>left</source>
        <translation>izquierda</translation>
    </message>
    <message>
        <source>right</source>
        <translation>derecha</translation>
    </message>
    <message>
        <source>warmup</source>
        <translation>calentamiento</translation>
    </message>
    <message>
        <source>breathing</source>
        <translation>respiración</translation>
    </message>
    <message>
        <source>get_ready</source>
        <translation>preparación</translation>
    </message>
    <message>
        <source>switch_sides</source>
        <translation>cambio-lado</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>descanso</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>unknown routine %1; valid routines: %2</source>
        <translation>Rutina desconocida %1; rutinas válidas: %2</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completada</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrumpida</translation>
    </message>
    <message>
        <source>No sessions recorded yet.</source>
        <translation>Todavía no hay sesiones registradas.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>START</source>
        <translation>INICIO</translation>
    </message>
    <message>
        <source>ROUTINE</source>
        <translation>RUTINA</translation>
    </message>
    <message>
        <source>HELD</source>
        <translation>ESTIRADO</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>STIFFNESS</source>
        <translation>RIGIDEZ</translation>
    </message>
    <message>
        <source>%1 already exists; add --force to replace it</source>
        <translation>%1 ya existe; agrega --force para reemplazarlo</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>the built-in catalogue is damaged:
%1</source>
        <translation>el catálogo integrado está dañado:
%1</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>omitido: %1</translation>
    </message>
    <message>
        <source>translation: %1</source>
        <translation>traducción: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>&apos;desktop&apos; writes freedesktop.org menu entries, which this system does not use.</source>
        <translation>&apos;desktop&apos; escribe entradas de menú de freedesktop.org, y este sistema no las usa.</translation>
    </message>
    <message>
        <source>the shipped desktop files cannot be read: %1</source>
        <translation>no se pueden leer los archivos de escritorio incluidos: %1</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>no se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>escrito: %1</translation>
    </message>
    <message>
        <source>StretchTimer is in your applications menu.</source>
        <translation>StretchTimer ya está en tu menú de aplicaciones.</translation>
    </message>
    <message>
        <source>StretchTimer&apos;s menu entry was not installed; nothing to remove.</source>
        <translation>La entrada de menú de StretchTimer no estaba instalada; no hay nada que quitar.</translation>
    </message>
    <message>
        <source>could not remove %1: %2</source>
        <translation>no se pudo eliminar %1: %2</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>eliminado: %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (line %2, column %3); fix or remove it first, nothing was changed</source>
        <translation>%1 no es un JSON válido (línea %2, columna %3); corrígelo o elimínalo primero; no se cambió nada</translation>
    </message>
    <message>
        <source>saving would drop the parts named above; fix them, or pass --force</source>
        <translation>al guardar se perderían las partes indicadas arriba; corrígelas o usa --force</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>no se puede guardar %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a time of day as HH:MM (24-hour)</source>
        <translation>%1 no es una hora del día en formato HH:MM (24 horas)</translation>
    </message>
    <message>
        <source>%1 is not a set of weekdays, e.g. mon-fri or sat,sun</source>
        <translation>%1 no es un conjunto de días de la semana, p. ej. mon-fri o sat,sun</translation>
    </message>
    <message>
        <source>already there: %1 %2</source>
        <translation>ya existe: %1 %2</translation>
    </message>
    <message>
        <source>added: %1 %2 %3</source>
        <translation>agregado: %1 %2 %3</translation>
    </message>
    <message>
        <source>added: %1 %2</source>
        <translation>agregado: %1 %2</translation>
    </message>
    <message>
        <source>there are no reminders to remove</source>
        <translation>no hay recordatorios que quitar</translation>
    </message>
    <message>
        <source>there is no reminder %1; &apos;stretchtimer reminders&apos; numbers them (1 to %2)</source>
        <translation>no hay ningún recordatorio %1; &apos;stretchtimer reminders&apos; los numera (del 1 al %2)</translation>
    </message>
    <message>
        <source>removed reminder %1</source>
        <translation>se quitó el recordatorio %1</translation>
    </message>
    <message>
        <source>%1 is neither a number of minutes nor &apos;tomorrow&apos;</source>
        <translation>%1 no es un número de minutos ni &apos;tomorrow&apos;</translation>
    </message>
    <message>
        <source>reminders resumed</source>
        <translation>recordatorios reanudados</translation>
    </message>
    <message>
        <source>reminders paused until %1</source>
        <translation>recordatorios en pausa hasta %1</translation>
    </message>
    <message>
        <source>MINUTES must be %1 to %2</source>
        <translation>MINUTES debe estar entre %1 y %2</translation>
    </message>
    <message>
        <source>Reminders: on</source>
        <translation>Recordatorios: activados</translation>
    </message>
    <message>
        <source>Reminders: off</source>
        <translation>Recordatorios: desactivados</translation>
    </message>
    <message>
        <source>Reminders: on, paused until %1</source>
        <translation>Recordatorios: activados, en pausa hasta %1</translation>
    </message>
    <message>
        <source>Reminders: off, paused until %1</source>
        <translation>Recordatorios: desactivados, en pausa hasta %1</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Próximos:</translation>
    </message>
    <message>
        <source>streak nudge</source>
        <translation>aviso de racha</translation>
    </message>
    <message>
        <source>choose a routine</source>
        <translation>elegir una rutina</translation>
    </message>
    <message>
        <source>(not found)</source>
        <translation>(no encontrada)</translation>
    </message>
    <message>
        <source>active time</source>
        <translation>tiempo activo</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>CUÁNDO</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>DÍAS</translation>
    </message>
    <message>
        <source>No reminders; add one with &apos;stretchtimer reminders add 12:30 --days mon-fri&apos;.</source>
        <translation>No hay recordatorios; agrega uno con &apos;stretchtimer reminders add 12:30 --days mon-fri&apos;.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Working hours: %1</source>
        <translation>Horario de trabajo: %1</translation>
    </message>
    <message>
        <source>Evening streak nudge: at %1</source>
        <translation>Aviso de racha por la noche: a las %1</translation>
    </message>
    <message>
        <source>Evening streak nudge: off</source>
        <translation>Aviso de racha por la noche: desactivado</translation>
    </message>
    <message>
        <source>Desktop signals: not known (%1).</source>
        <translation>Señales del escritorio: desconocidas (%1).</translation>
    </message>
    <message>
        <source>Desktop signals: not known. The running StretchTimer looks at the desktop; none has run with this data folder yet.</source>
        <translation>Señales del escritorio: desconocidas. Las observa StretchTimer mientras está en marcha, y todavía no se ha ejecutado ninguno con esta carpeta de datos.</translation>
    </message>
    <message>
        <source>Desktop signals, as seen by StretchTimer (pid %1) running now, at %2:</source>
        <translation>Señales del escritorio según StretchTimer (pid %1), que está en marcha, el %2:</translation>
    </message>
    <message>
        <source>Desktop signals, as seen by StretchTimer (pid %1) no longer running, at %2:</source>
        <translation>Señales del escritorio según StretchTimer (pid %1), que ya no está en marcha, el %2:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>available</source>
        <translation>disponible</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <source>checking</source>
        <translation>comprobando</translation>
    </message>
    <message>
        <source>SIGNAL</source>
        <translation>SEÑAL</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>HOW / WHY</source>
        <translation>CÓMO / POR QUÉ</translation>
    </message>
    <message>
        <source>A due reminder waits: %1.</source>
        <translation>Hay un recordatorio pendiente en espera: %1.</translation>
    </message>
    <message>
        <source>the picture %1 cannot be read and is left out</source>
        <translation>no se puede leer la imagen %1, así que se omite</translation>
    </message>
    <message>
        <source>Exported %1 with %2 and %3 to %4</source>
        <translation>Se exportó %1 con %2 y %3 a %4</translation>
    </message>
    <message>
        <source>Exercise %1: %2</source>
        <translation>Ejercicio %1: %2</translation>
    </message>
    <message>
        <source>Picture %1</source>
        <translation>Imagen %1</translation>
    </message>
    <message>
        <source>Picture %1 (already there, the same file)</source>
        <translation>Imagen %1 (ya existe, es el mismo archivo)</translation>
    </message>
    <message>
        <source>Renamed routine %1 to %2: %1 is taken</source>
        <translation>Rutina %1 renombrada como %2: %1 ya está en uso</translation>
    </message>
    <message>
        <source>Renamed exercise %1 to %2: %1 is taken</source>
        <translation>Ejercicio %1 renombrado como %2: %1 ya está en uso</translation>
    </message>
    <message>
        <source>Renamed picture %1 to %2: %1 is taken</source>
        <translation>Imagen %1 renombrada como %2: %1 ya está en uso</translation>
    </message>
    <message>
        <source>Would import from %1:</source>
        <translation>Se importaría de %1:</translation>
    </message>
    <message>
        <source>nothing imported: cannot write %1: %2</source>
        <translation>no se importó nada: no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Imported from %1:</source>
        <translation>Importado de %1:</translation>
    </message>
    <message>
        <source>Received %1, sent %2.</source>
        <translation>Recibidos: %1; enviados: %2.</translation>
    </message>
    <message>
        <source>Own files: %1 received, %2 sent.</source>
        <translation>Archivos propios: %1 recibidos, %2 enviados.</translation>
    </message>
    <message>
        <source>%1 was changed on two computers; the newer version is used, the other (of device %2) is kept as %3</source>
        <translation>%1 se cambió en dos equipos; se usa la versión más reciente y la otra (del dispositivo %2) se guarda como %3</translation>
    </message>
    <message>
        <source>cannot save the settings to %1: %2</source>
        <translation>no se puede guardar la configuración en %1: %2</translation>
    </message>
    <message>
        <source>History is synced through %1.</source>
        <translation>El historial se sincroniza a través de %1.</translation>
    </message>
    <message>
        <source>Sync is already off.</source>
        <translation>La sincronización ya está desactivada.</translation>
    </message>
    <message>
        <source>Sync is off. What this computer wrote stays in %1 for your other computers; your history here is unchanged.</source>
        <translation>La sincronización está desactivada. Lo que escribió este equipo se queda en %1 para tus otros equipos; tu historial aquí sigue igual.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Sync is off. Turn it on with: stretchtimer sync enable FOLDER</source>
        <translation>La sincronización está desactivada. Actívala con: stretchtimer sync enable FOLDER</translation>
    </message>
    <message>
        <source>%1  (not there now: unplugged or not mounted?)</source>
        <translation>%1  (no está ahora: ¿desconectada o sin montar?)</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <source>This device:</source>
        <translation>Este dispositivo:</translation>
    </message>
    <message>
        <source>not made yet (nothing recorded)</source>
        <translation>aún sin crear (no hay nada registrado)</translation>
    </message>
    <message>
        <source>Its files:</source>
        <translation>Sus archivos:</translation>
    </message>
    <message>
        <source>%1 received, %2 sent</source>
        <translation>%1 recibidos, %2 enviados</translation>
    </message>
    <message>
        <source>Last merge:</source>
        <translation>Última fusión:</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Registros:</translation>
    </message>
    <message>
        <source>Own files:</source>
        <translation>Archivos propios:</translation>
    </message>
    <message>
        <source>%1 (this one)</source>
        <translation>%1 (este)</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>DISPOSITIVO</translation>
    </message>
    <message>
        <source>LAST WROTE</source>
        <translation>ÚLTIMA ESCRITURA</translation>
    </message>
    <message>
        <source>FILES</source>
        <translation>ARCHIVOS</translation>
    </message>
    <message>
        <source>Changed on two computers (the newer version is used, the other kept):</source>
        <translation>Cambiado en dos equipos (se usa la versión más reciente y se guarda la otra):</translation>
    </message>
    <message>
        <source>  %1 (%2): kept as %3</source>
        <translation>  %1 (%2): guardado como %3</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problemas:</translation>
    </message>
    <message>
        <source>sync is off; turn it on with: stretchtimer sync enable FOLDER</source>
        <translation>la sincronización está desactivada; actívala con: stretchtimer sync enable FOLDER</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) could not be sent; tried again next time</source>
        <translation>
            <numerusform>no se pudo enviar %n registro; se volverá a intentar la próxima vez</numerusform>
            <numerusform>no se pudieron enviar %n registros; se volverá a intentar la próxima vez</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be sent; tried again next time</source>
        <translation>
            <numerusform>no se pudo enviar %n archivo; se volverá a intentar la próxima vez</numerusform>
            <numerusform>no se pudieron enviar %n archivos; se volverá a intentar la próxima vez</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n still to come)</source>
        <translation>
            <numerusform>%1 (falta %n)</numerusform>
            <numerusform>%1 (faltan %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to %1</source>
        <translation>
            <numerusform>Se exportó %n sesión a %1</numerusform>
            <numerusform>Se exportaron %n sesiones a %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n own exercise(s)</source>
        <translation>
            <numerusform>%n ejercicio propio</numerusform>
            <numerusform>%n ejercicios propios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s)</source>
        <translation>
            <numerusform>%n imagen</numerusform>
            <numerusform>%n imágenes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>nothing imported: %1 has %n problem(s)</source>
        <translation>
            <numerusform>no se importó nada: %1 tiene %n problema</numerusform>
            <numerusform>no se importó nada: %1 tiene %n problemas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Routine %1: %2 (%n exercise(s))</source>
        <translation>
            <numerusform>Rutina %1: %2 (%n ejercicio)</numerusform>
            <numerusform>Rutina %1: %2 (%n ejercicios)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a break after every %n min at the computer</source>
        <translation>
            <numerusform>una pausa tras cada %n min frente al equipo</numerusform>
            <numerusform>una pausa tras cada %n min frente al equipo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n min</source>
        <translation>
            <numerusform>cada %n min</numerusform>
            <numerusform>cada %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot export to %1: it is a folder; give a file name</source>
        <translation>no se puede exportar a %1: es una carpeta; indica un nombre de archivo</translation>
    </message>
    <message>
        <source>cannot export to %1: it is not a regular file; give a file name</source>
        <translation>no se puede exportar a %1: no es un archivo normal; indica un nombre de archivo</translation>
    </message>
    <message numerus="yes">
        <source>there are %n daily reminders already; remove one first</source>
        <translation>
            <numerusform>ya hay %n recordatorio diario; quita uno primero</numerusform>
            <numerusform>ya hay %n recordatorios diarios; quita uno primero</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Cuenta atrás</translation>
    </message>
    <message>
        <source>1 second left</source>
        <translation>Queda 1 segundo</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds left</source>
        <translation>
            <numerusform>Queda %n segundo</numerusform>
            <numerusform>Quedan %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>1 minute left</source>
        <translation>Queda 1 minuto</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes left</source>
        <translation>
            <numerusform>Queda %n minuto</numerusform>
            <numerusform>Quedan %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 segundo</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>{minutes} {seconds} left</source>
        <translation>Quedan {minutes} y {seconds}</translation>
    </message>
    <message>
        <source>Paused, {remaining}</source>
        <translation>En pausa, {remaining}</translation>
    </message>
</context>
<context>
    <name>CountingRule</name>
    <message>
        <source>A day counts when you complete a routine or hold stretches for %1 minutes or more in total; a day starts at %2.</source>
        <translation>Un día cuenta cuando completas una rutina o mantienes estiramientos durante %1 minutos o más en total; el día empieza a las %2.</translation>
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
        <translation>{name}, lado izquierdo</translation>
    </message>
    <message>
        <source>{name}, right side</source>
        <translation>{name}, lado derecho</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Cambia de lado</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>Breathe slowly</source>
        <translation>Respira despacio</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Bien hecho</translation>
    </message>
    <message>
        <source>three</source>
        <translation>tres</translation>
    </message>
    <message>
        <source>two</source>
        <translation>dos</translation>
    </message>
    <message>
        <source>one</source>
        <translation>uno</translation>
    </message>
    <message>
        <source>No sound output was found, so cues will be silent. Check that speakers or headphones are connected and the sound system (PulseAudio or PipeWire) is running, then restart StretchTimer.</source>
        <translation>No se encontró ninguna salida de sonido, así que las señales sonarán en silencio. Comprueba que haya altavoces o auriculares conectados y que el sistema de sonido (PulseAudio o PipeWire) esté en marcha, y luego reinicia StretchTimer.</translation>
    </message>
    <message>
        <source>The cue sound %1 is missing or damaged, so that cue will be silent. Reinstalling StretchTimer restores it.</source>
        <translation>Falta el sonido de señal %1 o está dañado, así que esa señal quedará en silencio. Reinstalar StretchTimer lo restaura.</translation>
    </message>
</context>
<context>
    <name>DBusCaller</name>
    <message>
        <source>not running here</source>
        <translation>no está en marcha aquí</translation>
    </message>
</context>
<context>
    <name>DesktopSettingsGroup</name>
    <message>
        <source>Desktop</source>
        <translation>Escritorio</translation>
    </message>
    <message>
        <source>Start StretchTimer in the tray when I &amp;log in</source>
        <translation>&amp;Abrir StretchTimer en la bandeja del sistema al iniciar sesión</translation>
    </message>
</context>
<context>
    <name>DesktopShell</name>
    <message>
        <source>StretchTimer is still running</source>
        <translation>StretchTimer sigue en marcha</translation>
    </message>
    <message>
        <source>It waits in the tray. To quit, choose Quit StretchTimer from the tray icon&apos;s menu, or press Ctrl+Q in the window.</source>
        <translation>Espera en la bandeja del sistema. Para salir, elige Salir de StretchTimer en el menú del icono de la bandeja, o pulsa Ctrl+Q en la ventana.</translation>
    </message>
    <message>
        <source>Starting at login could not be changed: %1 (%2).</source>
        <translation>No se pudo cambiar el inicio al entrar en la sesión: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>DesktopSignals</name>
    <message>
        <source>the desktop is not an X11 one</source>
        <translation>el escritorio no es X11</translation>
    </message>
    <message>
        <source>the window manager does not say which window is active</source>
        <translation>el gestor de ventanas no indica qué ventana está activa</translation>
    </message>
    <message>
        <source>X11 screen-saver extension</source>
        <translation>extensión de salvapantallas de X11</translation>
    </message>
    <message>
        <source>X11 active window</source>
        <translation>ventana activa de X11</translation>
    </message>
    <message>
        <source>nothing on this desktop can tell</source>
        <translation>nada en este escritorio puede saberlo</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>%1 (built-in)</source>
        <translation>%1 (integrada)</translation>
    </message>
    <message>
        <source>%1 (my copy)</source>
        <translation>%1 (mi copia)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Routine: %1</source>
        <translation>Rutina: %1</translation>
    </message>
    <message>
        <source>Exercise: %1</source>
        <translation>Ejercicio: %1</translation>
    </message>
    <message>
        <source>Picture: %1</source>
        <translation>Imagen: %1</translation>
    </message>
    <message>
        <source>%1 is taken here, so it is added as %2</source>
        <translation>%1 ya existe aquí, así que se agrega como %2</translation>
    </message>
    <message>
        <source>Default (%1 s)</source>
        <translation>Predeterminado (%1 s)</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Predeterminado (%1)</translation>
    </message>
    <message>
        <source>%1 (yours)</source>
        <translation>%1 (tuya)</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back to the routines (Esc)</source>
        <translation>Volver a las rutinas (Esc)</translation>
    </message>
    <message>
        <source>Routine to edit</source>
        <translation>Rutina para editar</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nueva</translation>
    </message>
    <message>
        <source>C&amp;ustomise</source>
        <translation>&amp;Personalizar</translation>
    </message>
    <message>
        <source>Make your own copy of this routine to change</source>
        <translation>Haz tu propia copia de esta rutina para cambiarla</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>U&amp;ndo delete</source>
        <translation>Des&amp;hacer la eliminación</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Add a shared routine or Workrave exercises</source>
        <translation>Agregar una rutina compartida o ejercicios de Workrave</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Save this routine as one file to share</source>
        <translation>Guardar esta rutina en un archivo para compartirla</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save this routine (Ctrl+S)</source>
        <translation>Guardar esta rutina (Ctrl+S)</translation>
    </message>
    <message>
        <source>Editor status</source>
        <translation>Estado del editor</translation>
    </message>
    <message>
        <source>Exercises in this routine</source>
        <translation>Ejercicios de esta rutina</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the chosen exercise (Delete)</source>
        <translation>Quitar el ejercicio elegido (Supr)</translation>
    </message>
    <message>
        <source>&amp;Add to routine</source>
        <translation>Agregar a la &amp;rutina</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Tiempo total</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <source>My routine</source>
        <translation>Mi rutina</translation>
    </message>
    <message>
        <source>My own routine.</source>
        <translation>Mi propia rutina.</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>Choose a routine to change, or make a new one.</source>
        <translation>Elige una rutina para cambiarla, o crea una nueva.</translation>
    </message>
    <message>
        <source>Built-in routines stay as they are. Customise makes your own copy.</source>
        <translation>Las rutinas integradas se quedan como están. Personalizar crea tu propia copia.</translation>
    </message>
    <message>
        <source>A new routine, not saved yet.</source>
        <translation>Una rutina nueva, aún sin guardar.</translation>
    </message>
    <message>
        <source>Add exercises to see the timeline.</source>
        <translation>Agrega ejercicios para ver la línea de tiempo.</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>Not saved: fix the problems shown beside the fields.</source>
        <translation>No se guardó: corrige los problemas indicados junto a los campos.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportada a %1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Guardada en %1</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Se eliminó «%1».</translation>
    </message>
    <message>
        <source>“%1” is back.</source>
        <translation>«%1» ha vuelto.</translation>
    </message>
    <message>
        <source>Not saved: another program changed %1 since you opened it. Your changes are still here; Customise saves them as a new routine.</source>
        <translation>No se guardó: otro programa cambió %1 desde que lo abriste. Tus cambios siguen aquí; Personalizar los guarda como una rutina nueva.</translation>
    </message>
    <message>
        <source>Nothing imported. The file has these problems:
%1</source>
        <translation>No se importó nada. El archivo tiene estos problemas:
%1</translation>
    </message>
    <message>
        <source>Not deleted: its file also holds exercises that %1 uses.</source>
        <translation>No se eliminó: su archivo también contiene ejercicios que usa %1.</translation>
    </message>
    <message>
        <source>Could not finish (%1): %2</source>
        <translation>No se pudo terminar (%1): %2</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>Se importó «%1».</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Importar una rutina</translation>
    </message>
    <message>
        <source>Routines and Workrave exercises (*.json *.xml);;All files (*)</source>
        <translation>Rutinas y ejercicios de Workrave (*.json *.xml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export the routine</source>
        <translation>Exportar la rutina</translation>
    </message>
    <message>
        <source>Routines (*.json)</source>
        <translation>Rutinas (*.json)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to this routine first?</source>
        <translation>¿Guardar primero los cambios de esta rutina?</translation>
    </message>
    <message>
        <source>Routine editor</source>
        <translation>Editor de rutinas</translation>
    </message>
    <message>
        <source>The exercise is deleted.</source>
        <translation>Se eliminó el ejercicio.</translation>
    </message>
</context>
<context>
    <name>ExerciseChooser</name>
    <message>
        <source>Search exercises</source>
        <translation>Buscar ejercicios</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Any position</source>
        <translation>Cualquier posición</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Exercises to add</source>
        <translation>Ejercicios para agregar</translation>
    </message>
    <message>
        <source>Any target</source>
        <translation>Cualquier zona</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <source>Only &amp;mine</source>
        <translation>Solo los tu&amp;yos</translation>
    </message>
    <message>
        <source>Show only the exercises you made or imported</source>
        <translation>Mostrar solo los ejercicios que creaste o importaste</translation>
    </message>
</context>
<context>
    <name>ExerciseForm</name>
    <message>
        <source>Exercise name</source>
        <translation>Nombre del ejercicio</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Hold or flow</source>
        <translation>Mantener o fluir</translation>
    </message>
    <message>
        <source>Hold still</source>
        <translation>Mantener la postura</translation>
    </message>
    <message>
        <source>Flow between movements</source>
        <translation>Fluir entre movimientos</translation>
    </message>
    <message>
        <source>Seconds per movement</source>
        <translation>Segundos por movimiento</translation>
    </message>
    <message>
        <source>Movement cues</source>
        <translation>Palabras de movimiento</translation>
    </message>
    <message>
        <source>Each movement&apos;s word, with commas: Arch, Round</source>
        <translation>Una palabra por movimiento, con comas: Arquea, Redondea</translation>
    </message>
    <message>
        <source>Hold seconds</source>
        <translation>Segundos de mantenimiento</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <source>Left and right side</source>
        <translation>Lado izquierdo y derecho</translation>
    </message>
    <message>
        <source>Rest seconds</source>
        <translation>Segundos de descanso</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Breathing hint</source>
        <translation>Consejo de respiración</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Precaución</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Zonas</translation>
    </message>
    <message>
        <source>With commas: neck, upper back</source>
        <translation>Con comas: cuello, espalda alta</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>With commas: desk, gentle</source>
        <translation>Con comas: escritorio, suave</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>Nom&amp;bre</translation>
    </message>
    <message>
        <source>P&amp;osition</source>
        <translation>Posi&amp;ción</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>Pa&amp;ce</source>
        <translation>&amp;Ritmo</translation>
    </message>
    <message>
        <source>Movement c&amp;ues</source>
        <translation>Palabras de mo&amp;vimiento</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Mantener</translation>
    </message>
    <message>
        <source>&amp;Repetitions</source>
        <translation>Repetici&amp;ones</translation>
    </message>
    <message>
        <source>S&amp;ides</source>
        <translation>&amp;Lados</translation>
    </message>
    <message>
        <source>R&amp;est</source>
        <translation>&amp;Descanso</translation>
    </message>
    <message>
        <source>S&amp;teps</source>
        <translation>&amp;Pasos</translation>
    </message>
    <message>
        <source>&amp;Breathing</source>
        <translation>Respiració&amp;n</translation>
    </message>
    <message>
        <source>Ca&amp;ution</source>
        <translation>Preca&amp;ución</translation>
    </message>
    <message>
        <source>T&amp;argets</source>
        <translation>&amp;Zonas</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Etiqueta&amp;s</translation>
    </message>
    <message>
        <source>Pict&amp;ure</source>
        <translation>&amp;Imagen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>ExerciseGuide</name>
    <message>
        <source>Exercise picture</source>
        <translation>Imagen del ejercicio</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Qué hacer ahora</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>Cómo hacerlo</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Ten cuidado</translation>
    </message>
    <message>
        <source>&lt;b&gt;Take care:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Ten cuidado:&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>ExercisePage</name>
    <message>
        <source>Save the changes to this exercise first?</source>
        <translation>¿Guardar primero los cambios de este ejercicio?</translation>
    </message>
    <message>
        <source>Delete the exercise</source>
        <translation>Eliminar el ejercicio</translation>
    </message>
    <message>
        <source>Delete “%1”? No routine uses it.</source>
        <translation>¿Eliminar «%1»? Ninguna rutina lo usa.</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.svg);;All files (*)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.svg);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Elige una imagen</translation>
    </message>
    <message>
        <source>Not saved: another program changed %1 since you opened it. Your changes are still here.</source>
        <translation>No se guardó: otro programa cambió %1 desde que lo abriste. Tus cambios siguen aquí.</translation>
    </message>
    <message>
        <source>Could not finish (%1): %2</source>
        <translation>No se pudo terminar (%1): %2</translation>
    </message>
    <message>
        <source>Not deleted: %1 use this exercise. Take it out of them first.</source>
        <translation>No se eliminó: este ejercicio está en %1. Quítalo primero de esas rutinas.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back to the routine (Esc)</source>
        <translation>Volver a la rutina (Esc)</translation>
    </message>
    <message>
        <source>Exercise being edited</source>
        <translation>Ejercicio en edición</translation>
    </message>
    <message>
        <source>&amp;Delete exercise</source>
        <translation>Eliminar e&amp;jercicio</translation>
    </message>
    <message>
        <source>&amp;Save exercise</source>
        <translation>&amp;Guardar ejercicio</translation>
    </message>
    <message>
        <source>Save this exercise (Ctrl+S)</source>
        <translation>Guardar este ejercicio (Ctrl+S)</translation>
    </message>
    <message>
        <source>Exercise status</source>
        <translation>Estado del ejercicio</translation>
    </message>
    <message>
        <source>Exercise form</source>
        <translation>Formulario del ejercicio</translation>
    </message>
    <message>
        <source>My exercise</source>
        <translation>Mi ejercicio</translation>
    </message>
    <message>
        <source>Breathe slowly and evenly; never hold your breath.</source>
        <translation>Respira despacio y de forma regular; nunca contengas la respiración.</translation>
    </message>
    <message>
        <source>Stretch to a mild pull, never into sharp pain.</source>
        <translation>Estírate hasta notar una tensión suave, nunca hasta sentir un dolor agudo.</translation>
    </message>
    <message>
        <source>Your exercise “%1”</source>
        <translation>Tu ejercicio «%1»</translation>
    </message>
    <message>
        <source>A new exercise of yours</source>
        <translation>Tu nuevo ejercicio</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Aún sin guardar.</translation>
    </message>
    <message>
        <source>Reading the picture…</source>
        <translation>Leyendo la imagen…</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Paso %1: %2</translation>
    </message>
    <message>
        <source>Not saved: fix the problems shown beside the fields.</source>
        <translation>No se guardó: corrige los problemas indicados junto a los campos.</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <source>That picture is not used: %1</source>
        <translation>No se usa esa imagen: %1</translation>
    </message>
</context>
<context>
    <name>HistoryCards</name>
    <message>
        <source>Days done this week</source>
        <translation>Días hechos esta semana</translation>
    </message>
    <message>
        <source>current streak · today counts</source>
        <translation>racha actual · hoy cuenta</translation>
    </message>
    <message>
        <source>current streak · stretch today to keep it</source>
        <translation>racha actual · estírate hoy para mantenerla</translation>
    </message>
    <message>
        <source>current streak</source>
        <translation>racha actual</translation>
    </message>
    <message>
        <source>longest streak</source>
        <translation>racha más larga</translation>
    </message>
    <message>
        <source>%1 of %2 days</source>
        <translation>%1 de %2 días</translation>
    </message>
    <message>
        <source>this week · goal met</source>
        <translation>esta semana · meta cumplida</translation>
    </message>
    <message>
        <source>this week&apos;s goal</source>
        <translation>meta de esta semana</translation>
    </message>
    <message>
        <source>weekly goal met in a row</source>
        <translation>semanas seguidas con la meta cumplida</translation>
    </message>
    <message>
        <source>%1 minutes of stretching in all</source>
        <translation>%1 minutos de estiramiento en total</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>← Back</source>
        <translation>← Atrás</translation>
    </message>
    <message>
        <source>Back to the routines</source>
        <translation>Volver a las rutinas</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Every session and exercise as a spreadsheet</source>
        <translation>Cada sesión y ejercicio como hoja de cálculo</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Exportar JSON…</translation>
    </message>
    <message>
        <source>Every session and exercise as JSON</source>
        <translation>Cada sesión y ejercicio en JSON</translation>
    </message>
    <message>
        <source>History messages</source>
        <translation>Mensajes del historial</translation>
    </message>
    <message>
        <source>History unavailable</source>
        <translation>Historial no disponible</translation>
    </message>
    <message>
        <source>The chosen day</source>
        <translation>El día elegido</translation>
    </message>
    <message>
        <source>Stiffness before and after</source>
        <translation>Rigidez antes y después</translation>
    </message>
    <message>
        <source>Minutes per week</source>
        <translation>Minutos por semana</translation>
    </message>
    <message>
        <source>Recent sessions</source>
        <translation>Sesiones recientes</translation>
    </message>
    <message>
        <source>The last 52 weeks</source>
        <translation>Las últimas 52 semanas</translation>
    </message>
    <message>
        <source>History is unavailable</source>
        <translation>El historial no está disponible</translation>
    </message>
    <message>
        <source>Sessions still run, but they are not being recorded.</source>
        <translation>Las sesiones siguen funcionando, pero no se están registrando.</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completada</translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation>detenida antes de tiempo</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrumpida</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Counted: %1, %2</source>
        <translation>Contado: %1, %2</translation>
    </message>
    <message>
        <source>Not counted (under %1 min, nothing completed): %2, %3</source>
        <translation>No contado (menos de %1 min, nada completado): %2, %3</translation>
    </message>
    <message>
        <source>%1 %2, %3 min, %4</source>
        <translation>%1 %2, %3 min, %4</translation>
    </message>
    <message>
        <source>No check-ins yet.</source>
        <translation>Aún no hay valoraciones.</translation>
    </message>
    <message>
        <source>On average %1 before, %2 after.</source>
        <translation>De media, %1 antes y %2 después.</translation>
    </message>
    <message>
        <source>On average %1 before.</source>
        <translation>De media, %1 antes.</translation>
    </message>
    <message>
        <source>On average %1 after.</source>
        <translation>De media, %1 después.</translation>
    </message>
    <message>
        <source>%1 points easier after a session.</source>
        <translation>%1 puntos menos de rigidez después de una sesión.</translation>
    </message>
    <message>
        <source>%1 points stiffer after a session.</source>
        <translation>%1 puntos más de rigidez después de una sesión.</translation>
    </message>
    <message>
        <source>This week %1 min, last week %2 min.</source>
        <translation>Esta semana %1 min, la semana pasada %2 min.</translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>Exportar el historial como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export history as JSON</source>
        <translation>Exportar el historial como JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
    <message>
        <source>Your history</source>
        <translation>Tu historial</translation>
    </message>
</context>
<context>
    <name>HistoryRecorder</name>
    <message>
        <source>History could not be saved (%1). The session goes on, and StretchTimer will try again.</source>
        <translation>No se pudo guardar el historial (%1). La sesión continúa y StretchTimer lo volverá a intentar.</translation>
    </message>
    <message>
        <source>The history refused a change (%1).</source>
        <translation>El historial rechazó un cambio (%1).</translation>
    </message>
</context>
<context>
    <name>HistoryWords</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semana</numerusform>
            <numerusform>%n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n sesión a %1.</numerusform>
            <numerusform>Se exportaron %n sesiones a %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>Import a routine</source>
        <translation>Importar una rutina</translation>
    </message>
    <message>
        <source>%1 adds:</source>
        <translation>%1 agrega:</translation>
    </message>
    <message>
        <source>What the import adds</source>
        <translation>Lo que agrega la importación</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
</context>
<context>
    <name>ItemOverrides</name>
    <message>
        <source>Hold seconds for this exercise</source>
        <translation>Segundos de mantenimiento para este ejercicio</translation>
    </message>
    <message>
        <source>Repetitions for this exercise</source>
        <translation>Repeticiones para este ejercicio</translation>
    </message>
    <message>
        <source>Rest seconds for this exercise</source>
        <translation>Segundos de descanso para este ejercicio</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Mantener</translation>
    </message>
    <message>
        <source>&amp;Reps</source>
        <translation>Repeticione&amp;s</translation>
    </message>
    <message>
        <source>R&amp;est</source>
        <translation>&amp;Descanso</translation>
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
        <translation>Llevas %1, de los cuales %2 estirando. Se guardará como una sesión detenida.</translation>
    </message>
    <message>
        <source>Stop the session?</source>
        <translation>¿Detener la sesión?</translation>
    </message>
    <message>
        <source>Paused: the computer was asleep or busy for {seconds} s, and that time was not counted. Press Space to go on.</source>
        <translation>En pausa: el equipo estuvo suspendido u ocupado durante {seconds} s, y ese tiempo no se contó. Pulsa Espacio para continuar.</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Notices</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Show what happened, file by file</source>
        <translation>Mostrar lo que pasó, archivo por archivo</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Hide these notices</source>
        <translation>Ocultar estos avisos</translation>
    </message>
    <message>
        <source>Notice details</source>
        <translation>Detalles del aviso</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) need(s) your attention; everything else works as usual.</source>
        <translation>
            <numerusform>%n cosa requiere tu atención; todo lo demás funciona como siempre.</numerusform>
            <numerusform>%n cosas requieren tu atención; todo lo demás funciona como siempre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>And %n more.</source>
        <translation>
            <numerusform>Y %n más.</numerusform>
            <numerusform>Y %n más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Ocultar detalles</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>Skipped a routine file: %1</source>
        <translation>Se omitió un archivo de rutinas: %1</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>the jeepney package is not installed</source>
        <translation>el paquete jeepney no está instalado</translation>
    </message>
    <message>
        <source>no session bus: %1</source>
        <translation>no hay bus de sesión: %1</translation>
    </message>
    <message>
        <source>the notification server did not answer</source>
        <translation>el servidor de notificaciones no respondió</translation>
    </message>
    <message>
        <source>no notification server is running (%1)</source>
        <translation>no hay ningún servidor de notificaciones en marcha (%1)</translation>
    </message>
    <message>
        <source> (without buttons)</source>
        <translation> (sin botones)</translation>
    </message>
</context>
<context>
    <name>OwnHeading</name>
    <message>
        <source>Your routines</source>
        <translation>Tus rutinas</translation>
    </message>
    <message>
        <source>&amp;New routine</source>
        <translation>&amp;Nueva rutina</translation>
    </message>
    <message>
        <source>Make a routine of your own in the editor</source>
        <translation>Crea tu propia rutina en el editor</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Add a routine someone shared, or Workrave exercises; nothing is replaced</source>
        <translation>Agrega una rutina que alguien compartió o ejercicios de Workrave; no se reemplaza nada</translation>
    </message>
    <message>
        <source>Routines you make, copy or import show here. A built-in routine&apos;s menu (⋯) can make your own copy of it.</source>
        <translation>Aquí aparecen las rutinas que creas, copias o importas. El menú (⋯) de una rutina integrada puede crear tu propia copia de ella.</translation>
    </message>
</context>
<context>
    <name>PickerPage</name>
    <message>
        <source>Choose a routine</source>
        <translation>Elige una rutina</translation>
    </message>
    <message>
        <source>Your streak</source>
        <translation>Tu racha</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>This week&apos;s goal</source>
        <translation>Meta de esta semana</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Your streak, minutes and check-ins (Ctrl+H)</source>
        <translation>Tu racha, tus minutos y tus valoraciones (Ctrl+H)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Sound, voice, breathing and motion (Ctrl+,)</source>
        <translation>Sonido, voz, respiración y movimiento (Ctrl+,)</translation>
    </message>
    <message>
        <source>Edit routines</source>
        <translation>Editar rutinas</translation>
    </message>
    <message>
        <source>Make your own routines and change them (Ctrl+E)</source>
        <translation>Crea tus propias rutinas y cámbialas (Ctrl+E)</translation>
    </message>
    <message>
        <source>Safety notice</source>
        <translation>Aviso de seguridad</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Entendido</translation>
    </message>
    <message>
        <source>Hide this notice; it stays in Settings</source>
        <translation>Ocultar este aviso; sigue disponible en Configuración</translation>
    </message>
    <message>
        <source>No streak yet: today can start one</source>
        <translation>Aún no tienes racha: hoy puedes empezar una</translation>
    </message>
    <message numerus="yes">
        <source>%n-day streak</source>
        <translation>
            <numerusform>Racha de %n día</numerusform>
            <numerusform>Racha de %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n-day streak: stretch today to keep it</source>
        <translation>
            <numerusform>Racha de %n día: estírate hoy para mantenerla</numerusform>
            <numerusform>Racha de %n días: estírate hoy para mantenerla</numerusform>
        </translation>
    </message>
    <message>
        <source>This week: %1 of %2 days</source>
        <translation>Esta semana: %1 de %2 días</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Fijadas</translation>
    </message>
    <message>
        <source>Built-in routines</source>
        <translation>Rutinas integradas</translation>
    </message>
</context>
<context>
    <name>PictureRow</name>
    <message>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>C&amp;hoose picture…</source>
        <translation>&amp;Elegir imagen…</translation>
    </message>
    <message>
        <source>A PNG, JPEG or SVG file; it is copied in</source>
        <translation>Un archivo PNG, JPEG o SVG; se guarda una copia</translation>
    </message>
    <message>
        <source>Remove pictu&amp;re</source>
        <translation>&amp;Quitar imagen</translation>
    </message>
    <message>
        <source>No picture: a plain figure stands in.</source>
        <translation>Sin imagen: en su lugar se muestra una figura sencilla.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>← Routines</source>
        <translation>← Rutinas</translation>
    </message>
    <message>
        <source>Back to the routines</source>
        <translation>Volver a las rutinas</translation>
    </message>
    <message>
        <source>Back to the routine list (Esc)</source>
        <translation>Volver a la lista de rutinas (Esc)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Start the session (Enter)</source>
        <translation>Empezar la sesión (Intro)</translation>
    </message>
    <message>
        <source>Length and position</source>
        <translation>Duración y posición</translation>
    </message>
    <message>
        <source>The exercises, in order</source>
        <translation>Los ejercicios, en orden</translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n ejercicio</numerusform>
            <numerusform>%n ejercicios</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Start %1, %2 in all</source>
        <translation>Empezar %1, %2 en total</translation>
    </message>
    <message>
        <source>First a warm-up of %1 and a few slow breaths; slow breaths again at the end.</source>
        <translation>Primero, un calentamiento de %1 y unas cuantas respiraciones lentas; al final, de nuevo respiraciones lentas.</translation>
    </message>
    <message>
        <source>First a warm-up of %1.</source>
        <translation>Primero, un calentamiento de %1.</translation>
    </message>
    <message>
        <source>A few slow breaths first and at the end.</source>
        <translation>Unas cuantas respiraciones lentas al principio y al final.</translation>
    </message>
    <message>
        <source>%1, left then right</source>
        <translation>%1, izquierda y luego derecha</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>must list at least one exercise</source>
        <translation>debe incluir al menos un ejercicio</translation>
    </message>
    <message>
        <source>exercise %1</source>
        <translation>ejercicio %1</translation>
    </message>
    <message>
        <source>exercise #%1</source>
        <translation>ejercicio n.º %1</translation>
    </message>
    <message>
        <source>routine %1</source>
        <translation>rutina %1</translation>
    </message>
    <message>
        <source>routine #%1</source>
        <translation>rutina n.º %1</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>missing (a flow needs a pace)</source>
        <translation>falta (un ejercicio en flujo necesita un ritmo)</translation>
    </message>
    <message>
        <source>missing (a flow needs its movement cues)</source>
        <translation>falta (un ejercicio en flujo necesita sus palabras de movimiento)</translation>
    </message>
    <message>
        <source>only allowed for mode &apos;flow&apos;</source>
        <translation>solo se permite con el modo &apos;flow&apos;</translation>
    </message>
    <message>
        <source>missing (every built-in exercise is illustrated)</source>
        <translation>falta (todos los ejercicios integrados llevan imagen)</translation>
    </message>
    <message>
        <source>names unknown exercise %1</source>
        <translation>nombra un ejercicio desconocido: %1</translation>
    </message>
    <message>
        <source>%1 items[%2]</source>
        <translation>%1 items[%2]</translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation>el nivel superior debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>duplicate id</source>
        <translation>id duplicado</translation>
    </message>
    <message>
        <source>add up to %1 hours; a routine may last at most %2 hours</source>
        <translation>suman %1 horas; una rutina puede durar como máximo %2 horas</translation>
    </message>
    <message>
        <source>not read: the files before it use all %1 allowed for routines</source>
        <translation>no se leyó: los archivos anteriores ya ocupan los %1 permitidos para rutinas</translation>
    </message>
    <message>
        <source>warm-up %1</source>
        <translation>calentamiento %1</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>zona %1</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>etiqueta %1</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>debe ser un objeto, no %1</translation>
    </message>
    <message>
        <source>%1; this stays English</source>
        <translation>%1; esto se queda en inglés</translation>
    </message>
    <message>
        <source>must be text, not %1</source>
        <translation>debe ser texto, no %1</translation>
    </message>
    <message>
        <source>must be a list, not %1</source>
        <translation>debe ser una lista, no %1</translation>
    </message>
    <message>
        <source>must have %1 entries, as the English has, not %2</source>
        <translation>debe tener %1 entradas, como el inglés, no %2</translation>
    </message>
    <message>
        <source>unknown field: the English has no such text (stale?)</source>
        <translation>campo desconocido: el inglés no tiene ese texto (¿obsoleto?)</translation>
    </message>
    <message>
        <source>the catalogue has no %1 (stale?); ignored</source>
        <translation>el catálogo no tiene %1 (¿entrada obsoleta?); se ignora</translation>
    </message>
    <message>
        <source>the top level must be a JSON object; everything stays English</source>
        <translation>el nivel superior debe ser un objeto JSON; todo se queda en inglés</translation>
    </message>
    <message>
        <source>must say &quot;version&quot;: %1 and &quot;language&quot;: %2, not %3 and %4; everything stays English</source>
        <translation>debe indicar &quot;version&quot;: %1 y &quot;language&quot;: %2, no %3 y %4; todo se queda en inglés</translation>
    </message>
    <message>
        <source>unknown section; ignored</source>
        <translation>sección desconocida; se ignora</translation>
    </message>
    <message>
        <source>not used; everything stays English</source>
        <translation>no se usa; todo se queda en inglés</translation>
    </message>
    <message>
        <source>is not a PNG, JPEG or SVG file (its name must end in .png, .jpg, .jpeg or .svg)</source>
        <translation>no es un archivo PNG, JPEG ni SVG (su nombre debe terminar en .png, .jpg, .jpeg o .svg)</translation>
    </message>
    <message>
        <source>%1 more problems are not listed</source>
        <translation>otros %1 problemas no aparecen en la lista</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>un valor</translation>
    </message>
    <message>
        <source>must be %1, not %2</source>
        <translation>debe ser %1, no %2</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena de texto</translation>
    </message>
    <message>
        <source>must be at most %1 characters, not %2</source>
        <translation>debe tener como máximo %1 caracteres, no %2</translation>
    </message>
    <message>
        <source>must be text, but holds an unpaired surrogate escape</source>
        <translation>debe ser texto, pero contiene un escape de sustituto Unicode sin pareja</translation>
    </message>
    <message>
        <source>must be a file name in the %1 folder, not %2</source>
        <translation>debe ser un nombre de archivo de la carpeta %1, no %2</translation>
    </message>
    <message>
        <source>must be one of %1, not %2</source>
        <translation>debe ser uno de estos valores (%1), no %2</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>must be a finite number of seconds, not %1</source>
        <translation>debe ser un número finito de segundos, no %1</translation>
    </message>
    <message>
        <source>must be 0 or more seconds, not %1</source>
        <translation>debe ser de 0 segundos o más, no %1</translation>
    </message>
    <message>
        <source>must be more than 0 seconds, not %1</source>
        <translation>debe ser de más de 0 segundos, no %1</translation>
    </message>
    <message>
        <source>must be at most %1 seconds, not %2</source>
        <translation>debe ser de %1 segundos como máximo, no %2</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>must be from %1 to %2, not %3</source>
        <translation>debe estar entre %1 y %2, no %3</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>must have at most %1 entries, not %2</source>
        <translation>debe tener como máximo %1 entradas, no %2</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>debe ser una cadena de texto no vacía</translation>
    </message>
    <message>
        <source>%1 %2[%3]</source>
        <translation>%1 %2[%3]</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>clave desconocida</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>%1 is not HH:MM; dropped</source>
        <translation>%1 no es HH:MM; se descarta</translation>
    </message>
    <message>
        <source>%1 is not an id; dropped</source>
        <translation>%1 no es un id; se descarta</translation>
    </message>
    <message>
        <source>field &apos;%1&apos;</source>
        <translation>campo &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>%1: %2, field &apos;%3&apos;: unknown, ignored</source>
        <translation>%1: %2, campo &apos;%3&apos;: desconocido; se ignora</translation>
    </message>
    <message>
        <source>%1: %2 field &apos;%3&apos;: unknown, ignored</source>
        <translation>%1: campo &apos;%3&apos; de %2: desconocido; se ignora</translation>
    </message>
    <message>
        <source>daily reminder %1</source>
        <translation>recordatorio diario %1</translation>
    </message>
    <message>
        <source>%1, field &apos;%2&apos;</source>
        <translation>%1, campo &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 is not an object; dropped</source>
        <translation>%1 no es un objeto; se descarta</translation>
    </message>
    <message>
        <source>%1 is not a list of weekdays; dropped</source>
        <translation>%1 no es una lista de días de la semana; se descarta</translation>
    </message>
    <message>
        <source>%1 is not never, routine or any; using never</source>
        <translation>%1 no es never, routine ni any; se usa never</translation>
    </message>
    <message>
        <source>field &apos;%1&apos;, &apos;%2&apos;</source>
        <translation>campo &apos;%1&apos;, &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 is not an object; no break after active time</source>
        <translation>%1 no es un objeto; sin pausa tras el tiempo activo</translation>
    </message>
    <message>
        <source>%1 is not %2 to %3; dropped</source>
        <translation>%1 no está entre %2 y %3; se descarta</translation>
    </message>
    <message>
        <source>%1 is not %2 to %3; using 5</source>
        <translation>%1 no está entre %2 y %3; se usa 5</translation>
    </message>
    <message>
        <source>%1 is not an object; no working hours</source>
        <translation>%1 no es un objeto; sin horario de trabajo</translation>
    </message>
    <message>
        <source>%1 is not [&quot;HH:MM&quot;, &quot;HH:MM&quot;] with the start first; not a working day</source>
        <translation>%1 no es [&quot;HH:MM&quot;, &quot;HH:MM&quot;] con el inicio primero; no es día laborable</translation>
    </message>
    <message>
        <source>%1 is not an object; no reminders</source>
        <translation>%1 no es un objeto; sin recordatorios</translation>
    </message>
    <message>
        <source>%1 is not true or false; using %2</source>
        <translation>%1 no es true ni false; se usa %2</translation>
    </message>
    <message>
        <source>%1 is not a list; no daily reminders</source>
        <translation>%1 no es una lista; sin recordatorios diarios</translation>
    </message>
    <message>
        <source>&apos;%1 items&apos; is more than %2; the first %3 kept</source>
        <translation>&apos;%1 elementos&apos; son más de %2; se conservan los %3 primeros</translation>
    </message>
    <message>
        <source>%1 is not HH:MM; using 20:00</source>
        <translation>%1 no es HH:MM; se usa 20:00</translation>
    </message>
    <message>
        <source>%1 is not an ISO instant with a zone; not paused</source>
        <translation>%1 no es una fecha y hora ISO con zona horaria; los recordatorios no quedan en pausa</translation>
    </message>
    <message>
        <source>%1: the top level must be a JSON object; using defaults</source>
        <translation>%1: el nivel superior debe ser un objeto JSON; se usan los valores predeterminados</translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos;: unknown setting, ignored</source>
        <translation>%1: campo &apos;%2&apos;: opción desconocida; se ignora</translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos;: %3 is not a valid value; using %4</source>
        <translation>%1: campo &apos;%2&apos;: %3 no es un valor válido; se usa %4</translation>
    </message>
    <message>
        <source>%1; using defaults</source>
        <translation>%1; se usan los valores predeterminados</translation>
    </message>
    <message>
        <source>%1; using defaults; the damaged file was kept as %2</source>
        <translation>%1; se usan los valores predeterminados; el archivo dañado se guardó como %2</translation>
    </message>
    <message>
        <source>%1; using defaults; it could not be moved aside (%2)</source>
        <translation>%1; se usan los valores predeterminados; no se pudo guardar aparte (%2)</translation>
    </message>
    <message>
        <source>is larger than %1 MB</source>
        <translation>ocupa más de %1 MB</translation>
    </message>
    <message>
        <source>is neither a StretchTimer routine file nor Workrave XML</source>
        <translation>no es ni un archivo de rutina de StretchTimer ni XML de Workrave</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>grew while it was read</source>
        <translation>creció mientras se leía</translation>
    </message>
    <message>
        <source>is not UTF-8 text: %1</source>
        <translation>no es texto UTF-8: %1</translation>
    </message>
    <message>
        <source>invalid JSON at line %1, column %2: %3</source>
        <translation>JSON no válido en la línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>invalid JSON: %1 is not allowed</source>
        <translation>JSON no válido: %1 no está permitido</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>JSON no válido: %1</translation>
    </message>
    <message>
        <source>must hold at most %1</source>
        <translation>debe contener como máximo %1</translation>
    </message>
    <message>
        <source>picture %1</source>
        <translation>imagen %1</translation>
    </message>
    <message>
        <source>must be base64 text</source>
        <translation>debe ser texto base64</translation>
    </message>
    <message>
        <source>is not valid base64</source>
        <translation>no es base64 válido</translation>
    </message>
    <message>
        <source>must hold one routine, not %1</source>
        <translation>debe contener una sola rutina, no %1</translation>
    </message>
    <message>
        <source>exercise %1: its picture %2 is not in the file</source>
        <translation>ejercicio %1: su imagen %2 no está en el archivo</translation>
    </message>
    <message>
        <source>picture %1 is used by no exercise and is left out</source>
        <translation>ningún ejercicio usa la imagen %1, así que se omite</translation>
    </message>
    <message>
        <source>%1 is not a plain picture file name</source>
        <translation>%1 no es un nombre de archivo de imagen simple</translation>
    </message>
    <message>
        <source>%1 is not a PNG, JPEG or SVG file name</source>
        <translation>%1 no es un nombre de archivo PNG, JPEG ni SVG</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>is not a PNG picture</source>
        <translation>no es una imagen PNG</translation>
    </message>
    <message>
        <source>is not a JPEG picture</source>
        <translation>no es una imagen JPEG</translation>
    </message>
    <message>
        <source>is not an SVG picture</source>
        <translation>no es una imagen SVG</translation>
    </message>
    <message>
        <source>declares a DTD or entities, which are not allowed</source>
        <translation>declara una DTD o entidades, que no están permitidas</translation>
    </message>
    <message>
        <source>must be a number of seconds, not %1</source>
        <translation>debe ser un número de segundos, no %1</translation>
    </message>
    <message>
        <source>must name a file beside %1, not %2</source>
        <translation>debe indicar un archivo junto a %1, no %2</translation>
    </message>
    <message>
        <source>%1: picture %2 is not beside the file; imported without it</source>
        <translation>%1: la imagen %2 no está junto al archivo; se importa sin ella</translation>
    </message>
    <message>
        <source>exercise %1 (%2)</source>
        <translation>ejercicio %1 (%2)</translation>
    </message>
    <message>
        <source>%1: &lt;%2&gt; is not used</source>
        <translation>%1: &lt;%2&gt; no se usa</translation>
    </message>
    <message>
        <source>must appear once</source>
        <translation>debe aparecer una sola vez</translation>
    </message>
    <message>
        <source>must be an &lt;image&gt;, not &lt;%1&gt;</source>
        <translation>debe ser un elemento &lt;image&gt;, no &lt;%1&gt;</translation>
    </message>
    <message>
        <source>must be yes or no, not %1</source>
        <translation>debe ser yes o no, no %1</translation>
    </message>
    <message>
        <source>missing (and no frame has a duration)</source>
        <translation>falta (y ningún fotograma tiene duración)</translation>
    </message>
    <message>
        <source>%1: picture %2 is not a %3 like the first; left out</source>
        <translation>%1: la imagen %2 no es un archivo %3 como la primera; se omite</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>no es texto UTF-8</translation>
    </message>
    <message>
        <source>invalid XML at line %1, column %2: %3</source>
        <translation>XML no válido en la línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>the root must be &lt;exercises&gt;, not &lt;%1&gt;</source>
        <translation>la raíz debe ser &lt;exercises&gt;, no &lt;%1&gt;</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is not an exercise and is not used</source>
        <translation>&lt;%1&gt; no es un ejercicio y no se usa</translation>
    </message>
    <message>
        <source>the file holds no &lt;exercise&gt;</source>
        <translation>el archivo no contiene ningún &lt;exercise&gt;</translation>
    </message>
    <message>
        <source>%1: %2: field &apos;%3&apos;: %4</source>
        <translation>%1: %2: campo &apos;%3&apos;: %4</translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos;: %3</source>
        <translation>%1: campo &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a directory</source>
        <translation>una carpeta</translation>
    </message>
    <message>
        <source>a FIFO</source>
        <translation>una FIFO (tubería con nombre)</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>un dispositivo de caracteres</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>un dispositivo de bloques</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>not a plain file</source>
        <translation>algo que no es un archivo normal</translation>
    </message>
    <message>
        <source>is not a regular file (it is %1); only plain files are read</source>
        <translation>no es un archivo normal (es %1); solo se leen archivos normales</translation>
    </message>
    <message>
        <source>is too large (%1); files over %2 are not read</source>
        <translation>es demasiado grande (%1); no se leen archivos de más de %2</translation>
    </message>
    <message>
        <source>cannot be read: it is not UTF-8 text (byte %1)</source>
        <translation>no se puede leer: no es texto UTF-8 (byte %1)</translation>
    </message>
    <message>
        <source>invalid JSON: nested more than %1 levels deep</source>
        <translation>JSON no válido: anidado en más de %1 niveles</translation>
    </message>
    <message>
        <source>is larger than 1 MB, the most an SVG picture may be</source>
        <translation>ocupa más de 1 MB, el máximo para una imagen SVG</translation>
    </message>
    <message>
        <source>is not an SVG picture that can be drawn</source>
        <translation>no es una imagen SVG que se pueda dibujar</translation>
    </message>
    <message>
        <source>holds no picture that can be read</source>
        <translation>no contiene ninguna imagen que se pueda leer</translation>
    </message>
    <message>
        <source>is too large (%1 × %2 pixels)</source>
        <translation>es demasiado grande (%1 × %2 píxeles)</translation>
    </message>
    <message>
        <source>holds no picture that can be read (%1)</source>
        <translation>no contiene ninguna imagen que se pueda leer (%1)</translation>
    </message>
    <message>
        <source>%1: larger than %2 bytes; not read</source>
        <translation>%1: ocupa más de %2 bytes; no se lee</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: no se puede leer (%2)</translation>
    </message>
    <message>
        <source>%1: invalid JSON at line %2, column %3</source>
        <translation>%1: JSON no válido en la línea %2, columna %3</translation>
    </message>
</context>
<context>
    <name>ProblemsNote</name>
    <message>
        <source>History records left out</source>
        <translation>Registros del historial omitidos</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in the history could not be read and are left out of what is shown.</source>
        <translation>
            <numerusform>%n registro del historial no se pudo leer y se omite de lo que se muestra.</numerusform>
            <numerusform>%n registros del historial no se pudieron leer y se omiten de lo que se muestra.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderStatusTexts</name>
    <message>
        <source>every day</source>
        <translation>todos los días</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Time away from the keyboard</source>
        <translation>Tiempo lejos del teclado</translation>
    </message>
    <message>
        <source>Full-screen windows</source>
        <translation>Ventanas a pantalla completa</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>No molestar</translation>
    </message>
    <message>
        <source>Screen lock</source>
        <translation>Bloqueo de pantalla</translation>
    </message>
    <message>
        <source>Not known (reminders are off)</source>
        <translation>Desconocido (los recordatorios están desactivados)</translation>
    </message>
    <message>
        <source>Available, through %1</source>
        <translation>Disponible, mediante %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Unavailable: %1</source>
        <translation>No disponible: %1</translation>
    </message>
    <message>
        <source>A reminder is waiting: a full-screen window is in front.</source>
        <translation>Hay un recordatorio en espera: hay una ventana a pantalla completa delante.</translation>
    </message>
    <message>
        <source>A reminder is waiting: do not disturb is on.</source>
        <translation>Hay un recordatorio en espera: No molestar está activado.</translation>
    </message>
    <message>
        <source>A reminder is waiting: the screen is locked.</source>
        <translation>Hay un recordatorio en espera: la pantalla está bloqueada.</translation>
    </message>
    <message>
        <source>A reminder is waiting for you to come back.</source>
        <translation>Hay un recordatorio esperando a que vuelvas.</translation>
    </message>
    <message>
        <source>A reminder is due; looking at the desktop first.</source>
        <translation>Es hora de un recordatorio; primero se comprueba el escritorio.</translation>
    </message>
</context>
<context>
    <name>ReminderTexts</name>
    <message>
        <source>Keep your streak going</source>
        <translation>Mantén tu racha</translation>
    </message>
    <message>
        <source>Time for a break</source>
        <translation>Hora de un descanso</translation>
    </message>
    <message>
        <source>Time to stretch</source>
        <translation>Hora de estirarse</translation>
    </message>
    <message>
        <source>Pick a routine when you are ready.</source>
        <translation>Elige una rutina cuando quieras.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>In 10 minutes</source>
        <translation>En 10 minutos</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
</context>
<context>
    <name>ReminderWindow</name>
    <message>
        <source>StretchTimer reminder</source>
        <translation>Recordatorio de StretchTimer</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>Remind me later</source>
        <translation>Recordármelo más tarde</translation>
    </message>
    <message numerus="yes">
        <source>In %n minute(s)</source>
        <translation>
            <numerusform>En %n minuto</numerusform>
            <numerusform>En %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
</context>
<context>
    <name>ReminderWords</name>
    <message numerus="yes">
        <source>Your %n-day streak ends at %1 unless you stretch today.</source>
        <translation>
            <numerusform>Tu racha de %n día termina a las %1 si no te estiras hoy.</numerusform>
            <numerusform>Tu racha de %n días termina a las %1 si no te estiras hoy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have been at the computer for %n minute(s).</source>
        <translation>
            <numerusform>Llevas %n minuto frente al equipo.</numerusform>
            <numerusform>Llevas %n minutos frente al equipo.</numerusform>
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
        <translation>Recordarme que me &amp;estire</translation>
    </message>
    <message>
        <source>Daily reminders</source>
        <translation>Recordatorios diarios</translation>
    </message>
    <message>
        <source>Time of the new reminder</source>
        <translation>Hora del nuevo recordatorio</translation>
    </message>
    <message>
        <source>Routine of the new reminder</source>
        <translation>Rutina del nuevo recordatorio</translation>
    </message>
    <message>
        <source>When practice is already done</source>
        <translation>Cuando ya has practicado</translation>
    </message>
    <message>
        <source>Remind me even if I practised today</source>
        <translation>Recordármelo aunque ya haya practicado hoy</translation>
    </message>
    <message>
        <source>Not if this routine is done today</source>
        <translation>No si esta rutina ya está hecha hoy</translation>
    </message>
    <message>
        <source>Not if any routine is done today</source>
        <translation>No si alguna rutina ya está hecha hoy</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Agregar</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Q&amp;uitar</translation>
    </message>
    <message>
        <source>Suggest a &amp;break after</source>
        <translation>Sugerir una &amp;pausa tras</translation>
    </message>
    <message>
        <source> min at the computer</source>
        <translation> min frente al equipo</translation>
    </message>
    <message>
        <source>Minutes of active time</source>
        <translation>Minutos de tiempo activo</translation>
    </message>
    <message>
        <source>Routine for the break</source>
        <translation>Rutina para la pausa</translation>
    </message>
    <message>
        <source> min away counts as a break</source>
        <translation> min fuera cuentan como pausa</translation>
    </message>
    <message>
        <source>Time away that counts as a break</source>
        <translation>Tiempo fuera que cuenta como pausa</translation>
    </message>
    <message>
        <source>Break after active time</source>
        <translation>Pausa tras el tiempo activo</translation>
    </message>
    <message>
        <source>Only within &amp;working hours</source>
        <translation>Solo en horario de &amp;trabajo</translation>
    </message>
    <message>
        <source>Working hours (for the break after active time)</source>
        <translation>Horario de trabajo (para la pausa tras el tiempo activo)</translation>
    </message>
    <message>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>until</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>In the &amp;evening, remind me when my streak would end</source>
        <translation>Por la &amp;noche, recordarme cuándo terminaría mi racha</translation>
    </message>
    <message>
        <source>Time of the streak reminder</source>
        <translation>Hora del recordatorio de la racha</translation>
    </message>
    <message>
        <source>Re&amp;sume now</source>
        <translation>Reanu&amp;dar ahora</translation>
    </message>
    <message>
        <source>What this desktop tells StretchTimer</source>
        <translation>Lo que este escritorio le dice a StretchTimer</translation>
    </message>
    <message>
        <source>Let me choose a routine</source>
        <translation>Dejarme elegir una rutina</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (no encontrada)</translation>
    </message>
    <message>
        <source>a routine of my choice</source>
        <translation>una rutina a mi elección</translation>
    </message>
    <message>
        <source>Reminders are paused until %1.</source>
        <translation>Los recordatorios están en pausa hasta %1.</translation>
    </message>
</context>
<context>
    <name>RoutineActions</name>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Se eliminó «%1».</translation>
    </message>
    <message>
        <source>“%1” is back.</source>
        <translation>«%1» ha vuelto.</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>Se importó %1.</translation>
    </message>
    <message>
        <source>Nothing imported. The file has these problems: %1</source>
        <translation>No se importó nada. El archivo tiene estos problemas: %1</translation>
    </message>
    <message>
        <source>Not deleted: its file also holds exercises that %1 uses.</source>
        <translation>No se eliminó: su archivo también contiene ejercicios que usa %1.</translation>
    </message>
    <message>
        <source>Not put back: a new file took its name, %1. The deleted one is in %2.</source>
        <translation>No se restauró: un archivo nuevo ocupó su nombre, %1. El eliminado está en %2.</translation>
    </message>
    <message>
        <source>Could not finish (%1): %2</source>
        <translation>No se pudo terminar (%1): %2</translation>
    </message>
</context>
<context>
    <name>RoutineCard</name>
    <message>
        <source>Look at %1 before you start (Enter)</source>
        <translation>Ver %1 antes de empezar (Intro)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Aún no hecha</translation>
    </message>
    <message>
        <source>Unpin %1</source>
        <translation>Desfijar %1</translation>
    </message>
    <message>
        <source>Pin %1 to the top</source>
        <translation>Fijar %1 arriba</translation>
    </message>
    <message>
        <source>Unpin (P)</source>
        <translation>Desfijar (P)</translation>
    </message>
    <message>
        <source>Pin to the top of the list (P)</source>
        <translation>Fijar arriba de la lista (P)</translation>
    </message>
    <message>
        <source>%1, %2. %3 %4. Press Enter to look at it and start.</source>
        <translation>%1, %2. %3 %4. Pulsa Intro para verla y empezar.</translation>
    </message>
    <message>
        <source>Pinned. %1</source>
        <translation>Fijada. %1</translation>
    </message>
    <message>
        <source>Actions for %1</source>
        <translation>Acciones para %1</translation>
    </message>
    <message>
        <source>Pin, edit, copy or delete (Shift+F10)</source>
        <translation>Fijar, editar, copiar o eliminar (Mayús+F10)</translation>
    </message>
</context>
<context>
    <name>RoutineForm</name>
    <message>
        <source>Routine name</source>
        <translation>Nombre de la rutina</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Warm-up seconds</source>
        <translation>Segundos de calentamiento</translation>
    </message>
    <message>
        <source>Breaths before</source>
        <translation>Respiraciones antes</translation>
    </message>
    <message>
        <source>Breaths after</source>
        <translation>Respiraciones después</translation>
    </message>
    <message>
        <source>Get-ready seconds</source>
        <translation>Segundos de preparación</translation>
    </message>
    <message>
        <source>Switch-sides seconds</source>
        <translation>Segundos para cambiar de lado</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>N&amp;ombre</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>Des&amp;cripción</translation>
    </message>
    <message>
        <source>&amp;Warm-up</source>
        <translation>Calen&amp;tamiento</translation>
    </message>
    <message>
        <source>Breaths &amp;before</source>
        <translation>Respiraciones al empe&amp;zar</translation>
    </message>
    <message>
        <source>Breaths &amp;after</source>
        <translation>Respiraciones al fina&amp;l</translation>
    </message>
    <message>
        <source>&amp;Get ready</source>
        <translation>Prep&amp;aración</translation>
    </message>
    <message>
        <source>S&amp;witch sides</source>
        <translation>Cam&amp;bio de lado</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Move with the breath — left side</source>
        <translation>Muévete con la respiración — lado izquierdo</translation>
    </message>
    <message>
        <source>Hold — left side</source>
        <translation>Mantén — lado izquierdo</translation>
    </message>
    <message>
        <source>Move with the breath — right side</source>
        <translation>Muévete con la respiración — lado derecho</translation>
    </message>
    <message>
        <source>Hold — right side</source>
        <translation>Mantén — lado derecho</translation>
    </message>
    <message>
        <source>Move with the breath</source>
        <translation>Muévete con la respiración</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantén</translation>
    </message>
    <message>
        <source>Warm up</source>
        <translation>Calentamiento</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation>Respira</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Prepárate</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Cambia de lado</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Rep %1 of %2 done</source>
        <translation>Repetición %1 de %2 hecha</translation>
    </message>
    <message>
        <source>Rep %1 of %2</source>
        <translation>Repetición %1 de %2</translation>
    </message>
    <message>
        <source>March gently on the spot, roll your shoulders and circle your arms.</source>
        <translation>Marcha suavemente en el sitio, gira los hombros y haz círculos con los brazos.</translation>
    </message>
    <message>
        <source>Breathe in through your nose and let each breath out be long and slow.</source>
        <translation>Toma aire por la nariz y deja que cada exhalación sea larga y lenta.</translation>
    </message>
    <message>
        <source>Come out slowly and set up the same stretch on the other side.</source>
        <translation>Sal despacio y prepara el mismo estiramiento del otro lado.</translation>
    </message>
    <message>
        <source>Relax, shake out gently and breathe.</source>
        <translation>Relájate, sacúdete con suavidad y respira.</translation>
    </message>
    <message>
        <source>Get into position slowly. Start with your left side.</source>
        <translation>Colócate en posición despacio. Empieza por el lado izquierdo.</translation>
    </message>
    <message>
        <source>Get into position slowly. Start with your right side.</source>
        <translation>Colócate en posición despacio. Empieza por el lado derecho.</translation>
    </message>
    <message>
        <source>Get into position slowly.</source>
        <translation>Colócate en posición despacio.</translation>
    </message>
    <message>
        <source>Well done.</source>
        <translation>Bien hecho.</translation>
    </message>
    <message>
        <source>floor</source>
        <translation>suelo</translation>
    </message>
    <message>
        <source>seated</source>
        <translation>sentado</translation>
    </message>
    <message>
        <source>standing</source>
        <translation>de pie</translation>
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
        <translation>Este es el último paso.</translation>
    </message>
    <message>
        <source>Next: a few slow breaths</source>
        <translation>A continuación: unas cuantas respiraciones lentas</translation>
    </message>
    <message>
        <source>Next: a few slow breaths to finish</source>
        <translation>A continuación: unas cuantas respiraciones lentas para terminar</translation>
    </message>
    <message>
        <source>Next: the left side</source>
        <translation>A continuación: el lado izquierdo</translation>
    </message>
    <message>
        <source>Next: the right side</source>
        <translation>A continuación: el lado derecho</translation>
    </message>
    <message>
        <source>Next: a short rest, then rep %1 of %2</source>
        <translation>A continuación: un breve descanso y luego la repetición %1 de %2</translation>
    </message>
    <message>
        <source>Next: rep %1 of %2, left side</source>
        <translation>A continuación: repetición %1 de %2, lado izquierdo</translation>
    </message>
    <message>
        <source>Next: rep %1 of %2, right side</source>
        <translation>A continuación: repetición %1 de %2, lado derecho</translation>
    </message>
    <message>
        <source>Next: rep %1 of %2</source>
        <translation>A continuación: repetición %1 de %2</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>A continuación: %1</translation>
    </message>
    <message>
        <source>Next: move with the breath for %1</source>
        <translation>A continuación: muévete con la respiración durante %1</translation>
    </message>
    <message>
        <source>Next: hold for %1 s on the left side</source>
        <translation>A continuación: mantén %1 s del lado izquierdo</translation>
    </message>
    <message>
        <source>Next: hold for %1 s on the right side</source>
        <translation>A continuación: mantén %1 s del lado derecho</translation>
    </message>
    <message>
        <source>Next: hold for %1 s</source>
        <translation>A continuación: mantén %1 s</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 s per side</source>
        <translation>%1 · %2 s por lado</translation>
    </message>
    <message>
        <source>%1 · %2 s</source>
        <translation>%1 · %2 s</translation>
    </message>
    <message>
        <source>%1 · %2 s × %3 per side</source>
        <translation>%1 · %2 s × %3 por lado</translation>
    </message>
    <message>
        <source>%1 · %2 s × %3</source>
        <translation>%1 · %2 s × %3</translation>
    </message>
    <message>
        <source>%1, moving with the breath</source>
        <translation>%1, moviéndote con la respiración</translation>
    </message>
    <message>
        <source>%1 s per side</source>
        <translation>%1 s por lado</translation>
    </message>
    <message>
        <source>%1 s × %2 per side</source>
        <translation>%1 s × %2 por lado</translation>
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
        <translation>◀ Atrás</translation>
    </message>
    <message>
        <source>Back (←): restart this step, or go to the previous one</source>
        <translation>Atrás (←): reinicia este paso o vuelve al anterior</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Pause or resume (Space)</source>
        <translation>Pausar o reanudar (Espacio)</translation>
    </message>
    <message>
        <source>Skip ▶</source>
        <translation>Omitir ▶</translation>
    </message>
    <message>
        <source>Skip this step (→); Shift+→ skips the exercise</source>
        <translation>Omitir este paso (→); Mayús+→ omite el ejercicio</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>+10 s</source>
        <translation>+10 s</translation>
    </message>
    <message>
        <source>Add 10 seconds (+)</source>
        <translation>Agregar 10 segundos (+)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop the session (Esc)</source>
        <translation>Detener la sesión (Esc)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message>
        <source>Recent sessions</source>
        <translation>Sesiones recientes</translation>
    </message>
    <message>
        <source>Press Delete to remove the chosen session</source>
        <translation>Pulsa Supr para quitar la sesión elegida</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Eliminar sesión</translation>
    </message>
    <message>
        <source>Remove the chosen session (Del); you can undo it</source>
        <translation>Quitar la sesión elegida (Supr); puedes deshacerlo</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Put the session back (Ctrl+Z)</source>
        <translation>Recuperar la sesión (Ctrl+Z)</translation>
    </message>
    <message>
        <source>No sessions yet. Every session you start is listed here, with its minutes.</source>
        <translation>Aún no hay sesiones. Cada sesión que empiezas aparece aquí, con sus minutos.</translation>
    </message>
    <message>
        <source>A session still in progress cannot be deleted.</source>
        <translation>Una sesión que sigue en curso no se puede eliminar.</translation>
    </message>
    <message>
        <source>Deleted %1 of %2.</source>
        <translation>Se eliminó la sesión %1 del %2.</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Routine progress</source>
        <translation>Progreso de la rutina</translation>
    </message>
    <message>
        <source>Time left in the routine</source>
        <translation>Tiempo restante de la rutina</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Repetition</source>
        <translation>Repetición</translation>
    </message>
    <message>
        <source>Before you start: how stiff or sore do you feel? Press 0 to 10, or Esc to start without answering.</source>
        <translation>Antes de empezar: ¿cuánta rigidez o dolor sientes? Pulsa del 0 al 10, o Esc para empezar sin responder.</translation>
    </message>
    <message>
        <source>Start without answering</source>
        <translation>Empezar sin responder</translation>
    </message>
    <message>
        <source>Next up</source>
        <translation>A continuación</translation>
    </message>
    <message>
        <source>Session notice</source>
        <translation>Aviso de la sesión</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Quedan %1</translation>
    </message>
    <message>
        <source>First: %1 of gentle warm-up</source>
        <translation>Primero: %1 de calentamiento suave</translation>
    </message>
    <message>
        <source>First: a few slow breaths</source>
        <translation>Primero: unas cuantas respiraciones lentas</translation>
    </message>
    <message>
        <source>First: %1</source>
        <translation>Primero: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Stiffness</source>
        <translation>Rigidez</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;Reminders</source>
        <translation>&amp;Recordatorios</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>&amp;Volume</source>
        <translation>&amp;Volumen</translation>
    </message>
    <message>
        <source>&amp;Mute all sounds</source>
        <translation>&amp;Silenciar todos los sonidos</translation>
    </message>
    <message>
        <source>&amp;Ticks in the last three seconds</source>
        <translation>&amp;Tictac en los últimos tres segundos</translation>
    </message>
    <message>
        <source>Soft tones when the &amp;breath turns</source>
        <translation>Tonos suaves al cam&amp;biar la respiración</translation>
    </message>
    <message>
        <source>Spoken &amp;prompts (exercise names, switch sides, rest)</source>
        <translation>Indicaciones &amp;habladas (nombres de ejercicios, cambio de lado, descanso)</translation>
    </message>
    <message>
        <source>Spoken &amp;countdown (three, two, one)</source>
        <translation>&amp;Cuenta atrás hablada (tres, dos, uno)</translation>
    </message>
    <message>
        <source>Test &amp;sound</source>
        <translation>&amp;Probar el sonido</translation>
    </message>
    <message>
        <source>Play the hold tone at this volume</source>
        <translation>Reproducir el tono de mantener a este volumen</translation>
    </message>
    <message>
        <source>Test voic&amp;e</source>
        <translation>Probar la vo&amp;z</translation>
    </message>
    <message>
        <source>Say a prompt the way a session would</source>
        <translation>Decir una indicación como lo haría una sesión</translation>
    </message>
    <message>
        <source>Sound test result</source>
        <translation>Resultado de la prueba de sonido</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Sonido</translation>
    </message>
    <message>
        <source>Breathe in for</source>
        <translation>Tomar aire durante</translation>
    </message>
    <message>
        <source>Breathe out for</source>
        <translation>Soltar el aire durante</translation>
    </message>
    <message>
        <source>Breathing and motion</source>
        <translation>Respiración y movimiento</translation>
    </message>
    <message>
        <source>Breathe &amp;in for</source>
        <translation>Tomar a&amp;ire durante</translation>
    </message>
    <message>
        <source>Breathe &amp;out for</source>
        <translation>Soltar el air&amp;e durante</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Light or dar&amp;k</source>
        <translation>Claro u &amp;oscuro</translation>
    </message>
    <message>
        <source> days a week</source>
        <translation> días por semana</translation>
    </message>
    <message>
        <source>Weekly goal</source>
        <translation>Meta semanal</translation>
    </message>
    <message>
        <source>A new day starts at</source>
        <translation>Un nuevo día empieza a las</translation>
    </message>
    <message>
        <source>A session before this hour counts for the day before, so a late-night stretch keeps your streak.</source>
        <translation>Una sesión antes de esta hora cuenta para el día anterior, así que un estiramiento a altas horas de la noche mantiene tu racha.</translation>
    </message>
    <message>
        <source>Show the safety &amp;notice on the routine list</source>
        <translation>&amp;Mostrar el aviso de seguridad en la lista de rutinas</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <source>&amp;Weekly goal</source>
        <translation>Meta sema&amp;nal</translation>
    </message>
    <message>
        <source>A new &amp;day starts at</source>
        <translation>Un nuevo &amp;día empieza a las</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Sound is not available in this session, so cues are silent.</source>
        <translation>El sonido no está disponible en esta sesión, así que las señales quedan en silencio.</translation>
    </message>
    <message>
        <source>Playing the hold tone at %1 %.</source>
        <translation>Reproduciendo el tono de mantener al %1 %.</translation>
    </message>
    <message>
        <source>No sound could be played. Check that speakers or headphones are connected and turned up.</source>
        <translation>No se pudo reproducir ningún sonido. Comprueba que haya altavoces o auriculares conectados y con volumen.</translation>
    </message>
    <message>
        <source>Switch sides.</source>
        <translation>Cambia de lado.</translation>
    </message>
    <message>
        <source>Saying a prompt now.</source>
        <translation>Diciendo una indicación ahora.</translation>
    </message>
    <message>
        <source>No voice is available on this computer, so spoken prompts stay silent. Installing a text-to-speech voice (speech-dispatcher on Linux) adds one.</source>
        <translation>No hay ninguna voz disponible en este equipo, así que las indicaciones habladas quedan en silencio. Instalar una voz de síntesis de habla (speech-dispatcher en Linux) agrega una.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>StretchTimer speaks the new language when it next starts.</source>
        <translation>StretchTimer hablará el nuevo idioma la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>Idioma de la inter&amp;faz</translation>
    </message>
    <message>
        <source>No %1 voice is installed on this computer, so spoken prompts stay silent. Installing a text-to-speech voice for %1 (speech-dispatcher with espeak-ng on Linux) adds one.</source>
        <translation>No hay ninguna voz en %1 instalada en este ordenador, así que los avisos hablados se quedan en silencio. Instalar una voz de texto a voz para %1 (speech-dispatcher con espeak-ng en Linux) añade una.</translation>
    </message>
    <message>
        <source>Red&amp;uce motion: a still ring and breathing circle, cues without a pulse</source>
        <translation>Red&amp;ucir el movimiento: anillo y círculo de respiración quietos, avisos sin pulso</translation>
    </message>
    <message>
        <source>The countdown ring does not sweep and the breathing circle does not grow (a thin bar fills instead); a cue lights the ring for a moment, without a pulse.</source>
        <translation>El anillo de la cuenta atrás no gira y el círculo de respiración no crece (en su lugar se llena una barra fina); un aviso ilumina el anillo un momento, sin pulso.</translation>
    </message>
    <message>
        <source>General settings</source>
        <translation>Configuración general</translation>
    </message>
    <message>
        <source>Reminder settings</source>
        <translation>Configuración de los recordatorios</translation>
    </message>
</context>
<context>
    <name>SettingsFileWatcher</name>
    <message>
        <source>The settings file changed: %1. The rest was used.</source>
        <translation>El archivo de configuración cambió: %1. Se usó el resto.</translation>
    </message>
    <message>
        <source>The settings file changed: %1. The settings in use were kept.</source>
        <translation>El archivo de configuración cambió: %1. Se mantuvo la configuración en uso.</translation>
    </message>
</context>
<context>
    <name>SettingsModel</name>
    <message>
        <source>Your settings could not be saved to %1 (%2).</source>
        <translation>No se pudo guardar tu configuración en %1 (%2).</translation>
    </message>
</context>
<context>
    <name>SignalPort</name>
    <message>
        <source>the answer %1 was not understood</source>
        <translation>no se entendió la respuesta %1</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>StretchTimer is already running with this data folder%1 but does not answer. Close it, or start with another --data-dir.</source>
        <translation>StretchTimer ya está en marcha con esta carpeta de datos%1, pero no responde. Ciérralo o inicia con otro --data-dir.</translation>
    </message>
    <message>
        <source>Another StretchTimer could be opened on the same data folder, because the lock file %1 cannot be created.</source>
        <translation>Se podría abrir otro StretchTimer sobre la misma carpeta de datos, porque no se puede crear el archivo de bloqueo %1.</translation>
    </message>
    <message>
        <source>A second launch cannot reach this StretchTimer (%1), so it will say StretchTimer does not answer.</source>
        <translation>Un segundo inicio no puede comunicarse con este StretchTimer (%1), así que dirá que StretchTimer no responde.</translation>
    </message>
</context>
<context>
    <name>StatsWords</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (today done)</source>
        <translation>%1 (hoy hecho)</translation>
    </message>
    <message>
        <source>%1 (stretch today to keep it going)</source>
        <translation>%1 (estira hoy para mantenerla)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n day(s)</source>
        <translation>
            <numerusform>%1 de %n día</numerusform>
            <numerusform>%1 de %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (goal met)</source>
        <translation>%1 (meta cumplida)</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) in a row (longest %1)</source>
        <translation>
            <numerusform>%n semana seguida (la más larga: %1)</numerusform>
            <numerusform>%n semanas seguidas (la más larga: %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Current streak</source>
        <translation>Racha actual</translation>
    </message>
    <message>
        <source>Longest streak</source>
        <translation>Racha más larga</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Weekly goal met</source>
        <translation>Meta semanal cumplida</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Minutes stretched</source>
        <translation>Minutos de estiramiento</translation>
    </message>
    <message>
        <source>Stiffness</source>
        <translation>Rigidez</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Favourite routines</source>
        <translation>Rutinas favoritas</translation>
    </message>
    <message>
        <source>%1 before</source>
        <translation>%1 antes</translation>
    </message>
    <message>
        <source>%1 after</source>
        <translation>%1 después</translation>
    </message>
    <message>
        <source>%1 (0-10, average)</source>
        <translation>%1 (0–10, media)</translation>
    </message>
    <message>
        <source>%1; %2 per session</source>
        <translation>%1; %2 por sesión</translation>
    </message>
</context>
<context>
    <name>StepsEditor</name>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Add ste&amp;p</source>
        <translation>&amp;Agregar paso</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Quitar paso</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the step up (Alt+Up)</source>
        <translation>Subir el paso (Alt+Flecha arriba)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the step down (Alt+Down)</source>
        <translation>Bajar el paso (Alt+Flecha abajo)</translation>
    </message>
</context>
<context>
    <name>StiffnessChart</name>
    <message>
        <source>Stiffness before and after sessions</source>
        <translation>Rigidez antes y después de las sesiones</translation>
    </message>
    <message>
        <source>Rate how stiff you feel before and after a session to see the trend here.</source>
        <translation>Valora tu rigidez antes y después de una sesión para ver aquí la tendencia.</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>%1: stiffness %2 before, %3 after</source>
        <translation>%1: rigidez %2 antes, %3 después</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>Streak</source>
        <translation>Racha</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Days done this week</source>
        <translation>Días hechos esta semana</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Stiffness</source>
        <translation>Rigidez</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Stretched</source>
        <translation>Estirado</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Exercises done</source>
        <translation>Ejercicios hechos</translation>
    </message>
    <message>
        <source>How stiff or sore do you feel now? Press 0 to 10, or Esc to skip.</source>
        <translation>¿Cuánta rigidez o dolor sientes ahora? Pulsa del 0 al 10, o Esc para omitir.</translation>
    </message>
    <message>
        <source>See history</source>
        <translation>Ver el historial</translation>
    </message>
    <message>
        <source>Your streak and progress (Ctrl+H)</source>
        <translation>Tu racha y tu progreso (Ctrl+H)</translation>
    </message>
    <message>
        <source>Back to routines</source>
        <translation>Volver a las rutinas</translation>
    </message>
    <message>
        <source>Back to the routine list (Enter)</source>
        <translation>Volver a la lista de rutinas (Intro)</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>¡Bien hecho!</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>Sesión detenida</translation>
    </message>
    <message>
        <source>%1: %2 in all, %3 of stretching. %4 of %5 exercises completed.</source>
        <translation>%1: %2 en total, %3 de estiramiento. %4 de %5 ejercicios completados.</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completado</translation>
    </message>
    <message>
        <source>partly done</source>
        <translation>hecho en parte</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>no alcanzado</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Saved: %1 out of 10.</source>
        <translation>Guardado: %1 de 10.</translation>
    </message>
    <message>
        <source>Session finished. %1</source>
        <translation>Sesión terminada. %1</translation>
    </message>
    <message>
        <source>Session stopped. %1</source>
        <translation>Sesión detenida. %1</translation>
    </message>
</context>
<context>
    <name>SummaryWords</name>
    <message>
        <source>No streak today yet</source>
        <translation>Aún no hay racha hoy</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in a row</source>
        <translation>
            <numerusform>%n día seguido</numerusform>
            <numerusform>%n días seguidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Today starts a new streak.</source>
        <translation>Hoy empieza una nueva racha.</translation>
    </message>
    <message>
        <source>Today added a day to your streak.</source>
        <translation>Hoy sumaste un día a tu racha.</translation>
    </message>
    <message>
        <source>Today already counted, so the streak stays as it was.</source>
        <translation>Hoy ya contaba, así que la racha se queda como estaba.</translation>
    </message>
    <message>
        <source>Today counts once you finish a routine or hold stretches for %1 minutes in all.</source>
        <translation>Hoy cuenta en cuanto termines una rutina o mantengas estiramientos durante %1 minutos en total.</translation>
    </message>
    <message>
        <source>%1 of %2 days</source>
        <translation>%1 de %2 días</translation>
    </message>
    <message>
        <source>This week&apos;s goal is reached!</source>
        <translation>¡Has alcanzado la meta de esta semana!</translation>
    </message>
    <message>
        <source>This week&apos;s goal was already reached.</source>
        <translation>La meta de esta semana ya estaba alcanzada.</translation>
    </message>
    <message numerus="yes">
        <source>%n more day(s) this week reach(es) your goal.</source>
        <translation>
            <numerusform>%n día más esta semana y alcanzas tu meta.</numerusform>
            <numerusform>%n días más esta semana y alcanzas tu meta.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>of stretching today</source>
        <translation>de estiramiento hoy</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Stiffness before and after: easier now.</source>
        <translation>Rigidez antes y después: ahora con más soltura.</translation>
    </message>
    <message>
        <source>Stiffness before and after: a little stiffer now; go gently.</source>
        <translation>Rigidez antes y después: ahora con algo más de rigidez; ve con suavidad.</translation>
    </message>
    <message>
        <source>Stiffness before and after: the same.</source>
        <translation>Rigidez antes y después: igual.</translation>
    </message>
    <message>
        <source>Stiffness before you started.</source>
        <translation>Rigidez antes de empezar.</translation>
    </message>
    <message>
        <source>Stiffness now.</source>
        <translation>Rigidez ahora.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in a row!</source>
        <translation>
            <numerusform>¡%n día seguido!</numerusform>
            <numerusform>¡%n días seguidos!</numerusform>
        </translation>
    </message>
    <message>
        <source>A whole week of stretching, every single day.</source>
        <translation>Una semana entera de estiramientos, todos los días.</translation>
    </message>
    <message>
        <source>A month of stretching every day. That is a habit now.</source>
        <translation>Un mes de estiramientos cada día. Eso ya es un hábito.</translation>
    </message>
    <message>
        <source>A hundred days in a row. Few people ever get here.</source>
        <translation>Cien días seguidos. Poca gente llega hasta aquí.</translation>
    </message>
    <message>
        <source>A streak to be proud of.</source>
        <translation>Una racha digna de orgullo.</translation>
    </message>
</context>
<context>
    <name>SyncSection</name>
    <message>
        <source>Your other computers</source>
        <translation>Tus otros equipos</translation>
    </message>
    <message>
        <source>&amp;Sync history through this folder</source>
        <translation>Sincronizar el historia&amp;l a través de esta carpeta</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Carpeta de sincronización</translation>
    </message>
    <message>
        <source>No folder chosen</source>
        <translation>No se eligió ninguna carpeta</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>E&amp;xaminar...</translation>
    </message>
    <message>
        <source>Each computer writes its own small files there and reads the others&apos;, so streaks and history are the same everywhere. The history file itself stays on this computer.</source>
        <translation>Cada equipo escribe ahí sus propios archivos pequeños y lee los de los demás, así que las rachas y el historial son iguales en todas partes. El archivo del historial en sí se queda en este equipo.</translation>
    </message>
    <message>
        <source>Not merged yet.</source>
        <translation>Aún no se ha fusionado.</translation>
    </message>
    <message numerus="yes">
        <source>Last merged %1; %n other computer(s) seen.</source>
        <translation>
            <numerusform>Última fusión: %1; se ha visto %n equipo más.</numerusform>
            <numerusform>Última fusión: %1; se han visto %n equipos más.</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder is not there now; sync goes on when it is back.</source>
        <translation>La carpeta no está ahora; la sincronización continúa cuando vuelva.</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <source>Choose the folder your sync engine shares</source>
        <translation>Elige la carpeta que comparte tu programa de sincronización</translation>
    </message>
    <message>
        <source>Your own routine files and pictures: %1 received, %2 sent.</source>
        <translation>Tus propios archivos de rutinas e imágenes: %1 recibidos, %2 enviados.</translation>
    </message>
    <message numerus="yes">
        <source>%n file version(s) changed on two computers kept as a copy; the latest: %1.</source>
        <translation>
            <numerusform>%n versión de archivo cambiada en dos ordenadores guardada como copia; la más reciente: %1.</numerusform>
            <numerusform>%n versiones de archivo cambiadas en dos ordenadores guardadas como copia; la más reciente: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message numerus="yes">
        <source>Sync: %1 (and %n more)</source>
        <translation>
            <numerusform>Sincronización: %1 (y %n más)</numerusform>
            <numerusform>Sincronización: %1 (y %n más)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>Sincronización: %1</translation>
    </message>
    <message>
        <source>%1 was changed on two computers. The newer version is used; the other is kept as %2.</source>
        <translation>%1 se cambió en dos ordenadores. Se usa la versión más reciente; la otra se guarda como %2.</translation>
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
        <translation>Este escritorio no muestra bandeja del sistema (en GNOME necesita la extensión AppIndicator), así que cerrar la ventana cierra StretchTimer, y los recordatorios solo pueden llegar mientras la ventana está abierta.</translation>
    </message>
    <message>
        <source>&amp;Open StretchTimer</source>
        <translation>&amp;Abrir StretchTimer</translation>
    </message>
    <message>
        <source>Start a &amp;routine</source>
        <translation>Empezar una &amp;rutina</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>&amp;Stop the session</source>
        <translation>&amp;Detener la sesión</translation>
    </message>
    <message>
        <source>Pause reminders for an &amp;hour</source>
        <translation>Pausar los recordatorios una &amp;hora</translation>
    </message>
    <message>
        <source>Pause reminders until &amp;tomorrow</source>
        <translation>Pausar los recordatorios hasta &amp;mañana</translation>
    </message>
    <message>
        <source>&amp;Quit StretchTimer</source>
        <translation>&amp;Salir de StretchTimer</translation>
    </message>
    <message>
        <source>All &amp;routines</source>
        <translation>Todas las &amp;rutinas</translation>
    </message>
    <message>
        <source>No reminders are set, so there is nothing to pause. Set them in Settings, Reminders.</source>
        <translation>No hay recordatorios configurados, así que no hay nada que pausar. Configúralos en Configuración, Recordatorios.</translation>
    </message>
    <message>
        <source>Days in a row: %1</source>
        <translation>Días seguidos: %1</translation>
    </message>
    <message>
        <source>Done today</source>
        <translation>Hecho hoy</translation>
    </message>
    <message>
        <source>Not done yet today</source>
        <translation>Aún no hecho hoy</translation>
    </message>
    <message>
        <source>Days this week: %1 of %2</source>
        <translation>Días esta semana: %1 de %2</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>Rea&amp;nudar</translation>
    </message>
    <message>
        <source>StretchTimer</source>
        <translation>StretchTimer</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>queda menos de un minuto</translation>
    </message>
    <message>
        <source>about %1 min left</source>
        <translation>quedan unos %1 min</translation>
    </message>
    <message>
        <source>StretchTimer, paused: %1</source>
        <translation>StretchTimer, en pausa: %1</translation>
    </message>
    <message>
        <source>StretchTimer, paused: %1, %2</source>
        <translation>StretchTimer, en pausa: %1, %2</translation>
    </message>
    <message>
        <source>StretchTimer: %1</source>
        <translation>StretchTimer: %1</translation>
    </message>
    <message>
        <source>StretchTimer: %1, %2</source>
        <translation>StretchTimer: %1, %2</translation>
    </message>
</context>
<context>
    <name>WeeklyMinutesChart</name>
    <message>
        <source>Minutes stretched per week</source>
        <translation>Minutos de estiramiento por semana</translation>
    </message>
    <message>
        <source>No stretching in these weeks yet.</source>
        <translation>Aún no hay estiramientos en estas semanas.</translation>
    </message>
    <message numerus="yes">
        <source>Week of %1: %2 min, %n day(s) counted</source>
        <translation>
            <numerusform>Semana del %1: %2 min, %n día contado</numerusform>
            <numerusform>Semana del %1: %2 min, %n días contados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkraveImport</name>
    <message>
        <source>Breathe slowly and evenly; never hold your breath.</source>
        <translation>Respira despacio y de forma regular; nunca contengas la respiración.</translation>
    </message>
    <message>
        <source>Move gently, within what is comfortable, and stop if anything hurts.</source>
        <translation>Muévete con suavidad, dentro de lo cómodo, y para si algo te duele.</translation>
    </message>
    <message>
        <source>Workrave exercises</source>
        <translation>Ejercicios de Workrave</translation>
    </message>
    <message>
        <source>The exercises of %1, imported from Workrave.</source>
        <translation>Los ejercicios de %1, importados de Workrave.</translation>
    </message>
</context>
</TS>
