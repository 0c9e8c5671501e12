package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr02;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import mx.gob.veracruzmunicipio.dmiga.scr.report.Report;

/**
 * The report a plan opened for one due date. Unique per (plan, due date) in the database: the last
 * guard, behind the plan's row lock, against a timer that runs twice.
 */
@Entity
@Table(name = "maintenance_plan_report")
@NamedQuery(name = PlanReport.OF_PLAN, query = "SELECT pr FROM PlanReport pr JOIN FETCH pr.report "
        + "WHERE pr.plan.id = :plan ORDER BY pr.dueDate")
@NamedQuery(name = PlanReport.COUNT, query = "SELECT COUNT(pr) FROM PlanReport pr WHERE pr.plan = :plan "
        + "AND pr.dueDate = :dueDate")
public class PlanReport {

    static final String OF_PLAN = "PlanReport.ofPlan";
    static final String COUNT = "PlanReport.count";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_id", nullable = false)
    private MaintenancePlan plan;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "report_id", nullable = false, unique = true)
    private Report report;

    protected PlanReport() {
        // JPA
    }

    PlanReport(MaintenancePlan plan, LocalDate dueDate, Report report) {
        this.plan = plan;
        this.dueDate = dueDate;
        this.report = report;
    }

    PlanView.Generated view() {
        return new PlanView.Generated(dueDate, report.getFolio());
    }
}
