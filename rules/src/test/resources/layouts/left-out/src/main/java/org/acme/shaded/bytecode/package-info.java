/**
 * The project's repackaging of a bytecode library, kept as its authors wrote it (for internal use only).
 */
package org.acme.shaded.bytecode;
