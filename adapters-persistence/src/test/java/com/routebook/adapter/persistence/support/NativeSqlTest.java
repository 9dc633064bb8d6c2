package com.routebook.adapter.persistence.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A statement built piece by piece keeps its values bound in order, also when wrapped. */
class NativeSqlTest {

  private static NativeSql statement() {
    return new NativeSql().sql("SELECT ").value(1).sql(" WHERE a = ").value("x").sql(" LIMIT 5");
  }

  @Test
  void text_before_and_after_a_statement_leaves_its_values_bound_in_order() {
    NativeSql wrapped = statement().between("SET a = 1; ", "; RESET a");
    assertThat(wrapped.jdbcText()).isEqualTo("SET a = 1; SELECT ? WHERE a = ? LIMIT 5; RESET a");
    assertThat(wrapped).hasToString("SET a = 1; SELECT ?1 WHERE a = ?2 LIMIT 5; RESET a");
    assertThat(wrapped.inlined(value -> "<" + value + ">"))
        .isEqualTo("SET a = 1; SELECT <1> WHERE a = <x> LIMIT 5; RESET a");
  }

  @Test
  void a_wrapped_statement_is_a_new_one() {
    NativeSql original = statement();
    original.between("before ", " after");
    assertThat(original.jdbcText()).isEqualTo("SELECT ? WHERE a = ? LIMIT 5");
  }
}
