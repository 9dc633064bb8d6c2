/**
 * Shared pieces of the screens: user feedback (messages from the bundle and from domain errors).
 */
package com.routebook.adapter.jsf.support;
