package io.github.dicoso.accrual;

import io.github.dicoso.Parameter;
import io.github.dicoso.Policy;
import io.github.dicoso.visit.Visit;
import java.util.Optional;

/**
 * The evidence rule: what backs a visit, and whether a visit short of it counts.
 *
 * <ul>
 *   <li>"không tính các buổi đi cơ sở do được mời dự hoạt động" — a visit where the officer was
 *       only invited to attend an activity does not count (Hướng dẫn 03-HD/TWĐTN-BTC, 21/3/2018;
 *       {@link Parameter#COUNT_INVITED_ONLY}).
 *   <li>A visit is registered and approved by the standing members before it takes place: "tự ý đi
 *       cơ sở theo chuyên đề mà không đăng ký ... để trình Thường trực phê duyệt trước khi đi" is a
 *       named problem (Tỉnh đoàn Bình Thuận, 2019). Whether an unapproved visit counts is {@link
 *       Parameter#COUNT_UNAPPROVED} (library default: it counts, and is reported).
 *   <li>Some provinces count only visits backed by a travel order (công lệnh; Bà Rịa – Vũng Tàu):
 *       {@link Parameter#COUNT_WITHOUT_TRAVEL_ORDER} (library default: it counts, and is reported).
 * </ul>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class EvidenceRule {
  private EvidenceRule() {}

  /**
   * The reason {@code visit} as a whole earns nothing under {@code policy}, if there is one, in the
   * order above (then a half day the policy does not credit, {@link Parameter#HALF_DAY_CREDIT}).
   *
   * @param policy the policy applied
   * @param visit the visit
   * @return the exclusion of the whole visit, or empty when its evidence lets it count
   */
  public static Optional<Exclusion> exclusion(Policy policy, Visit visit) {
    if (visit.invitedOnly() && !policy.get(Parameter.COUNT_INVITED_ONLY)) {
      return Optional.of(Exclusion.INVITED_ONLY);
    }
    if (!visit.approved() && !policy.get(Parameter.COUNT_UNAPPROVED)) {
      return Optional.of(Exclusion.UNAPPROVED);
    }
    if (!visit.travelOrder() && !policy.get(Parameter.COUNT_WITHOUT_TRAVEL_ORDER)) {
      return Optional.of(Exclusion.NO_TRAVEL_ORDER);
    }
    if (visit.halfDay() && !policy.get(Parameter.HALF_DAY_CREDIT)) {
      return Optional.of(Exclusion.HALF_DAY_NOT_CREDITED);
    }
    return Optional.empty();
  }
}
