package com.routebook.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A broken domain rule, as an entry of the {@link ErrorCode} catalogue with its arguments: no
 * prose. Adapters pass {@link #code()} on to clients and render the text from their bundles.
 */
public class DomainException extends RuntimeException {

  private final ErrorCode code;
  private final List<Object> arguments;

  protected DomainException(ErrorCode code, List<?> arguments, String summary) {
    super(summary);
    this.code = Objects.requireNonNull(code, "code");
    this.arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
  }

  public DomainException(ErrorCode code, Object... arguments) {
    this(code, Arrays.asList(arguments), code + Arrays.toString(arguments));
    if (code.validation() || arguments.length != code.arity()) {
      throw new IllegalArgumentException(
          code + " takes " + code.arity() + " argument(s), got " + arguments.length);
    }
  }

  public ErrorCode code() {
    return code;
  }

  /** The arguments of the code, {@link ErrorCode#arity()} of them. */
  public List<Object> arguments() {
    return arguments;
  }
}
