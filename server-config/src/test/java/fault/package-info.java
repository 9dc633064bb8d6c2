/**
 * Fault tests: several instances of the server on one PostgreSQL behind HAProxy ({@code
 * cluster/start.sh}), an instance killed, the database restarted. Run by failsafe after the system
 * tests' server has stopped, last in the build, on a PostgreSQL server of their own.
 */
package fault;
