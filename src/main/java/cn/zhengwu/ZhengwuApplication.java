package cn.zhengwu;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** Zhengwu 政务: the information system of the General Office of a municipal people's government. */
@Modulithic(systemName = "Zhengwu 政务", sharedModules = "core")
@SpringBootApplication
public class ZhengwuApplication {

    public static void main(String[] args) {
        SpringApplication.run(ZhengwuApplication.class, args);
    }
}
