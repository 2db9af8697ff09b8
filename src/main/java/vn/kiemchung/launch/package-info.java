/**
 * Launch: how a {@code java -jar kiemchung.jar …} becomes a JVM started from the unpacked copy of the jar (class
 * path of plain jars, C1 for the command line, the server's class-data archive). JDK classes only: the build puts
 * this package at the jar's root as well, where {@link vn.kiemchung.launch.JarMain}, the jar's main class, hands a
 * command to that copy without first starting Spring Boot's loader over the whole fat jar.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.kiemchung.launch;
