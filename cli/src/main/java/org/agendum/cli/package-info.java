/**
 * The {@code agendum} command line. {@link org.agendum.cli.Agendum#main(String[])} is the entry
 * point; {@link org.agendum.cli.Agendum#execute(String[], java.io.InputStream, java.io.PrintWriter,
 * java.io.PrintWriter)} runs a command in-process, as the tests do.
 */
package org.agendum.cli;
