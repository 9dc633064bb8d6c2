/**
 * Browser system tests of the screens: Selenium drives Debian's Chromium against the server the
 * build started, following the flows of the reference article step by step; every screen is saved
 * as a screenshot and checked with axe-core (no serious or critical violation). One Chromium serves
 * the whole run, made like a new one after each test; a test signs in over HTTP and hands the
 * session's cookie to the browser, unless signing in is what it tests ({@code Browser#signIn}).
 */
package it.ui;
