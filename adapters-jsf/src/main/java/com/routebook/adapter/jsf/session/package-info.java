/** Signing in and out, and who is signed in (name and roles shown in the page header). */
package com.routebook.adapter.jsf.session;
