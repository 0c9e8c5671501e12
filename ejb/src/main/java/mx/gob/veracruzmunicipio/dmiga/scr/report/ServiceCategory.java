package mx.gob.veracruzmunicipio.dmiga.scr.report;

/**
 * What is being asked for. The manual's policy 1.3 lists the requests that need an oficio through
 * Cero Papel: by phone they are not accepted.
 */
public enum ServiceCategory {
    SISTEMAS_INFORMACION("Modificación o implementación de sistemas de información", true),
    PORTAL_CIUDADANO("Actualización del portal ciudadano", true),
    USUARIOS_SISTEMAS("Alta o baja de usuarios en sistemas de información", true),
    CABLEADO_RED("Cableado de red", true),
    SERVICIO_INTERNET("Servicio de internet", true),
    LINEA_TELEFONICA("Línea telefónica", true),
    SERVICIOS_044_045("Liberación de servicios telefónicos 044 y 045", true),
    REUBICACION_LINEA("Reubicación de línea telefónica", true),
    MANTENIMIENTO_EQUIPO("Mantenimiento preventivo o correctivo a equipo de cómputo", true),
    FALLA_LINEA("Falla en línea telefónica o de datos", false),
    ASISTENCIA_TECNICA("Asistencia técnica a usuarios", false);

    private final String label;
    private final boolean requiresOficio;

    ServiceCategory(String label, boolean requiresOficio) {
        this.label = label;
        this.requiresOficio = requiresOficio;
    }

    public String label() {
        return label;
    }

    public boolean requiresOficio() {
        return requiresOficio;
    }
}
