/**
 * The Jakarta Faces adapter: the screens of Routebook. Backing beans call the incoming use cases
 * and render view models; the views live under {@code META-INF/resources} of this jar.
 */
package com.routebook.adapter.jsf;
