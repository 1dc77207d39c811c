package io.github.dicoso;

import io.github.dicoso.leave.LeaveKind;
import io.github.dicoso.officer.Employment;
import io.github.dicoso.officer.Level;
import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.KindOfWork;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * jqwik arbitraries for policies: every parameter varied, citations absent, equal to the document
 * or of their own, with text that stresses a file format (Vietnamese letters, commas, {@code = : #
 * !}, backslashes, line breaks, blanks at either end).
 */
public final class PolicyArbitraries {
  private static final String ALPHABET =
      "abcxyzĐđăâêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ0123456789 ,.-/:=#!\\()";
  private static final String RARE = "\n\t ";

  private PolicyArbitraries() {}

  /**
   * Policies with no base: every parameter drawn at random, each citation absent, equal to the
   * document or drawn.
   */
  public static Arbitrary<Policy> standalonePolicies() {
    return Arbitraries.randomValue(r -> randomPolicy(r, Optional.empty()));
  }

  /**
   * Variants of {@code base}: each parameter either kept from the base with its citation, or drawn
   * at random with its citation absent, equal to the document or drawn.
   */
  public static Arbitrary<Policy> variantsOf(Policy base) {
    return Arbitraries.randomValue(r -> randomPolicy(r, Optional.of(base)));
  }

  /** A policy drawn with {@code random}, a variant of {@code base} if given. */
  public static Policy randomPolicy(Random r, Optional<Policy> base) {
    Citation document = citation(r);
    ImmutablePolicy.Builder b = Policy.builder();
    base.ifPresent(p -> b.from(p).base(p.name()));
    b.name(nonBlank(r)).document(document);
    Map<PolicyParameter, Citation> cited = new EnumMap<>(PolicyParameter.class);
    base.ifPresent(p -> cited.putAll(p.citations()));
    for (PolicyParameter p : PolicyParameter.values()) {
      if (base.isPresent() && r.nextInt(3) > 0) {
        continue; // kept from the base
      }
      set(b, p, r);
      switch (r.nextInt(3)) {
        case 0:
          cited.remove(p);
          break;
        case 1:
          cited.put(p, document);
          break;
        default:
          cited.put(p, citation(r));
      }
    }
    return b.citations(cited).build();
  }

