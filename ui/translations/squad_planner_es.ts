<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../about.py" line="38"/>
        <source>version {0}</source>
        <translation>versión {0}</translation>
    </message>
    <message>
        <location filename="../about.py" line="39"/>
        <source>Plan lineups, minutes and rotation across a congested week, with readiness and load from past minutes.</source>
        <translation>Planifica alineaciones, minutos y rotaciones en una semana cargada de partidos, con la frescura y la carga calculadas a partir de los minutos jugados.</translation>
    </message>
    <message>
        <location filename="../about.py" line="41"/>
        <source>Free software under the MIT licence.</source>
        <translation>Software libre bajo la licencia MIT.</translation>
    </message>
    <message>
        <location filename="../about.py" line="42"/>
        <source>© 2026 Squad Planner contributors</source>
        <translation>© 2026 los colaboradores de Squad Planner</translation>
    </message>
    <message>
        <location filename="../about.py" line="43"/>
        <source>Running on:</source>
        <translation>Funciona con:</translation>
    </message>
    <message>
        <location filename="../about.py" line="51"/>
        <source>About Squad Planner</source>
        <translation>Acerca de Squad Planner</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../actions.py" line="38"/>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <location filename="../actions.py" line="40"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="42"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../actions.py" line="43"/>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="45"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="46"/>
        <source>Load players and past minutes from a spreadsheet (xlsx, xls, ods, csv)</source>
        <translation>Cargar jugadores y minutos jugados desde una hoja de cálculo (xlsx, xls, ods, csv)</translation>
    </message>
    <message>
        <location filename="../actions.py" line="49"/>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Exportar a Excel…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="51"/>
        <source>Write print-ready rotation sheets to an Excel workbook</source>
        <translation>Escribir las hojas de rotación, listas para imprimir, en un libro de Excel</translation>
    </message>
    <message>
        <location filename="../actions.py" line="54"/>
        <source>Export with &amp;players&apos; sheets…</source>
        <translation>Exportar con hojas para los &amp;jugadores…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="56"/>
        <source>The rotation workbook plus a large-type sheet per fixture for the dressing-room wall: XI, bench and substitutions, no readiness or medical status</source>
        <translation>El libro de rotaciones y, por partido, una hoja en letra grande para la pared del vestuario: once, banquillo y cambios, sin frescura ni estado médico</translation>
    </message>
    <message>
        <location filename="../actions.py" line="59"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../actions.py" line="61"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../actions.py" line="67"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../actions.py" line="68"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../actions.py" line="74"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location filename="../actions.py" line="76"/>
        <source>&amp;Find player</source>
        <translation>&amp;Buscar jugador</translation>
    </message>
    <message>
        <location filename="../actions.py" line="77"/>
        <source>Search the squad list by name or number</source>
        <translation>Buscar en la plantilla por nombre o dorsal</translation>
    </message>
    <message>
        <location filename="../actions.py" line="79"/>
        <source>Add &amp;player…</source>
        <translation>Añadir &amp;jugador…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="81"/>
        <source>&amp;Edit player…</source>
        <translation>&amp;Editar jugador…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="82"/>
        <source>Edit the player selected in the squad list</source>
        <translation>Editar el jugador seleccionado en la plantilla</translation>
    </message>
    <message>
        <location filename="../actions.py" line="85"/>
        <source>&amp;Remove player</source>
        <translation>&amp;Quitar jugador</translation>
    </message>
    <message>
        <location filename="../actions.py" line="87"/>
        <source>Add &amp;fixture…</source>
        <translation>Añadir &amp;partido…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="89"/>
        <source>Edit fi&amp;xture…</source>
        <translation>Editar pa&amp;rtido…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="90"/>
        <source>Date, kickoff, opponent, competition, venue, importance and formation</source>
        <translation>Fecha, hora, rival, competición, estadio, importancia y sistema</translation>
    </message>
    <message>
        <location filename="../actions.py" line="93"/>
        <source>Fixture r&amp;ules…</source>
        <translation>Re&amp;glas del partido…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="94"/>
        <source>Substitutions, windows, extra time, stoppage time and card bans of this fixture</source>
        <translation>Cambios, ventanas, prórroga, descuento y sanciones por tarjetas de este partido</translation>
    </message>
    <message>
        <location filename="../actions.py" line="97"/>
        <source>Remo&amp;ve fixture</source>
        <translation>Quitar par&amp;tido</translation>
    </message>
    <message>
        <location filename="../actions.py" line="100"/>
        <source>&amp;Match played…</source>
        <translation>Partido juga&amp;do…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="101"/>
        <source>Record what happened in this fixture: starters, substitutions, cards, injuries</source>
        <translation>Registrar lo que pasó en este partido: titulares, cambios, tarjetas, lesiones</translation>
    </message>
    <message>
        <location filename="../actions.py" line="104"/>
        <source>Re&amp;open fixture</source>
        <translation>Rea&amp;brir partido</translation>
    </message>
    <message>
        <location filename="../actions.py" line="105"/>
        <source>Make this played fixture planned again, to edit its lineup</source>
        <translation>Volver a planificar este partido jugado, para editar su alineación</translation>
    </message>
    <message>
        <location filename="../actions.py" line="108"/>
        <source>&amp;Next week…</source>
        <translation>Próxima se&amp;mana…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="109"/>
        <source>Add the next fixtures, a week after the last ones: dates, opponents, competitions</source>
        <translation>Añadir los próximos partidos, una semana después de los últimos: fechas, rivales, competiciones</translation>
    </message>
    <message>
        <location filename="../actions.py" line="112"/>
        <source>&amp;Copy lineup from…</source>
        <translation>&amp;Copiar alineación de…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="113"/>
        <source>Start this fixture from another one&apos;s lineup (a played one&apos;s XI and bench)</source>
        <translation>Empezar este partido con la alineación de otro (de uno jugado, su once y su banquillo)</translation>
    </message>
    <message>
        <location filename="../actions.py" line="116"/>
        <source>Mo&amp;del settings…</source>
        <translation>&amp;Ajustes del modelo…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="117"/>
        <source>Readiness thresholds and the fatigue model&apos;s parameters</source>
        <translation>Umbrales de frescura y parámetros del modelo de fatiga</translation>
    </message>
    <message>
        <location filename="../actions.py" line="120"/>
        <source>&amp;Training week…</source>
        <translation>Semana de e&amp;ntrenamiento…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="121"/>
        <source>The sessions planned between the fixtures, counted in readiness</source>
        <translation>Las sesiones previstas entre los partidos, contadas en la frescura</translation>
    </message>
    <message>
        <location filename="../actions.py" line="124"/>
        <source>&amp;Suggest rotation</source>
        <translation>&amp;Sugerir rotación</translation>
    </message>
    <message>
        <location filename="../actions.py" line="126"/>
        <source>Find the lineups that keep the best players fresh for the games that matter</source>
        <translation>Buscar las alineaciones que dejan frescos a los mejores para los partidos clave</translation>
    </message>
    <message>
        <location filename="../actions.py" line="129"/>
        <source>&amp;Restore layout</source>
        <translation>&amp;Restaurar paneles</translation>
    </message>
    <message>
        <location filename="../actions.py" line="130"/>
        <source>Put every panel back where it started</source>
        <translation>Devolver cada panel a su sitio inicial</translation>
    </message>
    <message>
        <location filename="../actions.py" line="132"/>
        <source>&amp;About Squad Planner</source>
        <translation>&amp;Acerca de Squad Planner</translation>
    </message>
    <message>
        <location filename="../actions.py" line="134"/>
        <source>Show &amp;played weeks</source>
        <translation>Mostrar semanas &amp;jugadas</translation>
    </message>
    <message>
        <location filename="../actions.py" line="135"/>
        <source>Show the tabs of past weeks&apos; played matches (readiness always counts them)</source>
        <translation>Mostrar las pestañas de los partidos jugados de semanas pasadas (la frescura siempre los cuenta)</translation>
    </message>
    <message>
        <location filename="../actions.py" line="139"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../actions.py" line="178"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../actions.py" line="187"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../actions.py" line="191"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../actions.py" line="199"/>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location filename="../actions.py" line="210"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../actions.py" line="213"/>
        <source>Main toolbar</source>
        <translation>Barra principal</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../app.py" line="114"/>
        <source>Could not open the plan</source>
        <translation>No se pudo abrir el plan</translation>
    </message>
    <message>
        <location filename="../app.py" line="115"/>
        <source>Opening the sample week instead.</source>
        <translation>Se abre la semana de ejemplo en su lugar.</translation>
    </message>
</context>
<context>
    <name>BenchView</name>
    <message>
        <location filename="../pitch/bench.py" line="31"/>
        <source>Bench</source>
        <translation>Banquillo</translation>
    </message>
    <message>
        <location filename="../pitch/bench.py" line="144"/>
        <source>over the limit</source>
        <translation>por encima del límite</translation>
    </message>
    <message>
        <location filename="../pitch/bench.py" line="182"/>
        <source>⚠ Bench {0}/{1}: {2} too many</source>
        <translation>⚠ Banquillo {0}/{1}: sobran {2}</translation>
    </message>
    <message>
        <location filename="../pitch/bench.py" line="183"/>
        <source>Bench {0}/{1}</source>
        <translation>Banquillo {0}/{1}</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <location filename="../pitch/facts.py" line="105"/>
        <source>Locked for the suggestion: {0}</source>
        <translation>Bloqueado para la sugerencia: {0}</translation>
    </message>
    <message>
        <location filename="../pitch/facts.py" line="161"/>
        <source>Positions: {0}</source>
        <translation>Posiciones: {0}</translation>
    </message>
    <message>
        <location filename="../pitch/facts.py" line="163"/>
        <source>Status: {0}</source>
        <translation>Estado: {0}</translation>
    </message>
    <message>
        <location filename="../pitch/facts.py" line="165"/>
        <source>Planned minutes: {0}&apos;</source>
        <translation>Minutos previstos: {0}&apos;</translation>
    </message>
    <message>
        <location filename="../pitch/facts.py" line="165"/>
        <source>Minutes played: {0}&apos;</source>
        <translation>Minutos jugados: {0}&apos;</translation>
    </message>
    <message>
        <location filename="../pitch/facts.py" line="168"/>
        <source>Readiness: not known yet</source>
        <translation>Frescura: aún sin datos</translation>
    </message>
    <message>
        <location filename="../pitch/facts.py" line="170"/>
        <source>Readiness: {0}/100</source>
        <translation>Frescura: {0}/100</translation>
    </message>
    <message>
        <location filename="../pitch/facts.py" line="196"/>
        <source>available</source>
        <translation>disponible</translation>
    </message>
    <message>
        <location filename="../pitch/facts.py" line="197"/>
        <source>doubtful</source>
        <translation>en duda</translation>
    </message>
    <message>
        <location filename="../pitch/facts.py" line="198"/>
        <source>injured</source>
        <translation>lesionado</translation>
    </message>
    <message>
        <location filename="../pitch/facts.py" line="199"/>
        <source>suspended</source>
        <translation>sancionado</translation>
    </message>
    <message>
        <location filename="../pitch/facts.py" line="200"/>
        <source>unavailable</source>
        <translation>no disponible</translation>
    </message>
