/** The routing screens: Stopped documents (resend, delete) and Test routing. */
package com.routebook.adapter.jsf.routing;
