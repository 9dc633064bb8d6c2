package com.routebook.application.service.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.routebook.application.port.out.RoutingDirectory.NumberMatch;
import com.routebook.domain.customer.CustomerId;
import com.routebook.domain.customer.CustomerNumber;
import com.routebook.domain.customer.CustomerState;
import com.routebook.domain.participant.ParticipantId;
import com.routebook.domain.participant.ParticipantStatus;
import com.routebook.domain.participant.ServiceProvider;
import com.routebook.domain.participant.ServiceProviderId;
import com.routebook.domain.routing.RoutingCustomer;
import com.routebook.domain.routing.RoutingParticipant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A remembered look-up comes back exactly as it was read, under the mark it was read under. */
class PackedMatchTest {

  private static final CustomerNumber NUMBER = new CustomerNumber("N-1");
  private static final ServiceProvider BANQUP =
      new ServiceProvider(new ServiceProviderId("sp-banqup"), "Banqup");
  private static final ServiceProvider OTHER =
      new ServiceProvider(new ServiceProviderId("sp-other"), "Ågot Ö \u00e9 \u4e2d\t\"x\"");

  static Stream<NumberMatch> matches() {
    ParticipantId participant = new ParticipantId("p-1");
    RoutingParticipant active =
        new RoutingParticipant(participant, "Acme AB", ParticipantStatus.ACTIVE, "0007:1", BANQUP);
    RoutingParticipant odd =
        new RoutingParticipant(
            participant,
            "Ödmjuk \uFFFE Ltd \u0000 \uD83D\uDE00",
            ParticipantStatus.DEACTIVATED,
            "0088:7300010000001",
            OTHER);
    return Stream.of(
        new NumberMatch(
            NUMBER,
            new RoutingCustomer(
                new CustomerId("c-1"), participant, CustomerState.ACTIVE, BANQUP.id(), BANQUP),
            active),
        new NumberMatch(
            NUMBER,
            new RoutingCustomer(
                new CustomerId("c-2"), participant, CustomerState.INACTIVE, OTHER.id(), null),
            active),
        new NumberMatch(
            NUMBER,
            new RoutingCustomer(
                new CustomerId("c-3"), participant, CustomerState.ACTIVE, OTHER.id(), OTHER),
            odd));
  }

  @ParameterizedTest
  @MethodSource("matches")
  void a_match_comes_back_equal_with_its_mark(NumberMatch match) {
    for (long mark :
        new long[] {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE, 0x1234_5678_9abc_def0L}) {
      String packed = PackedMatch.pack(mark, match);

      assertThat(PackedMatch.mark(packed)).isEqualTo(mark);
      assertThat(PackedMatch.unpack(packed, NUMBER)).isEqualTo(match);
    }
  }

  @Test
  void no_match_comes_back_as_none_with_its_mark() {
    String packed = PackedMatch.pack(-42, null);

    assertThat(PackedMatch.mark(packed)).isEqualTo(-42);
    assertThat(PackedMatch.unpack(packed, NUMBER)).isNull();
  }

  @Test
  void a_field_too_long_to_pack_is_not_packed() {
    ParticipantId participant = new ParticipantId("p-1");
    NumberMatch huge =
        new NumberMatch(
            NUMBER,
            new RoutingCustomer(
                new CustomerId("c-1"), participant, CustomerState.ACTIVE, BANQUP.id(), BANQUP),
            new RoutingParticipant(
                participant, "x".repeat(70_000), ParticipantStatus.ACTIVE, "0007:1", BANQUP));

    assertThat(PackedMatch.pack(7, huge)).isNull();
  }
}
