/**
 * The public customer registry's use cases: reading for everyone, maintenance for administrators.
 */
package com.routebook.application.service.registry;
