/** Platform: the embedded PostgreSQL that the app starts itself when no database server is configured. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.kiemchung.platform;
