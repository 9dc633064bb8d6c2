package com.routebook.adapter.persistence.support;

import com.routebook.application.port.out.DirectoryChanges;
import com.routebook.domain.tenant.TenantId;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.OptionalLong;
import javax.sql.DataSource;

/**
 * Follows the changes of what routing reads: on PostgreSQL, the triggers of migrations V10 and V17
 * send a notification on channel {@value #CHANNEL} at the commit of any statement that inserts,
 * updates, deletes or truncates rows of the customers, their numbers, the participants, their
 * identifiers and providers, or the service providers, whoever runs it (any instance, an import, or
 * by hand); each instance follows the channel ({@link ChannelFollower}). A statement that writes
 * customers or customer numbers sends one notification per tenant whose rows it wrote, its payload
 * {@value #TENANT} and the tenant's id, which moves that tenant's mark only; any other notification
 * (the registry's tables, a truncation, a statement over many tenants) moves every tenant's mark.
 * The repositories of this adapter also announce their own writes ({@link #changedHere()}), so that
 * this instance's mark moves as the transaction ends, before its answer leaves, not only when the
 * notification comes back. On the embedded H2 database nothing is followed, so nothing read is
 * trusted from memory there: it serves one instance in development, where speed is not the point.
 */
@ApplicationScoped
public class FollowedDirectoryChanges implements DirectoryChanges {

  /** The notification channel of the triggers (migration V10 on PostgreSQL). */
  static final String CHANNEL = "routebook_directory";

  /** The start of the payload of a notification that concerns one tenant's directory. */
  static final String TENANT = "tenant:";

  @Resource(lookup = "jdbc/routebook")
  private DataSource dataSource;

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  private TransactionSynchronizationRegistry transactions;

  private volatile boolean started;
  private ChannelFollower follower;

  /** For CDI. */
  public FollowedDirectoryChanges() {}

  /** Over the caller's datasource (tests outside the server). */
  public FollowedDirectoryChanges(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public OptionalLong mark(TenantId tenant) {
    if (!started) {
      start();
    }
    return follower == null ? OptionalLong.empty() : follower.mark(tenant.value());
  }

  /**
   * Announces a write of the current transaction to the registry's tables routing reads: every
   * tenant's mark moves on this instance once the transaction ends (at once outside one); other
   * instances hear of it by the notification.
   */
  public void changedHere() {
    ChannelFollower following = following();
    if (following != null) {
      TransactionEnd.then(transactions, following::move);
    }
  }

  /**
   * Announces a write of the current transaction to the tenant's customers or customer numbers: the
   * tenant's mark moves on this instance once the transaction ends (at once outside one).
   */
  public void changedHere(TenantId tenant) {
    ChannelFollower following = following();
    if (following != null) {
      TransactionEnd.then(transactions, () -> following.move(tenant.value()));
    }
  }

  private ChannelFollower following() {
    if (!started) {
      start();
    }
    return follower;
  }

  /** The tenant a notification's payload concerns, or null when it concerns every tenant. */
  static String tenantOf(String payload) {
    return payload.startsWith(TENANT) && payload.length() > TENANT.length()
        ? payload.substring(TENANT.length())
        : null;
  }

  private synchronized void start() {
    if (started) {
      return;
    }
    if (Dialect.ofDataSource(dataSource) == Dialect.POSTGRESQL) {
      follower = new ChannelFollower(dataSource, CHANNEL, FollowedDirectoryChanges::tenantOf);
    }
    started = true;
  }

  /** Stops following (when the application stops). */
  @PreDestroy
  public synchronized void stop() {
    if (follower != null) {
      follower.stop();
    }
  }
}
