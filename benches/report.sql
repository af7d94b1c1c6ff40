-- The cross-event report (`prezenca report`) as plain GROUP BY queries, for the
-- comparison in BENCHMARKS.md. Run: sqlite3 -readonly DATA.sqlite < benches/report.sql
-- Tables: events(id, code, title, kind, start, project), sessions(id, event, date),
-- participants(id, org, gender, country), registrations(event, participant, role, status),
-- marks(session, participant, status); built by benches/common/mod.rs from the redb file.
.mode list
.separator |
.parameter init
.parameter set @from '2000-01-01'
.parameter set @to '2100-12-31'

CREATE TEMP TABLE ev AS
  SELECT id, code, title, kind FROM events WHERE start BETWEEN @from AND @to;

-- Registrations that count in rates (participants, not cancelled).
CREATE TEMP TABLE counted AS
  SELECT r.event, r.participant FROM registrations r JOIN ev ON ev.id = r.event
  WHERE r.role = 'participant' AND r.status <> 'cancelled';

-- Attended marks of counted registrations, with the session's date.
CREATE TEMP TABLE att AS
  SELECT s.event AS event, m.participant AS participant, s.date AS date
  FROM ev JOIN sessions s ON s.event = ev.id
  JOIN marks m ON m.session = s.id
  JOIN counted c ON c.event = s.event AND c.participant = m.participant
  WHERE m.status IN ('present', 'late', 'left_early');

SELECT 'events', count(*) FROM ev;
SELECT 'kind', kind, count(*) FROM ev GROUP BY kind ORDER BY kind;

SELECT 'person_days', count(*) FROM (SELECT DISTINCT event, participant, date FROM att);

CREATE TEMP TABLE people AS
  SELECT participant, count(DISTINCT event) AS events FROM att GROUP BY participant;
SELECT 'unique_participants', count(*) FROM people;
SELECT 'returning_participants', count(*) FROM people WHERE events > 1;
SELECT 'unique_organisations', count(DISTINCT p.org)
  FROM people JOIN participants p ON p.id = people.participant WHERE p.org IS NOT NULL;
SELECT 'gender', p.gender, count(*)
  FROM people JOIN participants p ON p.id = people.participant GROUP BY p.gender ORDER BY 2;
SELECT 'country', CASE WHEN trim(p.country) = '' THEN 'unknown' ELSE trim(p.country) END AS c, count(*)
  FROM people JOIN participants p ON p.id = people.participant GROUP BY c ORDER BY c;

-- Average rate per event: attended ÷ (sessions × counted), best first.
SELECT 'rate', code, CASE WHEN seats = 0 THEN 0.0
                          ELSE (attended * 2000 + seats) / (2 * seats) / 10.0 END AS rate
  FROM (SELECT ev.code, coalesce(na.n, 0) AS attended, coalesce(ns.n, 0) * coalesce(nc.n, 0) AS seats
        FROM ev
        LEFT JOIN (SELECT event, count(*) AS n FROM sessions GROUP BY event) ns ON ns.event = ev.id
        LEFT JOIN (SELECT event, count(*) AS n FROM counted GROUP BY event) nc ON nc.event = ev.id
        LEFT JOIN (SELECT event, count(*) AS n FROM att GROUP BY event) na ON na.event = ev.id)
  ORDER BY rate DESC, code;
