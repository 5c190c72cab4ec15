-- Generator for the to-do list benchmark (docs/performance.md, "To-do list"): inserts :n items spread over
-- 10 000 people, and one item in 499 for the person :heavy (499 is prime, so their items have the same mix as everyone's: :n = 1 000 000 gives them 2 004 items, about 600 open).
-- Mix: two thirds 待办, one third 待阅; 70 % closed; urgency 60 % 平件, 20 % 加急, 20 % 特急; a quarter without a
-- due moment, the rest due between 10 days ago and 50 days ahead; four origin modules.
-- Run by TodoListBenchmark (src/test/java/cn/zhengwu/todo/TodoListBenchmark.java), which fills in :n and :heavy,
-- or by hand in psql: \set n 1000000  \set heavy '''00000000-0000-0000-0000-000000000001'''
INSERT INTO todo_item (id, kind, assignee_id, title, origin_module, origin_type, origin_id, link, urgency, priority,
                       due_at, created_at, created_by, state, closed_at, closed_by, closed_by_name)
SELECT gen_random_uuid(),
       CASE WHEN i % 3 = 0 THEN 'TO_READ' ELSE 'TO_DO' END,
       CASE WHEN i % 499 = 0 THEN CAST(:heavy AS uuid) ELSE CAST(md5('perf-person-' || (i % 10000)) AS uuid) END,
       '性能测试事项 ' || i,
       (ARRAY ['matters', 'documents', 'supervision', 'proposals'])[1 + i % 4],
       'record', 'perf-' || i, '/todo',
       (ARRAY ['NORMAL', 'NORMAL', 'NORMAL', 'URGENT', 'EXTRA_URGENT'])[1 + i % 5],
       CASE i % 5 WHEN 3 THEN 1 WHEN 4 THEN 0 ELSE 2 END,
       CASE WHEN i % 4 = 0 THEN NULL ELSE now() + ((i % 60) - 10) * INTERVAL '1 day' END,
       now() - (i % 90) * INTERVAL '1 day', 'perf',
       CASE WHEN i % 10 < 7 THEN 'CLOSED' ELSE 'OPEN' END,
       CASE WHEN i % 10 < 7 THEN now() - (i % 30) * INTERVAL '1 day' END,
       CASE WHEN i % 10 < 7 THEN 'perf' END,
       CASE WHEN i % 10 < 7 THEN '性能测试' END
FROM generate_series(1, :n) AS i;
ANALYZE todo_item;
