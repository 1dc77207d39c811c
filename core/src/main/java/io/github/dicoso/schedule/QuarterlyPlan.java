package io.github.dicoso.schedule;

import static com.google.common.base.Preconditions.checkArgument;
import static io.github.dicoso.internal.Checks.checkNotBlank;
import static io.github.dicoso.internal.Checks.checkPlausible;
import static java.util.Objects.requireNonNull;

import io.github.dicoso.internal.Checks;
import io.github.dicoso.internal.InputStyle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.threeten.extra.YearQuarter;

/**
 * An officer's plan of grassroots visits for one quarter: "at the start of each quarter each
 * officer registers planned visits; the department consolidates them; the standing members approve
 * them before anyone goes" (Tỉnh đoàn Bình Thuận, report of 30/10/2019).
 *
 * <p>A plan is registered on {@link #registered()}; a {@link PlanStatus#DRAFT} has no registration
 * date, every other status has one. An {@link PlanStatus#APPROVED} plan carries its {@link
 * Approval}, dated on or after registration; no other status does. Every planned visit starts in
 * the plan's quarter (it may run past its end) and planned visit ids are unique in the plan.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@InputStyle
public abstract class QuarterlyPlan {
  QuarterlyPlan() {}

  /** {@return a builder for a plan; officer id, quarter and status are required} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the officer whose plan this is} */
  @Value.Parameter
  public abstract String officerId();

  /** {@return the quarter planned} */
  @Value.Parameter
  public abstract YearQuarter quarter();

  /** {@return the visits planned, in the order registered} */
  @Value.Parameter
  public abstract List<PlannedVisit> plannedVisits();

  /** {@return where the plan stands} */
  @Value.Parameter
  public abstract PlanStatus status();

  /** {@return the date the plan was registered (submitted); empty for a draft} */
  @Value.Parameter
  public abstract Optional<LocalDate> registered();

  /** {@return the approval; present exactly when the plan is approved} */
  @Value.Parameter
  public abstract Optional<Approval> approval();

  /** {@return whether the plan is approved} */
  public boolean isApproved() {
    return status() == PlanStatus.APPROVED;
  }

  @Value.Check
  void validate() {
    checkNotBlank("quarterly plan", "officer id", officerId());
    String record = "quarterly plan " + quarter() + " of officer " + officerId();
    checkArgument(
        registered().isPresent() == (status() != PlanStatus.DRAFT),
        "%s: status %s %s a registration date (registered %s)",
        record,
        status(),
        status() == PlanStatus.DRAFT ? "must not have" : "needs",
        registered().map(LocalDate::toString).orElse("none"));
    registered().ifPresent(d -> checkPlausible(record, "registered", d));
    checkArgument(
        approval().isPresent() == isApproved(),
        "%s: status %s %s an approval (approval %s)",
        record,
        status(),
        isApproved() ? "needs" : "must not have",
        approval().map(Object::toString).orElse("none"));
    approval()
        .ifPresent(
            a ->
                checkArgument(
                    !a.date().isBefore(registered().orElseThrow()),
                    "%s: approval date %s is before registration date %s",
                    record,
                    a.date(),
                    registered().orElseThrow()));
    Set<String> ids = new HashSet<>();
    for (PlannedVisit v : plannedVisits()) {
      checkArgument(ids.add(v.id()), "%s: planned visit id %s is listed twice", record, v.id());
      checkArgument(
          YearQuarter.from(v.start()).equals(quarter()),
          "%s: planned visit %s starts on %s, outside the quarter",
          record,
          v.id(),
          v.start());
    }
  }

  /** {@code QuarterlyPlan[O-1 2019-Q2 APPROVED, 3 planned visits]}. */
  @Override
  public String toString() {
    return "QuarterlyPlan["
        + officerId()
        + " "
        + quarter()
        + " "
        + status()
        + ", "
        + plannedVisits().size()
        + " planned visits]";
  }

  /**
   * Builds a quarterly plan. The officer id, the quarter and the status are required; a plan that
   * is not a draft needs its registration date, an approved one its approval.
   *
   * <p>This class is mutable and not thread-safe; the plan it builds is immutable.
   */
  public static final class Builder {
    private @Nullable String officerId;
    private @Nullable YearQuarter quarter;
    private final List<PlannedVisit> plannedVisits = new ArrayList<>();
    private @Nullable PlanStatus status;
    private @Nullable LocalDate registered;
    private @Nullable Approval approval;

    private Builder() {}

    /**
     * The officer whose plan this is.
     *
     * @param officerId the officer's id
     * @return this builder
     */
    public Builder officerId(String officerId) {
      this.officerId = requireNonNull(officerId, "officerId");
      return this;
    }

    /**
     * The quarter planned.
     *
     * @param quarter the quarter
     * @return this builder
     */
    public Builder quarter(YearQuarter quarter) {
      this.quarter = requireNonNull(quarter, "quarter");
      return this;
    }

    /**
     * Adds planned visits, in the order registered.
     *
     * @param visits the planned visits
     * @return this builder
     */
    public Builder addPlannedVisits(PlannedVisit... visits) {
      for (PlannedVisit v : visits) {
        plannedVisits.add(requireNonNull(v, "planned visit"));
      }
      return this;
    }

    /**
     * Replaces the planned visits.
     *
     * @param visits the planned visits, in the order registered
     * @return this builder
     */
    public Builder plannedVisits(Iterable<PlannedVisit> visits) {
      plannedVisits.clear();
      visits.forEach(v -> plannedVisits.add(requireNonNull(v, "planned visit")));
      return this;
    }

    /**
     * Where the plan stands.
     *
     * @param status the status
     * @return this builder
     */
    public Builder status(PlanStatus status) {
      this.status = requireNonNull(status, "status");
      return this;
    }

    /**
     * The date the plan was registered.
     *
     * @param registered the date
     * @return this builder
     */
    public Builder registered(LocalDate registered) {
      this.registered = requireNonNull(registered, "registered");
      return this;
    }

    /**
     * The approval of the plan.
     *
     * @param approval the approval
     * @return this builder
     */
    public Builder approval(Approval approval) {
      this.approval = requireNonNull(approval, "approval");
      return this;
    }

    /**
     * {@return the plan}
     *
     * @throws IllegalStateException naming the plan and the missing fields
     * @throws IllegalArgumentException if the fields contradict each other
     */
    public QuarterlyPlan build() {
      Checks.checkSet(
          "quarterly plan",
          officerId == null ? null : officerId + " " + quarter,
          "officerId",
          officerId,
          "quarter",
          quarter,
          "status",
          status);
      return ImmutableQuarterlyPlan.instance(
          requireNonNull(officerId),
          requireNonNull(quarter),
          plannedVisits,
          requireNonNull(status),
          Optional.ofNullable(registered),
          Optional.ofNullable(approval));
    }
  }
}
