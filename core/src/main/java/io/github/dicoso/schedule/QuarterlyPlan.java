package io.github.dicoso.schedule;

import static com.google.common.base.Preconditions.checkArgument;
import static io.github.dicoso.internal.Checks.checkNotBlank;
import static io.github.dicoso.internal.Checks.checkPlausible;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
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
public abstract class QuarterlyPlan {
  QuarterlyPlan() {}

  /** {@return a builder for a plan} */
  public static ImmutableQuarterlyPlan.Builder builder() {
    return ImmutableQuarterlyPlan.builder();
  }

  /** {@return the officer whose plan this is} */
  public abstract String officerId();

  /** {@return the quarter planned} */
  public abstract YearQuarter quarter();

  /** {@return the visits planned, in the order registered} */
  public abstract List<PlannedVisit> plannedVisits();

  /** {@return where the plan stands} */
  public abstract PlanStatus status();

  /** {@return the date the plan was registered (submitted); empty for a draft} */
  public abstract Optional<LocalDate> registered();

  /** {@return the approval; present exactly when the plan is approved} */
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
}
