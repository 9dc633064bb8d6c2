/**
 * Browser system tests of the screens: Selenium drives Debian's Chromium against the server the
 * build started, following the flows of the reference article step by step; every screen is saved
 * as a screenshot and checked with axe-core (no serious or critical violation).
 */
package it.ui;