</context>
<context>
    <name>CardBoard</name>
    <message>
        <location filename="../pitch/board.py" line="191"/>
        <source>This fixture has been removed: nothing was changed.</source>
        <translation>Este partido se ha eliminado: no se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../pitch/board.py" line="195"/>
        <source>Wait until {0} has finished: nothing was changed.</source>
        <translation>Espera a que termine {0}: no se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../pitch/board.py" line="346"/>
        <source>Only players can be dropped here: drag one from the squad list.</source>
        <translation>Aquí solo se pueden soltar jugadores: arrastra uno desde la plantilla.</translation>
    </message>
    <message>
        <location filename="../pitch/board.py" line="407"/>
        <source>Played: reopen it to edit (Plan &gt; Reopen fixture). Nothing was changed.</source>
        <translation>Jugado: reábralo para editarlo (Plan &gt; Reabrir partido). No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../commands.py" line="237"/>
        <source>{1} on for {2} at {0}&apos;</source>
        <translation>Entra {1} por {2} en el {0}&apos;</translation>
    </message>
    <message>
        <location filename="../commands.py" line="131"/>
        <location filename="../commands.py" line="153"/>
        <source>swap {0} and {1}</source>
        <translation>intercambiar {0} y {1}</translation>
    </message>
    <message>
        <location filename="../commands.py" line="133"/>
        <source>{0} moves to {1}</source>
        <translation>{0} pasa a {1}</translation>
    </message>
    <message>
        <location filename="../commands.py" line="135"/>
        <source>{0} starts at {1}</source>
        <translation>{0} titular en {1}</translation>
    </message>
    <message>
        <location filename="../commands.py" line="137"/>
        <source>{0} starts at {1}, {2} to the bench</source>
        <translation>{0} titular en {1}, {2} al banquillo</translation>
    </message>
    <message>
        <location filename="../commands.py" line="140"/>
        <source>{0} starts at {1} instead of {2}</source>
        <translation>{0} titular en {1} en lugar de {2}</translation>
    </message>
    <message>
        <location filename="../commands.py" line="168"/>
        <source>{0} to the bench</source>
        <translation>{0} al banquillo</translation>
    </message>
    <message>
        <location filename="../commands.py" line="182"/>
        <source>{0} to the bench instead of {1}</source>
        <translation>{0} al banquillo en lugar de {1}</translation>
    </message>
    <message>
        <location filename="../commands.py" line="184"/>
        <source>{0} and {1} change places on the bench</source>
        <translation>{0} y {1} cambian de sitio en el banquillo</translation>
    </message>
    <message>
        <location filename="../commands.py" line="186"/>
        <source>{0} to the bench, {1} starts at {2}</source>
        <translation>{0} al banquillo, {1} titular en {2}</translation>
    </message>
    <message>
        <location filename="../commands.py" line="199"/>
        <source>leave out {0}</source>
        <translation>dejar fuera a {0}</translation>
    </message>
    <message>
        <location filename="../commands.py" line="210"/>
        <source>formation {0}</source>
        <translation>sistema {0}</translation>
    </message>
    <message>
        <location filename="../commands.py" line="237"/>
        <source>move substitution to {0}&apos;</source>
        <translation>mover el cambio al {0}&apos;</translation>
    </message>
    <message>
        <location filename="../commands.py" line="259"/>
        <source>remove substitution at {0}&apos;</source>
        <translation>quitar el cambio del {0}&apos;</translation>
    </message>
    <message>
        <location filename="../commands.py" line="300"/>
        <source>Add {0}</source>
        <translation>Añadir a {0}</translation>
    </message>
    <message>
        <location filename="../commands.py" line="305"/>
        <source>Edit {0}</source>
        <translation>Editar a {0}</translation>
    </message>
    <message>
        <location filename="../commands.py" line="325"/>
        <source>Remove {0}</source>
        <translation>Quitar a {0}</translation>
    </message>
    <message>
        <location filename="../commands.py" line="329"/>
        <source>Add fixture v {0}</source>
        <translation>Añadir partido contra {0}</translation>
    </message>
    <message>
        <location filename="../commands.py" line="334"/>
        <source>Edit fixture v {0}</source>
        <translation>Editar partido contra {0}</translation>
    </message>
    <message>
        <location filename="../commands.py" line="339"/>
        <source>Remove fixture v {0}</source>
        <translation>Quitar partido contra {0}</translation>
    </message>
    <message>
        <location filename="../commands.py" line="344"/>
        <source>Change model settings</source>
        <translation>Cambiar ajustes del modelo</translation>
    </message>
    <message>
        <location filename="../commands.py" line="348"/>
        <source>Plan the training week</source>
        <translation>Planificar la semana de entrenamiento</translation>
    </message>
    <message>
        <location filename="../commands.py" line="397"/>
        <source>Unlock {0} for {1}</source>
        <translation>Desbloquear a {0} para el {1}</translation>
    </message>
    <message>
        <location filename="../commands.py" line="399"/>
        <source>Lock {0} for {1}: {2}</source>
        <translation>Bloquear a {0} para el {1}: {2}</translation>
    </message>
    <message>
        <location filename="../commands.py" line="410"/>
        <source>Clear the locks for {0}</source>
        <translation>Quitar los bloqueos del {0}</translation>
    </message>
    <message>
        <location filename="../commands.py" line="416"/>
        <source>Match played: {0}</source>
        <translation>Partido jugado: {0}</translation>
    </message>
    <message>
        <location filename="../commands.py" line="422"/>
        <source>Reopen {0}</source>
        <translation>Reabrir {0}</translation>
    </message>
</context>
<context>
    <name>CopyLineupDialog</name>
    <message>
        <location filename="../dialogs/copy_lineup.py" line="25"/>
        <source>Copy lineup to {0}</source>
        <translation>Copiar alineación al {0}</translation>
    </message>
    <message>
        <location filename="../dialogs/copy_lineup.py" line="31"/>
        <source>{0} (played: its XI and bench)</source>
        <translation>{0} (jugado: su once y su banquillo)</translation>
    </message>
    <message>
        <location filename="../dialogs/copy_lineup.py" line="40"/>
        <source>The lineup, bench and planned changes replace this fixture&apos;s; players who cannot be named for it are left out. Undo puts it back.</source>
        <translation>La alineación, el banquillo y los cambios previstos sustituyen a los de este partido; quedan fuera los jugadores que no pueden ser convocados para él. Deshacer lo devuelve.</translation>
    </message>
    <message>
        <location filename="../dialogs/copy_lineup.py" line="48"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../dialogs/copy_lineup.py" line="53"/>
        <source>&amp;From</source>
        <translation>&amp;De</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../crash.py" line="84"/>
        <source>Something went wrong: {0}</source>
        <translation>Algo salió mal: {0}</translation>
    </message>
    <message>
        <location filename="../crash.py" line="87"/>
        <source>Your unsaved changes were kept; they are offered at the next start.</source>
        <translation>Tus cambios sin guardar se conservaron; se ofrecerán en el próximo inicio.</translation>
    </message>
    <message>
        <location filename="../crash.py" line="89"/>
        <source>The details are in {0}.</source>
        <translation>Los detalles están en {0}.</translation>
    </message>
    <message>
        <location filename="../crash.py" line="90"/>
        <source>You can go on working; save soon.</source>
        <translation>Puedes seguir trabajando; guarda pronto.</translation>
    </message>
    <message>
        <location filename="../crash.py" line="91"/>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
</context>
<context>
    <name>DropHints</name>
    <message>
        <location filename="../pitch/drop_hints.py" line="23"/>
        <source>Move {0} to {1}.</source>
        <translation>Mover a {0} a {1}.</translation>
    </message>
    <message>
        <location filename="../pitch/drop_hints.py" line="24"/>
        <source>Start {0} at {1}.</source>
        <translation>{0} titular en {1}.</translation>
    </message>
    <message>
        <location filename="../pitch/drop_hints.py" line="28"/>
        <source>{0} starts at {1}; {2} goes to the bench. Lower on the card: bring him on.</source>
        <translation>{0} titular en {1}; {2} pasa al banquillo. En la parte baja de la ficha: que entre por él.</translation>
    </message>
    <message>
        <location filename="../pitch/drop_hints.py" line="31"/>
        <source>Swap {0} ({1}) and {2} ({3}).</source>
        <translation>Intercambiar a {0} ({1}) y {2} ({3}).</translation>
    </message>
    <message>
        <location filename="../pitch/drop_hints.py" line="32"/>
        <source>{0} starts at {1}; {2} goes back to the squad.</source>
        <translation>{0} titular en {1}; {2} vuelve a la plantilla.</translation>
    </message>
    <message>
        <location filename="../pitch/drop_hints.py" line="40"/>
        <source>Put {0} on the bench.</source>
        <translation>Poner a {0} en el banquillo.</translation>
    </message>
    <message>
        <location filename="../pitch/drop_hints.py" line="44"/>
        <source>Swap {0} and {1} on the bench.</source>
        <translation>Intercambiar a {0} y {1} en el banquillo.</translation>
    </message>
    <message>
        <location filename="../pitch/drop_hints.py" line="46"/>
        <source>{0} goes to the bench; {1} starts at {2}.</source>
        <translation>{0} pasa al banquillo; {1} titular en {2}.</translation>
    </message>
    <message>
        <location filename="../pitch/drop_hints.py" line="49"/>
        <source>{0} takes {1}&apos;s place on the bench; {1} goes back to the squad.</source>
        <translation>{0} ocupa el sitio de {1} en el banquillo; {1} vuelve a la plantilla.</translation>
    </message>
    <message>
        <location filename="../pitch/drop_hints.py" line="53"/>
        <source>Bring {0} on for {1} at {2}&apos;.</source>
        <translation>Que entre {0} por {1} en el {2}&apos;.</translation>
    </message>
    <message>
        <location filename="../pitch/drop_hints.py" line="59"/>
        <source>Drop {0} on a place in the XI, or on the bench.</source>
        <translation>Suelta a {0} en un puesto del once o en el banquillo.</translation>
    </message>
</context>
<context>
    <name>EditTexts</name>
    <message>
        <location filename="../edit_texts.py" line="22"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../edit_texts.py" line="29"/>
        <source>the {0}&apos; change {1}–{2} was removed</source>
        <translation>se quitó el cambio del {0}&apos; {1}–{2}</translation>
    </message>
    <message>
        <location filename="../edit_texts.py" line="32"/>
        <source>the {0}&apos; change is now {1} on for {2}</source>
        <translation>el cambio del {0}&apos; es ahora: entra {1} por {2}</translation>
    </message>
    <message>
        <location filename="../edit_texts.py" line="35"/>
        <source>{0}&apos;s {1}&apos; change goes to {2}</source>
        <translation>el cambio del {1}&apos; de {0} pasa a {2}</translation>
    </message>
    <message>
        <location filename="../edit_texts.py" line="37"/>
        <source>{0} comes on at {1}&apos; instead of {2}</source>
        <translation>{0} entra en el {1}&apos; en lugar de {2}</translation>
    </message>
</context>
<context>
    <name>FatigueModel</name>
    <message>
        <location filename="../tables/fatigue.py" line="50"/>
        <source>Player</source>
        <translation>Jugador</translation>
    </message>
    <message>
        <location filename="../tables/fatigue.py" line="50"/>
        <source>Squad player</source>
        <translation>Jugador de la plantilla</translation>
    </message>
    <message>
        <location filename="../tables/fatigue.py" line="51"/>
        <source>Game</source>
        <translation>Partido</translation>
    </message>
    <message>
        <location filename="../tables/fatigue.py" line="51"/>
        <source>The fixture: readiness is at its kickoff</source>
        <translation>El partido: la frescura es la del inicio</translation>
    </message>
    <message>
        <location filename="../tables/fatigue.py" line="52"/>
        <source>Ready</source>
        <translation>Frescura</translation>
    </message>
    <message>
        <location filename="../tables/fatigue.py" line="52"/>
        <source>Readiness at kickoff, 0-100 (Banister fitness-fatigue)</source>
        <translation>Frescura al inicio del partido, 0-100 (forma-fatiga de Banister)</translation>
    </message>
    <message>
        <location filename="../tables/fatigue.py" line="54"/>
        <source>Load</source>
        <translation>Carga</translation>
    </message>
    <message>
        <location filename="../tables/fatigue.py" line="55"/>
        <source>Load ratio: last week&apos;s load against the last four weeks&apos; (EWMA ACWR)</source>
        <translation>Ratio de carga: la de la última semana frente a la de las últimas cuatro (ACWR con EWMA)</translation>
    </message>
    <message>
        <location filename="../tables/fatigue.py" line="57"/>
        <source>Rest</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <location filename="../tables/fatigue.py" line="57"/>
        <source>Days since his last match</source>
        <translation>Días desde su último partido</translation>
    </message>
    <message>
        <location filename="../tables/fatigue.py" line="58"/>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <location filename="../tables/fatigue.py" line="58"/>
        <source>Overload risk: low, medium or high; hover for why</source>
        <translation>Riesgo de sobrecarga: bajo, medio o alto; pasa el ratón para ver por qué</translation>
    </message>
    <message>
        <location filename="../tables/fatigue.py" line="59"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location filename="../tables/fatigue.py" line="59"/>
        <source>Why the risk is raised; hover for the figures</source>
        <translation>Por qué sube el riesgo; pasa el ratón para ver las cifras</translation>
    </message>
    <message>
        <location filename="../tables/fatigue.py" line="69"/>
        <source>low</source>
        <translation>bajo</translation>
    </message>
    <message>
        <location filename="../tables/fatigue.py" line="69"/>
        <source>medium</source>
        <translation>medio</translation>
    </message>
    <message>
        <location filename="../tables/fatigue.py" line="69"/>
        <source>HIGH</source>
        <translation>ALTO</translation>
    </message>
    <message>
        <location filename="../tables/fatigue.py" line="75"/>
        <source>low readiness</source>
        <translation>frescura baja</translation>
    </message>
    <message>
        <location filename="../tables/fatigue.py" line="76"/>
        <source>load danger zone</source>
        <translation>carga en zona de peligro</translation>
    </message>
    <message>
        <location filename="../tables/fatigue.py" line="77"/>
        <source>back-to-back</source>
        <translation>partidos seguidos</translation>
    </message>
    <message>
        <location filename="../tables/fatigue.py" line="78"/>
        <source>high load</source>
        <translation>carga alta</translation>
    </message>
    <message>
        <location filename="../tables/fatigue.py" line="79"/>
        <source>training</source>
        <translation>entrenamiento</translation>
    </message>
    <message>
        <location filename="../tables/fatigue.py" line="80"/>
        <source>short rest</source>
        <translation>poco descanso</translation>
    </message>
    <message>
        <location filename="../tables/fatigue.py" line="237"/>
        <source>Readiness {0:.0f}/100, load ratio (ACWR) {1:.2f}</source>
        <translation>Frescura {0:.0f}/100, ratio de carga (ACWR) {1:.2f}</translation>
    </message>
    <message>
        <location filename="../tables/fatigue.py" line="240"/>
        <source>Minutes in the last 7 days: {0}, last 28 days: {1}</source>
        <translation>Minutos en los últimos 7 días: {0}; en los últimos 28: {1}</translation>
    </message>
    <message>
        <location filename="../tables/fatigue.py" line="245"/>
        <source>Days of rest: {0:.0f}</source>
        <translation>Días de descanso: {0:.0f}</translation>
    </message>
    <message>
        <location filename="../tables/fatigue.py" line="246"/>
        <source>Risk: {0}</source>
        <translation>Riesgo: {0}</translation>
    </message>
    <message>
        <location filename="../tables/fatigue.py" line="248"/>
        <source>Why: {0}</source>
        <translation>Por qué: {0}</translation>
    </message>
</context>
<context>
    <name>FileDrops</name>
    <message>
        <location filename="../file_drops.py" line="42"/>
        <source>Drop one file at a time.</source>
        <translation>Suelta un solo archivo cada vez.</translation>
    </message>
    <message>
        <location filename="../file_drops.py" line="44"/>
        <source>Only a file on this computer can be opened: save it first.</source>
        <translation>Solo se puede abrir un archivo de este equipo: guárdalo primero.</translation>
    </message>
    <message>
        <location filename="../file_drops.py" line="53"/>
        <source>{0} is neither a plan (.squadplan) nor a spreadsheet to import (xlsx, xls, ods, csv…).</source>
        <translation>{0} no es un plan (.squadplan) ni una hoja de cálculo para importar (xlsx, xls, ods, csv…).</translation>
    </message>
    <message>
        <location filename="../file_drops.py" line="87"/>
        <source>This file can only be moved, not opened.</source>
        <translation>Este archivo solo se puede mover, no abrir.</translation>
    </message>
    <message>
        <location filename="../file_drops.py" line="91"/>
        <source>Drop to open {0}.</source>
        <translation>Suelta para abrir {0}.</translation>
    </message>
    <message>
        <location filename="../file_drops.py" line="91"/>
        <source>Drop to import {0}.</source>
        <translation>Suelta para importar {0}.</translation>
    </message>
