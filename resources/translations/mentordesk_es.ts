<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Run a mentorship program&apos;s year: applications, eligibility, matching, the calendar, agreements and the cohort summary. Your data stays on your computer or your committee&apos;s own server.</source>
        <translation>Lleve el año de un programa de mentoría: solicitudes, elegibilidad, emparejamiento, calendario, acuerdos y el resumen de la cohorte. Sus datos se quedan en su computadora o en el servidor propio de su comité.</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de datos:</translation>
    </message>
    <message>
        <source>About MentorDesk</source>
        <translation>Acerca de MentorDesk</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Week of %s</source>
        <translation>Semana del %s</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Drag an event onto a day of the month to move it</source>
        <translation>Arrastre un evento a un día del mes para moverlo</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Cancel event</source>
        <translation>Cancelar evento</translation>
    </message>
</context>
<context>
    <name>AgreementPreviewDialog</name>
    <message>
        <source>Agreement preview</source>
        <translation>Vista previa del acuerdo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln página</numerusform>
            <numerusform>%Ln páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>Print agreement</source>
        <translation>Imprimir acuerdo</translation>
    </message>
    <message>
        <source>Mentoring agreement</source>
        <translation>Acuerdo de mentoría</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>AgreementTableModel</name>
    <message>
        <source>Mentee</source>
        <translation>Mentorado/a</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor/a</translation>
    </message>
    <message>
        <source>Emphasis area</source>
        <translation>Área de énfasis</translation>
    </message>
    <message>
        <source>Signed agreement back on</source>
        <translation>Acuerdo firmado recibido el</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>aún no</translation>
    </message>
    <message>
        <source>Double-click to record the day the signed agreement came back</source>
        <translation>Haga doble clic para registrar el día en que regresó el acuerdo firmado</translation>
    </message>
</context>
<context>
    <name>AgreementsPanel</name>
    <message>
        <source>No active pairs in this cohort yet: agreements are printed for pairs.</source>
        <translation>Aún no hay parejas activas en esta cohorte: los acuerdos se imprimen para parejas.</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Agreements signed</source>
        <translation>Acuerdos firmados</translation>
    </message>
    <message>
        <source>Agreement preview</source>
        <translation>Vista previa del acuerdo</translation>
    </message>
    <message>
        <source>Agreement of %s and %s</source>
        <translation>Acuerdo de %s y %s</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln signed agreement(s) back</source>
        <translation>
            <numerusform>%1 de %Ln acuerdo firmado recibido</numerusform>
            <numerusform>%1 de %Ln acuerdos firmados recibidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln agreement(s)</source>
        <translation>
            <numerusform>%Ln acuerdo</numerusform>
            <numerusform>%Ln acuerdos</numerusform>
        </translation>
    </message>
    <message>
        <source>Export agreements to folder</source>
        <translation>Exportar acuerdos a una carpeta</translation>
    </message>
    <message>
        <source>No active pairs: no agreements written.</source>
        <translation>No hay parejas activas: no se generó ningún acuerdo.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln agreement(s)</source>
        <translation>
            <numerusform>Se generó %Ln acuerdo</numerusform>
            <numerusform>Se generaron %Ln acuerdos</numerusform>
        </translation>
    </message>
    <message>
        <source> and the combined file %1 for printing to %2</source>
        <translation> y el archivo combinado %1 para imprimir en %2</translation>
    </message>
    <message>
        <source>Writing agreements…</source>
        <translation>Generando acuerdos…</translation>
    </message>
    <message>
        <source>Export agreements</source>
        <translation>Exportar acuerdos</translation>
    </message>
    <message>
        <source>Export cancelled; the folder was left as it was.</source>
        <translation>Exportación cancelada; la carpeta quedó como estaba.</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Vista previa…</translation>
    </message>
    <message>
        <source>Signed today</source>
        <translation>Firmado hoy</translation>
    </message>
    <message>
        <source>Not signed back</source>
        <translation>Firma no recibida</translation>
    </message>
    <message>
        <source>One PDF per pair and one combined PDF for printing</source>
        <translation>Un PDF por pareja y un PDF combinado para imprimir</translation>
    </message>
    <message>
        <source>Export agreements…</source>
        <translation>Exportar acuerdos…</translation>
    </message>
</context>
<context>
    <name>ApplicantsArea</name>
    <message>
        <source>edit %s of %s</source>
        <translation>editar %s de %s</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentores/as</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Mentorados/as</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Elegibles</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>No elegibles</translation>
    </message>
    <message>
        <source>Needs a decision</source>
        <translation>Requiere una decisión</translation>
    </message>
    <message>
        <source>&amp;Find Applicant</source>
        <translation>&amp;Buscar solicitante</translation>
    </message>
    <message>
        <source>Delete Permanently…</source>
        <translation>Eliminar definitivamente…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Dar de baja…</translation>
    </message>
    <message>
        <source>They leave the cohort: their pair ends, their partner gets an offer</source>
        <translation>Deja la cohorte: su pareja termina y a su contraparte se le ofrece otra opción</translation>
    </message>
    <message>
        <source>Cannot show the applications</source>
        <translation>No se pueden mostrar las solicitudes</translation>
    </message>
    <message numerus="yes">
        <source>Reading %Ln application(s)…</source>
        <translation>
            <numerusform>Leyendo %Ln solicitud…</numerusform>
            <numerusform>Leyendo %Ln solicitudes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln application(s) need a decision</source>
        <translation>
            <numerusform>%Ln solicitud requiere una decisión</numerusform>
            <numerusform>%Ln solicitudes requieren una decisión</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln application(s)</source>
        <translation>
            <numerusform>Mostrando %1 de %Ln solicitud</numerusform>
            <numerusform>Mostrando %1 de %Ln solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <source>the form did not ask %s, which the rules need. Select them and decide, or fill in the answer in the table.</source>
        <translation>el formulario no preguntó %s, que las reglas necesitan. Selecciónelas y decida, o llene la respuesta en la tabla.</translation>
    </message>
    <message>
        <source>Decided for the selection</source>
        <translation>Decidido para la selección</translation>
    </message>
    <message numerus="yes">
        <source>decide %Ln application(s) eligible</source>
        <translation>
            <numerusform>decidir que %Ln solicitud es elegible</numerusform>
            <numerusform>decidir que %Ln solicitudes son elegibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>decide %Ln application(s) not eligible</source>
        <translation>
            <numerusform>decidir que %Ln solicitud no es elegible</numerusform>
            <numerusform>decidir que %Ln solicitudes no son elegibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Decided %Ln application(s)</source>
        <translation>
            <numerusform>Se decidió %Ln solicitud</numerusform>
            <numerusform>Se decidieron %Ln solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <source>No applications in this cohort yet. Bring in your form&apos;s export with File ▸ Import Applications… (Ctrl+I).</source>
        <translation>Aún no hay solicitudes en esta cohorte. Traiga la exportación de su formulario con Archivo ▸ Importar solicitudes… (Ctrl+I).</translation>
    </message>
    <message>
        <source>Select an applicant to see every answer of their application.</source>
        <translation>Seleccione un solicitante para ver todas las respuestas de su solicitud.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln applicants selected</source>
        <translation>
            <numerusform>%Ln solicitante seleccionado</numerusform>
            <numerusform>%Ln solicitantes seleccionados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mark %Ln application(s) %1</source>
        <translation>
            <numerusform>marcar %Ln solicitud como %1</numerusform>
            <numerusform>marcar %Ln solicitudes como %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Select applicants who have not withdrawn yet</source>
        <translation>Seleccione solicitantes que aún no se hayan dado de baja</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Cambiar estado</translation>
    </message>
    <message>
        <source>Copy email addresses</source>
        <translation>Copiar correos electrónicos</translation>
    </message>
    <message numerus="yes">
        <source>%Ln applications</source>
        <translation>
            <numerusform>%Ln solicitud</numerusform>
            <numerusform>%Ln solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation>Eliminar definitivamente</translation>
    </message>
    <message>
        <source>Delete %s permanently? This cannot be undone. To keep the history of someone who leaves the program, set the status to Withdrawn instead.</source>
        <translation>¿Eliminar a %s definitivamente? Esto no se puede deshacer. Para conservar el historial de alguien que deja el programa, cambie su estado a Dado de baja.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>No se eliminó</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln application(s)</source>
        <translation>
            <numerusform>Se eliminó %Ln solicitud</numerusform>
            <numerusform>Se eliminaron %Ln solicitudes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln address(es)</source>
        <translation>
            <numerusform>Se copió %Ln dirección</numerusform>
            <numerusform>Se copiaron %Ln direcciones</numerusform>
        </translation>
    </message>
    <message>
        <source>(not asked on the form)</source>
        <translation>(no se preguntó en el formulario)</translation>
    </message>
    <message>
        <source>corrected by the committee</source>
        <translation>corregido por el comité</translation>
    </message>
    <message>
        <source>same for all</source>
        <translation>igual para todos</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>could be %1: the committee decides</source>
        <translation>podría ser %1: decide el comité</translation>
    </message>
    <message>
        <source>matches no mentor of this cohort</source>
        <translation>no coincide con ningún mentor/a de esta cohorte</translation>
    </message>
    <message>
        <source>Search name, email, department, interests…</source>
        <translation>Buscar nombre, correo, departamento, intereses…</translation>
    </message>
    <message>
        <source>Search applicants</source>
        <translation>Buscar solicitantes</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>Eli&amp;gibility:</source>
        <translation>Ele&amp;gibilidad:</translation>
    </message>
    <message>
        <source>Possible &amp;duplicates</source>
        <translation>Posibles &amp;duplicados</translation>
    </message>
    <message>
        <source>Applications that need a decision</source>
        <translation>Solicitudes que requieren una decisión</translation>
    </message>
    <message>
        <source>Show &amp;them</source>
        <translation>&amp;Mostrarlas</translation>
    </message>
    <message>
        <source>Selected are e&amp;ligible</source>
        <translation>Son e&amp;legibles</translation>
    </message>
    <message>
        <source>Selected are &amp;not eligible</source>
        <translation>&amp;No son elegibles</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>Solicitantes</translation>
    </message>
    <message>
        <source>Applicant details</source>
        <translation>Detalles del solicitante</translation>
    </message>
    <message>
        <source>Remove %s (entered by mistake)</source>
        <translation>Eliminar a %s (introducido/a por error)</translation>
    </message>
</context>
<context>
    <name>ApplicantsTableModel</name>
    <message>
        <source>Possible duplicate: %s</source>
        <translation>Posible duplicado: %s</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Meets every rule of the program</source>
        <translation>Cumple todas las reglas del programa</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Mentor for %s:</source>
        <translation>Mentor/a para %s:</translation>
    </message>
    <message>
        <source>%s — %s — score %s, %d free</source>
        <translation>%s — %s — puntaje %s, %d libres</translation>
    </message>
    <message>
        <source>no department</source>
        <translation>sin departamento</translation>
    </message>
    <message>
        <source>Assign to mentor</source>
        <translation>Asignar a mentor/a</translation>
    </message>
    <message>
        <source>Mentor for the mentee</source>
        <translation>Mentor/a para el mentorado/a</translation>
    </message>
    <message>
        <source>Search mentors</source>
        <translation>Buscar mentores/as</translation>
    </message>
    <message>
        <source>Type to find a mentor; Up/Down to choose, Enter to assign</source>
        <translation>Escriba para buscar un mentor/a; Arriba/Abajo para elegir, Entrar para asignar</translation>
    </message>
    <message>
        <source>Mentors with a free place</source>
        <translation>Mentores/as con un lugar libre</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Choose an event in the agenda</source>
        <translation>Elija un evento en la agenda</translation>
    </message>
    <message>
        <source>mentee</source>
        <translation>mentorado/a</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>mentor/a</translation>
    </message>
    <message>
        <source> — excused</source>
        <translation> — justificado</translation>
    </message>
    <message>
        <source> — absent</source>
        <translation> — ausente</translation>
    </message>
    <message>
        <source>Reading the attendance sheet…</source>
        <translation>Leyendo la hoja de asistencia…</translation>
    </message>
    <message>
        <source>%1 expected · %2 present · %3 absent · %4 excused · %5 not marked</source>
        <translation>%1 esperados · %2 presentes · %3 ausentes · %4 justificados · %5 sin marcar</translation>
    </message>
    <message>
        <source>Saving the attendance…</source>
        <translation>Guardando la asistencia…</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Attendance checklist</source>
        <translation>Lista de asistencia</translation>
    </message>
    <message>
        <source>Everyone present</source>
        <translation>Todos presentes</translation>
    </message>
    <message>
        <source>Mark the selected person as excused</source>
        <translation>Marcar a la persona seleccionada como justificada</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Justificado</translation>
    </message>
</context>
<context>
    <name>AuditArea</name>
    <message>
        <source>Anyone</source>
        <translation>Cualquier persona</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <source>Any record</source>
        <translation>Cualquier registro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Any field</source>
        <translation>Cualquier campo</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>Cualquier día</translation>
    </message>
    <message>
        <source>Changes from</source>
        <translation>Cambios desde</translation>
    </message>
    <message>
        <source>Changes until</source>
        <translation>Cambios hasta</translation>
    </message>
    <message>
        <source>Desk (computer)</source>
        <translation>Equipo (computadora)</translation>
    </message>
    <message>
        <source>All cohorts</source>
        <translation>Todas las cohortes</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Registro:</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>Campo:</translation>
    </message>
    <message>
        <source>Pe&amp;rson:</source>
        <translation>Pe&amp;rsona:</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>Des&amp;de:</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>The newest %1 changes; narrow the filters to see older ones</source>
        <translation>Los %1 cambios más recientes; acote los filtros para ver los anteriores</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Desk:</source>
        <translation>Equipo:</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <source>Reading the audit trail…</source>
        <translation>Leyendo el registro de auditoría…</translation>
    </message>
    <message>
        <source>Any desk</source>
        <translation>Cualquier equipo</translation>
    </message>
    <message>
        <source>Nobody of that name or address</source>
        <translation>Nadie con ese nombre o dirección</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln cambio</numerusform>
            <numerusform>%Ln cambios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Agregado</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Purged</source>
        <translation>Depurado</translation>
    </message>
</context>
<context>
    <name>BoardPanel</name>
    <message>
        <source>Pairing board as a list</source>
        <translation>Tablero de emparejamiento como lista</translation>
    </message>
    <message>
        <source>Each mentor, then a row per pair; move a mentee with Ctrl+M or by dragging onto a mentor&apos;s row</source>
        <translation>Cada mentor/a y luego una fila por pareja; mueva a un/a mentorado/a con Ctrl+M o arrastrándolo/a a la fila de un/a mentor/a</translation>
    </message>
    <message numerus="yes">
        <source>%Ln mentor(s)</source>
        <translation>
            <numerusform>%Ln mentor/a</numerusform>
            <numerusform>%Ln mentores/as</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln free place(s)</source>
        <translation>
            <numerusform>%Ln lugar libre</numerusform>
            <numerusform>%Ln lugares libres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pair(s)</source>
        <translation>
            <numerusform>%Ln pareja</numerusform>
            <numerusform>%Ln parejas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarArea</name>
    <message>
        <source>Whole cohort…</source>
        <translation>Toda la cohorte…</translation>
    </message>
    <message>
        <source>Selected pair…</source>
        <translation>Pareja seleccionada…</translation>
    </message>
    <message>
        <source>One person…</source>
        <translation>Una persona…</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Meeting logs: when each pair met, how long and how</source>
        <translation>Registro de reuniones: cuándo se reunió cada pareja, cuánto tiempo y cómo</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Pair timeline: one pair&apos;s year at a glance</source>
        <translation>Cronología de la pareja: el año de una pareja de un vistazo</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>All pairs</source>
        <translation>Todas las parejas</translation>
    </message>
    <message>
        <source>Saved “%s”</source>
        <translation>Se guardó “%s”</translation>
    </message>
    <message>
        <source>Move event</source>
        <translation>Mover evento</translation>
    </message>
    <message>
        <source>Moved “%s” to %s</source>
        <translation>Se movió “%s” al %s</translation>
    </message>
    <message>
        <source>Cancel event</source>
        <translation>Cancelar evento</translation>
    </message>
    <message>
        <source>Cancel only “%s” or every event of its series?</source>
        <translation>¿Cancelar solo “%s” o todos los eventos de su serie?</translation>
    </message>
    <message>
        <source>This event</source>
        <translation>Este evento</translation>
    </message>
    <message>
        <source>Whole series</source>
        <translation>Toda la serie</translation>
    </message>
    <message>
        <source>Cancelled “%s”</source>
        <translation>Se canceló “%s”</translation>
    </message>
    <message>
        <source>Reading what the rules ask of the year…</source>
        <translation>Leyendo lo que las reglas piden para el año…</translation>
    </message>
    <message>
        <source>Plan the year</source>
        <translation>Planear el año</translation>
    </message>
    <message>
        <source>This cohort&apos;s year is already planned. Edit, move or cancel its events, or add new ones.</source>
        <translation>El año de esta cohorte ya está planeado. Edite, mueva o cancele sus eventos, o agregue nuevos.</translation>
    </message>
    <message>
        <source>Planned the year: %s</source>
        <translation>Se planeó el año: %s</translation>
    </message>
    <message>
        <source>Logged a meeting on %s</source>
        <translation>Se registró una reunión el %s</translation>
    </message>
    <message>
        <source>Double-click to see this pair&apos;s year</source>
        <translation>Haga doble clic para ver el año de esta pareja</translation>
    </message>
    <message>
        <source>Checking each pair against the rules…</source>
        <translation>Comprobando cada pareja con las reglas…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportación cancelada; no se escribió nada.</translation>
    </message>
    <message>
        <source>Imported %s: %s</source>
        <translation>Se importó %s: %s</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Exportar calendario</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <source>Cannot write %s: %s</source>
        <translation>No se puede escribir %s: %s</translation>
    </message>
    <message numerus="yes">
        <source>Reading the calendar of %Ln application(s)…</source>
        <translation>
            <numerusform>Leyendo el calendario de %Ln solicitud…</numerusform>
            <numerusform>Leyendo el calendario de %Ln solicitudes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs attention (%1)</source>
        <translation>Pendientes (%1)</translation>
    </message>
    <message numerus="yes">
        <source> — %Ln meeting(s), %1 h</source>
        <translation>
            <numerusform> — %Ln reunión, %1 h</numerusform>
            <numerusform> — %Ln reuniones, %1 h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln workshop(s) attended, %1 required</source>
        <translation>
            <numerusform>, %Ln taller con asistencia, %1 requeridos</numerusform>
            <numerusform>, %Ln talleres con asistencia, %1 requeridos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln meeting(s)</source>
        <translation>
            <numerusform>%1 de %Ln reunión</numerusform>
            <numerusform>%1 de %Ln reuniones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln meeting(s)</source>
        <translation>
            <numerusform>%Ln reunión</numerusform>
            <numerusform>%Ln reuniones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln event(s) of %s to %s</source>
        <translation>
            <numerusform>Se escribió %Ln evento de %s en %s</numerusform>
            <numerusform>Se escribieron %Ln eventos de %s en %s</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; the calendar was left as it was.</source>
        <translation>Importación cancelada; el calendario quedó como estaba.</translation>
    </message>
    <message>
        <source>Choose a pair in the pair filter first</source>
        <translation>Primero elija una pareja en el filtro de parejas</translation>
    </message>
    <message>
        <source>The person&apos;s email address:</source>
        <translation>El correo electrónico de la persona:</translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation>Importar calendario</translation>
    </message>
    <message>
        <source>Cannot read %s: %s</source>
        <translation>No se puede leer %s: %s</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>Nuevo evento…</translation>
    </message>
    <message>
        <source>Plan the year…</source>
        <translation>Planear el año…</translation>
    </message>
    <message>
        <source>Log meeting…</source>
        <translation>Registrar reunión…</translation>
    </message>
    <message>
        <source>Import .ics…</source>
        <translation>Importar .ics…</translation>
    </message>
    <message>
        <source>Export .ics</source>
        <translation>Exportar .ics</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>Tipos</translation>
    </message>
    <message>
        <source>Pair filter</source>
        <translation>Filtro de parejas</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <source>‹</source>
        <translation>‹</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mes siguiente</translation>
    </message>
    <message>
        <source>›</source>
        <translation>›</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
