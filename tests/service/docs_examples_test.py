"""Runs every curl example of docs/api.md, in order, against a real server, and checks each
answers the status its `# expect:` line names; checks too that docs/openapi.json describes
every endpoint the document's table lists.
Usage: docs_examples_test.py ELIGO SOURCE_DIR"""
import json
import os
import re
import subprocess
import sys
import unittest

from workspace import Workspace


def examples(markdown):
    """(expected status, command) for every curl command in the document's sh blocks."""
    found = []
    for block in re.findall(r"```sh\n(.*?)```", markdown, re.S):
        expected = None
        for line in block.replace("\\\n", " ").splitlines():
            line = line.strip()
            if m := re.fullmatch(r"# expect: (\d{3})", line):
                expected = int(m.group(1))
            elif line.startswith("curl "):
                found.append((expected, line))
                expected = None
    return found


class DocsExamples(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.source = sys.argv[2]
        with open(os.path.join(cls.source, "docs", "api.md"), encoding="utf-8") as f:
            cls.markdown = f.read()

    def test_every_curl_example_answers_as_documented(self):
        ws = Workspace(sys.argv[1], self.source)
        ws.start()
        try:
            env = dict(os.environ, ELIGO=f"http://127.0.0.1:{ws.port}", HR=ws.tokens["hr"],
                       MANAGER=ws.tokens["manager"], RECRUITER=ws.tokens["recruiter"], ADMIN=ws.tokens["admin"])
            found = examples(self.markdown)
            self.assertGreaterEqual(len(found), 15)
            for expected, command in found:
                with self.subTest(command=command):
                    self.assertIsNotNone(expected, "no `# expect:` line above the example")
                    # Later options win: the status is written last, the body where the example says or nowhere.
                    tail = " -sS -w '\\n%{http_code}'" + ("" if " -o " in command else " -o /dev/null")
                    run = subprocess.run(["bash", "-c", command + tail], env=env, cwd=ws.dir,
                                         capture_output=True, text=True, timeout=30)
                    self.assertEqual(run.returncode, 0, run.stderr)
                    self.assertEqual(int(run.stdout.strip().splitlines()[-1]), expected)
        finally:
            ws.close()

    def test_openapi_describes_every_endpoint(self):
        with open(os.path.join(self.source, "docs", "openapi.json"), encoding="utf-8") as f:
            spec = json.load(f)
        self.assertTrue(spec["openapi"].startswith("3."))
        listed = set()
        for methods, path in re.findall(r"^\| `((?:GET|POST|PUT)(?:\|(?:GET|POST|PUT))*) (/[^`?]+)", self.markdown, re.M):
            for method in methods.split("|"):
                listed.add((method.lower(), path))
        for extra in re.findall(r"`(GET) (/[a-z]+)`", self.markdown):
            listed.add((extra[0].lower(), extra[1]))
        described = {(method, path) for path, item in spec["paths"].items() for method in item}
        self.assertGreaterEqual(len(listed), 20)
        self.assertEqual(listed - described, set())


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1], verbosity=1)
