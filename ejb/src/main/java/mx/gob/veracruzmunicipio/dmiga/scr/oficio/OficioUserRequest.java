package mx.gob.veracruzmunicipio.dmiga.scr.oficio;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr07.As400Movement;
import mx.gob.veracruzmunicipio.dmiga.scr.provisioning.Employee;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Report;

/** The user account an incoming oficio asks for (contract {@code solicitudUsuario}), kept as received. */
@Entity
@Table(name = "oficio_user_request")
@NamedQuery(name = OficioUserRequest.OF_REPORT,
        query = "SELECT u FROM OficioUserRequest u WHERE u.oficio.report = :report ORDER BY u.id DESC")
public class OficioUserRequest {

    public static final String OF_REPORT = "OficioUserRequest.ofReport";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "oficio_id", nullable = false, unique = true)
    private IncomingOficio oficio;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 4)
    private As400Movement movement;

    @Embedded
    private Employee employee;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "oficio_user_request_module", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "module_order")
    @Column(name = "module_code", nullable = false, length = 50)
    private List<String> modules = new ArrayList<>();

    protected OficioUserRequest() {
        // JPA
    }

    public OficioUserRequest(IncomingOficio oficio, As400Movement movement, Employee employee, List<String> modules) {
        this.oficio = oficio;
        this.movement = movement;
        this.employee = employee;
        this.modules.addAll(modules);
    }

    public Long getId() {
        return id;
    }

    public Report getReport() {
        return oficio.getReport();
    }

    public As400Movement getMovement() {
        return movement;
    }

    public Employee getEmployee() {
        return employee;
    }

    public List<String> getModules() {
        return List.copyOf(modules);
    }
}
