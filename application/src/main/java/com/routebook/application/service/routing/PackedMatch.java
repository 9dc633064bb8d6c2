package com.routebook.application.service.routing;

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

/**
 * What {@link RememberedNumbers} keeps of a look-up: the mark it was read under and the match (or
 * that there was none) packed into one string, unpacked into new records at each use.
 *
 * <p>Why one string: a remembered match as records was about 35 objects (the match, the customer,
 * the participant, their ids, names and providers, each id a record around a string around an
 * array). Single routing fills the memory with a new entry at almost every call under load, and G1
 * copies every young object that survives; those copies and the scanning of the old generation's
 * references to them were most of the young pauses that made single routing's p99
 * (bench/README.md). Packed, an entry is its key and this string: two strings, four objects in all.
 * Unpacking makes short-lived objects only, which a young collection never copies.
 *
 * <p>The form: four characters of the mark (sixteen bits each), then, when there was a match, each
 * field as one character of its length followed by its characters; {@link #ABSENT} as the length of
 * a field that is null.
 */
final class PackedMatch {

  /** The length written for a null field; a field this long or longer is not packed. */
  private static final char ABSENT = '\uFFFF';

  private static final int MARK_LENGTH = 4;

  private PackedMatch() {}

  /**
   * The packed form of a look-up's answer for a number (match null: no customer holds it) under the
   * mark, or null when a field is too long to pack (then it is not remembered).
   */
  static String pack(long mark, NumberMatch match) {
    StringBuilder out = new StringBuilder(match == null ? MARK_LENGTH : 256);
    for (int shift = 48; shift >= 0; shift -= 16) {
      out.append((char) (mark >>> shift));
    }
    if (match == null) {
      return out.toString();
    }
    RoutingCustomer customer = match.customer();
    RoutingParticipant participant = match.participant();
    ServiceProvider offered = customer.offeredProvider();
    // a match's customer links to its participant, and an offered provider is the chosen one
    // (both records require it): each id is kept once
    boolean packed =
        field(out, customer.id().value())
            && field(out, customer.state().name())
            && field(out, customer.chosenProviderId().value())
            && field(out, offered == null ? null : offered.name())
            && field(out, participant.id().value())
            && field(out, participant.name())
            && field(out, participant.status().name())
            && field(out, participant.eAddress())
            && field(out, participant.defaultProvider().id().value())
            && field(out, participant.defaultProvider().name());
    return packed ? out.toString() : null;
  }

  /** The mark a packed answer was read under. */
  static long mark(String packed) {
    long mark = 0;
    for (int i = 0; i < MARK_LENGTH; i++) {
      mark = (mark << 16) | packed.charAt(i);
    }
    return mark;
  }

  /** The match a packed answer holds for the number, or null when it matched nothing. */
  static NumberMatch unpack(String packed, CustomerNumber number) {
    if (packed.length() == MARK_LENGTH) {
      return null;
    }
    Reader in = new Reader(packed);
    CustomerId customerId = new CustomerId(in.next());
    CustomerState state = CustomerState.valueOf(in.next());
    ServiceProviderId chosen = new ServiceProviderId(in.next());
    String offeredName = in.next();
    ServiceProvider offered = offeredName == null ? null : new ServiceProvider(chosen, offeredName);
    ParticipantId participantId = new ParticipantId(in.next());
    String name = in.next();
    ParticipantStatus status = ParticipantStatus.valueOf(in.next());
    String eAddress = in.next();
    ServiceProvider defaultProvider =
        new ServiceProvider(new ServiceProviderId(in.next()), in.next());
    return new NumberMatch(
        number,
        new RoutingCustomer(customerId, participantId, state, chosen, offered),
        new RoutingParticipant(participantId, name, status, eAddress, defaultProvider));
  }

  private static boolean field(StringBuilder out, String value) {
    if (value == null) {
      out.append(ABSENT);
      return true;
    }
    if (value.length() >= ABSENT) {
      return false;
    }
    out.append((char) value.length()).append(value);
    return true;
  }

  /** Reads the fields after the mark, one after the other. */
  private static final class Reader {
    private final String packed;
    private int at = MARK_LENGTH;

    Reader(String packed) {
      this.packed = packed;
    }

    String next() {
      char length = packed.charAt(at++);
      if (length == ABSENT) {
        return null;
      }
      String value = packed.substring(at, at + length);
      at += length;
      return value;
    }
  }
}
