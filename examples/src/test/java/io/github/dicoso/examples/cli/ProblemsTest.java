package io.github.dicoso.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemsTest {
  @Test
  void throwIfAny_listsByFileThenLineThenColumnInHeaderOrder() {
    Problems problems = new Problems();
    problems.columns("officers.csv", List.of("officer_id", "level"));
    problems.columns("visits.csv", List.of("start", "visit_id"));
    problems.add("visits.csv", 3, "visit_id", "", "c");
    problems.add("visits.csv", 2, "visit_id", "", "b");
    problems.add("visits.csv", 2, "start", "x", "a");
    problems.add("officers.csv", 2, "level", "x", "d");
    problems.add("visits.csv", 2, "", "x", "whole row");

    assertThatThrownBy(problems::throwIfAny)
        .isInstanceOf(BadInputException.class)
        .satisfies(
            e ->
                assertThat(((BadInputException) e).problems())
                    .extracting(InputProblem::message)
                    .containsExactly("d", "whole row", "a", "b", "c"));
  }

  @Test
  void throwIfAny_manyProblems_listsTheFirst100InOrderAndCountsTheRest() {
    Problems problems = new Problems();
    for (int line = 300; line >= 2; line--) {
      problems.add("visits.csv", line, "start", "", "bad");
    }

    assertThatThrownBy(problems::throwIfAny)
        .hasMessageContaining("299 problems")
        .hasMessageContaining("... and 199 more in visits.csv")
        .satisfies(
            e ->
                assertThat(((BadInputException) e).problems())
                    .hasSize(Problems.LIMIT_PER_FILE)
                    .extracting(InputProblem::line)
                    .startsWith(2L, 3L)
                    .endsWith(101L));
  }

  @Test
  void add_hugeValue_keepsOnlyWhatIsShown() {
    InputProblem problem = new InputProblem("v.csv", 2, "start", "x".repeat(1_000_000), "bad");

    assertThat(problem.value()).hasSize(Echo.LIMIT);
  }
}
