package mx.gob.veracruzmunicipio.dmiga.scr.provisioning;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The employee a user-account request is for, as the oficio's request and the PR-DMIGA-07 and
 * PR-DMIGA-09 requests keep it (the same columns in the three tables).
 */
@Embeddable
public class Employee implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "employee_given_names", nullable = false, length = 100)
    private String givenNames;

    @Column(name = "employee_first_surname", nullable = false, length = 100)
    private String firstSurname;

    @Column(name = "employee_second_surname", length = 100)
    private String secondSurname;

    @Column(name = "employee_number", nullable = false, length = 20)
    private String employeeNumber;

    protected Employee() {
        // JPA
    }

    /** The values as validated by the caller; surrounding blanks dropped, an empty second surname absent. */
    public Employee(String givenNames, String firstSurname, String secondSurname, String employeeNumber) {
        this.givenNames = givenNames.strip();
        this.firstSurname = firstSurname.strip();
        this.secondSurname = secondSurname == null || secondSurname.isBlank() ? null : secondSurname.strip();
        this.employeeNumber = employeeNumber.strip();
    }

    public String getGivenNames() {
        return givenNames;
    }

    public String getFirstSurname() {
        return firstSurname;
    }

    public String getSecondSurname() {
        return secondSurname;
    }

    public String getEmployeeNumber() {
        return employeeNumber;
    }

    /** Given names and surnames, as a reply oficio names the person. */
    public String fullName() {
        return givenNames + " " + firstSurname + (secondSurname == null ? "" : " " + secondSurname);
    }
}
