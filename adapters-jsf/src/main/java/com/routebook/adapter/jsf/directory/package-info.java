/**
 * The customer directory screens: My Customers (search), a customer's details and settings, Add
 * customer, and the offer to resend the stopped documents a saved customer now matches.
 */
package com.routebook.adapter.jsf.directory;
