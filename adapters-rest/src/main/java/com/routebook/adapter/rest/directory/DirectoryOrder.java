package com.routebook.adapter.rest.directory;

import com.routebook.adapter.rest.common.QueryParams;
import com.routebook.adapter.rest.problem.ApiTexts;
import com.routebook.adapter.rest.problem.ProblemException;
import com.routebook.application.port.out.DirectorySearch.Sort;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** The order of a directory list: the {@code sort} parameter and the language of names. */
final class DirectoryOrder {

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

  private DirectoryOrder() {}

  /** {@code name} (default), {@code -name}, {@code state}, ... ; anything else is refused. */
  static Sort sort(String sort) {
    if (sort == null || sort.isBlank()) {
      return Sort.NAME;
    }
    Sort known = SORTS.get(sort.strip());
    if (known == null) {
      throw ProblemException.invalid(
          QueryParams.INVALID_PARAMETER,
          ApiTexts.fieldError("sort", "notOneOf", "sort", SORTS.keySet().toString(), sort));
    }
    return known;
  }

  /**
   * The caller's most wanted language of an {@code Accept-Language} header (the first of the
   * highest weight), e.g. {@code sv-SE}; English when absent, {@code *} or unreadable.
   */
  static String language(String acceptLanguage) {
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