</context>
<context>
    <name>CardBoard</name>
    <message>
        <source>locked</source>
        <translation>bloqueada</translation>
    </message>
    <message>
        <source>published</source>
        <translation>publicada</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmada</translation>
    </message>
    <message>
        <source>agreement signed</source>
        <translation>acuerdo firmado</translation>
    </message>
    <message>
        <source>under way</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>requested this mentor</source>
        <translation>pidió a este mentor/a</translation>
    </message>
    <message>
        <source>Pairing board: mentor cards</source>
        <translation>Tablero de emparejamiento: tarjetas de mentores/as</translation>
    </message>
    <message>
        <source>Mentors with free places: %1, %2</source>
        <translation>Mentores/as con lugares libres: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln mentor(s)</source>
        <translation>
            <numerusform>%Ln mentor/a</numerusform>
            <numerusform>%Ln mentores/as</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln free place(s)</source>
        <translation>
            <numerusform>%Ln lugar libre</numerusform>
            <numerusform>%Ln lugares libres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Full: %Ln mentor(s)</source>
        <translation>
            <numerusform>Completos: %Ln mentor/a</numerusform>
            <numerusform>Completos: %Ln mentores/as</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not eligible (their places are not counted as free): %Ln mentor(s)</source>
        <translation>
            <numerusform>No elegibles (sus lugares no cuentan como libres): %Ln mentor/a</numerusform>
            <numerusform>No elegibles (sus lugares no cuentan como libres): %Ln mentores/as</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all %1 mentors of this section</source>
        <translation>Mostrar los %1 mentores/as de esta sección</translation>
    </message>
    <message>
        <source>Choose a cohort to see its pairing board</source>
        <translation>Elija una cohorte para ver su tablero de emparejamiento</translation>
    </message>
    <message>
        <source>%s locked   %s confirmed   %s published   %s agreement signed   %s under way   %s requested this mentor   · score: green good, amber fair, red weak</source>
        <translation>%s bloqueada   %s confirmada   %s publicada   %s acuerdo firmado   %s en curso   %s pidió a este mentor/a   · puntaje: verde bueno, ámbar regular, rojo débil</translation>
    </message>
</context>
<context>
    <name>CloseCohortDialog</name>
    <message>
        <source>Close %s</source>
        <translation>Cerrar %s</translation>
    </message>
    <message numerus="yes">
        <source>Closing ends the year of %1: the %Ln running pair(s) are marked completed, the summary&apos;s figures are kept as they are today, and the cohort becomes read-only (it can be reopened, with a reason). A backup is made first.</source>
        <translation>
            <numerusform>Cerrar termina el año de %1: %Ln pareja en curso se marca como concluida, las cifras del resumen se conservan como están hoy y la cohorte queda de solo lectura (se puede reabrir, indicando el motivo). Antes se hace un respaldo.</numerusform>
            <numerusform>Cerrar termina el año de %1: las %Ln parejas en curso se marcan como concluidas, las cifras del resumen se conservan como están hoy y la cohorte queda de solo lectura (se puede reabrir, indicando el motivo). Antes se hace un respaldo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>Aún falta</translation>
    </message>
    <message>
        <source>Nothing is missing.</source>
        <translation>No falta nada.</translation>
    </message>
    <message>
        <source>Still missing:</source>
        <translation>Aún falta:</translation>
    </message>
    <message>
        <source>Every evaluation and agreement is in.</source>
        <translation>Todas las evaluaciones y los acuerdos están completos.</translation>
    </message>
    <message>
        <source>Close &amp;anyway, without what is missing</source>
        <translation>Cerrar de &amp;todos modos, sin lo que falta</translation>
    </message>
    <message>
        <source>Close Cohort</source>
        <translation>Cerrar cohorte</translation>
    </message>
    <message>
        <source>Backing up the database, then closing the cohort…</source>
        <translation>Respaldando la base de datos y cerrando la cohorte…</translation>
    </message>
</context>
<context>
    <name>CohortLifecycleActions</name>
    <message>
        <source>C&amp;lose Cohort…</source>
        <translation>C&amp;errar cohorte…</translation>
    </message>
    <message>
        <source>Re&amp;open Cohort…</source>
        <translation>Re&amp;abrir cohorte…</translation>
    </message>
    <message>
        <source>P&amp;urge Personal Data…</source>
        <translation>De&amp;purar datos personales…</translation>
    </message>
    <message>
        <source>%s is closed; its summary is kept</source>
        <translation>%s está cerrada; su resumen se conserva</translation>
    </message>
    <message>
        <source>The cohort is open again</source>
        <translation>La cohorte está abierta de nuevo</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>a moment ago</source>
        <translation>hace un momento</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was changed by &lt;b&gt;%2&lt;/b&gt; on %3, after you read it.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; fue modificado por &lt;b&gt;%2&lt;/b&gt; el %3, después de que usted lo leyó.</translation>
    </message>
    <message>
        <source>(a change to a field not shown here)</source>
        <translation>(un cambio en un campo que no se muestra aquí)</translation>
    </message>
    <message>
        <source>Changed at another desk</source>
        <translation>Modificado en otro equipo</translation>
    </message>
    <message>
        <source>Someone else changed this record since you read it.</source>
        <translation>Alguien más cambió este registro desde que usted lo leyó.</translation>
    </message>
    <message>
        <source>Their change:</source>
        <translation>El cambio de la otra persona:</translation>
    </message>
    <message>
        <source>Their change</source>
        <translation>El cambio de la otra persona</translation>
    </message>
    <message>
        <source>Your change:</source>
        <translation>Su cambio:</translation>
    </message>
    <message>
        <source>Nothing was overwritten. Keep their version, or apply yours again over it.</source>
        <translation>No se sobrescribió nada. Conserve la versión de la otra persona o vuelva a aplicar la suya encima.</translation>
    </message>
    <message>
        <source>&amp;Keep theirs</source>
        <translation>&amp;Conservar la suya</translation>
    </message>
    <message>
        <source>&amp;Apply mine again</source>
        <translation>&amp;Aplicar la mía de nuevo</translation>
    </message>
