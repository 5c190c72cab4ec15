package cn.zhengwu.core;

import java.util.UUID;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/**
 * An entity whose id is assigned when it is made. It is new until stored or loaded, so that saving it inserts the
 * row at once, where Spring Data would otherwise take the assigned id for an existing row and look for it first.
 */
@MappedSuperclass
public abstract class AssignedIdEntity implements Persistable<UUID> {

    @Transient
    private boolean stored;

    @PostLoad
    @PostPersist
    void stored() {
        stored = true;
    }

    @Override
    public boolean isNew() {
        return !stored;
    }
}
