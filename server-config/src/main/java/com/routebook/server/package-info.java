/**
 * What the server adds around the hexagon: authentication of every request and the current user
 * ({@code security}), and the system clock ({@code time}).
 */
package com.routebook.server;
