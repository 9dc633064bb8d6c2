package it.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A user signed in to the screens over plain HTTP, as a browser would be but without one: it keeps
 * the cookies the server sets (the session's), reads a page's Faces view state and CSP nonce (which
 * PrimeFaces' script posts back with every form, and PrimeFaces checks) and posts its forms, any
 * field with any value (a crafted postback: no {@code maxlength} of the page stops it).
 */
public final class ScreenSession {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*?value=\"([^\"]*)\"");

  /** The page's CSP nonce, which PrimeFaces' script sends back with every form it posts. */
  private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

  private static final Pattern NUMBERED = Pattern.compile("&#(x[0-9a-fA-F]+|[0-9]+);");

  private final Map<String, String> cookies = new LinkedHashMap<>();
  private final String language;
  private final String forwardedFor;
  private String viewState;
  private String nonce;
  private String signedInTo;

  private ScreenSession(String language, String forwardedFor) {
    this.language = language;
    this.forwardedFor = forwardedFor;
  }

  /**
   * Signs in through the sign-in page, in a language ({@code en}, {@code sv}), from an address of
   * the test's own ({@code X-Forwarded-For} from the loopback address, as behind a proxy).
   */
  public static ScreenSession signIn(
      String username, String password, String language, String forwardedFor) {
    ScreenSession session = new ScreenSession(language, forwardedFor);
    session.open("login.xhtml");
    HttpResponse<String> signedIn =
        session.post(
            "login.xhtml",
            "login",
            Map.of(
                "login:next",
                "",
                "login:username",
                username,
                "login:password",
                password,
                "login:signIn",
                ""));
    assertThat(signedIn.statusCode()).as("signed in: " + signedIn.body()).isEqualTo(302);
    session.signedInTo = signedIn.headers().firstValue("Location").orElse("");
    assertThat(session.signedInTo).doesNotContain("login.xhtml");
    return session;
  }

  /** The cookies the server has set, the session's among them: name and value. */
  public Map<String, String> cookies() {
    return Map.copyOf(cookies);
  }

  /** The page the sign-in led to (its {@code Location}, as the server sent it). */
  public String signedInTo() {
    return signedInTo;
  }

  /** A visitor not signed in, in a language, from an address of the test's own. */
  static ScreenSession anonymous(String language, String forwardedFor) {
    return new ScreenSession(language, forwardedFor);
  }

  /** Opens a page (a path below the root, with its query), keeping its view state. */
  HttpResponse<String> open(String page) {
    HttpResponse<String> answer = send(request(page).GET());
    viewState = null;
    nonce = null;
    keepStateOf(answer);
    return answer;
  }

  /**
   * Posts a form of the page last opened (its id, and fields by client id: a button's id with an
   * empty value presses it), with that page's view state and nonce, as the page's script would.
   */
  HttpResponse<String> post(String page, String form, Map<String, String> fields) {
    assertThat(viewState).as("the view state of the page last opened").isNotNull();
    StringBuilder body = new StringBuilder();
    Map<String, String> all = new LinkedHashMap<>();
    all.put(form + "_SUBMIT", "1"); // MyFaces' mark of the form submitted
    all.putAll(fields);
    all.put("jakarta.faces.ViewState", viewState);
    if (nonce != null) {
      all.put("primefaces.nonce", nonce);
    }
    for (Map.Entry<String, String> field : all.entrySet()) {
      if (body.length() > 0) {
        body.append('&');
      }
      body.append(URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8));
    }
    HttpResponse<String> answer =
        send(
            request(page)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    keepStateOf(answer);
    return answer;
  }

  /** The view state and the nonce of the page answered, when it is one. */
  private void keepStateOf(HttpResponse<String> answer) {
    Matcher state = VIEW_STATE.matcher(answer.body());
    if (state.find()) {
      viewState = unescape(state.group(1));
    }
    Matcher script = NONCE.matcher(answer.body());
    if (script.find()) {
      nonce = script.group(1);
    }
  }

  private HttpRequest.Builder request(String page) {
    HttpRequest.Builder request =
        Http.request(Http.base() + "/" + page)
            .header("Accept-Language", language)
            .header("X-Forwarded-For", forwardedFor);
    if (!cookies.isEmpty()) {
      request.header(
          "Cookie",
          String.join(
              "; ",
              cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).toList()));
    }
    return request;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    HttpResponse<String> answer = Http.send(request.build());
    List<String> set = answer.headers().allValues("Set-Cookie");
    for (String cookie : set) {
      String pair = cookie.split(";", 2)[0];
      int equals = pair.indexOf('=');
      if (equals > 0) {
        cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
      }
    }
    return answer;
  }

  /** A page's text as a reader sees it: its character references resolved. */
  static String text(HttpResponse<String> page) {
    Matcher numbered = NUMBERED.matcher(page.body());
    StringBuilder text = new StringBuilder();
    while (numbered.find()) {
      String code = numbered.group(1);
      int point =
          code.startsWith("x") ? Integer.parseInt(code.substring(1), 16) : Integer.parseInt(code);
      numbered.appendReplacement(text, Matcher.quoteReplacement(Character.toString(point)));
    }
    numbered.appendTail(text);
    return unescape(text.toString());
  }

  private static String unescape(String attribute) {
    return attribute
        .replace("&aring;", "å")
        .replace("&auml;", "ä")
        .replace("&ouml;", "ö")
        .replace("&Aring;", "Å")
        .replace("&Auml;", "Ä")
        .replace("&Ouml;", "Ö")
        .replace("&nbsp;", "\u00a0")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }
}