</context>
<context>
    <name>FileWatch</name>
    <message>
        <location filename="../file_watch.py" line="40"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <location filename="../file_watch.py" line="41"/>
        <source>Open the version on disk instead of yours</source>
        <translation>Abrir la versión del disco en lugar de la tuya</translation>
    </message>
    <message>
        <location filename="../file_watch.py" line="42"/>
        <source>&amp;Keep mine</source>
        <translation>&amp;Quedarme con la mía</translation>
    </message>
    <message>
        <location filename="../file_watch.py" line="44"/>
        <source>Go on with your version; saving it will ask which version to keep</source>
        <translation>Seguir con tu versión; al guardarla se preguntará qué versión conservar</translation>
    </message>
    <message>
        <location filename="../file_watch.py" line="118"/>
        <source>{0} was changed by someone else.</source>
        <translation>Otra persona ha cambiado {0}.</translation>
    </message>
    <message>
        <location filename="../file_watch.py" line="132"/>
        <source>Kept your version: saving it will ask which version to keep.</source>
        <translation>Te quedas con tu versión: al guardarla se preguntará qué versión conservar.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../files.py" line="31"/>
        <source>Squad plans (*.squadplan)</source>
        <translation>Planes de plantilla (*.squadplan)</translation>
    </message>
    <message>
        <location filename="../files.py" line="50"/>
        <source>The last plan, {0}, is no longer in {1}: opened the sample week.</source>
        <translation>El último plan, {0}, ya no está en {1}: se abrió la semana de ejemplo.</translation>
    </message>
    <message>
        <location filename="../files.py" line="55"/>
        <source>Could not open the last plan ({0}): opened the sample week.</source>
        <translation>No se pudo abrir el último plan ({0}): se abrió la semana de ejemplo.</translation>
    </message>
    <message>
        <location filename="../files.py" line="93"/>
        <source>Autosave failed: {0}</source>
        <translation>Falló el guardado automático: {0}</translation>
    </message>
    <message>
        <location filename="../files.py" line="122"/>
        <source>The unsaved work kept from last time could not be read ({0}); kept as {1}.</source>
        <translation>No se pudo leer el trabajo sin guardar de la última vez ({0}); se guardó aparte como {1}.</translation>
    </message>
    <message>
        <location filename="../files.py" line="131"/>
        <source>an untitled plan</source>
        <translation>un plan sin título</translation>
    </message>
    <message>
        <location filename="../files.py" line="134"/>
        <source>Restore unsaved work?</source>
        <translation>¿Recuperar el trabajo sin guardar?</translation>
    </message>
    <message>
        <location filename="../files.py" line="136"/>
        <source>Squad Planner did not close properly last time. Unsaved changes to {0} were kept. Restore them?</source>
        <translation>Squad Planner no se cerró bien la última vez. Se conservaron los cambios sin guardar de {0}. ¿Recuperarlos?</translation>
    </message>
    <message>
        <location filename="../files.py" line="147"/>
        <source>Restored unsaved changes to {0}.</source>
        <translation>Recuperados los cambios sin guardar de {0}.</translation>
    </message>
    <message>
        <location filename="../files.py" line="166"/>
        <source>New plan: add players and fixtures from Plan.</source>
        <translation>Plan nuevo: añade jugadores y partidos desde el menú Plan.</translation>
    </message>
    <message>
        <location filename="../files.py" line="177"/>
        <source>Open plan</source>
        <translation>Abrir plan</translation>
    </message>
    <message>
        <location filename="../files.py" line="186"/>
        <location filename="../files.py" line="217"/>
        <source>Could not open the plan</source>
        <translation>No se pudo abrir el plan</translation>
    </message>
    <message>
        <location filename="../files.py" line="191"/>
        <source>Opened {0}.</source>
        <translation>Abierto {0}.</translation>
    </message>
    <message>
        <location filename="../files.py" line="205"/>
        <source>Reload the plan?</source>
        <translation>¿Recargar el plan?</translation>
    </message>
    <message>
        <location filename="../files.py" line="206"/>
        <source>Reload {0} as it is on disk now? Your unsaved changes will be lost.</source>
        <translation>¿Recargar {0} tal como está ahora en el disco? Se perderán los cambios sin guardar.</translation>
    </message>
    <message>
        <location filename="../files.py" line="219"/>
        <source>Reloaded {0}.</source>
        <translation>Recargado {0}.</translation>
    </message>
    <message>
        <location filename="../files.py" line="239"/>
        <source>Save plan as</source>
        <translation>Guardar plan como</translation>
    </message>
    <message>
        <location filename="../files.py" line="254"/>
        <source>this plan</source>
        <translation>este plan</translation>
    </message>
    <message>
        <location filename="../files.py" line="257"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../files.py" line="258"/>
        <source>Save the changes to {0} before closing it?</source>
        <translation>¿Guardar los cambios de {0} antes de cerrarlo?</translation>
    </message>
    <message>
        <location filename="../files.py" line="284"/>
        <source>Could not save the plan</source>
        <translation>No se pudo guardar el plan</translation>
    </message>
    <message>
        <location filename="../files.py" line="291"/>
        <source>Saved {0}.</source>
        <translation>Guardado {0}.</translation>
    </message>
</context>
<context>
    <name>FixtureDialog</name>
    <message>
        <location filename="../dialogs/fixture.py" line="48"/>
        <source>Edit fixture</source>
        <translation>Editar partido</translation>
    </message>
    <message>
        <location filename="../dialogs/fixture.py" line="48"/>
        <source>Add fixture</source>
        <translation>Añadir partido</translation>
    </message>
    <message>
        <location filename="../dialogs/fixture.py" line="61"/>
        <source>Home game</source>
        <translation>En casa</translation>
    </message>
    <message>
        <location filename="../dialogs/fixture.py" line="69"/>
        <source>Sets the matchday rules: bench size, substitutions, card suspensions</source>
        <translation>Fija las reglas del partido: suplentes en el banquillo, cambios, sanciones por tarjetas</translation>
    </message>
    <message>
        <location filename="../dialogs/fixture.py" line="76"/>
        <source>How much this game matters, 1-5: the rotation suggestion saves players for 5s</source>
        <translation>Cuánto importa este partido, 1-5: la rotación sugerida reserva jugadores para los de 5</translation>
    </message>
    <message>
        <location filename="../dialogs/fixture.py" line="88"/>
        <source>&amp;Kickoff</source>
        <translation>&amp;Fecha y hora</translation>
    </message>
    <message>
        <location filename="../dialogs/fixture.py" line="89"/>
        <source>&amp;Opponent</source>
        <translation>&amp;Rival</translation>
    </message>
    <message>
        <location filename="../dialogs/fixture.py" line="91"/>
        <source>&amp;Competition</source>
        <translation>&amp;Competición</translation>
    </message>
    <message>
        <location filename="../dialogs/fixture.py" line="92"/>
        <source>&amp;Venue</source>
        <translation>&amp;Estadio</translation>
    </message>
    <message>
        <location filename="../dialogs/fixture.py" line="93"/>
        <source>&amp;Importance</source>
        <translation>&amp;Importancia</translation>
    </message>
    <message>
        <location filename="../dialogs/fixture.py" line="95"/>
        <source>&amp;Formation</source>
        <translation>Sist&amp;ema</translation>
    </message>
    <message>
        <location filename="../dialogs/fixture.py" line="131"/>
        <source>Name the opponent.</source>
        <translation>Indica el rival.</translation>
    </message>
</context>
<context>
    <name>FixtureTab</name>
    <message>
        <location filename="../fixture_names.py" line="39"/>
        <source>v {0}</source>
        <translation>vs {0}</translation>
    </message>
    <message>
        <location filename="../fixture_names.py" line="39"/>
        <source>at {0}</source>
        <translation>en campo de {0}</translation>
    </message>
    <message>
        <location filename="../pitch/header.py" line="68"/>
        <source>Formation of this fixture&apos;s starting eleven</source>
        <translation>Sistema del once inicial de este partido</translation>
    </message>
    <message>
        <location filename="../pitch/header.py" line="70"/>
        <source>Formation</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../pitch/fixture_tab.py" line="57"/>
        <source>Match played…</source>
        <translation>Partido jugado…</translation>
    </message>
    <message>
        <location filename="../pitch/fixture_tab.py" line="60"/>
        <source>Record what happened: starters, substitutions, cards, injuries, score</source>
        <translation>Registrar lo que pasó: titulares, cambios, tarjetas, lesiones, resultado</translation>
    </message>
    <message>
        <location filename="../pitch/fixture_tab.py" line="62"/>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <location filename="../pitch/fixture_tab.py" line="64"/>
        <source>Make this fixture planned again, to edit its lineup</source>
        <translation>Volver a planificar este partido, para editar su alineación</translation>
    </message>
    <message>
        <location filename="../pitch/fixture_tab.py" line="65"/>
        <source>Copy lineup from…</source>
        <translation>Copiar alineación de…</translation>
    </message>
    <message>
        <location filename="../pitch/fixture_tab.py" line="68"/>
        <source>Start from another fixture&apos;s lineup (a played one&apos;s XI and bench)</source>
        <translation>Empezar con la alineación de otro partido (de uno jugado, su once y su banquillo)</translation>
    </message>
    <message>
        <location filename="../pitch/fixture_tab.py" line="162"/>
        <source>XI {0}/{1}</source>
        <translation>Once {0}/{1}</translation>
    </message>
    <message>
        <location filename="../pitch/fixture_tab.py" line="167"/>
        <source>Subs {0}/{1}, windows {2}/{3}</source>
        <translation>Cambios {0}/{1}, ventanas {2}/{3}</translation>
    </message>
    <message>
        <location filename="../pitch/fixture_tab.py" line="170"/>
        <source>Subs {0}/{1}</source>
        <translation>Cambios {0}/{1}</translation>
    </message>
    <message>
        <location filename="../pitch/fixture_tab.py" line="175"/>
        <source>✓ Played: reopen to edit</source>
        <translation>✓ Jugado: reabrir para editar</translation>
    </message>
    <message>
        <location filename="../pitch/fixture_tab.py" line="179"/>
        <source>checks not available</source>
        <translation>comprobaciones no disponibles</translation>
    </message>
    <message>
        <location filename="../pitch/fixture_tab.py" line="184"/>
        <source>Errors: {0}</source>
        <translation>Errores: {0}</translation>
    </message>
    <message>
        <location filename="../pitch/fixture_tab.py" line="187"/>
        <source>Warnings: {0}</source>
        <translation>Avisos: {0}</translation>
    </message>
    <message>
        <location filename="../pitch/fixture_tab.py" line="187"/>
        <source>No warnings</source>
        <translation>Sin avisos</translation>
    </message>
    <message>
        <location filename="../pitch/fixture_tab.py" line="231"/>
        <source>Changes planned / allowed, and stoppages used to make them / allowed.</source>
        <translation>Cambios previstos / permitidos, y ventanas (paradas) usadas para hacerlos / permitidas.</translation>
    </message>
    <message>
        <location filename="../pitch/fixture_tab.py" line="234"/>
        <source>Of those, {0} change(s) and {1} window(s) only in extra time.</source>
        <translation>De ellos, {0} cambio(s) y {1} ventana(s) solo en la prórroga.</translation>
    </message>
    <message>
        <location filename="../pitch/fixture_tab.py" line="240"/>
        <source>Concussion substitutes: {0} of {1} planned, outside the count.</source>
        <translation>Cambios por conmoción: {0} de {1} previstos, fuera del cupo.</translation>
    </message>
</context>
<context>
    <name>FixtureTabs</name>
    <message>
        <location filename="../fixture_tabs.py" line="52"/>
        <source>No fixtures yet.
Add one from Plan &gt; Add fixture…, or open a plan.</source>
        <translation>Aún no hay partidos.
