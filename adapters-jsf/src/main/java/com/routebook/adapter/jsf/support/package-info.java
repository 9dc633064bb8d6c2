/**
 * Shared pieces of the screens: user feedback (texts of the bundle, English and Swedish, domain
 * errors and stop messages included, rendered from the error catalogue; a form names the field of
 * each part of an input), paging, and the view models more than one screen shows (a participant, a
 * document).
 */
package com.routebook.adapter.jsf.support;
