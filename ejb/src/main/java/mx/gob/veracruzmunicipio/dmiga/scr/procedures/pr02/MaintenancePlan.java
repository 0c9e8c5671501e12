package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr02;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import mx.gob.veracruzmunicipio.dmiga.scr.catalog.Department;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Priority;

/** Preventive maintenance of one line at one site, due every {@link Frequency} from its next date. */
@Entity
@Table(name = "maintenance_plan")
@NamedQuery(name = MaintenancePlan.ALL, query = "SELECT p FROM MaintenancePlan p JOIN FETCH p.department ORDER BY p.id")
@NamedQuery(name = MaintenancePlan.DUE, query = "SELECT p.id FROM MaintenancePlan p WHERE p.active = TRUE "
        + "AND p.nextDate <= :date ORDER BY p.nextDate, p.id")
public class MaintenancePlan {

    static final String ALL = "MaintenancePlan.all";
    static final String DUE = "MaintenancePlan.due";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String site;

    @Column(nullable = false, length = 100)
    private String line;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id", nullable = false)
    private Department department;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Frequency frequency;

    @Column(name = "next_date", nullable = false)
    private LocalDate nextDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Priority priority;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    @Column(nullable = false)
    private long version;

    protected MaintenancePlan() {
        // JPA
    }

    MaintenancePlan(PlanData data, Department department) {
        change(data, department);
    }

    void change(PlanData data, Department department) {
        this.site = data.site().strip();
        this.line = data.line().strip();
        this.department = department;
        this.frequency = data.frequency();
        this.nextDate = data.nextDate();
        this.priority = data.priority();
    }

    void deactivate() {
        active = false;
    }

    /**
     * The next due date after the given day. A timer that did not run for several periods opens one
     * report for the oldest due date and skips the missed ones: one visit covers them.
     */
    void advancePast(LocalDate date) {
        while (!nextDate.isAfter(date)) {
            nextDate = frequency.after(nextDate);
        }
    }

    public Long getId() {
        return id;
    }

    public String getSite() {
        return site;
    }

    public String getLine() {
        return line;
    }

    public Department getDepartment() {
        return department;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public LocalDate getNextDate() {
        return nextDate;
    }

    public Priority getPriority() {
        return priority;
    }

    public boolean isActive() {
        return active;
    }

    PlanView view() {
        return new PlanView(id, site, line, department.getCode(), frequency, nextDate, priority, active);
    }
}
