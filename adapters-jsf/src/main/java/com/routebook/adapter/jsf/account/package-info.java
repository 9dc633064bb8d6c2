/**
 * The signed-in user's own account (change password) and, for network administrators, the users of
 * a tenant (disable, enable).
 */
package com.routebook.adapter.jsf.account;