Añade uno desde Plan &gt; Añadir partido… o abre un plan.</translation>
    </message>
    <message>
        <location filename="../fixture_tabs.py" line="142"/>
        <source>✓ {0} (played)</source>
        <translation>✓ {0} (jugado)</translation>
    </message>
    <message>
        <location filename="../fixture_tabs.py" line="173"/>
        <source>{0}, {1:%H:%M}, {2}; importance {3}/5</source>
        <translation>{0}, {1:%H:%M}, {2}; importancia {3}/5</translation>
    </message>
    <message>
        <location filename="../fixture_tabs.py" line="176"/>
        <source>venue not set</source>
        <translation>estadio sin indicar</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../import_dialog.py" line="83"/>
        <source>(not imported)</source>
        <translation>(no se importa)</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="84"/>
        <source>Player name</source>
        <translation>Nombre del jugador</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="85"/>
        <source>Player id</source>
        <translation>Id. del jugador</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="86"/>
        <source>Shirt number</source>
        <translation>Dorsal</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="87"/>
        <source>Position(s)</source>
        <translation>Posición(es)</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="88"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="89"/>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="90"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="91"/>
        <location filename="../import_dialog.py" line="262"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="92"/>
        <source>Yellow cards</source>
        <translation>Tarjetas amarillas</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="93"/>
        <source>Date (match or session)</source>
        <translation>Fecha (partido o sesión)</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="94"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="95"/>
        <source>Competition</source>
        <translation>Competición</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="96"/>
        <source>Opponent</source>
        <translation>Rival</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="97"/>
        <source>Minutes in this match</source>
        <translation>Minutos en este partido</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="98"/>
        <source>Session title</source>
        <translation>Título de la sesión</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="99"/>
        <source>Drill or period</source>
        <translation>Ejercicio o periodo</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="100"/>
        <source>Session type</source>
        <translation>Tipo de sesión</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="101"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="102"/>
        <source>RPE (0-10)</source>
        <translation>RPE (0-10)</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="103"/>
        <source>Total distance</source>
        <translation>Distancia total</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="104"/>
        <source>High-speed running</source>
        <translation>Carrera a alta velocidad</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="105"/>
        <source>Sprint distance</source>
        <translation>Distancia de sprint</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="106"/>
        <source>Accelerations</source>
        <translation>Aceleraciones</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="107"/>
        <source>Player load</source>
        <translation>Carga del jugador</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="174"/>
        <source>Skipped: {0}</source>
        <translation>Se omite: {0}</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="202"/>
        <source>Import {0}</source>
        <translation>Importar {0}</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="209"/>
        <source>The sheet to import</source>
        <translation>La hoja que se importa</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="227"/>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="227"/>
        <source>Holds</source>
        <translation>Contiene</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="238"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="243"/>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="253"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="254"/>
        <source>&amp;Sheet</source>
        <translation>&amp;Hoja</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="258"/>
        <source>Columns (change what a column holds if needed)</source>
        <translation>Columnas (cambia lo que contiene una columna si hace falta)</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="260"/>
        <source>Rows that will be skipped, and why</source>
        <translation>Filas que se omitirán, y por qué</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="388"/>
        <source>(text file: one table)</source>
        <translation>(archivo de texto: una tabla)</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="428"/>
        <source>Row {0}: {1}</source>
        <translation>Fila {0}: {1}</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="456"/>
        <source>Found {0} players, {1} appearances and {2} yellow cards.</source>
        <translation>Encontrados {0} jugadores, {1} participaciones y {2} tarjetas amarillas.</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="465"/>
        <source>Load log: {0} sessions of {1} players ({2} summed from drill rows); columns read: {3}.</source>
        <translation>Registro de carga: {0} sesiones de {1} jugadores ({2} sumadas de filas de ejercicios); columnas leídas: {3}.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../language.py" line="66"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../language.py" line="83"/>
        <source>Language saved: it applies the next time Squad Planner starts.</source>
        <translation>Idioma guardado: se aplicará la próxima vez que se abra Squad Planner.</translation>
    </message>
</context>
<context>
    <name>LineupMenu</name>
    <message>
        <location filename="../pitch/menus.py" line="51"/>
        <source>{0}	ready {1}</source>
        <translation>{0}	frescura {1}</translation>
    </message>
    <message>
        <location filename="../pitch/menus.py" line="95"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location filename="../pitch/menus.py" line="97"/>
        <source>Start at</source>
        <translation>Titular de</translation>
    </message>
    <message>
        <location filename="../pitch/menus.py" line="102"/>
        <location filename="../pitch/menus.py" line="135"/>
        <location filename="../pitch/menus.py" line="151"/>
        <location filename="../pitch/menus.py" line="188"/>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location filename="../pitch/menus.py" line="112"/>
        <source>Bench</source>
        <translation>Al banquillo</translation>
    </message>
    <message>
        <location filename="../pitch/menus.py" line="118"/>
        <source>Leave out</source>
        <translation>Dejar fuera</translation>
    </message>
    <message>
        <location filename="../pitch/menus.py" line="123"/>
        <source>Swap with</source>
        <translation>Intercambiar con</translation>
    </message>
    <message>
        <location filename="../pitch/menus.py" line="142"/>
        <source>Bring on at {0}&apos; for</source>
        <translation>Entra en el {0}&apos; por</translation>
    </message>
    <message>
        <location filename="../pitch/menus.py" line="145"/>
        <source>Take off at {0}&apos; for</source>
        <translation>Sustituir en el {0}&apos; por</translation>
    </message>
    <message>
        <location filename="../pitch/menus.py" line="177"/>
        <source>{0} on at {1} for:</source>
        <translation>Entra {0} en el {1} por:</translation>
    </message>
    <message>
        <location filename="../pitch/menus.py" line="180"/>
        <source>{0} off at {1} for:</source>
        <translation>Sustituir a {0} en el {1} por:</translation>
    </message>
    <message>
        <location filename="../pitch/menus.py" line="194"/>
        <source>Nobody fits this change</source>
        <translation>Nadie encaja en este cambio</translation>
    </message>
    <message>
        <location filename="../pitch/menus.py" line="208"/>
        <source>Start at {0}:</source>
        <translation>Titular de {0}:</translation>
    </message>
    <message>
        <location filename="../pitch/menus.py" line="219"/>
        <source>bench</source>
        <translation>banquillo</translation>
    </message>
    <message>
        <location filename="../pitch/menus.py" line="219"/>
        <source>squad</source>
        <translation>plantilla</translation>
    </message>
    <message>
        <location filename="../pitch/menus.py" line="222"/>
        <source>{0} ({1}) — {2}</source>
        <translation>{0} ({1}) — {2}</translation>
    </message>
</context>
<context>
    <name>LoadChart</name>
    <message>
        <location filename="../chart.py" line="69"/>
        <source>Readiness</source>
        <translation>Frescura</translation>
    </message>
    <message>
        <location filename="../chart.py" line="60"/>
        <source>Match played</source>
        <translation>Partido jugado</translation>
    </message>
    <message>
        <location filename="../chart.py" line="61"/>
        <source>Match planned</source>
        <translation>Partido previsto</translation>
    </message>
    <message>
        <location filename="../chart.py" line="62"/>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <location filename="../chart.py" line="79"/>
        <source>load</source>
        <translation>carga</translation>
    </message>
    <message>
        <location filename="../chart.py" line="83"/>
        <source>ready</source>
        <translation>frescura</translation>
    </message>
    <message>
        <location filename="../chart.py" line="122"/>
        <source>No player selected</source>
        <translation>Ningún jugador seleccionado</translation>
    </message>
    <message>
        <location filename="../chart.py" line="144"/>
        <source>{0}: load and readiness</source>
        <translation>{0}: carga y frescura</translation>
    </message>
</context>
<context>
    <name>LockList</name>
    <message>
        <location filename="../dialogs/lock_list.py" line="41"/>
        <source>Locked player</source>
        <translation>Jugador bloqueado</translation>
    </message>
    <message>
        <location filename="../dialogs/lock_list.py" line="41"/>
        <source>Lock</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <location filename="../dialogs/lock_list.py" line="43"/>
        <source>No locks. Right-click a player to lock him for a fixture.</source>
        <translation>No hay bloqueos. Haz clic derecho en un jugador para bloquearlo en un partido.</translation>
    </message>
    <message>
        <location filename="../dialogs/lock_list.py" line="44"/>
        <source>Clear lock</source>
        <translation>Quitar bloqueo</translation>
    </message>
    <message>
        <location filename="../dialogs/lock_list.py" line="45"/>
        <location filename="../dialogs/lock_list.py" line="101"/>
        <source>Clear all locks</source>
        <translation>Quitar todos los bloqueos</translation>
    </message>
</context>
<context>
    <name>LockMenu</name>
    <message>
        <location filename="../pitch/lock_menu.py" line="28"/>
        <source>Lock here (starts at {0})</source>
        <translation>Bloquear aquí (titular de {0})</translation>
    </message>
    <message>
        <location filename="../pitch/lock_menu.py" line="30"/>
        <source>Lock to start</source>
        <translation>Bloquear como titular</translation>
    </message>
    <message>
        <location filename="../pitch/lock_menu.py" line="34"/>
        <source>Keep out of this match</source>
        <translation>Dejar fuera de este partido</translation>
    </message>
    <message>
        <location filename="../pitch/lock_menu.py" line="35"/>
        <source>Bench only</source>
        <translation>Solo banquillo</translation>
    </message>
    <message>
        <location filename="../pitch/lock_menu.py" line="46"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="82"/>
        <source>Plan as opened</source>
        <translation>Plan al abrirlo</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="85"/>
        <source>Squad</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="87"/>
        <source>Readiness</source>
        <translation>Frescura</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="92"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="96"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="99"/>
        <source>Edit history</source>
        <translation>Historial de cambios</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="289"/>
        <source>Undock into its own window (double-click the title bar to dock it again)</source>
        <translation>Separar en su propia ventana (doble clic en la barra de título para volver a acoplarlo)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="291"/>
        <source>Close this panel (View brings it back)</source>
        <translation>Cerrar este panel (se recupera desde Ver)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="344"/>
        <source>Select a player in the squad list first.</source>
        <translation>Selecciona antes un jugador de la plantilla.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="374"/>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="375"/>
        <source>Squad Planner - {0}[*]</source>
        <translation>Squad Planner - {0}[*]</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="383"/>
        <source>Errors: {0}, warnings: {1}</source>
        <translation>Errores: {0}, avisos: {1}</translation>
    </message>
</context>
<context>
    <name>MatchPlayedDialog</name>
    <message>
        <location filename="../dialogs/match_played.py" line="67"/>
        <source>e.g. 67 or 90+3</source>
        <translation>p. ej. 67 o 90+3</translation>
    </message>
    <message>
        <location filename="../dialogs/match_played.py" line="93"/>
        <source>Match played: {0}</source>
        <translation>Partido jugado: {0}</translation>
    </message>
    <message>
        <location filename="../dialogs/match_played.py" line="96"/>
        <source>Starting XI ({0})</source>
        <translation>Once inicial ({0})</translation>
    </message>
    <message>
        <location filename="../dialogs/match_played.py" line="99"/>
        <source>— nobody —</source>
        <translation>— nadie —</translation>
    </message>
    <message>
        <location filename="../dialogs/match_played.py" line="104"/>
        <location filename="../dialogs/match_played.py" line="206"/>
        <source>Bench</source>
        <translation>Banquillo</translation>
    </message>
    <message>
        <location filename="../dialogs/match_played.py" line="106"/>
        <location filename="../dialogs/match_played.py" line="109"/>
        <location filename="../dialogs/match_played.py" line="113"/>
        <source>Minute</source>
        <translation>Minuto</translation>
    </message>
    <message>
        <location filename="../dialogs/match_played.py" line="106"/>
        <source>Off</source>
        <translation>Sale</translation>
    </message>
    <message>
        <location filename="../dialogs/match_played.py" line="106"/>
        <source>On</source>
        <translation>Entra</translation>
    </message>
    <message>
        <location filename="../dialogs/match_played.py" line="109"/>
        <location filename="../dialogs/match_played.py" line="113"/>
        <location filename="../dialogs/match_played.py" line="147"/>
        <source>Player</source>
        <translation>Jugador</translation>
    </message>
    <message>
        <location filename="../dialogs/match_played.py" line="109"/>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <location filename="../dialogs/match_played.py" line="113"/>
        <source>Expected back</source>
        <translation>Vuelta prevista</translation>
    </message>
    <message>
        <location filename="../dialogs/match_played.py" line="126"/>
        <source>Score</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../dialogs/match_played.py" line="133"/>
        <source>Extra time played</source>
        <translation>Se jugó la prórroga</translation>
    </message>
    <message>
        <location filename="../dialogs/match_played.py" line="137"/>
        <source>This fixture&apos;s rules have no extra time</source>
        <translation>Las reglas de este partido no tienen prórroga</translation>
    </message>
    <message>
        <location filename="../dialogs/match_played.py" line="147"/>
        <source>Played</source>
        <translation>Jugados</translation>
    </message>
    <message>
        <location filename="../dialogs/match_played.py" line="147"/>
        <source>Planned</source>
        <translation>Previstos</translation>
    </message>
    <message>
        <location filename="../dialogs/match_played.py" line="152"/>
        <source>Minutes each player played with this record, and the minutes planned</source>
        <translation>Minutos que jugó cada jugador según este registro, y los minutos previstos</translation>
    </message>
    <message>
        <location filename="../dialogs/match_played.py" line="162"/>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <location filename="../dialogs/match_played.py" line="197"/>
        <source>Score and time</source>
        <translation>Resultado y tiempo</translation>
    </message>
    <message>
        <location filename="../dialogs/match_played.py" line="201"/>
        <source>Added time, first half</source>
        <translation>Añadido, primera parte</translation>
    </message>
    <message>
        <location filename="../dialogs/match_played.py" line="202"/>
        <source>Added time, second half</source>
        <translation>Añadido, segunda parte</translation>
    </message>
    <message>
        <location filename="../dialogs/match_played.py" line="208"/>
        <source>Substitutions</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <location filename="../dialogs/match_played.py" line="209"/>
        <source>Cards</source>
        <translation>Tarjetas</translation>
    </message>
    <message>
        <location filename="../dialogs/match_played.py" line="210"/>
        <source>Injuries</source>
        <translation>Lesiones</translation>
    </message>
    <message>
        <location filename="../dialogs/match_played.py" line="215"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location filename="../dialogs/match_played.py" line="246"/>
        <source>Yellow</source>
        <translation>Amarilla</translation>
    </message>
    <message>
        <location filename="../dialogs/match_played.py" line="247"/>
        <source>Red</source>
        <translation>Roja</translation>
    </message>
    <message>
        <location filename="../dialogs/match_played.py" line="258"/>
        <source>YYYY-MM-DD, optional</source>
        <translation>AAAA-MM-DD, opcional</translation>
    </message>
    <message>
        <location filename="../dialogs/match_played.py" line="259"/>
        <source>The day he is expected to be available again, if known</source>
        <translation>El día en que se espera que vuelva a estar disponible, si se sabe</translation>
    </message>
    <message>
        <location filename="../dialogs/match_played.py" line="372"/>
        <source>Bench, row {0}: {1}</source>
        <translation>Banquillo, fila {0}: {1}</translation>
    </message>
    <message>
        <location filename="../dialogs/match_played.py" line="373"/>
        <source>Substitution {0}: {1}</source>
        <translation>Cambio {0}: {1}</translation>
    </message>
    <message>
        <location filename="../dialogs/match_played.py" line="374"/>
        <source>Card {0}: {1}</source>
        <translation>Tarjeta {0}: {1}</translation>
    </message>
    <message>
        <location filename="../dialogs/match_played.py" line="375"/>
        <source>Injury {0}: {1}</source>
        <translation>Lesión {0}: {1}</translation>
    </message>
    <message>
        <location filename="../dialogs/match_played.py" line="378"/>
        <source>Starting XI and bench: {0}</source>
        <translation>Once inicial y banquillo: {0}</translation>
    </message>
    <message>
        <location filename="../dialogs/match_played.py" line="391"/>
        <source>choose a player</source>
        <translation>elija un jugador</translation>
    </message>
    <message>
        <location filename="../dialogs/match_played.py" line="399"/>
        <source>type the minute (e.g. 67 or 90+3)</source>
        <translation>escriba el minuto (p. ej. 67 o 90+3)</translation>
    </message>
    <message>
        <location filename="../dialogs/match_played.py" line="403"/>
        <source>&apos;{0}&apos; is not a minute (e.g. 67 or 90+3)</source>
        <translation>«{0}» no es un minuto (p. ej. 67 o 90+3)</translation>
    </message>
    <message>
        <location filename="../dialogs/match_played.py" line="416"/>
        <source>&apos;{0}&apos; is not a date (YYYY-MM-DD, e.g. 2025-04-18)</source>
        <translation>«{0}» no es una fecha (AAAA-MM-DD, p. ej. 2025-04-18)</translation>
    </message>
