package mx.gob.veracruzmunicipio.dmiga.scr.account;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import mx.gob.veracruzmunicipio.dmiga.scr.catalog.Department;

/** A person of the directorate or of another department, or a machine client, who signs in to SCR. */
@Entity
@Table(name = "user_account")
@NamedQuery(name = UserAccount.BY_USERNAME, query = "SELECT a FROM UserAccount a WHERE a.username = :username")
@NamedQuery(name = UserAccount.ALL, query = "SELECT a FROM UserAccount a ORDER BY a.username")
public class UserAccount {

    public static final String BY_USERNAME = "UserAccount.byUsername";
    public static final String ALL = "UserAccount.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank(message = "{cuenta.usuario.requerido}")
    @Pattern(regexp = "[a-z][a-z0-9._-]{2,39}", message = "{cuenta.usuario.formato}")
    @Column(nullable = false, unique = true, length = 40)
    private String username;

    @NotBlank(message = "{cuenta.nombre.requerido}")
    @Size(max = 200, message = "{cuenta.nombre.largo}")
    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Email(message = "{cuenta.correo.formato}")
    @Size(max = 200, message = "{cuenta.correo.largo}")
    @Column(length = 200)
    private String email;

    @Valid
    @NotNull
    @Embedded
    private PasswordHash password;

    @Column(nullable = false)
    private boolean active = true;

    @NotEmpty(message = "{cuenta.roles.requeridos}")
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 40)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    /** The department of a person of another area (AREA_SOLICITANTE); none for the directorate's staff. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Department department;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(nullable = false)
    private long version;

    protected UserAccount() {
        // JPA
    }

    public UserAccount(String username, String fullName, String email, PasswordHash password, Set<Role> roles) {
        this.username = username;
        this.fullName = fullName;
        this.email = email;
        this.password = password;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public boolean isActive() {
        return active;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public void changeRoles(Set<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Department getDepartment() {
        return department;
    }

    public void setDepartment(Department department) {
        this.department = department;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void changePassword(PasswordHash newPassword) {
        this.password = newPassword;
    }

    public boolean passwordMatches(char[] candidate) {
        return password.matches(candidate);
    }

    public int passwordIterations() {
        return password.iterations();
    }
}
