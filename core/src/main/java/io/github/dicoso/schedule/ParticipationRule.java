package io.github.dicoso.schedule;

import io.github.dicoso.Policy;
import io.github.dicoso.accrual.AccrualRule;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.visit.Visit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.threeten.extra.LocalDateRange;

/**
 * The participation figure for a date range, as the central agency reported it for 1/6–31/7/2018
 * (97 of 111 officers). A visit day counts when the accrual rule credits it with the range as the
 * period: a visit made only as an invited guest, for instance, does not make an officer a
 * participant (Hướng dẫn 03-HD/TWĐTN-BTC, 21/3/2018), nor do days outside the range or outside the
 * officer's service.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class ParticipationRule {
  private ParticipationRule() {}

  /**
   * The participation of {@code officers} (the officers in scope) in the closed range {@code
   * range}, from {@code visits}; visits of other officers are listed as out of scope.
   *
   * @param policy the policy whose accrual parameters decide which visits count
   * @param range the dates, a closed range
   * @param officers the officers in scope
   * @param visits the visits, of any officers
   * @return the participation figures
   */
  public static Participation of(
      Policy policy, LocalDateRange range, Iterable<Officer> officers, Iterable<Visit> visits) {
    Map<String, Officer> inScope = new LinkedHashMap<>();
    officers.forEach(o -> inScope.put(o.id(), o));
    Map<String, List<Visit>> byOfficer = new LinkedHashMap<>();
    ImmutableParticipation.Builder result = new ImmutableParticipation.Builder().range(range);
    for (Visit v : visits) {
      if (inScope.containsKey(v.officerId())) {
        byOfficer.computeIfAbsent(v.officerId(), o -> new ArrayList<>()).add(v);
      } else {
        result.addVisitsOutOfScope(v.id());
      }
    }
    for (Officer officer : inScope.values()) {
      result.addOfficersInScope(officer.id());
      List<Visit> own = byOfficer.getOrDefault(officer.id(), List.of());
      if (!own.isEmpty() && !AccrualRule.ledger(policy, officer, range, own).credited().isZero()) {
        result.addParticipants(officer.id());
      }
    }
    return result.build();
  }
}