</context>
<context>
    <name>MinutesEdit</name>
    <message>
        <location filename="../tables/minutes_edit.py" line="29"/>
        <source>Type minutes for a player of this fixture&apos;s matchday squad: a starter goes off at that minute (0 = not in the XI), a bench player comes on for that many minutes. Pick a player on the pitch or bench before giving him minutes.</source>
        <translation>Escribe los minutos de un jugador convocado para este partido: un titular sale en ese minuto (0 = fuera del once) y un suplente entra para jugar esos minutos. Pon al jugador en el campo o en el banquillo antes de darle minutos.</translation>
    </message>
    <message>
        <location filename="../tables/minutes_edit.py" line="42"/>
        <source>{0}: {1} min</source>
        <translation>{0}: {1} min</translation>
    </message>
    <message>
        <location filename="../tables/minutes_edit.py" line="67"/>
        <source>{0} is not in this matchday squad: pick him first.</source>
        <translation>{0} no está convocado para este partido: elígelo antes.</translation>
    </message>
    <message>
        <location filename="../tables/minutes_edit.py" line="82"/>
        <source>Nobody left on the bench can play {0} for {1}.</source>
        <translation>No queda nadie en el banquillo que pueda jugar {0} por {1}.</translation>
    </message>
    <message>
        <location filename="../tables/minutes_edit.py" line="104"/>
        <source>There is no starter {0} can replace.</source>
        <translation>No hay ningún titular al que {0} pueda sustituir.</translation>
    </message>
</context>
<context>
    <name>MinutesModel</name>
    <message>
        <location filename="../tables/minutes.py" line="74"/>
        <source>planned</source>
        <translation>previstos</translation>
    </message>
    <message>
        <location filename="../tables/minutes.py" line="76"/>
        <source>Player</source>
        <translation>Jugador</translation>
    </message>
    <message>
        <location filename="../tables/minutes.py" line="76"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../tables/minutes.py" line="80"/>
        <source>{0} ✓ played</source>
        <translation>{0} ✓ jugado</translation>
    </message>
    <message>
        <location filename="../tables/minutes.py" line="89"/>
        <source>{0} min planned, above his maximum of {1}</source>
        <translation>{0} min previstos, por encima de su máximo de {1}</translation>
    </message>
    <message>
        <location filename="../tables/minutes.py" line="91"/>
        <source>{0} min planned, below his minimum of {1}</source>
        <translation>{0} min previstos, por debajo de su mínimo de {1}</translation>
    </message>
    <message>
        <location filename="../tables/minutes.py" line="109"/>
        <source>Target: {0}-{1} min</source>
        <translation>Objetivo: {0}-{1} min</translation>
    </message>
    <message>
        <location filename="../tables/minutes.py" line="113"/>
        <source>Minutes over all fixtures: played where recorded, else planned</source>
        <translation>Minutos de todos los partidos: jugados donde hay registro, si no previstos</translation>
    </message>
    <message>
        <location filename="../tables/minutes.py" line="115"/>
        <source>Minutes planned for this fixture before it was played</source>
        <translation>Minutos previstos para este partido antes de jugarse</translation>
    </message>
    <message>
        <location filename="../tables/minutes.py" line="119"/>
        <source>Played {0} min, planned {1} min (● where they differ). Reopen the fixture to edit its lineup, or correct the record with Match played…</source>
        <translation>Jugó {0} min, previstos {1} min (● donde difieren). Reabra el partido para editar su alineación, o corrija el registro con Partido jugado…</translation>
    </message>
    <message>
        <location filename="../tables/minutes.py" line="144"/>
        <source>Minutes must be a whole number from 0.</source>
        <translation>Los minutos deben ser un número entero desde 0.</translation>
    </message>
</context>
<context>
    <name>ModelSettings</name>
    <message>
        <location filename="../dialogs/model_settings.py" line="31"/>
        <source>Readiness amber below</source>
        <translation>Frescura ámbar por debajo de</translation>
    </message>
    <message>
        <location filename="../dialogs/model_settings.py" line="32"/>
        <source>Readiness under this is amber</source>
        <translation>Una frescura por debajo de esto sale en ámbar</translation>
    </message>
    <message>
        <location filename="../dialogs/model_settings.py" line="36"/>
        <source>Readiness red below</source>
        <translation>Frescura roja por debajo de</translation>
    </message>
    <message>
        <location filename="../dialogs/model_settings.py" line="36"/>
        <source>Readiness under this is red</source>
        <translation>Una frescura por debajo de esto sale en rojo</translation>
    </message>
    <message>
        <location filename="../dialogs/model_settings.py" line="38"/>
        <source>Back-to-back: minutes</source>
        <translation>Partidos seguidos: minutos</translation>
    </message>
    <message>
        <location filename="../dialogs/model_settings.py" line="39"/>
        <source>FIFPRO critical zone: this many minutes in consecutive matches...</source>
        <translation>Zona crítica de FIFPRO: al menos estos minutos en partidos consecutivos...</translation>
    </message>
    <message>
        <location filename="../dialogs/model_settings.py" line="44"/>
        <source>Back-to-back: days apart</source>
        <translation>Partidos seguidos: días entre ellos</translation>
    </message>
    <message>
        <location filename="../dialogs/model_settings.py" line="45"/>
        <source>...fewer than this many days apart</source>
        <translation>...separados por menos de estos días</translation>
    </message>
    <message>
        <location filename="../dialogs/model_settings.py" line="50"/>
        <source>Load ratio: high above</source>
        <translation>Ratio de carga: alta por encima de</translation>
    </message>
    <message>
        <location filename="../dialogs/model_settings.py" line="51"/>
        <source>ACWR above this is flagged (Gabbett 2016: 1.3)</source>
        <translation>Un ACWR por encima de esto se señala (Gabbett 2016: 1,3)</translation>
    </message>
    <message>
        <location filename="../dialogs/model_settings.py" line="56"/>
        <source>Load ratio: danger from</source>
        <translation>Ratio de carga: peligro desde</translation>
    </message>
    <message>
        <location filename="../dialogs/model_settings.py" line="57"/>
        <source>ACWR from this is high risk (Gabbett 2016: 1.5)</source>
        <translation>Un ACWR desde este valor es riesgo alto (Gabbett 2016: 1,5)</translation>
    </message>
    <message>
        <location filename="../dialogs/model_settings.py" line="62"/>
        <source>Match effort (RPE)</source>
        <translation>Esfuerzo del partido (RPE)</translation>
    </message>
    <message>
        <location filename="../dialogs/model_settings.py" line="63"/>
        <source>Session-RPE per minute when none is recorded (Foster 2001)</source>
        <translation>RPE de sesión por minuto cuando no hay ninguno registrado (Foster 2001)</translation>
    </message>
    <message>
        <location filename="../dialogs/model_settings.py" line="68"/>
        <source>Recent load window, days</source>
        <translation>Ventana de carga reciente, días</translation>
    </message>
    <message>
        <location filename="../dialogs/model_settings.py" line="69"/>
        <source>EWMA acute window (Williams 2017: 7)</source>
        <translation>Ventana aguda de la EWMA (Williams 2017: 7)</translation>
    </message>
    <message>
        <location filename="../dialogs/model_settings.py" line="74"/>
        <source>Long-term load window, days</source>
        <translation>Ventana de carga a largo plazo, días</translation>
    </message>
    <message>
        <location filename="../dialogs/model_settings.py" line="75"/>
        <source>EWMA chronic window (Williams 2017: 28)</source>
        <translation>Ventana crónica de la EWMA (Williams 2017: 28)</translation>
    </message>
    <message>
        <location filename="../dialogs/model_settings.py" line="80"/>
        <source>Fitness decay, days</source>
        <translation>Caída de la forma, días</translation>
    </message>
    <message>
        <location filename="../dialogs/model_settings.py" line="81"/>
        <source>Banister fitness time constant (42)</source>
        <translation>Constante de tiempo de la forma de Banister (42)</translation>
    </message>
    <message>
        <location filename="../dialogs/model_settings.py" line="85"/>
        <source>Fatigue decay, days</source>
        <translation>Caída de la fatiga, días</translation>
    </message>
    <message>
        <location filename="../dialogs/model_settings.py" line="85"/>
        <source>Banister fatigue time constant (7)</source>
        <translation>Constante de tiempo de la fatiga de Banister (7)</translation>
    </message>
    <message>
        <location filename="../dialogs/model_settings.py" line="86"/>
        <source>Fitness gain</source>
        <translation>Ganancia de forma</translation>
    </message>
    <message>
        <location filename="../dialogs/model_settings.py" line="86"/>
        <source>Banister k1 (1)</source>
        <translation>k1 de Banister (1)</translation>
    </message>
    <message>
        <location filename="../dialogs/model_settings.py" line="87"/>
        <source>Fatigue gain</source>
        <translation>Ganancia de fatiga</translation>
    </message>
    <message>
        <location filename="../dialogs/model_settings.py" line="87"/>
        <source>Banister k2 (2)</source>
        <translation>k2 de Banister (2)</translation>
    </message>
    <message>
        <location filename="../dialogs/model_settings.py" line="89"/>
        <source>Baseline minutes per week</source>
        <translation>Minutos base por semana</translation>
    </message>
    <message>
        <location filename="../dialogs/model_settings.py" line="90"/>
        <source>Training load assumed every week, so a fresh player&apos;s load ratio stays sane</source>
        <translation>Carga de entrenamiento que se supone cada semana, para que la ratio de carga de un jugador fresco sea razonable</translation>
    </message>
    <message>
        <location filename="../dialogs/model_settings.py" line="95"/>
        <source>Goalkeeper load factor</source>
        <translation>Factor de carga del portero</translation>
    </message>
    <message>
        <location filename="../dialogs/model_settings.py" line="96"/>
        <source>A goalkeeper&apos;s match load per minute as a share of an outfielder&apos;s (0.5)</source>
        <translation>Carga de partido por minuto de un portero como fracción de la de un jugador de campo (0,5)</translation>
    </message>
    <message>
        <location filename="../dialogs/model_settings.py" line="101"/>
        <source>Long absence, days</source>
        <translation>Ausencia larga, días</translation>
    </message>
    <message>
        <location filename="../dialogs/model_settings.py" line="102"/>
        <source>No recorded load for longer: load ratio not floored until his history is back</source>
        <translation>Sin carga registrada más tiempo: índice de carga sin suelo hasta que recupere su historial</translation>
    </message>
    <message>
        <location filename="../dialogs/model_settings.py" line="107"/>
        <source>Back-to-back: goalkeepers too</source>
        <translation>Partidos seguidos: también porteros</translation>
    </message>
    <message>
        <location filename="../dialogs/model_settings.py" line="108"/>
        <source>Flag goalkeepers in FIFPRO&apos;s critical zone too (they run about half as much)</source>
        <translation>Marcar también a los porteros en la zona crítica de FIFPRO (corren más o menos la mitad)</translation>
    </message>
    <message>
        <location filename="../dialogs/model_settings.py" line="113"/>
        <source>Added time per half, min</source>
        <translation>Añadido por parte, min</translation>
    </message>
    <message>
        <location filename="../dialogs/model_settings.py" line="114"/>
        <source>Planned stoppage time counted as minutes played</source>
        <translation>Tiempo añadido previsto que cuenta como minutos jugados</translation>
    </message>
    <message>
        <location filename="../dialogs/model_settings.py" line="127"/>
        <source>Model settings</source>
        <translation>Ajustes del modelo</translation>
    </message>
