-- Until this version the opinions were six task-local variables of each handled task in Flowable's history
-- (zwActor, zwOnBehalfOf, zwOutcome, zwOpinion, zwAt, zwSequence; zwOutcome marks a handled task). They are copied
-- once into workflow_opinion, in the order of their running number within each approval, and left where they are:
-- Flowable's tables are only read here (docs/adr/0009, docs/adr/0013). On a new database the engine's tables may
-- not exist yet, and there is nothing to copy. Running it again copies nothing twice.
DO
$$
BEGIN
  IF to_regclass('act_hi_varinst') IS NULL OR to_regclass('act_hi_taskinst') IS NULL THEN
    RETURN;
  END IF;
  INSERT INTO workflow_opinion (approval_id, task_id, step, name_key, actor_id, on_behalf_of, outcome, opinion,
                                acted_at)
  SELECT task.proc_inst_id_, facts.task_id, task.task_def_key_, COALESCE(task.name_, task.task_def_key_),
         facts.actor::uuid, NULLIF(facts.on_behalf_of, '')::uuid, facts.outcome, COALESCE(facts.opinion, ''),
         facts.acted_at::timestamptz
  FROM (SELECT variable.task_id_ AS task_id,
               max(variable.text_) FILTER (WHERE variable.name_ = 'zwActor') AS actor,
               max(variable.text_) FILTER (WHERE variable.name_ = 'zwOnBehalfOf') AS on_behalf_of,
               max(variable.text_) FILTER (WHERE variable.name_ = 'zwOutcome') AS outcome,
               -- Flowable keeps a string longer than 4000 characters (type longString) as the bytes of a
               -- serialized java.lang.String: a 4-byte stream header, then TC_STRING (116) and a 2-byte length,
               -- or TC_LONGSTRING (124) and an 8-byte length, then the characters in (modified) UTF-8.
               max(CASE WHEN variable.name_ = 'zwOpinion' THEN COALESCE(variable.text_,
                     CASE get_byte(bytes.bytes_, 4)
                       WHEN 116 THEN convert_from(substring(bytes.bytes_ FROM 8), 'UTF8')
                       WHEN 124 THEN convert_from(substring(bytes.bytes_ FROM 14), 'UTF8')
                     END) END) AS opinion,
               max(variable.text_) FILTER (WHERE variable.name_ = 'zwAt') AS acted_at,
               max(CASE WHEN variable.name_ = 'zwSequence' THEN COALESCE(variable.long_, variable.text_::bigint)
                   END) AS sequence
        FROM act_hi_varinst variable
          LEFT JOIN act_ge_bytearray bytes
            ON bytes.id_ = variable.bytearray_id_ AND variable.name_ = 'zwOpinion'
        WHERE variable.task_id_ IS NOT NULL
          AND variable.name_ IN ('zwActor', 'zwOnBehalfOf', 'zwOutcome', 'zwOpinion', 'zwAt', 'zwSequence')
        GROUP BY variable.task_id_) facts
    JOIN act_hi_taskinst task ON task.id_ = facts.task_id
  WHERE facts.outcome IS NOT NULL
  -- The ids follow this order: within each approval, the order in which its steps were handled.
  ORDER BY task.proc_inst_id_, facts.sequence, facts.task_id
  ON CONFLICT (task_id) DO NOTHING;
END
$$;
