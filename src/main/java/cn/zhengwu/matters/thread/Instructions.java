package cn.zhengwu.matters.thread;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Every instruction (批示). */
public interface Instructions extends JpaRepository<Instruction, UUID> {

    List<Instruction> findByMatterIdOrderByRecordedAt(UUID matterId);
}
