"""The JSON API over loopback against a real server and a real database file.
Usage: api_test.py ELIGO SOURCE_DIR"""
import csv
import http.client
import io
import json
import os
import sqlite3
import subprocess
import sys
import threading
import signal
import unittest
import urllib.parse

from workspace import Workspace

ROLE = "rehousing/rehousing-officer"
ROLE_Q = urllib.parse.quote(ROLE, safe="")
PERSON = "E-1042"
VACANCY = {"title": "Rehousing Officer", "role": ROLE, "level": "A", "closing_date": "2026-11-30"}


def profile(pid, **extra):
    return dict({"id": pid, "name": "Test Person", "current_role": {"role": ROLE, "level": "A"}}, **extra)


class Api(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.ws = Workspace(sys.argv[1], sys.argv[2])
        cls.ws.start()
        # A person outside the demo manager's team.
        status, _, _ = cls.ws.request("POST", "/api/v1/people", profile("E-9001"), role="hr")
        assert status == 201, status

    @classmethod
    def tearDownClass(cls):
        cls.ws.close()

    def judgement(self, role="hr"):
        """The first unmet judgement criterion of PERSON at level A, with its competency id."""
        status, doc, _ = self.ws.request("GET", f"/api/v1/people/{PERSON}/evaluation?role={ROLE_Q}&as_of=2026-01-01",
                                         role=role)
        self.assertEqual(status, 200, doc)
        for level in doc["profiles"][0]["roles"][0]["levels"]:
            for c in level["criteria"]:
                if c["kind"] == "judgement" and "competency" in c and c["result"] != "met":
                    return c
        self.fail("no judgement criterion to assess")

    def count_assessments(self):
        return len(self.ws.request("GET", f"/api/v1/people/{PERSON}/assessments", role="admin")[1]["assessments"])

    def test_unauthenticated_is_401(self):
        status, doc, response = self.ws.request("GET", "/api/v1/people")
        self.assertEqual(status, 401)
        self.assertEqual(response.getheader("Content-Type"), "application/problem+json")
        self.assertEqual(doc["field"], "Authorization")
        status, _, _ = self.ws.request("GET", "/api/v1/people", headers={"Authorization": "Bearer 00"})
        self.assertEqual(status, 401)

    def sign_in_attempt(self, user, password, token=None):
        """POSTs the sign-in form as a browser would: the token from the form's cookie, or TOKEN."""
        conn = http.client.HTTPConnection("127.0.0.1", self.ws.port, timeout=20)
        conn.request("GET", "/login")
        response = conn.getresponse()
        response.read()
        cookie = response.getheader("Set-Cookie").split(";")[0]
        form = urllib.parse.urlencode({"user": user, "password": password,
                                       "csrf": token if token is not None else cookie.split("=", 1)[1]})
        conn.request("POST", "/login", body=form, headers={"Cookie": cookie,
                                                           "Content-Type": "application/x-www-form-urlencoded"})
        response = conn.getresponse()
        text = response.read().decode()
        conn.close()
        return response.status, text

    def test_sign_in_form_needs_its_token_and_is_throttled(self):
        status, text = self.sign_in_attempt("author", "wrong", token="forged")
        self.assertEqual(status, 403)
        self.assertIn("csrf: the form is out of date", text)
        for _ in range(5):
            status, text = self.sign_in_attempt("author", "wrong")
            self.assertEqual(status, 401)
            self.assertIn("the user name or password is not right", text)
        status, text = self.sign_in_attempt("author", "wrong")
        self.assertEqual(status, 429)
        self.assertIn("too many failed attempts; wait 15 minutes", text)
        self.assertNotIn("Set-Cookie: eligo_session", text)

    def test_security_headers(self):
        _, _, response = self.ws.request("GET", "/api/v1/roles", role="author")
        self.assertIn("frame-ancestors 'none'", response.getheader("Content-Security-Policy"))
        self.assertEqual(response.getheader("X-Content-Type-Options"), "nosniff")
        self.assertEqual(response.getheader("Referrer-Policy"), "no-referrer")
        self.assertTrue(response.getheader("X-Request-Id"))

    def test_permissions_cell_by_cell(self):
        assess = {"competency": self.judgement()["competency"], "status": "not_met", "date": "2025-06-01", "note": "x"}
        decide = {"role": ROLE, "level": "A", "as_of": "2025-06-01", "decision": "stays at A"}
        # A competency one role defines in its own script, not in the shared catalogue.
        local = {"competency": "neighbourhood-improvement-initiatives", "status": "met", "date": "2025-06-01", "note": "x"}
        role_document = "/api/v1/roles/" + urllib.parse.quote("tenant-services/tenancy-management-officer", safe="") + "/document"
        # (method, path, body): expected status per role, in the order of ROLES.
        table = [
            ("POST", "/api/v1/evaluate?as_of=2026-01-01", profile("X-1"), [200, 200, 200, 200, 200, 200]),
            ("GET", "/api/v1/roles", None, [200, 200, 200, 200, 200, 200]),
            ("GET", role_document, None, [200, 200, 200, 200, 200, 200]),
            ("GET", role_document + "?format=html", None, [200, 200, 200, 200, 200, 200]),
            ("GET", "/api/v1/roles/no-such-role/document", None, [404, 404, 404, 404, 404, 404]),
            ("GET", "/api/v1/readings", None, [200, 200, 200, 200, 200, 200]),
            ("GET", "/api/v1/check", None, [200, 200, 200, 200, 200, 200]),
            ("GET", "/api/v1/people", None, [200, 200, 200, 200, 403, 403]),
            ("GET", f"/api/v1/people/{PERSON}", None, [200, 200, 200, 200, 403, 403]),
            ("GET", "/api/v1/people/E-9001", None, [200, 200, 404, 404, 403, 403]),
            ("GET", f"/api/v1/people/{PERSON}/versions", None, [200, 200, 200, 200, 403, 403]),
            ("GET", f"/api/v1/people/{PERSON}/evaluation?as_of=2026-01-01", None, [200, 200, 200, 200, 403, 403]),
            ("GET", "/api/v1/people/E-9001/evaluation", None, [200, 200, 404, 404, 403, 403]),
            ("GET", f"/api/v1/people/{PERSON}/progression?as_of=2026-01-01", None, [200, 200, 200, 200, 403, 403]),
            ("GET", "/api/v1/people/E-9001/progression", None, [200, 200, 404, 404, 403, 403]),
            ("PUT", "/api/v1/people/E-9001", profile("E-9001"), [200, 200, 403, 403, 403, 403]),
            ("POST", "/api/v1/people", "new", [201, 201, 403, 403, 403, 403]),
            ("GET", f"/api/v1/people/{PERSON}/export", None, [200, 200, 403, 403, 403, 403]),
            ("GET", "/api/v1/people/E-0000/export", None, [404, 404, 403, 403, 403, 403]),
            ("GET", f"/api/v1/people/{PERSON}/assessments", None, [200, 200, 200, 200, 403, 403]),
            ("POST", f"/api/v1/people/{PERSON}/assessments", assess, [201, 403, 201, 201, 403, 403]),
            ("POST", f"/api/v1/people/{PERSON}/assessments", local, [201, 403, 201, 201, 403, 403]),
            ("POST", "/api/v1/people/E-9001/assessments", assess, [201, 403, 404, 404, 403, 403]),
            ("POST", f"/api/v1/people/{PERSON}/decisions", decide, [201, 201, 403, 403, 403, 403]),
            ("GET", "/api/v1/audit", None, [200, 403, 403, 403, 403, 403]),
            ("POST", "/api/v1/vacancies", VACANCY, [201, 403, 403, 403, 201, 403]),
            ("GET", "/api/v1/vacancies", None, [200, 403, 403, 403, 200, 403]),
            ("GET", "/api/v1/vacancies/1", None, [200, 403, 403, 403, 200, 403]),
            ("POST", "/api/v1/vacancies/1/applicants", "applicant", [201, 403, 403, 403, 201, 403]),
            ("POST", "/api/v1/vacancies/1/screen?as_of=2026-12-01", None, [201, 403, 403, 403, 201, 403]),
            ("GET", "/api/v1/vacancies/1/results", None, [200, 403, 403, 403, 200, 403]),
            ("GET", "/api/v1/vacancies/1/applicants/A-admin/export", None, [200, 403, 403, 403, 200, 403]),
            ("GET", "/api/v1/vacancies/1/applicants/A-none/export", None, [404, 403, 403, 403, 404, 403]),
            ("GET", "/api/v1/vacancies/999/applicants/A-admin/export", None, [404, 403, 403, 403, 404, 403]),
        ]
        roles = ["admin", "hr", "manager", "assessor", "recruiter", "author"]
        for method, path, body, expected in table:
            for role, want in zip(roles, expected):
                sent = profile(f"N-{role}") if body == "new" else body
                if body == "applicant":
                    sent = None
                    body_raw = json.dumps(profile(f"A-{role}")) + "\n"
                else:
                    body_raw = None
                with self.subTest(role=role, method=method, path=path):
                    status, doc, _ = self.ws.request(method, path, sent, role=role, raw=body_raw)
                    self.assertEqual(status, want, doc)
                    if status in (403, 404):
                        self.assertNotIn("profile", doc)

    def test_assessment_changes_the_verdict(self):
        criterion = self.judgement(role="manager")
        body = {"competency": criterion["competency"], "status": "met", "date": "2025-06-01", "note": "observed"}
        status, doc, _ = self.ws.request("POST", f"/api/v1/people/{PERSON}/assessments", body, role="manager")
        self.assertEqual(status, 201, doc)
        status, doc, _ = self.ws.request("GET", f"/api/v1/people/{PERSON}/evaluation?role={ROLE_Q}&as_of=2026-01-01",
                                         role="manager")
        found = [c for level in doc["profiles"][0]["roles"][0]["levels"] for c in level["criteria"]
                 if c["id"] == criterion["id"]]
        self.assertEqual(found[0]["result"], "met")
        listed = self.ws.request("GET", f"/api/v1/people/{PERSON}/assessments", role="manager")[1]["assessments"]
        self.assertEqual(listed[0]["by"], "manager")
        self.assertEqual(listed[0]["source"], "manager")

    def test_progression_applies_assessments(self):
        path = f"/api/v1/people/{PERSON}/progression?as_of=2026-01-01"
        status, before, _ = self.ws.request("GET", path, role="hr")
        self.assertEqual(status, 200, before)
        criterion = self.judgement(role="manager")
        body = {"competency": criterion["competency"], "status": "met", "date": "2025-06-01", "note": "seen"}
        self.assertEqual(self.ws.request("POST", f"/api/v1/people/{PERSON}/assessments", body, role="manager")[0], 201)
        status, after, _ = self.ws.request("GET", path, role="hr")
        self.assertEqual(status, 200)
        self.assertNotEqual(json.dumps(before), json.dumps(after))
        self.assertNotIn("Sam Example", json.dumps(after))
        status, doc, _ = self.ws.request("GET", path + "&role=rehousing/nope", role="hr")
        self.assertEqual((status, doc["field"]), (422, "role"))

    def test_export_then_erase_keeps_the_decision_not_the_person(self):
        pid = "E-6001"
        self.assertEqual(self.ws.request("POST", "/api/v1/people", profile(pid, name="Erin Erased"), role="hr")[0], 201)
        decide = {"role": ROLE, "level": "A", "as_of": "2025-06-01", "decision": "stays at A"}
        # A competency one role defines in its own script, not in the shared catalogue.
        local = {"competency": "neighbourhood-improvement-initiatives", "status": "met", "date": "2025-06-01", "note": "x"}
        role_document = "/api/v1/roles/" + urllib.parse.quote("tenant-services/tenancy-management-officer", safe="") + "/document"
        status, receipt, _ = self.ws.request("POST", f"/api/v1/people/{pid}/decisions", decide, role="hr")
        self.assertEqual(status, 201)
        status, doc, _ = self.ws.request("GET", f"/api/v1/people/{pid}/export", role="hr")
        self.assertEqual(status, 200, doc)
        self.assertEqual(doc["versions"][0]["profile"]["name"], "Erin Erased")
        self.assertEqual([d["receipt"] for d in doc["decisions"]], [receipt["receipt"]])
        self.assertIn("decision.create", [e["action"] for e in doc["audit"]])
        self.ws.admin("erase", "--db", self.ws.db, "--person", pid)
        for path in (f"/api/v1/people/{pid}", f"/api/v1/people/{pid}/export", f"/api/v1/people/{pid}/evaluation"):
            status, doc, _ = self.ws.request("GET", path, role="hr")
            self.assertEqual((status, doc["field"]), (410, "id"), path)
            self.assertTrue(doc["detail"].startswith(f"id: the personal data of `{pid}` was erased on "))
        status, kept, _ = self.ws.request("GET", f"/api/v1/receipts/{receipt['receipt']}", role="hr")
        self.assertEqual((status, kept["verdicts"], kept["profile_sha256"], kept["decision"]),
                         (200, receipt["verdicts"], receipt["profile_sha256"], "stays at A"))
        status, check, _ = self.ws.request("POST", f"/api/v1/receipts/{receipt['receipt']}/verify", role="hr")
        self.assertEqual(check["differs"][0], {"field": "profile", "recorded": receipt["profile_sha256"], "now": "erased"})
        self.assertEqual(self.ws.request("PUT", f"/api/v1/people/{pid}", profile(pid), role="hr")[0], 410)
        with sqlite3.connect(self.ws.db) as db:
            self.assertEqual(db.execute("SELECT count(*) FROM profile_versions WHERE person = ? AND json <> ''",
                                        (pid,)).fetchone()[0], 0)
            self.assertNotIn("Erin Erased", json.dumps(db.execute("SELECT * FROM receipts").fetchall()))
        audit = self.ws.request("GET", "/api/v1/audit", role="admin")[1]["entries"]
        self.assertIn({"user": "admin", "action": "person.erase", "record": pid},
                      [{k: e[k] for k in ("user", "action", "record")} for e in audit])
        self.assertNotIn("Erin Erased", json.dumps(audit))
        error = subprocess.run([self.ws.eligo, "--rules", self.ws.rules, "admin", "erase", "--db", self.ws.db,
                                "--person", "E-0000"], capture_output=True, text=True)
        self.assertEqual((error.returncode, error.stderr), (1, "--person: no person `E-0000`\n"))

    def test_source_and_by_are_not_the_body_s(self):
        body = {"competency": self.judgement()["competency"], "status": "met", "date": "2025-06-01", "by": "someone"}
        status, doc, _ = self.ws.request("POST", f"/api/v1/people/{PERSON}/assessments", body, role="manager")
        self.assertEqual((status, doc["field"], doc["detail"]), (422, "by", "by: unknown field"))

    def test_bad_input_names_the_field_and_stores_nothing(self):
        competency = self.judgement()["competency"]
        good = {"competency": competency, "status": "met", "date": "2025-06-01", "note": "n"}
        cases = [
            ("{not json", "body", "body: not valid JSON"),
            (json.dumps(dict(good, colour="red")), "colour", "colour: unknown field"),
            (json.dumps(dict(good, competency="no-such-thing")), "competency",
             "competency: the rules define no `no-such-thing`"),
            (json.dumps(dict(good, date="2999-01-01")), "date", "date: `2999-01-01` is in the future"),
            (json.dumps(dict(good, status="done")), "status", "status: `done` is not `met` or `not_met`"),
            ("[" * 10000 + "]" * 10000, "body", "body: nested deeper than 32 levels"),
            (json.dumps(dict(good, note="x" * 2_000_000)), "body", "body: larger than the limit"),
        ]
        before = self.count_assessments()
        for raw, field, detail in cases:
            with self.subTest(field=field, detail=detail):
                status, doc, response = self.ws.request("POST", f"/api/v1/people/{PERSON}/assessments",
                                                        role="manager", raw=raw)
                self.assertIn(status, (400, 413, 422))
                self.assertEqual(response.getheader("Content-Type"), "application/problem+json")
                self.assertEqual(doc["field"], field)
                self.assertTrue(doc["detail"].startswith(detail), doc["detail"])
        self.assertEqual(self.count_assessments(), before)

    def test_people_versions(self):
        status, doc, _ = self.ws.request("POST", "/api/v1/people", profile("E-7001"), role="hr")
        self.assertEqual((status, doc["version"]), (201, 1))
        status, doc, _ = self.ws.request("PUT", "/api/v1/people/E-7001", profile("E-7001", name="Renamed"), role="hr")
        self.assertEqual((status, doc["version"]), (200, 2))
        versions = self.ws.request("GET", "/api/v1/people/E-7001/versions", role="hr")[1]["versions"]
        self.assertEqual([v["version"] for v in versions], [2, 1])
        self.assertNotEqual(versions[0]["sha256"], versions[1]["sha256"])
        status, doc, _ = self.ws.request("POST", "/api/v1/people", profile("E-7001"), role="hr")
        self.assertEqual((status, doc["field"]), (409, "id"))
        status, doc, _ = self.ws.request("PUT", "/api/v1/people/E-7001", profile("E-7002"), role="hr")
        self.assertEqual((status, doc["field"]), (422, "id"))
        status, doc, _ = self.ws.request("POST", "/api/v1/people", dict(profile("E-7003"), manager="nobody"), role="hr")
        self.assertEqual((status, doc["detail"]), (422, "manager: no manager `nobody`"))

    def test_decision_receipt_and_verify(self):
        body = {"role": ROLE, "level": "A", "as_of": "2025-06-01", "decision": "confirmed at A"}
        status, doc, _ = self.ws.request("POST", f"/api/v1/people/{PERSON}/decisions", body, role="hr")
        self.assertEqual(status, 201, doc)
        receipt = doc["receipt"]
        self.assertEqual(set(doc["verdicts"]), {"A", "B", "C"})
        status, doc, _ = self.ws.request("GET", f"/api/v1/receipts/{receipt}", role="hr")
        self.assertEqual((status, doc["decision"]), (200, "confirmed at A"))
        status, doc, _ = self.ws.request("POST", f"/api/v1/receipts/{receipt}/verify", role="hr")
        self.assertEqual((status, doc["same"], doc["differs"]), (200, True, []))
        status, _, _ = self.ws.request("GET", f"/api/v1/receipts/{receipt}", role="manager")
        self.assertEqual(status, 403)
        status, doc, _ = self.ws.request("POST", f"/api/v1/people/{PERSON}/decisions", dict(body, level="Z"), role="hr")
        self.assertEqual((status, doc["detail"]), (422, f"level: `{ROLE}` has no level `Z`"))

    def test_audit_names_records_not_people(self):
        self.ws.request("GET", f"/api/v1/people/{PERSON}", role="hr")
        status, doc, _ = self.ws.request("GET", "/api/v1/audit", role="admin")
        self.assertEqual(status, 200)
        self.assertIn({"user": "hr", "action": "person.read", "record": PERSON},
                      [{k: e[k] for k in ("user", "action", "record")} for e in doc["entries"]])
        self.assertNotIn("Sam Example", json.dumps(doc))
        with open(self.ws.log.name, encoding="utf-8", errors="replace") as log:
            self.assertNotIn("Sam Example", log.read())

    def test_stateless_evaluate_and_competency_field(self):
        status, doc, _ = self.ws.request("POST", f"/api/v1/evaluate?as_of=2026-01-01&role={ROLE_Q}",
                                         [profile("X-1"), profile("X-2")], role="recruiter")
        self.assertEqual(status, 200, doc)
        self.assertEqual([p["id"] for p in doc["profiles"]], ["X-1", "X-2"])
        criteria = [c for level in doc["profiles"][0]["roles"][0]["levels"] for c in level["criteria"]]
        self.assertTrue(all("competency" in c for c in criteria if c["type"] == "competency"))
        status, doc, _ = self.ws.request("POST", "/api/v1/evaluate?role=rehousing/nope", profile("X-1"), role="hr")
        self.assertEqual((status, doc["field"]), (422, "role"))

    def test_sighup_reloads_the_rules_and_keeps_serving(self):
        self.ws.process.send_signal(signal.SIGHUP)
        for _ in range(100):
            with open(self.ws.log.name, encoding="utf-8") as log:
                if "rules reloaded: " in log.read():
                    break
            threading.Event().wait(0.1)
        else:
            self.fail("no reload logged")
        self.assertEqual(self.ws.request("GET", "/api/v1/roles", role="author")[0], 200)

    def test_connections_waiting_to_be_accepted_are_not_dropped(self):
        # httplib listens with a queue of 5; more clients connecting at once overflowed it, and
        # the kernel dropped their connections (a second's wait) or answered with SYN cookies
        # (a request lost). The service listens again with the system's longest queue. `ss`
        # gives a listening socket's queue length as its Send-Q.
        out = subprocess.run(["ss", "-H", "-l", "-t", "-n", f"sport = :{self.ws.port}"],
                             capture_output=True, text=True, check=True).stdout.split()
        self.assertEqual(out[0], "LISTEN", out)
        with open("/proc/sys/net/core/somaxconn") as f:
            longest = int(f.read())
        self.assertGreaterEqual(int(out[2]), min(longest, 128), out)

    def test_a_kept_alive_connection_serves_many_requests(self):
        # httplib closes a kept-alive connection after 5 requests unless told otherwise; the
        # service keeps it for 1,000, so a browser does not reconnect every fifth request.
        conn = http.client.HTTPConnection("127.0.0.1", self.ws.port, timeout=20)
        try:
            for n in range(12):
                conn.request("GET", "/healthz")
                res = conn.getresponse()
                res.read()
                self.assertEqual(res.status, 200)
                self.assertNotEqual(res.getheader("Connection", "").lower(), "close", f"request {n + 1}")
        finally:
            conn.close()

    def test_metrics_and_health(self):
        status, doc, _ = self.ws.request("GET", "/healthz")
        self.assertEqual((status, doc), (200, {"status": "ok"}))
        status, text, _ = self.ws.request("GET", "/metrics")
        self.assertIn("eligo_requests_total ", text)
        self.assertIn("eligo_request_seconds_bucket", text)


class Recruitment(unittest.TestCase):
    """Vacancies, applicants as JSON Lines and as CSV through a saved mapping, and screens."""

    @classmethod
    def setUpClass(cls):
        cls.ws = Workspace(sys.argv[1], sys.argv[2])
        cls.ws.start()
        cls.examples = os.path.join(sys.argv[2], "examples", "screening")

    @classmethod
    def tearDownClass(cls):
        cls.ws.close()

    def vacancy(self, **extra):
        status, doc, _ = self.ws.request("POST", "/api/v1/vacancies", dict(VACANCY, **extra), role="recruiter")
        self.assertEqual(status, 201, doc)
        return doc["id"]

    def test_vacancy_bad_input(self):
        cases = [
            (dict(VACANCY, role="rehousing/nope"), "role"),
            (dict(VACANCY, level="Z"), "level"),
            (dict(VACANCY, closing_date="30/11/2026"), "closing_date"),
            (dict(VACANCY, salary=1), "salary"),
            (dict(VACANCY, mapping={"mapping": "eligo-csv/1"}), "mapping"),
        ]
        for body, field in cases:
            with self.subTest(field=field):
                status, doc, _ = self.ws.request("POST", "/api/v1/vacancies", body, role="recruiter")
                self.assertEqual((status, doc["field"]), (422, field), doc)
        self.assertEqual(self.ws.request("GET", "/api/v1/vacancies/999", role="recruiter")[0], 404)

    def test_jsonl_upload_keeps_going_past_a_bad_record(self):
        vid = self.vacancy()
        lines = [json.dumps(profile("A-1")), "{broken", json.dumps(profile("A-2")), json.dumps(profile("A-1"))]
        status, doc, _ = self.ws.request("POST", f"/api/v1/vacancies/{vid}/applicants", role="recruiter",
                                         raw="\n".join(lines) + "\n")
        self.assertEqual((status, doc["added"]), (201, 2), doc)
        self.assertEqual([b["where"] for b in doc["bad"]], ["body:2", "A-1"])
        self.assertEqual(doc["bad"][1]["detail"], "id: applicant `A-1` is in this vacancy already")
        self.assertEqual(self.ws.request("GET", f"/api/v1/vacancies/{vid}", role="recruiter")[1]["applicants"],
                         ["A-1", "A-2"])

    def test_csv_through_the_saved_mapping_screened_blind_unless_asked(self):
        with open(os.path.join(self.examples, "ats-mapping.json"), encoding="utf-8") as f:
            mapping = json.load(f)
        vid = self.vacancy(mapping=mapping)
        with open(os.path.join(self.examples, "applicants.csv"), encoding="utf-8") as f:
            csv_text = f.read()
        status, doc, _ = self.ws.request("POST", f"/api/v1/vacancies/{vid}/applicants", role="recruiter",
                                         raw=csv_text, headers={"Content-Type": "text/csv"})
        self.assertEqual(status, 201, doc)
        rows = len([row for row in csv.reader(io.StringIO(csv_text))][1:])
        self.assertEqual(doc["added"] + len(doc["bad"]), rows)
        self.assertEqual(self.ws.request("GET", f"/api/v1/vacancies/{vid}/results", role="recruiter")[0], 409)
        status, run, _ = self.ws.request("POST", f"/api/v1/vacancies/{vid}/screen?as_of=2026-12-01", role="recruiter")
        self.assertEqual(status, 201, run)
        audit = run["audit"]
        self.assertEqual(audit["shortlist"] + audit["incomplete"] + audit["reject"], doc["added"])
        self.assertEqual({r["outcome"] for r in run["results"]} <= {"shortlist", "incomplete", "reject"}, True)
        self.assertTrue(all("name" not in r for r in run["results"]))
        self.assertNotIn("Jordan Example", json.dumps(run))
        status, named, _ = self.ws.request("GET", f"/api/v1/vacancies/{vid}/results?names=true", role="recruiter")
        self.assertEqual(status, 200)
        self.assertIn("Jordan Example", [r.get("name") for r in named["results"]])
        self.assertEqual([r["outcome"] for r in named["results"]], [r["outcome"] for r in run["results"]])
        status, text, response = self.ws.request("GET", f"/api/v1/vacancies/{vid}/results?format=csv", role="recruiter")
        self.assertEqual((status, response.getheader("Content-Type")), (200, "text/csv; charset=utf-8"))
        self.assertNotIn("Jordan Example", text)
        status, _, response = self.ws.request("GET", f"/api/v1/vacancies/{vid}/results?format=xlsx", role="recruiter")
        self.assertEqual(status, 200)
        status, doc, _ = self.ws.request("GET", f"/api/v1/vacancies/{vid}/results?format=pdf", role="recruiter")
        self.assertEqual((status, doc["field"]), (422, "format"))

    def test_applicant_export_holds_what_is_kept_about_them(self):
        vid = self.vacancy()
        lines = json.dumps(profile("S-1")) + "\n" + json.dumps(profile("S-2")) + "\n"
        self.assertEqual(self.ws.request("POST", f"/api/v1/vacancies/{vid}/applicants", role="recruiter", raw=lines)[0], 201)
        self.assertEqual(self.ws.request("POST", f"/api/v1/vacancies/{vid}/screen?as_of=2026-12-01", role="recruiter")[0], 201)
        status, doc, _ = self.ws.request("GET", f"/api/v1/vacancies/{vid}/applicants/S-1/export", role="recruiter")
        self.assertEqual(status, 200, doc)
        self.assertEqual(doc["applicant"], "S-1")
        self.assertEqual(doc["profile"]["name"], "Test Person")
        self.assertEqual((doc["vacancy"]["id"], doc["vacancy"]["role"]), (vid, ROLE))
        self.assertEqual(doc["uploaded"]["by"], "recruiter")
        self.assertEqual(doc["retention"], {"closing_date": VACANCY["closing_date"], "days_after_closing": 183})
        self.assertEqual([s["result"]["id"] for s in doc["screens"]], ["S-1"])
        self.assertEqual(doc["screens"][0]["as_of"], "2026-12-01")
        self.assertEqual([e["action"] for e in doc["audit"]], ["vacancy.create", "applicants.add", "vacancy.screen"])
        again = self.ws.request("GET", f"/api/v1/vacancies/{vid}/applicants/S-1/export", role="admin")[1]
        self.assertEqual(again["audit"][-1], {"at": again["audit"][-1]["at"], "user": "recruiter",
                                              "action": "applicant.export", "record": f"vacancy/{vid}/applicant/S-1"})
        status, doc, _ = self.ws.request("GET", f"/api/v1/vacancies/{vid}/applicants/S-9/export", role="recruiter")
        self.assertEqual((status, doc["detail"]), (404, f"applicant: no applicant `S-9` in vacancy {vid}"))
        self.ws.admin("erase", "--db", self.ws.db, "--applicant", "S-1", "--vacancy", str(vid))
        self.assertEqual(self.ws.request("GET", f"/api/v1/vacancies/{vid}/applicants/S-1/export", role="recruiter")[0], 404)

    def test_purge_removes_applicants_past_retention(self):
        old = self.vacancy(closing_date="2020-01-31")
        recent = self.vacancy()
        for vid in (old, recent):
            lines = json.dumps(profile("P-1")) + "\n" + json.dumps(profile("P-2")) + "\n"
            self.assertEqual(self.ws.request("POST", f"/api/v1/vacancies/{vid}/applicants", role="recruiter", raw=lines)[0], 201)
        said = self.ws.admin("purge", "--db", self.ws.db)
        self.assertRegex(said, r"^purged 2 applicants of 1 vacancy closed before \d{4}-\d\d-\d\d\n$")
        self.assertEqual(self.ws.request("GET", f"/api/v1/vacancies/{old}", role="recruiter")[1]["applicants"], [])
        self.assertEqual(self.ws.request("GET", f"/api/v1/vacancies/{recent}", role="recruiter")[1]["applicants"],
                         ["P-1", "P-2"])
        self.assertEqual(self.ws.admin("purge", "--db", self.ws.db).split(" closed")[0], "purged 0 applicants of 0 vacancies")
        self.ws.admin("erase", "--db", self.ws.db, "--applicant", "P-1", "--vacancy", str(recent))
        self.assertEqual(self.ws.request("GET", f"/api/v1/vacancies/{recent}", role="recruiter")[1]["applicants"], ["P-2"])

    def test_csv_without_a_mapping_is_refused(self):
        vid = self.vacancy()
        status, doc, _ = self.ws.request("POST", f"/api/v1/vacancies/{vid}/applicants", role="recruiter",
                                         raw="a,b\n1,2\n", headers={"Content-Type": "text/csv"})
        self.assertEqual((status, doc["field"]), (422, "mapping"))


class Crash(unittest.TestCase):
    def test_every_acknowledged_write_survives_kill_9(self):
        ws = Workspace(sys.argv[1], sys.argv[2])
        ws.start()
        status, doc, _ = ws.request("GET", f"/api/v1/people/{PERSON}/evaluation?role={ROLE_Q}&as_of=2026-01-01",
                                    role="manager")
        competency = next(c["competency"] for level in doc["profiles"][0]["roles"][0]["levels"]
                          for c in level["criteria"] if "competency" in c)
        acknowledged, lock, stop = [], threading.Lock(), threading.Event()

        def writer():
            while not stop.is_set():
                try:
                    body = {"competency": competency, "status": "met", "date": "2025-06-01", "note": "n"}
                    status, doc, _ = ws.request("POST", f"/api/v1/people/{PERSON}/assessments", body, role="manager")
                except OSError:
                    return
                if status == 201:
                    with lock:
                        acknowledged.append(doc["id"])

        threads = [threading.Thread(target=writer) for _ in range(8)]
        for t in threads:
            t.start()
        while len(acknowledged) < 200:
            threading.Event().wait(0.01)
        ws.process.send_signal(signal.SIGKILL)
        ws.process.wait()
        stop.set()
        for t in threads:
            t.join()
        ws.start()
        kept = {a["id"] for a in ws.request("GET", f"/api/v1/people/{PERSON}/assessments", role="manager")[1]["assessments"]}
        self.assertEqual(set(acknowledged) - kept, set())
        self.assertEqual(ws.stop(), 0)
        ws.close()


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1], verbosity=1)
