// Loads actors.csv and relations.csv (made by `liaison export neo4j`) into Neo4j 5.
// Copy both files into the server's import folder, then run:
//   cypher-shell -u neo4j -p PASSWORD -f load.cypher

CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;

LOAD CSV WITH HEADERS FROM 'file:///actors.csv' AS row
MERGE (a:Actor {id: row.`id:ID`})
SET a.name = row.name, a.kind = row.kind, a.name_en = row.name_en, a.name_ar = row.name_ar, a.name_fr = row.name_fr,
    a.aliases = CASE WHEN row.`aliases:string[]` IS NULL THEN [] ELSE split(row.`aliases:string[]`, ';') END,
    a.country = row.country, a.parent = row.parent, a.note = row.note
FOREACH (_ IN CASE WHEN row.kind = 'agency' THEN [1] ELSE [] END | SET a:`Agency`)
FOREACH (_ IN CASE WHEN row.kind = 'country' THEN [1] ELSE [] END | SET a:`Country`)
FOREACH (_ IN CASE WHEN row.kind = 'group' THEN [1] ELSE [] END | SET a:`Group`)
FOREACH (_ IN CASE WHEN row.kind = 'organization' THEN [1] ELSE [] END | SET a:`Organization`)
FOREACH (_ IN CASE WHEN row.kind = 'person' THEN [1] ELSE [] END | SET a:`Person`)
;

LOAD CSV WITH HEADERS FROM 'file:///relations.csv' AS row
WITH row WHERE row.`:TYPE` = 'ARRESTED'
MATCH (s:Actor {id: row.`:START_ID`}), (t:Actor {id: row.`:END_ID`})
CREATE (s)-[r:`ARRESTED`]->(t)
SET r.id = row.id, r.type = row.type, r.directed = toBoolean(row.`directed:boolean`),
    r.count = toInteger(row.`count:int`), r.relations = split(row.`relations:string[]`, ';'),
    r.date = row.date, r.date_start = date(row.`date_start:date`), r.date_end = date(row.`date_end:date`),
    r.date_inferred = row.date_inferred, r.place = row.place, r.document = row.document,
    r.span_start = toInteger(row.`span_start:int`), r.span_end = toInteger(row.`span_end:int`),
    r.quote = row.quote, r.note = row.note;

LOAD CSV WITH HEADERS FROM 'file:///relations.csv' AS row
WITH row WHERE row.`:TYPE` = 'COOPERATED'
MATCH (s:Actor {id: row.`:START_ID`}), (t:Actor {id: row.`:END_ID`})
CREATE (s)-[r:`COOPERATED`]->(t)
SET r.id = row.id, r.type = row.type, r.directed = toBoolean(row.`directed:boolean`),
    r.count = toInteger(row.`count:int`), r.relations = split(row.`relations:string[]`, ';'),
    r.date = row.date, r.date_start = date(row.`date_start:date`), r.date_end = date(row.`date_end:date`),
    r.date_inferred = row.date_inferred, r.place = row.place, r.document = row.document,
    r.span_start = toInteger(row.`span_start:int`), r.span_end = toInteger(row.`span_end:int`),
    r.quote = row.quote, r.note = row.note;

LOAD CSV WITH HEADERS FROM 'file:///relations.csv' AS row
WITH row WHERE row.`:TYPE` = 'EXTRADITED'
MATCH (s:Actor {id: row.`:START_ID`}), (t:Actor {id: row.`:END_ID`})
CREATE (s)-[r:`EXTRADITED`]->(t)
SET r.id = row.id, r.type = row.type, r.directed = toBoolean(row.`directed:boolean`),
    r.count = toInteger(row.`count:int`), r.relations = split(row.`relations:string[]`, ';'),
    r.date = row.date, r.date_start = date(row.`date_start:date`), r.date_end = date(row.`date_end:date`),
    r.date_inferred = row.date_inferred, r.place = row.place, r.document = row.document,
    r.span_start = toInteger(row.`span_start:int`), r.span_end = toInteger(row.`span_end:int`),
    r.quote = row.quote, r.note = row.note;

LOAD CSV WITH HEADERS FROM 'file:///relations.csv' AS row
WITH row WHERE row.`:TYPE` = 'LEADS'
MATCH (s:Actor {id: row.`:START_ID`}), (t:Actor {id: row.`:END_ID`})
CREATE (s)-[r:`LEADS`]->(t)
SET r.id = row.id, r.type = row.type, r.directed = toBoolean(row.`directed:boolean`),
    r.count = toInteger(row.`count:int`), r.relations = split(row.`relations:string[]`, ';'),
    r.date = row.date, r.date_start = date(row.`date_start:date`), r.date_end = date(row.`date_end:date`),
    r.date_inferred = row.date_inferred, r.place = row.place, r.document = row.document,
    r.span_start = toInteger(row.`span_start:int`), r.span_end = toInteger(row.`span_end:int`),
    r.quote = row.quote, r.note = row.note;

LOAD CSV WITH HEADERS FROM 'file:///relations.csv' AS row
WITH row WHERE row.`:TYPE` = 'MEMBER_OF'
MATCH (s:Actor {id: row.`:START_ID`}), (t:Actor {id: row.`:END_ID`})
CREATE (s)-[r:`MEMBER_OF`]->(t)
SET r.id = row.id, r.type = row.type, r.directed = toBoolean(row.`directed:boolean`),
    r.count = toInteger(row.`count:int`), r.relations = split(row.`relations:string[]`, ';'),
    r.date = row.date, r.date_start = date(row.`date_start:date`), r.date_end = date(row.`date_end:date`),
    r.date_inferred = row.date_inferred, r.place = row.place, r.document = row.document,
    r.span_start = toInteger(row.`span_start:int`), r.span_end = toInteger(row.`span_end:int`),
    r.quote = row.quote, r.note = row.note;

