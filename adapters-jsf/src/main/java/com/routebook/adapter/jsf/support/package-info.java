/**
 * Shared pieces of the screens: user feedback (messages from the bundle and from domain errors),
 * paging, and the view models more than one screen shows (a participant, a document).
 */
package com.routebook.adapter.jsf.support;
