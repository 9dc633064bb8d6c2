/** Services implementing the use cases, by area, and what they share (role and tenant checks). */
package com.routebook.application.service;
