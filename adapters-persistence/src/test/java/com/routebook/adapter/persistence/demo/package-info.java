/**
 * The demo data scripts on each database: they load (also twice) and every demo row reads back
 * through the domain; no port of its own, so no contract.
 */
package com.routebook.adapter.persistence.demo;
