-- Generator for the document search benchmark (docs/performance.md, "Document search"): inserts :n documents of
-- the units that issue documents (those with a 发文机关代字), each with two to four recipients among all units,
-- and attachments with extracted text.
-- Every choice of a document is drawn from a hash of its number and the choice's name, so that choices are
-- independent (issuer, subject, year and recipients of one document are not correlated).
-- Mix: 15 of the document types; status 45 % ISSUED, 10 % SIGNED, 20 % IN_APPROVAL, 25 % DRAFT; marking 70 %
-- PUBLIC, 20 % INTERNAL, 7 % SECRET, 3 % CONFIDENTIAL; titles 发文机关 + 关于 + 事由 + 的 + 文种 from 48 subjects, a
-- district and a year; bodies of about 700 characters (headings and 12 of 60 sentences, with a district and a
-- road); 70 % of documents have one attachment and 20 % two, each about 500 characters; issued documents carry an
-- issued PDF of :pdf bytes (the same incompressible bytes for all, as a real PDF's fonts and images are), years
-- 2021–2026, delivered to their recipients.
-- Run by DocumentSearchBenchmark (src/test/java/cn/zhengwu/documents/DocumentSearchBenchmark.java), which fills
-- in :n and :pdf, or by hand in psql: \set n 100000  \set pdf 150000
CREATE TEMPORARY TABLE perf_words AS
SELECT ARRAY ['加强安全生产工作', '做好防汛防台工作', '推进生活垃圾分类', '优化营商环境', '开展爱国卫生运动',
              '加强古树名木保护', '做好高温防暑降温工作', '推进老旧小区改造', '加强食品安全监管', '做好春节期间值班值守',
              '推进数字政府建设', '加强河湖长制工作', '开展消防安全检查', '做好冬季供暖保障', '推进城市更新行动',
              '加强养老服务体系建设', '做好高校毕业生就业', '推进一网通办改革', '加强农村人居环境整治', '做好疫苗接种工作',
              '开展打击非法集资宣传', '推进海绵城市建设', '加强公共文化服务', '做好地质灾害防治', '推进口袋公园建设',
              '加强道路交通安全管理', '做好中小学开学准备', '推进长三角一体化发展', '加强政务公开工作', '做好粮食安全保障',
              '开展安全隐患排查整治', '推进科技创新中心建设', '加强基层社会治理', '做好节能减排工作', '推进无障碍环境建设',
              '加强建筑工地扬尘治理', '做好重大活动服务保障', '推进智慧交通建设', '加强住房保障工作', '做好援外医疗工作',
              '开展质量月活动', '推进滨江绿道管护', '加强地下管廊运维', '做好信访维稳工作', '推进电动自行车治理',
              '加强档案管理工作', '做好统计调查工作', '推进公共法律服务'] AS subjects,
       ARRAY ['RESOLUTION', 'DECISION', 'ANNOUNCEMENT', 'PUBLIC_NOTICE', 'OPINION', 'NOTICE', 'NOTICE', 'NOTICE',
              'NOTICE', 'CIRCULAR', 'REPORT', 'REQUEST', 'REPLY', 'LETTER', 'MINUTES'] AS types,
       ARRAY ['决议', '决定', '公告', '通告', '意见', '通知', '通知', '通知', '通知', '通报', '报告', '请示', '批复', '函',
              '纪要'] AS type_names,
       ARRAY ['黄浦区', '徐汇区', '长宁区', '静安区', '普陀区', '虹口区', '杨浦区', '闵行区', '宝山区', '嘉定区', '浦东新区',
              '金山区', '松江区', '青浦区', '奉贤区', '崇明区'] AS districts,
       ARRAY ['南京路', '淮海路', '延安路', '世纪大道', '中山北路', '四平路', '沪闵路', '曹安公路', '漕溪北路', '共和新路',
              '张杨路', '龙华中路'] AS roads,
       ARRAY ['各单位要提高政治站位，切实增强责任感和紧迫感，把各项工作抓实抓细。',
              '要坚持问题导向和目标导向，聚焦群众急难愁盼问题，推动工作落地见效。',
              '各区政府要落实属地管理责任，主要负责同志亲自部署、亲自过问。',
              '市有关部门要加强统筹协调和指导服务，形成工作合力。',
              '要建立健全工作台账，明确责任分工和完成时限，实行销号管理。',
              '严格落实二十四小时值班和领导带班制度，确保信息报送及时准确。',
              '加强隐患排查治理，对发现的问题立行立改，确保不留死角。',
              '充分运用大数据、物联网等技术手段，提升城市精细化管理水平。',
              '做好政策解读和舆论引导，及时回应社会关切。',
              '加大财政资金保障力度，统筹用好各类专项资金。',
              '对工作不力、推诿扯皮的单位和个人，依规依纪严肃追责问责。',
              '加强业务培训，提高基层工作人员的专业能力和服务水平。',
              '畅通群众诉求渠道，认真办理市民热线工单，提高办结率和满意度。',
              '各街道、乡镇要发挥网格化管理作用，做到早发现、早报告、早处置。',
              '落实垃圾分类投放、分类收集、分类运输、分类处理全程管理。',
              '做好雨水花园养护，提升绿地和公园的雨水调蓄能力。',
              '加强对养老机构的安全检查，重点检查消防设施和食品安全。',
              '推进政务服务事项标准化，实现更多事项全程网办、一网通办。',
              '对老旧小区加装电梯给予补贴，方便老年人出行。',
              '加强危险化学品企业安全监管，严防重特大事故发生。',
              '做好防汛物资储备和抢险队伍建设，确保汛期安全度汛。',
              '落实高温天气户外作业时间调整，保障劳动者身体健康。',
              '推进河道综合整治，巩固黑臭水体治理成效。',
              '加强校园周边交通秩序管理，保障师生出行安全。',
              '严格执行中央八项规定精神，厉行勤俭节约，反对铺张浪费。',
              '加强重点人群疫苗接种组织工作，做好不良反应监测。',
              '完善应急预案，定期组织应急演练，提高突发事件处置能力。',
              '推进公共数据开放共享，依法保护个人信息和商业秘密。',
              '加强对中小微企业的帮扶，落实减税降费和租金减免政策。',
              '做好节假日期间市场供应和价格监测，保障主要商品供应充足。',
              '统筹推进城市更新和历史风貌保护，守住城市文脉。',
              '加强地下管廊和燃气管网巡查，及时消除安全隐患。',
              '优化公交线路和站点设置，提高公共交通分担率。',
              '加强建筑工地扬尘和噪声管控，减少对周边居民的影响。',
              '推进智慧社区建设，提升社区治理和服务水平。',
              '做好高校毕业生和就业困难人员就业帮扶工作。',
              '严格落实消防安全责任制，开展高层建筑消防安全专项整治。',
              '加强农产品质量安全监管，推进绿色农业发展。',
              '完善住房保障体系，加快保障性租赁住房建设筹措。',
              '加强档案收集整理和数字化工作，确保档案完整安全。',
              '做好重大活动期间的城市运行保障和安全稳定工作。',
              '推进长三角生态绿色一体化发展示范区建设。',
              '加强科技创新平台建设，促进科技成果转移转化。',
              '完善公共法律服务体系，为群众提供便捷的法律服务。',
              '做好统计调查工作，确保数据真实准确完整。',
              '推进电动自行车集中充电设施建设，消除飞线充电隐患。',
              '加强公共文化设施建设，丰富市民精神文化生活。',
              '落实河湖长制，开展河湖清四乱专项行动。',
              '做好冬季供暖和燃气保供工作，确保群众温暖过冬。',
              '推进无障碍环境建设，方便残疾人和老年人出行。',
              '加强食品生产经营企业监督检查，严厉打击违法违规行为。',
              '做好地质灾害隐患点巡查监测和群测群防工作。',
              '推进口袋公园和街心花园建设，增加市民休闲空间。',
              '加强道路交通安全宣传教育，提高市民文明交通意识。',
              '做好信访事项办理，依法及时就地解决群众合理诉求。',
              '开展打击非法集资宣传月活动，提高群众防范意识。',
              '推进节能降碳改造，提高能源利用效率。',
              '加强政务公开平台建设，提高政府信息公开质量。',
              '做好粮食收储和应急保障，确保粮食安全。',
              '本通知自印发之日起施行，执行中的问题请及时报告。'] AS sentences;

-- Units that issue documents (a 发文机关代字), and every unit as a possible recipient.
CREATE TEMPORARY TABLE perf_units AS
SELECT (SELECT array_agg(id ORDER BY code) FROM organization_unit WHERE issuing_code_word IS NOT NULL) AS issuers,
       (SELECT array_agg(full_name ORDER BY code) FROM organization_unit WHERE issuing_code_word IS NOT NULL) AS issuer_names,
       (SELECT array_agg(issuing_code_word ORDER BY code) FROM organization_unit WHERE issuing_code_word IS NOT NULL) AS code_words,
       (SELECT array_agg(id ORDER BY code) FROM organization_unit) AS units,
       (SELECT array_agg(full_name ORDER BY code) FROM organization_unit) AS unit_names;

CREATE TEMPORARY TABLE perf_document AS
SELECT i,
       CAST(md5('perf-document-' || i) AS uuid) AS id,
       1 + abs(hashtext('issuer-' || i)) % cardinality(u.issuers) AS issuer,
       1 + abs(hashtext('subject-' || i)) % cardinality(w.subjects) AS subject,
       1 + abs(hashtext('type-' || i)) % cardinality(w.types) AS type,
       CASE WHEN i % 20 < 9 THEN 'ISSUED' WHEN i % 20 < 11 THEN 'SIGNED' WHEN i % 20 < 15 THEN 'IN_APPROVAL'
            ELSE 'DRAFT' END AS status,
       CASE WHEN i % 100 < 70 THEN 'PUBLIC' WHEN i % 100 < 90 THEN 'INTERNAL' WHEN i % 100 < 97 THEN 'SECRET'
            ELSE 'CONFIDENTIAL' END AS classification,
       2021 + abs(hashtext('year-' || i)) % 6 AS year,
       TIMESTAMP WITH TIME ZONE '2021-01-04 09:00+08' + (i % 2190) * INTERVAL '1 day' + (i % 480) * INTERVAL '1 minute'
         AS updated_at
FROM generate_series(1, :n) AS i, perf_units u, perf_words w;

INSERT INTO documents_document (id, type, direction, issuer_unit_id, issuer_name, issuer_mark, code_word,
                                drafting_unit_id, drafted_by, drafter_name, title, classification, secrecy_term,
                                urgency, printing_organ, copies, body_html, body_version, status, approval_id,
                                issuing_number, signer_name, signed_at, written_on, issued_at, issued_pdf,
                                created_at, updated_at)
SELECT d.id, w.types[d.type], 'DOWNWARD', u.issuers[d.issuer], u.issuer_names[d.issuer], u.issuer_names[d.issuer] || '文件',
       u.code_words[d.issuer], u.issuers[d.issuer], CAST(md5('perf-drafter-' || d.i % 500) AS uuid), '拟稿人' || d.i % 500,
       u.issuer_names[d.issuer] || '关于' || CASE WHEN d.i % 3 = 0 THEN '进一步' ELSE '' END
         || CASE WHEN d.i % 4 = 0 THEN w.districts[1 + abs(hashtext('district-' || d.i)) % 16] ELSE '' END || w.subjects[d.subject]
         || '的' || w.type_names[d.type],
       d.classification, CASE WHEN d.classification IN ('SECRET', 'CONFIDENTIAL') THEN '5年' END,
       (ARRAY ['NORMAL', 'NORMAL', 'NORMAL', 'URGENT', 'EXTRA_URGENT'])[1 + d.i % 5], u.issuer_names[d.issuer], 30,
       '<p>为' || w.subjects[d.subject] || '，现就有关事项' || w.type_names[d.type] || '如下：</p><h2>一、总体要求</h2><p>'
         || w.sentences[1 + abs(hashtext('s1-' || d.i)) % 60] || w.sentences[1 + abs(hashtext('s7-' || d.i)) % 60] || w.sentences[1 + abs(hashtext('s11-' || d.i)) % 60]
         || w.sentences[1 + abs(hashtext('s17-' || d.i)) % 60] || '</p><h2>二、主要任务</h2><p>' || w.districts[1 + d.i % 16]
         || w.roads[1 + d.i % 12] || '沿线' || w.sentences[1 + abs(hashtext('s19-' || d.i)) % 60] || w.sentences[1 + abs(hashtext('s23-' || d.i)) % 60]
         || w.sentences[1 + abs(hashtext('s29-' || d.i)) % 60] || w.sentences[1 + abs(hashtext('s37-' || d.i)) % 60] || '</p><h2>三、保障措施</h2><p>'
         || w.sentences[1 + abs(hashtext('s41-' || d.i)) % 60] || w.sentences[1 + abs(hashtext('s43-' || d.i)) % 60] || w.sentences[1 + abs(hashtext('s47-' || d.i)) % 60]
         || w.sentences[1 + abs(hashtext('s53-' || d.i)) % 60] || w.sentences[60] || '</p>',
       1, d.status, CASE WHEN d.status <> 'DRAFT' THEN 'perf-approval-' || d.i END,
       CASE WHEN d.status IN ('SIGNED', 'ISSUED') THEN u.code_words[d.issuer] || '〔' || d.year || '〕' || (d.i % 400 + 1) || '号' END,
       CASE WHEN d.status IN ('SIGNED', 'ISSUED') THEN '签发人' || d.i % 20 END,
       CASE WHEN d.status IN ('SIGNED', 'ISSUED') THEN d.updated_at END,
       CASE WHEN d.status IN ('SIGNED', 'ISSUED') THEN make_date(d.year, 1 + d.i % 12, 1 + d.i % 28) END,
       CASE WHEN d.status = 'ISSUED' THEN d.updated_at END,
       NULL, d.updated_at - INTERVAL '3 days', d.updated_at
FROM perf_document d, perf_units u, perf_words w;

-- The issued PDFs: one incompressible blob, so that PostgreSQL stores (TOASTs) every copy at full size.
UPDATE documents_document SET issued_pdf = (SELECT decode(string_agg(md5('perf-pdf-' || k), ''), 'hex')
                                             FROM generate_series(1, :pdf / 16) AS k)
WHERE status = 'ISSUED' AND id IN (SELECT id FROM perf_document);

INSERT INTO documents_recipient (document_id, position, role, unit_id, name, delivered_at)
SELECT d.id, r, CASE WHEN r = 0 THEN 'MAIN' ELSE 'COPY' END,
       u.units[1 + abs(hashtext('unit-' || d.i || '-' || r)) % cardinality(u.units)],
       u.unit_names[1 + abs(hashtext('unit-' || d.i || '-' || r)) % cardinality(u.units)],
       CASE WHEN d.status = 'ISSUED' THEN d.updated_at END
FROM perf_document d, perf_units u, generate_series(0, 1 + d.i % 3) AS r;

INSERT INTO documents_attachment (id, document_id, position, name, file_name, kind, media_type, size, sha256, text,
                                  uploaded_by, uploaded_by_name, uploaded_at)
SELECT CAST(md5('perf-attachment-' || d.i || '-' || p) AS uuid), d.id, p,
       w.subjects[d.subject] || CASE p WHEN 1 THEN '工作方案' ELSE '责任分工表' END,
       '附件' || p || '.docx', 'DOCX',
       'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 20000 + d.i % 5000,
       md5('perf-' || d.i || '-' || p) || md5('perf-' || d.i || '-' || p),
       w.subjects[d.subject] || (CASE p WHEN 1 THEN '工作方案' ELSE '责任分工表' END) || E'\n'
         || w.districts[1 + abs(hashtext('district-' || d.i || '-' || p)) % 16] || w.roads[1 + abs(hashtext('road-' || d.i || '-' || p)) % 12] || E'\n'
         || w.sentences[1 + abs(hashtext('a3-' || d.i || '-' || p)) % 60] || w.sentences[1 + abs(hashtext('a5-' || d.i || '-' || p)) % 60] || w.sentences[1 + abs(hashtext('a9-' || d.i || '-' || p)) % 60]
         || w.sentences[1 + abs(hashtext('a15-' || d.i || '-' || p)) % 60] || w.sentences[1 + abs(hashtext('a21-' || d.i || '-' || p)) % 60]
         || w.sentences[1 + abs(hashtext('a27-' || d.i || '-' || p)) % 60] || w.sentences[1 + abs(hashtext('a33-' || d.i || '-' || p)) % 60]
         || w.sentences[1 + abs(hashtext('a39-' || d.i || '-' || p)) % 60] || w.sentences[1 + abs(hashtext('a45-' || d.i || '-' || p)) % 60]
         || w.sentences[1 + abs(hashtext('a51-' || d.i || '-' || p)) % 60] || w.sentences[1 + abs(hashtext('a57-' || d.i || '-' || p)) % 60],
       'perf', '性能测试', d.updated_at
FROM perf_document d, perf_words w, generate_series(1, CASE WHEN d.i % 10 < 7 THEN 1 WHEN d.i % 10 < 9 THEN 2 ELSE 0 END) AS p;

DROP TABLE perf_document;
DROP TABLE perf_units;
DROP TABLE perf_words;
ANALYZE documents_document;
ANALYZE documents_recipient;
ANALYZE documents_attachment;