</context>
<context>
    <name>NameReview</name>
    <message>
        <location filename="../name_review.py" line="35"/>
        <source>These names in the file are not exactly any player&apos;s but look like some. Say who each one is: the same player as in the plan, a new player, or skip his rows.</source>
        <translation>Estos nombres del archivo no son exactamente los de ningún jugador, pero se parecen a algunos. Indica quién es cada uno: el mismo jugador del plan, un jugador nuevo, u omite sus filas.</translation>
    </message>
    <message>
        <location filename="../name_review.py" line="43"/>
        <source>Name in the file</source>
        <translation>Nombre en el archivo</translation>
    </message>
    <message>
        <location filename="../name_review.py" line="43"/>
        <source>Player in the plan</source>
        <translation>Jugador en el plan</translation>
    </message>
    <message>
        <location filename="../name_review.py" line="43"/>
        <source>Import as</source>
        <translation>Importar como</translation>
    </message>
    <message>
        <location filename="../name_review.py" line="63"/>
        <source>Looks like: {0}</source>
        <translation>Se parece a: {0}</translation>
    </message>
    <message>
        <location filename="../name_review.py" line="66"/>
        <source>Player in the plan for {0}</source>
        <translation>Jugador en el plan para {0}</translation>
    </message>
    <message>
        <location filename="../name_review.py" line="72"/>
        <source>Import {0} as</source>
        <translation>Importar {0} como</translation>
    </message>
    <message>
        <location filename="../name_review.py" line="73"/>
        <source>Same player</source>
        <translation>Mismo jugador</translation>
    </message>
    <message>
        <location filename="../name_review.py" line="74"/>
        <source>New player</source>
        <translation>Jugador nuevo</translation>
    </message>
    <message>
        <location filename="../name_review.py" line="75"/>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
</context>
<context>
    <name>NextWeekDialog</name>
    <message>
        <location filename="../dialogs/next_week.py" line="41"/>
        <source>Next week</source>
        <translation>Próxima semana</translation>
    </message>
    <message>
        <location filename="../dialogs/next_week.py" line="47"/>
        <source>The next fixtures, a week after the last ones. Name each opponent; add or remove rows.</source>
        <translation>Los próximos partidos, una semana después de los últimos. Escriba cada rival; añada o quite filas.</translation>
    </message>
    <message>
        <location filename="../dialogs/next_week.py" line="52"/>
        <source>Kickoff</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <location filename="../dialogs/next_week.py" line="52"/>
        <source>Opponent</source>
        <translation>Rival</translation>
    </message>
    <message>
        <location filename="../dialogs/next_week.py" line="52"/>
        <source>Competition</source>
        <translation>Competición</translation>
    </message>
    <message>
        <location filename="../dialogs/next_week.py" line="52"/>
        <source>Home</source>
        <translation>En casa</translation>
    </message>
    <message>
        <location filename="../dialogs/next_week.py" line="54"/>
        <source>Add fixture</source>
        <translation>Añadir partido</translation>
    </message>
    <message>
        <location filename="../dialogs/next_week.py" line="65"/>
        <source>Add fixtures</source>
        <translation>Añadir partidos</translation>
    </message>
    <message>
        <location filename="../dialogs/next_week.py" line="85"/>
        <source>opponent</source>
        <translation>rival</translation>
    </message>
    <message>
        <location filename="../dialogs/next_week.py" line="125"/>
        <source>Add at least one fixture.</source>
        <translation>Añada al menos un partido.</translation>
    </message>
    <message>
        <location filename="../dialogs/next_week.py" line="131"/>
        <source>Name the opponent in row {0}.</source>
        <translation>Escriba el rival de la fila {0}.</translation>
    </message>
</context>
<context>
    <name>OutsideChange</name>
    <message>
        <location filename="../outside_change.py" line="38"/>
        <source>Changed by someone else</source>
        <translation>Cambiado por otra persona</translation>
    </message>
    <message>
        <location filename="../outside_change.py" line="41"/>
        <source>{0} was changed on disk since you opened it (by someone else, or in another window). The version you do not choose is kept beside it.</source>
        <translation>{0} cambió en el disco desde que lo abriste (otra persona u otra ventana). La versión que no elijas se guarda a su lado.</translation>
    </message>
    <message>
        <location filename="../outside_change.py" line="45"/>
        <source>Keep mine</source>
        <translation>Quedarme con la mía</translation>
    </message>
    <message>
        <location filename="../outside_change.py" line="46"/>
        <source>Take theirs</source>
        <translation>Tomar la suya</translation>
    </message>
    <message>
        <location filename="../outside_change.py" line="47"/>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <location filename="../outside_change.py" line="55"/>
        <source>their version</source>
        <translation>su versión</translation>
    </message>
    <message>
        <location filename="../outside_change.py" line="60"/>
        <source>my version</source>
        <translation>mi versión</translation>
    </message>
    <message>
        <location filename="../outside_change.py" line="66"/>
        <source>Could not save the plan</source>
        <translation>No se pudo guardar el plan</translation>
    </message>
    <message>
        <location filename="../outside_change.py" line="68"/>
        <source>The other version was kept as {0}.</source>
        <translation>La otra versión se guardó como {0}.</translation>
    </message>