</context>
<context>
    <name>CoreSentences</name>
    <message>
        <source>%1&apos;s pair was changed since (at another desk, or by a rematch or withdrawal); nothing was changed. Look at the board again (F5)</source>
        <translation>La pareja de %1 cambió desde entonces (en otro equipo, o por una reasignación o una baja); no se cambió nada. Vuelva a mirar el tablero (F5)</translation>
    </message>
    <message>
        <source>The pairs of %1 and %2 were changed since (at another desk, or by a rematch or withdrawal); nothing was changed. Look at the board again (F5)</source>
        <translation>Las parejas de %1 y %2 cambiaron desde entonces (en otro equipo, o por una reasignación o una baja); no se cambió nada. Vuelva a mirar el tablero (F5)</translation>
    </message>
    <message>
        <source>The pairs of %1 and %2 more were changed since (at another desk, or by a rematch or withdrawal); nothing was changed. Look at the board again (F5)</source>
        <translation>Las parejas de %1 y %2 más cambiaron desde entonces (en otro equipo, o por una reasignación o una baja); no se cambió nada. Vuelva a mirar el tablero (F5)</translation>
    </message>
    <message>
        <source>%1 applied as a mentor, not a mentee</source>
        <translation>%1 se postuló como mentor/a, no como mentorado/a</translation>
    </message>
    <message>
        <source>%1 applied as a mentee, not a mentor</source>
        <translation>%1 se postuló como mentorado/a, no como mentor/a</translation>
    </message>
    <message>
        <source>The pair %1 and %2 is locked; unlock it first</source>
        <translation>La pareja %1 y %2 está bloqueada; desbloquéela primero</translation>
    </message>
    <message>
        <source>%1 and %2 were told they are a pair (published); end the pairing (rematch) instead of moving it</source>
        <translation>A %1 y %2 ya se les avisó que son pareja (publicada); termine el emparejamiento (reasignación) en lugar de moverlo</translation>
    </message>
    <message>
        <source>%1 and %2 have started (they met, or began with the cohort); end the pairing (rematch) instead of moving it</source>
        <translation>%1 y %2 ya empezaron (se reunieron, o comenzaron con la cohorte); termine el emparejamiento (reasignación) en lugar de moverlo</translation>
    </message>
    <message>
        <source>%1&apos;s application is %2; only active applications can be paired</source>
        <translation>La solicitud de %1 está %2; solo se pueden emparejar solicitudes activas</translation>
    </message>
    <message>
        <source>%1 and %2 have attendance, meetings or evaluations on record; end the pairing instead</source>
        <translation>%1 y %2 tienen asistencia, reuniones o evaluaciones registradas; termine el emparejamiento en su lugar</translation>
    </message>
    <message>
        <source>%1 was paired at another desk a moment ago; nothing was changed. Look at the board again</source>
        <translation>%1 fue emparejado/a en otro equipo hace un momento; no se cambió nada. Vuelva a mirar el tablero</translation>
    </message>
    <message>
        <source>This mentee</source>
        <translation>Este mentorado/a</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>%1 or %2 or %3</source>
        <translation>%1, %2 o %3</translation>
    </message>
    <message>
        <source>One of the %1 mentees (%2…)</source>
        <translation>Uno de los %1 mentorados/as (%2…)</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>enviada</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptada</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>emparejada</translation>
    </message>
    <message>
        <source>waitlisted</source>
        <translation>en lista de espera</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>dada de baja</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>concluida</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>por %1</translation>
    </message>
    <message>
        <source>by %1 on %2 at %3</source>
        <translation>por %1 el %2 a las %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 now</source>
        <translation>ahora %1</translation>
    </message>
    <message>
        <source>%1 now, not %2</source>
        <translation>ahora %1, en vez de %2</translation>
    </message>
    <message>
        <source>still %1, but for another reason: %2</source>
        <translation>sigue %1, pero por otro motivo: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>left to the rules</source>
        <translation>según las reglas</translation>
    </message>
    <message>
        <source>“eligible”</source>
        <translation>«elegible»</translation>
    </message>
    <message>
        <source>“not eligible”</source>
        <translation>«no elegible»</translation>
    </message>
    <message>
        <source>%1&apos;s status was changed since (%2, %3); nothing was changed. Look again (F5)</source>
        <translation>La solicitud de %1 cambió de estado desde entonces (%2, %3); no se cambió nada. Vuelva a mirar (F5)</translation>
    </message>
    <message>
        <source>%1&apos;s status was changed since (%2); nothing was changed. Look again (F5)</source>
        <translation>La solicitud de %1 cambió de estado desde entonces (%2); no se cambió nada. Vuelva a mirar (F5)</translation>
    </message>
    <message>
        <source>%1&apos;s eligibility decision was changed since (%2, %3); nothing was changed. Look again (F5)</source>
        <translation>La decisión de elegibilidad de %1 cambió desde entonces (%2, %3); no se cambió nada. Vuelva a mirar (F5)</translation>
    </message>
    <message>
        <source>%1&apos;s eligibility decision was changed since (%2); nothing was changed. Look again (F5)</source>
        <translation>La decisión de elegibilidad de %1 cambió desde entonces (%2); no se cambió nada. Vuelva a mirar (F5)</translation>
    </message>
    <message>
        <source>The statuses of %1 and %2 were changed since; nothing was changed. Look again (F5)</source>
        <translation>Las solicitudes de %1 y %2 cambiaron de estado desde entonces; no se cambió nada. Vuelva a mirar (F5)</translation>
    </message>
    <message>
        <source>The eligibility decisions of %1 and %2 were changed since; nothing was changed. Look again (F5)</source>
        <translation>Las decisiones de elegibilidad de %1 y %2 cambiaron desde entonces; no se cambió nada. Vuelva a mirar (F5)</translation>
    </message>
    <message>
        <source>The statuses of %1, %2 and %3 were changed since; nothing was changed. Look again (F5)</source>
        <translation>Las solicitudes de %1, %2 y %3 cambiaron de estado desde entonces; no se cambió nada. Vuelva a mirar (F5)</translation>
    </message>
    <message>
        <source>The eligibility decisions of %1, %2 and %3 were changed since; nothing was changed. Look again (F5)</source>
        <translation>Las decisiones de elegibilidad de %1, %2 y %3 cambiaron desde entonces; no se cambió nada. Vuelva a mirar (F5)</translation>
    </message>
    <message>
        <source>The statuses of %1, %2, %3 and %4 more were changed since; nothing was changed. Look again (F5)</source>
        <translation>Las solicitudes de %1, %2, %3 y %4 más cambiaron de estado desde entonces; no se cambió nada. Vuelva a mirar (F5)</translation>
    </message>
    <message>
        <source>The eligibility decisions of %1, %2, %3 and %4 more were changed since; nothing was changed. Look again (F5)</source>
        <translation>Las decisiones de elegibilidad de %1, %2, %3 y %4 más cambiaron desde entonces; no se cambió nada. Vuelva a mirar (F5)</translation>
    </message>
    <message>
        <source>%1 has no mentor now, not %2; nothing was changed</source>
        <translation>%1 ahora no tiene mentor, en vez de %2; no se cambió nada</translation>
    </message>
    <message>
        <source>%1 has a mentor now (%2, paired %3); nothing was changed</source>
        <translation>%1 ya tiene mentor (%2, emparejado %3); no se cambió nada</translation>
    </message>
    <message>
        <source>%1 has a mentor now (%2); nothing was changed</source>
        <translation>%1 ya tiene mentor (%2); no se cambió nada</translation>
    </message>
    <message>
        <source>%1&apos;s mentor is %2 now, not %3 (paired %4); nothing was changed</source>
        <translation>El mentor de %1 ahora es %2, en vez de %3 (emparejado %4); no se cambió nada</translation>
    </message>
    <message>
        <source>%1&apos;s mentor is %2 now, not %3; nothing was changed</source>
        <translation>El mentor de %1 ahora es %2, en vez de %3; no se cambió nada</translation>
    </message>
    <message>
        <source>%1 has a new mentor meanwhile (%2); unassign them first</source>
        <translation>%1 tiene entretanto un mentor nuevo (%2); desasígnelo primero</translation>
    </message>
    <message>
        <source>%1&apos;s status was changed since (%2 now); the pair of %3 and %4 cannot be active again. Nothing was changed</source>
        <translation>La solicitud de %1 cambió de estado desde entonces (ahora %2); la pareja de %3 y %4 no puede volver a estar activa. No se cambió nada</translation>
    </message>
    <message>
        <source>%1 now, focus: %2</source>
        <translation>ahora %1, enfoque: %2</translation>
    </message>
    <message>
        <source>The pair %1 was changed since it was ticked (%2) (and %3 more); nothing was published. Look at the list again</source>
        <translation>La pareja %1 cambió desde que se marcó (%2) (y %3 más); no se publicó nada. Vuelva a mirar la lista</translation>
    </message>
    <message>
        <source>The pair %1 was changed since it was ticked (%2); nothing was published. Look at the list again</source>
        <translation>La pareja %1 cambió desde que se marcó (%2); no se publicó nada. Vuelva a mirar la lista</translation>
    </message>
    <message>
        <source>%1&apos;s application</source>
        <translation>Solicitud de %1</translation>
    </message>
    <message>
        <source>Person #%1</source>
        <translation>Persona #%1</translation>
    </message>
    <message>
        <source>Pair %1 – %2</source>
        <translation>Pareja %1 – %2</translation>
    </message>
    <message>
        <source>Event “%1”</source>
        <translation>Evento «%1»</translation>
    </message>
    <message>
        <source>Cohort %1</source>
        <translation>Cohorte %1</translation>
    </message>
    <message>
        <source>Program %1</source>
        <translation>Programa %1</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>Application #%1</source>
        <translation>Solicitud #%1</translation>
    </message>
    <message>
        <source>Pair #%1</source>
        <translation>Pareja #%1</translation>
    </message>
    <message>
        <source>Event #%1</source>
        <translation>Evento #%1</translation>
    </message>
    <message>
        <source>Attendance #%1</source>
        <translation>Asistencia #%1</translation>
    </message>
    <message>
        <source>Meeting #%1</source>
        <translation>Reunión #%1</translation>
    </message>
    <message>
        <source>Evaluation #%1</source>
        <translation>Evaluación #%1</translation>
    </message>
    <message>
        <source>Exclusion #%1</source>
        <translation>Exclusión #%1</translation>
    </message>
    <message>
        <source>Term #%1</source>
        <translation>Periodo #%1</translation>
    </message>
    <message>
        <source>Cohort #%1</source>
        <translation>Cohorte #%1</translation>
    </message>
    <message>
        <source>Program #%1</source>
        <translation>Programa #%1</translation>
    </message>
    <message>
        <source>The mentee listed no interests</source>
        <translation>El mentorado/a no indicó intereses</translation>
    </message>
    <message>
        <source>The mentor listed no expertise or interests</source>
        <translation>El mentor/a no indicó especialidades ni intereses</translation>
    </message>
    <message>
        <source>Both name %1</source>
        <translation>Ambos mencionan %1</translation>
    </message>
    <message>
        <source>Related words: %1</source>
        <translation>Palabras relacionadas: %1</translation>
    </message>
    <message>
        <source>No interest of the mentee in the mentor&apos;s expertise</source>
        <translation>Ningún interés del mentorado/a coincide con la especialidad del mentor/a</translation>
    </message>
    <message>
        <source>The mentee wrote no goals</source>
        <translation>El mentorado/a no escribió objetivos</translation>
    </message>
    <message>
        <source>Goals mention the mentor&apos;s %1</source>
        <translation>Los objetivos mencionan %1 del mentor/a</translation>
    </message>
    <message>
        <source>The mentee&apos;s goals share no words with the mentor&apos;s expertise</source>
        <translation>Los objetivos del mentorado/a no comparten palabras con la especialidad del mentor/a</translation>
    </message>
    <message>
        <source>Meeting formats not stated on both sides</source>
        <translation>Formatos de reunión no indicados por ambas partes</translation>
    </message>
    <message>
        <source>Both can meet by %1</source>
        <translation>Ambos pueden reunirse por %1</translation>
    </message>
    <message>
        <source>No common format (mentee: %1; mentor: %2)</source>
        <translation>Ningún formato en común (mentorado/a: %1; mentor/a: %2)</translation>
    </message>
    <message>
        <source>Location not stated on both sides</source>
        <translation>Ubicación no indicada por ambas partes</translation>
    </message>
    <message>
        <source>Both in %1</source>
        <translation>Ambos en %1</translation>
    </message>
    <message>
        <source>%1 and %2, but both meet remotely</source>
        <translation>%1 y %2, pero ambos se reúnen a distancia</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>Department not stated on both sides</source>
        <translation>Departamento no indicado por ambas partes</translation>
    </message>
    <message>
        <source>The mentor gave no years of experience</source>
        <translation>El mentor/a no indicó años de experiencia</translation>
    </message>
    <message>
        <source>Mentor has %1 years; the mentee gave none</source>
        <translation>El mentor/a tiene %1 años; el mentorado/a no indicó ninguno</translation>
    </message>
    <message>
        <source>Mentor has %1 years, no more than the mentee&apos;s %2</source>
        <translation>El mentor/a tiene %1 años, no más que los %2 del mentorado/a</translation>
    </message>
    <message>
        <source>Mentor has %1 more years (%2 against %3)</source>
        <translation>El mentor/a tiene %1 años más (%2 frente a %3)</translation>
    </message>
    <message>
        <source>The mentee requested no one</source>
        <translation>El mentorado/a no pidió a nadie</translation>
    </message>
    <message>
        <source>The mentee asked for this mentor</source>
        <translation>El mentorado/a pidió a este mentor/a</translation>
    </message>
    <message>
        <source>The mentee asked for this mentor: %1</source>
        <translation>El mentorado/a pidió a este mentor/a: %1</translation>
    </message>
    <message>
        <source>The mentee asked for %1</source>
        <translation>El mentorado/a pidió a %1</translation>
    </message>
    <message>
        <source>The program&apos;s rules do not use past evaluations for matching</source>
        <translation>Las reglas del programa no usan evaluaciones anteriores para emparejar</translation>
    </message>
    <message>
        <source>No past evaluations of this mentor</source>
        <translation>No hay evaluaciones anteriores de este mentor/a</translation>
    </message>
    <message>
        <source>1 mentor is not eligible</source>
        <translation>1 mentor/a no es elegible</translation>
    </message>
    <message>
        <source>%1 mentors are not eligible</source>
        <translation>%1 mentores/as no son elegibles</translation>
    </message>
    <message>
        <source>1 mentor is the mentee themselves</source>
        <translation>1 mentor/a es el propio mentorado/a</translation>
    </message>
    <message>
        <source>%1 mentors are the mentee themselves</source>
        <translation>%1 mentores/as son el propio mentorado/a</translation>
    </message>
    <message>
        <source>1 mentor is their supervisor</source>
        <translation>1 mentor/a es su supervisor/a</translation>
    </message>
    <message>
        <source>%1 mentors are their supervisors</source>
        <translation>%1 mentores/as son sus supervisores/as</translation>
    </message>
    <message>
        <source>1 mentor was paired with them before</source>
        <translation>1 mentor/a ya fue su pareja</translation>
    </message>
    <message>
        <source>%1 mentors were paired with them before</source>
        <translation>%1 mentores/as ya fueron su pareja</translation>
    </message>
    <message>
        <source>1 mentor is excluded by the committee</source>
        <translation>1 mentor/a está excluido/a por el comité</translation>
    </message>
    <message>
        <source>%1 mentors are excluded by the committee</source>
        <translation>%1 mentores/as están excluidos/as por el comité</translation>
    </message>
    <message>
        <source>1 mentor needs a decision (a rule&apos;s question was not asked on the form)</source>
        <translation>1 mentor/a necesita una decisión (el formulario no hizo la pregunta de una regla)</translation>
    </message>
    <message>
        <source>%1 mentors need a decision (a rule&apos;s question was not asked on the form)</source>
        <translation>%1 mentores/as necesitan una decisión (el formulario no hizo la pregunta de una regla)</translation>
    </message>
    <message>
        <source>No eligible mentor may be paired with them: %1</source>
        <translation>Ningún mentor/a elegible puede emparejarse con esta persona: %1</translation>
    </message>
    <message>
        <source>its only mentor is full</source>
        <translation>su único mentor/a está completo/a</translation>
    </message>
    <message>
        <source>all %1 mentors there are full</source>
        <translation>los %1 mentores/as de allí están completos/as</translation>
    </message>
    <message>
        <source>in %1: %2</source>
        <translation>en %1: %2</translation>
    </message>
    <message>
        <source>and so is the 1 mentor elsewhere</source>
        <translation>y también el mentor/a de otro lugar</translation>
    </message>
    <message>
        <source>and so are the %1 mentors elsewhere</source>
        <translation>y también los %1 mentores/as de otros lugares</translation>
    </message>
    <message>
        <source>in %1 (none there), and %2</source>
        <translation>en %1 (ninguno allí), y %2</translation>
    </message>
    <message>
        <source>the 1 mentor elsewhere is full</source>
        <translation>el mentor/a de otro lugar está completo/a</translation>
    </message>
    <message>
        <source>the %1 mentors elsewhere are full</source>
        <translation>los %1 mentores/as de otros lugares están completos/as</translation>
    </message>
    <message>
        <source>No eligible mentor with free capacity %1</source>
        <translation>Ningún mentor/a elegible con lugar libre %1</translation>
    </message>
    <message>
        <source>No eligible mentor with free capacity: the 1 mentor open to them is full</source>
        <translation>Ningún mentor/a elegible con lugar libre: el único mentor/a posible está completo/a</translation>
    </message>
    <message>
        <source>No eligible mentor with free capacity: the %1 mentors open to them are full</source>
        <translation>Ningún mentor/a elegible con lugar libre: los %1 mentores/as posibles están completos/as</translation>
    </message>
    <message>
        <source>has no free slot</source>
        <translation>no tiene lugar libre</translation>
    </message>
    <message>
        <source>%1; the requested mentor %2</source>
        <translation>%1; el mentor/a pedido/a %2</translation>
    </message>
    <message>
        <source>%1; the requested mentor %2: %3</source>
        <translation>%1; el mentor/a pedido/a %2: %3</translation>
    </message>
    <message>
        <source>%1&apos;s eligibility needs a decision first: %2</source>
        <translation>La elegibilidad de %1 necesita primero una decisión: %2</translation>
    </message>
    <message>
        <source>%1 is not eligible: %2</source>
        <translation>%1 no es elegible: %2</translation>
    </message>
    <message>
        <source>%1&apos;s eligibility as a mentor needs a decision first: %2</source>
        <translation>La elegibilidad de %1 como mentor/a necesita primero una decisión: %2</translation>
    </message>
    <message>
        <source>%1 is not eligible as a mentor: %2</source>
        <translation>%1 no es elegible como mentor/a: %2</translation>
    </message>
    <message>
        <source>%1 cannot mentor themselves</source>
        <translation>%1 no puede ser su propio mentor/a</translation>
    </message>
    <message>
        <source>%1 is %2&apos;s supervisor; a supervisor never mentors their own staff</source>
        <translation>%1 es supervisor/a de %2; un supervisor/a nunca es mentor/a de su propio personal</translation>
    </message>
    <message>
        <source>%1 and %2 were paired before and that pairing ended</source>
        <translation>%1 y %2 ya fueron pareja y esa pareja terminó</translation>
    </message>
    <message>
        <source>The committee excluded pairing %1 with %2</source>
        <translation>El comité excluyó emparejar a %1 con %2</translation>
    </message>
    <message>
        <source>the committee decided so</source>
        <translation>así lo decidió el comité</translation>
    </message>
    <message>
        <source>Needs a decision, so left out of matching: %1</source>
        <translation>Necesita una decisión, así que queda fuera del emparejamiento: %1</translation>
    </message>
    <message>
        <source>Not eligible: %1</source>
        <translation>No elegible: %1</translation>
    </message>
    <message>
        <source>No mentors have applied to this cohort</source>
        <translation>Ningún mentor/a se ha postulado a esta cohorte</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>No se repite</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Cada día</translation>
    </message>
    <message>
        <source>Every %1 days</source>
        <translation>Cada %1 días</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <source>Every %1 weeks</source>
        <translation>Cada %1 semanas</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Cada mes</translation>
    </message>
    <message>
        <source>Every %1 months</source>
        <translation>Cada %1 meses</translation>
    </message>
    <message>
        <source>Every time</source>
        <translation>Cada vez</translation>
    </message>
    <message>
        <source>Every %1 times</source>
        <translation>Cada %1 veces</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lunes</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>martes</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jueves</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>viernes</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>sábado</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>domingo</translation>
    </message>
    <message>
        <source>first</source>
        <translation>primer</translation>
    </message>
    <message>
        <source>second</source>
        <translation>segundo</translation>
    </message>
    <message>
        <source>third</source>
        <translation>tercer</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>cuarto</translation>
    </message>
    <message>
        <source>last</source>
        <translation>último</translation>
    </message>
    <message>
        <source>the %1 %2</source>
        <translation>el %1 %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2 times</source>
        <translation>%1, %2 veces</translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <translation>%1, hasta el %2</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged</source>
        <translation>%1 nuevos, %2 actualizados, %3 sin cambios</translation>
    </message>
    <message>
        <source>1 orientation</source>
        <translation>1 orientación</translation>
    </message>
    <message>
        <source>%1 orientations</source>
        <translation>%1 orientaciones</translation>
    </message>
    <message>
        <source>1 workshop</source>
        <translation>1 taller</translation>
    </message>
    <message>
        <source>%1 workshops</source>
        <translation>%1 talleres</translation>
    </message>
    <message>
        <source>1 committee call</source>
        <translation>1 llamada del comité</translation>
    </message>
    <message>
        <source>%1 committee calls</source>
        <translation>%1 llamadas del comité</translation>
    </message>
    <message>
        <source>1 initial meeting</source>
        <translation>1 reunión inicial</translation>
    </message>
    <message>
        <source>%1 initial meetings</source>
        <translation>%1 reuniones iniciales</translation>
    </message>
    <message>
        <source>1 pair meeting</source>
        <translation>1 reunión de pareja</translation>
    </message>
    <message>
        <source>%1 pair meetings</source>
        <translation>%1 reuniones de pareja</translation>
    </message>
    <message>
        <source>1 close-out</source>
        <translation>1 cierre</translation>
    </message>
    <message>
        <source>%1 close-outs</source>
        <translation>%1 cierres</translation>
    </message>
    <message>
        <source>1 other</source>
        <translation>1 otro</translation>
    </message>
    <message>
        <source>%1 others</source>
        <translation>%1 otros</translation>
    </message>
    <message>
        <source>nothing (the rules ask for no events)</source>
        <translation>nada (las reglas no piden eventos)</translation>
    </message>
    <message>
        <source>would import %1, updated %2, skipped %3 (1 problem)</source>
        <translation>se importarían %1, se actualizarían %2, se omitirían %3 (1 problema)</translation>
    </message>
    <message>
        <source>would import %1, updated %2, skipped %3 (%4 problems)</source>
        <translation>se importarían %1, se actualizarían %2, se omitirían %3 (%4 problemas)</translation>
    </message>
    <message>
        <source>imported %1, updated %2, skipped %3 (1 problem)</source>
        <translation>importadas %1, actualizadas %2, omitidas %3 (1 problema)</translation>
    </message>
    <message>
        <source>imported %1, updated %2, skipped %3 (%4 problems)</source>
        <translation>importadas %1, actualizadas %2, omitidas %3 (%4 problemas)</translation>
    </message>
    <message>
        <source>Missing email</source>
        <translation>Falta el correo electrónico</translation>
    </message>
    <message>
        <source>Missing role (mentor or mentee)</source>
        <translation>Falta el rol (mentor/a o mentorado/a)</translation>
    </message>
    <message>
        <source>%1; left empty</source>
        <translation>%1; se deja vacío</translation>
    </message>
    <message>
        <source>replaced by row %1, a later submission</source>
        <translation>reemplazada por la fila %1, un envío posterior</translation>
    </message>
    <message>
        <source>Row %1 is a later submission from %2; the later one wins</source>
        <translation>La fila %1 es un envío posterior de %2; gana el más reciente</translation>
    </message>
    <message>
        <source>replaced by a later submission already in the cohort</source>
        <translation>reemplazada por un envío posterior que ya está en la cohorte</translation>
    </message>
    <message>
        <source>The cohort already has a later submission from %1 (%2); the later one wins</source>
        <translation>La cohorte ya tiene un envío posterior de %1 (%2); gana el más reciente</translation>
    </message>
    <message>
        <source>updates the application already in the cohort</source>
        <translation>actualiza la solicitud que ya está en la cohorte</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>fila %1, columna %2: %3</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>fila %1: %2</translation>
    </message>
    <message>
        <source>%1: from the waitlist to %2</source>
        <translation>%1: de la lista de espera a %2</translation>
    </message>
    <message>
        <source>%1: from %2 to the waitlist</source>
        <translation>%1: de %2 a la lista de espera</translation>
    </message>
    <message>
        <source>%1: from %2 to %3</source>
        <translation>%1: de %2 a %3</translation>
    </message>
    <message>
        <source>%1 cannot be paired with %2: %3</source>
        <translation>%1 no puede emparejarse con %2: %3</translation>
    </message>
    <message>
        <source>The optimum already pairs %1 with %2</source>
        <translation>El óptimo ya empareja a %1 con %2</translation>
    </message>
    <message>
        <source>%1 is a folder, not a spreadsheet</source>
        <translation>%1 es una carpeta, no una hoja de cálculo</translation>
    </message>
    <message>
        <source>There is no file %1</source>
        <translation>No existe el archivo %1</translation>
    </message>
    <message>
        <source>MentorDesk may not read %1</source>
        <translation>MentorDesk no tiene permiso para leer %1</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 está vacío</translation>
    </message>
    <message>
        <source>%1 is an old Excel .xls workbook; save it as .xlsx or CSV and import that</source>
        <translation>%1 es un libro antiguo de Excel .xls; guárdelo como .xlsx o CSV e importe ese</translation>
    </message>
    <message>
        <source>%1 is a PDF, not a spreadsheet; export the form as CSV or XLSX</source>
        <translation>%1 es un PDF, no una hoja de cálculo; exporte el formulario como CSV o XLSX</translation>
    </message>
    <message>
        <source>%1 is not a spreadsheet (it holds binary data)</source>
        <translation>%1 no es una hoja de cálculo (contiene datos binarios)</translation>
    </message>
    <message>
        <source>%1 is not a readable CSV file: %2</source>
        <translation>%1 no es un archivo CSV legible: %2</translation>
    </message>
    <message>
        <source>%1 is not readable text in %2</source>
        <translation>%1 no es texto legible en %2</translation>
    </message>
    <message>
        <source>%1 is empty (no header row with column names)</source>
        <translation>%1 está vacío (no hay una fila de encabezado con nombres de columnas)</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook MentorDesk can read</source>
        <translation>%1 no es un libro de Excel que MentorDesk pueda leer</translation>
    </message>
    <message>
        <source>%1 has no worksheet</source>
        <translation>%1 no tiene ninguna hoja</translation>
    </message>
    <message>
        <source>%1 has no header row with column names</source>
        <translation>%1 no tiene una fila de encabezado con nombres de columnas</translation>
    </message>
    <message>
        <source>%1 has column headers but no rows of answers</source>
        <translation>%1 tiene encabezados de columna pero ninguna fila de respuestas</translation>
    </message>
    <message>
        <source>Optimal: no pairing allowed by the rules matches more than %1 mentees or, matching as many, scores more than %2 in total (this one: %3 matched, %4).</source>
        <translation>Óptimo: ningún emparejamiento permitido por las reglas empareja a más de %1 mentorados/as ni, emparejando a tantos, suma más de %2 de puntaje total (este: %3 emparejados/as, %4).</translation>
    </message>
    <message>
        <source>Not proven optimal: the bound allows %1 matched and a total of %2; this pairing has %3 and %4 (gap %5).</source>
        <translation>Sin prueba de optimalidad: la cota permite %1 emparejados/as y un total de %2; este emparejamiento tiene %3 y %4 (brecha %5).</translation>
    </message>
    <message>
        <source>Requests honoured: %1 (at most %2).</source>
        <translation>Solicitudes respetadas: %1 (como máximo %2).</translation>
    </message>
    <message>
        <source>No blocking pair: nobody would rather swap.</source>
        <translation>Ninguna pareja bloqueante: nadie preferiría cambiar.</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>sin marcar</translation>
    </message>
    <message>
        <source>present</source>
        <translation>presente</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>justificado</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>Solicitud %1</translation>
    </message>
    <message>
        <source>application %1</source>
        <translation>la solicitud %1</translation>
    </message>
    <message>
        <source>the mark was cleared %1</source>
        <translation>la marca fue borrada %1</translation>
    </message>
    <message>
        <source>the mark was cleared</source>
        <translation>la marca fue borrada</translation>
    </message>
    <message>
        <source>now %1 %2</source>
        <translation>ahora %1, marcado %2</translation>
    </message>
    <message>
        <source>now %1</source>
        <translation>ahora %1</translation>
    </message>
    <message>
        <source>%1&apos;s attendance at %2 was changed since (%3; the sheet showed “%4”); nothing was saved. Look at the sheet again (F5)</source>
        <translation>La asistencia de %1 a %2 cambió desde entonces (%3; la hoja mostraba «%4»); no se guardó nada. Vuelva a mirar la hoja (F5)</translation>
    </message>
    <message>
        <source>%1 (%2 now)</source>
        <translation>%1 (ahora %2)</translation>
    </message>
    <message>
        <source>%1, %2 and %3</source>
        <translation>%1, %2 y %3</translation>
    </message>
    <message>
        <source>%1, %2, %3 and %4 more</source>
        <translation>%1, %2, %3 y %4 más</translation>
    </message>
    <message>
        <source>The attendance of %1 at %2 was changed since; nothing was saved. Look at the sheet again (F5)</source>
        <translation>La asistencia de %1 a %2 cambió desde entonces; no se guardó nada. Vuelva a mirar la hoja (F5)</translation>
    </message>
    <message>
        <source>%1 was cancelled (%2); nobody can attend it</source>
        <translation>Se canceló %1 (%2); nadie puede asistir</translation>
    </message>
    <message>
        <source>%1 was cancelled; nobody can attend it</source>
        <translation>Se canceló %1; nadie puede asistir</translation>
    </message>
    <message>
        <source>%1 is not expected at %2</source>
        <translation>No se espera a %1 en %2</translation>
    </message>
    <message>
        <source>%1 is not expected at %2 (%3 now, %4)</source>
        <translation>No se espera a %1 en %2 (su solicitud está ahora %3, %4)</translation>
    </message>
    <message>
        <source>%1 is not expected at %2 (%3 now)</source>
        <translation>No se espera a %1 en %2 (su solicitud está ahora %3)</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>en persona</translation>
    </message>
    <message>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>A meeting of %1 on %2 was logged since (%3 min, %4, %5); nothing was logged. Look at the logs again (F5), and log it again if it was another meeting</source>
        <translation>Una reunión de %1 del %2 se registró desde entonces (%3 min, %4, %5); no se registró nada. Vuelva a mirar las reuniones registradas (F5) y regístrela de nuevo si fue otra reunión</translation>
    </message>
    <message>
        <source>A meeting of %1 on %2 was logged since (%3 min, %4); nothing was logged. Look at the logs again (F5), and log it again if it was another meeting</source>
        <translation>Una reunión de %1 del %2 se registró desde entonces (%3 min, %4); no se registró nada. Vuelva a mirar las reuniones registradas (F5) y regístrela de nuevo si fue otra reunión</translation>
    </message>
    <message>
        <source>The meeting of %1 on %2 was removed since (%3); nothing was changed. Look at the logs again (F5)</source>
        <translation>La reunión de %1 del %2 se eliminó desde entonces (%3); no se cambió nada. Vuelva a mirar las reuniones registradas (F5)</translation>
    </message>
    <message>
        <source>The meeting of %1 on %2 was removed since; nothing was changed. Look at the logs again (F5)</source>
        <translation>La reunión de %1 del %2 se eliminó desde entonces; no se cambió nada. Vuelva a mirar las reuniones registradas (F5)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>no field a person edits</source>
        <translation>ningún campo que una persona edite</translation>
    </message>
    <message>
        <source>another desk</source>
        <translation>otro equipo</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>%1 was changed by %2 (%3)</source>
        <translation>%2 cambió los datos de %1 (%3)</translation>
    </message>
    <message>
        <source>%1 was changed by %2 on %3 at %4 (%5)</source>
        <translation>%2 cambió los datos de %1 el %3 a las %4 (%5)</translation>
    </message>
    <message>
        <source>%1; it is at version %2, not %3. Nothing was saved</source>
        <translation>%1; está en la versión %2, no en la %3. No se guardó nada</translation>
    </message>
    <message>
        <source>%1; nothing was saved. Look again (F5)</source>
        <translation>%1; no se guardó nada. Vuelva a mirar (F5)</translation>
    </message>
    <message>
        <source>%1; nothing was removed. Look again (F5)</source>
        <translation>%1; no se eliminó nada. Vuelva a mirar (F5)</translation>
    </message>
    <message>
        <source>%1; nothing was saved</source>
        <translation>%1; no se guardó nada</translation>
    </message>
    <message>
        <source>it is now %1 with %2</source>
        <translation>ahora es %1 con %2</translation>
    </message>
    <message>
        <source>its signed day is now %1</source>
        <translation>su fecha de firma es ahora %1</translation>
    </message>
    <message>
        <source>its signed day is now empty</source>
        <translation>su fecha de firma está ahora vacía</translation>
    </message>
    <message>
        <source>The pair %1 and %2 was changed since (%3); nothing was changed. Look at the agreements again</source>
        <translation>La pareja %1 y %2 cambió desde entonces (%3); no se cambió nada. Vuelva a mirar los acuerdos</translation>
    </message>
    <message>
        <source>the program is for members only</source>
        <translation>el programa es solo para miembros</translation>
    </message>
    <message>
        <source>mentors need at least %1 of experience</source>
        <translation>los mentores/as necesitan al menos %1 de experiencia</translation>
    </message>
    <message>
        <source>mentors need an active %1</source>
        <translation>los mentores/as necesitan una credencial %1 activa</translation>
    </message>
    <message>
        <source>the program requires the supervisor&apos;s approval</source>
        <translation>el programa exige la aprobación del supervisor/a</translation>
    </message>
    <message>
        <source>the program is for %1 only</source>
        <translation>el programa es solo para %1</translation>
    </message>
    <message>
        <source>the program needs consent to take part and share data</source>
        <translation>el programa necesita el consentimiento para participar y compartir datos</translation>
    </message>
    <message>
        <source>%1 year</source>
        <translation>%1 año</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 años</translation>
    </message>
    <message>
        <source>%1 not asked on the form; %2</source>
        <translation>%1: no se preguntó en el formulario; %2</translation>
    </message>
    <message>
        <source>%1 not asked on the form</source>
        <translation>%1: no se preguntó en el formulario</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>El/la mentor/a</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>El/la mentorado/a</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>El/la solicitante</translation>
    </message>
    <message>
        <source>Applicant did not say whether they apply as mentor or mentee</source>
        <translation>El/la solicitante no indicó si se postula como mentor/a o como mentorado/a</translation>
    </message>
    <message>
        <source>%1 gave no membership number; the program is for members only</source>
        <translation>%1 no dio un número de membresía; el programa es solo para miembros</translation>
    </message>
    <message>
        <source>Mentor gave no years of experience; the program asks for at least %1</source>
        <translation>El/la mentor/a no indicó sus años de experiencia; el programa pide al menos %1</translation>
    </message>
    <message>
        <source>Mentor has %1; the program asks for at least %2</source>
        <translation>El/la mentor/a tiene %1; el programa pide al menos %2</translation>
    </message>
    <message>
        <source>Mentor holds %1; the program asks for an active %2</source>
        <translation>El/la mentor/a tiene %1; el programa pide una credencial %2 activa</translation>
    </message>
    <message>
        <source>Mentor lists no credential; the program asks for an active %1</source>
        <translation>El/la mentor/a no indica ninguna credencial; el programa pide una credencial %1 activa</translation>
    </message>
    <message>
        <source>%1&apos;s supervisor did not approve; the program requires approval</source>
        <translation>%1 no recibió la aprobación de su supervisor/a; el programa exige la aprobación</translation>
    </message>
    <message>
        <source>%1 named no supervisor; the program requires the supervisor&apos;s approval</source>
        <translation>%1 no nombró a un supervisor/a; el programa exige la aprobación del supervisor/a</translation>
    </message>
    <message>
        <source>%1&apos;s supervisor approval is missing; the program requires it</source>
        <translation>%1 aún no tiene la aprobación de su supervisor/a; el programa la exige</translation>
    </message>
    <message>
        <source>%1 gave no organization; %2</source>
        <translation>%1 no indicó una organización; %2</translation>
    </message>
    <message>
        <source>%1 is from %2; %3</source>
        <translation>%1 es de %2; %3</translation>
    </message>
    <message>
        <source>%1 gave no employment type; %2</source>
        <translation>%1 no indicó un tipo de empleo; %2</translation>
    </message>
    <message>
        <source>%1 is %2; %3</source>
        <translation>%1 es %2; %3</translation>
    </message>
    <message>
        <source>%1 declined consent; the program needs it to take part</source>
        <translation>%1 no dio su consentimiento; el programa lo necesita para participar</translation>
    </message>
    <message>
        <source>%1 has not given consent to take part and share their data</source>
        <translation>%1 no ha dado su consentimiento para participar y compartir sus datos</translation>
    </message>
    <message>
        <source>Committee decision: %1</source>
        <translation>Decisión del comité: %1</translation>
    </message>
    <message>
        <source>Committee decision</source>
        <translation>Decisión del comité</translation>
    </message>
    <message>
        <source>%1: %2 is not a rating from 1 to 5</source>
        <translation>%1: %2 no es una calificación del 1 al 5</translation>
    </message>
    <message>
        <source>%1 has no question %2</source>
        <translation>%1 no tiene la pregunta %2</translation>
    </message>
    <message>
        <source>No evaluator email</source>
        <translation>Falta el correo electrónico de quien evalúa</translation>
    </message>
    <message>
        <source>%1 is not in a pair of %2</source>
        <translation>%1 no está en ninguna pareja de %2</translation>
    </message>
    <message>
        <source>%1 is in several pairs; say which partner in the partner&apos;s email column</source>
        <translation>%1 está en varias parejas; indique cuál contraparte en la columna del correo de la contraparte</translation>
    </message>
    <message>
        <source>%1 is not paired with %2</source>
        <translation>%1 no forma pareja con %2</translation>
    </message>
    <message>
        <source>The program asks no %1 evaluation of the %2</source>
        <translation>El programa no pide una evaluación de %1 (%2)</translation>
    </message>
    <message>
        <source>mid-point</source>
        <translation>medio término</translation>
    </message>
    <message>
        <source>final</source>
        <translation>final</translation>
    </message>
    <message>
        <source>close-out</source>
        <translation>cierre</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>mentor/a</translation>
    </message>
    <message>
        <source>mentee</source>
        <translation>mentorado/a</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor/a</translation>
    </message>
    <message>
        <source>Nobody named</source>
        <translation>No se nombró a nadie</translation>
    </message>
    <message>
        <source>%1 (typed %2)</source>
        <translation>%1 (se escribió %2)</translation>
    </message>
    <message>
        <source>%1 (typed %2, a close spelling)</source>
        <translation>%1 (se escribió %2, una grafía parecida)</translation>
    </message>
    <message>
        <source>%1 could be %2; the committee decides</source>
        <translation>%1 podría ser %2; decide el comité</translation>
    </message>
    <message>
        <source>%1 matches no one among %2</source>
        <translation>%1 no coincide con nadie entre %2</translation>
    </message>
    <message>
        <source>the mentors</source>
        <translation>los mentores/as</translation>
    </message>
    <message>
        <source>this cohort’s mentors</source>
        <translation>los mentores/as de esta cohorte</translation>
    </message>
    <message>
        <source>Whole cohort</source>
        <translation>Toda la cohorte</translation>
    </message>
    <message>
        <source>Fall %1</source>
        <translation>Otoño %1</translation>
    </message>
    <message>
        <source>Spring %1</source>
        <translation>Primavera %1</translation>
    </message>
    <message>
        <source>Summer %1</source>
        <translation>Verano %1</translation>
    </message>
    <message>
        <source>%1 (1)</source>
        <translation>%1 (1)</translation>
    </message>
    <message>
        <source>%1 (2)</source>
        <translation>%1 (2)</translation>
    </message>
    <message>
        <source>No initial meeting logged before the start on %1</source>
        <translation>No se registró una reunión inicial antes del inicio, el %1</translation>
    </message>
    <message>
        <source>Mentee %1 was excused from the mandatory orientation (%2)</source>
        <translation>Mentorado/a %1 fue justificado/a de la orientación obligatoria (%2)</translation>
    </message>
    <message>
        <source>Mentee %1 was absent from the mandatory orientation (%2)</source>
        <translation>Mentorado/a %1 faltó a la orientación obligatoria (%2)</translation>
    </message>
    <message>
        <source>Mentee %1 has no attendance recorded at the mandatory orientation (%2)</source>
        <translation>Mentorado/a %1 no tiene asistencia registrada en la orientación obligatoria (%2)</translation>
    </message>
    <message>
        <source>Mentor %1 was excused from the mandatory orientation (%2)</source>
        <translation>Mentor/a %1 fue justificado/a de la orientación obligatoria (%2)</translation>
    </message>
    <message>
        <source>Mentor %1 was absent from the mandatory orientation (%2)</source>
        <translation>Mentor/a %1 faltó a la orientación obligatoria (%2)</translation>
    </message>
    <message>
        <source>Mentor %1 has no attendance recorded at the mandatory orientation (%2)</source>
        <translation>Mentor/a %1 no tiene asistencia registrada en la orientación obligatoria (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln meeting(s) logged in %2 (%3 – %4), which has ended</source>
        <translation>
            <numerusform>%1 de %Ln reunión registrada en %2 (%3 – %4), que ya terminó</numerusform>
            <numerusform>%1 de %Ln reuniones registradas en %2 (%3 – %4), que ya terminó</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 ends on %2 (%3 days); %4 of %Ln meeting(s) logged so far</source>
        <translation>
            <numerusform>%1 termina el %2 (%3 días); %4 de %Ln reunión registrada hasta ahora</numerusform>
            <numerusform>%1 termina el %2 (%3 días); %4 de %Ln reuniones registradas hasta ahora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mentee %1: %2 in %Ln month(s); the program expects %3–%4 a month (at least %5 by now)</source>
        <translation>
            <numerusform>Mentorado/a %1: %2 en %Ln mes; el programa espera %3–%4 al mes (al menos %5 a esta fecha)</numerusform>
            <numerusform>Mentorado/a %1: %2 en %Ln meses; el programa espera %3–%4 al mes (al menos %5 a esta fecha)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mentor %1: %2 in %Ln month(s); the program expects %3–%4 a month (at least %5 by now)</source>
        <translation>
            <numerusform>Mentor/a %1: %2 en %Ln mes; el programa espera %3–%4 al mes (al menos %5 a esta fecha)</numerusform>
            <numerusform>Mentor/a %1: %2 en %Ln meses; el programa espera %3–%4 al mes (al menos %5 a esta fecha)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mentee %1 attended %Ln workshop(s) with %2 left; the program asks for at least %3</source>
        <translation>
            <numerusform>Mentorado/a %1 asistió a %Ln taller y quedan %2; el programa pide al menos %3</numerusform>
            <numerusform>Mentorado/a %1 asistió a %Ln talleres y quedan %2; el programa pide al menos %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln blocking pair(s): a mentee and a mentor who both score each other higher than what they got.</source>
        <translation>
            <numerusform>%Ln pareja bloqueante: un mentorado/a y un mentor/a que se puntúan mutuamente más alto que lo que obtuvieron.</numerusform>
            <numerusform>%Ln parejas bloqueantes: un mentorado/a y un mentor/a que se puntúan mutuamente más alto que lo que obtuvieron.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pair(s) kept as they are (locked, confirmed or under way).</source>
        <translation>
            <numerusform>%Ln pareja se mantiene como está (bloqueada, confirmada o en curso).</numerusform>
            <numerusform>%Ln parejas se mantienen como están (bloqueadas, confirmadas o en curso).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mentee(s) without a mentor, each with the reason.</source>
        <translation>
            <numerusform>%Ln mentorado/a sin mentor/a, con el motivo.</numerusform>
            <numerusform>%Ln mentorados/as sin mentor/a, cada uno con el motivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The most stable suggestion has %Ln blocking pair(s) and costs %1 in total score and %2.</source>
        <translation>
            <numerusform>La sugerencia más estable tiene %Ln pareja bloqueante y cuesta %1 de puntaje total y %2.</numerusform>
            <numerusform>La sugerencia más estable tiene %Ln parejas bloqueantes y cuesta %1 de puntaje total y %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The most stable suggestion has %Ln blocking pair(s) and costs %1 in total score.</source>
        <translation>
            <numerusform>La sugerencia más estable tiene %Ln pareja bloqueante y cuesta %1 de puntaje total.</numerusform>
            <numerusform>La sugerencia más estable tiene %Ln parejas bloqueantes y cuesta %1 de puntaje total.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matched mentee(s)</source>
        <translation>
            <numerusform>%Ln mentorado/a emparejado/a</numerusform>
            <numerusform>%Ln mentorados/as emparejados/as</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rated %1 of 5 by %Ln past mentee(s)</source>
        <translation>
            <numerusform>Calificado/a con %1 de 5 por %Ln mentorado/a anterior</numerusform>
            <numerusform>Calificado/a con %1 de 5 por %Ln mentorados/as anteriores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pairing %1 with %2 (score %3) costs the cohort %4 in total score; %Ln mentee(s) would move</source>
        <translation>
            <numerusform>Emparejar a %1 con %2 (puntaje %3) le cuesta a la cohorte %4 de puntaje total; %Ln mentorado/a cambiaría</numerusform>
            <numerusform>Emparejar a %1 con %2 (puntaje %3) le cuesta a la cohorte %4 de puntaje total; %Ln mentorados/as cambiarían</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pairing %1 with %2 (score %3) costs the cohort %4 in total score and %5; %Ln mentee(s) would move</source>
        <translation>
            <numerusform>Emparejar a %1 con %2 (puntaje %3) le cuesta a la cohorte %4 de puntaje total y %5; %Ln mentorado/a cambiaría</numerusform>
            <numerusform>Emparejar a %1 con %2 (puntaje %3) le cuesta a la cohorte %4 de puntaje total y %5; %Ln mentorados/as cambiarían</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mentee(s) fewer matched</source>
        <translation>
            <numerusform>%Ln mentorado/a emparejado/a menos</numerusform>
            <numerusform>%Ln mentorados/as emparejados/as menos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoreWords</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Elegibilidad</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre(s)</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Employment type</source>
        <translation>Tipo de empleo</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Years of experience</source>
        <translation>Años de experiencia</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>Membership number</source>
        <translation>Número de membresía</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor/a</translation>
    </message>
    <message>
        <source>Supervisor email</source>
        <translation>Correo del supervisor/a</translation>
    </message>
    <message>
        <source>Supervisor approved</source>
        <translation>Aprobado por supervisor/a</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Intereses</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>Experiencia</translation>
    </message>
    <message>
        <source>Meeting formats</source>
        <translation>Formatos de reunión</translation>
    </message>
    <message>
        <source>Mentee capacity</source>
        <translation>Cupo de mentorados/as</translation>
    </message>
    <message>
        <source>Requested mentor</source>
        <translation>Mentor/a solicitado</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Would mentor again</source>
        <translation>Volvería a ser mentor/a</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Committee notes</source>
        <translation>Notas del comité</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor/a</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentorado/a</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptado/a</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Emparejado/a</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation>En lista de espera</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazado/a</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Dado/a de baja</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Concluido/a</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientación</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Committee call</source>
        <translation>Llamada del comité</translation>
    </message>
    <message>
        <source>Initial meeting</source>
        <translation>Reunión inicial</translation>
    </message>
    <message>
        <source>Pair meeting</source>
        <translation>Reunión de pareja</translation>
    </message>
    <message>
        <source>Closeout</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Mentorados/as</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentores/as</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Pareja</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Comité</translation>
    </message>
    <message>
        <source>Midpoint</source>
        <translation>Medio término</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Justificado</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Elegible</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>No elegible</translation>
    </message>
    <message>
        <source>Eligible (committee)</source>
        <translation>Elegible (comité)</translation>
    </message>
    <message>
        <source>Not eligible (committee)</source>
        <translation>No elegible (comité)</translation>
    </message>
    <message>
        <source>Close-out</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>One pair</source>
        <translation>Una pareja</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>Solicitantes</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Exclusion</source>
        <translation>Exclusión</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Agreement signed on</source>
        <translation>Acuerdo firmado el</translation>
    </message>
    <message>
        <source>Where the answers came from</source>
        <translation>Origen de las respuestas</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Público</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Carried from</source>
        <translation>Traída de</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>Cerrada el</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>Cerrada por</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Correo de contacto</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Eligibility note</source>
        <translation>Nota de elegibilidad</translation>
    </message>
    <message>
        <source>Eligibility decision</source>
        <translation>Decisión de elegibilidad</translation>
    </message>
    <message>
        <source>Emphasis area</source>
        <translation>Área de énfasis</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>Note on the end</source>
        <translation>Nota sobre el fin</translation>
    </message>
    <message>
        <source>Why it ended</source>
        <translation>Motivo del fin</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Terminó el</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>Termina</translation>
    </message>
    <message>
        <source>Evaluation forms</source>
        <translation>Formularios de evaluación</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Evaluador/a</translation>
    </message>
    <message>
        <source>Evaluator&apos;s name</source>
        <translation>Nombre de quien evalúa</translation>
    </message>
    <message>
        <source>Evaluator&apos;s role</source>
        <translation>Rol de quien evalúa</translation>
    </message>
    <message>
        <source>Final summary</source>
        <translation>Resumen final</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Import mapping</source>
        <translation>Correspondencia de importación</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>Logged at</source>
        <translation>Registrada el</translation>
    </message>
    <message>
        <source>Message templates</source>
        <translation>Plantillas de mensajes</translation>
    </message>
    <message>
        <source>Met on</source>
        <translation>Fecha de la reunión</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Plantilla de reglas</translation>
    </message>
    <message>
        <source>Published at</source>
        <translation>Publicada el</translation>
    </message>
    <message>
        <source>Purged at</source>
        <translation>Purgada el</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>Registrada el</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Repetición</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntaje</translation>
    </message>
    <message>
        <source>Parts of the score</source>
        <translation>Partes del puntaje</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>Enviado el</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Comenzó el</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Comienza</translation>
    </message>
    <message>
        <source>Status changed at</source>
        <translation>Estado cambiado el</translation>
    </message>
    <message>
        <source>Reason for the status</source>
        <translation>Motivo del estado</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation>Persona evaluada</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Calendar ID</source>
        <translation>ID de calendario</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>Vía</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>En preparación</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Rematch</source>
        <translation>Reasignación</translation>
    </message>
    <message>
        <source>Resignation</source>
        <translation>Renuncia</translation>
    </message>
    <message>
        <source>No fault</source>
        <translation>Sin culpa de nadie</translation>
    </message>
</context>
<context>
    <name>DayDelegate</name>
    <message numerus="yes">
        <source>+%Ln more</source>
        <translation>
            <numerusform>+%Ln más</numerusform>
            <numerusform>+%Ln más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>Evaluations — %1</source>
        <translation>Evaluaciones — %1</translation>
    </message>
    <message>
        <source>The program&apos;s rules ask for no evaluation (Program ▸ Rules…).</source>
        <translation>Las reglas del programa no piden ninguna evaluación (Programa ▸ Reglas…).</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(sin respuesta)</translation>
    </message>
    <message>
        <source>Received: %1. Missing: %2.</source>
        <translation>Recibidas: %1. Faltan: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <source>Saved: %1 for %2</source>
        <translation>Se guardó: %1 para %2</translation>
    </message>
    <message>
        <source>Save the blank forms</source>
        <translation>Guardar los formularios en blanco</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Blank forms</source>
        <translation>Formularios en blanco</translation>
    </message>
    <message>
        <source>Saved the blank forms in %1</source>
        <translation>Se guardaron los formularios en blanco en %1</translation>
    </message>
    <message>
        <source>Import a survey export</source>
        <translation>Importar la exportación de una encuesta</translation>
    </message>
    <message>
        <source>Survey exports (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Exportaciones de encuestas (*.csv *.xlsx *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Which evaluation is it?</source>
        <translation>¿Qué evaluación es?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s). Columns read:
%1</source>
        <translation>
            <numerusform>%Ln fila. Columnas leídas:
%1</numerusform>
            <numerusform>%Ln filas. Columnas leídas:
%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Ignored: %1</source>
        <translation>Ignoradas: %1</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was recorded</source>
        <translation>Importación cancelada; no se registró nada</translation>
    </message>
    <message>
        <source>Recording the evaluations…</source>
        <translation>Registrando las evaluaciones…</translation>
    </message>
    <message>
        <source>Imported %1, replaced %2.</source>
        <translation>Se importaron %1, se reemplazaron %2.</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Omitidas: %1</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>fila %1: %2</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <source>&amp;Pair:</source>
        <translation>&amp;Pareja:</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Formulario:</translation>
    </message>
    <message>
        <source>&amp;Comments:</source>
        <translation>&amp;Comentarios:</translation>
    </message>
    <message>
        <source>&amp;Import survey export…</source>
        <translation>&amp;Importar exportación de encuesta…</translation>
    </message>
    <message>
        <source>Blank forms as &amp;PDF…</source>
        <translation>Formularios en blanco como &amp;PDF…</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Edit event</source>
        <translation>Editar evento</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nuevo evento</translation>
    </message>
    <message>
        <source>— no pair —</source>
        <translation>— sin pareja —</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>No se repite</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Semanal</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>día</numerusform>
            <numerusform>días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <translation>
            <numerusform>semana</numerusform>
            <numerusform>semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <translation>
            <numerusform>mes</numerusform>
            <numerusform>meses</numerusform>
        </translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>e.g. Workshop: setting goals</source>
        <translation>p. ej., Taller: fijar metas</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>&amp;Hora:</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Hora de término</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>&amp;Location or link:</source>
        <translation>&amp;Lugar o enlace:</translation>
    </message>
    <message>
        <source>Room, address or video link</source>
        <translation>Salón, dirección o enlace de video</translation>
    </message>
    <message>
        <source>&amp;Invited:</source>
        <translation>&amp;Invitados:</translation>
    </message>
    <message>
        <source>&amp;Pair:</source>
        <translation>&amp;Pareja:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Repeat how often</source>
        <translation>Con qué frecuencia se repite</translation>
    </message>
    <message>
        <source>every</source>
        <translation>cada</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>Repetir cada</translation>
    </message>
    <message>
        <source>&amp;Times:</source>
        <translation>&amp;Veces:</translation>
    </message>
    <message>
        <source>Number of times</source>
        <translation>Número de veces</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Repeat until</source>
        <translation>Repetir hasta</translation>
    </message>
    <message>
        <source>Apply the change to</source>
        <translation>Aplicar el cambio a</translation>
    </message>
    <message>
        <source>This &amp;event only</source>
        <translation>Solo este &amp;evento</translation>
    </message>
    <message>
        <source>Every event of the &amp;series</source>
        <translation>Todos los eventos de la &amp;serie</translation>
    </message>
</context>
<context>
    <name>EventTooltip</name>
    <message>
        <source>Invited: %1</source>
        <translation>Invitados: %1</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Dónde: %1</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd, d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <translation>dddd, d &apos;de&apos; MMMM</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>MentorDesk Guide</source>
        <translation>Guía de MentorDesk</translation>
    </message>
    <message>
        <source>Chapters of the guide</source>
        <translation>Capítulos de la guía</translation>
    </message>
    <message>
        <source>Chapter text</source>
        <translation>Texto del capítulo</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import Applications into %s</source>
        <translation>Importar solicitudes a %s</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>— say in a column —</source>
        <translation>— indicado en una columna —</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentores/as</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Mentorados/as</translation>
    </message>
    <message>
        <source>Question in the file</source>
        <translation>Pregunta en el archivo</translation>
    </message>
    <message>
        <source>First answer</source>
        <translation>Primera respuesta</translation>
    </message>
    <message>
        <source>MentorDesk field</source>
        <translation>Campo de MentorDesk</translation>
    </message>
    <message>
        <source>Choose the file the form exported.</source>
        <translation>Elija el archivo que exportó el formulario.</translation>
    </message>
    <message>
        <source>%1. MentorDesk proposed a field for each question; change any that are wrong. The mapping is saved with the program for next year.</source>
        <translation>%1. MentorDesk propuso un campo para cada pregunta; cambie los que estén mal. La correspondencia se guarda con el programa para el próximo año.</translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation>— ignorar —</translation>
    </message>
    <message>
        <source>%1, or leave empty: these applications will need a decision</source>
        <translation>%1, o dejar vacío: estas solicitudes requerirán una decisión</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>leave empty: these applications will need a decision</source>
        <translation>dejar vacío: estas solicitudes requerirán una decisión</translation>
    </message>
    <message>
        <source>Same answer for every row: %s</source>
        <translation>La misma respuesta para todas las filas: %s</translation>
    </message>
    <message>
        <source>%1 (%2):</source>
        <translation>%1 (%2):</translation>
    </message>
    <message>
        <source>Checking the rows</source>
        <translation>Revisando las filas</translation>
    </message>
    <message>
        <source>Into %1: &lt;b&gt;%2 new&lt;/b&gt; applications, &lt;b&gt;%3 updates&lt;/b&gt; of earlier submissions, &lt;b&gt;%4 skipped&lt;/b&gt; (see Problems).</source>
        <translation>En %1: &lt;b&gt;%2 nuevas&lt;/b&gt; solicitudes, &lt;b&gt;%3 actualizaciones&lt;/b&gt; de envíos anteriores, &lt;b&gt;%4 omitidas&lt;/b&gt; (vea Problemas).</translation>
    </message>
    <message>
        <source>1 answer could not be read and is left empty (see Problems)</source>
        <translation>1 respuesta no se pudo leer y queda vacía (vea Problemas)</translation>
    </message>
    <message>
        <source>%s answers could not be read and are left empty (see Problems)</source>
        <translation>%s respuestas no se pudieron leer y quedan vacías (vea Problemas)</translation>
    </message>
    <message>
        <source>1 earlier submission is replaced by a later one</source>
        <translation>1 envío anterior se reemplaza por uno posterior</translation>
    </message>
    <message>
        <source>%s earlier submissions are replaced by later ones</source>
        <translation>%s envíos anteriores se reemplazan por posteriores</translation>
    </message>
    <message>
        <source>&amp;Keep the committee&apos;s %s corrections where the form says otherwise</source>
        <translation>&amp;Conservar las %s correcciones del comité donde el formulario dice otra cosa</translation>
    </message>
    <message>
        <source>&amp;Problems (%s)</source>
        <translation>&amp;Problemas (%s)</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>Cancelado; no se importó nada.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>%1, %2 updated, %3 in %4.</source>
        <translation>%1, %2 actualizadas, %3 en %4.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) skipped</source>
        <translation>
            <numerusform>%Ln fila omitida</numerusform>
            <numerusform>%Ln filas omitidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new application(s)</source>
        <translation>
            <numerusform>%Ln solicitud nueva</numerusform>
            <numerusform>%Ln solicitudes nuevas</numerusform>
        </translation>
    </message>
    <message>
        <source>flagged: %s</source>
        <translation>señalado: %s</translation>
    </message>
    <message>
        <source>notice: %s</source>
        <translation>aviso: %s</translation>
    </message>
    <message>
        <source>Choose the Form&apos;s Export</source>
        <translation>Elija la exportación del formulario</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt *.tsv);;All files (*)</source>
        <translation>Hojas de cálculo (*.csv *.xlsx *.txt *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Load Mapping</source>
        <translation>Cargar correspondencia</translation>
    </message>
    <message>
        <source>Mappings (*.json);;All files (*)</source>
        <translation>Correspondencias (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Mapping loaded from %s</source>
        <translation>Correspondencia cargada de %s</translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>Guardar correspondencia</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation>Correspondencias (*.json)</translation>
    </message>
    <message>
        <source>Mapping saved to %s</source>
        <translation>Correspondencia guardada en %s</translation>
    </message>
    <message>
        <source>Import Applications</source>
        <translation>Importar solicitudes</translation>
    </message>
    <message>
        <source>Choose the form&apos;s export</source>
        <translation>Elija la exportación del formulario</translation>
    </message>
    <message>
        <source>The spreadsheet your online form exported: CSV (any encoding, comma, semicolon or tab) or Excel (.xlsx).</source>
        <translation>La hoja de cálculo que exportó su formulario en línea: CSV (cualquier codificación, con coma, punto y coma o tabulador) o Excel (.xlsx).</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Type or paste a path, or choose a file…</source>
        <translation>Escriba o pegue una ruta, o elija un archivo…</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Match the form&apos;s questions to MentorDesk&apos;s fields</source>
        <translation>Relacione las preguntas del formulario con los campos de MentorDesk</translation>
    </message>
    <message>
        <source>MentorDesk proposed a field for each question. Change any that are wrong; the mapping is saved with the program for next year.</source>
        <translation>MentorDesk propuso un campo para cada pregunta. Cambie los que estén mal; la correspondencia se guarda con el programa para el próximo año.</translation>
    </message>
    <message>
        <source>How the file&apos;s questions map to MentorDesk&apos;s fields</source>
        <translation>Cómo se relacionan las preguntas del archivo con los campos de MentorDesk</translation>
    </message>
    <message>
        <source>Rows without a &amp;role are:</source>
        <translation>Las filas sin &amp;rol son:</translation>
    </message>
    <message>
        <source>&amp;Load mapping…</source>
        <translation>&amp;Cargar correspondencia…</translation>
    </message>
    <message>
        <source>&amp;Save mapping…</source>
        <translation>&amp;Guardar correspondencia…</translation>
    </message>
    <message>
        <source>Questions the rules need that no column answers</source>
        <translation>Preguntas que las reglas necesitan y que ninguna columna responde</translation>
    </message>
    <message>
        <source>Give one answer for every row (a form sent only to one organization&apos;s staff), or leave it empty: those applications then need a decision</source>
        <translation>Dé una sola respuesta para todas las filas (un formulario enviado solo al personal de una organización), o déjela vacía: esas solicitudes requerirán entonces una decisión</translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation>Revisar antes de importar</translation>
    </message>
    <message>
        <source>Each row as it will be stored. Rows with problems are skipped; resubmissions update the earlier application. Nothing is written until you press Import.</source>
        <translation>Cada fila tal como se guardará. Las filas con problemas se omiten; los reenvíos actualizan la solicitud anterior. No se escribe nada hasta que presione Importar.</translation>
    </message>
    <message>
        <source>&amp;Keep the committee&apos;s corrections when the form says otherwise</source>
        <translation>&amp;Conservar las correcciones del comité cuando el formulario dice otra cosa</translation>
    </message>
    <message>
        <source>&amp;Rows</source>
        <translation>&amp;Filas</translation>
    </message>
    <message>
        <source>Rows of the file and what the import does with each</source>
        <translation>Filas del archivo y lo que la importación hace con cada una</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;Problemas</translation>
    </message>
    <message>
        <source>Problems found, by row and column</source>
        <translation>Problemas encontrados, por fila y columna</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <source>Rows that were not imported, and why</source>
        <translation>Filas que no se importaron, y por qué</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (normalmente el puerto 587)</translation>
    </message>
    <message>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (normalmente el puerto 465)</translation>
    </message>
    <message>
        <source>None (only on a trusted network)</source>
        <translation>Ninguna (solo en una red de confianza)</translation>
    </message>
    <message>
        <source>Mail Server</source>
        <translation>Servidor de correo</translation>
    </message>
    <message>
        <source>Without a mail server, MentorDesk saves messages as drafts (.eml files) that open in your mail program. With the committee&apos;s own SMTP server, it can send them after you preview them and click Send. The password is asked each time and never stored.</source>
        <translation>Sin servidor de correo, MentorDesk guarda los mensajes como borradores (archivos .eml) que se abren en su programa de correo. Con el servidor SMTP propio del comité, puede enviarlos después de que usted los revise y haga clic en Enviar. La contraseña se pide cada vez y nunca se guarda.</translation>
    </message>
    <message>
        <source>Send through the committee&apos;s &amp;SMTP server</source>
        <translation>Enviar por el servidor &amp;SMTP del comité</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;vidor:</translation>
    </message>
    <message>
        <source>smtp.example.org</source>
        <translation>smtp.example.org</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>S&amp;eguridad:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>Mentoring Committee &lt;mentoring@example.org&gt;</source>
        <translation>Comité de Mentoría &lt;mentoria@example.org&gt;</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Program and cohort</source>
        <translation>Programa y cohorte</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Cohorte:</translation>
    </message>
    <message>
        <source>MentorDesk &amp;Guide</source>
        <translation>&amp;Guía de MentorDesk</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Import Applications…</source>
        <translation>&amp;Importar solicitudes…</translation>
    </message>
    <message>
        <source>&amp;Rules…</source>
        <translation>&amp;Reglas…</translation>
    </message>
    <message>
        <source>Cohort &amp;Terms…</source>
        <translation>&amp;Periodos de la cohorte…</translation>
    </message>
    <message>
        <source>&amp;Evaluations…</source>
        <translation>&amp;Evaluaciones…</translation>
    </message>
    <message>
        <source>&amp;Mail Server…</source>
        <translation>Servidor de &amp;correo…</translation>
    </message>
    <message>
        <source>Override &amp;Eligibility…</source>
        <translation>Anular &amp;elegibilidad…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>A&amp;udit</source>
        <translation>A&amp;uditoría</translation>
    </message>
    <message>
        <source>Select one applicant to see their history</source>
        <translation>Seleccione un solo solicitante para ver su historial</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Create a program and cohort first</source>
        <translation>Primero cree un programa y una cohorte</translation>
    </message>
    <message>
        <source>Opening %s…</source>
        <translation>Abriendo %s…</translation>
    </message>
    <message>
        <source>Restore a &amp;Backup…</source>
        <translation>Restaurar un &amp;respaldo…</translation>
    </message>
    <message>
        <source>New &amp;Applicant…</source>
        <translation>Nuevo &amp;solicitante…</translation>
    </message>
    <message>
        <source>Type in an application that came on paper, by mail or by phone</source>
        <translation>Capturar una solicitud que llegó en papel, por correo o por teléfono</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Preferences saved</source>
        <translation>Preferencias guardadas</translation>
    </message>
    <message>
        <source>Select one applicant to override their eligibility</source>
        <translation>Seleccione un solo solicitante para anular su elegibilidad</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>Solicitantes</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>Emparejamiento</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reportes</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <source>another window</source>
        <translation>otra ventana</translation>
    </message>
    <message>
        <source>%s (read-only)</source>
        <translation>%s (solo lectura)</translation>
    </message>
    <message>
        <source>%1 — read-only: open by %2</source>
        <translation>%1 — solo lectura: abierta por %2</translation>
    </message>
    <message>
        <source>Database: %s</source>
        <translation>Base de datos: %s</translation>
    </message>
    <message>
        <source>Opened %s</source>
        <translation>Se abrió %s</translation>
    </message>
    <message>
        <source>Database upgraded</source>
        <translation>Base de datos actualizada</translation>
    </message>
    <message>
        <source>%s was written by an older MentorDesk. Upgrading it repaired what had one right answer; the details are in the audit log.</source>
        <translation>%s fue escrita por una versión anterior de MentorDesk. Al actualizarla se corrigió lo que tenía una sola respuesta correcta; los detalles están en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Changes saved at another desk are shown</source>
        <translation>Se muestran los cambios guardados en otro equipo</translation>
    </message>
    <message>
        <source>Cannot read the cohorts</source>
        <translation>No se pueden leer las cohortes</translation>
    </message>
    <message>
        <source> (closed)</source>
        <translation> (cerrada)</translation>
    </message>
    <message>
        <source>New MentorDesk database</source>
        <translation>Nueva base de datos de MentorDesk</translation>
    </message>
    <message>
        <source>MentorDesk database (*.db)</source>
        <translation>Base de datos de MentorDesk (*.db)</translation>
    </message>
    <message>
        <source>Not created</source>
        <translation>No se creó</translation>
    </message>
    <message>
        <source>%s already exists; open it instead, or choose another name.</source>
        <translation>%s ya existe; ábrala en su lugar o elija otro nombre.</translation>
    </message>
    <message>
        <source>Open a MentorDesk database</source>
        <translation>Abrir una base de datos de MentorDesk</translation>
    </message>
    <message>
        <source>MentorDesk database (*.db);;All files (*)</source>
        <translation>Base de datos de MentorDesk (*.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot open the demo</source>
        <translation>No se puede abrir la demostración</translation>
    </message>
    <message>
        <source>Opened the demo: three programs with their applicants</source>
        <translation>Se abrió la demostración: tres programas con sus solicitantes</translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation>Restaurar un respaldo</translation>
    </message>
    <message>
        <source>A server database is restored with pg_restore by its administrator.</source>
        <translation>Una base de datos en servidor la restaura su administrador con pg_restore.</translation>
    </message>
    <message>
        <source>This window is read-only; restore from the window that has the file open.</source>
        <translation>Esta ventana es de solo lectura; restaure desde la ventana que tiene el archivo abierto.</translation>
    </message>
    <message>
        <source>Restored %s</source>
        <translation>Se restauró %s</translation>
    </message>
    <message>
        <source>Program created</source>
        <translation>Programa creado</translation>
    </message>
    <message>
        <source>Cohort created; %s</source>
        <translation>Cohorte creada; %s</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>No hay bases de datos recientes</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Borrar la lista</translation>
    </message>
    <message numerus="yes">
        <source>%Ln application(s)</source>
        <translation>
            <numerusform>%Ln solicitud</numerusform>
            <numerusform>%Ln solicitudes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln application(s)</source>
        <translation>
            <numerusform>Mostrando %1 de %Ln solicitud</numerusform>
            <numerusform>Mostrando %1 de %Ln solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <source>MentorDesk</source>
        <translation>MentorDesk</translation>
    </message>
    <message>
        <source>areaList</source>
        <translation>areaList</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Áreas</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Programa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <source>Start a new, empty MentorDesk database file</source>
        <translation>Crear un archivo de base de datos de MentorDesk nuevo y vacío</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <source>Open the &amp;Demo</source>
        <translation>Abrir la &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Applicants</source>
        <translation>&amp;Solicitantes</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Pairing</source>
        <translation>&amp;Emparejamiento</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Calendario</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Reportes</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>New &amp;Program from a Preset…</source>
        <translation>Nuevo &amp;programa a partir de un modelo…</translation>
    </message>
    <message>
        <source>New &amp;Cohort…</source>
        <translation>Nueva &amp;cohorte…</translation>
    </message>
    <message>
        <source>&amp;About MentorDesk</source>
        <translation>&amp;Acerca de MentorDesk</translation>
    </message>
</context>
<context>
    <name>MeetingLogDialog</name>
    <message>
        <source>The cohort has no pairs yet</source>
        <translation>La cohorte aún no tiene parejas</translation>
    </message>
    <message>
        <source>Log a meeting</source>
        <translation>Registrar una reunión</translation>
    </message>
    <message>
        <source>&amp;Pair:</source>
        <translation>&amp;Pareja:</translation>
    </message>
    <message>
        <source>&amp;Met on:</source>
        <translation>Se &amp;reunieron el:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Cómo:</translation>
    </message>
    <message>
        <source>Only that the pair met is recorded. What was said stays between them.</source>
        <translation>Solo se registra que la pareja se reunió. Lo que se habló queda entre ellos.</translation>
    </message>
</context>
<context>
    <name>MeetingsPanel</name>
    <message>
        <source>%d min</source>
        <translation>%d min</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Eliminar reunión</translation>
    </message>
    <message>
        <source>Meeting logs</source>
        <translation>Registro de reuniones</translation>
    </message>
    <message>
        <source>Met on</source>
        <translation>Se reunieron el</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Pareja</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln meeting(s) logged, %1 h. Only that pairs met is recorded.</source>
        <translation>
            <numerusform>%Ln reunión registrada, %1 h. Solo se registra que las parejas se reunieron.</numerusform>
            <numerusform>%Ln reuniones registradas, %1 h. Solo se registra que las parejas se reunieron.</numerusform>
        </translation>
    </message>
    <message>
        <source>Log meeting…</source>
        <translation>Registrar reunión…</translation>
    </message>
    <message>
        <source>Delete log</source>
        <translation>Eliminar registro</translation>
    </message>
</context>
<context>
    <name>MenteeChip</name>
    <message>
        <source>no score</source>
        <translation>sin puntaje</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>puntaje %1</translation>
    </message>
    <message>
        <source>Mentee of %s; drag to another mentor</source>
        <translation>Mentorado/a de %s; arrástrelo a otro mentor/a</translation>
    </message>
    <message>
        <source>Focus: %s</source>
        <translation>Enfoque: %s</translation>
    </message>
</context>
<context>
    <name>MentorCardWidget</name>
    <message>
        <source>No department given</source>
        <translation>Sin departamento indicado</translation>
    </message>
    <message>
        <source>the committee decided so</source>
        <translation>así lo decidió el comité</translation>
    </message>
    <message>
        <source>Not eligible: %s</source>
        <translation>No elegible: %s</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln place(s) taken</source>
        <translation>
            <numerusform>%1 de %Ln lugar ocupado</numerusform>
            <numerusform>%1 de %Ln lugares ocupados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln free place(s)</source>
        <translation>
            <numerusform>%Ln lugar libre</numerusform>
            <numerusform>%Ln lugares libres</numerusform>
        </translation>
    </message>
    <message>
        <source>Mentor %s</source>
        <translation>Mentor/a %s</translation>
    </message>
    <message numerus="yes">
        <source>%Ln mentee(s)</source>
        <translation>
            <numerusform>%Ln mentorado/a</numerusform>
            <numerusform>%Ln mentorados/as</numerusform>
        </translation>
    </message>
    <message>
        <source>full</source>
        <translation>completo</translation>
    </message>
    <message>
        <source>not eligible, no free places</source>
        <translation>no elegible, sin lugares libres</translation>
    </message>
    <message>
        <source>no department</source>
        <translation>sin departamento</translation>
    </message>
</context>
<context>
    <name>MessageTemplateDialog</name>
    <message>
        <source>Introduction</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <source>Evaluation request</source>
        <translation>Solicitud de evaluación</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Marcadores: %1</translation>
    </message>
    <message>
        <source>Message Templates</source>
        <translation>Plantillas de mensajes</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Mensaje:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Asunto:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>&amp;Reset to the shipped text</source>
        <translation>&amp;Restablecer el texto original</translation>
    </message>
</context>
<context>
    <name>MonthModel</name>
    <message numerus="yes">
        <source>%1, %Ln event(s)</source>
        <translation>
            <numerusform>%1, %Ln evento</numerusform>
            <numerusform>%1, %Ln eventos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
</context>
<context>
    <name>MoveEventCommand</name>
    <message>
        <source>Move “%1” to %2</source>
        <translation>Mover “%1” al %2</translation>
    </message>
</context>
<context>
    <name>NameEditor</name>
    <message>
        <source>First name</source>
        <translation>Nombre(s)</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
</context>
<context>
    <name>NewApplicantDialog</name>
    <message>
        <source>New Applicant in %s</source>
        <translation>Nuevo solicitante en %s</translation>
    </message>
    <message>
        <source>An application that came on paper, by mail or by phone. The rules check it as they check an imported one; the other answers can be filled in the table.</source>
        <translation>Una solicitud que llegó en papel, por correo o por teléfono. Las reglas la revisan igual que una importada; las demás respuestas se pueden llenar en la tabla.</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentorado/a</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor/a</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Agregar</translation>
    </message>
    <message>
        <source>Give the applicant&apos;s first or last name</source>
        <translation>Indique el nombre o los apellidos del solicitante</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>No se agregó</translation>
    </message>
    <message>
        <source>New Applicant</source>
        <translation>Nuevo solicitante</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Nombre(s):</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Apellidos:</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>C&amp;orreo electrónico:</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nombre@example.org</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Departamento:</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Puesto:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>Or&amp;ganización:</translation>
    </message>
    <message>
        <source>&amp;Years of experience:</source>
        <translation>Años de e&amp;xperiencia:</translation>
    </message>
    <message>
        <source>e.g. 3, 2.5, 6 months</source>
        <translation>p. ej., 3, 2.5, 6 meses</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
</context>
<context>
    <name>NewProgramDialog</name>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>New Cohort of %s</source>
        <translation>Nueva cohorte de %s</translation>
    </message>
    <message>
        <source>&amp;Cohort name:</source>
        <translation>&amp;Nombre de la cohorte:</translation>
    </message>
    <message>
        <source>%1 (%2 waitlisted, %3 mentors continuing)</source>
        <translation>%1 (%2 en lista de espera, %3 mentores/as que continúan)</translation>
    </message>
    <message>
        <source>New Program</source>
        <translation>Nuevo programa</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Partir de:</translation>
    </message>
    <message>
        <source>Program &amp;name:</source>
        <translation>&amp;Nombre del programa:</translation>
    </message>
    <message>
        <source>First &amp;cohort:</source>
        <translation>Primera &amp;cohorte:</translation>
    </message>
    <message>
        <source>e.g. 2026–27</source>
        <translation>p. ej., 2026–27</translation>
    </message>
    <message>
        <source>Starts &amp;on:</source>
        <translation>&amp;Inicia el:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>&amp;Termina el:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>Times of this cohort (submissions, events) are shown in this zone</source>
        <translation>Las horas de esta cohorte (envíos, eventos) se muestran en esta zona</translation>
    </message>
    <message>
        <source>Carry over from an earlier cohort</source>
        <translation>Traer de una cohorte anterior</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>Bring the &amp;waitlisted mentees, with their applications</source>
        <translation>Traer a los mentorados/as en &amp;lista de espera, con sus solicitudes</translation>
    </message>
    <message>
        <source>Also the &amp;mentors who asked to continue</source>
        <translation>También a los &amp;mentores/as que pidieron continuar</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Override eligibility of %s</source>
        <translation>Anular la elegibilidad de %s</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor/a</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentorado/a</translation>
    </message>
    <message>
        <source>By the program&apos;s rules: &lt;b&gt;not eligible&lt;/b&gt;</source>
        <translation>Según las reglas del programa: &lt;b&gt;no elegible&lt;/b&gt;</translation>
    </message>
    <message>
        <source>By the program&apos;s rules: &lt;b&gt;eligible&lt;/b&gt;.</source>
        <translation>Según las reglas del programa: &lt;b&gt;elegible&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Override Eligibility of %s</source>
        <translation>Anular la elegibilidad de %s</translation>
    </message>
    <message>
        <source>Say why the committee decides against the rules.</source>
        <translation>Indique por qué el comité decide en contra de las reglas.</translation>
    </message>
    <message>
        <source>Override Eligibility</source>
        <translation>Anular elegibilidad</translation>
    </message>
    <message>
        <source>Committee decision</source>
        <translation>Decisión del comité</translation>
    </message>
    <message>
        <source>&amp;Follow the rules (no override)</source>
        <translation>&amp;Seguir las reglas (sin anulación)</translation>
    </message>
    <message>
        <source>&amp;Eligible, whatever the rules say</source>
        <translation>&amp;Elegible, digan lo que digan las reglas</translation>
    </message>
    <message>
        <source>&amp;Not eligible, whatever the rules say</source>
        <translation>&amp;No elegible, digan lo que digan las reglas</translation>
    </message>
    <message>
        <source>&amp;Why (required for an override; kept in the history):</source>
        <translation>&amp;Por qué (obligatorio para una anulación; se guarda en el historial):</translation>
    </message>
    <message>
        <source>e.g. Six months as lead case manager, confirmed by the chair</source>
        <translation>p. ej., seis meses como gestor/a de casos principal, confirmado por la presidencia</translation>
    </message>
</context>
<context>
    <name>PairTimeline</name>
    <message>
        <source>Pair timeline</source>
        <translation>Cronología de la pareja</translation>
    </message>
    <message>
        <source>Choose a pair to see its year</source>
        <translation>Elija una pareja para ver su año</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Meetings logged</source>
        <translation>Reuniones registradas</translation>
    </message>
</context>
<context>
    <name>PairingArea</name>
    <message>
        <source>Rematch</source>
        <translation>Reasignar</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>Emparejamiento</translation>
    </message>
    <message numerus="yes">
        <source>Reading the pairing board of %Ln application(s)…</source>
        <translation>
            <numerusform>Leyendo el tablero de emparejamiento de %Ln solicitud…</numerusform>
            <numerusform>Leyendo el tablero de emparejamiento de %Ln solicitudes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot drop here: %s</source>
        <translation>No se puede soltar aquí: %s</translation>
    </message>
    <message>
        <source>%1 would score %2</source>
        <translation>%1 tendría un puntaje de %2</translation>
    </message>
    <message>
        <source>Why not this pair?</source>
        <translation>¿Por qué no esta pareja?</translation>
    </message>
    <message>
        <source>Select one mentee first</source>
        <translation>Primero seleccione un solo mentorado/a</translation>
    </message>
    <message>
        <source>Why is %s not paired with:</source>
        <translation>¿Por qué %s no está emparejado/a con:</translation>
    </message>
    <message>
        <source>Working it out…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>Saving the pairs…</source>
        <translation>Guardando las parejas…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>%1: saved. The board could not be refreshed (%2); press F5 to try again</source>
        <translation>%1: guardado. No se pudo actualizar el tablero (%2); pulse F5 para volver a intentarlo</translation>
    </message>
    <message>
        <source>Unassign %s</source>
        <translation>Desasignar a %s</translation>
    </message>
    <message>
        <source>Pair %s with %s</source>
        <translation>Emparejar a %s con %s</translation>
    </message>
    <message>
        <source>Drop %s on a mentor; red cards refuse, saying why</source>
        <translation>Suelte a %s sobre un mentor/a; las tarjetas rojas lo rechazan y dicen por qué</translation>
    </message>
    <message>
        <source>Select a mentee first</source>
        <translation>Primero seleccione un mentorado/a</translation>
    </message>
    <message>
        <source>Lock pair</source>
        <translation>Bloquear pareja</translation>
    </message>
    <message>
        <source>Unlock pair</source>
        <translation>Desbloquear pareja</translation>
    </message>
    <message>
        <source>Confirm pair</source>
        <translation>Confirmar pareja</translation>
    </message>
    <message>
        <source>Unconfirm pair</source>
        <translation>Quitar confirmación de la pareja</translation>
    </message>
    <message>
        <source>Agreement not signed</source>
        <translation>Acuerdo sin firmar</translation>
    </message>
    <message>
        <source>Agreement signed</source>
        <translation>Acuerdo firmado</translation>
    </message>
    <message>
        <source>Select one pair to set its focus</source>
        <translation>Seleccione una sola pareja para definir su enfoque</translation>
    </message>
    <message>
        <source>The emphasis area this pair will focus on this year:</source>
        <translation>El área de énfasis en la que se enfocará esta pareja este año:</translation>
    </message>
    <message>
        <source>The goals this pair agreed to work on:</source>
        <translation>Las metas que esta pareja acordó trabajar:</translation>
    </message>
    <message>
        <source>What this pair focuses on toward the credential:</source>
        <translation>En qué se enfoca esta pareja rumbo a la credencial:</translation>
    </message>
    <message>
        <source>Pair&apos;s focus</source>
        <translation>Enfoque de la pareja</translation>
    </message>
    <message>
        <source>Keep the focus under 300 characters</source>
        <translation>Mantenga el enfoque en menos de 300 caracteres</translation>
    </message>
    <message>
        <source>Set the pair&apos;s focus</source>
        <translation>Definir el enfoque de la pareja</translation>
    </message>
    <message>
        <source>Select one pair to rematch</source>
        <translation>Seleccione una sola pareja para reasignarla</translation>
    </message>
    <message>
        <source>No rematch</source>
        <translation>Sin reasignación</translation>
    </message>
    <message>
        <source>The pair ended; the mentee waits for a new mentor</source>
        <translation>La pareja terminó; el mentorado/a espera un nuevo mentor/a</translation>
    </message>
    <message>
        <source>Rematched: the mentee has a new mentor</source>
        <translation>Reasignado: el mentorado/a tiene un nuevo mentor/a</translation>
    </message>
    <message>
        <source>Select the mentee or mentor who leaves</source>
        <translation>Seleccione al mentorado/a o mentor/a que se va</translation>
    </message>
    <message>
        <source>Select a mentee or a mentor first</source>
        <translation>Primero seleccione un mentorado/a o un mentor/a</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Suggest pairing</source>
        <translation>Sugerir emparejamiento</translation>
    </message>
    <message>
        <source>Suggestion cancelled; nothing changed</source>
        <translation>Sugerencia cancelada; no cambió nada</translation>
    </message>
    <message>
        <source>Finding the optimal pairing…</source>
        <translation>Buscando el emparejamiento óptimo…</translation>
    </message>
    <message>
        <source>Fill free places</source>
        <translation>Llenar lugares libres</translation>
    </message>
    <message>
        <source>Filling the free places…</source>
        <translation>Llenando los lugares libres…</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Proving the optimum…</source>
        <translation>Demostrando el óptimo…</translation>
    </message>
    <message>
        <source>No free place can be filled: %1, %2</source>
        <translation>No se puede llenar ningún lugar libre: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln free place(s)</source>
        <translation>
            <numerusform>%Ln lugar libre</numerusform>
            <numerusform>%Ln lugares libres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mentee(s) waiting</source>
        <translation>
            <numerusform>%Ln mentorado/a en espera</numerusform>
            <numerusform>%Ln mentorados/as en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fill %Ln free place(s); every existing pair stays</source>
        <translation>
            <numerusform>Llenar %Ln lugar libre; todas las parejas actuales se mantienen</numerusform>
            <numerusform>Llenar %Ln lugares libres; todas las parejas actuales se mantienen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept %Ln suggested change(s)</source>
        <translation>
            <numerusform>Aceptar %Ln cambio sugerido</numerusform>
            <numerusform>Aceptar %Ln cambios sugeridos</numerusform>
        </translation>
    </message>
    <message>
        <source>The board already is the optimal pairing</source>
        <translation>El tablero ya es el emparejamiento óptimo</translation>
    </message>
</context>
<context>
    <name>PairingBoard</name>
    <message>
        <source>Not a mentor of this cohort</source>
        <translation>No es mentor/a de esta cohorte</translation>
    </message>
    <message>
        <source>the committee decided so</source>
        <translation>así lo decidió el comité</translation>
    </message>
    <message>
        <source>%s is not eligible as a mentor: %s</source>
        <translation>%s no es elegible como mentor/a: %s</translation>
    </message>
    <message>
        <source>%s&apos;s pair is locked; unlock it first</source>
        <translation>La pareja de %s está bloqueada; desbloquéela primero</translation>
    </message>
    <message>
        <source>%s&apos;s pair has already met; end it for a rematch instead</source>
        <translation>La pareja de %s ya se reunió; en su lugar, termínela para reasignar</translation>
    </message>
    <message>
        <source>Already with %s</source>
        <translation>Ya está con %s</translation>
    </message>
    <message>
        <source>%s is full (%d of %d taken)</source>
        <translation>%s está completo/a (%d de %d ocupados)</translation>
    </message>
    <message>
        <source>%1 with %2: %3</source>
        <translation>%1 con %2: %3</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Signed %s</source>
        <translation>Firmado el %s</translation>
    </message>
    <message>
        <source>Agreement not signed</source>
        <translation>Acuerdo sin firmar</translation>
    </message>
    <message>
        <source>%d of %d free</source>
        <translation>%d de %d libres</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>no elegible</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor/a</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentorado/a</translation>
    </message>
    <message>
        <source>Free places</source>
        <translation>Lugares libres</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntaje</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Pareja</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>No permitido</translation>
    </message>
    <message>
        <source>Expertise: %s</source>
        <translation>Experiencia: %s</translation>
    </message>
    <message>
        <source>Takes %d, %d free</source>
        <translation>Recibe %d, %d libres</translation>
    </message>
    <message>
        <source>Requested · %s</source>
        <translation>Solicitado · %s</translation>
    </message>
    <message>
        <source>Focus: %s</source>
        <translation>Enfoque: %s</translation>
    </message>
    <message>
        <source> (waitlisted)</source>
        <translation> (en lista de espera)</translation>
    </message>
    <message>
        <source> (not eligible)</source>
        <translation> (no elegible)</translation>
    </message>
    <message>
        <source>Interests: %s</source>
        <translation>Intereses: %s</translation>
    </message>
    <message>
        <source>Goals: %s</source>
        <translation>Metas: %s</translation>
    </message>
    <message>
        <source>Requested: %s</source>
        <translation>Solicitó a: %s</translation>
    </message>
    <message>
        <source>No cohort</source>
        <translation>Sin cohorte</translation>
    </message>
    <message>
        <source>Already unassigned</source>
        <translation>Ya está sin asignar</translation>
    </message>
    <message>
        <source>Interests and expertise</source>
        <translation>Intereses y experiencia</translation>
    </message>
    <message>
        <source>Goals and expertise</source>
        <translation>Objetivos y experiencia</translation>
    </message>
    <message>
        <source>Meeting format</source>
        <translation>Formato de reunión</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Experience gap</source>
        <translation>Diferencia de experiencia</translation>
    </message>
    <message>
        <source>Requested mentor</source>
        <translation>Mentor/a solicitado</translation>
    </message>
    <message>
        <source>Past evaluations</source>
        <translation>Evaluaciones anteriores</translation>
    </message>
</context>
<context>
    <name>PairingToolbar</name>
    <message>
        <source>Suggest pairing</source>
        <translation>Sugerir emparejamiento</translation>
    </message>
    <message>
        <source>Find the optimal pairing of the whole cohort and review it as changes</source>
        <translation>Encontrar el emparejamiento óptimo de toda la cohorte y revisarlo como cambios</translation>
    </message>
    <message>
        <source>Assign to…</source>
        <translation>Asignar a…</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Desasignar</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Agreement signed</source>
        <translation>Acuerdo firmado</translation>
    </message>
    <message>
        <source>Rematch…</source>
        <translation>Reasignar…</translation>
    </message>
    <message>
        <source>End the selected pair and give the mentee the best other mentor (the rules&apos; rematch limit is checked first)</source>
        <translation>Terminar la pareja seleccionada y darle al mentorado/a el mejor otro mentor/a (antes se revisa el límite de reasignaciones de las reglas)</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
    <message>
        <source>The selected person&apos;s applications and pairs across cohorts</source>
        <translation>Las solicitudes y parejas de la persona seleccionada en todas las cohortes</translation>
    </message>
    <message>
        <source>Focus…</source>
        <translation>Enfoque…</translation>
    </message>
    <message>
        <source>The pair&apos;s focus (emphasis area or goals), printed in the agreement</source>
        <translation>El enfoque de la pareja (área de énfasis o metas), impreso en el acuerdo</translation>
    </message>
    <message>
        <source>Publish and Tell…</source>
        <translation>Publicar y avisar…</translation>
    </message>
    <message>
        <source>Publish proposed pairs and prepare their introductions, reminders and evaluation requests</source>
        <translation>Publicar las parejas propuestas y preparar sus presentaciones, recordatorios y solicitudes de evaluación</translation>
    </message>
    <message>
        <source>Why not with…</source>
        <translation>¿Por qué no con…?</translation>
    </message>
    <message>
        <source>For the selected mentee and a mentor you choose: the rule that forbids the pair, or what it would cost the whole cohort and who would move</source>
        <translation>Para el mentorado/a seleccionado y un mentor/a que usted elija: la regla que prohíbe la pareja, o lo que le costaría a toda la cohorte y quién se movería</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Dar de baja…</translation>
    </message>
    <message>
        <source>The selected mentee or mentor leaves the cohort: the pair ends, the partner is offered another mentor or the waitlist</source>
        <translation>El mentorado/a o mentor/a seleccionado deja la cohorte: la pareja termina y a su contraparte se le ofrece otro mentor/a o la lista de espera</translation>
    </message>
    <message>
        <source>Fill free places</source>
        <translation>Llenar lugares libres</translation>
    </message>
    <message>
        <source>Give the free places to mentees without a mentor and the waitlist, optimally, keeping every existing pair</source>
        <translation>Dar los lugares libres a mentorados/as sin mentor/a y a la lista de espera, de forma óptima, conservando todas las parejas actuales</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Prove the optimal suggestion: its bound and gap, blocking pairs, the most stable suggestion&apos;s cost, and why each waiting mentee waits</source>
        <translation>Demostrar la sugerencia óptima: su cota y brecha, las parejas que la bloquean, el costo de la sugerencia más estable y por qué espera cada mentorado/a en espera</translation>
    </message>
    <message>
        <source>Show as list</source>
        <translation>Como lista</translation>
    </message>
    <message>
        <source>Show the mentors as a list instead of cards</source>
        <translation>Mostrar a los mentores/as como lista en lugar de tarjetas</translation>
    </message>
    <message>
        <source>Search mentors and mentees</source>
        <translation>Buscar mentores/as y mentorados/as</translation>
    </message>
    <message>
        <source>Show mentors</source>
        <translation>Mostrar mentores/as</translation>
    </message>
    <message>
        <source>All mentors</source>
        <translation>Todo el tablero</translation>
    </message>
    <message>
        <source>Mentors with free places</source>
        <translation>Mentores/as con lugares libres</translation>
    </message>
    <message>
        <source>Pairs not confirmed</source>
        <translation>Parejas sin confirmar</translation>
    </message>
    <message>
        <source>Agreements not signed</source>
        <translation>Acuerdos sin firmar</translation>
    </message>
    <message>
        <source>Locked pairs</source>
        <translation>Parejas bloqueadas</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Unconfirm</source>
        <translation>Quitar confirmación</translation>
    </message>
</context>
<context>
    <name>PersonHistoryDialog</name>
    <message>
        <source>History of %s</source>
        <translation>Historial de %s</translation>
    </message>
    <message>
        <source>Applications and pairs, by cohort</source>
        <translation>Solicitudes y parejas, por cohorte</translation>
    </message>
    <message>
        <source>Cohort and pairs</source>
        <translation>Cohorte y parejas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>, carried from %s</source>
        <translation>, traído de %s</translation>
    </message>
    <message>
        <source>%s — %s (%s, as %s%s)</source>
        <translation>%s — %s (%s, como %s%s)</translation>
    </message>
    <message>
        <source> until %s</source>
        <translation> hasta %s</translation>
    </message>
    <message>
        <source>with %s (%s)%s</source>
        <translation>con %s (%s)%s</translation>
    </message>
    <message>
        <source>no pair</source>
        <translation>sin pareja</translation>
    </message>
</context>
<context>
    <name>PlanYearDialog</name>
    <message>
        <source>a mandatory orientation</source>
        <translation>una orientación obligatoria</translation>
    </message>
    <message numerus="yes">
        <source>%Ln workshop(s) on the dates below</source>
        <translation>
            <numerusform>%Ln taller en las fechas de abajo</numerusform>
            <numerusform>%Ln talleres en las fechas de abajo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>an initial meeting before the start for each of the %Ln pair(s)</source>
        <translation>
            <numerusform>una reunión inicial antes del inicio para la %Ln pareja</numerusform>
            <numerusform>una reunión inicial antes del inicio para cada una de las %Ln parejas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a meeting slot per pair in each of the %Ln term(s)</source>
        <translation>
            <numerusform>un espacio de reunión por pareja en el %Ln periodo</numerusform>
            <numerusform>un espacio de reunión por pareja en cada uno de los %Ln periodos</numerusform>
        </translation>
    </message>
    <message>
        <source>monthly committee calls</source>
        <translation>llamadas mensuales del comité</translation>
    </message>
    <message>
        <source>a close-out celebration, supervisors invited</source>
        <translation>una celebración de cierre, con supervisores/as invitados</translation>
    </message>
    <message>
        <source>a close-out celebration</source>
        <translation>una celebración de cierre</translation>
    </message>
    <message>
        <source>The program&apos;s rules ask for: %s.</source>
        <translation>Las reglas del programa piden: %s.</translation>
    </message>
    <message>
        <source>The program&apos;s rules ask for no events; add them one by one instead.</source>
        <translation>Las reglas del programa no piden eventos; agréguelos uno por uno.</translation>
    </message>
    <message>
        <source>Workshop %d</source>
        <translation>Taller %d</translation>
    </message>
    <message>
        <source>No workshops in this program.</source>
        <translation>No hay talleres en este programa.</translation>
    </message>
    <message>
        <source>Plan the year</source>
        <translation>Planear el año</translation>
    </message>
    <message>
        <source>The program&apos;s rules ask for:</source>
        <translation>Las reglas del programa piden:</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Orientación:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>First &amp;committee call:</source>
        <translation>Primera llamada del &amp;comité:</translation>
    </message>
    <message>
        <source>C&amp;lose-out:</source>
        <translation>C&amp;ierre:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>&amp;Location or link:</source>
        <translation>&amp;Lugar o enlace:</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Talleres</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Messages are saved as drafts for your mail program; no server is set.</source>
        <translation>Los mensajes se guardan como borradores para su programa de correo; no hay servidor configurado.</translation>
    </message>
    <message>
        <source>Messages are sent through %1, from %2.</source>
        <translation>Los mensajes se envían por %1, desde %2.</translation>
    </message>
    <message>
        <source>kept in the keyring; type to replace it</source>
        <translation>guardada en el llavero; escriba para reemplazarla</translation>
    </message>
    <message>
        <source>A server database is backed up by its administrator (pg_dump).</source>
        <translation>Una base de datos en servidor la respalda su administrador (pg_dump).</translation>
    </message>
    <message>
        <source>Backups of %1 are kept in %2.</source>
        <translation>Los respaldos de %1 se guardan en %2.</translation>
    </message>
    <message>
        <source>Newest: %s.</source>
        <translation>El más reciente: %s.</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>Aún no hay respaldos.</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>Respaldar ahora</translation>
    </message>
    <message>
        <source>Copying the database…</source>
        <translation>Copiando la base de datos…</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the password in.</source>
        <translation>Esta computadora no tiene un llavero donde guardar la contraseña.</translation>
    </message>
    <message>
        <source>Type the password to keep.</source>
        <translation>Escriba la contraseña que se guardará.</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>Your &amp;name in the audit trail:</source>
        <translation>Su &amp;nombre en el registro de auditoría:</translation>
    </message>
    <message>
        <source>Every change you make from this computer is recorded under this name (with the computer&apos;s name). Left empty, your login name is used.</source>
        <translation>Cada cambio que haga desde esta computadora se registra con este nombre (junto con el nombre de la computadora). Si lo deja vacío, se usa su nombre de usuario.</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>&amp;Mail Server…</source>
        <translation>Servidor de &amp;correo…</translation>
    </message>
    <message>
        <source>&amp;Keep the server&apos;s password in this computer&apos;s keyring</source>
        <translation>&amp;Guardar la contraseña del servidor en el llavero de esta computadora</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <source>Without it, Send asks the password each time. It is never written to the database or the settings.</source>
        <translation>Sin ella, Enviar pide la contraseña cada vez. Nunca se escribe en la base de datos ni en la configuración.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Respaldos</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Respaldar ahora</translation>
    </message>
    <message>
        <source>&amp;Open the Folder</source>
        <translation>&amp;Abrir la carpeta</translation>
    </message>
    <message>
        <source>Needs Attention</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>The calendar&apos;s Needs attention list counts meetings and workshops up to this day. Choose another day to see the cohort as it stood then, or will stand.</source>
        <translation>La lista de Pendientes del calendario cuenta reuniones y talleres hasta este día. Elija otro día para ver la cohorte como estaba entonces, o como estará.</translation>
    </message>
    <message>
        <source>As of &amp;today</source>
        <translation>Al día de &amp;hoy</translation>
    </message>
    <message>
        <source>As of this &amp;day:</source>
        <translation>Al &amp;día:</translation>
    </message>
    <message>
        <source>As of this day</source>
        <translation>Al día</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
</context>
<context>
    <name>PreviewRowsModel</name>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Problem or eligibility</source>
        <translation>Problema o elegibilidad</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualización</translation>
    </message>
    <message>
        <source>Replaced by a later submission</source>
        <translation>Reemplazada por un envío posterior</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitida</translation>
    </message>
    <message>
        <source>: %1, %2</source>
        <translation>: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln cambio</numerusform>
            <numerusform>%Ln cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln correction(s) kept</source>
        <translation>
            <numerusform>%Ln corrección conservada</numerusform>
            <numerusform>%Ln correcciones conservadas</numerusform>
        </translation>
    </message>
    <message>
        <source> (+%s more)</source>
        <translation> (+%s más)</translation>
    </message>
    <message>
        <source>Changes %s</source>
        <translation>Cambia %s</translation>
    </message>
    <message>
        <source>Keeps the committee&apos;s %1 (the form says %2)</source>
        <translation>Conserva el dato del comité %1 (el formulario dice %2)</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <source>Mentee</source>
        <translation>Mentorado/a</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propuesto</translation>
    </message>
    <message>
        <source>Score now</source>
        <translation>Puntaje actual</translation>
    </message>
    <message>
        <source>Proposed score</source>
        <translation>Puntaje propuesto</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>(sin asignar)</translation>
    </message>
    <message>
        <source>(no mentor) %s</source>
        <translation>(sin mentor/a) %s</translation>
    </message>
    <message>
        <source>%s with %s: %s</source>
        <translation>%s con %s: %s</translation>
    </message>
    <message>
        <source>Now with %s (%s).</source>
        <translation>Ahora con %s (%s).</translation>
    </message>
    <message>
        <source>%s is left without a mentor: %s</source>
        <translation>%s queda sin mentor: %s</translation>
    </message>
    <message>
        <source>Choose a row to see why: the proposed pair&apos;s score in parts, or the reason.</source>
        <translation>Elija una fila para ver el porqué: el puntaje de la pareja propuesta por partes, o el motivo.</translation>
    </message>
    <message numerus="yes">
        <source>The optimal pairing matches %1 of %Ln mentee(s) with a total score of %2 (the board now: %3, %4).</source>
        <translation>
            <numerusform>El emparejamiento óptimo empareja a %1 de %Ln mentorado/a con un puntaje total de %2 (el tablero ahora: %3, %4).</numerusform>
            <numerusform>El emparejamiento óptimo empareja a %1 de %Ln mentorados/as con un puntaje total de %2 (el tablero ahora: %3, %4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pair(s)</source>
        <translation>
            <numerusform>%Ln pareja</numerusform>
            <numerusform>%Ln parejas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) to the board;</source>
        <translation>
            <numerusform>%Ln cambio en el tablero;</numerusform>
            <numerusform>%Ln cambios en el tablero;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mentee(s) left without a mentor.</source>
        <translation>
            <numerusform>%Ln mentorado/a sin mentor/a.</numerusform>
            <numerusform>%Ln mentorados/as sin mentor/a.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked, confirmed and signed pairs stay as they are.</source>
        <translation>Las parejas bloqueadas, confirmadas y firmadas se quedan como están.</translation>
    </message>
    <message>
        <source>Accept checked</source>
        <translation>Aceptar las marcadas</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>Aceptar todo</translation>
    </message>
    <message>
        <source>Suggested pairing</source>
        <translation>Emparejamiento sugerido</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Choose a row to see why.</source>
        <translation>Elija una fila para ver el porqué.</translation>
    </message>
    <message>
        <source>Check all</source>
        <translation>Marcar todo</translation>
    </message>
    <message>
        <source>Check none</source>
        <translation>Desmarcar todo</translation>
    </message>
    <message>
        <source>Put mentees left without a mentor on the waitlist, with the reason</source>
        <translation>Poner en lista de espera a los mentorados/as que queden sin mentor/a, con el motivo</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish and Tell — %1</source>
        <translation>Publicar y avisar — %1</translation>
    </message>
    <message>
        <source>Introductions (published pairs)</source>
        <translation>Presentaciones (parejas publicadas)</translation>
    </message>
    <message>
        <source>Reminders (the next 14 days)</source>
        <translation>Recordatorios (los próximos 14 días)</translation>
    </message>
    <message>
        <source>Evaluation requests: %1</source>
        <translation>Solicitudes de evaluación: %1</translation>
    </message>
    <message>
        <source>Cannot publish: %1</source>
        <translation>No se puede publicar: %1</translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation>Publicada %1</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propuesto</translation>
    </message>
    <message>
        <source>Confirmed, not published</source>
        <translation>Confirmada, sin publicar</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>drafted</source>
        <translation>en borrador</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <source>Evaluation request</source>
        <translation>Solicitud de evaluación</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>%1 published, %2 proposed, %3 checked</source>
        <translation>%1 publicadas, %2 propuestas, %3 marcadas</translation>
    </message>
    <message>
        <source>No mail server is set up: save the messages as drafts and send them from your mail program.</source>
        <translation>No hay servidor de correo configurado: guarde los mensajes como borradores y envíelos desde su programa de correo.</translation>
    </message>
    <message>
        <source>Send goes through %1 as %2.</source>
        <translation>Enviar usa %1 como %2.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message numerus="yes">
        <source>Published %Ln pair(s). Their introductions are below: check them, then save them as drafts or send them.</source>
        <translation>
            <numerusform>Se publicó %Ln pareja. Su presentación está abajo: revísela y luego guárdela como borrador o envíela.</numerusform>
            <numerusform>Se publicaron %Ln parejas. Sus presentaciones están abajo: revíselas y luego guárdelas como borradores o envíelas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln draft(s) in %1; open them in your mail program to send them.</source>
        <translation>
            <numerusform>Se guardó %Ln borrador en %1; ábralo en su programa de correo para enviarlo.</numerusform>
            <numerusform>Se guardaron %Ln borradores en %1; ábralos en su programa de correo para enviarlos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %Ln message(s) to %1 now?</source>
        <translation>
            <numerusform>¿Enviar ahora %Ln mensaje a %1?</numerusform>
            <numerusform>¿Enviar ahora %Ln mensajes a %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln persona</numerusform>
            <numerusform>%Ln personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %Ln message(s).</source>
        <translation>
            <numerusform>Se envió %Ln mensaje.</numerusform>
            <numerusform>Se enviaron %Ln mensajes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing messages</source>
        <translation>Preparando los mensajes</translation>
    </message>
    <message>
        <source>Nothing prepared yet. Publish pairs, or choose what to prepare and click Prepare.</source>
        <translation>Aún no se ha preparado nada. Publique parejas, o elija qué preparar y haga clic en Preparar.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Adjunto</translation>
    </message>
    <message>
        <source>Templates saved; click Prepare to see the messages with the new text</source>
        <translation>Plantillas guardadas; haga clic en Preparar para ver los mensajes con el texto nuevo</translation>
    </message>
    <message>
        <source>Save the messages as drafts in…</source>
        <translation>Guardar los mensajes como borradores en…</translation>
    </message>
    <message>
        <source>Save as drafts</source>
        <translation>Guardar como borradores</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Password of %1 on %2:</source>
        <translation>Contraseña de %1 en %2:</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No se envió: %1</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Publish and Tell</source>
        <translation>Publicar y avisar</translation>
    </message>
    <message>
        <source>Pairs are proposals until you publish them. Publishing prepares an introduction for each pair (with the agreement attached); nothing is sent until you save the drafts or click Send.</source>
        <translation>Las parejas son propuestas hasta que usted las publica. Publicar prepara una presentación para cada pareja (con el acuerdo adjunto); no se envía nada hasta que guarde los borradores o haga clic en Enviar.</translation>
    </message>
    <message>
        <source>Pairs to publish</source>
        <translation>Parejas por publicar</translation>
    </message>
    <message>
        <source>Pair (mentee &amp; mentor)</source>
        <translation>Pareja (mentorado/a y mentor/a)</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Enfoque</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Check all &amp;proposed</source>
        <translation>Marcar todas las &amp;propuestas</translation>
    </message>
    <message>
        <source>&amp;Publish checked pairs</source>
        <translation>&amp;Publicar las parejas marcadas</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>&amp;Prepare:</source>
        <translation>&amp;Preparar:</translation>
    </message>
    <message>
        <source>P&amp;repare</source>
        <translation>P&amp;reparar</translation>
    </message>
    <message>
        <source>Edit &amp;template…</source>
        <translation>Editar &amp;plantilla…</translation>
    </message>
    <message>
        <source>Messages prepared</source>
        <translation>Mensajes preparados</translation>
    </message>
    <message>
        <source>Message preview</source>
        <translation>Vista previa del mensaje</translation>
    </message>
    <message>
        <source>Mail &amp;server…</source>
        <translation>&amp;Servidor de correo…</translation>
    </message>
    <message>
        <source>Save as &amp;drafts…</source>
        <translation>Guardar como &amp;borradores…</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Enviar…</translation>
    </message>
</context>
<context>
    <name>PurgeCohortDialog</name>
    <message>
        <source>Purge the personal data of %s</source>
        <translation>Depurar los datos personales de %s</translation>
    </message>
    <message>
        <source>Purging removes, for good, the names, addresses, answers and notes of the people of %s, from its records and from the audit log; every count of its summary stays. People who are also in another cohort keep their name there. A backup of the database is made first, and the file is compacted so the removed data is gone from the disk too.

Type the cohort&apos;s name to confirm:</source>
        <translation>Depurar elimina para siempre los nombres, direcciones, respuestas y notas de las personas de %s, de sus registros y del registro de auditoría; todas las cifras de su resumen se conservan. Quienes también están en otra cohorte conservan ahí su nombre. Antes se hace un respaldo de la base de datos, y el archivo se compacta para que los datos eliminados tampoco queden en el disco.

Escriba el nombre de la cohorte para confirmar:</translation>
    </message>
    <message>
        <source>Purge Personal Data</source>
        <translation>Depurar datos personales</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Depurar</translation>
    </message>
    <message>
        <source>Backing up, purging and compacting the database…</source>
        <translation>Respaldando, depurando y compactando la base de datos…</translation>
    </message>
</context>
<context>
    <name>ReadingNotice</name>
    <message>
        <source>Reading</source>
        <translation>Leyendo</translation>
    </message>
</context>
<context>
    <name>RematchDialog</name>
    <message>
        <source>Rematch %s</source>
        <translation>Reasignar a %s</translation>
    </message>
    <message>
        <source>The program sets no limit on rematches.</source>
        <translation>El programa no fija un límite de reasignaciones.</translation>
    </message>
    <message numerus="yes">
        <source>The program allows %Ln rematch(es) per participant; %1 left.</source>
        <translation>
            <numerusform>El programa permite %Ln reasignación por participante; le quedan %1.</numerusform>
            <numerusform>El programa permite %Ln reasignaciones por participante; le quedan %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The pair %s and %s ends; the history stays. %s</source>
        <translation>La pareja de %s y %s termina; el historial se conserva. %s</translation>
    </message>
    <message>
        <source>&amp;Why does this pair end?</source>
        <translation>¿&amp;Por qué termina esta pareja?</translation>
    </message>
    <message>
        <source>kept with the pair&apos;s history</source>
        <translation>se guarda con el historial de la pareja</translation>
    </message>
    <message>
        <source>New &amp;mentor for %s (best score first):</source>
        <translation>Nuevo &amp;mentor/a para %s (mejor puntaje primero):</translation>
    </message>
    <message>
        <source>Other mentors with a free place</source>
        <translation>Otros mentores/as con un lugar libre</translation>
    </message>
    <message numerus="yes">
        <source>%1 — score %2, %Ln free place(s)</source>
        <translation>
            <numerusform>%1 — puntaje %2, %Ln lugar libre</numerusform>
            <numerusform>%1 — puntaje %2, %Ln lugares libres</numerusform>
        </translation>
    </message>
    <message>
        <source>No other mentor has a free slot that the rules allow; %s waits on the board until one frees up (or for the next cohort&apos;s waitlist).</source>
        <translation>Ningún otro mentor/a tiene un lugar libre que las reglas permitan; %s espera en el tablero hasta que se libere uno (o la lista de espera de la próxima cohorte).</translation>
    </message>
    <message>
        <source>Nobody for now: the mentee waits on the board</source>
        <translation>Nadie por ahora: el mentorado/a espera en el tablero</translation>
    </message>
    <message>
        <source>Rematch</source>
        <translation>Reasignar</translation>
    </message>
</context>
<context>
    <name>ReopenCohortDialog</name>
    <message>
        <source>Reopen %s</source>
        <translation>Reabrir %s</translation>
    </message>
    <message>
        <source>%s is closed. Reopening lets the committee change it again; say why (the reason is kept in the audit log).</source>
        <translation>%s está cerrada. Reabrirla permite que el comité la vuelva a cambiar; indique por qué (el motivo se guarda en el registro de auditoría).</translation>
    </message>
    <message>
        <source>e.g. a close-out evaluation came in late</source>
        <translation>p. ej., llegó tarde una evaluación de cierre</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
</context>
<context>
    <name>ReportsArea</name>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reportes</translation>
    </message>
    <message numerus="yes">
        <source>Counting the figures of %Ln application(s)…</source>
        <translation>
            <numerusform>Contando las cifras de %Ln solicitud…</numerusform>
            <numerusform>Contando las cifras de %Ln solicitudes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reports: %s · %s</source>
        <translation>Reportes: %s · %s</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>La base de datos está dañada</translation>
    </message>
    <message>
        <source>Restoring puts the chosen backup in place of &lt;b&gt;%s&lt;/b&gt;. The file as it is now is backed up first, so a restore can itself be undone.</source>
        <translation>Restaurar pone el respaldo elegido en lugar de &lt;b&gt;%s&lt;/b&gt;. Antes se respalda el archivo tal como está ahora, así que una restauración también se puede deshacer.</translation>
    </message>
    <message>
        <source>There are no automatic backups of &lt;b&gt;%s&lt;/b&gt; yet. Choose a backup file.</source>
        <translation>Aún no hay respaldos automáticos de &lt;b&gt;%s&lt;/b&gt;. Elija un archivo de respaldo.</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>ilegible</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Restaurar desde un archivo de respaldo</translation>
    </message>
    <message>
        <source>MentorDesk database (*.db);;All files (*)</source>
        <translation>Base de datos de MentorDesk (*.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Replace %1 with the backup %2?</source>
        <translation>¿Reemplazar %1 con el respaldo %2?</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>No se restauró</translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation>Restaurar un respaldo</translation>
    </message>
    <message>
        <source>Backups of this file</source>
        <translation>Respaldos de este archivo</translation>
    </message>
    <message>
        <source>&amp;Other File…</source>
        <translation>&amp;Otro archivo…</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>%1: %2 is not a range like 2-3</source>
        <translation>%1: %2 no es un intervalo como 2-3</translation>
    </message>
    <message>
        <source>Change program rules</source>
        <translation>Cambiar las reglas del programa</translation>
    </message>
    <message>
        <source>Rules of %s</source>
        <translation>Reglas de %s</translation>
    </message>
    <message>
        <source>Program Rules</source>
        <translation>Reglas del programa</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>Reset to Pre&amp;set</source>
        <translation>Restablecer el &amp;modelo</translation>
    </message>
    <message>
        <source>Replace every rule below with the chosen preset&apos;s</source>
        <translation>Reemplazar todas las reglas de abajo por las del modelo elegido</translation>
    </message>
    <message>
        <source>Rules decide who is eligible, how pairs are matched and what the year asks of them. Changing them recomputes every applicant&apos;s eligibility.</source>
        <translation>Las reglas deciden quién es elegible, cómo se emparejan las parejas y qué les pide el año. Cambiarlas vuelve a calcular la elegibilidad de cada solicitante.</translation>
    </message>
    <message>
        <source>&amp;Who may apply</source>
        <translation>&amp;Quién puede solicitar</translation>
    </message>
    <message>
        <source>Rules&apos; &amp;name:</source>
        <translation>&amp;Nombre de las reglas:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Members only (both mentors and mentees give a membership number)</source>
        <translation>Solo miembros (mentores/as y mentorados/as dan un número de membresía)</translation>
    </message>
    <message>
        <source>Mentors need at least (&amp;years):</source>
        <translation>Los mentores/as necesitan al menos (&amp;años):</translation>
    </message>
    <message>
        <source>No minimum</source>
        <translation>Sin mínimo</translation>
    </message>
    <message>
        <source>Mentors hold one of these &amp;credentials:</source>
        <translation>Los mentores/as tienen una de estas &amp;credenciales:</translation>
    </message>
    <message>
        <source>e.g. CCM, CCMret (blank: none needed)</source>
        <translation>p. ej., CCM, CCMret (en blanco: no se necesita)</translation>
    </message>
    <message>
        <source>Only these &amp;organizations:</source>
        <translation>Solo estas &amp;organizaciones:</translation>
    </message>
    <message>
        <source>e.g. HSC (blank: any organization)</source>
        <translation>p. ej., HSC (en blanco: cualquier organización)</translation>
    </message>
    <message>
        <source>Only these &amp;employment types:</source>
        <translation>Solo estos &amp;tipos de empleo:</translation>
    </message>
    <message>
        <source>e.g. staff (blank: anyone)</source>
        <translation>p. ej., staff (en blanco: cualquiera)</translation>
    </message>
    <message>
        <source>Applicants need their &amp;supervisor&apos;s approval</source>
        <translation>Los solicitantes necesitan la aprobación de su &amp;supervisor/a</translation>
    </message>
    <message>
        <source>Applicants must give &amp;consent to take part and share their data</source>
        <translation>Los solicitantes deben dar su &amp;consentimiento para participar y compartir sus datos</translation>
    </message>
    <message>
        <source>&amp;Matching</source>
        <translation>&amp;Emparejamiento</translation>
    </message>
    <message>
        <source>Who &amp;matches:</source>
        <translation>Quién &amp;empareja:</translation>
    </message>
    <message>
        <source>Mentees per mentor (&amp;default):</source>
        <translation>Mentorados/as por mentor/a (&amp;predeterminado):</translation>
    </message>
    <message>
        <source>Each pair &amp;focuses on:</source>
        <translation>Cada pareja se &amp;enfoca en:</translation>
    </message>
    <message>
        <source>Weight of shared &amp;interests:</source>
        <translation>Peso de los &amp;intereses en común:</translation>
    </message>
    <message>
        <source>Weight of &amp;goals met by expertise:</source>
        <translation>Peso de las &amp;metas cubiertas por la experiencia:</translation>
    </message>
    <message>
        <source>Weight of meeting &amp;format:</source>
        <translation>Peso del &amp;formato de reunión:</translation>
    </message>
    <message>
        <source>Weight of &amp;location:</source>
        <translation>Peso de la &amp;ubicación:</translation>
    </message>
    <message>
        <source>Weight of &amp;department:</source>
        <translation>Peso del &amp;departamento:</translation>
    </message>
    <message>
        <source>Weight of e&amp;xperience:</source>
        <translation>Peso de la e&amp;xperiencia:</translation>
    </message>
    <message>
        <source>Weight of a &amp;requested mentor:</source>
        <translation>Peso de un mentor/a &amp;solicitado:</translation>
    </message>
    <message>
        <source>Weight of past e&amp;valuations:</source>
        <translation>Peso de las e&amp;valuaciones anteriores:</translation>
    </message>
    <message>
        <source>Past evaluations inform future pairings</source>
        <translation>Las evaluaciones anteriores orientan los emparejamientos futuros</translation>
    </message>
    <message>
        <source>The &amp;year</source>
        <translation>El &amp;año</translation>
    </message>
    <message>
        <source>A partnership &amp;lasts:</source>
        <translation>Una pareja &amp;dura:</translation>
    </message>
    <message>
        <source>An &amp;initial meeting before the year starts</source>
        <translation>Una reunión &amp;inicial antes de que empiece el año</translation>
    </message>
    <message>
        <source>At least this many &amp;meetings per term:</source>
        <translation>Al menos esta cantidad de &amp;reuniones por periodo:</translation>
    </message>
    <message>
        <source>Mentee &amp;hours per month:</source>
        <translation>&amp;Horas al mes del mentorado/a:</translation>
    </message>
    <message>
        <source>e.g. 2-3 (blank: not stated)</source>
        <translation>p. ej., 2-3 (en blanco: no se indica)</translation>
    </message>
    <message>
        <source>Mentor h&amp;ours per month:</source>
        <translation>H&amp;oras al mes del mentor/a:</translation>
    </message>
    <message>
        <source>e.g. 1-2 (blank: not stated)</source>
        <translation>p. ej., 1-2 (en blanco: no se indica)</translation>
    </message>
    <message>
        <source>A mandatory &amp;orientation</source>
        <translation>Una &amp;orientación obligatoria</translation>
    </message>
    <message>
        <source>&amp;Workshops planned:</source>
        <translation>&amp;Talleres planeados:</translation>
    </message>
    <message>
        <source>Mentees attend at least (wor&amp;kshops):</source>
        <translation>Los mentorados/as asisten al menos a (tal&amp;leres):</translation>
    </message>
    <message>
        <source>The committee offers optional &amp;calls</source>
        <translation>El comité ofrece &amp;llamadas opcionales</translation>
    </message>
    <message>
        <source>A &amp;Roundtable meeting</source>
        <translation>Una reunión de &amp;mesa redonda</translation>
    </message>
    <message>
        <source>Ends with a c&amp;elebration</source>
        <translation>Termina con una c&amp;elebración</translation>
    </message>
    <message>
        <source>A new cohort&apos;s &amp;terms:</source>
        <translation>&amp;Periodos de una cohorte nueva:</translation>
    </message>
    <message>
        <source>&amp;Changes and evaluation</source>
        <translation>&amp;Cambios y evaluación</translation>
    </message>
    <message>
        <source>&amp;Rematches per participant:</source>
        <translation>&amp;Reasignaciones por participante:</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>Participants may &amp;resign at any time</source>
        <translation>Los participantes pueden &amp;renunciar en cualquier momento</translation>
    </message>
    <message>
        <source>A mentee without a suitable mentor &amp;waits for the next cohort</source>
        <translation>Un mentorado/a sin mentor/a adecuado &amp;espera a la próxima cohorte</translation>
    </message>
    <message>
        <source>&amp;Mid-point evaluation</source>
        <translation>Evaluación de &amp;medio término</translation>
    </message>
    <message>
        <source>&amp;Final evaluation</source>
        <translation>Evaluación &amp;final</translation>
    </message>
    <message>
        <source>&amp;Close-out feedback</source>
        <translation>Comentarios de &amp;cierre</translation>
    </message>
    <message>
        <source>Mentor and mentee &amp;evaluate each other</source>
        <translation>Mentor/a y mentorado/a se &amp;evalúan mutuamente</translation>
    </message>
    <message>
        <source>Supervisors are &amp;invited to the close-out</source>
        <translation>Los supervisores/as están &amp;invitados al cierre</translation>
    </message>
    <message>
        <source>Supervisors are asked for &amp;feedback</source>
        <translation>A los supervisores/as se les piden &amp;comentarios</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <source>Export summary</source>
        <translation>Exportar resumen</translation>
    </message>
    <message>
        <source>PDF with charts (*.pdf);;Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>PDF con gráficas (*.pdf);;Libro de Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved the summary to %s</source>
        <translation>Se guardó el resumen en %s</translation>
    </message>
    <message>
        <source>Save the summary as PDF, XLSX or CSV</source>
        <translation>Guardar el resumen como PDF, XLSX o CSV</translation>
    </message>
    <message>
        <source>Export summary…</source>
        <translation>Exportar resumen…</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <source>Choose a cohort to see its summary.</source>
        <translation>Elija una cohorte para ver su resumen.</translation>
    </message>
    <message>
        <source>applications</source>
        <translation>solicitudes</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>elegibles</translation>
    </message>
    <message>
        <source>mentees matched</source>
        <translation>mentorados/as emparejados</translation>
    </message>
    <message>
        <source>match rate</source>
        <translation>tasa de emparejamiento</translation>
    </message>
    <message>
        <source>waitlisted</source>
        <translation>en lista de espera</translation>
    </message>
    <message>
        <source>agreements signed</source>
        <translation>acuerdos firmados</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>concluidos</translation>
    </message>
    <message>
        <source>Applicants and pairs</source>
        <translation>Solicitantes y parejas</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Mentorados/as</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentores/as</translation>
    </message>
    <message>
        <source>Match scores of the pairs (lower bound of each band)</source>
        <translation>Puntajes de las parejas (límite inferior de cada rango)</translation>
    </message>
    <message>
        <source>no pairs</source>
        <translation>sin parejas</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Parejas</translation>
    </message>
    <message numerus="yes">
        <source>Meetings per term (at least %Ln per pair)</source>
        <translation>
            <numerusform>Reuniones por periodo (al menos %Ln por pareja)</numerusform>
            <numerusform>Reuniones por periodo (al menos %Ln por pareja)</numerusform>
        </translation>
    </message>
    <message>
        <source>Meetings per term</source>
        <translation>Reuniones por periodo</translation>
    </message>
    <message>
        <source>Meeting the minimum</source>
        <translation>Cumplen el mínimo</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Reuniones realizadas</translation>
    </message>
    <message>
        <source>Evaluations: average rating (1–5)</source>
        <translation>Evaluaciones: calificación promedio (1–5)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aún ninguna</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Promedio</translation>
    </message>
    <message>
        <source>Orientation and workshop attendance</source>
        <translation>Asistencia a la orientación y los talleres</translation>
    </message>
</context>
<context>
    <name>TermsDialog</name>
    <message>
        <source>Change terms</source>
        <translation>Cambiar periodos</translation>
    </message>
    <message>
        <source>Cohort %1: %2 – %3</source>
        <translation>Cohorte %1: %2 – %3</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Start of %s</source>
        <translation>Inicio de %s</translation>
    </message>
    <message>
        <source>End of %s</source>
        <translation>Fin de %s</translation>
    </message>
    <message>
        <source>Term %1</source>
        <translation>Periodo %1</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Periodos</translation>
    </message>
    <message>
        <source>The cohort&apos;s terms (semesters). Rules such as &quot;at least one call per semester&quot; count meetings in each term. Terms lie within the cohort&apos;s dates and do not overlap.</source>
        <translation>Los periodos (semestres) de la cohorte. Reglas como «al menos una llamada por semestre» cuentan las reuniones de cada periodo. Los periodos quedan dentro de las fechas de la cohorte y no se traslapan.</translation>
    </message>
    <message>
        <source>Terms of the cohort</source>
        <translation>Periodos de la cohorte</translation>
    </message>
    <message>
        <source>&amp;Add term</source>
        <translation>&amp;Agregar periodo</translation>
    </message>
    <message>
        <source>&amp;Remove term</source>
        <translation>&amp;Quitar periodo</translation>
    </message>
    <message>
        <source>Reset from the &amp;rules</source>
        <translation>Restablecer según las &amp;reglas</translation>
    </message>
</context>
<context>
    <name>UnassignedPanel</name>
    <message>
        <source>Unassigned mentees</source>
        <translation>Mentorados/as sin asignar</translation>
    </message>
    <message>
        <source>Choose a cohort to see its pairing board</source>
        <translation>Elija una cohorte para ver su tablero de emparejamiento</translation>
    </message>
    <message>
        <source>Unassigned mentees: %1</source>
        <translation>Mentorados/as sin asignar: %1</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>welcomeTitle</source>
        <translation>welcomeTitle</translation>
    </message>
    <message>
        <source>Welcome to MentorDesk</source>
        <translation>Bienvenido/a a MentorDesk</translation>
    </message>
    <message>
        <source>Run your mentorship program&apos;s year in one place: applications, eligibility, matching, the calendar, agreements and the cohort summary. Your data stays on this computer.</source>
        <translation>Lleve el año de su programa de mentoría en un solo lugar: solicitudes, elegibilidad, emparejamiento, calendario, acuerdos y el resumen de la cohorte. Sus datos se quedan en esta computadora.</translation>
    </message>
    <message>
        <source>Create a program from a preset…</source>
        <translation>Crear un programa a partir de un modelo…</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Abrir la demostración</translation>
    </message>
</context>
<context>
    <name>WhyNotPanel</name>
    <message>
        <source>Why not this pair?</source>
        <translation>¿Por qué no esta pareja?</translation>
    </message>
    <message>
        <source>Drag a mentee over a mentor, or choose “Why not with…” on a mentee&apos;s menu, to see what that pair would cost the whole cohort.</source>
        <translation>Arrastre un mentorado/a sobre un mentor/a, o elija “¿Por qué no con…?” en el menú de un mentorado/a, para ver lo que esa pareja le costaría a toda la cohorte.</translation>
    </message>
    <message>
        <source>This pair</source>
        <translation>Esta pareja</translation>
    </message>
    <message>
        <source>Certificate of the optimal suggestion</source>
        <translation>Certificado de la sugerencia óptima</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… y %1 más</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>with</source>
        <translation>con</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>no permitido</translation>
    </message>
    <message>
        <source>the optimum already pairs them.</source>
        <translation>el óptimo ya los empareja.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>With the pair</source>
        <translation>Con la pareja</translation>
    </message>
    <message>
        <source>Total score</source>
        <translation>Puntaje total</translation>
    </message>
    <message>
        <source>Mentees matched</source>
        <translation>Mentorados/as emparejados</translation>
    </message>
    <message>
        <source>costs the cohort %1 in total score</source>
        <translation>le cuesta a la cohorte %1 de puntaje total</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>puntaje %1</translation>
    </message>
    <message numerus="yes">
        <source> and %Ln matched mentee(s)</source>
        <translation>
            <numerusform> y %Ln mentorado/a emparejado/a</numerusform>
            <numerusform> y %Ln mentorados/as emparejados/as</numerusform>
        </translation>
    </message>
    <message>
        <source>Who would move</source>
        <translation>Quién se movería</translation>
    </message>
</context>
<context>
    <name>WindowOpening</name>
    <message>
        <source>MentorDesk cannot start</source>
        <translation>MentorDesk no puede arrancar</translation>
    </message>
    <message>
        <source>This copy of MentorDesk is incomplete or damaged: %s</source>
        <translation>Esta copia de MentorDesk está incompleta o dañada: %s</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message numerus="yes">
        <source>%Ln applicants</source>
        <translation>
            <numerusform>%Ln solicitante</numerusform>
            <numerusform>%Ln solicitantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdraw %s</source>
        <translation>Dar de baja a %s</translation>
    </message>
    <message>
        <source>Withdraw %s from the cohort.</source>
        <translation>Dar de baja a %s de la cohorte.</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Dar de baja</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Dar de baja</translation>
    </message>
    <message>
        <source>&amp;Left on:</source>
        <translation>&amp;Se fue el:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>e.g. took a job at another university</source>
        <translation>p. ej., aceptó un empleo en otra universidad</translation>
    </message>
    <message>
        <source>Their active pair ends (its history stays), planned meetings from that day are cancelled, and their partner is offered another mentor or the waitlist.</source>
        <translation>Su pareja activa termina (el historial se conserva), las reuniones planeadas desde ese día se cancelan y a su contraparte se le ofrece otro mentor/a o la lista de espera.</translation>
    </message>
</context>
<context>
    <name>WithdrawFlow</name>
    <message>
        <source>Not withdrawn</source>
        <translation>No se dio de baja</translation>
    </message>
    <message>
        <source>%s needs a mentor</source>
        <translation>%s necesita un mentor/a</translation>
    </message>
    <message>
        <source>&amp;Pair with %s</source>
        <translation>&amp;Emparejar con %s</translation>
    </message>
    <message>
        <source>&amp;Waitlist</source>
        <translation>&amp;Lista de espera</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Después</translation>
    </message>
    <message>
        <source>Not paired</source>
        <translation>Sin emparejar</translation>
    </message>
    <message>
        <source>Their mentor withdrew; no other mentor had a free place</source>
        <translation>Su mentor/a se dio de baja; ningún otro mentor/a tenía un lugar libre</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
</context>
<context>
    <name>data</name>
    <message>
        <source>Unexpected error: %s</source>
        <translation>Error inesperado: %s</translation>
    </message>
</context>
<context>
    <name>opening</name>
    <message>
        <source>Cannot open the database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation>Base de datos en uso</translation>
    </message>
    <message>
        <source>Only one window may change a database file at a time. You can look at it read-only here, or close it there first.</source>
        <translation>Solo una ventana a la vez puede cambiar un archivo de base de datos. Puede verlo aquí en solo lectura, o primero cerrarlo allá.</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>Abrir en solo &amp;lectura</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Password (kept in the system keyring, never in the settings):</source>
        <translation>Contraseña (se guarda en el llavero del sistema, nunca en la configuración):</translation>
    </message>
</context>
<context>
    <name>panel</name>
    <message>
        <source>Agreement of %s signed</source>
        <translation>Acuerdo de %s firmado</translation>
    </message>
    <message>
        <source>Agreement of %s not signed</source>
        <translation>Acuerdo de %s sin firmar</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>Cannot redo</source>
        <translation>No se puede rehacer</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>No se puede deshacer</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
</context>
</TS>
