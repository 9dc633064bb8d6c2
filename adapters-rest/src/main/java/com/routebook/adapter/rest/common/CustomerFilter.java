package com.routebook.adapter.rest.common;

import com.routebook.application.port.out.DirectorySearch.Sort;
import com.routebook.application.port.out.DirectorySearch.StateFilter;
import com.routebook.domain.search.SearchPattern;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Which customers a directory list shows and in which order, taken as a {@code @BeanParam} by every
 * call that lists them ({@code GET /customers} and its export), so that both take the same
 * parameters and refuse a bad value alike: the search box {@code q} and {@code caseSensitive}, the
 * {@code state} filter, the {@code sort} and the language of names ({@code Accept-Language}).
 */
public class CustomerFilter {

  /** The orders by their {@code sort} values; the first is the default. */
  private static final Map<String, Sort> SORTS = new LinkedHashMap<>();

  private static final Pattern TAG = Pattern.compile("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*");

  static {
    SORTS.put("name", Sort.NAME);
    SORTS.put("-name", Sort.NAME_DESC);
    SORTS.put("state", Sort.STATE);
    SORTS.put("-state", Sort.STATE_DESC);
    SORTS.put("updatedAt", Sort.UPDATED_AT);
    SORTS.put("-updatedAt", Sort.UPDATED_AT_DESC);
  }

  /** Language of names when the caller names none: the API's own, English. */
  static final String DEFAULT_LANGUAGE = "en";

  @Parameter(description = "search box; absent: all customers")
  @QueryParam("q")
  private String q;

  @Parameter(
      description = "match case (default true)",
      schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true"))
  @QueryParam("caseSensitive")
  private String caseSensitive;

  @Parameter(
      schema = @Schema(enumeration = {"ACTIVE", "INACTIVE", "NON_EXISTING", "NEEDS_ATTENTION"}))
  @QueryParam("state")
  private String state;

  @Parameter(
      description = "the order; a leading - is descending",
      schema =
          @Schema(
              enumeration = {"name", "-name", "state", "-state", "updatedAt", "-updatedAt"},
              defaultValue = "name"))
  @QueryParam("sort")
  private String sort;

  @Parameter(description = "orders names in this language, e.g. sv (default en)")
  @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE)
  private String acceptLanguage;

  /** For JAX-RS, which sets the parameters. */
  public CustomerFilter() {}

  /** The parameters as given (any {@code null} when absent). */
  CustomerFilter(String q, String caseSensitive, String state, String sort, String acceptLanguage) {
    this.q = q;
    this.caseSensitive = caseSensitive;
    this.state = state;
    this.sort = sort;
    this.acceptLanguage = acceptLanguage;
  }

  /** The search box: absent or blank means everything ({@code null}). */
  public SearchPattern pattern() {
    return QueryParams.search(q, caseSensitive);
  }

  /** The state filter ({@code null}: any). */
  public StateFilter state() {
    return QueryParams.enumValue("state", state, StateFilter.class);
  }

  /** {@code name} (default), {@code -name}, {@code state}, ... ; anything else is refused. */
  public Sort sort() {
    return PageParams.sort(sort, SORTS);
  }

  /**
   * The caller's most wanted language of the {@code Accept-Language} header (the first of the
   * highest weight), e.g. {@code sv-SE}; English when absent, {@code *} or unreadable.
   */
  public String language() {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return DEFAULT_LANGUAGE;
    }
    String best = DEFAULT_LANGUAGE;
    double bestWeight = 0;
    for (String range : acceptLanguage.split(",")) {
      String[] parts = range.split(";");
      String tag = parts[0].strip();
      double weight = 1;
      for (int i = 1; i < parts.length; i++) {
        String parameter = parts[i].strip().toLowerCase(Locale.ROOT);
        if (parameter.startsWith("q=")) {
          try {
            weight = Double.parseDouble(parameter.substring(2));
          } catch (NumberFormatException unreadable) {
            weight = 0;
          }
        }
      }
      if (TAG.matcher(tag).matches() && weight > bestWeight) {
        best = tag;
        bestWeight = weight;
      }
    }
    return best;
  }
}
