package cn.zhengwu.matters.thread;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Read receipts of instructions. */
public interface Receipts extends JpaRepository<Receipt, UUID> {

    List<Receipt> findByInstructionIdInOrderByReadAt(Collection<UUID> instructions);

    Optional<Receipt> findByInstructionIdAndPersonId(UUID instruction, UUID person);
}
