package com.routebook.adapter.rest.common;

import com.routebook.adapter.rest.problem.ApiTexts;
import com.routebook.adapter.rest.problem.ProblemException;
import com.routebook.application.port.Page;
import com.routebook.application.port.PageRequest;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The paging of a list, the same in every list of the API: the {@code page} and {@code size} query
 * parameters (taken as a {@code @BeanParam}; a bad value is a 422 {@code INVALID_PAGE} naming it),
 * the {@code sort} parameter read against the list's orders (a 422 {@code INVALID_PARAMETER} naming
 * the ones there are), and the page answered as {@code {"items", "page", "size", "total"}}.
 */
public class PageParams {

  @Parameter(
      description = "the page, from 0",
      schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0"))
  @QueryParam("page")
  private String page;

  @Parameter(
      description = "items per page",
      schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50", maximum = "500"))
  @QueryParam("size")
  private String size;

  /** For JAX-RS, which sets the parameters. */
  public PageParams() {}

  /** The parameters as given (either {@code null} when absent). */
  PageParams(String page, String size) {
    this.page = page;
    this.size = size;
  }

  /** The page asked for: {@code page} (default 0) and {@code size} (default 50, at most 500). */
  public PageRequest request() {
    return QueryParams.page(page, size);
  }

  /**
   * The order a {@code sort} parameter names among a list's orders, by their parameter values
   * ({@code name}, {@code -name}, ...); absent or blank gives the first.
   *
   * @throws ProblemException 422 {@code INVALID_PARAMETER} for any other value
   */
  public static <S> S sort(String sort, Map<String, S> orders) {
    if (sort == null || sort.isBlank()) {
      return orders.values().iterator().next();
    }
    S known = orders.get(sort.strip());
    if (known == null) {
      throw ProblemException.invalid(
          QueryParams.INVALID_PARAMETER,
          ApiTexts.fieldError("sort", "notOneOf", "sort", orders.keySet().toString(), sort));
    }
    return known;
  }

  /** The answer of a page: its items as the API shows them, the page, size and total. */
  public static <T, R, P> P answer(
      Page<T> page, Function<? super T, ? extends R> item, Answer<R, P> answer) {
    return answer.of(
        page.items().stream().<R>map(item).toList(), page.page(), page.size(), page.total());
  }

  /** Makes a page answer (a record's constructor) of its items, page, size and total. */
  @FunctionalInterface
  public interface Answer<R, P> {
    P of(List<R> items, int page, int size, long total);
  }
}