</context>
<context>
    <name>PitchView</name>
    <message>
        <location filename="../pitch/view.py" line="39"/>
        <source>Starting eleven on the pitch</source>
        <translation>Once inicial en el campo</translation>
    </message>
    <message>
        <location filename="../pitch/view.py" line="136"/>
        <source>↑ sub on {0}&apos;</source>
        <translation>↑ entra {0}&apos;</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../editing.py" line="42"/>
        <source>Added {0} to the squad.</source>
        <translation>{0} añadido a la plantilla.</translation>
    </message>
    <message>
        <location filename="../editing.py" line="62"/>
        <source>Remove player</source>
        <translation>Quitar jugador</translation>
    </message>
    <message>
        <location filename="../editing.py" line="63"/>
        <source>Remove {0} from the squad and every lineup? His past minutes stay.</source>
        <translation>¿Quitar a {0} de la plantilla y de todas las alineaciones? Sus minutos jugados se conservan.</translation>
    </message>
    <message>
        <location filename="../editing.py" line="67"/>
        <source>Removed {0}. Undo brings him back.</source>
        <translation>{0} quitado. Deshacer lo recupera.</translation>
    </message>
    <message>
        <location filename="../editing.py" line="82"/>
        <source>Add fixture v {0}</source>
        <translation>Añadir partido contra {0}</translation>
    </message>
    <message>
        <location filename="../editing.py" line="107"/>
        <source>Add next fixtures ({0})</source>
        <translation>Añadir próximos partidos ({0})</translation>
    </message>
    <message>
        <location filename="../editing.py" line="110"/>
        <source>Added {0}.</source>
        <translation>Añadido: {0}.</translation>
    </message>
    <message>
        <location filename="../editing.py" line="131"/>
        <source>Copy lineup of {0} to {1}</source>
        <translation>Copiar alineación del {0} al {1}</translation>
    </message>
    <message>
        <location filename="../editing.py" line="134"/>
        <source>Copied the lineup of {0}.</source>
        <translation>Copiada la alineación del {0}.</translation>
    </message>
    <message>
        <location filename="../editing.py" line="136"/>
        <source>Left out, not available for {0}: {1}.</source>
        <translation>Fuera, no disponibles para el {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../editing.py" line="160"/>
        <source>Edit fixture v {0}</source>
        <translation>Editar partido contra {0}</translation>
    </message>
    <message>
        <location filename="../editing.py" line="177"/>
        <source>Edit rules of {0}</source>
        <translation>Editar reglas de {0}</translation>
    </message>
    <message>
        <location filename="../editing.py" line="186"/>
        <source>Remove fixture</source>
        <translation>Quitar partido</translation>
    </message>
    <message>
        <location filename="../editing.py" line="186"/>
        <source>Remove {0} and its lineup?</source>
        <translation>¿Quitar {0} y su alineación?</translation>
    </message>
    <message>
        <location filename="../editing.py" line="203"/>
        <source>{0} recorded as played.</source>
        <translation>{0} registrado como jugado.</translation>
    </message>
    <message>
        <location filename="../editing.py" line="214"/>
        <source>{0} is planned again: edit it freely.</source>
        <translation>{0} vuelve a estar planificado: puede editarlo.</translation>
    </message>
    <message>
        <location filename="../editing.py" line="224"/>
        <source>Model settings changed: readiness recomputed.</source>
        <translation>Ajustes del modelo cambiados: frescura recalculada.</translation>
    </message>
    <message>
        <location filename="../editing.py" line="235"/>
        <source>Training week planned: readiness recomputed.</source>
        <translation>Semana de entrenamiento planificada: frescura recalculada.</translation>
    </message>
</context>
<context>
    <name>PlayedSummary</name>
    <message>
        <location filename="../pitch/played_summary.py" line="27"/>
        <source>What happened in the match</source>
        <translation>Lo que pasó en el partido</translation>
    </message>
    <message>
        <location filename="../pitch/played_summary.py" line="30"/>
        <source>Minutes played</source>
        <translation>Minutos jugados</translation>
    </message>
    <message>
        <location filename="../pitch/played_summary.py" line="32"/>
        <source>Minutes played; the planned minutes in brackets where different</source>
        <translation>Minutos jugados; entre paréntesis los previstos donde difieren</translation>
    </message>
    <message>
        <location filename="../pitch/played_summary.py" line="57"/>
        <source>{0}&apos; {1} on for {2}</source>
        <translation>{0}&apos; entra {1} por {2}</translation>
    </message>
    <message>
        <location filename="../pitch/played_summary.py" line="61"/>
        <source>{0}&apos; yellow card: {1}</source>
        <translation>{0}&apos; tarjeta amarilla: {1}</translation>
    </message>
    <message>
        <location filename="../pitch/played_summary.py" line="63"/>
        <source>{0}&apos; red card: {1}</source>
        <translation>{0}&apos; tarjeta roja: {1}</translation>
    </message>
    <message>
        <location filename="../pitch/played_summary.py" line="67"/>
        <source>{0}&apos; {1} injured</source>
        <translation>{0}&apos; {1} lesionado</translation>
    </message>
    <message>
        <location filename="../pitch/played_summary.py" line="70"/>
        <source>{0}, expected back {1}</source>
        <translation>{0}, vuelta prevista el {1}</translation>
    </message>
    <message>
        <location filename="../pitch/played_summary.py" line="74"/>
        <source>Score {0}–{1}</source>
        <translation>Resultado {0}–{1}</translation>
    </message>
    <message>
        <location filename="../pitch/played_summary.py" line="76"/>
        <source>After extra time</source>
        <translation>Tras la prórroga</translation>
    </message>
    <message>
        <location filename="../pitch/played_summary.py" line="77"/>
        <source>No substitutions, cards or injuries recorded</source>
        <translation>Sin cambios, tarjetas ni lesiones registrados</translation>
    </message>
    <message>
        <location filename="../pitch/played_summary.py" line="91"/>
        <source>{0} {1}&apos;</source>
        <translation>{0} {1}&apos;</translation>
    </message>
    <message>
        <location filename="../pitch/played_summary.py" line="93"/>
        <source>{0} (planned {1}&apos;)</source>
        <translation>{0} (previstos {1}&apos;)</translation>
    </message>
</context>
<context>
    <name>PlayerDialog</name>
    <message>
        <location filename="../dialogs/player.py" line="51"/>
        <source>Edit player</source>
        <translation>Editar jugador</translation>
    </message>
    <message>
        <location filename="../dialogs/player.py" line="51"/>
        <source>Add player</source>
        <translation>Añadir jugador</translation>
    </message>
    <message>
        <location filename="../dialogs/player.py" line="56"/>
        <location filename="../dialogs/player.py" line="147"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../dialogs/player.py" line="64"/>
        <source>&amp;Back on</source>
        <translation>&amp;Vuelve el</translation>
    </message>
    <message>
        <location filename="../dialogs/player.py" line="67"/>
        <source>The day he is expected to be available again: he counts as available for the fixtures from that day on</source>
        <translation>El día en que se espera que vuelva a estar disponible: cuenta como disponible para los partidos desde ese día</translation>
    </message>
    <message>
        <location filename="../dialogs/player.py" line="87"/>
        <source>Staff rating from 0 to 100; the rotation suggestion weighs it</source>
        <translation>Valoración del cuerpo técnico de 0 a 100; la rotación sugerida la tiene en cuenta</translation>
    </message>
    <message>
        <location filename="../dialogs/player.py" line="90"/>
        <source>The plan warns when he gets fewer minutes over the week</source>
        <translation>El plan avisa si juega menos minutos en la semana</translation>
    </message>
    <message>
        <location filename="../dialogs/player.py" line="91"/>
        <source>The plan warns when he gets more minutes over the week</source>
        <translation>El plan avisa si juega más minutos en la semana</translation>
    </message>
    <message>
        <location filename="../dialogs/player.py" line="93"/>
        <source>at least</source>
        <translation>al menos</translation>
    </message>
    <message>
        <location filename="../dialogs/player.py" line="95"/>
        <source>at most</source>
        <translation>como mucho</translation>
    </message>
    <message>
        <location filename="../dialogs/player.py" line="121"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../dialogs/player.py" line="122"/>
        <source>N&amp;umber</source>
        <translation>&amp;Dorsal</translation>
    </message>
    <message>
        <location filename="../dialogs/player.py" line="123"/>
        <source>Positions</source>
        <translation>Posiciones</translation>
    </message>
    <message>
        <location filename="../dialogs/player.py" line="125"/>
        <source>&amp;Status</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <location filename="../dialogs/player.py" line="126"/>
        <source>&amp;Rating</source>
        <translation>&amp;Valoración</translation>
    </message>
    <message>
        <location filename="../dialogs/player.py" line="127"/>
        <source>Week minutes</source>
        <translation>Minutos semana</translation>
    </message>
    <message>
        <location filename="../dialogs/player.py" line="128"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <location filename="../dialogs/player.py" line="148"/>
        <source>Main position: {0} (the first one ticked)</source>
        <translation>Posición principal: {0} (la primera marcada)</translation>
    </message>
    <message>
        <location filename="../dialogs/player.py" line="185"/>
        <source>Give the player a name.</source>
        <translation>Ponle un nombre al jugador.</translation>
    </message>
    <message>
        <location filename="../dialogs/player.py" line="189"/>
        <source>The minimum minutes are above the maximum.</source>
        <translation>El mínimo de minutos supera el máximo.</translation>
    </message>
    <message>
        <location filename="../dialogs/player.py" line="199"/>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../problems.py" line="91"/>
        <source>Error: the plan breaks a rule</source>
        <translation>Error: el plan incumple una regla</translation>
    </message>
    <message>
        <location filename="../problems.py" line="93"/>
        <source>Warning: allowed, but think twice</source>
        <translation>Aviso: se permite, pero piénsalo dos veces</translation>
    </message>
    <message>
        <location filename="../problems.py" line="106"/>
        <source>Fixture</source>
        <translation>Partido</translation>
    </message>
    <message>
        <location filename="../problems.py" line="106"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../problems.py" line="116"/>
        <source>… and {0} more (see Problems)</source>
        <translation>… y {0} más (ver Problemas)</translation>
    </message>
    <message>
        <location filename="../problems.py" line="128"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
</context>
<context>
    <name>ReadinessPanel</name>
    <message>
        <location filename="../readiness.py" line="47"/>
        <source>Pick a player in the squad or in this table to see his minutes and readiness over the fortnight.</source>
        <translation>Elige un jugador en la plantilla o en esta tabla para ver sus minutos y su frescura en la quincena.</translation>
    </message>
    <message>
        <location filename="../readiness.py" line="61"/>
        <source>Show the game on screen (it follows the fixture tabs), every game, or one game</source>
        <translation>Muestra el partido en pantalla (sigue las pestañas de partidos), todos los partidos o uno</translation>
    </message>
    <message>
        <location filename="../readiness.py" line="65"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../readiness.py" line="105"/>
        <source>All games</source>
        <translation>Todos los partidos</translation>
    </message>
    <message>
        <location filename="../readiness.py" line="121"/>
        <source>Game on screen</source>
        <translation>Partido en pantalla</translation>
    </message>
    <message>
        <location filename="../readiness.py" line="122"/>
        <source>Game on screen: {0}</source>
        <translation>Partido en pantalla: {0}</translation>
    </message>
</context>
<context>
    <name>RowTable</name>
    <message>
        <location filename="../dialogs/row_table.py" line="55"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../dialogs/row_table.py" line="58"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../dialogs/row_table.py" line="61"/>
        <source>Remove the selected row (Del)</source>
        <translation>Quitar la fila seleccionada (Supr)</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../dialogs/rules.py" line="33"/>
        <source>Match length (min)</source>
        <translation>Duración del partido (min)</translation>
    </message>
    <message>
        <location filename="../dialogs/rules.py" line="33"/>
        <source>Minutes of normal time</source>
        <translation>Minutos del tiempo reglamentario</translation>
    </message>
    <message>
        <location filename="../dialogs/rules.py" line="34"/>
        <source>Substitutes on the bench</source>
        <translation>Suplentes en el banquillo</translation>
    </message>
    <message>
        <location filename="../dialogs/rules.py" line="34"/>
        <source>The most players on the bench</source>
        <translation>Máximo de jugadores en el banquillo</translation>
    </message>
    <message>
        <location filename="../dialogs/rules.py" line="35"/>
        <source>Substitutions</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <location filename="../dialogs/rules.py" line="35"/>
        <source>Changes allowed in normal time</source>
        <translation>Cambios permitidos en el tiempo reglamentario</translation>
    </message>
    <message>
        <location filename="../dialogs/rules.py" line="37"/>
        <source>Substitution windows</source>
        <translation>Ventanas de cambios</translation>
    </message>
    <message>
        <location filename="../dialogs/rules.py" line="38"/>
        <source>Stoppages of play in which the changes may be made</source>
        <translation>Interrupciones del juego en las que se pueden hacer los cambios</translation>
    </message>
    <message>
        <location filename="../dialogs/rules.py" line="41"/>
        <source>Concussion substitutes</source>
        <translation>Cambios por conmoción</translation>
    </message>
    <message>
        <location filename="../dialogs/rules.py" line="42"/>
        <source>Extra changes for a suspected concussion, outside the count (MLS: 2)</source>
        <translation>Cambios extra por sospecha de conmoción, fuera del cupo (MLS: 2)</translation>
    </message>
    <message>
        <location filename="../dialogs/rules.py" line="45"/>
        <source>Stoppage time up to (min)</source>
        <translation>Descuento hasta (min)</translation>
    </message>
    <message>
        <location filename="../dialogs/rules.py" line="46"/>
        <source>A change may be planned in added time up to this, e.g. 90+3</source>
        <translation>Se puede prever un cambio en el descuento hasta este minuto, p. ej. 90+3</translation>
    </message>
    <message>
        <location filename="../dialogs/rules.py" line="48"/>
        <source>Extra time (min)</source>
        <translation>Prórroga (min)</translation>
    </message>
    <message>
        <location filename="../dialogs/rules.py" line="48"/>
        <source>Minutes of extra time (2 x 15)</source>
        <translation>Minutos de prórroga (2 x 15)</translation>
    </message>
    <message>
        <location filename="../dialogs/rules.py" line="50"/>
        <source>More substitutions in extra time</source>
        <translation>Cambios de más en la prórroga</translation>
    </message>
    <message>
        <location filename="../dialogs/rules.py" line="51"/>
        <source>Changes allowed in extra time only, beyond those of normal time</source>
        <translation>Cambios permitidos solo en la prórroga, además de los del tiempo reglamentario</translation>
    </message>
    <message>
        <location filename="../dialogs/rules.py" line="54"/>
        <source>More windows in extra time</source>
        <translation>Ventanas de más en la prórroga</translation>
    </message>
    <message>
        <location filename="../dialogs/rules.py" line="55"/>
        <source>Windows allowed in extra time only, beyond those of normal time</source>
        <translation>Ventanas permitidas solo en la prórroga, además de las del tiempo reglamentario</translation>
    </message>
    <message>
        <location filename="../dialogs/rules.py" line="72"/>
        <source>Rules of {0}</source>
        <translation>Reglas de {0}</translation>
    </message>
    <message>
        <location filename="../dialogs/rules.py" line="81"/>
        <source>Half-time uses a window</source>
        <translation>El descanso cuenta como ventana</translation>
    </message>
    <message>
        <location filename="../dialogs/rules.py" line="82"/>
        <source>MLS and IFAB: a change at half-time uses no window</source>
        <translation>MLS e IFAB: un cambio en el descanso no gasta ventana</translation>
    </message>
    <message>
        <location filename="../dialogs/rules.py" line="84"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../dialogs/rules.py" line="86"/>
        <source>Yellow cards in the competition that bring a one-match ban (MLS: 5, 8, 11, 13)</source>
        <translation>Amarillas en la competición que acarrean un partido de sanción (MLS: 5, 8, 11, 13)</translation>
    </message>
    <message>
        <location filename="../dialogs/rules.py" line="88"/>
        <source>The tie can go to extra time</source>
        <translation>La eliminatoria puede ir a la prórroga</translation>
    </message>
    <message>
        <location filename="../dialogs/rules.py" line="90"/>
        <source>A cup second leg: changes may be planned up to 120&apos;</source>
        <translation>Vuelta de una eliminatoria: se pueden prever cambios hasta el 120&apos;</translation>
    </message>
    <message>
        <location filename="../dialogs/rules.py" line="96"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../dialogs/rules.py" line="102"/>
        <source>&amp;Yellow cards for a ban</source>
        <translation>&amp;Amarillas para sanción</translation>
    </message>
    <message>
        <location filename="../dialogs/rules.py" line="112"/>
        <source>&amp;Competition defaults</source>
        <translation>Valores de la &amp;competición</translation>
    </message>
    <message>
        <location filename="../dialogs/rules.py" line="148"/>
        <source>Name the rules (the competition&apos;s name).</source>
        <translation>Ponle nombre a las reglas (el de la competición).</translation>
    </message>
    <message>
        <location filename="../dialogs/rules.py" line="154"/>
        <source>Yellow cards for a ban: rising whole numbers with commas, e.g. 5, 8, 11, 13.</source>
        <translation>Amarillas para sanción: números enteros crecientes separados por comas, p. ej. 5, 8, 11, 13.</translation>
    </message>
</context>
<context>
    <name>SlotPicker</name>
    <message>
        <location filename="../pitch/slot_picker.py" line="36"/>
        <source>Put {0} at…</source>
        <translation>Poner a {0} en…</translation>
    </message>
    <message>
        <location filename="../pitch/slot_picker.py" line="38"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location filename="../pitch/slot_picker.py" line="39"/>
        <source>&amp;{0}  {1} — {2}</source>
        <translation>&amp;{0}  {1} — {2}</translation>
    </message>
    <message>
        <location filename="../pitch/slot_picker.py" line="52"/>
        <source>&amp;Bench</source>
        <translation>&amp;Banquillo</translation>
    </message>
    <message>
        <location filename="../pitch/slot_picker.py" line="58"/>
        <source>Leave &amp;out</source>
        <translation>&amp;Fuera de la convocatoria</translation>
    </message>
</context>
<context>
    <name>SquadModel</name>
    <message>
        <location filename="../squad/model.py" line="218"/>
        <location filename="../squad/model.py" line="266"/>
        <source>Bench</source>
        <translation>Banquillo</translation>
    </message>
    <message>
        <location filename="../squad/model.py" line="235"/>
        <source>Status: {0}</source>
        <translation>Estado: {0}</translation>
    </message>
    <message>
        <location filename="../squad/model.py" line="238"/>
        <source>Readiness for the fixture on screen: {0:.0f}/100</source>
        <translation>Frescura para el partido en pantalla: {0:.0f}/100</translation>
    </message>
    <message>
        <location filename="../squad/model.py" line="240"/>
        <source>Planned minutes this week: {0}</source>
        <translation>Minutos previstos esta semana: {0}</translation>
    </message>
    <message>
        <location filename="../squad/model.py" line="245"/>
        <source>Drag onto the pitch or bench to pick him; right-click for more.</source>
        <translation>Arrástralo al campo o al banquillo para convocarlo; clic derecho para más opciones.</translation>
    </message>
    <message>
        <location filename="../squad/model.py" line="257"/>
        <source>Player</source>
        <translation>Jugador</translation>
    </message>
    <message>
        <location filename="../squad/model.py" line="258"/>
        <source>Pos</source>
        <translation>Pos</translation>
    </message>
    <message>
        <location filename="../squad/model.py" line="259"/>
        <source>Rtg</source>
        <translation>Val</translation>
    </message>
    <message>
        <location filename="../squad/model.py" line="260"/>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <location filename="../squad/model.py" line="261"/>
        <source>Ready</source>
        <translation>Fresc</translation>
    </message>
    <message>
        <location filename="../squad/model.py" line="262"/>
        <source>Role</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location filename="../squad/model.py" line="269"/>
        <source>Shirt number</source>
        <translation>Dorsal</translation>
    </message>
    <message>
        <location filename="../squad/model.py" line="270"/>
        <source>Name; the icon shows his status (injured, suspended, doubtful...)</source>
        <translation>Nombre; el icono indica su estado (lesionado, sancionado, en duda...)</translation>
    </message>
    <message>
        <location filename="../squad/model.py" line="271"/>
        <source>Positions he is listed at, main one first</source>
        <translation>Posiciones en las que figura, la principal primero</translation>
    </message>
    <message>
        <location filename="../squad/model.py" line="272"/>
        <source>Staff rating, 0-100</source>
        <translation>Valoración del cuerpo técnico, 0-100</translation>
    </message>
    <message>
        <location filename="../squad/model.py" line="273"/>
        <source>Planned minutes over all fixtures of the plan</source>
        <translation>Minutos previstos en todos los partidos del plan</translation>
    </message>
    <message>
        <location filename="../squad/model.py" line="274"/>
        <source>Readiness 0-100 at kickoff of the fixture on screen</source>
        <translation>Frescura 0-100 al inicio del partido en pantalla</translation>
    </message>
    <message>
        <location filename="../squad/model.py" line="275"/>
        <source>Where he is in the fixture on screen: a slot of the XI, or bench</source>
        <translation>Dónde está en el partido en pantalla: un puesto del once o el banquillo</translation>
    </message>
</context>
<context>
    <name>SquadPanel</name>
    <message>
        <location filename="../squad/view.py" line="168"/>
        <source>Search name or number…</source>
        <translation>Buscar nombre o dorsal…</translation>
    </message>
    <message>
        <location filename="../squad/view.py" line="172"/>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <location filename="../squad/view.py" line="176"/>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../squad/view.py" line="177"/>
        <source>Can play</source>
        <translation>Pueden jugar</translation>
    </message>
    <message>
        <location filename="../squad/view.py" line="182"/>
        <source>Show players by availability</source>
        <translation>Mostrar jugadores según su disponibilidad</translation>
    </message>
    <message>
        <location filename="../squad/view.py" line="201"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../squad/view.py" line="202"/>
        <source>GK</source>
        <translation>POR</translation>
    </message>
    <message>
        <location filename="../squad/view.py" line="203"/>
        <source>DF</source>
        <translation>DEF</translation>
    </message>
    <message>
        <location filename="../squad/view.py" line="204"/>
        <source>MF</source>
        <translation>MED</translation>
    </message>
    <message>
        <location filename="../squad/view.py" line="205"/>
        <source>FW</source>
        <translation>DEL</translation>
    </message>
    <message>
        <location filename="../squad/view.py" line="210"/>
        <source>Show all players</source>
        <translation>Mostrar todos los jugadores</translation>
    </message>
    <message>
        <location filename="../squad/view.py" line="210"/>
        <source>Show {0} only</source>
        <translation>Mostrar solo {0}</translation>
    </message>
    <message>
        <location filename="../squad/view.py" line="275"/>
        <source>Edit player…</source>
        <translation>Editar jugador…</translation>
    </message>
    <message>
        <location filename="../squad/view.py" line="276"/>
        <source>Remove from squad</source>
        <translation>Quitar de la plantilla</translation>
    </message>
</context>
<context>
    <name>SubsTimeline</name>
    <message>
        <location filename="../pitch/timeline.py" line="37"/>
        <source>Planned substitutions</source>
        <translation>Cambios previstos</translation>
    </message>
    <message>
        <location filename="../pitch/timeline.py" line="65"/>
        <location filename="../pitch/timeline_paint.py" line="33"/>
        <source>Subs</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <location filename="../pitch/timeline.py" line="87"/>
        <source>half-time</source>
        <translation>descanso</translation>
    </message>
    <message>
        <location filename="../pitch/timeline.py" line="298"/>
        <source>Edit minute…</source>
        <translation>Editar minuto…</translation>
    </message>
    <message>
        <location filename="../pitch/timeline.py" line="299"/>
        <source>Remove change</source>
        <translation>Quitar cambio</translation>
    </message>
    <message>
        <location filename="../pitch/timeline.py" line="347"/>
        <source>{0}: {1} on for {2}.</source>
        <translation>{0}: entra {1} por {2}.</translation>
    </message>
    <message>
        <location filename="../pitch/timeline.py" line="351"/>
        <source>Concussion substitute: outside the count of changes and windows.</source>
        <translation>Sustituto por conmoción: fuera del recuento de cambios y ventanas.</translation>
    </message>
    <message>
        <location filename="../pitch/timeline.py" line="352"/>
        <source>Drag to move it, Enter to edit its minute, Delete to remove it.</source>
        <translation>Arrástrelo para moverlo, Intro para editar el minuto, Supr para quitarlo.</translation>
    </message>
    <message>
        <location filename="../pitch/timeline.py" line="396"/>
        <source>Drag a bench player or a starter of this match here to plan a change.</source>
        <translation>Arrastra aquí un suplente o un titular de este partido para planificar un cambio.</translation>
    </message>
    <message>
        <location filename="../pitch/timeline_paint.py" line="49"/>
        <location filename="../pitch/timeline_paint.py" line="59"/>
        <source>HT</source>
        <translation>Desc.</translation>
    </message>
    <message>
        <location filename="../pitch/timeline_paint.py" line="67"/>
        <source>No changes planned: drag a bench player here, or onto a starter&apos;s card</source>
        <translation>Sin cambios previstos: arrastra aquí un suplente, o sobre la tarjeta de un titular</translation>
    </message>
    <message>
        <location filename="../pitch/timeline_paint.py" line="88"/>
        <source>Extra time</source>
        <translation>Prórroga</translation>
    </message>
</context>
<context>
    <name>SubstitutionEditor</name>
    <message>
        <location filename="../pitch/sub_edit.py" line="39"/>
        <source>Edit change</source>
        <translation>Editar cambio</translation>
    </message>
    <message>
        <location filename="../pitch/sub_edit.py" line="41"/>
        <source>e.g. 67 or 90+3</source>
        <translation>p. ej. 67 o 90+3</translation>
    </message>
    <message>
        <location filename="../pitch/sub_edit.py" line="43"/>
        <source>The minute as the clock shows it: 1 to {0}, stoppage time as 45+2 or 90+3.</source>
        <translation>El minuto como lo marca el reloj: de 1 a {0}, el descuento como 45+2 o 90+3.</translation>
    </message>
    <message>
        <location filename="../pitch/sub_edit.py" line="47"/>
        <source>At &amp;half-time</source>
        <translation>En el &amp;descanso</translation>
    </message>
    <message>
        <location filename="../pitch/sub_edit.py" line="49"/>
        <source>&amp;Concussion substitute</source>
        <translation>Sustituto por &amp;conmoción</translation>
    </message>
    <message>
        <location filename="../pitch/sub_edit.py" line="52"/>
        <source>Outside the count of changes and windows (up to {0} per match).</source>
        <translation>Fuera del recuento de cambios y ventanas (hasta {0} por partido).</translation>
    </message>
    <message>
        <location filename="../pitch/sub_edit.py" line="65"/>
        <source>{0} on for {1}</source>
        <translation>Entra {0} por {1}</translation>
    </message>
    <message>
        <location filename="../pitch/sub_edit.py" line="66"/>
        <source>&amp;Minute:</source>
        <translation>&amp;Minuto:</translation>
    </message>
    <message>
        <location filename="../pitch/sub_edit.py" line="87"/>
        <source>Write a minute such as 67 or 90+3.</source>
        <translation>Escriba un minuto como 67 o 90+3.</translation>
    </message>
</context>
<context>
    <name>SuggestionDialog</name>
    <message>
        <location filename="../dialogs/suggestion.py" line="74"/>
        <source>Suggested rotation</source>
        <translation>Rotación sugerida</translation>
    </message>
    <message>
        <location filename="../dialogs/suggestion.py" line="77"/>
        <source>the best possible under the rules</source>
        <translation>la mejor posible según las reglas</translation>
    </message>
    <message>
        <location filename="../dialogs/suggestion.py" line="79"/>
        <source>within {0:.1%} of the best</source>
        <translation>a menos de un {0:.1%} de la mejor</translation>
    </message>
    <message>
        <location filename="../dialogs/suggestion.py" line="82"/>
        <source>a quick pick within {0:.1%} of the best (too big to solve exactly in time)</source>
        <translation>una selección rápida a menos de un {0:.1%} de la mejor (demasiado grande para resolverla exactamente a tiempo)</translation>
    </message>
    <message>
        <location filename="../dialogs/suggestion.py" line="85"/>
        <source>{0} changes across {1} fixtures, found in {2:.1f} s; {3}.</source>
        <translation>{0} cambios en {1} partidos, encontrados en {2:.1f} s; {3}.</translation>
    </message>
    <message>
        <location filename="../dialogs/suggestion.py" line="89"/>
        <source>The plan is already the best rotation found: nothing would change.</source>
        <translation>El plan ya es la mejor rotación encontrada: no cambiaría nada.</translation>
    </message>
    <message>
        <location filename="../dialogs/suggestion.py" line="94"/>
        <source>Player</source>
        <translation>Jugador</translation>
    </message>
    <message>
        <location filename="../dialogs/suggestion.py" line="94"/>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <location filename="../dialogs/suggestion.py" line="94"/>
        <source>Suggested</source>
        <translation>Sugerido</translation>
    </message>
    <message>
        <location filename="../dialogs/suggestion.py" line="94"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location filename="../dialogs/suggestion.py" line="94"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location filename="../dialogs/suggestion.py" line="138"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location filename="../dialogs/suggestion.py" line="140"/>
        <source>Put these lineups in the plan (one step, Undo takes it back)</source>
        <translation>Pasar estas alineaciones al plan (un solo paso; Deshacer lo revierte)</translation>
    </message>
    <message>
        <location filename="../dialogs/suggestion.py" line="152"/>
        <source>Locks kept by this suggestion</source>
        <translation>Bloqueos que respeta esta sugerencia</translation>
    </message>
    <message>
        <location filename="../dialogs/suggestion.py" line="154"/>
        <source>Suggest again</source>
        <translation>Sugerir de nuevo</translation>
    </message>
    <message>
        <location filename="../dialogs/suggestion.py" line="156"/>
        <source>Look for the best rotation again with the locks as they are now</source>
        <translation>Buscar de nuevo la mejor rotación con los bloqueos como están ahora</translation>
    </message>
    <message>
        <location filename="../dialogs/suggestion.py" line="158"/>
        <source>The locks changed: Suggest again to use them.</source>
        <translation>Los bloqueos han cambiado: pulsa Sugerir de nuevo para aplicarlos.</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../tasks.py" line="58"/>
        <source>Import squad or minutes</source>
        <translation>Importar plantilla o minutos</translation>
    </message>
    <message>
        <location filename="../tasks.py" line="37"/>
        <source>Spreadsheets and text tables ({0})</source>
        <translation>Hojas de cálculo y tablas de texto ({0})</translation>
    </message>
    <message>
        <location filename="../tasks.py" line="37"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../tasks.py" line="65"/>
        <source>the import</source>
        <translation>la importación</translation>
    </message>
    <message>
        <location filename="../tasks.py" line="73"/>
        <source>Import {0}</source>
        <translation>Importar {0}</translation>
    </message>
    <message>
        <location filename="../tasks.py" line="93"/>
        <source>Export to Excel</source>
        <translation>Exportar a Excel</translation>
    </message>
    <message>
        <location filename="../tasks.py" line="93"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../tasks.py" line="116"/>
        <source>Writing {0}…</source>
        <translation>Escribiendo {0}…</translation>
    </message>
    <message>
        <location filename="../tasks.py" line="118"/>
        <source>Export failed</source>
        <translation>Falló la exportación</translation>
    </message>
    <message>
        <location filename="../tasks.py" line="121"/>
        <source>Exported the rotation sheets to {0}.</source>
        <translation>Hojas de rotación exportadas a {0}.</translation>
    </message>
    <message>
        <location filename="../tasks.py" line="132"/>
        <source>Export a plan with errors?</source>
        <translation>¿Exportar un plan con errores?</translation>
    </message>
    <message>
        <location filename="../tasks.py" line="136"/>
        <source>The plan breaks {0} rule(s). Printed sheets would show lineups that cannot be played as planned.</source>
        <translation>El plan incumple {0} regla(s). Las hojas impresas mostrarían alineaciones que no se pueden jugar como están planeadas.</translation>
    </message>
    <message>
        <location filename="../tasks.py" line="140"/>
        <source>Export anyway</source>
        <translation>Exportar de todos modos</translation>
    </message>
    <message>
        <location filename="../tasks.py" line="154"/>
        <source>the suggestion</source>
        <translation>la propuesta</translation>
    </message>
    <message>
        <location filename="../tasks.py" line="157"/>
        <source>Looking for the best rotation…</source>
        <translation>Buscando la mejor rotación…</translation>
    </message>
    <message>
        <location filename="../tasks.py" line="161"/>
        <source>No rotation found</source>
        <translation>No se encontró ninguna rotación</translation>
    </message>
    <message>
        <location filename="../tasks.py" line="173"/>
        <source>Suggested rotation</source>
        <translation>Rotación sugerida</translation>
    </message>
    <message>
        <location filename="../tasks.py" line="175"/>
        <source>Applied the suggested rotation ({0} changes). Undo takes it back.</source>
        <translation>Rotación sugerida aplicada ({0} cambios). Deshacer la revierte.</translation>
    </message>
    <message>
        <location filename="../tasks.py" line="184"/>
        <source>Imported {0}: the plan already had all of it, nothing changed.</source>
        <translation>Importado {0}: el plan ya lo tenía todo, no ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../tasks.py" line="185"/>
        <source>Imported {0}: {1} players added, {2} updated, {3} appearances added.</source>
        <translation>Importado {0}: {1} jugadores añadidos, {2} actualizados, {3} participaciones añadidas.</translation>
    </message>
</context>
<context>
    <name>TrainingWeek</name>
    <message>
        <location filename="../dialogs/training.py" line="36"/>
        <source>Whole squad</source>
        <translation>Toda la plantilla</translation>
    </message>
    <message>
        <location filename="../dialogs/training.py" line="37"/>
        <source>Starters</source>
        <translation>Titulares</translation>
    </message>
    <message>
        <location filename="../dialogs/training.py" line="38"/>
        <source>Non-starters</source>
        <translation>Suplentes</translation>
    </message>
    <message>
        <location filename="../dialogs/training.py" line="39"/>
        <source>Goalkeepers</source>
        <translation>Porteros</translation>
    </message>
    <message>
        <location filename="../dialogs/training.py" line="45"/>
        <source>Recovery</source>
        <translation>Recuperación</translation>
    </message>
    <message>
        <location filename="../dialogs/training.py" line="46"/>
        <source>Compensation</source>
        <translation>Compensatorio</translation>
    </message>
    <message>
        <location filename="../dialogs/training.py" line="47"/>
        <source>Activation</source>
        <translation>Activación</translation>
    </message>
    <message>
        <location filename="../dialogs/training.py" line="48"/>
        <source>Tactical</source>
        <translation>Táctico</translation>
    </message>
    <message>
        <location filename="../dialogs/training.py" line="49"/>
        <source>Loading</source>
        <translation>Carga</translation>
    </message>
    <message>
        <location filename="../dialogs/training.py" line="60"/>
        <source>Training week</source>
        <translation>Semana de entrenamiento</translation>
    </message>
    <message>
        <location filename="../dialogs/training.py" line="67"/>
        <source>Sessions planned between the fixtures count in readiness at the next kickoff (load = RPE x minutes). Starters and non-starters are those of the match before.</source>
        <translation>Las sesiones previstas entre los partidos cuentan en la frescura del siguiente partido (carga = RPE x minutos). Titulares y suplentes son los del partido anterior.</translation>
    </message>
    <message>
        <location filename="../dialogs/training.py" line="73"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../dialogs/training.py" line="73"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../dialogs/training.py" line="73"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../dialogs/training.py" line="73"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location filename="../dialogs/training.py" line="73"/>
        <source>RPE</source>
        <translation>RPE</translation>
    </message>
    <message>
        <location filename="../dialogs/training.py" line="81"/>
        <source>Make these days the template for gaps of the same length</source>
        <translation>Usar estos días como plantilla para los huecos de la misma duración</translation>
    </message>
    <message>
        <location filename="../dialogs/training.py" line="85"/>
        <source>Every gap of as many days between matches gets these sessions from now on</source>
        <translation>Todo hueco con los mismos días entre partidos recibirá estas sesiones a partir de ahora</translation>
    </message>
    <message>
        <location filename="../dialogs/training.py" line="87"/>
        <source>Restore the default template</source>
        <translation>Restablecer la plantilla predeterminada</translation>
    </message>
    <message>
        <location filename="../dialogs/training.py" line="154"/>
        <source>before {0}</source>
        <translation>antes de {0}</translation>
    </message>
    <message>
        <location filename="../dialogs/training.py" line="167"/>
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../workers.py" line="44"/>
        <source>Please wait</source>
        <translation>Espera, por favor</translation>
    </message>
</context>
</TS>
