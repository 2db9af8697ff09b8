package vn.kiemchung;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class KiemchungApplication {
    public static void main(String[] args) {
        SpringApplication.run(KiemchungApplication.class, args);
    }
}