LOAD CSV WITH HEADERS FROM 'file:///relations.csv' AS row
WITH row WHERE row.`:TYPE` = 'MET'
MATCH (s:Actor {id: row.`:START_ID`}), (t:Actor {id: row.`:END_ID`})
CREATE (s)-[r:`MET`]->(t)
SET r.id = row.id, r.type = row.type, r.directed = toBoolean(row.`directed:boolean`),
    r.count = toInteger(row.`count:int`), r.relations = split(row.`relations:string[]`, ';'),
    r.date = row.date, r.date_start = date(row.`date_start:date`), r.date_end = date(row.`date_end:date`),
    r.date_inferred = row.date_inferred, r.place = row.place, r.document = row.document,
    r.span_start = toInteger(row.`span_start:int`), r.span_end = toInteger(row.`span_end:int`),
    r.quote = row.quote, r.note = row.note;

LOAD CSV WITH HEADERS FROM 'file:///relations.csv' AS row
WITH row WHERE row.`:TYPE` = 'PART_OF'
MATCH (s:Actor {id: row.`:START_ID`}), (t:Actor {id: row.`:END_ID`})
CREATE (s)-[r:`PART_OF`]->(t)
SET r.id = row.id, r.type = row.type, r.directed = toBoolean(row.`directed:boolean`),
    r.count = toInteger(row.`count:int`), r.relations = split(row.`relations:string[]`, ';'),
    r.date = row.date, r.date_start = date(row.`date_start:date`), r.date_end = date(row.`date_end:date`),
    r.date_inferred = row.date_inferred, r.place = row.place, r.document = row.document,
    r.span_start = toInteger(row.`span_start:int`), r.span_end = toInteger(row.`span_end:int`),
    r.quote = row.quote, r.note = row.note;

LOAD CSV WITH HEADERS FROM 'file:///relations.csv' AS row
WITH row WHERE row.`:TYPE` = 'PRAISED'
MATCH (s:Actor {id: row.`:START_ID`}), (t:Actor {id: row.`:END_ID`})
CREATE (s)-[r:`PRAISED`]->(t)
SET r.id = row.id, r.type = row.type, r.directed = toBoolean(row.`directed:boolean`),
    r.count = toInteger(row.`count:int`), r.relations = split(row.`relations:string[]`, ';'),
    r.date = row.date, r.date_start = date(row.`date_start:date`), r.date_end = date(row.`date_end:date`),
    r.date_inferred = row.date_inferred, r.place = row.place, r.document = row.document,
    r.span_start = toInteger(row.`span_start:int`), r.span_end = toInteger(row.`span_end:int`),
    r.quote = row.quote, r.note = row.note;

LOAD CSV WITH HEADERS FROM 'file:///relations.csv' AS row
WITH row WHERE row.`:TYPE` = 'TIPPED_OFF'
MATCH (s:Actor {id: row.`:START_ID`}), (t:Actor {id: row.`:END_ID`})
CREATE (s)-[r:`TIPPED_OFF`]->(t)
SET r.id = row.id, r.type = row.type, r.directed = toBoolean(row.`directed:boolean`),
    r.count = toInteger(row.`count:int`), r.relations = split(row.`relations:string[]`, ';'),
    r.date = row.date, r.date_start = date(row.`date_start:date`), r.date_end = date(row.`date_end:date`),
    r.date_inferred = row.date_inferred, r.place = row.place, r.document = row.document,
    r.span_start = toInteger(row.`span_start:int`), r.span_end = toInteger(row.`span_end:int`),
    r.quote = row.quote, r.note = row.note;

LOAD CSV WITH HEADERS FROM 'file:///relations.csv' AS row
WITH row WHERE row.`:TYPE` = 'TRAINED'
MATCH (s:Actor {id: row.`:START_ID`}), (t:Actor {id: row.`:END_ID`})
CREATE (s)-[r:`TRAINED`]->(t)
SET r.id = row.id, r.type = row.type, r.directed = toBoolean(row.`directed:boolean`),
    r.count = toInteger(row.`count:int`), r.relations = split(row.`relations:string[]`, ';'),
    r.date = row.date, r.date_start = date(row.`date_start:date`), r.date_end = date(row.`date_end:date`),
    r.date_inferred = row.date_inferred, r.place = row.place, r.document = row.document,
    r.span_start = toInteger(row.`span_start:int`), r.span_end = toInteger(row.`span_end:int`),
    r.quote = row.quote, r.note = row.note;

LOAD CSV WITH HEADERS FROM 'file:///relations.csv' AS row
WITH row WHERE row.`:TYPE` = 'VISITED'
MATCH (s:Actor {id: row.`:START_ID`}), (t:Actor {id: row.`:END_ID`})
CREATE (s)-[r:`VISITED`]->(t)
SET r.id = row.id, r.type = row.type, r.directed = toBoolean(row.`directed:boolean`),
    r.count = toInteger(row.`count:int`), r.relations = split(row.`relations:string[]`, ';'),
    r.date = row.date, r.date_start = date(row.`date_start:date`), r.date_end = date(row.`date_end:date`),
    r.date_inferred = row.date_inferred, r.place = row.place, r.document = row.document,
    r.span_start = toInteger(row.`span_start:int`), r.span_end = toInteger(row.`span_end:int`),
    r.quote = row.quote, r.note = row.note;
