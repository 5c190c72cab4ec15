package cn.zhengwu.requests.incoming;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import cn.zhengwu.core.SecurityClassification;
import cn.zhengwu.documents.DocumentType;
import cn.zhengwu.requests.IncomingStage;
import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Every incoming record of every unit. */
public interface IncomingDocuments extends JpaRepository<IncomingDocument, UUID> {

    /** The record, locked until the transaction ends: two clerks acting at once take their steps one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from IncomingDocument i where i.id = :id")
    Optional<IncomingDocument> lock(UUID id);

    /** Earlier records of the unit from the same organ, the candidates of the duplicate rule. */
    @Query("""
        select i from IncomingDocument i
        where i.receivingUnitId = :unit and i.organKey = :organKey and i.id <> :except and i.stage <> cn.zhengwu.requests.IncomingStage.MERGED
        order by i.arrivedAt""")
    List<IncomingDocument> sameOrgan(UUID unit, String organKey, UUID except);

    @Query("""
        select i from IncomingDocument i
        where i.receivingUnitId = :unit and i.stage in :stages and i.classification in :markings
        order by i.arrivedAt desc, i.id desc""")
    List<IncomingDocument> ofUnit(UUID unit, Collection<IncomingStage> stages,
            Collection<SecurityClassification> markings, Pageable page);

    @Query("""
        select i.stage, count(i) from IncomingDocument i
        where i.receivingUnitId = :unit and i.classification in :markings group by i.stage""")
    List<Object[]> countsOfUnit(UUID unit, Collection<SecurityClassification> markings);

    /** What waits for the leaders: proposed to them, or in a 传阅 that names them. */
    @Query("""
        select distinct i from IncomingDocument i left join i.readers r
        where (i.leaderId in :people and i.stage = cn.zhengwu.requests.IncomingStage.PROPOSED)
           or (r in :people and i.circulationOpen = true)
        order by i.arrivedAt desc""")
    List<IncomingDocument> awaiting(Collection<UUID> people);

    /** Every record the person was ever named on as leader or reader. */
    @Query("""
        select count(i) > 0 from IncomingDocument i left join i.readers r
        where i.id = :id and (i.leaderId in :people or r in :people)""")
    boolean names(UUID id, Collection<UUID> people);

    @Query("""
        select i from IncomingDocument i
        where i.type = :type and i.stage not in (cn.zhengwu.requests.IncomingStage.ARRIVED, cn.zhengwu.requests.IncomingStage.MERGED) and i.classification in :markings
        order by i.receivedOn desc, i.arrivedAt desc""")
    List<IncomingDocument> ofType(DocumentType type, Collection<SecurityClassification> markings, Pageable page);

    Optional<IncomingDocument> findBySourceDocumentIdAndReceivingUnitId(UUID document, UUID unit);

    Optional<IncomingDocument> findByClockId(UUID clock);
}
