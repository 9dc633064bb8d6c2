/**
 * Deliberately bad classes for the architecture tests: each breaks one fence of {@code
 * it.architecture.Fences}, and {@code FencesCatchBadClassesIT} shows the fence failing on it. They
 * live in the test sources only; the product never contains them.
 */
package com.routebook.application.service.fencefixture;