  private static void set(ImmutablePolicy.Builder b, PolicyParameter p, Random r) {
    switch (p) {
      case REQUIRED_DAYS:
        b.requiredDays(Days.ofHalves(r.nextInt(200)));
        return;
      case COUNTING_PERIOD:
        MonthDay first = monthDay(r);
        MonthDay last = monthDay(r);
        b.countingPeriod(
            first.isAfter(last) ? CountingPeriod.of(last, first) : CountingPeriod.of(first, last));
        return;
      case SUBJECT_LEVELS:
        b.subjectLevels(subset(r, Level.class));
        return;
      case SUBJECT_EMPLOYMENT:
        b.subjectEmployment(subset(r, Employment.class));
        return;
      case COMMITTEE_MEMBERS_SUBJECT:
        b.committeeMembersSubject(r.nextBoolean());
        return;
      case PRO_RATING:
        b.proRating(ProRating.values()[r.nextInt(ProRating.values().length)]);
        return;
      case EXEMPTIONS:
        Map<LeaveKind, ExemptionRule> exemptions = new EnumMap<>(LeaveKind.class);
        for (LeaveKind k : subset(r, LeaveKind.class)) {
          exemptions.put(
              k,
              ExemptionRule.atLeast(
                  Period.of(0, r.nextInt(13), r.nextInt(3) == 0 ? r.nextInt(40) : 0)));
        }
        b.exemptions(exemptions);
        return;
      case LEAVE_REDUCES_REQUIREMENT:
        b.leaveReducesRequirement(r.nextBoolean());
        return;
      case COUNT_INVITED_ONLY:
        b.countInvitedOnly(r.nextBoolean());
        return;
      case COUNT_UNAPPROVED:
        b.countUnapproved(r.nextBoolean());
        return;
      case COUNT_WITHOUT_TRAVEL_ORDER:
        b.countWithoutTravelOrder(r.nextBoolean());
        return;
      case HALF_DAY_CREDIT:
        b.halfDayCredit(r.nextBoolean());
        return;
      case REPORT_DEADLINE_DAYS:
        b.reportDeadlineDays(r.nextBoolean() ? Optional.of(r.nextInt(40)) : Optional.empty());
        return;
      case HOST_LEVEL_MINIMUMS:
        Map<HostLevel, Days> hosts = new EnumMap<>(HostLevel.class);
        subset(r, HostLevel.class).forEach(h -> hosts.put(h, Days.ofHalves(r.nextInt(80))));
        b.hostLevelMinimums(hosts);
        return;
      case KIND_MINIMUMS:
        Map<KindOfWork, Days> kinds = new EnumMap<>(KindOfWork.class);
        subset(r, KindOfWork.class).forEach(k -> kinds.put(k, Days.ofHalves(r.nextInt(80))));
        b.kindMinimums(kinds);
        return;
      case MEETING_DAY_EXPECTED:
        b.meetingDayExpected(r.nextBoolean());
        return;
      case WINDOWS_REQUIRED:
        b.windowsRequired(r.nextBoolean());
        return;
      case MINIMUMS_SCALE_WITH_REQUIREMENT:
        b.minimumsScaleWithRequirement(r.nextBoolean());
        return;
      case REGISTRATION_DEADLINE:
        b.registrationDeadline(
            r.nextBoolean()
                ? Optional.of(
                    RegistrationDeadline.of(
                        r.nextInt(30), RegistrationDeadline.Anchor.values()[r.nextInt(2)]))
                : Optional.empty());
        return;
      case MAX_DELEGATIONS_PER_HOST_PER_WINDOW:
        b.maxDelegationsPerHostPerWindow(
            r.nextBoolean() ? Optional.of(1 + r.nextInt(9)) : Optional.empty());
        return;
      case QUARTERLY_TARGETS:
        List<Days> targets = new ArrayList<>();
        if (r.nextBoolean()) {
          for (int q = 0; q < 4; q++) {
            targets.add(Days.ofHalves(r.nextInt(60)));
          }
        }
        b.quarterlyTargets(targets);
        return;
    }
    throw new AssertionError(p);
  }

  /** A citation with every field drawn; text may be empty, awkward or Vietnamese. */
  public static Citation citation(Random r) {
    ImmutableCitation.Builder c =
        Citation.builder()
            .authority(Citation.Authority.values()[r.nextInt(3)])
            .document(text(r))
            .provision(r.nextInt(3) == 0 ? "" : text(r));
    if (r.nextBoolean()) {
      c.date(LocalDate.of(2015 + r.nextInt(10), 1, 1).plusDays(r.nextInt(365)));
    }
    if (r.nextBoolean()) {
      c.issuer(text(r));
    }
    return c.build();
  }

  private static String text(Random r) {
    int length = r.nextInt(14);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < length; i++) {
      s.append(
          r.nextInt(25) == 0
              ? RARE.charAt(r.nextInt(RARE.length()))
              : ALPHABET.charAt(r.nextInt(ALPHABET.length())));
    }
    return s.toString();
  }

  private static String nonBlank(Random r) {
    String s = text(r);
    return s.isBlank() ? "p" + s : s;
  }

  private static MonthDay monthDay(Random r) {
    return MonthDay.from(LocalDate.of(2020, 1, 1).plusDays(r.nextInt(366)));
  }

  private static <E extends Enum<E>> EnumSet<E> subset(Random r, Class<E> type) {
    EnumSet<E> set = EnumSet.noneOf(type);
    for (E e : type.getEnumConstants()) {
      if (r.nextBoolean()) {
        set.add(e);
      }
    }
    return set;
  }
}
