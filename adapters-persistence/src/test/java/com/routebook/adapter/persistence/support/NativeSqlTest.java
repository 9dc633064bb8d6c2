package com.routebook.adapter.persistence.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The three forms of a statement's text: JDBC's, JPA's and the one with its values written in. */
class NativeSqlTest {

  private static NativeSql statement() {
    return new NativeSql()
        .sql("SELECT c.id FROM customer c WHERE c.tenant_id = ")
        .value("t-1")
        .sql(" AND c.state = ")
        .value("ACTIVE")
        .sql(" OFFSET ")
        .value(0)
        .sql(" ROWS FETCH NEXT ")
        .value(50)
        .sql(" ROWS ONLY");
  }

  @Test
  void jdbc_takes_plain_placeholders() {
    assertThat(statement().jdbcText())
        .isEqualTo(
            "SELECT c.id FROM customer c WHERE c.tenant_id = ? AND c.state = ?"
                + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY");
  }

  @Test
  void jpa_takes_numbered_placeholders_in_the_order_of_the_values() {
    assertThat(statement().toString())
        .isEqualTo(
            "SELECT c.id FROM customer c WHERE c.tenant_id = ?1 AND c.state = ?2"
                + " OFFSET ?3 ROWS FETCH NEXT ?4 ROWS ONLY");
  }

  @Test
  void inlined_writes_each_value_where_its_placeholder_was() {
    assertThat(statement().inlined(value -> "<" + value + ">"))
        .isEqualTo(
            "SELECT c.id FROM customer c WHERE c.tenant_id = <t-1> AND c.state = <ACTIVE>"
                + " OFFSET <0> ROWS FETCH NEXT <50> ROWS ONLY");
  }

  @Test
  void a_text_without_values_is_the_same_in_every_form() {
    NativeSql plain = new NativeSql().sql("SELECT 1");
    assertThat(plain.jdbcText()).isEqualTo("SELECT 1");
    assertThat(plain.toString()).isEqualTo("SELECT 1");
    assertThat(plain.inlined(value -> "x")).isEqualTo("SELECT 1");
  }
}
